#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QToolButton>

namespace slipway {

MessageBanner::MessageBanner(const QString &objectName, QWidget *parent) : QFrame(parent) {
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warm background that keeps its contrast in the light and the dark theme.
    QPalette warning = palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xe7, 0xe5));
    warning.setColor(QPalette::WindowText, QColor(0x5f, 0x10, 0x0b));
    setPalette(warning);
    m_text = new QLabel(this);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(objectName + QStringLiteral("Dismiss"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide this message until the problem happens again"));
    m_dismiss->setAccessibleName(tr("Dismiss the message"));
    connect(m_dismiss, &QToolButton::clicked, this, &MessageBanner::clearMessage);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss);
    hide();
}

void MessageBanner::showMessage(const QString &message) {
    if (message == m_text->text() && isVisibleTo(parentWidget()))
        return;
    m_text->setText(message);
    m_text->setAccessibleName(message);
    show();
}

void MessageBanner::clearMessage() {
    m_text->clear();
    hide();
}

QString MessageBanner::message() const {
    return m_text->text();
}

} // namespace slipway
