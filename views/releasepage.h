#pragma once

#include "releaseactions.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QPlainTextEdit;
class QTableWidget;
class QTreeView;
class QTreeWidget;

namespace slipway {

class AuditListModel;
class DeploymentLogModel;
class StageCardsView;
class TimelinePlot;

// One release: its header, and tabs for the logs (attempts and tasks as a tree; the selected task's
// log, tailed live while it runs, with search and save) and its history (the audit events).
class ReleasePage final : public QWidget {
    Q_OBJECT
public:
    ReleasePage(ReleaseActions actions, qint64 releaseId, QWidget *parent = nullptr);
    ~ReleasePage() override;

    qint64 releaseId() const { return m_releaseId; }
    qint64 pipelineId() const;
    // New log lines or states: extend the tree and tail the shown log.
    void refresh();
    bool saveLog(const QString &path) const;

Q_SIGNALS:
    void back();

private:
    ReleaseActions m_actions;
    qint64 m_releaseId;
    std::unique_ptr<DeploymentLogModel> m_model;
    QLabel *m_header = nullptr;
    StageCardsView *m_cards = nullptr;
    QWidget *m_cardsArea = nullptr;
    TimelinePlot *m_timeline = nullptr;
    QPushButton *m_keepForever = nullptr;
    QPushButton *m_abandon = nullptr;
    QLabel *m_actionMessage = nullptr;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_history = nullptr;
    std::unique_ptr<AuditListModel> m_audit;
    QTreeWidget *m_checks = nullptr;
    QTableWidget *m_variables = nullptr;
    qint64 m_shownDeployment = 0;
    qint64 m_shownTask = 0; // 0: every task of the deployment
    qint64 m_lastLine = 0;

    void showSelected();
    void tail();
    void findNext();
    void fillChecks();
    void fillVariables();
    void updateHeader();
    void fillCards();
    void onStageAction(const QString &stage, int action);
    void showSnapshotDiff();
};

} // namespace slipway
