#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace slipway {

class PipelineService;

// A pipeline's revisions with who saved them and when (local time); the line diff of any two, or of
// one against what the editor holds; and revert, which loads a revision into the editor to be saved
// as a new one (revisions are never rewritten).
class PipelineHistoryTab final : public QWidget {
    Q_OBJECT
public:
    PipelineHistoryTab(PipelineService &pipelines, std::function<QJsonObject()> edited, QWidget *parent = nullptr);

    void showPipeline(qint64 pipelineId);

Q_SIGNALS:
    void revertRequested(const QJsonObject &document, int revision);

private:
    PipelineService &m_pipelines;
    std::function<QJsonObject()> m_edited;
    qint64 m_pipelineId = 0;
    QListWidget *m_revisions = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_hint = nullptr;

    QList<int> selectedRevisions() const;
    void compare();
    void revert();
    void updateButtons();
};

} // namespace slipway
