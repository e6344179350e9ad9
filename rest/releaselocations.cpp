#include "releaselocations.h"

#include "restserver.h"

#include <QSet>

namespace slipway::rest {

namespace {
// Literal prefixes, so that every route stays a string literal.
#define SLIPWAY_RELEASE "{project}/_apis/{area}/releases/{releaseId}/"
#define SLIPWAY_ATTEMPT SLIPWAY_RELEASE "environments/{environmentId}/attempts/{attemptId}/"

QList<ReleaseLocation> servedTable() {
    return {
        {"d8f96f24-8ea7-4cb6-baab-2df8fc515665", "definitions", 4, "{project}/_apis/{area}/{resource}/{definitionId}"},
        {"a166fde7-27ad-408e-ba75-703c2cc9d500", "releases", 9, "{project}/_apis/{area}/{resource}/{releaseId}"},
        {"a7e426b1-03dc-48af-9dfe-c98bac612dcb", "environments", 8, SLIPWAY_RELEASE "{resource}/{environmentId}"},
        {"b47c6458-e73b-47cb-a770-4df1e8813a91", "approvals", 3, "{project}/_apis/{area}/{resource}"},
        {"9328e074-59fb-465a-89d9-b09c82ee5109", "approvals", 3, "{project}/_apis/{area}/{resource}/{approvalId}"},
        {"c957584a-82aa-4131-8222-6d47f78bfa7a", "approvals", 3, "{project}/_apis/{area}/{resource}"},
        {"250c7158-852e-4130-a00f-a0cce9b72d05", "history", 3,
         "{project}/_apis/{area}/approvals/{approvalStepId}/{resource}"},
        {"b005ef73-cddc-448e-9ba2-5193bf36b19f", "deployments", 2, "{project}/_apis/{area}/{resource}"},
        {"616c46e4-f370-4456-adaa-fbaf79c7b79e", "manualInterventions", 2,
         SLIPWAY_RELEASE "{resource}/{manualInterventionId}"},
        {"c37fbab5-214b-48e4-a55b-cb6b4f6e4038", "logs", 2, SLIPWAY_RELEASE "{resource}"},
        {"17c91af7-09fd-4256-bff1-c24ee4f73bc0", "logs", 2,
         SLIPWAY_RELEASE "environments/{environmentId}/deployPhases/{releaseDeployPhaseId}/tasks/{taskId}/"
                         "{resource}"},
        {"e71ba1ed-c0a4-4a28-a61f-2dd5f68cf3fd", "logs", 2,
         SLIPWAY_RELEASE "environments/{environmentId}/tasks/{taskId}/{resource}"},
        {"2577e6c3-6999-4400-bc69-fe1d837755fe", "logs", 2,
         SLIPWAY_ATTEMPT "timelines/{timelineId}/tasks/{taskId}/{resource}"},
        {"2666a539-2001-4f80-bcc7-0379956749d4", "gates", 1, "{project}/_apis/{area}/{resource}/{gateStepId}"},
        {"258b82e0-9d41-43f3-86d6-fef14ddd44bc", "revisions", 4,
         "{project}/_apis/{area}/definitions/{definitionId}/{resource}/{revision}"},
        {"f7ddf76d-ce0c-4d68-94ff-becaec5d9dea", "folders", 2, "{project}/_apis/{area}/{resource}/{*path}"},
    };
}

// Not served: the rest of what the client knows.
QList<ReleaseLocation> unservedTable() {
    const char *engine = "Slipway has no such resource";
    const char *noAttachments = "Slipway tasks keep logs, not attachments";
    return {
        {"f2571c27-bf50-4938-b396-32d109ddef26", "agentartifacts", 1, SLIPWAY_RELEASE "{resource}",
         "agent artifact definitions belong to Azure agents"},
        {"c4071f6d-3697-46ca-858e-8b10ff09e52f", "attachments", 1,
         SLIPWAY_ATTEMPT "timelines/{timelineId}/records/{recordId}/{resource}/{type}/{name}", noAttachments},
        {"60b86efb-7b8c-4853-8f9f-aa142b77b479", "attachments", 1,
         SLIPWAY_ATTEMPT "plan/{planId}/timelines/{timelineId}/records/{recordId}/{resource}/{type}/{name}",
         noAttachments},
        {"214111ee-2415-4df2-8ed2-74417f7d61f9", "attachments", 1,
         SLIPWAY_ATTEMPT "timelines/{timelineId}/{resource}/{type}", noAttachments, true},
        {"a4d06688-0dfa-4895-82a5-f43ec9452306", "attachments", 1, SLIPWAY_ATTEMPT "plan/{planId}/{resource}/{type}",
         noAttachments, true},
        {"c1a68497-69da-40fb-9423-cab19cfeeca9", "autotriggerissues", 1, "{project}/_apis/{area}/{resource}", engine},
        {"1a60a35d-b8c9-45fb-bf67-da0829711147", "badge", 1,
         "public/_apis/{area}/{resource}/{projectId}/{releaseDefinitionId}/{environmentId}/{branchName}",
         "Slipway draws no deployment badges"},
        {"8dcf9fe9-ca37-4113-8ee1-37928e98407c", "changes", 1, SLIPWAY_RELEASE "{resource}",
         "Slipway does not read commits of artifacts"},
        {"12b5d21a-f54c-430e-a8c1-7515d196890e", "environments", 1, "{project}/_apis/{area}/definitions/{resource}",
         "list the stages through GET definitions?$expand=environments"},
        {"6b03b696-824e-4479-8eb2-6644a51aba89", "environmenttemplates", 4,
         "{project}/_apis/{area}/definitions/{resource}", "Slipway has no stage templates"},
        {"938f7222-9acb-48fe-b8a3-4eda04597171", "favorites", 1, "{project}/_apis/{area}/{resource}/{scope}", engine},
        {"409d301f-3046-46f3-beb9-4357fbce0a8c", "flightAssignments", 1, "_apis/{area}/{resource}", engine},
        {"23f461c8-629a-4144-a076-3054fa5f268a", "history", 1, SLIPWAY_RELEASE "{resource}",
         "read a release's history in the Slipway window or with `slipway release show`"},
        {"71dd499b-317d-45ea-9134-140ea1932b5e", "inputvalues", 1, "{project}/_apis/{area}/artifacts/{resource}",
         engine},
        {"cd42261a-f5c6-41c8-9259-f078989b9f25", "issues", 1, "{project}/_apis/{area}/{resource}/{buildId}", engine},
        {"dec7ca5a-7f7f-4797-8bf1-8efc0dc93b28", "logs", 2,
         SLIPWAY_RELEASE "environments/{environmentId}/gates/{gateId}/tasks/{taskId}/{resource}",
         "gate evaluations are shown in the release, not as logs"},
        {"cd1502bb-3c73-4e11-80a6-d11308dceae5", "metrics", 1, "{project}/_apis/{area}/{resource}", engine},
        {"d156c759-ca4e-492b-90d4-db03971796ea", "orgPipelineReleaseSettings", 1, "_apis/{area}/{resource}", engine},
        {"e816b9f4-f9fe-46ba-bdcc-a9af6abf3144", "pipelineReleaseSettings", 1, "{project}/_apis/{area}/{resource}",
         engine},
        {"917ace4a-79d1-45a7-987c-7be4db4268fa", "projects", 1, "_apis/{area}/{resource}", engine},
        {"c63c3718-7cfd-41e0-b89b-81c1ca143437", "releasesettings", 1, "{project}/_apis/{area}/{resource}",
         "Slipway's settings are in the window and the configuration file"},
        {"224e92b2-8d13-4c14-b120-13d877c516f8", "sendmail", 1, SLIPWAY_RELEASE "{resource}", "Slipway sends no mail"},
        {"0e5def23-78b3-461f-8198-1558f25041c8", "sourcebranches", 1,
         "{project}/_apis/{area}/definitions/{definitionId}/{resource}", engine},
        {"3d21b4c8-c32e-45b2-a7cb-770a369012f4", "tags", 1,
         "{project}/_apis/{area}/definitions/{releaseDefinitionId}/{resource}/{tag}", "Slipway has no tags"},
        {"c5b602b6-d1b3-4363-8a51-94384f78068f", "tags", 1, SLIPWAY_RELEASE "{resource}/{tag}", "Slipway has no tags"},
        {"86cee25a-68ba-4ba3-9171-8ad6ffc6df93", "tags", 1, "{project}/_apis/{area}/{resource}", "Slipway has no tags"},
        {"4259191d-4b0a-4409-9fb3-09f22ab9bc47", "tasks", 2,
         SLIPWAY_RELEASE "environments/{environmentId}/deployPhases/{releaseDeployPhaseId}/{resource}",
         "the tasks of a deployment are in GET releases/{id} (deploySteps)"},
        {"4259291d-4b0a-4409-9fb3-04f22ab9bc47", "tasks", 2, SLIPWAY_ATTEMPT "timelines/{timelineId}/{resource}",
         "the tasks of a deployment are in GET releases/{id} (deploySteps)"},
        {"36b276e0-3c70-4320-a63c-1a2e1466a0d1", "tasks", 2, SLIPWAY_RELEASE "environments/{environmentId}/{resource}",
         "the tasks of a deployment are in GET releases/{id} (deploySteps)"},
        {"8efc2a3c-1fc8-4f6d-9822-75e98cecb48f", "types", 1, "{project}/_apis/{area}/artifacts/{resource}", engine},
        {"30fc787e-a9e0-4a07-9fbc-3e903aa051d2", "versions", 1, "{project}/_apis/{area}/artifacts/{resource}",
         "list artifact versions with `slipway artifact versions`"},
        {"4f165cc0-875c-4768-b148-f12f78769fab", "workitems", 1, SLIPWAY_RELEASE "{resource}",
         "Slipway has no work items"},
    };
}

// The router's pattern of a template: {area} and {resource} filled in; {*x} as one value.
QString patternOf(const ReleaseLocation &l) {
    return QString::fromLatin1(l.route)
        .replace(QLatin1String("{area}"), QLatin1String("Release"))
        .replace(QLatin1String("{resource}"), QLatin1String(l.resource))
        .replace(QLatin1String("{*"), QLatin1String("{"));
}
#undef SLIPWAY_ATTEMPT
#undef SLIPWAY_RELEASE
} // namespace

const QList<ReleaseLocation> &releaseLocations() {
    static const QList<ReleaseLocation> locations =
        servedTable() + unservedTable(); // built once; never freed, like a literal
    return locations;
}

void UnsupportedController::addRoutes(Router &router) {
    QSet<QString> added;
    for (const ReleaseLocation &l : releaseLocations()) {
        if (!l.unsupported)
            continue;
        // The client drops the segment of a value it was not given: trailing values are optional.
        QStringList segments = patternOf(l).split(QLatin1Char('/'));
        while (!segments.isEmpty()) {
            const QString pattern = segments.join(QLatin1Char('/'));
            if (!added.contains(pattern)) {
                added.insert(pattern);
                const QString message =
                    QStringLiteral("Slipway does not serve the Release area's \"%1\" resource (location %2): %3")
                        .arg(QLatin1String(l.resource), QLatin1String(l.id), QLatin1String(l.unsupported));
                for (const char *method : {"GET", "POST", "PUT", "PATCH", "DELETE"})
                    router.add(QString::fromLatin1(method), pattern, [message, method, &l](const RestRequest &) {
                        const bool read = qstrcmp(method, "GET") == 0;
                        if (read && l.empty)
                            return Result<RestResponse>(RestResponse::list({}));
                        RestResponse answer = RestServer::errorResponse(
                            read ? 404 : 405, QStringLiteral("NotSupportedException"), message);
                        return Result<RestResponse>(answer);
                    });
            }
            if (!segments.last().startsWith(QLatin1Char('{')))
                break;
            segments.removeLast();
        }
    }
}

} // namespace slipway::rest
