#include "appsession.h"
#include "clioutput.h"
#include "commands.h"

#include <QJsonObject>

namespace slipway::cli {

// `slipway audit verify` (docs/cli.md): walks the hash chain of the whole audit log and says whether
// every event is intact, or the first one that is not; exit code 1 when it is broken.
Status auditVerify(const Invocation &call) {
    if (!call.words.isEmpty())
        return Error::validation(QStringLiteral("usage: slipway audit verify"));
    Result<AuditChainReport> report = call.session.store().audit().verifyChain();
    if (!report)
        return report.error();
    if (call.json)
        printJson(call.out, QJsonObject{{QStringLiteral("intact"), report->intact},
                                        {QStringLiteral("eventsChecked"), report->eventsChecked},
                                        {QStringLiteral("firstBadEventId"), report->firstBadEventId},
                                        {QStringLiteral("problem"), report->problem}});
    if (!report->intact) {
        const QString at =
            report->firstBadEventId > 0 ? QStringLiteral(" at event %1").arg(report->firstBadEventId) : QString();
        return Error::storage(QStringLiteral("the audit chain is broken%1: %2").arg(at, report->problem));
    }
    if (!call.json)
        call.out << "The audit chain verifies: " << report->eventsChecked << " events\n";
    return {};
}

} // namespace slipway::cli
