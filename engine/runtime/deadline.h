#pragma once

#include "core/clock.h"

#include <QTimer>

namespace slipway {

// Fires once when the injected clock reaches `at`: on a real clock by a timer, on a manual clock
// when a test advances it. Task timeouts, delays and deferred starts all wait through this.
class Deadline final : public QObject {
    Q_OBJECT
public:
    Deadline(const Clock &clock, const QDateTime &at, QObject *parent = nullptr);
    bool reached() const { return m_reached; }

Q_SIGNALS:
    void fired();

private:
    const Clock &m_clock;
    QDateTime m_at;
    QTimer m_timer;
    bool m_reached = false;

    void check();
};

} // namespace slipway
