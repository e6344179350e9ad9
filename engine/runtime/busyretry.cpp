#include "busyretry.h"

#include <QDateTime>
#include <QThread>

namespace slipway {

bool BusyRetry::givenUp() const {
    const qint64 at = giveUpAt ? giveUpAt->load() : 0;
    return at > 0 && QDateTime::currentMSecsSinceEpoch() >= at;
}

Status commitWhenFree(Store &store, const std::function<Status()> &work, const BusyRetry &retry,
                      const std::function<void(const Error &)> &onBusy) {
    int pauseMs = qMax(1, retry.firstPauseMs);
    for (;;) {
        Status result = store.transaction(work);
        if (result || result.error().kind != ErrorKind::Busy || retry.givenUp())
            return result;
        if (onBusy)
            onBusy(result.error());
        // Slept in slices, so that a shutdown giving up is seen soon.
        for (int slept = 0; slept < pauseMs && !retry.givenUp(); slept += 50)
            QThread::msleep(ulong(qMin(50, pauseMs - slept)));
        pauseMs = qMax(1, qMin(retry.longestPauseMs, pauseMs * 2));
    }
}

} // namespace slipway
