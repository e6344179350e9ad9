#pragma once

#include "services/memberrequests.h"

#include <QPointer>
#include <QProgressDialog>

#include <memory>

namespace slipway {

// What a member's desktop shows while the team's engine carries out their action (docs/architecture.md#team-roles):
// after a moment a modal progress dialog, whose Cancel takes the request back, while the window keeps painting and
// its live models keep refreshing. Requests made on other threads just sleep (a member's REST server makes none: it
// answers reads only).
class MemberWaitDialog final : public RequestWaiter {
public:
    explicit MemberWaitDialog(QWidget *parent) : m_parent(parent) {}
    ~MemberWaitDialog() override;
    Q_DISABLE_COPY_MOVE(MemberWaitDialog)

    bool pause(int pauseMs, qint64 waitedMs) override;
    void finished() override;

    // A quick answer shows nothing; a slower one shows the dialog after this long.
    static constexpr qint64 showAfterMs = 300;

private:
    QPointer<QWidget> m_parent;
    std::unique_ptr<QProgressDialog> m_dialog;
    bool m_stopped = false; // "Stop waiting" was clicked for the request waited for now
};

} // namespace slipway
