#pragma once

#include <QComboBox>

#include <functional>

namespace slipway {

// The users to hand something to, read from the directory each time the list opens (users added while
// the app runs appear). It starts on an empty "Pick a user" entry: no default user is ever chosen.
class UserPicker final : public QComboBox {
    Q_OBJECT
public:
    UserPicker(std::function<QStringList()> users, QWidget *parent = nullptr);

    void refill();              // keeps the chosen user while it still exists
    void reset();               // back to "Pick a user"
    QString chosenUser() const; // empty while none is picked
    void showPopup() override;

private:
    std::function<QStringList()> m_users;
};

} // namespace slipway
