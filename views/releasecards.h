#pragma once

#include "stagecardsview.h"
#include "stagesituation.h"

#include "services/releaseservice.h"

#include <QHash>

namespace slipway {

// The release page's stage cards, read from the engine: what each card shows and what each stage
// waits for the user to decide.
struct ReleaseCards final {
    QList<StageCard> cards;
    QHash<QString, StageDecisionContext> situations; // by stage
};

ReleaseCards releaseCardsOf(const ReleaseActions &actions, const ReleaseDetails &details);

// "2 h 5 min", "3 min 20 s", "12 s".
QString durationText(qint64 seconds);
// "approved by alice", "waiting for group:ops", in words (no symbols: Debian's default fonts lack them).
QString approvalWords(const ApprovalRecord &approval);

} // namespace slipway
