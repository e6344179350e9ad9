#include "deadline.h"

namespace slipway {

Deadline::Deadline(const Clock &clock, const QDateTime &at, QObject *parent)
    : QObject(parent), m_clock(clock), m_at(at) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Deadline::check);
    connect(&m_clock, &Clock::advanced, this, &Deadline::check);
    QTimer::singleShot(0, this, &Deadline::check);
}

void Deadline::check() {
    if (m_reached)
        return;
    const qint64 remaining = m_clock.now().msecsTo(m_at);
    if (remaining <= 0) {
        m_reached = true;
        Q_EMIT fired();
        return;
    }
    // Re-check at least every second: a manual clock only moves when told, a real one drifts.
    m_timer.start(int(qMin<qint64>(remaining, 1000)));
}

} // namespace slipway
