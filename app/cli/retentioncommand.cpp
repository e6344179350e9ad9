#include "appsession.h"
#include "clioutput.h"
#include "commands.h"
#include "engineconfiguration.h"

#include <QElapsedTimer>
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
               : service.run(engineConfiguration(call.session.location()).workRoot, call.session.identity());
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

// `slipway demo-data --releases N --deployments M`: a year of realistic history to explore.
Status demoData(const Invocation &call) {
    bool releasesOk = false;
    bool deploymentsOk = false;
    const qint64 releases = call.options.value(QStringLiteral("releases")).toLongLong(&releasesOk);
    const qint64 deployments = call.options.value(QStringLiteral("deployments")).toLongLong(&deploymentsOk);
    if (!call.words.isEmpty() || !releasesOk || !deploymentsOk || releases < 1 || deployments < 0)
        return Error::validation(QStringLiteral("usage: slipway demo-data --releases N --deployments M "
                                                "(N at least 1, M at least 0)"));
    QElapsedTimer timer;
    timer.start();
    Result<DemoDataReport> report =
        call.session.services().demoData.generate(releases, deployments, call.session.identity());
    if (!report)
        return report.error();
    if (call.json) {
        printJson(call.out, QJsonObject{{QStringLiteral("pipelines"), report->pipelines},
                                        {QStringLiteral("releases"), report->releases},
                                        {QStringLiteral("deployments"), report->deployments},
                                        {QStringLiteral("approvals"), report->approvals},
                                        {QStringLiteral("failed"), report->failed},
                                        {QStringLiteral("redeploys"), report->redeploys},
                                        {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
        return {};
    }
    call.out << "Generated " << report->releases << " releases and " << report->deployments << " deployments ("
             << report->failed << " failed, " << report->redeploys << " redeploys, " << report->approvals
             << " approvals) in " << report->pipelines << " pipelines in " << timer.elapsed() / 1000.0 << " s\n";
    return {};
}

} // namespace slipway::cli
