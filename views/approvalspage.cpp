#include "approvalspage.h"
#include "datetext.h"
#include "errortext.h"
#include "pagetitle.h"

#include "approvalinboxmodel.h"
#include "services/approvalservice.h"
#include "services/directoryservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace slipway {

ApprovalsPage::ApprovalsPage(ApprovalInboxModel &model, ApprovalActions actions, QWidget *parent)
    : QWidget(parent), m_model(model), m_actions(std::move(actions)) {
    setObjectName(QStringLiteral("approvalsPage"));
    QLabel *title = pageTitle(tr("Approvals waiting for you"), QStringLiteral("approvalsTitle"), this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Check the approvals to act on; Space toggles the current one"));
    // Space toggles the check box of the current row, as in a list of mail.
    auto *toggle = new QShortcut(QKeySequence(Qt::Key_Space), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toggle, &QShortcut::activated, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_model.setChecked(current.row(),
                               m_model.index(current.row(), 0).data(Qt::CheckStateRole).toInt() != Qt::Checked);
    });

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setPlaceholderText(tr("Comment for the approvers' history"));
    auto *approve = new QPushButton(tr("&Approve"), this);
    approve->setObjectName(QStringLiteral("approveButton"));
    approve->setToolTip(tr("Approve the checked approvals (Ctrl+Enter)"));
    auto *reject = new QPushButton(tr("&Reject"), this);
    reject->setObjectName(QStringLiteral("rejectButton"));
    reject->setToolTip(tr("Reject the checked approvals (Ctrl+Shift+Enter)"));
    connect(approve, &QPushButton::clicked, this, [this] { ask(Action::Approve); });
    connect(reject, &QPushButton::clicked, this, [this] { ask(Action::Reject); });
    auto *approveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(approveKey, &QShortcut::activated, this, [this] { ask(Action::Approve); });
    auto *rejectKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    connect(rejectKey, &QShortcut::activated, this, [this] { ask(Action::Reject); });

    // The confirmation: what is about to happen, said before it happens.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    m_summary->setWordWrap(true);
    m_confirm = new QPushButton(tr("&Confirm"), this);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_cancelConfirm = new QPushButton(tr("Ca&ncel"), this);
    m_cancelConfirm->setObjectName(QStringLiteral("cancelConfirmButton"));
    connect(m_confirm, &QPushButton::clicked, this, &ApprovalsPage::confirm);
    connect(m_cancelConfirm, &QPushButton::clicked, this, [this] {
        m_summary->hide();
        m_confirm->hide();
        m_cancelConfirm->hide();
    });
    m_summary->hide();
    m_confirm->hide();
    m_cancelConfirm->hide();

    m_deferUntil = new QDateTimeEdit(this);
    m_deferUntil->setObjectName(QStringLiteral("deferUntil"));
    m_deferUntil->setCalendarPopup(true);
    m_deferUntil->setDisplayFormat(dateTimeEditFormat());
    m_deferUntil->setTimeSpec(Qt::LocalTime);
    m_deferUntil->setDateTime(m_actions.clock.now().toLocalTime().addSecs(3600));
    m_deferUntil->setToolTip(tr("Local time (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    m_deferUtc = new QLabel(this);
    m_deferUtc->setObjectName(QStringLiteral("deferUtc"));
    connect(m_deferUntil, &QDateTimeEdit::dateTimeChanged, this, &ApprovalsPage::updateUtc);
    updateUtc();
    auto *deferButton = new QPushButton(tr("&Defer to…"), this);
    deferButton->setObjectName(QStringLiteral("deferButton"));
    deferButton->setToolTip(tr("Approve, but start the deployment no earlier than this time"));
    connect(deferButton, &QPushButton::clicked, this, &ApprovalsPage::defer);

    m_reassignTo = new QComboBox(this);
    m_reassignTo->setObjectName(QStringLiteral("reassignUser"));
    m_reassignTo->setEditable(true);
    fillUsers();
    auto *reassignButton = new QPushButton(tr("Reassi&gn to…"), this);
    reassignButton->setObjectName(QStringLiteral("reassignButton"));
    reassignButton->setToolTip(tr("Hand the checked approvals to another user"));
    connect(reassignButton, &QPushButton::clicked, this, &ApprovalsPage::reassign);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("approvalProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *decide = new QHBoxLayout;
    decide->addWidget(m_comment, 1);
    decide->addWidget(approve);
    decide->addWidget(reject);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_summary, 1);
    confirmRow->addWidget(m_confirm);
    confirmRow->addWidget(m_cancelConfirm);
    auto *later = new QHBoxLayout;
    later->addWidget(m_deferUntil);
    later->addWidget(m_deferUtc);
    later->addWidget(deferButton);
    later->addStretch(1);
    later->addWidget(m_reassignTo);
    later->addWidget(reassignButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addLayout(decide);
    layout->addLayout(confirmRow);
    layout->addLayout(later);
    layout->addWidget(m_problem);
}

void ApprovalsPage::fillUsers() {
    m_reassignTo->clear();
    if (Result<QStringList> users = m_actions.directory.users())
        m_reassignTo->addItems(*users);
}

void ApprovalsPage::updateUtc() {
    m_deferUtc->setText(tr("= %1 UTC").arg(QLocale().toString(m_deferUntil->dateTime().toUTC(), dateTimeEditFormat())));
}

QList<ApprovalRecord> ApprovalsPage::targets() const {
    QList<ApprovalRecord> chosen = m_model.checked();
    if (chosen.isEmpty() && m_table->currentIndex().isValid())
        chosen << m_model.approvalAt(m_table->currentIndex().row());
    return chosen;
}

void ApprovalsPage::ask(Action action) {
    const QList<ApprovalRecord> chosen = targets();
    if (chosen.isEmpty()) {
        m_problem->setText(tr("Check the approvals to act on first."));
        return;
    }
    QStringList lines;
    for (const ApprovalRecord &a : chosen)
        lines << tr("%1 / %2 / %3").arg(a.pipelineName, a.releaseName, a.stageName);
    m_pending = action;
    const QString comment = m_comment->text().trimmed();
    m_summary->setText((action == Action::Approve ? tr("Approve %n approval(s): %1", nullptr, int(chosen.size()))
                                                  : tr("Reject %n approval(s): %1", nullptr, int(chosen.size())))
                           .arg(lines.join(QStringLiteral(", "))) +
                       (comment.isEmpty() ? QString() : tr(", with the comment \"%1\"").arg(comment)));
    m_summary->show();
    m_confirm->show();
    m_cancelConfirm->show();
    m_confirm->setFocus();
}

void ApprovalsPage::confirm() {
    m_summary->hide();
    m_confirm->hide();
    m_cancelConfirm->hide();
    const ApprovalDecision decision{m_comment->text().trimmed(), {}, {}};
    QStringList problems;
    int done = 0;
    for (const ApprovalRecord &a : targets()) {
        const Result<ApprovalRecord> result = m_pending == Action::Approve
                                                  ? m_actions.approvals.approve(a.id, decision, m_actions.user)
                                                  : m_actions.approvals.reject(a.id, decision, m_actions.user);
        if (result)
            ++done;
        else
            problems << errorText(result.error());
    }
    report(problems, done, m_pending == Action::Approve ? tr("approved") : tr("rejected"));
    if (problems.isEmpty())
        m_comment->clear();
}

void ApprovalsPage::defer() {
    const QDateTime until = m_deferUntil->dateTime().toUTC();
    if (until <= m_actions.clock.now()) {
        m_problem->setText(tr("%1 is in the past; pick a later time.").arg(dateTimeText(m_deferUntil->dateTime())));
        return;
    }
    QStringList problems;
    int done = 0;
    for (const ApprovalRecord &a : targets()) {
        const Result<ApprovalRecord> result =
            m_actions.approvals.defer(a.id, {m_comment->text().trimmed(), {}, until}, m_actions.user);
        if (result)
            ++done;
        else
            problems << errorText(result.error());
    }
    report(problems, done, tr("deferred"));
}

void ApprovalsPage::reassign() {
    const QString to = m_reassignTo->currentText().trimmed();
    if (to.isEmpty()) {
        m_problem->setText(tr("Pick the user to hand the approvals to."));
        return;
    }
    QStringList problems;
    int done = 0;
    for (const ApprovalRecord &a : targets()) {
        const Result<ApprovalRecord> result =
            m_actions.approvals.reassign(a.id, to, m_comment->text().trimmed(), m_actions.user);
        if (result)
            ++done;
        else
            problems << errorText(result.error());
    }
    report(problems, done, tr("reassigned"));
}

void ApprovalsPage::report(const QStringList &problems, int done, const QString &what) {
    QString text = done ? tr("%n approval(s) %1.", nullptr, done).arg(what) : QString();
    if (!problems.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("Not done: %1").arg(problems.join(QStringLiteral("; ")));
    m_problem->setText(text);
    m_model.refresh();
}

} // namespace slipway
