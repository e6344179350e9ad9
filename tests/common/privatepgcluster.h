#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace slipway::testing {

// A throwaway PostgreSQL 15 cluster of one test, on a Unix socket in its own folder: the test may stop and start
// the server (a network drop) without touching anyone else's. As root the server runs as `nobody` (PostgreSQL
// refuses root). Durability is off: the data is thrown away.
class PrivatePgCluster final {
public:
    static QString binaries() {
        const QString given = qEnvironmentVariable("PGBIN");
        return given.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : given;
    }
    static bool available() { return QFile::exists(binaries() + QStringLiteral("/initdb")); }

    // Makes and starts the cluster; an empty string when it worked, else what went wrong.
    QString start() {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        if (::geteuid() == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            if (!nobody || ::chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0)
                return QStringLiteral("cannot hand the cluster folder to nobody");
        }
        if (const QString failed = run(QStringLiteral("initdb"),
                                       {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"),
                                        QStringLiteral("slipway"), QStringLiteral("-A"), QStringLiteral("trust")});
            !failed.isEmpty())
            return failed;
        return startServer();
    }

    QString startServer() {
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"),
                    QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                                   "-c max_connections=100")
                        .arg(m_dir.path()),
                    QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"),
                    QStringLiteral("start")});
    }

    // `pg_ctl stop -m fast`: every connection is cut, as when the server goes away.
    QString stopServer() {
        return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                                              QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    }

    ~PrivatePgCluster() {
        if (QFile::exists(dataDir() + QStringLiteral("/postmaster.pid")))
            (void)run(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                       QStringLiteral("-w"), QStringLiteral("stop")});
    }

    // The URI of database `name` on it (the socket folder percent-encoded as the host).
    QString uri(const QString &name) const {
        return QStringLiteral("postgresql://slipway@%1/%2")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_dir.path())), name);
    }

    // Creates database `name` (through psql); an empty string when it worked.
    QString createDatabase(const QString &name) {
        QProcess psql;
        psql.start(QStringLiteral("psql"),
                   {uri(QStringLiteral("postgres")), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-qc"), QStringLiteral("CREATE DATABASE %1").arg(name)});
        if (!psql.waitForFinished(30000) || psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
            return QStringLiteral("psql: ") + QString::fromUtf8(psql.readAllStandardError());
        return {};
    }

    // Runs SQL on database `name` through psql and returns its unaligned output (tuples only).
    QString sql(const QString &name, const QString &statement) {
        QProcess psql;
        psql.start(QStringLiteral("psql"), {uri(name), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                            QStringLiteral("-qAtc"), statement});
        psql.waitForFinished(30000);
        return QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
    }

private:
    QTemporaryDir m_dir{QStringLiteral("/tmp/slipway-pg-XXXXXX")};

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    QString run(const QString &tool, const QStringList &arguments) const {
        QProcess process;
        const QString program = binaries() + QLatin1Char('/') + tool;
        if (::geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), program} +
                              arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return tool + QStringLiteral(": ") + QString::fromUtf8(process.readAllStandardError()) +
                   QString::fromUtf8(process.readAllStandardOutput());
        return {};
    }
};

} // namespace slipway::testing
