#pragma once

// A keyring kept in memory, in place of the system's (app/teampassword.h), and the suite's password-asking role.
#include "teampassword.h"
#include "testdatabase.h"

#include <QHash>
#include <QMutex>
#include <QTcpServer>

namespace slipway::testing {

class MemoryKeyring final : public PasswordKeyring {
public:
    std::optional<QString> read(const QString &entry) override {
        const QMutexLocker lock(&m_mutex);
        ++m_reads;
        return m_entries.contains(entry) ? std::optional<QString>(m_entries.value(entry)) : std::nullopt;
    }
    bool write(const QString &entry, const QString &password) override {
        const QMutexLocker lock(&m_mutex);
        if (!answers)
            return false;
        m_entries.insert(entry, password);
        return true;
    }
    QHash<QString, QString> entries() const {
        const QMutexLocker lock(&m_mutex);
        return m_entries;
    }
    void clear() {
        const QMutexLocker lock(&m_mutex);
        m_entries.clear();
        m_reads = 0;
    }
    int reads() const {
        const QMutexLocker lock(&m_mutex);
        return m_reads;
    }

    bool answers = true; // false: like a desktop without a keyring (write fails)

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_entries;
    int m_reads = 0;
};

// The suite's cluster over TCP as the role that must give a password (tools/pgcluster.sh: DIR/tcp-uri), or nothing
// (host empty) when the tests run without the cluster.
inline ServerUri passwordServer() {
    const QString dir = qEnvironmentVariable("SLIPWAY_TEST_POSTGRES_DIR");
    if (dir.isEmpty())
        return {};
    QFile file(QDir(dir).filePath(QStringLiteral("tcp-uri")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return ServerUri::parse(QString::fromUtf8(file.readAll()).trimmed());
}

// A TCP port of this computer on which nothing listens.
inline int closedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        qFatal("cannot find a free port");
    const int port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace slipway::testing
