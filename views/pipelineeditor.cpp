#include "pipelineeditor.h"

#include "documentsection.h"
#include "errortext.h"
#include "pipelinedocumentmodel.h"
#include "pipelinehistorytab.h"
#include "services/services.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace slipway {

namespace {

enum Tab { GeneralTab, ArtifactsTab, StagesTab, VariablesTab, SchedulesTab, AllFieldsTab, HistoryTab };

QJsonObject newPipelineTemplate() {
    const auto stage = [](const QString &name, const QJsonObject &trigger) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("trigger"), trigger},
                           {QStringLiteral("tasks"), QJsonArray{}}};
    };
    return QJsonObject{
        {QStringLiteral("name"), PipelineEditorDialog::tr("New pipeline")},
        {QStringLiteral("stages"),
         QJsonArray{stage(QStringLiteral("Dev"), {{QStringLiteral("type"), QStringLiteral("afterRelease")}})}}};
}

} // namespace

PipelineEditorDialog::PipelineEditorDialog(ReleaseActions actions, qint64 pipelineId, QWidget *parent)
    : QDialog(parent), m_actions(std::move(actions)), m_pipelineId(pipelineId) {
    setObjectName(QStringLiteral("pipelineEditor"));
    setWindowTitle(tr("Pipeline editor"));
    m_model = new PipelineDocumentModel(this);
    m_validation = new QTimer(this);
    m_validation->setSingleShot(true);
    m_validation->setInterval(150); // validate once typing pauses
    connect(m_validation, &QTimer::timeout, this, &PipelineEditorDialog::validateNow);
    connect(m_model, &PipelineDocumentModel::documentEdited, this, [this] {
        m_dirty = true;
        m_validation->start();
        syncGeneralFields();
        updateSchedulePreview();
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_artifacts = new DocumentSection(*m_model, QStringLiteral("artifacts"), this);
    m_variables = new DocumentSection(*m_model, QStringLiteral("variables"), this);
    m_all = new DocumentSection(*m_model, QStringLiteral("document"), this);
    m_history = new PipelineHistoryTab(
        m_actions.services.pipelines, [this] { return m_model->document(); }, this);
    connect(m_history, &PipelineHistoryTab::revertRequested, this, [this](const QJsonObject &document, int revision) {
        m_model->setDocument(document);
        m_tabs->setCurrentIndex(GeneralTab);
        showStatus(tr("Revision %1 is loaded. Save to make it the current revision.").arg(revision));
    });
    m_tabs->addTab(buildGeneralTab(), tr("General"));
    m_tabs->addTab(m_artifacts, tr("Artifacts"));
    m_tabs->addTab(buildStagesTab(), tr("Stages"));
    m_tabs->addTab(m_variables, tr("Variables"));
    m_tabs->addTab(buildSchedulesTab(), tr("Schedules"));
    m_tabs->addTab(m_all, tr("All fields"));
    m_tabs->addTab(m_history, tr("History"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(buildProblemsPanel());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 160});

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("revisionComment"));
    m_comment->setPlaceholderText(tr("What changed (optional, kept with the revision)"));
    m_comment->setToolTip(tr("A comment kept with the saved revision"));
    m_comment->setAccessibleName(tr("Revision comment"));
    auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *result = new QPushButton(text, this);
        result->setObjectName(name);
        result->setToolTip(tip);
        result->setAccessibleName(text);
        result->setAutoDefault(false);
        return result;
    };
    QPushButton *import = button(QStringLiteral("importPipeline"), tr("Import…"), tr("Load a pipeline JSON file"));
    QPushButton *exportButton =
        button(QStringLiteral("exportPipeline"), tr("Export…"), tr("Write the pipeline to a JSON file"));
    QPushButton *saveButton = button(QStringLiteral("savePipeline"), tr("Save"),
                                     tr("Save as a new revision (Ctrl+S); refused while there are errors"));
    saveButton->setShortcut(QKeySequence::Save);
    QPushButton *close = button(QStringLiteral("closeEditor"), tr("Close"), tr("Close the editor"));
    connect(import, &QPushButton::clicked, this, &PipelineEditorDialog::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &PipelineEditorDialog::chooseExport);
    connect(saveButton, &QPushButton::clicked, this, &PipelineEditorDialog::save);
    connect(close, &QPushButton::clicked, this, &PipelineEditorDialog::reject);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addWidget(exportButton);
    buttons->addWidget(m_comment, 1);
    buttons->addWidget(saveButton);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(1000, 720);
    load();
}

PipelineEditorDialog::~PipelineEditorDialog() = default;

void PipelineEditorDialog::load() {
    QJsonObject document = newPipelineTemplate();
    if (m_pipelineId > 0) {
        const Result<QByteArray> current = m_actions.services.pipelines.exportCurrent(QString::number(m_pipelineId));
        if (current)
            document = QJsonDocument::fromJson(*current).object();
        else
            showStatus(errorText(current.error()), true);
    }
    m_model->setDocument(document);
    m_artifacts->setRootPath(QStringLiteral("artifacts"));
    m_variables->setRootPath(QStringLiteral("variables"));
    m_schedules->setRootPath(QStringLiteral("schedules"));
    m_all->setRootPath({});
    selectStage(0);
    m_history->showPipeline(m_pipelineId);
    validateNow();
    m_dirty = false;
    setWindowTitle(m_pipelineId > 0 ? tr("Edit pipeline – %1").arg(document.value(QStringLiteral("name")).toString())
                                    : tr("New pipeline"));
}

