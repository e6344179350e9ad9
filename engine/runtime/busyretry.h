#pragma once

#include "store/repositories.h"

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>

namespace slipway {

// How the engine's own writes outlast another process holding the database's write lock
// (docs/security.md#a-busy-database): each attempt waits at most `attemptMs` (the engine connection's busy
// timeout), then the engine pauses, doubling from `firstPauseMs` to `longestPauseMs`, and tries the whole
// transaction again until it commits. Nothing is skipped or dropped; only a shutdown past its deadline gives up
// (the next engine recovers what was left).
struct BusyRetry final {
    int attemptMs = 250;
    int firstPauseMs = 50;
    int longestPauseMs = 1000;
    // When a shutdown stops waiting (ms since the epoch; 0: never). EngineHost sets it from another thread.
    std::shared_ptr<std::atomic<qint64>> giveUpAt = std::make_shared<std::atomic<qint64>>(0);

    bool givenUp() const;
};

// Runs `work` in one transaction of `store`, again while it fails with ErrorKind::Busy. `onBusy` hears of each
// busy attempt (the engine names the lock once); the result is the first non-busy outcome, or Busy after giving up.
// It blocks the calling thread, which is the engine's own (EngineHost), never the GUI's.
Status commitWhenFree(Store &store, const std::function<Status()> &work, const BusyRetry &retry,
                      const std::function<void(const Error &)> &onBusy = {});

} // namespace slipway
