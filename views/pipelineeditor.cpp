#include "pipelineeditor.h"

#include "errortext.h"
#include "core/clock.h"
#include "definition/releasenameformat.h"
#include "documentsection.h"
#include "pipelinedocumentmodel.h"
#include "pipelinehistorytab.h"
#include "services/services.h"
#include "stagetriggereditor.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
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
    splitter->addWidget(m_tabs);
    splitter->addWidget(buildProblemsPanel());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 100});

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("revisionComment"));
    m_comment->setPlaceholderText(tr("What changed (optional, kept with the revision)"));
    auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *result = new QPushButton(text, this);
        result->setObjectName(name);
        result->setToolTip(tip);
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

QWidget *PipelineEditorDialog::buildGeneralTab() {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const struct {
        const char *path;
        const char *objectName;
        QString label;
        QString placeholder;
    } fields[] = {
        {"name", "editName", tr("Name:"), tr("Shown in the navigation tree")},
        {"folder", "editFolder", tr("Folder:"), tr("For example /web; the tree groups pipelines by folder")},
        {"description", "editDescription", tr("Description:"), {}},
        {"releaseNameFormat", "editReleaseNameFormat", tr("Release name format:"), defaultReleaseNameFormat},
    };
    for (const auto &field : fields) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QString::fromLatin1(field.objectName));
        edit->setPlaceholderText(field.placeholder);
        const QString path = QString::fromLatin1(field.path);
        m_generalFields.insert(path, edit);
        connect(edit, &QLineEdit::textEdited, this,
                [this, path](const QString &text) { m_model->setValue(path, text); });
        form->addRow(field.label, edit);
    }
    m_namePreview = new QLabel(page);
    m_namePreview->setObjectName(QStringLiteral("releaseNamePreview"));
    m_namePreview->setToolTip(tr("The name the next release would get, with a sample build number"));
    form->addRow(QString(), m_namePreview);
    auto *tokens = new QLabel(tr("Tokens: $(Rev:r), $(Date:yyyyMMdd), $(Build.BuildNumber), $(Build.DefinitionName), "
                                 "$(Release.DefinitionName) and any pipeline variable."),
                              page);
    tokens->setWordWrap(true);
    tokens->setEnabled(false);
    form->addRow(QString(), tokens);
    return page;
}

