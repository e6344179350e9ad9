#include "userpicker.h"

namespace slipway {

UserPicker::UserPicker(std::function<QStringList()> users, QWidget *parent)
    : QComboBox(parent), m_users(std::move(users)) {
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    refill();
}

void UserPicker::refill() {
    const QString chosen = chosenUser();
    clear();
    addItem(tr("Pick a user…"), QString());
    for (const QString &user : m_users())
        addItem(user, user);
    const int keep = chosen.isEmpty() ? 0 : findData(chosen);
    setCurrentIndex(keep < 0 ? 0 : keep);
}

void UserPicker::reset() {
    refill();
    setCurrentIndex(0);
}

QString UserPicker::chosenUser() const {
    return currentData().toString();
}

void UserPicker::showPopup() {
    refill();
    QComboBox::showPopup();
}

} // namespace slipway
