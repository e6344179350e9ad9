#include "settingsdialog.h"

#include "datetext.h"
#include "errortext.h"
#include "restcontrol.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace slipway {

QString restStateText(const QString &servedAddress) {
    return servedAddress.isEmpty() ? SettingsDialog::tr("REST: off")
                                   : SettingsDialog::tr("REST: %1").arg(servedAddress);
}

SettingsDialog::SettingsDialog(RestControl *rest, PreferenceStore *preferences, std::optional<ReleaseActions> actions,
                               DatabaseConnector connector, QWidget *parent)
    : QDialog(parent), m_rest(rest), m_preferences(preferences), m_actions(std::move(actions)),
      m_connector(std::move(connector)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    if (m_preferences) {
        tabs->addTab(buildGeneralTab(), tr("&General"));
        m_database = new DatabaseSettings(m_preferences->load().database, m_connector, this);
        tabs->addTab(m_database, tr("&Database"));
        connect(m_database, &DatabaseSettings::teamServerChosen, this, &SettingsDialog::showWhoActs);
        showWhoActs(m_database->isTeamServer());
    }
    if (m_rest)
        tabs->addTab(buildRestTab(), tr("&REST server"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("restProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QWidget *SettingsDialog::buildGeneralTab() {
    const Preferences current = m_preferences->load();
    auto *page = new QWidget(this);
    m_name = new QLineEdit(current.displayName, page);
    m_name->setObjectName(QStringLiteral("settingsDisplayName"));
    m_name->setPlaceholderText(tr("your login name"));
    m_name->setToolTip(
        tr("The name you act as on a local file: approvals, history and requests carry it. On a team server you "
           "act as your database login."));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));
    m_notifications = new QCheckBox(tr("Notify me when an approval waits for me or my deployment finishes"), page);
    m_notifications->setObjectName(QStringLiteral("settingsNotifications"));
    m_notifications->setChecked(current.notifications);
    m_nameOnTeamServer =
        new QLabel(tr("On a team server you act as your database login (the user on the Database tab); the name "
                      "is used with local files."),
                   page);
    m_nameOnTeamServer->setObjectName(QStringLiteral("settingsNameOnTeamServer"));
    m_nameOnTeamServer->setWordWrap(true);
    m_nameOnTeamServer->hide();
    auto *restart = new QLabel(tr("The name and the language apply the next time Slipway starts."), page);
    restart->setWordWrap(true);
    restart->setEnabled(false);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_nameOnTeamServer);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(m_notifications);
    form->addRow(restart);
    return page;
}

// The name is who acts on a file only: on a team server the database login acts (docs/team-setup.md#who-acts).
void SettingsDialog::showWhoActs(bool teamServer) {
    m_name->setEnabled(!teamServer);
    m_nameOnTeamServer->setVisible(teamServer);
}

QWidget *SettingsDialog::buildRestTab() {
    auto *page = new QWidget(this);
    m_enabled = new QCheckBox(tr("Serve the REST API (Azure DevOps Release compatible)"), page);
    m_enabled->setObjectName(QStringLiteral("restEnabled"));
    m_enabled->setChecked(!m_rest->servedAddress().isEmpty());
    m_address = new QLineEdit(m_rest->configuredAddress(), page);
    m_address->setObjectName(QStringLiteral("restAddress"));
    m_address->setPlaceholderText(QStringLiteral("127.0.0.1:8080"));
    m_address->setToolTip(tr("Address and port to listen on; 127.0.0.1 keeps the API on this computer"));
    auto *form = new QFormLayout(page);
    form->addRow(m_enabled);
    form->addRow(tr("&Address:"), m_address);
    if (!m_actions) {
        form->addRow(new QLabel(
            tr("Clients authenticate with personal access tokens: <code>slipway token create</code>."), page));
        return page;
    }
    // The user's own tokens: what scripts and CI present as Basic or Bearer.
    m_tokens = new QListWidget(page);
    m_tokens->setObjectName(QStringLiteral("tokenList"));
    m_tokens->setMaximumHeight(110);
    m_tokenName = new QLineEdit(page);
    m_tokenName->setObjectName(QStringLiteral("tokenName"));
    m_tokenName->setPlaceholderText(tr("What the token is for, e.g. ci"));
    auto *create = new QPushButton(tr("&Create token"), page);
    create->setObjectName(QStringLiteral("tokenCreate"));
    auto *revoke = new QPushButton(tr("Re&voke"), page);
    revoke->setObjectName(QStringLiteral("tokenRevoke"));
    revoke->setToolTip(tr("Revoke the selected token: requests carrying it get 401"));
    m_tokenSecret = new QLineEdit(page);
    m_tokenSecret->setObjectName(QStringLiteral("tokenSecret"));
    m_tokenSecret->setReadOnly(true);
    m_tokenSecret->setPlaceholderText(tr("A new token is shown here once; copy it then"));
    connect(create, &QPushButton::clicked, this, &SettingsDialog::createToken);
    connect(revoke, &QPushButton::clicked, this, &SettingsDialog::revokeToken);
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_tokenName, 1);
    tokenButtons->addWidget(create);
    tokenButtons->addWidget(revoke);
    form->addRow(tr("Your tokens:"), m_tokens);
    form->addRow(QString(), tokenButtons);
    form->addRow(QString(), m_tokenSecret);
    fillTokens();
    return page;
}

