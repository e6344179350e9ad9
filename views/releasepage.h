#pragma once

#include "releaseactions.h"
#include "stagesituation.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeView;
class QTreeWidget;

namespace slipway {

class AuditListModel;
class DeploymentLogModel;
class ReleaseLogPane;
class StageCardsArea;
class StageCardsView;
class TimelinePlot;

// One release: its header, its stage cards (with the decisions each stage waits for), and tabs for
// the logs (attempts and tasks as a tree; the selected task's log, tailed live while it runs, with
// search and save) and its history (the audit events of the release, its deployments and approvals).
class ReleasePage final : public QWidget {
    Q_OBJECT
public:
    ReleasePage(ReleaseActions actions, qint64 releaseId, QWidget *parent = nullptr);
    ~ReleasePage() override;

    qint64 releaseId() const { return m_releaseId; }
    qint64 pipelineId() const;
    // New log lines or states: update the cards in place, extend the tree and tail the shown log.
    void refresh();
    void showTab(int index);
    bool saveLog(const QString &path) const;
    // "Release-2_Dev_attempt-1.log": what Save log offers for the shown attempt.
    QString suggestedLogName() const;

Q_SIGNALS:
    void back();

private:
    ReleaseActions m_actions;
    qint64 m_releaseId;
    std::unique_ptr<DeploymentLogModel> m_model;
    QLabel *m_header = nullptr;
    StageCardsView *m_cards = nullptr;
    StageCardsArea *m_cardsArea = nullptr;
    TimelinePlot *m_timeline = nullptr;
    QPushButton *m_keepForever = nullptr;
    QPushButton *m_abandon = nullptr;
    QLabel *m_actionMessage = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReleaseLogPane *m_logPane = nullptr;
    QTreeView *m_history = nullptr;
    std::unique_ptr<AuditListModel> m_audit;
    QTreeWidget *m_checks = nullptr;
    QTableWidget *m_variables = nullptr;
    QHash<QString, StageDecisionContext> m_situations; // by stage, as of the last refresh
    qint64 m_canceling = 0; // the deployment whose cancel the message reports, until it is done

    QWidget *makeTabs();
    QWidget *makeHeaderButtons();
    void updateHeader();
    void fillCards();
    void fillTimeline();
    void fillDecisionMenus();
    void onStageAction(const QString &stage, int action);
    void onDecided(const QString &message);
    void showMessage(const QString &message);
    void confirmAbandon();
    void showSnapshotDiff();
};

} // namespace slipway
