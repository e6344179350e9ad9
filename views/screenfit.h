#pragma once

#include <QObject>

class QWidget;

namespace slipway {

// Keeps a window within the available geometry of its screen (at any scale factor): no larger, and
// moved inside when it would hang over an edge. Minimum sizes are respected only while they fit.
void fitIntoScreen(QWidget *window);

// Fits every window (dialogs included) into its screen as it is shown; install it on the application.
class ScreenFitFilter final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace slipway
