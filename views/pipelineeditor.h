#pragma once

#include "releaseactions.h"

#include "core/result.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTimer;

namespace slipway {

class DocumentSection;
class PipelineDocumentModel;
class PipelineHistoryTab;
class StageConditionsPanel;
class VariableGroupLinks;
class StageTriggerEditor;
struct Problem;

// Reads a pipeline JSON file. A syntax error names its line and column; nothing is loaded then.
Result<QJsonObject> readPipelineFile(const QString &path);

// The pipeline editor (docs/user-guide.md): General, Artifacts, Stages (reorderable, with the trigger editor and
// every stage setting), Variables, Schedules, All fields and History. Validation runs live and lists each
// problem with a link to its field; Save is refused while there are errors and otherwise adds a revision.
// Import and export read and write the JSON file. Each stage has a "Deployment conditions" panel
// (trigger, approvals, gates) beside its raw fields.
class PipelineEditorDialog final : public QDialog {
    Q_OBJECT
public:
    // `pipelineId` 0 starts a new pipeline.
    PipelineEditorDialog(ReleaseActions actions, qint64 pipelineId, QWidget *parent = nullptr);
    ~PipelineEditorDialog() override;

    qint64 pipelineId() const { return m_pipelineId; }
    PipelineDocumentModel &document() const { return *m_model; }
    bool hasUnsavedChanges() const { return m_dirty; }

    // Validates now; the problems are listed and marked on their fields.
    QList<Problem> validateNow();
    bool save();
    bool importFile(const QString &path);
    // Loads a document read elsewhere (readPipelineFile) as if imported from `path`.
    void importDocument(const QJsonObject &document, const QString &path);
    bool exportFile(const QString &path);
    // Shows the field a problem names: its tab, stage and row.
    void reveal(const QString &path);
    // Shows tab `index` (General, Stages… counted from 0).
    void showTab(int index);

Q_SIGNALS:
    void saved(qint64 pipelineId, int revision);

protected:
    void reject() override;

private:
    ReleaseActions m_actions;
    qint64 m_pipelineId = 0;
    bool m_dirty = false;
    PipelineDocumentModel *m_model = nullptr;
    QTimer *m_validation = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, QLineEdit *> m_generalFields; // by path
    QLabel *m_namePreview = nullptr;
    QListView *m_stageList = nullptr;
    QTabWidget *m_stageTabs = nullptr;
    StageTriggerEditor *m_trigger = nullptr;
    StageConditionsPanel *m_conditions = nullptr;
    VariableGroupLinks *m_stageGroups = nullptr;
    DocumentSection *m_stage = nullptr;
    DocumentSection *m_artifacts = nullptr;
    DocumentSection *m_variables = nullptr;
    DocumentSection *m_schedules = nullptr;
    QLabel *m_schedulePreview = nullptr;
    DocumentSection *m_all = nullptr;
    PipelineHistoryTab *m_history = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_problemSummary = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_status = nullptr;
    // A status about the problem list follows it: refreshed as the errors change, gone once they are fixed.
    enum class StatusTopic { Other, SaveRefused, ImportedWithErrors };
    StatusTopic m_statusTopic = StatusTopic::Other;
    QString m_importedPath;

    void load();
    QWidget *buildGeneralTab();
    QWidget *buildStagesTab();
    QWidget *buildSchedulesTab();
    QWidget *buildProblemsPanel();
    void syncGeneralFields();
    void updateNamePreview();
    void updateSchedulePreview();
    void showProblems(const QList<Problem> &problems);
    void updateProblemStatus(int errors);
    void selectStage(int row);
    void chooseImport();
    void chooseExport();
    void showStatus(const QString &text, bool error = false, StatusTopic topic = StatusTopic::Other);
};

} // namespace slipway
