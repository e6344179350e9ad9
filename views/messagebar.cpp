#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace slipway {

MessageBar::MessageBar(const QString &textName, QWidget *parent) : QFrame(parent) {
    build(textName + QStringLiteral("Bar"), textName, Closing::WithTheMessage);
}

MessageBar::MessageBar(const QString &name, Closing closing, QWidget *parent) : QFrame(parent) {
    build(name, name + QStringLiteral("Text"), closing);
}

void MessageBar::build(const QString &name, const QString &textName, Closing closing) {
    setObjectName(name);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(textName);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, closing == Closing::Dismissable ? 4 : 8, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    if (closing == Closing::Dismissable) {
        auto *dismiss = new QToolButton(this);
        dismiss->setObjectName(name + QStringLiteral("Dismiss"));
        dismiss->setText(tr("Dismiss"));
        dismiss->setToolTip(tr("Hide this message until the problem happens again"));
        dismiss->setAccessibleName(tr("Dismiss the message"));
        connect(dismiss, &QToolButton::clicked, this, &MessageBar::clearMessage);
        layout->addWidget(dismiss, 0, Qt::AlignTop);
    }
    hide();
}

void MessageBar::showMessage(Level level, const QString &text) {
    // The same message again changes nothing (an engine may repeat its problem every tick).
    if (level == m_level && text == m_text->text() && isVisibleTo(parentWidget()))
        return;
    m_level = level;
    // Fixed tints with dark text: the contrast holds whatever the palette (WCAG AA on each pair).
    struct Look final {
        const char *background;
        const char *border;
        const char *text;
        QStyle::StandardPixmap icon;
        const char *name;
    };
    static constexpr Look looks[] = {
        {"#e5f6fd", "#0288d1", "#014361", QStyle::SP_MessageBoxInformation, "info"},
        {"#fff4e5", "#ed6c02", "#663c00", QStyle::SP_MessageBoxWarning, "warning"},
        {"#fdecea", "#d32f2f", "#5f2120", QStyle::SP_MessageBoxCritical, "error"},
    };
    const Look &look = looks[int(level)];
    setStyleSheet(
        QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 4px; }"
                       "QLabel { color: %4; background: transparent; border: none; }")
            .arg(objectName(), QLatin1String(look.background), QLatin1String(look.border), QLatin1String(look.text)));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(look.icon, nullptr, this).pixmap(size, size));
    m_text->setProperty("messageLevel", QString::fromLatin1(look.name));
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void MessageBar::clearMessage() {
    m_text->clear();
    m_text->setProperty("messageLevel", QString());
    hide();
}

QString MessageBar::text() const {
    return m_text->text();
}

} // namespace slipway
