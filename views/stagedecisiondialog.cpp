#include "stagedecisiondialog.h"
#include "datetext.h"

#include "errortext.h"
#include "services/services.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway {

namespace {

bool isApprovalDecision(StageDecision decision) {
    return decision == StageDecision::Approve || decision == StageDecision::Reject ||
           decision == StageDecision::Defer || decision == StageDecision::Reassign;
}

QString longTime(const QDateTime &utc) {
    return dateTimeText(utc);
}

} // namespace

StageDecisionDialog::StageDecisionDialog(ReleaseActions actions, StageDecisionContext situation, StageDecision decision,
                                         QWidget *parent)
    : QDialog(parent), m_actions(std::move(actions)), m_situation(std::move(situation)), m_decision(decision) {
    setObjectName(QStringLiteral("stageDecisionDialog"));
    setWindowTitle(tr("%1 · %2").arg(m_situation.releaseName, m_situation.stage));
    m_summary = new QLabel(summaryText(), this);
    m_summary->setObjectName(QStringLiteral("stageDecisionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comment = new QPlainTextEdit(this); // always fresh: a comment never carries over from another decision
    m_comment->setObjectName(QStringLiteral("stageDecisionComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setToolTip(tr("Recorded with the decision in the release's history"));
    m_comment->setPlaceholderText(decision == StageDecision::IgnoreGate ? tr("Why the gate is ignored (required)")
                                                                        : tr("A comment for the history (optional)"));
    m_comment->setMaximumHeight(80);
    m_comment->setTabChangesFocus(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("stageDecisionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();

    auto *form = new QFormLayout;
    addChoices(form);
    if (decision != StageDecision::Cancel) // the engine records no comment with a cancel
        form->addRow(tr("&Comment:"), m_comment);
    else
        m_comment->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("stageDecisionOk"));
    m_confirm->setToolTip(tr("Confirm this decision"));
    m_confirm->setAccessibleName(m_confirm->text().remove(QLatin1Char('&')));
    QPushButton *back = buttons->addButton(decision == StageDecision::Cancel ? tr("&Keep it running") : tr("&Back"),
                                           QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("stageDecisionBack"));
    back->setToolTip(tr("Close without deciding"));
    back->setAccessibleName(back->text().remove(QLatin1Char('&')));
    // Stopping a deployment is the one step Enter must not take by accident.
    (decision == StageDecision::Cancel ? back : m_confirm)->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, &StageDecisionDialog::confirm);
    connect(back, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (isApprovalDecision(decision) && !m_situation.approvalRefusal.isEmpty())
        showProblem(m_situation.approvalRefusal);
    setMinimumWidth(420);
}

QString StageDecisionDialog::summaryText() const {
    const StageDecisionContext &s = m_situation;
    const int attempt = s.latest ? s.latest->attempt : 0;
    const QString where = tr("%1 in %2 (attempt %3)").arg(s.stage, s.releaseName).arg(attempt);
    if (isApprovalDecision(m_decision) && s.approval) {
        const ApprovalRecord &a = *s.approval;
        const QString kind = a.kind == ApprovalKind::PreDeploy ? tr("pre-deployment") : tr("post-deployment");
        const QString what =
            m_decision == StageDecision::Approve  ? tr("Approve the %1 approval of %2.")
            : m_decision == StageDecision::Reject ? tr("Reject the %1 approval of %2.")
            : m_decision == StageDecision::Defer
                ? tr("Defer the %1 approval of %2: approve it, to start no earlier than the time below.")
                : tr("Reassign the %1 approval of %2 to another user.");
        return what.arg(kind, where) + QLatin1Char('\n') +
               tr("Awaited from %1 since %2; requested by %3.")
                   .arg(a.approver, longTime(a.createdAt), a.requestedBy.isEmpty() ? tr("the system") : a.requestedBy);
    }
    switch (m_decision) {
    case StageDecision::Resume:
    case StageDecision::RejectIntervention: {
        const QString task = s.intervention ? s.intervention->name : QString();
        QString text = m_decision == StageDecision::Resume
                           ? tr("Resume %1: the manual intervention \"%2\" is done and the deployment goes on.")
                           : tr("Reject the manual intervention \"%2\" of %1: the stage ends rejected.");
        text = text.arg(where, task);
        if (s.intervention && !s.intervention->message.isEmpty())
            text += QLatin1Char('\n') + tr("Instructions: %1").arg(s.intervention->message);
        return text;
    }
    case StageDecision::IgnoreGate:
        return tr("Ignore a gate of %1: it no longer holds the deployment. Say why in the comment.").arg(where);
    case StageDecision::Cancel: return tr("Cancel the deployment of %1? A running task is stopped.").arg(where);
    default: return tr("%1 has no pending approval any more.").arg(where);
    }
}

QString StageDecisionDialog::confirmText() const {
    switch (m_decision) {
    case StageDecision::Approve: return tr("&Approve");
    case StageDecision::Reject: return tr("&Reject");
    case StageDecision::Defer: return tr("De&fer");
    case StageDecision::Reassign: return tr("Reassi&gn");
    case StageDecision::Resume: return tr("Re&sume");
    case StageDecision::RejectIntervention: return tr("&Reject");
    case StageDecision::IgnoreGate: return tr("&Ignore the gate");
    case StageDecision::Cancel: return tr("&Cancel the deployment");
    }
    return {};
}

// The one choice a decision needs besides its comment: a time, a user or a gate.
void StageDecisionDialog::addChoices(QFormLayout *form) {
    if (m_decision == StageDecision::Defer) {
        const QDateTime now = m_actions.services.clock.now();
        m_deferUntil = new QDateTimeEdit(now.toLocalTime().addSecs(3600), this);
        m_deferUntil->setObjectName(QStringLiteral("stageDecisionDeferUntil"));
        m_deferUntil->setAccessibleName(tr("Start no earlier than"));
        m_deferUntil->setToolTip(tr("Local time; the deployment starts no earlier than this"));
        m_deferUntil->setCalendarPopup(true);
        m_deferUntil->setDisplayFormat(dateTimeEditFormat());
        m_deferUtc = new QLabel(this);
        m_deferUtc->setObjectName(QStringLiteral("stageDecisionDeferUtc"));
        auto showUtc = [this] {
            m_deferUtc->setText(
                tr("%1 UTC").arg(m_deferUntil->dateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        };
        connect(m_deferUntil, &QDateTimeEdit::dateTimeChanged, this, showUtc);
        showUtc();
        form->addRow(tr("Start no earlier &than:"), m_deferUntil);
        form->addRow(QString(), m_deferUtc);
    } else if (m_decision == StageDecision::Reassign) {
        m_reassignTo = new QComboBox(this);
        m_reassignTo->setObjectName(QStringLiteral("stageDecisionReassignTo"));
        m_reassignTo->setAccessibleName(tr("Reassign to"));
        m_reassignTo->setToolTip(tr("A user of the directory"));
        if (Result<QStringList> users = m_actions.services.directory.users())
            for (const QString &user : std::as_const(*users))
                if (!m_situation.approval || user != m_situation.approval->approver)
                    m_reassignTo->addItem(user, user);
        form->addRow(tr("Reassign &to:"), m_reassignTo);
    } else if (m_decision == StageDecision::IgnoreGate) {
        m_gate = new QComboBox(this);
        m_gate->setObjectName(QStringLiteral("stageDecisionGate"));
        m_gate->setAccessibleName(tr("Gate"));
        m_gate->setToolTip(tr("A gate that holds the deployment now"));
        for (const QString &gate : std::as_const(m_situation.heldByGates))
            m_gate->addItem(gate, gate);
        form->addRow(tr("&Gate:"), m_gate);
    }
}

void StageDecisionDialog::showProblem(const QString &text) {
    m_problem->setText(text);
    m_problem->show();
}

void StageDecisionDialog::confirm() {
    if (m_decision == StageDecision::IgnoreGate && m_comment->toPlainText().trimmed().isEmpty()) {
        showProblem(tr("Say in the comment why the gate is ignored."));
        m_comment->setFocus();
        return;
    }
    if (m_decision == StageDecision::Defer && m_deferUntil->dateTime().toUTC() <= m_actions.services.clock.now()) {
        showProblem(tr("%1 is in the past: choose a later time.").arg(longTime(m_deferUntil->dateTime().toUTC())));
        return;
    }
    QString done;
    if (const Status performed = perform(done); !performed) {
        showProblem(errorText(performed.error())); // stays open: the user may change the choice or go back
        return;
    }
    Q_EMIT decided(done);
    accept();
}

Status StageDecisionDialog::perform(QString &done) {
    const StageDecisionContext &s = m_situation;
    const QString comment = m_comment->toPlainText().trimmed();
    const Identity &user = m_actions.user;
    ApprovalService &approvals = m_actions.services.approvals;
    if (isApprovalDecision(m_decision) && !s.approval)
        return Error::conflict(tr("%1 of %2 has no pending approval any more.").arg(s.stage, s.releaseName));
    if (!isApprovalDecision(m_decision) && !s.latest)
        return Error::conflict(tr("%1 of %2 has not been deployed.").arg(s.stage, s.releaseName));
    const QString stage = s.stage, release = s.releaseName;
    auto result = [&done](const auto &r, const QString &message) -> Status {
        if (!r)
            return r.error();
        done = message;
        return {};
    };
    switch (m_decision) {
    case StageDecision::Approve:
        return result(approvals.approve(s.approval->id, {comment, {}, {}}, user),
                      tr("Approved %1 of %2.").arg(stage, release));
    case StageDecision::Reject:
        return result(approvals.reject(s.approval->id, {comment, {}, {}}, user),
                      tr("Rejected %1 of %2.").arg(stage, release));
    case StageDecision::Defer: {
        const QDateTime until = m_deferUntil->dateTime().toUTC();
        return result(approvals.defer(s.approval->id, {comment, {}, until}, user),
                      tr("Deferred %1 of %2 until %3.").arg(stage, release, longTime(until)));
    }
    case StageDecision::Reassign: {
        const QString to = m_reassignTo->currentData().toString();
        return result(approvals.reassign(s.approval->id, to, comment, user),
                      tr("The approval of %1 in %2 is now awaited from %3.").arg(stage, release, to));
    }
    case StageDecision::Resume:
    case StageDecision::RejectIntervention: {
        const bool resume = m_decision == StageDecision::Resume;
        return result(m_actions.services.deployments.decideIntervention(s.latest->id, resume, comment, user),
                      resume ? tr("Resumed %1 of %2.").arg(stage, release)
                             : tr("Rejected the intervention of %1 in %2.").arg(stage, release));
    }
    case StageDecision::IgnoreGate: {
        const QString gate = m_gate->currentData().toString();
        return result(approvals.ignoreGate(s.latest->id, gate, comment, user),
                      tr("The gate \"%1\" of %2 in %3 is ignored.").arg(gate, stage, release));
    }
    case StageDecision::Cancel:
        return result(m_actions.services.deployments.cancel(s.latest->id, user),
                      tr("Canceling the deployment of %1 in %2…").arg(stage, release));
    }
    return {};
}

void addStageDecisions(QMenu *menu, const ReleaseActions &actions, const StageDecisionContext &situation,
                       QWidget *parent, const std::function<void(const QString &)> &decided, bool withCancel) {
    for (const StageDecision decision : situation.decisions()) {
        if (decision == StageDecision::Cancel && !withCancel)
            continue;
        QAction *action = menu->addAction(decisionMenuText(decision));
        action->setObjectName(QStringLiteral("stageDecision_") + decisionKey(decision));
        if (decision == StageDecision::Defer && situation.approval)
            action->setToolTip(QCoreApplication::translate("StageDecision", "Approve, to start at a later time"));
        // A member's requests decide approvals and interventions and cancel; ignoring a gate is an admin's.
        if (actions.member && decision == StageDecision::IgnoreGate) {
            action->setEnabled(false);
            action->setToolTip(memberLimitText());
        }
        QObject::connect(action, &QAction::triggered, parent, [actions, situation, parent, decided, decision] {
            auto *dialog = new StageDecisionDialog(actions, situation, decision, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &StageDecisionDialog::decided, parent, decided);
            dialog->open();
        });
    }
}

} // namespace slipway