QWidget *PipelineEditorDialog::buildStagesTab() {
    auto *page = new QWidget(this);
    m_stageList = new QListView(page);
    m_stageList->setObjectName(QStringLiteral("stageList"));
    m_stageList->setModel(m_model);
    m_stageList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stageList->setToolTip(tr("The stages in order; select one to edit it"));
    m_trigger = new StageTriggerEditor(*m_model, m_actions.services.clock, page);
    m_trigger->setObjectName(QStringLiteral("triggerEditor"));
    m_stage = new DocumentSection(*m_model, QStringLiteral("stage"), page);

    auto stageButton = [&](const QString &name, const QString &text, const QString &tip) {
        auto *button = new QPushButton(text, page);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAutoDefault(false);
        return button;
    };
    QPushButton *add = stageButton(QStringLiteral("addStage"), tr("Add"), tr("Add a stage at the end"));
    QPushButton *remove = stageButton(QStringLiteral("removeStage"), tr("Remove"), tr("Remove the selected stage"));
    QPushButton *up = stageButton(QStringLiteral("moveStageUp"), tr("Move up"), tr("Move the selected stage earlier"));
    QPushButton *down =
        stageButton(QStringLiteral("moveStageDown"), tr("Move down"), tr("Move the selected stage later"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QModelIndex added = m_model->addEntry(m_model->indexForPath(QStringLiteral("stages")));
        if (!added.isValid())
            return;
        m_model->setValue(added.data(PipelineDocumentModel::PathRole).toString() + QStringLiteral(".name"),
                          tr("Stage %1").arg(added.row() + 1));
        selectStage(added.row());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_stageList->currentIndex().row();
        if (m_stageList->currentIndex().isValid() && m_model->removeEntry(m_stageList->currentIndex()))
            selectStage(std::max(0, row - 1));
    });
    connect(up, &QPushButton::clicked, this, [this] { m_model->moveElement(m_stageList->currentIndex(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { m_model->moveElement(m_stageList->currentIndex(), 1); });

    auto *listButtons = new QGridLayout;
    listButtons->addWidget(add, 0, 0);
    listButtons->addWidget(remove, 0, 1);
    listButtons->addWidget(up, 1, 0);
    listButtons->addWidget(down, 1, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_stageList, 1);
    left->addLayout(listButtons);
    auto *stageList = new QWidget(page);
    stageList->setMaximumWidth(280);
    m_trigger->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    stageList->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    auto *right = new QSplitter(Qt::Vertical, page);
    right->addWidget(m_trigger);
    right->addWidget(m_stage);
    right->setStretchFactor(1, 1);
    auto *columns = new QSplitter(page);
    columns->addWidget(stageList);
    columns->addWidget(right);
    columns->setStretchFactor(1, 1);
    columns->setSizes({200, 760});
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(columns);
    return page;
}

QWidget *PipelineEditorDialog::buildSchedulesTab() {
    auto *page = new QWidget(this);
    m_schedules = new DocumentSection(*m_model, QStringLiteral("schedules"), page);
    m_schedulePreview = new QLabel(page);
    m_schedulePreview->setObjectName(QStringLiteral("releaseSchedulePreview"));
    m_schedulePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_schedules->tree()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PipelineEditorDialog::updateSchedulePreview);
    auto *hint = new QLabel(tr("Release schedules create a release at these times; with onlyIfChanged only when an "
                               "artifact has a newer version."),
                            page);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_schedules, 1);
    layout->addWidget(m_schedulePreview);
    return page;
}

QWidget *PipelineEditorDialog::buildProblemsPanel() {
    auto *panel = new QWidget(this);
    m_problemSummary = new QLabel(panel);
    m_problemSummary->setObjectName(QStringLiteral("problemSummary"));
    m_problems = new QListWidget(panel);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setToolTip(tr("Click a problem to go to its field"));
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { reveal(item->data(Qt::UserRole).toString()); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { reveal(item->data(Qt::UserRole).toString()); });
    panel->setMaximumHeight(160);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problemSummary);
    layout->addWidget(m_problems, 1);
    return panel;
}

void PipelineEditorDialog::selectStage(int row) {
    const QModelIndex stages = m_model->indexForPath(QStringLiteral("stages"));
    m_stageList->setRootIndex(stages);
    const QModelIndex stage = m_model->index(row, 0, stages);
    if (stage.isValid())
        m_stageList->setCurrentIndex(stage);
    m_trigger->setStage(stage);
    m_stage->setRootIndex(stage);
    // Re-connect each time: setRootIndex keeps the selection model, but a reset replaces the items.
    disconnect(m_stageList->selectionModel(), &QItemSelectionModel::currentChanged, this, nullptr);
    connect(m_stageList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_trigger->setStage(current);
                m_stage->setRootIndex(current);
            });
}

void PipelineEditorDialog::syncGeneralFields() {
    for (auto it = m_generalFields.cbegin(); it != m_generalFields.cend(); ++it) {
        const QString text = m_model->value(it.key()).toString();
        if (it.value()->text() != text)
            it.value()->setText(text);
    }
    updateNamePreview();
}

void PipelineEditorDialog::updateNamePreview() {
    const QJsonObject document = m_model->document();
    ReleaseNameContext context;
    context.revision = 1;
    context.localTime = m_actions.services.clock.now().toLocalTime();
    context.pipelineName = document.value(QStringLiteral("name")).toString();
    context.buildNumber = QStringLiteral("1.0.0");
    const QJsonArray artifacts = document.value(QStringLiteral("artifacts")).toArray();
    for (const QJsonValue artifact : artifacts)
        if (artifact[QStringLiteral("primary")].toBool() || context.buildDefinitionName.isEmpty())
            context.buildDefinitionName = artifact[QStringLiteral("alias")].toString();
    const QJsonObject variables = document.value(QStringLiteral("variables")).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        const bool secret = it.value()[QStringLiteral("secret")].toBool();
        const QString value =
            it.value().isString() ? it.value().toString() : it.value()[QStringLiteral("value")].toString();
        context.variables.insert(it.key().toLower(), secret ? QStringLiteral("***") : value);
    }
    const QString format = document.value(QStringLiteral("releaseNameFormat")).toString(defaultReleaseNameFormat);
    m_namePreview->setText(tr("Preview: %1").arg(renderReleaseName(format, context)));
}

