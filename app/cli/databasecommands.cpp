#include "commands.h"

#include "store/databasecopy.h"
#include "store/storefactory.h"

#include <unistd.h>

namespace slipway::cli {

namespace {

Status needLocations(const QStringList &words, int count, const char *usage) {
    if (words.size() != count)
        return Error::validation(QStringLiteral("usage: slipway %1").arg(QLatin1String(usage)));
    for (const QString &word : words)
        if (word.trimmed().isEmpty())
            return Error::validation(QStringLiteral("usage: slipway %1").arg(QLatin1String(usage)));
    return {};
}

Status databaseInit(const QStringList &words, QTextStream &out) {
    if (Status ok = needLocations(words, 1, "db init URI|FILE"); !ok)
        return ok;
    Result<SchemaChange> change = initializeDatabaseReporting(words.first());
    if (!change)
        return change.error();
    const QString where = displayLocation(words.first());
    if (change->before == 0)
        out << "Created the schema (version " << change->after << ") in " << where << "\n";
    else if (change->before < change->after)
        out << "Upgraded " << where << " from schema version " << change->before << " to " << change->after << "\n";
    else
        out << where << " is already at schema version " << change->after << "\n";
    return {};
}

// A line on stderr that rewrites itself, for a person watching a terminal; nothing when stderr is a file or a pipe.
CopyProgress terminalProgress(QTextStream &err) {
    if (!isatty(STDERR_FILENO))
        return {};
    return [&err](const QString &table, qint64 done, qint64 total) {
        err << "\r\033[K" << table << ": " << done << " / " << total << " rows";
        if (done == total)
            err << "\n";
        err.flush();
    };
}

Status databaseCopy(const QStringList &words, QTextStream &out, QTextStream &err) {
    if (Status ok = needLocations(words, 2, "db copy FROM TO"); !ok)
        return ok;
    Result<QList<CopiedTable>> tables = copyDatabase(words.at(0), words.at(1), terminalProgress(err));
    if (!tables)
        return tables.error();
    qint64 rows = 0;
    for (const CopiedTable &table : *tables)
        rows += table.targetRows;
    const QString target = displayLocation(words.at(1));
    out << "Copied " << rows << " rows in " << tables->size() << " tables into " << target
        << "; the row counts of every table match\n";
    // The chain is checked as `slipway audit verify` checks it: through the store, on the copy.
    Result<std::unique_ptr<Store>> store = openStore(words.at(1));
    if (!store)
        return store.error();
    Result<AuditChainReport> chain = (*store)->audit().verifyChain();
    if (!chain)
        return chain.error();
    if (!chain->intact)
        return Error::storage(QStringLiteral("the audit chain of the copy does not verify: %1").arg(chain->problem));
    out << "The audit chain of the copy verifies (" << chain->eventsChecked << " events)\n";
    out << "Secret values were copied sealed: copy the key file too (docs/team-setup.md)\n";
    return {};
}

} // namespace

Status database(const QStringList &words, QTextStream &out, QTextStream &err) {
    const QString verb = words.value(0);
    if (verb == QLatin1String("init"))
        return databaseInit(words.mid(1), out);
    if (verb == QLatin1String("copy"))
        return databaseCopy(words.mid(1), out, err);
    if (verb.isEmpty())
        return Error::validation(QStringLiteral("\"db\" needs one of: init, copy"));
    return Error::validation(QStringLiteral("\"db\" needs one of: init, copy (not \"%1\")").arg(verb));
}

} // namespace slipway::cli
