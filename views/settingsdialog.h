#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace slipway {

class RestControl;

// Settings: for now the REST server — on or off, and its address. A failure (a port in use, a bad
// address) is shown in the dialog, which stays open with what was typed.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(RestControl &rest, QWidget *parent = nullptr);

Q_SIGNALS:
    void restStateChanged(const QString &state);

private:
    RestControl &m_rest;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_problem = nullptr;

    void apply();
};

// The status bar's text for the REST server.
QString restStateText(const QString &servedAddress);

} // namespace slipway
