#pragma once

#include <QFrame>

class QLabel;

namespace slipway {

// The one style for messages in the window: an icon and the text on a tinted band (red for errors, amber for
// warnings, blue for information) with dark text, readable in light and dark themes. A page shows its outcomes in
// one; the window shows the engine's problems in a dismissable one above the pages.
class MessageBar final : public QFrame {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    enum class Closing { WithTheMessage, Dismissable };
    // `textName` is the objectName of the label that holds the text; the band is `textName + "Bar"`.
    explicit MessageBar(const QString &textName, QWidget *parent = nullptr);
    // A band named `name` (its text `name + "Text"`); a dismissable one has the button `name + "Dismiss"`.
    MessageBar(const QString &name, Closing closing, QWidget *parent);

    void showMessage(Level level, const QString &text);
    void clearMessage();
    QString text() const;
    Level level() const { return m_level; }

private:
    void build(const QString &name, const QString &textName, Closing closing);

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Level m_level = Level::Info;
};

} // namespace slipway
