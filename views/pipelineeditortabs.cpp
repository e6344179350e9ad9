// The editor's tabs: General (with the release name preview), Stages (the stage list, each stage's
// deployment conditions and its fields), Schedules and the problem list.
#include "pipelineeditor.h"

#include "core/clock.h"
#include "definition/releasenameformat.h"
#include "documentsection.h"
#include "pipelinedocumentmodel.h"
#include "services/services.h"
#include "stageconditionspanel.h"
#include "stagetriggereditor.h"
#include "variablegrouplinks.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

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
        {"description", "editDescription", tr("Description:"), tr("What this pipeline delivers, for whoever opens it")},
        {"releaseNameFormat", "editReleaseNameFormat", tr("Release name format:"), defaultReleaseNameFormat},
    };
    for (const auto &field : fields) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QString::fromLatin1(field.objectName));
        edit->setPlaceholderText(field.placeholder);
        edit->setAccessibleName(QString(field.label).remove(QLatin1Char(':')));
        edit->setToolTip(field.placeholder.isEmpty() ? edit->accessibleName() : field.placeholder);
        const QString path = QString::fromLatin1(field.path);
        m_generalFields.insert(path, edit);
        connect(edit, &QLineEdit::textEdited, this,
                [this, path](const QString &text) { m_model->setValue(path, text); });
        form->addRow(field.label, edit);
    }
    m_namePreview = new QLabel(page);
    m_namePreview->setObjectName(QStringLiteral("releaseNamePreview"));
    m_namePreview->setToolTip(tr("The name the next release would get, with a sample build number"));
    m_namePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_namePreview);
    auto *tokens = new QLabel(tr("Tokens: $(Rev:r), $(Date:yyyyMMdd), $(Build.BuildNumber), $(Build.DefinitionName), "
                                 "$(Release.DefinitionName) and any pipeline variable."),
                              page);
    tokens->setWordWrap(true);
    tokens->setEnabled(false);
    form->addRow(QString(), tokens);
    form->addRow(new VariableGroupLinks(*m_model, m_actions.services.variableGroups, QStringLiteral("pipelineGroups"),
                                        tr("Variable groups of the pipeline"), page));
    return page;
}

QWidget *PipelineEditorDialog::buildStagesTab() {
    auto *page = new QWidget(this);
    m_stageList = new QListView(page);
    m_stageList->setObjectName(QStringLiteral("stageList"));
    m_stageList->setModel(m_model);
    m_stageList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stageList->setToolTip(tr("The stages in order; select one to edit it"));
    m_stageList->setAccessibleName(tr("Stages"));
    m_trigger = new StageTriggerEditor(*m_model, m_actions.services.clock, page);
    m_trigger->setObjectName(QStringLiteral("triggerEditor"));
    m_conditions = new StageConditionsPanel(*m_model, m_actions.services.directory, m_trigger, page);
    m_stage = new DocumentSection(*m_model, QStringLiteral("stage"), page);
    m_stageTabs = new QTabWidget(page);
    m_stageTabs->setObjectName(QStringLiteral("stageTabs"));
    m_stageTabs->addTab(m_conditions, tr("Deployment conditions"));
    m_stageTabs->addTab(m_stage, tr("Tasks and all fields"));
    m_stageGroups = new VariableGroupLinks(*m_model, m_actions.services.variableGroups, QStringLiteral("stageGroups"),
                                           tr("Variable groups of the stage"), page);
    m_stageGroups->setStage({});
    auto *groupsPage = new QWidget(page);
    auto *groupsLayout = new QVBoxLayout(groupsPage);
    groupsLayout->addWidget(m_stageGroups);
    groupsLayout->addStretch(1);
    m_stageTabs->addTab(groupsPage, tr("Variable groups"));
    m_stageTabs->setTabToolTip(0, tr("When the stage deploys and what it waits for: trigger, approvals, gates"));
    m_stageTabs->setTabToolTip(1, tr("Every field of the stage, its tasks and their scripts"));
    m_stageTabs->setTabToolTip(2, tr("The Library's groups whose variables this stage's releases take"));

    auto stageButton = [&](const QString &name, const QString &text, const QString &tip) {
        auto *button = new QPushButton(text, page);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAccessibleName(text);
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
    stageList->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    auto *columns = new QSplitter(page);
    columns->setObjectName(QStringLiteral("stageSplitter"));
    columns->addWidget(stageList);
    columns->addWidget(m_stageTabs);
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
    m_schedulePreview->setWordWrap(true);
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
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { reveal(item->data(Qt::UserRole).toString()); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { reveal(item->data(Qt::UserRole).toString()); });
    panel->setMinimumHeight(80); // drag the splitter above it for more rows
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
    m_conditions->setStage(stage);
    m_stageGroups->setStage(stage);
    m_stage->setRootIndex(stage);
    // Re-connect each time: setRootIndex keeps the selection model, but a reset replaces the items.
    disconnect(m_stageList->selectionModel(), &QItemSelectionModel::currentChanged, this, nullptr);
    connect(m_stageList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_conditions->setStage(current);
                m_stageGroups->setStage(current);
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
    // The number the next release takes: releases made (even deleted ones) keep theirs.
    const Result<qint64> next = m_actions.services.pipelines.nextReleaseNumber(m_pipelineId);
    context.revision = next ? *next : 1;
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

} // namespace slipway