void PipelineEditorDialog::updateSchedulePreview() {
    if (!m_schedulePreview)
        return;
    const QModelIndex current = m_schedules->tree()->currentIndex();
    QModelIndex element = current.siblingAtColumn(0);
    while (element.isValid() && element.parent() != m_model->indexForPath(QStringLiteral("schedules")))
        element = element.parent();
    if (!element.isValid()) {
        m_schedulePreview->setText(tr("Select a schedule to preview its next firings."));
        return;
    }
    const QJsonObject schedule = m_model->value(element.data(PipelineDocumentModel::PathRole).toString()).toObject();
    m_schedulePreview->setText(schedulePreviewText(schedule, m_actions.services.clock.now()));
}

QList<Problem> PipelineEditorDialog::validateNow() {
    m_validation->stop();
    const QByteArray json = QJsonDocument(m_model->document()).toJson(QJsonDocument::Compact);
    const Result<ParsedPipeline> parsed = m_actions.services.pipelines.validate(json);
    QList<Problem> problems;
    if (parsed)
        problems = parsed->problems;
    else
        problems << Problem{
            Problem::Severity::Error, {}, parsed.error().message, parsed.error().source, parsed.error().arguments};
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
}

bool PipelineEditorDialog::save() {
    const QList<Problem> problems = validateNow();
    if (hasErrors(problems)) {
        int errors = 0;
        for (const Problem &problem : problems)
            errors += problem.isError() ? 1 : 0;
        showStatus(tr("Not saved: fix the %n error(s) listed below first.", nullptr, errors), true);
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
    showStatus(tr("Saved revision %1 of \"%2\".").arg(outcome->revision).arg(outcome->name));
    Q_EMIT saved(m_pipelineId, outcome->revision);
    return true;
}

void PipelineEditorDialog::reveal(const QString &path) {
    static const QRegularExpression stagePath(QStringLiteral(R"(^stages\[(\d+)\])"));
    const QString root = path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    if (const QRegularExpressionMatch match = stagePath.match(path); match.hasMatch()) {
        m_tabs->setCurrentIndex(StagesTab);
        selectStage(match.captured(1).toInt());
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

bool PipelineEditorDialog::importFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        showStatus(error.error != QJsonParseError::NoError
                       ? tr("%1 is not valid JSON at offset %2: %3. Nothing was changed.")
                             .arg(path)
                             .arg(error.offset)
                             .arg(error.errorString())
                       : tr("%1 does not hold a JSON object. Nothing was changed.").arg(path),
                   true);
        return false;
    }
    m_model->setDocument(json.object());
    selectStage(0);
    const QList<Problem> problems = validateNow();
    showStatus(hasErrors(problems) ? tr("Imported %1; fix the problems listed below, then save.").arg(path)
                                   : tr("Imported %1. Save to make it a revision.").arg(path),
               hasErrors(problems));
    return true;
}

bool PipelineEditorDialog::exportFile(const QString &path) {
    const QJsonObject document = m_model->document();
    const ParsedPipeline parsed = parsePipeline(document);
    const QByteArray text =
        parsed.ok() ? exportPipeline(*parsed.definition) : QJsonDocument(document).toJson(QJsonDocument::Indented);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        showStatus(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    showStatus(tr("Exported to %1.").arg(path));
    return true;
}

void PipelineEditorDialog::chooseImport() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import pipeline"), {}, tr("Pipeline JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PipelineEditorDialog::chooseExport() {
    const QString name = m_model->value(QStringLiteral("name")).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export pipeline"), name + QStringLiteral(".json"),
                                                      tr("Pipeline JSON (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

void PipelineEditorDialog::showStatus(const QString &text, bool error) {
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
