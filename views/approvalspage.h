#pragma once

#include "approvalinboxmodel.h"
#include "core/clock.h"
#include "core/identity.h"

#include <QWidget>

#include <functional>
#include <optional>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace slipway {

class ApprovalService;
class DeploymentService;
class DirectoryService;
class InboxDetails;
class InboxQueries;
class MessageBar;
class UserPicker;

// What the approvals page acts through.
struct ApprovalActions final {
    ApprovalService &approvals;
    DeploymentService &deployments; // answers manual interventions
    DirectoryService &directory;
    InboxQueries &inbox;
    const Clock &clock;
    Identity user;
    bool member = false; // a team database's member: decides approvals, not manual interventions (an admin's)
};

// The approver's inbox (docs/user-guide.md): pending approvals and manual interventions. Check what to act on,
// then Approve, Reject, Defer, Reassign or Resume; every action first shows a summary naming each
// release and stage, with its comment, to confirm (Enter) or cancel (Escape). Ticks and the comment
// never outlive what the user sees: a visit, a change of the rows and every action clear them.
// Ctrl+Enter approves the checked approvals, Ctrl+Shift+Enter rejects them.
class ApprovalsPage final : public QWidget {
    Q_OBJECT
public:
    ApprovalsPage(ApprovalInboxModel &model, ApprovalActions actions, QWidget *parent = nullptr);

    // Shows the inbox with exactly this approval ticked and current, nothing else; for "Approve…" on a
    // stage. Says so when it no longer waits for the user. Works before or after the page is shown.
    void focusApproval(qint64 approvalId);
    // The same for the manual intervention a deployment waits for.
    void focusIntervention(qint64 deploymentId);

Q_SIGNALS:
    void openRelease(qint64 releaseId);

protected:
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Action { Approve, Reject, Defer, Reassign, Resume };
    struct Pending final {
        Action action = Action::Approve;
        QList<InboxItem> targets;
        QString comment;
        QDateTime until; // Defer
        QString toUser;  // Reassign
    };
    ApprovalInboxModel &m_model;
    ApprovalActions m_actions;
    QTableView *m_table = nullptr;
    InboxDetails *m_details = nullptr;
    QLineEdit *m_comment = nullptr;
    QWidget *m_confirmBox = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancelConfirm = nullptr;
    QDateTimeEdit *m_deferUntil = nullptr;
    QLabel *m_deferUtc = nullptr;
    UserPicker *m_reassignTo = nullptr;
    MessageBar *m_message = nullptr;
    std::optional<Pending> m_pending;
    std::function<bool(const InboxItem &)> m_focusOnShow; // a focus asked for while hidden
    bool m_acting = false;

    QWidget *buildTable();
    QWidget *buildActions();
    QWidget *buildConfirmation();
    QWidget *buildLater();
    QList<InboxItem> targets() const; // checked rows, else the highlighted row
    int selectedRow() const;          // -1 when none is highlighted
    QString describe(const InboxItem &item) const;
    QString refusal(Action action, const QList<InboxItem> &chosen) const;
    void ask(Action action);
    void confirm();
    void cancelConfirmation();
    void afterAction();
    void resetForVisit();
    void focusRow(const std::function<bool(const InboxItem &)> &matches, const QString &missing);
    void onRowsChanged(bool ticksCleared);
    void showCurrentDetails();
    void resetDeferTime();
    void updateUtc();
    void report(Action action, const QStringList &problems, int done, const Pending &pending);
};

} // namespace slipway
