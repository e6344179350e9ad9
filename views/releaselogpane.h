#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QTreeView;

namespace slipway {

class DeploymentLogModel;
class Services;

// The Logs tab of a release page: its attempts and tasks as a tree and the selected one's log, tailed live while
// it runs, with find and save.
class ReleaseLogPane final : public QWidget {
    Q_OBJECT
public:
    ReleaseLogPane(Services &services, DeploymentLogModel &model, QWidget *parent = nullptr);

    // The newest attempt's whole log, as the page opens.
    void showNewestAttempt();
    // Appends the lines stored since the last look.
    void tail();
    bool saveLog(const QString &path) const;
    // "Release-2_Dev_attempt-1.log": what Save log offers for the shown attempt.
    QString suggestedLogName() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    Services &m_services;
    DeploymentLogModel &m_model;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLineEdit *m_search = nullptr;
    qint64 m_shownDeployment = 0;
    qint64 m_shownTask = 0; // 0: every task of the deployment
    qint64 m_lastLine = 0;

    void showSelected();
    void findNext();
};

} // namespace slipway
