#include "approvalspage.h"

#include "releaseactions.h"
#include "datetext.h"
#include "errortext.h"
#include "pagetitle.h"

#include "approvalinboxmodel.h"
#include "inboxdetails.h"
#include "messagebar.h"
#include "services/directoryservice.h"
#include "userpicker.h"

#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QShowEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <utility>

namespace slipway {

namespace {
// Enter presses it when it has the focus, as in a dialog (a page has no default button).
class EnterButton final : public QPushButton {
public:
    using QPushButton::QPushButton;

protected:
    void keyPressEvent(QKeyEvent *event) override {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            click();
            return;
        }
        QPushButton::keyPressEvent(event);
    }
};

QPushButton *button(const QString &text, const char *name, const QString &tip, QWidget *parent) {
    auto *created = new QPushButton(text, parent);
    created->setObjectName(QString::fromLatin1(name));
    created->setToolTip(tip);
    created->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    return created;
}
} // namespace

ApprovalsPage::ApprovalsPage(ApprovalInboxModel &model, ApprovalActions actions, QWidget *parent)
    : QWidget(parent), m_model(model), m_actions(std::move(actions)) {
    setObjectName(QStringLiteral("approvalsPage"));
    QLabel *title = pageTitle(tr("Waiting for you"), QStringLiteral("approvalsTitle"), this);
    m_details = new InboxDetails(m_actions.inbox, this);
    connect(m_details, &InboxDetails::openRelease, this, &ApprovalsPage::openRelease);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("approvalsSplitter"));
    split->addWidget(buildTable());
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_message = new MessageBar(QStringLiteral("approvalProblem"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(split, 1);
    layout->addWidget(buildActions());
    layout->addWidget(buildConfirmation());
    layout->addWidget(buildLater());
    layout->addWidget(m_message);
    connect(&m_model, &ApprovalInboxModel::rowsChangedByRefresh, this, &ApprovalsPage::onRowsChanged);
    resetDeferTime();
}

QWidget *ApprovalsPage::buildTable() {
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setAccessibleName(tr("Approvals and interventions waiting for you"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Names are never cut; the artifacts take what is left and elide (their tooltip has them all).
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApprovalInboxModel::ArtifactsColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_table->setColumnHidden(ApprovalInboxModel::DeferralColumn, true);
    m_table->setToolTip(tr("Check what to act on; Space toggles the current row, a double-click opens the release"));
    auto *toggle = new QShortcut(QKeySequence(Qt::Key_Space), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toggle, &QShortcut::activated, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            m_model.setChecked(row, m_model.index(row, 0).data(Qt::CheckStateRole).toInt() != Qt::Checked);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openRelease(index.data(ApprovalInboxModel::ReleaseIdRole).toLongLong());
    });
    // The highlighted row, not the keyboard's current index (set on focus without a click), is what a
    // user sees as chosen; a removed row's selection is dropped, never moved to a neighbour.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalsPage::showCurrentDetails);
    auto showDeferrals = [this] {
        m_table->setColumnHidden(ApprovalInboxModel::DeferralColumn, !m_model.hasDeferrals());
    };
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, showDeferrals);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, showDeferrals);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, showDeferrals);
    showDeferrals();
    return m_table;
}

QWidget *ApprovalsPage::buildActions() {
    auto *box = new QWidget(this);
    m_comment = new QLineEdit(box);
    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Comment for the approvers' history (used once)"));
    m_comment->setToolTip(tr("Recorded with the next action only; cleared after it"));
    QPushButton *approve =
        button(tr("&Approve"), "approveButton", tr("Approve the checked approvals (Ctrl+Enter)"), box);
    QPushButton *reject = button(tr("&Reject"), "rejectButton",
                                 tr("Reject the checked approvals or interventions (Ctrl+Shift+Enter)"), box);
    QPushButton *resume =
        button(tr("Re&sume"), "resumeButton", tr("Resume the deployments waiting for the checked interventions"), box);
    connect(approve, &QPushButton::clicked, this, [this] { ask(Action::Approve); });
    connect(reject, &QPushButton::clicked, this, [this] { ask(Action::Reject); });
    connect(resume, &QPushButton::clicked, this, [this] { ask(Action::Resume); });
    auto *approveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(approveKey, &QShortcut::activated, this, [this] { ask(Action::Approve); });
    auto *rejectKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    connect(rejectKey, &QShortcut::activated, this, [this] { ask(Action::Reject); });
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_comment, 1);
    row->addWidget(approve);
    row->addWidget(reject);
    row->addWidget(resume);
    return box;
}

