#include "principalpicker.h"

#include "errortext.h"

#include "services/directoryservice.h"

namespace slipway {

PrincipalPicker::PrincipalPicker(DirectoryService &directory, QWidget *parent)
    : QComboBox(parent), m_directory(directory) {
    setToolTip(tr("A user or group of the directory"));
    setAccessibleName(tr("Approver to add"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reload();
}

void PrincipalPicker::reload() {
    const QString kept = currentPrincipal();
    clear();
    const Result<QStringList> users = m_directory.users();
    const Result<QStringList> groups = m_directory.groups();
    if (!users || !groups) {
        addItem(tr("The directory cannot be read: %1").arg(errorText(users ? groups.error() : users.error())));
        setEnabled(false);
        return;
    }
    for (const QString &user : *users)
        addItem(tr("%1 (user)").arg(user), user);
    for (const QString &group : *groups)
        addItem(tr("%1 (group)").arg(group), QString(QStringLiteral("group:") + group));
    if (count() == 0) {
        addItem(tr("No users or groups yet (slipway user add, slipway group add)"));
        setEnabled(false);
        return;
    }
    setEnabled(true);
    selectPrincipal(kept);
}

QString PrincipalPicker::currentPrincipal() const {
    return currentData().toString();
}

bool PrincipalPicker::selectPrincipal(const QString &principal) {
    const int row = findData(principal);
    if (row >= 0)
        setCurrentIndex(row);
    return row >= 0;
}

} // namespace slipway
