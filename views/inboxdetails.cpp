#include "inboxdetails.h"
#include "datetext.h"

#include "approvalinboxmodel.h"
#include "errortext.h"
#include "services/inboxqueries.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway {

namespace {
QString longTime(const QDateTime &at) {
    return dateTimeText(at);
}

QString statusWord(ApprovalStatus status) {
    switch (status) {
    case ApprovalStatus::Approved: return InboxDetails::tr("approved");
    case ApprovalStatus::Rejected: return InboxDetails::tr("rejected");
    case ApprovalStatus::Reassigned: return InboxDetails::tr("reassigned");
    case ApprovalStatus::Canceled: return InboxDetails::tr("canceled");
    case ApprovalStatus::Skipped: return InboxDetails::tr("skipped");
    case ApprovalStatus::Pending: break;
    }
    return InboxDetails::tr("pending");
}
} // namespace

InboxDetails::InboxDetails(InboxQueries &queries, QWidget *parent)
    : QGroupBox(tr("Details"), parent), m_queries(queries) {
    setObjectName(QStringLiteral("inboxDetails"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("inboxDetailsText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_open = new QPushButton(tr("&Open release"), this);
    m_open->setObjectName(QStringLiteral("openReleaseButton"));
    m_open->setAccessibleName(tr("Open release"));
    m_open->setToolTip(tr("Open the release of the current row (or double-click the row)"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_releaseId)
            Q_EMIT openRelease(m_releaseId);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    showItem(nullptr, {});
}

QString InboxDetails::text() const {
    return m_text->text();
}

void InboxDetails::showItem(const InboxItem *item, const QString &approver) {
    m_releaseId = item ? item->releaseId() : 0;
    m_open->setEnabled(item != nullptr);
    if (!item) {
        m_text->setText(tr("Click a row to see what it waits for."));
        return;
    }
    QStringList lines;
    if (item->isApproval())
        lines << tr("%1 · %2 · %3, pipeline %4")
                     .arg(item->releaseName(), item->stageName(),
                          item->approval.kind == ApprovalKind::PreDeploy ? tr("pre-deployment approval")
                                                                         : tr("post-deployment approval"),
                          item->pipelineName());
    else
        lines << tr("%1 · %2 · manual intervention \"%3\", pipeline %4")
                     .arg(item->releaseName(), item->stageName(), item->intervention.taskName, item->pipelineName())
              << tr("Instructions: %1")
                     .arg(item->intervention.instructions.isEmpty() ? tr("(none given)")
                                                                    : item->intervention.instructions);
    lines << tr("Approver: %1").arg(approver)
          << tr("Requested by %1; waiting since %2").arg(item->requestedBy(), longTime(item->since()));
    lines << contextLines(*item);
    m_text->setText(lines.join(QLatin1Char('\n')));
}

QStringList InboxDetails::contextLines(const InboxItem &item) {
    Result<DecisionContext> context = m_queries.context(item.releaseId(), item.stageName(), item.deploymentId());
    if (!context)
        return {tr("The context cannot be read: %1").arg(errorText(context.error()))};
    QStringList lines;
    if (context->deferredUntil.isValid())
        lines << tr("An earlier approver deferred the start to %1").arg(longTime(context->deferredUntil));
    QStringList artifacts;
    for (const ArtifactChange &change : std::as_const(context->artifacts)) {
        const QString version = change.version.isEmpty() ? tr("no version") : change.version;
        if (change.deployed.isEmpty())
            artifacts << tr("%1 %2 (new in %3)").arg(change.alias, version, item.stageName());
        else if (change.deployed == change.version)
            artifacts << tr("%1 %2 (unchanged)").arg(change.alias, version);
        else
            artifacts << tr("%1 %2 (%3 runs %4)").arg(change.alias, version, item.stageName(), change.deployed);
    }
    if (!artifacts.isEmpty())
        lines << tr("Artifacts: %1").arg(artifacts.join(QStringLiteral(", ")));
    lines << (context->deployedRelease.isEmpty()
                  ? tr("%1 has not run a release of this pipeline yet.").arg(item.stageName())
                  : tr("%1 runs %2 now.").arg(item.stageName(), context->deployedRelease));
    if (context->approvals.isEmpty()) {
        lines << tr("No approvals of this release were decided yet.");
        return lines;
    }
    lines << tr("Approvals of this release so far:");
    for (const ApprovalRecord &a : std::as_const(context->approvals)) {
        QString line =
            tr("  %1 (%2): %3 by %4 at %5")
                .arg(a.stageName, a.kind == ApprovalKind::PreDeploy ? tr("pre-deployment") : tr("post-deployment"),
                     statusWord(a.status), a.actedBy, longTime(a.actedAt));
        if (!a.comment.isEmpty())
            line += tr(", \"%1\"").arg(a.comment);
        lines << line;
    }
    return lines;
}

} // namespace slipway
