#include "appsession.h"
#include "clioutput.h"
#include "commands.h"
#include "engineconfiguration.h"

#include <QJsonArray>

namespace slipway::cli {

// `slipway retention [--dry-run]`: what retention deletes now, and why each other release stays.
Status retention(const Invocation &call) {
    if (!call.words.isEmpty())
        return Error::validation(QStringLiteral("usage: slipway retention [--dry-run]"));
    const bool dryRun = call.options.isSet(QStringLiteral("dry-run"));
    RetentionService &service = call.session.services().retention;
    Result<RetentionReport> report =
        dryRun ? service.evaluate()
               : service.run(engineConfiguration(call.session.store().location()).workRoot, call.session.identity());
    if (!report)
        return report.error();
    if (call.json) {
        QJsonArray verdicts;
        for (const RetentionVerdict &v : std::as_const(report->verdicts))
            verdicts.append(QJsonObject{{QStringLiteral("releaseId"), v.releaseId},
                                        {QStringLiteral("release"), v.release},
                                        {QStringLiteral("pipeline"), v.pipeline},
                                        {QStringLiteral("delete"), v.remove},
                                        {QStringLiteral("reason"), v.reason}});
        printJson(call.out, QJsonObject{{QStringLiteral("dryRun"), dryRun},
                                        {QStringLiteral("deleted"), dryRun ? 0 : report->removed()},
                                        {QStringLiteral("releases"), verdicts}});
        return {};
    }
    for (const RetentionVerdict &v : std::as_const(report->verdicts))
        call.out << (v.remove ? (dryRun ? "would delete  " : "deleted       ") : "keep          ") << v.pipeline
                 << " / " << v.release << " (" << v.releaseId << "): " << v.reason << "\n";
    call.out << (dryRun ? "Dry run: " : "") << report->removed() << " of " << report->verdicts.size()
             << (dryRun ? " releases would be deleted\n" : " releases deleted\n");
    return {};
}

} // namespace slipway::cli
