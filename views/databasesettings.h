#pragma once

#include "core/result.h"
#include "store/storefactory.h"

#include <QFuture>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
template <typename T>
class QFutureWatcher;

namespace slipway {

// What Settings ▸ Database asks of the app, which knows the store and the keyring (views never touch either).
struct DatabaseConnector final {
    // Tries the team server `uri` (it holds no password) with `password` (empty: the keyring's, ~/.pgpass,
    // PGPASSWORD) off the GUI thread.
    std::function<QFuture<Result<SchemaVersions>>(const QString &uri, const QString &password)> test;
    // Keeps the password of `uri` in the system keyring; false when no keyring took it.
    std::function<bool(const QString &uri, const QString &password)> keepPassword;
};

// Settings ▸ Database (docs/user-guide.md#settings): a local file (empty: slipway.db in the app data folder) or a
// team server (host, port, database, user, password, TLS mode) with Test connection, whose answer comes while the
// window stays usable. What is kept, location(), never holds the password: keepPassword() gives it to the keyring.
class DatabaseSettings final : public QWidget {
    Q_OBJECT
public:
    DatabaseSettings(const QString &current, DatabaseConnector connector, QWidget *parent = nullptr);

    // The file as typed, or the team server's URI without the password.
    QString location() const;
    bool isTeamServer() const;
    // Gives a typed password to the keyring: true when there is none to keep, or the keyring took it; otherwise
    // false and `problem` says what to do.
    bool keepPassword(QString *problem) const;

    // The sentence Test connection shows for what it found.
    static QString connectionSentence(const Result<SchemaVersions> &found);

Q_SIGNALS:
    // Local file or team server was chosen (who acts depends on it: docs/team-setup.md#who-acts).
    void teamServerChosen(bool team);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    DatabaseConnector m_connector;
    QStringList m_otherOptions; // URI parameters without fields here (connect_timeout, ...), kept as they were
    QRadioButton *m_local = nullptr;
    QRadioButton *m_team = nullptr;
    QWidget *m_filePart = nullptr;
    QWidget *m_serverPart = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_restart = nullptr;
    QFutureWatcher<Result<SchemaVersions>> *m_testing = nullptr;

    QWidget *buildFilePart();
    QWidget *buildServerPart();
    void showCurrent(const QString &current);
    void showChoice();
    void testConnection();
    void showTested();
    void showResult(const QString &sentence);
    void fitWrappedLabels();
};

} // namespace slipway
