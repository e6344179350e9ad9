#include "screenfit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace slipway {

void fitIntoScreen(QWidget *window) {
    if (!window || !window->isWindow())
        return;
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) counts too; before the first show it is not known yet.
    const QRect frame = window->frameGeometry();
    const QSize decoration = frame.size() - window->geometry().size();
    const QSize room = available.size() - decoration;
    const QSize size = window->size().boundedTo(room);
    if (size != window->size()) {
        window->setMinimumSize(window->minimumSize().boundedTo(room));
        window->resize(size);
    }
    QRect wanted(window->frameGeometry().topLeft(), size + decoration);
    if (wanted.right() > available.right())
        wanted.moveRight(available.right());
    if (wanted.bottom() > available.bottom())
        wanted.moveBottom(available.bottom());
    if (wanted.left() < available.left())
        wanted.moveLeft(available.left());
    if (wanted.top() < available.top())
        wanted.moveTop(available.top());
    if (wanted.topLeft() != window->frameGeometry().topLeft())
        window->move(wanted.topLeft());
}

bool ScreenFitFilter::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        const Qt::WindowType type = widget->windowType(); // menus and tooltips place themselves
        if (widget->isWindow() && (type == Qt::Window || type == Qt::Dialog) &&
            !(widget->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)))
            fitIntoScreen(widget);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace slipway
