#pragma once

#include "core/clock.h"
#include "core/identity.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace slipway {

class ApprovalInboxModel;
class ApprovalService;
class DirectoryService;
struct ApprovalRecord;

// What the approvals page acts through.
struct ApprovalActions final {
    ApprovalService &approvals;
    DirectoryService &directory;
    const Clock &clock;
    Identity user;
};

// The approver's inbox (gui.md): check what to act on, then Approve or Reject with one comment after a
// summary to confirm, Defer to a local date and time (its UTC shown; past times refused), or Reassign.
// When a rule forbids an action, the reason is shown; nothing silently does nothing.
// Ctrl+Enter approves the checked approvals, Ctrl+Shift+Enter rejects them.
class ApprovalsPage final : public QWidget {
    Q_OBJECT
public:
    ApprovalsPage(ApprovalInboxModel &model, ApprovalActions actions, QWidget *parent = nullptr);

private:
    enum class Action { Approve, Reject };
    ApprovalInboxModel &m_model;
    ApprovalActions m_actions;
    QTableView *m_table = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancelConfirm = nullptr;
    QDateTimeEdit *m_deferUntil = nullptr;
    QLabel *m_deferUtc = nullptr;
    QComboBox *m_reassignTo = nullptr;
    QLabel *m_problem = nullptr;
    Action m_pending = Action::Approve;

    QList<ApprovalRecord> targets() const; // checked rows, else the current row
    void ask(Action action);
    void confirm();
    void defer();
    void reassign();
    void report(const QStringList &problems, int done, const QString &what);
    void updateUtc();
    void fillUsers();
};

} // namespace slipway
