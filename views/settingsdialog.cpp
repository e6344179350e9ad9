#include "settingsdialog.h"

#include "restcontrol.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace slipway {

QString restStateText(const QString &servedAddress) {
    return servedAddress.isEmpty() ? SettingsDialog::tr("REST: off")
                                   : SettingsDialog::tr("REST: %1").arg(servedAddress);
}

SettingsDialog::SettingsDialog(RestControl &rest, QWidget *parent) : QDialog(parent), m_rest(rest) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_enabled = new QCheckBox(tr("Serve the REST API (Azure DevOps Release compatible)"), this);
    m_enabled->setObjectName(QStringLiteral("restEnabled"));
    m_enabled->setChecked(!rest.servedAddress().isEmpty());
    m_address = new QLineEdit(rest.configuredAddress(), this);
    m_address->setObjectName(QStringLiteral("restAddress"));
    m_address->setPlaceholderText(QStringLiteral("127.0.0.1:8080"));
    m_address->setToolTip(tr("Address and port to listen on; 127.0.0.1 keeps the API on this computer"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("restProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();
    auto *hint =
        new QLabel(tr("Clients authenticate with personal access tokens: <code>slipway token create</code>."), this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Address:"), m_address);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void SettingsDialog::apply() {
    const QString address =
        m_address->text().trimmed().isEmpty() ? QStringLiteral("127.0.0.1:8080") : m_address->text().trimmed();
    if (!m_enabled->isChecked()) {
        m_rest.stop();
    } else if (m_rest.servedAddress().isEmpty() || address != m_rest.configuredAddress()) {
        m_rest.stop();
        Result<QString> served = m_rest.start(address);
        if (!served) {
            m_problem->setText(tr("The REST server could not start: %1").arg(served.error().message));
            m_problem->show();
            Q_EMIT restStateChanged(restStateText({}));
            return; // stay open with what was typed
        }
    }
    Q_EMIT restStateChanged(restStateText(m_rest.servedAddress()));
    accept();
}

} // namespace slipway