QWidget *ApprovalsPage::buildConfirmation() {
    // What is about to happen, said before it happens.
    m_confirmBox = new QWidget(this);
    m_confirmBox->setObjectName(QStringLiteral("confirmBox"));
    m_summary = new QLabel(m_confirmBox);
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_confirm = new EnterButton(tr("&Confirm"), m_confirmBox);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAccessibleName(tr("Confirm"));
    m_confirm->setToolTip(tr("Do what the summary says (Enter)"));
    m_cancelConfirm = new EnterButton(tr("Ca&ncel"), m_confirmBox);
    m_cancelConfirm->setObjectName(QStringLiteral("cancelConfirmButton"));
    m_cancelConfirm->setAccessibleName(tr("Cancel"));
    m_cancelConfirm->setToolTip(tr("Do nothing (Escape)"));
    connect(m_confirm, &QPushButton::clicked, this, &ApprovalsPage::confirm);
    connect(m_cancelConfirm, &QPushButton::clicked, this, &ApprovalsPage::cancelConfirmation);
    auto *row = new QHBoxLayout(m_confirmBox);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_summary, 1);
    row->addWidget(m_confirm, 0, Qt::AlignTop);
    row->addWidget(m_cancelConfirm, 0, Qt::AlignTop);
    m_confirmBox->hide();
    return m_confirmBox;
}

