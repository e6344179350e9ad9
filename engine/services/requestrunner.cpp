#include "requestrunner.h"

#include "services/memberrequests.h"
#include "services/services.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace slipway {

namespace {

qint64 idOf(const QJsonObject &payload, const char *key) {
    return payload.value(QLatin1String(key)).toInteger();
}

QString textOf(const QJsonObject &payload, const char *key) {
    return payload.value(QLatin1String(key)).toString();
}

} // namespace

Result<bool> RequestRunner::carryOutNext(const QString &engine) {
    Store &store = m_services.store;
    bool found = false;
    const Status done = store.transaction([&]() -> Status {
        Result<std::optional<RequestRecord>> next = store.requests().claimNext();
        if (!next)
            return next.error();
        if (!*next)
            return {};
        found = true;
        Result<QJsonObject> outcome = QJsonObject();
        // In a savepoint of its own: a refused request, even one whose statement failed, undoes its own writes
        // alone, and its answer is still recorded (else it would stay first in the queue for good).
        const Status nested = store.transaction([&]() -> Status {
            outcome = execute(**next);
            return outcome ? Status{} : Status(outcome.error());
        });
        if (outcome && !nested) // the savepoint itself failed: nothing was done
            outcome = nested.error();
        // Waiting for another writer or a lost server is no answer: undone, and tried again.
        if (!outcome && outcome.error().kind == ErrorKind::Busy)
            return outcome.error();
        if (Status forgot = forgetCredential(**next); !forgot)
            return forgot;
        return store.requests().finish((*next)->id, outcome ? QStringLiteral("done") : QStringLiteral("refused"),
                                       MemberRequests::encode(outcome), engine, m_services.clock.now());
    });
    if (!done)
        return done.error();
    return found;
}

Result<QJsonObject> RequestRunner::execute(const RequestRecord &request) {
    Result<bool> holds = m_services.store.requests().holdsTeamRole(request.actor);
    if (!holds)
        return holds.error();
    if (!*holds)
        return Error::forbidden(QT_TRANSLATE_NOOP("Engine", "%1 is no longer a login of this team database"),
                                {request.actor});
    const QJsonObject payload = QJsonDocument::fromJson(request.payload.toUtf8()).object();
    if (request.kind == QLatin1String("createRelease"))
        return createRelease(request, payload);
    if (request.kind == QLatin1String("deploy"))
        return deploy(request, payload);
    if (request.kind == QLatin1String("createToken"))
        return createToken(request, payload);
    if (request.kind == QLatin1String("cancel") || request.kind == QLatin1String("intervention"))
        return actOnDeployment(request, payload);
    return decideApproval(request, payload);
}

Status RequestRunner::forgetCredential(const RequestRecord &request) {
    QJsonObject payload = QJsonDocument::fromJson(request.payload.toUtf8()).object();
    if (!payload.contains(QLatin1String("credential")))
        return {};
    payload.remove(QStringLiteral("credential"));
    return m_services.store.requests().replacePayload(
        request.id, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

Result<QJsonObject> RequestRunner::createToken(const RequestRecord &request, const QJsonObject &payload) {
    Result<qint64> made =
        m_services.directory.addTokenHash(textOf(payload, "name"), textOf(payload, "hash"), Identity{request.actor});
    if (!made)
        return made.error();
    return QJsonObject{{QStringLiteral("token"), *made}};
}

Result<QJsonObject> RequestRunner::actOnDeployment(const RequestRecord &request, const QJsonObject &payload) {
    const Identity actor{request.actor};
    const qint64 deployment = idOf(payload, "deployment");
    const Status done =
        request.kind == QLatin1String("cancel")
            ? m_services.deployments.cancel(deployment, actor)
            : m_services.deployments.decideIntervention(deployment, payload.value(QLatin1String("resume")).toBool(),
                                                        textOf(payload, "comment"), actor);
    if (!done)
        return done.error();
    return QJsonObject{{QStringLiteral("deployment"), deployment}};
}

Result<QJsonObject> RequestRunner::decideApproval(const RequestRecord &request, const QJsonObject &payload) {
    const Identity actor{request.actor};
    const qint64 approval = idOf(payload, "approval");
    Result<ApprovalRecord> decided =
        Error::validation(QT_TRANSLATE_NOOP("Engine", "unknown request %1"), {request.kind});
    if (request.kind == QLatin1String("reassign")) {
        decided = m_services.approvals.reassign(approval, textOf(payload, "to"), textOf(payload, "comment"), actor);
    } else {
        ApprovalDecision decision;
        decision.comment = textOf(payload, "comment");
        decision.credential = textOf(payload, "credential");
        decision.deferUntil = QDateTime::fromString(textOf(payload, "deferUntil"), Qt::ISODate);
        if (request.kind == QLatin1String("approve"))
            decided = m_services.approvals.approve(approval, decision, actor);
        else if (request.kind == QLatin1String("reject"))
            decided = m_services.approvals.reject(approval, decision, actor);
        else if (request.kind == QLatin1String("defer"))
            decided = m_services.approvals.defer(approval, decision, actor);
    }
    if (!decided)
        return decided.error();
    return QJsonObject{{QStringLiteral("approval"), decided->id}};
}

Result<QJsonObject> RequestRunner::createRelease(const RequestRecord &request, const QJsonObject &payload) {
    CreateReleaseRequest create;
    create.pipeline = textOf(payload, "pipeline");
    const QJsonObject versions = payload.value(QStringLiteral("versions")).toObject();
    for (auto it = versions.begin(); it != versions.end(); ++it)
        create.artifactVersions.insert(it.key(), it.value().toString());
    for (const QJsonValue &stage : payload.value(QStringLiteral("manualStages")).toArray())
        create.manualStages << stage.toString();
    create.description = textOf(payload, "description");
    create.draft = payload.value(QStringLiteral("draft")).toBool();
    create.variables = MemberRequests::variablesOf(payload);
    Result<ReleaseRecord> made = m_services.releases.create(create, Identity{request.actor});
    if (!made)
        return made.error();
    return QJsonObject{{QStringLiteral("release"), made->id}};
}

Result<QJsonObject> RequestRunner::deploy(const RequestRecord &request, const QJsonObject &payload) {
    DeployRequest deploy;
    deploy.releaseId = idOf(payload, "release");
    deploy.stage = textOf(payload, "stage");
    deploy.comment = textOf(payload, "comment");
    deploy.startAt = QDateTime::fromString(textOf(payload, "startAt"), Qt::ISODate);
    deploy.variables = MemberRequests::variablesOf(payload);
    Result<DeploymentRecord> requested = m_services.deployments.deploy(deploy, Identity{request.actor});
    if (!requested)
        return requested.error();
    return QJsonObject{{QStringLiteral("deployment"), requested->id}};
}

} // namespace slipway
