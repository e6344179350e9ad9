#include "deploydialog.h"
#include "datetext.h"

#include "errortext.h"
#include "pipelinechanges.h"
#include "services/services.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway {

DeployDialog::DeployDialog(ReleaseActions actions, qint64 releaseId, QString stage, QWidget *parent)
    : QDialog(parent), m_actions(std::move(actions)), m_releaseId(releaseId), m_stage(std::move(stage)) {
    setObjectName(QStringLiteral("deployDialog"));
    Services &services = m_actions.services;
    Result<ReleaseDetails> details = services.releases.details(releaseId);
    bool redeploy = false;
    QString release = QString::number(releaseId);
    auto *drift = new QLabel(this);
    drift->setObjectName(QStringLiteral("driftWarning"));
    drift->setWordWrap(true);
    drift->hide();
    if (details) {
        release = details->release.name;
        for (const StageDetails &s : details->stages)
            if (s.stage.name == m_stage)
                redeploy = !s.deployments.isEmpty();
        Result<std::optional<PipelineRecord>> pipeline = services.queries.pipeline(details->release.pipelineId);
        if (redeploy && pipeline && pipeline->has_value() && (*pipeline)->revision != details->release.revision) {
            drift->setText(tr("The pipeline has changed since this release was created (revision %1, now %2). The "
                              "redeploy runs the release's own snapshot, not the current definition. "
                              "<a href=\"changes\">Show the changes</a>")
                               .arg(details->release.revision)
                               .arg((*pipeline)->revision));
            drift->setTextFormat(Qt::RichText);
            const ReleaseRecord release = details->release;
            connect(drift, &QLabel::linkActivated, this, [this, release] {
                showPipelineChanges(this, m_actions.services.pipelines, release.pipelineId, release.revision,
                                    release.name);
            });
            drift->setStyleSheet(QStringLiteral("color: #8a5a00"));
            drift->show();
        }
    }
    setWindowTitle(redeploy ? tr("Redeploy %1 of %2").arg(m_stage, release)
                            : tr("Deploy %1 of %2").arg(m_stage, release));
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("deployComment"));
    m_comment->setPlaceholderText(tr("Why, for the history"));
    m_later = new QCheckBox(tr("Start &at:"), this);
    m_later->setObjectName(QStringLiteral("deployLater"));
    m_at = new QDateTimeEdit(m_actions.services.clock.now().toLocalTime().addSecs(3600), this);
    m_at->setObjectName(QStringLiteral("deployAt"));
    m_at->setDisplayFormat(dateTimeEditFormat());
    m_at->setMinimumWidth(m_at->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 60);
    m_at->setAccessibleName(tr("Start at"));
    m_at->setToolTip(tr("Local time"));
    m_at->setCalendarPopup(true);
    m_at->setEnabled(false);
    connect(m_later, &QCheckBox::toggled, m_at, &QWidget::setEnabled);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("deployProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(m_later, m_at);
    // Variable overrides: the pipeline's variables settable at release time, for this deployment only.
    if (details)
        if (Result<std::shared_ptr<const PipelineDefinition>> snapshot =
                services.pipelines.definitionOfRevision(details->release.revisionId))
            for (const VariableDefinition &variable : (*snapshot)->variables) {
                if (!variable.settableAtRelease)
                    continue;
                // A secret is never put in a field: left empty, the deployment keeps the release's value.
                auto *value = new QLineEdit(
                    variable.secret ? QString()
                                    : details->release.variables.value(variable.name).toString(variable.value),
                    this);
                value->setObjectName(QStringLiteral("deployVariable_") + variable.name);
                value->setAccessibleName(variable.name);
                value->setToolTip(tr("Used by this deployment only; the release keeps its value"));
                if (variable.secret) {
                    value->setEchoMode(QLineEdit::Password);
                    value->setPlaceholderText(tr("Empty: keep the release's secret"));
                }
                m_variables.insert(variable.name, value);
                m_initialValues.insert(variable.name, value->text());
                form->addRow(tr("%1:").arg(variable.name), value);
            }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *go = buttons->addButton(redeploy ? tr("&Redeploy") : tr("&Deploy"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("deployOk"));
    go->setDefault(true);
    connect(go, &QPushButton::clicked, this, &DeployDialog::deploy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(drift);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void DeployDialog::deploy() {
    DeployRequest request{m_releaseId, m_stage, m_comment->text().trimmed(), {}};
    for (auto it = m_variables.cbegin(); it != m_variables.cend(); ++it)
        if (it.value()->text() != m_initialValues.value(it.key()))
            request.variables.insert(it.key(), it.value()->text());
    if (m_later->isChecked())
        request.startAt = m_at->dateTime().toUTC();
    Result<DeploymentRecord> requested = m_actions.services.deployments.deploy(request, m_actions.user);
    if (!requested) {
        m_problem->setText(errorText(requested.error()));
        m_problem->show();
        return;
    }
    m_attempt = requested->attempt;
    accept();
}

} // namespace slipway
