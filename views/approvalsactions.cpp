// The approvals page's actions: each is asked for, summarised, then confirmed (approvalspage.h).
#include "approvalspage.h"
#include "datetext.h"

#include "approvalinboxmodel.h"
#include "errortext.h"
#include "messagebar.h"
#include "services/approvalservice.h"
#include "services/deploymentservice.h"
#include "userpicker.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

#include <utility>

namespace slipway {

namespace {
Status statusOf(const Result<ApprovalRecord> &result) {
    return result ? Status() : Status(result.error());
}
} // namespace

QList<InboxItem> ApprovalsPage::targets() const {
    QList<InboxItem> chosen = m_model.checked();
    if (const int row = selectedRow(); chosen.isEmpty() && row >= 0)
        chosen << m_model.itemAt(row);
    return chosen;
}

QString ApprovalsPage::describe(const InboxItem &item) const {
    if (!item.isApproval())
        return tr("%1 · %2 · %3 (manual intervention \"%4\")")
            .arg(item.pipelineName(), item.releaseName(), item.stageName(), item.intervention.taskName);
    return tr("%1 · %2 · %3 (%4)")
        .arg(item.pipelineName(), item.releaseName(), item.stageName(),
             item.approval.kind == ApprovalKind::PreDeploy ? tr("pre-deployment") : tr("post-deployment"));
}

// Why the action cannot be asked for with these targets; empty when it can.
QString ApprovalsPage::refusal(Action action, const QList<InboxItem> &chosen) const {
    if (chosen.isEmpty())
        return tr("Nothing is checked: check the approvals or interventions to act on first.");
    QStringList wrong;
    for (const InboxItem &item : chosen)
        if (action != Action::Reject && (action == Action::Resume) == item.isApproval())
            wrong << describe(item);
    if (!wrong.isEmpty())
        return action == Action::Resume
                   ? tr("Only manual interventions are resumed; uncheck %1.").arg(wrong.join(QStringLiteral(", ")))
                   : tr("A manual intervention is resumed or rejected, not approved, deferred or reassigned; "
                        "uncheck %1.")
                         .arg(wrong.join(QStringLiteral(", ")));
    if (action == Action::Defer && m_deferUntil->dateTime().toUTC() <= m_actions.clock.now())
        return tr("%1 is in the past; pick a later time.")
            .arg(QLocale().toString(m_deferUntil->dateTime(), QLocale::LongFormat));
    if (action == Action::Reassign && m_reassignTo->chosenUser().isEmpty())
        return tr("Pick the user to hand the approvals to.");
    return {};
}

void ApprovalsPage::ask(Action action) {
    cancelConfirmation();
    const QList<InboxItem> chosen = targets();
    if (const QString refused = refusal(action, chosen); !refused.isEmpty()) {
        m_message->showMessage(MessageBar::Level::Error, refused);
        return;
    }
    m_message->clearMessage();
    Pending pending{action, chosen, m_comment->text().trimmed(), m_deferUntil->dateTime().toUTC(),
                    m_reassignTo->chosenUser()};
    const int n = int(chosen.size());
    QString headline;
    switch (action) {
    case Action::Approve: headline = tr("Approve %n approval(s):", nullptr, n); break;
    case Action::Reject: headline = tr("Reject %n item(s):", nullptr, n); break;
    case Action::Resume: headline = tr("Resume %n manual intervention(s):", nullptr, n); break;
    case Action::Defer:
        headline = tr("Approve %n approval(s), starting no earlier than %1 (%2 UTC):", nullptr, n)
                       .arg(dateTimeText(pending.until), pending.until.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        break;
    case Action::Reassign: headline = tr("Hand %n approval(s) to %1:", nullptr, n).arg(pending.toUser); break;
    }
    QStringList lines{headline};
    for (const InboxItem &item : chosen)
        lines << QStringLiteral("• ") + describe(item);
    lines << (pending.comment.isEmpty() ? tr("No comment.") : tr("Comment: \"%1\"").arg(pending.comment));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_pending = std::move(pending);
    m_confirmBox->show();
    m_confirm->setFocus();
}

void ApprovalsPage::cancelConfirmation() {
    const bool hadFocus = m_confirmBox->isAncestorOf(QApplication::focusWidget());
    m_pending.reset();
    m_confirmBox->hide();
    if (hadFocus)
        m_table->setFocus();
}

void ApprovalsPage::confirm() {
    if (!m_pending)
        return;
    const Pending pending = *std::exchange(m_pending, std::nullopt);
    m_confirmBox->hide();
    m_acting = true;
    QStringList problems;
    int done = 0;
    const Identity &user = m_actions.user;
    for (const InboxItem &item : pending.targets) {
        const ApprovalDecision decision{pending.comment, {}, pending.until};
        Status result;
        switch (pending.action) {
        case Action::Approve:
            result = statusOf(m_actions.approvals.approve(item.approval.id, {pending.comment, {}, {}}, user));
            break;
        case Action::Defer: result = statusOf(m_actions.approvals.defer(item.approval.id, decision, user)); break;
        case Action::Reassign:
            result = statusOf(m_actions.approvals.reassign(item.approval.id, pending.toUser, pending.comment, user));
            break;
        case Action::Resume:
            result = m_actions.deployments.decideIntervention(item.deploymentId(), true, pending.comment, user);
            break;
        case Action::Reject:
            result = item.isApproval()
                         ? statusOf(m_actions.approvals.reject(item.approval.id, {pending.comment, {}, {}}, user))
                         : m_actions.deployments.decideIntervention(item.deploymentId(), false, pending.comment, user);
            break;
        }
        if (result)
            ++done;
        else
            problems << tr("%1: %2").arg(describe(item), errorText(result.error()));
    }
    m_model.refresh();
    m_acting = false;
    report(pending.action, problems, done, pending);
    afterAction();
}

// Nothing of this action is left for the next one: no ticks, no comment, a fresh time, no user.
void ApprovalsPage::afterAction() {
    m_model.clearChecks();
    m_table->selectionModel()->clear();
    m_comment->clear();
    resetDeferTime();
    m_reassignTo->reset();
    m_table->setFocus();
    showCurrentDetails();
}

void ApprovalsPage::report(Action action, const QStringList &problems, int done, const Pending &pending) {
    QString text;
    if (done) {
        switch (action) {
        case Action::Approve: text = tr("%n approval(s) approved.", nullptr, done); break;
        case Action::Reject: text = tr("%n item(s) rejected.", nullptr, done); break;
        case Action::Resume: text = tr("%n manual intervention(s) resumed.", nullptr, done); break;
        case Action::Defer:
            text = tr("%n approval(s) deferred to %1.", nullptr, done).arg(dateTimeText(pending.until));
            break;
        case Action::Reassign: text = tr("%n approval(s) handed to %1.", nullptr, done).arg(pending.toUser); break;
        }
    }
    if (problems.isEmpty()) {
        m_message->showMessage(MessageBar::Level::Info, text);
        return;
    }
    text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
            tr("Not done: %1").arg(problems.join(QStringLiteral("\n")));
    m_message->showMessage(MessageBar::Level::Error, text);
}

} // namespace slipway
