#include "sqlartifactsummaries.h"

#include "sqlconnection.h"
#include "sqlvalues.h"

namespace slipway {

Result<QHash<qint64, QString>> artifactSummaries(SqlConnection &db, const QVariantList &releaseIds) {
    QHash<qint64, QString> summaries;
    if (releaseIds.isEmpty())
        return summaries;
    Result<SqlCursor *> artifacts =
        db.exec(QStringLiteral("SELECT a.release_id, a.alias, v.version FROM release_artifacts a "
                               "JOIN artifact_versions v ON v.id = a.version_id WHERE a.release_id IN (%1) "
                               "ORDER BY a.release_id, a.alias")
                    .arg(sql::placeholders(releaseIds.size())),
                releaseIds);
    if (!artifacts)
        return artifacts.error();
    while ((*artifacts)->next()) {
        QString &summary = summaries[(*artifacts)->value(0).toLongLong()];
        if (!summary.isEmpty())
            summary += QStringLiteral(", ");
        summary += (*artifacts)->value(1).toString() + QLatin1Char(' ') + (*artifacts)->value(2).toString();
    }
    (*artifacts)->finish();
    return summaries;
}

} // namespace slipway
