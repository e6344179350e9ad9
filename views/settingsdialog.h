#pragma once

#include "databasesettings.h"
#include "preferences.h"
#include "releaseactions.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace slipway {

class RestControl;

// Settings (docs/user-guide.md): the database (a file or a team server: databasesettings.h), the name to act as,
// language, theme and notifications; the REST server (on or off, its address) and the user's personal access tokens
// (create: shown once; revoke). A failure (a port in use, a bad address) is shown in the dialog, which stays open with
// what was typed.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    // Each part is offered when what it needs is given.
    // `connector` serves the Database part's Test connection and keyring (empty: neither is offered).
    SettingsDialog(RestControl *rest, PreferenceStore *preferences, std::optional<ReleaseActions> actions,
                   DatabaseConnector connector = {}, QWidget *parent = nullptr);

Q_SIGNALS:
    void restStateChanged(const QString &state);
    void preferencesChanged(const Preferences &preferences);

private:
    RestControl *m_rest;
    PreferenceStore *m_preferences;
    std::optional<ReleaseActions> m_actions;
    DatabaseConnector m_connector;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_problem = nullptr;
    DatabaseSettings *m_database = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameOnTeamServer = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_notifications = nullptr;
    QListWidget *m_tokens = nullptr;
    QLineEdit *m_tokenName = nullptr;
    QLineEdit *m_tokenSecret = nullptr;

    QWidget *buildGeneralTab();
    QWidget *buildRestTab();
    void showWhoActs(bool teamServer);
    void fillTokens();
    void createToken();
    void revokeToken();
    void apply();
};

// The status bar's text for the REST server.
QString restStateText(const QString &servedAddress);

} // namespace slipway
