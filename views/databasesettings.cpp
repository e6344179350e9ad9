#include "databasesettings.h"

#include "errortext.h"
#include "store/postgreslocation.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace slipway {

namespace {

constexpr int defaultPort = 5432;
const QString sslModeKey = QStringLiteral("sslmode=");

} // namespace

DatabaseSettings::DatabaseSettings(const QString &current, DatabaseConnector connector, QWidget *parent)
    : QWidget(parent), m_connector(std::move(connector)) {
    setObjectName(QStringLiteral("databaseSettings"));
    m_local = new QRadioButton(tr("&Local file"), this);
    m_local->setObjectName(QStringLiteral("settingsDatabaseLocal"));
    m_local->setToolTip(tr("An SQLite file on this computer: Slipway's default"));
    m_team = new QRadioButton(tr("&Team server"), this);
    m_team->setObjectName(QStringLiteral("settingsDatabaseTeam"));
    m_team->setToolTip(tr("A PostgreSQL database shared by the team (docs/team-setup.md)"));
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_local);
    choice->addButton(m_team);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_local);
    choices->addWidget(m_team);
    choices->addStretch(1);
    m_restart = new QLabel(tr("The database applies the next time Slipway starts; until then this window keeps "
                              "working on the one it has."),
                           this);
    m_restart->setObjectName(QStringLiteral("settingsDatabaseRestart"));
    m_restart->setWordWrap(true);
    m_restart->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(buildFilePart());
    layout->addWidget(buildServerPart());
    layout->addStretch(1);
    layout->addWidget(m_restart);
    showCurrent(current);
    connect(m_local, &QRadioButton::toggled, this, &DatabaseSettings::showChoice);
    showChoice();
}

