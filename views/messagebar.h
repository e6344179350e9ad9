#pragma once

#include <QFrame>

class QLabel;

namespace slipway {

// One style for a page's outcome messages: an icon and the text on a tinted band (red for errors,
// amber for warnings, blue for information) with dark text, readable in light and dark themes.
class MessageBar final : public QFrame {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    // `textName` is the objectName of the label that holds the text.
    MessageBar(const QString &textName, QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    void clearMessage();
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Level m_level = Level::Info;
};

} // namespace slipway
