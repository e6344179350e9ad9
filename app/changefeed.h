#pragma once

#include "services/changenotifier.h"
#include "store/repositories.h"

namespace slipway {

// The one channel through which a window's models learn of changes: row-level signals (changes()), one per
// changed row, whether this process, its engine thread or another process committed. Every change is audited
// in its own transaction, so the audit log past the last event read is exactly what is new; catching up
// reads it. Anything may ask to catch up (the services after their commits, the engine after its own and
// when it sees another connection's): reading the log again finds nothing twice.
class ChangeFeed final : public QObject {
    Q_OBJECT
public:
    // Starts after the newest event: what exists now is what the models load.
    explicit ChangeFeed(AuditRepository &audit, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChangeFeed)

    ChangeNotifier &changes() { return m_changes; }
    // Every signal of `local` (this connection's services) catches up after it.
    void follow(ChangeNotifier &local);

    // Emits what was committed since the last catch-up. More than `batchLimit` events at once become one
    // reloadNeeded().
    void catchUp();

    static constexpr int batchLimit = 500;

private:
    AuditRepository &m_audit;
    ChangeNotifier m_changes;
    qint64 m_lastEvent = 0;
    bool m_catchingUp = false;
    bool m_again = false;

    void emitBatch(const QList<AuditedChange> &batch);
};

} // namespace slipway
