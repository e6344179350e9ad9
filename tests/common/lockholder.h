#pragma once

#include <QProcess>
#include <QStringList>

namespace slipway::testing {

// Another process holding the database's write lock (BEGIN IMMEDIATE through Python's sqlite3), as a backup tool or
// a second program would: from waitUntilLocked() for `holdMs`, or until release(), whichever comes first.
class LockHolder final {
public:
    LockHolder(const QString &database, int holdMs) {
        static const char script[] = "import select, sqlite3, sys\n"
                                     "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
                                     "c.execute('BEGIN IMMEDIATE')\n"
                                     "print('locked', flush=True)\n"
                                     "select.select([sys.stdin], [], [], float(sys.argv[2]))\n"
                                     "c.execute('COMMIT')\n"
                                     "print('released', flush=True)\n";
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(script), database,
                                                    QString::number(holdMs / 1000.0, 'f', 3)});
    }
    ~LockHolder() { release(); }
    Q_DISABLE_COPY_MOVE(LockHolder)

    // True once the other process holds the lock.
    bool waitUntilLocked(int timeoutMs = 20000) {
        while (!m_output.contains("locked\n")) {
            if (!m_process.waitForReadyRead(timeoutMs))
                return false;
            m_output += m_process.readAllStandardOutput();
        }
        return true;
    }
    // Lets go now (if it still holds the lock) and waits for the process to end.
    void release() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write("\n");
        m_process.closeWriteChannel();
        m_process.waitForFinished(20000);
    }
    // The lock was let go and the process ended cleanly.
    bool released() const {
        return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit &&
               m_process.exitCode() == 0;
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace slipway::testing