void SettingsDialog::fillTokens() {
    m_tokens->clear();
    const Result<QList<TokenRecord>> tokens = m_actions->services.directory.tokens(m_actions->user.userName);
    if (!tokens)
        return;
    for (const TokenRecord &token : *tokens) {
        if (token.revokedAt.isValid())
            continue;
        auto *item =
            new QListWidgetItem(tr("%1 · created %2").arg(token.name, dateTimeText(token.createdAt)), m_tokens);
        item->setData(Qt::UserRole, token.id);
    }
}

void SettingsDialog::createToken() {
    const QString name = m_tokenName->text().trimmed();
    DirectoryService &directory = m_actions->services.directory;
    // The person at this desktop gets a user entry with their first token, as `slipway user add` would.
    if (const Result<QStringList> users = directory.users(); users && !users->contains(m_actions->user.userName))
        (void)directory.addUser(m_actions->user.userName, m_actions->user.userName, m_actions->user);
    const Result<CreatedToken> created =
        directory.createToken(name.isEmpty() ? QStringLiteral("desktop") : name, m_actions->user);
    if (!created) {
        m_problem->setText(errorText(created.error()));
        m_problem->show();
        return;
    }
    m_tokenSecret->setText(created->secret);
    m_tokenSecret->selectAll();
    m_tokenName->clear();
    fillTokens();
}

void SettingsDialog::revokeToken() {
    const QListWidgetItem *item = m_tokens->currentItem();
    if (!item)
        return;
    const Status revoked =
        m_actions->services.directory.revokeToken(item->data(Qt::UserRole).toLongLong(), m_actions->user);
    if (!revoked) {
        m_problem->setText(errorText(revoked.error()));
        m_problem->show();
    }
    fillTokens();
}

void SettingsDialog::apply() {
    // A typed team password goes to the keyring first: without one the dialog stays open with what was typed.
    if (QString problem; m_database && !m_database->keepPassword(&problem)) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    if (m_rest) {
        const QString address =
            m_address->text().trimmed().isEmpty() ? QStringLiteral("127.0.0.1:8080") : m_address->text().trimmed();
        if (!m_enabled->isChecked()) {
            m_rest->stop();
        } else if (m_rest->servedAddress().isEmpty() || address != m_rest->configuredAddress()) {
            m_rest->stop();
            Result<QString> served = m_rest->start(address);
            if (!served) {
                m_problem->setText(tr("The REST server could not start: %1").arg(errorText(served.error())));
                m_problem->show();
                Q_EMIT restStateChanged(restStateText({}));
                return; // stay open with what was typed
            }
        }
        Q_EMIT restStateChanged(restStateText(m_rest->servedAddress()));
    }
    if (m_preferences) {
        Preferences chosen;
        chosen.database = m_database->location();
        chosen.displayName = m_name->text().trimmed();
        chosen.language = m_language->currentData().toString();
        chosen.theme = m_theme->currentData().toString();
        chosen.notifications = m_notifications->isChecked();
        m_preferences->save(chosen);
        applyTheme(chosen.theme);
        Q_EMIT preferencesChanged(chosen);
    }
    accept();
}

} // namespace slipway