QList<Problem> PipelineEditorDialog::validateNow() {
    m_validation->stop();
    const QByteArray json = QJsonDocument(m_model->document()).toJson(QJsonDocument::Compact);
    const Result<ParsedPipeline> parsed = m_actions.services.pipelines.validate(json);
    QList<Problem> problems;
    if (parsed)
        problems = parsed->problems;
    else
        problems << Problem{Problem::Severity::Error, {}, errorText(parsed.error())};
    showProblems(problems);
    return problems;
}

void PipelineEditorDialog::showProblems(const QList<Problem> &problems) {
    m_model->setProblems(problems);
    m_problems->clear();
    int errors = 0;
    for (const Problem &problem : problems) {
        auto *item = new QListWidgetItem(problemText(problem), m_problems);
        item->setData(Qt::UserRole, problem.path);
        item->setIcon(
            style()->standardIcon(problem.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        errors += problem.isError() ? 1 : 0;
    }
    const int warnings = int(problems.size()) - errors;
    if (problems.isEmpty())
        m_problemSummary->setText(tr("No problems: the pipeline can be saved."));
    else
        m_problemSummary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                                  tr("%n warning(s)", nullptr, warnings) + tr(" – click one to go to its field."));
    updateProblemStatus(errors);
}

// The list is above the status line (the splitter's lower pane); a message about it follows its errors.
void PipelineEditorDialog::updateProblemStatus(int errors) {
    if (m_statusTopic == StatusTopic::SaveRefused) {
        if (errors > 0)
            showStatus(tr("Not saved: fix the %n error(s) listed above first.", nullptr, errors), true,
                       StatusTopic::SaveRefused);
        else
            showStatus(tr("The errors are fixed: the pipeline can be saved."));
    } else if (m_statusTopic == StatusTopic::ImportedWithErrors) {
        if (errors > 0)
            showStatus(
                tr("Imported %1; fix the %n error(s) listed above, then save.", nullptr, errors).arg(m_importedPath),
                true, StatusTopic::ImportedWithErrors);
        else
            showStatus(tr("Imported %1; the errors are fixed. Save to make it a revision.").arg(m_importedPath));
    }
}

bool PipelineEditorDialog::save() {
    const QList<Problem> problems = validateNow();
    if (hasErrors(problems)) {
        m_statusTopic = StatusTopic::SaveRefused;
        int errors = 0;
        for (const Problem &problem : problems)
            errors += problem.isError() ? 1 : 0;
        updateProblemStatus(errors);
        m_problems->setFocus();
        return false;
    }
    const QByteArray json = QJsonDocument(m_model->document()).toJson(QJsonDocument::Compact);
    const Result<SavedPipeline> outcome = m_actions.services.pipelines.save(
        json, m_actions.user, {}, m_pipelineId > 0 ? std::optional<qint64>(m_pipelineId) : std::nullopt,
        m_comment->text().trimmed());
    if (!outcome) {
        showStatus(tr("Not saved: %1").arg(errorText(outcome.error())), true);
        return false;
    }
    m_pipelineId = outcome->pipelineId;
    m_dirty = false;
    m_comment->clear();
    m_history->showPipeline(m_pipelineId);
    setWindowTitle(tr("Edit pipeline – %1").arg(outcome->name));
    if (outcome->secretsWithoutValue.isEmpty())
        showStatus(tr("Saved revision %1 of \"%2\".").arg(outcome->revision).arg(outcome->name));
    else // an imported file carries no secret values: the ones the pipeline did not have yet are named
        showStatus(tr("Saved revision %1 of \"%2\". These secret variables have no value yet: %3")
                       .arg(outcome->revision)
                       .arg(outcome->name, outcome->secretsWithoutValue.join(QStringLiteral(", "))),
                   true);
    Q_EMIT saved(m_pipelineId, outcome->revision);
    return true;
}

void PipelineEditorDialog::showTab(int index) {
    m_tabs->setCurrentIndex(index);
}

void PipelineEditorDialog::reveal(const QString &path) {
    static const QRegularExpression stagePath(QStringLiteral(R"(^stages\[(\d+)\])"));
    const QString root = path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    if (const QRegularExpressionMatch match = stagePath.match(path); match.hasMatch()) {
        m_tabs->setCurrentIndex(StagesTab);
        selectStage(match.captured(1).toInt());
        m_stageTabs->setCurrentWidget(m_stage);
        m_stage->reveal(path);
    } else if (root == QLatin1String("artifacts")) {
        m_tabs->setCurrentIndex(ArtifactsTab);
        m_artifacts->reveal(path);
    } else if (root == QLatin1String("variables")) {
        m_tabs->setCurrentIndex(VariablesTab);
        m_variables->reveal(path);
    } else if (root == QLatin1String("schedules")) {
        m_tabs->setCurrentIndex(SchedulesTab);
        m_schedules->reveal(path);
    } else if (QLineEdit *edit = m_generalFields.value(root)) {
        m_tabs->setCurrentIndex(GeneralTab);
        edit->setFocus();
    } else {
        m_tabs->setCurrentIndex(AllFieldsTab);
        m_all->reveal(path);
    }
}

void PipelineEditorDialog::showStatus(const QString &text, bool error, StatusTopic topic) {
    m_statusTopic = topic;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void PipelineEditorDialog::reject() {
    if (m_dirty) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("The pipeline has changes that are not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

} // namespace slipway