QWidget *ApprovalsPage::buildLater() {
    auto *box = new QWidget(this);
    auto *deferLabel = new QLabel(tr("&Defer to:"), box);
    m_deferUntil = new QDateTimeEdit(box);
    m_deferUntil->setObjectName(QStringLiteral("deferUntil"));
    m_deferUntil->setAccessibleName(tr("Defer to"));
    m_deferUntil->setCalendarPopup(true);
    m_deferUntil->setWrapping(true);
    m_deferUntil->setDisplayFormat(dateTimeEditFormat());
    m_deferUntil->setTimeSpec(Qt::LocalTime);
    m_deferUntil->setToolTip(tr("Local time (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    deferLabel->setBuddy(m_deferUntil);
    m_deferUtc = new QLabel(box);
    m_deferUtc->setObjectName(QStringLiteral("deferUtc"));
    connect(m_deferUntil, &QDateTimeEdit::dateTimeChanged, this, &ApprovalsPage::updateUtc);
    QPushButton *defer =
        button(tr("D&efer…"), "deferButton", tr("Approve, but start the deployment no earlier than this time"), box);
    connect(defer, &QPushButton::clicked, this, [this] { ask(Action::Defer); });
    auto *reassignLabel = new QLabel(tr("Reassign &to:"), box);
    m_reassignTo = new UserPicker(
        [this] {
            Result<QStringList> users = m_actions.directory.users();
            QStringList others = users ? *users : QStringList();
            others.removeAll(m_actions.user.userName);
            return others;
        },
        box);
    m_reassignTo->setObjectName(QStringLiteral("reassignUser"));
    m_reassignTo->setAccessibleName(tr("Reassign to"));
    m_reassignTo->setToolTip(tr("The user to hand the checked approvals to"));
    reassignLabel->setBuddy(m_reassignTo);
    QPushButton *reassign =
        button(tr("Reassi&gn…"), "reassignButton", tr("Hand the checked approvals to the picked user"), box);
    connect(reassign, &QPushButton::clicked, this, [this] { ask(Action::Reassign); });
    // Two rows, so that a narrow window (640 px) still shows every control.
    auto *rows = new QGridLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addWidget(deferLabel, 0, 0);
    rows->addWidget(m_deferUntil, 0, 1);
    rows->addWidget(defer, 0, 2);
    rows->addWidget(m_deferUtc, 0, 3);
    rows->addWidget(reassignLabel, 1, 0);
    rows->addWidget(m_reassignTo, 1, 1);
    rows->addWidget(reassign, 1, 2);
    rows->setColumnStretch(3, 1);
    return box;
}

void ApprovalsPage::resetDeferTime() {
    m_deferUntil->setDateTime(m_actions.clock.now().toLocalTime().addSecs(3600));
    updateUtc();
}

void ApprovalsPage::updateUtc() {
    m_deferUtc->setText(tr("= %1 UTC").arg(QLocale().toString(m_deferUntil->dateTime().toUTC(), dateTimeEditFormat())));
}

void ApprovalsPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (event->spontaneous()) // the window came back from minimised: not a visit
        return;
    resetForVisit();
    if (m_focusOnShow) {
        const auto matches = std::exchange(m_focusOnShow, nullptr);
        focusRow(matches, tr("That item no longer waits for you."));
    }
}

void ApprovalsPage::resetForVisit() {
    cancelConfirmation();
    m_model.clearChecks();
    m_table->selectionModel()->clear();
    m_comment->clear();
    resetDeferTime();
    m_reassignTo->reset();
    m_message->clearMessage();
    if (!m_model.lastError().isEmpty())
        m_message->showMessage(MessageBar::Level::Error, tr("The inbox cannot be read: %1").arg(m_model.lastError()));
    showCurrentDetails();
}

void ApprovalsPage::focusApproval(qint64 approvalId) {
    focusRow([approvalId](const InboxItem &item) { return item.isApproval() && item.approval.id == approvalId; },
             tr("That approval no longer waits for you."));
}

void ApprovalsPage::focusIntervention(qint64 deploymentId) {
    focusRow(
        [deploymentId](const InboxItem &item) {
            return !item.isApproval() && item.intervention.deploymentId == deploymentId;
        },
        tr("That manual intervention no longer waits for you."));
}

void ApprovalsPage::focusRow(const std::function<bool(const InboxItem &)> &matches, const QString &missing) {
    if (!isVisible())
        m_focusOnShow = matches; // applied after the visit's reset
    m_model.refresh();
    resetForVisit();
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (!matches(m_model.itemAt(row)))
            continue;
        m_model.setChecked(row, true);
        const QModelIndex cell = m_model.index(row, ApprovalInboxModel::ReleaseColumn);
        m_table->selectionModel()->setCurrentIndex(cell,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(cell);
        m_table->setFocus();
        return;
    }
    m_message->showMessage(MessageBar::Level::Warning, missing);
}

void ApprovalsPage::onRowsChanged(bool ticksCleared) {
    if (m_acting)
        return;
    showCurrentDetails();
    if (m_pending) { // the summary still names exactly what will happen, unless something left
        for (const InboxItem &target : std::as_const(m_pending->targets)) {
            bool present = false;
            for (int row = 0; row < m_model.rowCount() && !present; ++row)
                present = m_model.itemAt(row).key() == target.key();
            if (!present) {
                cancelConfirmation();
                m_message->showMessage(
                    MessageBar::Level::Warning,
                    tr("%1 no longer waits for you; nothing was done. Check again.").arg(describe(target)));
                return;
            }
        }
        return;
    }
    if (ticksCleared)
        m_message->showMessage(MessageBar::Level::Warning,
                               tr("The list changed, so your ticks were cleared. Check again what to act on."));
}

int ApprovalsPage::selectedRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ApprovalsPage::showCurrentDetails() {
    const int row = selectedRow();
    if (row >= 0)
        m_details->showItem(&m_model.itemAt(row), m_model.approverText(m_model.itemAt(row)));
    else
        m_details->showItem(nullptr, {});
}

bool ApprovalsPage::event(QEvent *event) {
    // Escape belongs to the pending confirmation, before any window shortcut takes it.
    if (event->type() == QEvent::ShortcutOverride && m_pending &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void ApprovalsPage::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && m_pending) {
        cancelConfirmation();
        m_table->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace slipway
