#pragma once

#include "core/result.h"

#include <QJsonObject>

namespace slipway {

class Services;
struct RequestRecord;

// An engine's side of members' requests (docs/architecture.md#team-roles): the oldest pending one is carried out
// through the same services as a local action, as the login that asked (recorded by the database), in one
// transaction with its answer, so it is carried out once whichever engine takes it and whatever crashes.
class RequestRunner final {
public:
    explicit RequestRunner(Services &services) : m_services(services) {}
    Q_DISABLE_COPY_MOVE(RequestRunner)

    // Carries out one pending request: false when there was none. An error is the store's (busy, lost): the request
    // stays pending for the next try.
    Result<bool> carryOutNext(const QString &engine);

private:
    Services &m_services;
    Result<QJsonObject> execute(const RequestRecord &request);
    Result<QJsonObject> decideApproval(const RequestRecord &request, const QJsonObject &payload);
    // A member's cancel of a deployment, or answer to its manual intervention.
    Result<QJsonObject> actOnDeployment(const RequestRecord &request, const QJsonObject &payload);
    Result<QJsonObject> createRelease(const RequestRecord &request, const QJsonObject &payload);
    Result<QJsonObject> deploy(const RequestRecord &request, const QJsonObject &payload);
    Result<QJsonObject> createToken(const RequestRecord &request, const QJsonObject &payload);
    // A token given to revalidate identity is used once: the stored request keeps no copy of it.
    Status forgetCredential(const RequestRecord &request);
};

} // namespace slipway