QWidget *DatabaseSettings::buildFilePart() {
    m_filePart = new QWidget(this);
    m_filePart->setObjectName(QStringLiteral("settingsDatabaseFilePart"));
    m_file = new QLineEdit(m_filePart);
    m_file->setObjectName(QStringLiteral("settingsDatabase"));
    m_file->setPlaceholderText(tr("slipway.db in the app data folder"));
    auto *browse = new QPushButton(tr("Browse…"), m_filePart);
    browse->setObjectName(QStringLiteral("settingsDatabaseBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("SQLite database"), m_file->text(),
                                                          tr("SQLite databases (*.db *.sqlite);;All files (*)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_file->setText(path);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(m_filePart);
    form->setContentsMargins(0, 0, 0, 0);
    // A row that is a layout gets no buddy from the form: the label names its field itself, so Alt+F works and no
    // "&" shows.
    auto *fileLabel = new QLabel(tr("&File:"), m_filePart);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, row);
    return m_filePart;
}

QWidget *DatabaseSettings::buildServerPart() {
    m_serverPart = new QWidget(this);
    m_serverPart->setObjectName(QStringLiteral("settingsDatabaseServerPart"));
    m_host = new QLineEdit(m_serverPart);
    m_host->setObjectName(QStringLiteral("settingsServerHost"));
    m_host->setPlaceholderText(tr("db.example.com; empty: this computer's socket"));
    m_port = new QSpinBox(m_serverPart);
    m_port->setObjectName(QStringLiteral("settingsServerPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    m_database = new QLineEdit(m_serverPart);
    m_database->setObjectName(QStringLiteral("settingsServerDatabase"));
    m_database->setPlaceholderText(QStringLiteral("slipway"));
    m_user = new QLineEdit(m_serverPart);
    m_user->setObjectName(QStringLiteral("settingsServerUser"));
    m_user->setPlaceholderText(tr("your login name"));
    m_password = new QLineEdit(m_serverPart);
    m_password->setObjectName(QStringLiteral("settingsServerPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keyring; empty: the keyring's, ~/.pgpass or PGPASSWORD"));
    m_password->setEnabled(static_cast<bool>(m_connector.keepPassword));
    m_tls = new QComboBox(m_serverPart);
    m_tls->setObjectName(QStringLiteral("settingsServerTls"));
    m_tls->addItem(tr("disable: never TLS"), QStringLiteral("disable"));
    m_tls->addItem(tr("allow: TLS when the server insists"), QStringLiteral("allow"));
    m_tls->addItem(tr("prefer: TLS when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("require: always TLS, any certificate"), QStringLiteral("require"));
    m_tls->addItem(tr("verify-ca: TLS, a certificate of a trusted authority"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("verify-full: TLS, a trusted certificate for this host name"), QStringLiteral("verify-full"));
    m_tls->setCurrentIndex(m_tls->findData(QStringLiteral("prefer")));
    m_test = new QPushButton(tr("Test &connection"), m_serverPart);
    m_test->setObjectName(QStringLiteral("settingsTestConnection"));
    m_test->setEnabled(static_cast<bool>(m_connector.test));
    m_result = new QLabel(m_serverPart);
    m_result->setObjectName(QStringLiteral("settingsConnectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_test, &QPushButton::clicked, this, &DatabaseSettings::testConnection);
    auto *form = new QFormLayout(m_serverPart);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Data&base:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("TL&S:"), m_tls);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    form->addRow(testRow);
    form->addRow(m_result); // the whole width: a refusal names the server and the reason
    return m_serverPart;
}

void DatabaseSettings::showCurrent(const QString &current) {
    const Result<PostgresLocation> server = parsePostgresUri(current);
    if (!server) {
        m_local->setChecked(true);
        m_file->setText(isPostgresUri(current) ? QString() : current);
        return;
    }
    m_team->setChecked(true);
    m_host->setText(server->host);
    m_port->setValue(server->port > 0 ? server->port : defaultPort);
    m_database->setText(server->database);
    m_user->setText(server->user);
    for (const QString &option : server->options) {
        if (option.startsWith(sslModeKey) && m_tls->findData(option.mid(sslModeKey.size())) >= 0)
            m_tls->setCurrentIndex(m_tls->findData(option.mid(sslModeKey.size())));
        else if (!option.startsWith(sslModeKey))
            m_otherOptions << option;
    }
}

void DatabaseSettings::showChoice() {
    m_filePart->setVisible(m_local->isChecked());
    m_serverPart->setVisible(m_team->isChecked());
    Q_EMIT teamServerChosen(m_team->isChecked());
}

bool DatabaseSettings::isTeamServer() const {
    return m_team->isChecked();
}

QString DatabaseSettings::location() const {
    if (!isTeamServer())
        return m_file->text().trimmed();
    PostgresLocation server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.options << sslModeKey + m_tls->currentData().toString() << m_otherOptions;
    return server.display();
}

bool DatabaseSettings::keepPassword(QString *problem) const {
    if (!isTeamServer() || m_password->text().isEmpty() || !m_connector.keepPassword)
        return true;
    if (m_connector.keepPassword(location(), m_password->text()))
        return true;
    *problem = tr("No system keyring took the password. Leave the password empty and keep it in ~/.pgpass or "
                  "PGPASSWORD instead (docs/team-setup.md).");
    return false;
}

QString DatabaseSettings::connectionSentence(const Result<SchemaVersions> &found) {
    if (!found)
        return tr("Not connected: %1.").arg(errorText(found.error()));
    if (found->database == 0)
        return tr("Connected to an empty database: Slipway makes its tables when it first opens it (or run "
                  "slipway db init).");
    if (found->database < found->supported)
        return tr("Connected, but the database uses schema version %1 and this Slipway version %2: upgrade it with "
                  "slipway db init.")
            .arg(found->database)
            .arg(found->supported);
    if (found->database > found->supported)
        return tr("Connected, but the database uses schema version %1 and this Slipway only knows version %2: use a "
                  "newer Slipway.")
            .arg(found->database)
            .arg(found->supported);
    return tr("Connected: the database uses schema version %1, as this Slipway does.").arg(found->database);
}

void DatabaseSettings::testConnection() {
    if (m_testing || !m_connector.test)
        return;
    // The watcher is a child: closing the dialog while the server is still silent drops the answer, nothing else.
    m_testing = new QFutureWatcher<Result<SchemaVersions>>(this);
    connect(m_testing, &QFutureWatcherBase::finished, this, &DatabaseSettings::showTested);
    m_test->setEnabled(false);
    showResult(tr("Connecting to %1…").arg(location()));
    m_result->setProperty("busy", true);
    m_testing->setFuture(m_connector.test(location(), m_password->text()));
}

void DatabaseSettings::showTested() {
    const QString sentence = connectionSentence(m_testing->result());
    m_testing->deleteLater();
    m_testing = nullptr;
    m_result->setProperty("busy", false);
    showResult(sentence);
    m_test->setEnabled(true);
}

void DatabaseSettings::showResult(const QString &sentence) {
    m_result->setText(sentence);
    fitWrappedLabels();
}

void DatabaseSettings::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    fitWrappedLabels();
}

// A tab page gives a wrapped label the height of its shortest form, not of its lines at the width it has
// (QTabWidget ignores height-for-width): each asks for the lines it needs, and the dialog grows to show them all.
void DatabaseSettings::fitWrappedLabels() {
    for (QLabel *label : {m_result, m_restart})
        if (label->isVisible())
            label->setMinimumHeight(label->heightForWidth(label->width()));
}

} // namespace slipway
