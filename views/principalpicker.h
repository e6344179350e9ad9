#pragma once

#include <QComboBox>

namespace slipway {

class DirectoryService;

// Picks an approver from the directory: its users by name and its groups as "group:NAME" (the form
// the pipeline file uses). Not free text: only principals the directory knows can be chosen.
class PrincipalPicker final : public QComboBox {
    Q_OBJECT
public:
    PrincipalPicker(DirectoryService &directory, QWidget *parent = nullptr);

    // Reads the users and groups again (they may have been added since).
    void reload();
    // "alice" or "group:release-managers"; empty when the directory has none.
    QString currentPrincipal() const;
    bool selectPrincipal(const QString &principal);

private:
    DirectoryService &m_directory;
};

} // namespace slipway
