#include "createreleasedialog.h"

#include "errortext.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway {

CreateReleaseDialog::CreateReleaseDialog(ReleaseActions actions, qint64 pipelineId, QWidget *parent)
    : QDialog(parent), m_actions(std::move(actions)), m_pipelineId(pipelineId) {
    setObjectName(QStringLiteral("createReleaseDialog"));
    Services &services = m_actions.services;
    Result<std::shared_ptr<const PipelineDefinition>> definition = services.pipelines.currentDefinition(pipelineId);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("createReleaseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    if (!definition) {
        m_problem->setText(errorText(definition.error()));
        m_problem->show();
        layout->addWidget(m_problem);
        return;
    }
    m_definition = *definition;
    setWindowTitle(tr("Create a release of %1").arg(m_definition->name));

    auto *artifacts = new QGroupBox(tr("Artifacts"), this);
    auto *artifactForm = new QFormLayout(artifacts);
    Result<QList<ArtifactSourceRecord>> sources = services.artifacts.sources(pipelineId);
    for (const ArtifactSourceRecord &source : sources ? *sources : QList<ArtifactSourceRecord>()) {
        auto *versions = new QComboBox(artifacts);
        versions->setObjectName(QStringLiteral("artifact_") + source.alias);
        versions->addItem(tr("Latest"), QString());
        if (Result<QList<ArtifactVersionRecord>> known = services.artifacts.versions(source.id, 100))
            for (const ArtifactVersionRecord &v : std::as_const(*known))
                versions->addItem(v.branch.isEmpty() ? v.version : tr("%1 (%2)").arg(v.version, v.branch), v.version);
        m_versions.insert(source.alias, versions);
        artifactForm->addRow(source.alias + QLatin1Char(':'), versions);
    }
    if (m_versions.isEmpty())
        artifactForm->addRow(new QLabel(tr("This pipeline has no artifact sources."), artifacts));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("releaseDescription"));
    m_description->setPlaceholderText(tr("What this release is for"));
    m_description->setMaximumHeight(70);

    m_upTo = new QComboBox(this);
    m_upTo->setObjectName(QStringLiteral("deployUpTo"));
    m_upTo->addItem(tr("All stages, as their triggers say"), QString());
    m_manual = new QListWidget(this);
    m_manual->setObjectName(QStringLiteral("manualStages"));
    m_manual->setToolTip(tr("Checked stages are not triggered automatically for this release"));
    m_manual->setMaximumHeight(90);
    for (const StageDefinition &stage : m_definition->stages) {
        m_upTo->addItem(stage.name, stage.name);
        auto *item = new QListWidgetItem(stage.name, m_manual);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_upTo, &QComboBox::currentIndexChanged, this, &CreateReleaseDialog::applyUpTo);

    auto *variables = new QGroupBox(tr("Variables set at release time"), this);
    auto *variableForm = new QFormLayout(variables);
    for (const VariableDefinition &v : m_definition->variables) {
        if (!v.settableAtRelease)
            continue;
        auto *value = new QLineEdit(v.secret ? QString() : v.value, variables);
        value->setObjectName(QStringLiteral("variable_") + v.name);
        if (v.secret)
            value->setEchoMode(QLineEdit::Password);
        m_variables.insert(v.name, value);
        variableForm->addRow(v.name + QLatin1Char(':'), value);
    }
    variables->setVisible(!m_variables.isEmpty());

    m_draft = new QCheckBox(tr("Save as a draft (triggers nothing until started)"), this);
    m_draft->setObjectName(QStringLiteral("draftRelease"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Deploy automatically &up to:"), m_upTo);
    form->addRow(tr("&Manual stages:"), m_manual);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createReleaseOk"));
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &CreateReleaseDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(artifacts);
    layout->addLayout(form);
    layout->addWidget(variables);
    layout->addWidget(m_draft);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

// "Up to QA": every stage ranked after QA is manual for this release.
void CreateReleaseDialog::applyUpTo() {
    const QString last = m_upTo->currentData().toString();
    bool after = false;
    for (int row = 0; row < m_manual->count(); ++row) {
        QListWidgetItem *item = m_manual->item(row);
        item->setCheckState(!last.isEmpty() && after ? Qt::Checked : Qt::Unchecked);
        if (item->text() == last)
            after = true;
    }
}

void CreateReleaseDialog::create() {
    if (!m_definition)
        return;
    CreateReleaseRequest request;
    request.pipeline = QString::number(m_pipelineId);
    request.description = m_description->toPlainText().trimmed();
    request.draft = m_draft->isChecked();
    for (auto it = m_versions.cbegin(); it != m_versions.cend(); ++it)
        if (!(*it)->currentData().toString().isEmpty())
            request.artifactVersions.insert(it.key(), (*it)->currentData().toString());
    for (int row = 0; row < m_manual->count(); ++row)
        if (m_manual->item(row)->checkState() == Qt::Checked)
            request.manualStages << m_manual->item(row)->text();
    for (auto it = m_variables.cbegin(); it != m_variables.cend(); ++it)
        request.variables.insert(it.key(), (*it)->text());
    Result<ReleaseRecord> created = m_actions.services.releases.create(request, m_actions.user);
    if (!created) {
        m_problem->setText(errorText(created.error()));
        m_problem->show();
        return; // everything typed stays
    }
    m_created = created->id;
    accept();
}

} // namespace slipway
