#include "engineproblem.h"

namespace slipway {

StorageCause storageCauseOf(const QString &message) {
    // sqlite3_errmsg()'s texts for SQLITE_CORRUPT / NOTADB, READONLY, FULL, BUSY / LOCKED.
    const struct {
        const char *text;
        StorageCause cause;
    } known[] = {{"database disk image is malformed", StorageCause::Malformed},
                 {"file is not a database", StorageCause::Malformed},
                 {"attempt to write a readonly database", StorageCause::ReadOnly},
                 {"readonly database", StorageCause::ReadOnly},
                 {"database or disk is full", StorageCause::DiskFull},
                 {"database is locked", StorageCause::Locked},
                 {"database is busy", StorageCause::Locked},
                 {"database table is locked", StorageCause::Locked}};
    for (const auto &entry : known)
        if (message.contains(QLatin1String(entry.text), Qt::CaseInsensitive))
            return entry.cause;
    return StorageCause::Other;
}

QString EngineProblem::text() const {
    return engineText(source, arguments);
}

EngineProblem EngineProblem::ofStorage(const QString &databasePath, const Error &error) {
    EngineProblem problem;
    problem.cause = error.kind == ErrorKind::Busy ? StorageCause::Locked : storageCauseOf(error.message);
    // PostgresConnection's sentence for a server that is down or a connection that was cut (a Busy error: retried).
    if (error.source && QByteArray(error.source).startsWith("cannot reach the team database"))
        problem.cause = StorageCause::Unreachable;
    problem.arguments = {databasePath};
    switch (problem.cause) {
    case StorageCause::Malformed:
        problem.source = QT_TRANSLATE_NOOP("Engine", "The database %1 is damaged (\"database disk image is "
                                                     "malformed\"): no deployment can start or record its progress. "
                                                     "Restore it from a backup. The engine keeps retrying.");
        break;
    case StorageCause::ReadOnly:
        problem.source =
            QT_TRANSLATE_NOOP("Engine", "The database %1 is read-only: no deployment can start or "
                                        "record its progress. Check the file's permissions and whether "
                                        "its file system is mounted read-only. The engine keeps retrying.");
        break;
    case StorageCause::DiskFull:
        problem.source = QT_TRANSLATE_NOOP("Engine", "The disk holding the database %1 is full: no deployment can "
                                                     "start or record its progress. Free some space; the engine keeps "
                                                     "retrying.");
        break;
    case StorageCause::Locked:
        problem.source = QT_TRANSLATE_NOOP("Engine", "The database %1 is locked by another program: no deployment can "
                                                     "start or record its progress until it lets go. The engine keeps "
                                                     "retrying.");
        break;
    case StorageCause::Unreachable:
        problem.source = QT_TRANSLATE_NOOP("Engine", "The engine cannot reach the team database %1 (%2): no deployment "
                                                     "can start or record its progress until the server answers. The "
                                                     "engine keeps retrying and reconnects by itself.");
        problem.arguments << error.arguments.value(1);
        break;
    case StorageCause::Other:
        problem.source = QT_TRANSLATE_NOOP("Engine", "The engine cannot use the database %1: %2. It keeps retrying.");
        problem.arguments << error.message;
        break;
    }
    return problem;
}

} // namespace slipway
