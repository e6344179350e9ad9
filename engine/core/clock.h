#pragma once

#include <QDateTime>
#include <QObject>

namespace slipway {

// Time seam: the engine never reads the wall clock directly, so tests and simulations control time.
class Clock : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Clock() override = default;
    virtual QDateTime now() const = 0; // always UTC

Q_SIGNALS:
    // Emitted by clocks whose time jumps (a manual clock); the scheduler re-evaluates what is due.
    void advanced(const QDateTime &now);
};

class SystemClock final : public Clock {
    Q_OBJECT
public:
    using Clock::Clock;
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock final : public Clock {
    Q_OBJECT
public:
    explicit ManualClock(const QDateTime &start, QObject *parent = nullptr) : Clock(parent), m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &instant) {
        m_now = instant.toUTC();
        Q_EMIT advanced(m_now);
    }
    void advanceBy(qint64 msecs) { set(m_now.addMSecs(msecs)); }

private:
    QDateTime m_now;
};

} // namespace slipway
