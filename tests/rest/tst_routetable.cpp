// The route table binds paths to controller methods: a route under {project} gets the project resolved
// once, before the method, which receives it; an unknown project is a 404 the method never sees, and a
// route's precheck runs before the project is looked up.
#include "controllers.h"
#include "testenvironment.h"

using namespace slipway;
using namespace slipway::rest;
using namespace slipway::testing;

namespace {

// A controller that records what its methods were given.
class RecordingController final {
public:
    QList<ProjectRecord> projects;
    int plainCalls = 0;

    Result<RestResponse> inProject(const RestRequest &, const ProjectRecord &project) {
        projects << project;
        return RestResponse::text("{}");
    }
    Result<RestResponse> plain(const RestRequest &) {
        ++plainCalls;
        return RestResponse::text("{}");
    }
};

Result<RestResponse> call(const Router &router, const QString &method, const QString &path) {
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Router::Match match = router.match(method, segments);
    if (!match.route)
        return Error::notFound(QStringLiteral("no route"));
    RestRequest request;
    request.method = method;
    request.segments = segments;
    request.params = match.params;
    return match.route->handler(request);
}

} // namespace

class RouteTableTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shouldHandTheResolvedProjectToTheMethod() {
        // GIVEN a project (made by saving a pipeline) and a route table with a route under {project}
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()));
        const ProjectRecord project = env.services->queries.projects()->first();
        Router router;
        Api api(*env.services);
        RecordingController controller;
        RouteTable<RecordingController> routes(router, api, controller);
        routes.add("GET", QStringLiteral("{project}/_apis/things"), &RecordingController::inProject);
        routes.add("GET", QStringLiteral("_apis/things"), &RecordingController::plain);
        // WHEN the route is called by the project's name in another case, and by its id
        QVERIFY(call(router, QStringLiteral("GET"), project.name.toUpper() + QStringLiteral("/_apis/things")));
        QVERIFY(call(router, QStringLiteral("GET"), QString::number(project.id) + QStringLiteral("/_apis/things")));
        // THEN the method got the project's record each time
        QCOMPARE(controller.projects.size(), 2);
        for (const ProjectRecord &given : std::as_const(controller.projects)) {
            QCOMPARE(given.id, project.id);
            QCOMPARE(given.name, project.name);
        }
        // AND a route outside any project reaches its method without one
        QVERIFY(call(router, QStringLiteral("GET"), QStringLiteral("_apis/things")));
        QCOMPARE(controller.plainCalls, 1);
    }

    void shouldAnswerAnUnknownProjectWithoutTheMethod() {
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()));
        Router router;
        Api api(*env.services);
        RecordingController controller;
        RouteTable<RecordingController> routes(router, api, controller);
        routes.add("GET", QStringLiteral("{project}/_apis/things"), &RecordingController::inProject);
        const Result<RestResponse> answer = call(router, QStringLiteral("GET"), QStringLiteral("Nowhere/_apis/things"));
        QVERIFY(!answer);
        QCOMPARE(answer.error().kind, ErrorKind::NotFound);
        QVERIFY(answer.error().message.contains(QStringLiteral("Nowhere")));
        QVERIFY(controller.projects.isEmpty());
    }

    void shouldRunThePrecheckBeforeTheProject() {
        // GIVEN a route whose precheck refuses every request
        TestEnvironment env;
        Router router;
        Api api(*env.services);
        RecordingController controller;
        RouteTable<RecordingController> routes(router, api, controller);
        routes.add("GET", QStringLiteral("{project}/_apis/things"), &RecordingController::inProject,
                   [](const RestRequest &) -> Status { return Error::validation(QStringLiteral("bad id")); });
        // WHEN it is called in a project that does not exist THEN the precheck's 400 comes first
        const Result<RestResponse> answer = call(router, QStringLiteral("GET"), QStringLiteral("Nowhere/_apis/things"));
        QVERIFY(!answer);
        QCOMPARE(answer.error().kind, ErrorKind::Validation);
        QVERIFY(controller.projects.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RouteTableTest)
#include "tst_routetable.moc"
