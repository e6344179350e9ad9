#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace slipway {

// A strip above the pages that tells of a problem the user must see (the engine cannot write the
// database, say) until it is cleared or dismissed. Hidden while there is nothing to say.
class MessageBanner final : public QFrame {
    Q_OBJECT
public:
    explicit MessageBanner(const QString &objectName, QWidget *parent = nullptr);

    // Shows `message`; the same message again changes nothing (an engine may repeat it every tick).
    void showMessage(const QString &message);
    void clearMessage();
    QString message() const;

private:
    QLabel *m_text = nullptr;
    QToolButton *m_dismiss = nullptr;
};

} // namespace slipway
