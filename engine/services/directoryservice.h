#pragma once

#include "core/identity.h"
#include "services/enginecontext.h"

namespace slipway {

// Users (and, with approvals, groups) that approvers and tokens refer to.
class DirectoryService final {
public:
    explicit DirectoryService(EngineContext context) : m_context(context) {}
    Q_DISABLE_COPY_MOVE(DirectoryService)

    // Conflict when the name is taken; Validation for a name that could not be typed as an approver.
    Result<qint64> addUser(const QString &name, const QString &displayName, const Identity &actor);

private:
    EngineContext m_context;
};

} // namespace slipway
