#include "approvalpipelines.h"

#include "rules/schedule.h"
#include "runtime/scheduler.h"

#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 10000;

QDateTime utc(const QString &iso) {
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}
QStringList isoList(const QList<QDateTime> &times) {
    QStringList list;
    for (const QDateTime &t : times)
        list << t.toUTC().toString(Qt::ISODate);
    return list;
}
ScheduleSpec daily(const QString &time, const QString &zone) {
    return *ScheduleSpec::fromJson(
        {{QStringLiteral("days"),
          QJsonArray{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                     QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")}},
         {QStringLiteral("time"), time},
         {QStringLiteral("timeZone"), zone}});
}

QByteArray scheduledPipeline(const QJsonObject &releaseSchedule, const QJsonObject &stageSchedule = {}) {
    QJsonObject dev{{QStringLiteral("name"), QStringLiteral("Dev")},
                    {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("manual")}}},
                    {QStringLiteral("tasks"), QJsonArray{delayTask()}}};
    if (!stageSchedule.isEmpty())
        dev.insert(QStringLiteral("schedule"), stageSchedule);
    QJsonObject pipeline{
        {QStringLiteral("name"), QStringLiteral("S")},
        {QStringLiteral("artifacts"), QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("app")},
                                                             {QStringLiteral("type"), QStringLiteral("push")}}}},
        {QStringLiteral("stages"), QJsonArray{dev}}};
    if (!releaseSchedule.isEmpty())
        pipeline.insert(QStringLiteral("schedules"), QJsonArray{releaseSchedule});
    return QJsonDocument(pipeline).toJson();
}

QJsonObject at(const QString &time, const QString &zone = QStringLiteral("UTC"), bool onlyIfChanged = false) {
    return {{QStringLiteral("days"),
             QJsonArray{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")}},
            {QStringLiteral("time"), time},
            {QStringLiteral("timeZone"), zone},
            {QStringLiteral("onlyIfChanged"), onlyIfChanged}};
}

int releaseCount(TestEnvironment &env) {
    const Result<QList<ReleaseRecord>> releases = env.services->releases.list(QStringLiteral("S"), 1000);
    return releases ? int(releases->size()) : -1;
}
} // namespace

class SchedulesTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void berlinSpringForwardFiresWhenTheGapEnds() {
        // 2026-03-29: 02:00 CET becomes 03:00 CEST; 02:30 does not exist that night.
        const ScheduleSpec spec = daily(QStringLiteral("02:30"), QStringLiteral("Europe/Berlin"));
        QCOMPARE(isoList(spec.nextFirings(utc(QStringLiteral("2026-03-27T12:00:00Z")), 4)),
                 (QStringList{QStringLiteral("2026-03-28T01:30:00Z"), QStringLiteral("2026-03-29T01:00:00Z"),
                              QStringLiteral("2026-03-30T00:30:00Z"), QStringLiteral("2026-03-31T00:30:00Z")}));
    }

    void berlinAutumnFiresOnceAtTheFirstOccurrence() {
        // 2026-10-25: 03:00 CEST becomes 02:00 CET; 02:30 happens twice.
        const ScheduleSpec spec = daily(QStringLiteral("02:30"), QStringLiteral("Europe/Berlin"));
        QCOMPARE(isoList(spec.nextFirings(utc(QStringLiteral("2026-10-23T12:00:00Z")), 4)),
                 (QStringList{QStringLiteral("2026-10-24T00:30:00Z"), QStringLiteral("2026-10-25T00:30:00Z"),
                              QStringLiteral("2026-10-26T01:30:00Z"), QStringLiteral("2026-10-27T01:30:00Z")}));
        // From between the two 02:30s, the next is the following day: no second firing.
        QCOMPARE(spec.nextAfter(utc(QStringLiteral("2026-10-25T00:45:00Z"))),
                 utc(QStringLiteral("2026-10-26T01:30:00Z")));
    }

    void newYorkSpringAndAutumn() {
        const ScheduleSpec spring = daily(QStringLiteral("02:15"), QStringLiteral("America/New_York"));
        // 2026-03-08: 02:00 EST becomes 03:00 EDT.
        QCOMPARE(isoList(spring.nextFirings(utc(QStringLiteral("2026-03-06T12:00:00Z")), 3)),
                 (QStringList{QStringLiteral("2026-03-07T07:15:00Z"), QStringLiteral("2026-03-08T07:00:00Z"),
                              QStringLiteral("2026-03-09T06:15:00Z")}));
        const ScheduleSpec autumn = daily(QStringLiteral("01:30"), QStringLiteral("America/New_York"));
        // 2026-11-01: 02:00 EDT becomes 01:00 EST; 01:30 happens twice.
        QCOMPARE(isoList(autumn.nextFirings(utc(QStringLiteral("2026-10-30T12:00:00Z")), 4)),
                 (QStringList{QStringLiteral("2026-10-31T05:30:00Z"), QStringLiteral("2026-11-01T05:30:00Z"),
                              QStringLiteral("2026-11-02T06:30:00Z"), QStringLiteral("2026-11-03T06:30:00Z")}));
    }

    void localTimeStaysFixedAcrossTheChange() {
        const ScheduleSpec spec = daily(QStringLiteral("09:00"), QStringLiteral("Europe/Berlin"));
        QCOMPARE(isoList(spec.nextFirings(utc(QStringLiteral("2026-03-28T12:00:00Z")), 2)),
                 (QStringList{QStringLiteral("2026-03-29T07:00:00Z"), QStringLiteral("2026-03-30T07:00:00Z")}));
        const QDateTime before = utc(QStringLiteral("2026-03-28T08:00:00Z"));
        QCOMPARE(spec.nextAfter(before.addSecs(-3600)), before);
    }

    void onlyTheListedDays() {
        const ScheduleSpec spec = *ScheduleSpec::fromJson({{QStringLiteral("days"), QJsonArray{QStringLiteral("sat")}},
                                                           {QStringLiteral("time"), QStringLiteral("02:00")},
                                                           {QStringLiteral("timeZone"), QStringLiteral("UTC")}});
        // 2026-11-26 is a Thursday.
        QCOMPARE(isoList(spec.nextFirings(utc(QStringLiteral("2026-11-26T10:00:00Z")), 2)),
                 (QStringList{QStringLiteral("2026-11-28T02:00:00Z"), QStringLiteral("2026-12-05T02:00:00Z")}));
        QVERIFY(!ScheduleSpec::fromJson({{QStringLiteral("days"), QJsonArray{}}}).has_value());
    }

    void releaseScheduleCreatesAReleaseWhenDue() {
        TestEnvironment env(utc(QStringLiteral("2026-03-14T01:00:00Z")));
        QVERIFY(env.save(scheduledPipeline(at(QStringLiteral("03:00")))).ok());
        Scheduler scheduler(*env.services, env.path(QStringLiteral("work")));
        scheduler.start();
        QCOMPARE(scheduler.nextDue(), utc(QStringLiteral("2026-03-14T02:00:00Z")).addSecs(3600));
        env.clock.set(utc(QStringLiteral("2026-03-14T02:59:59Z")));
        scheduler.tick();
        QCOMPARE(releaseCount(env), 0);
        env.clock.set(utc(QStringLiteral("2026-03-14T03:00:00Z")));
        QTRY_COMPARE_WITH_TIMEOUT(releaseCount(env), 1, waitMs);
        const ReleaseRecord release = env.services->releases.list(QStringLiteral("S"), 1)->first();
        QCOMPARE(toString(release.reason), QStringLiteral("schedule"));
        QCOMPARE(scheduler.nextDue(), utc(QStringLiteral("2026-03-15T03:00:00Z")));
    }

    void onlyIfChangedSkipsWithoutANewVersion() {
        TestEnvironment env(utc(QStringLiteral("2026-03-14T01:00:00Z")));
        QVERIFY(env.save(scheduledPipeline(at(QStringLiteral("03:00"), QStringLiteral("UTC"), true))).ok());
        const Identity ci{QStringLiteral("ci")};
        QVERIFY(env.services->artifacts.addPushedVersion(QStringLiteral("S"), QStringLiteral("app"),
                                                         {QStringLiteral("1.0")}, ci));
        Scheduler scheduler(*env.services, env.path(QStringLiteral("work")));
        scheduler.start();
        env.clock.set(utc(QStringLiteral("2026-03-14T03:00:00Z")));
        QTRY_COMPARE_WITH_TIMEOUT(releaseCount(env), 1, waitMs); // no release yet: changed
        env.clock.set(utc(QStringLiteral("2026-03-15T03:00:00Z")));
        scheduler.tick();
        QCOMPARE(releaseCount(env), 1); // nothing new since
        const Result<QList<AuditEventRecord>> events = env.store->audit().events(QStringLiteral("pipeline"), 1);
        QVERIFY(std::any_of(events->cbegin(), events->cend(), [](const AuditEventRecord &e) {
            return e.action == QLatin1String("schedule.fired") && e.details.contains(QStringLiteral("skipped"));
        }));
        QVERIFY(env.services->artifacts.addPushedVersion(QStringLiteral("S"), QStringLiteral("app"),
                                                         {QStringLiteral("1.1")}, ci));
        env.clock.set(utc(QStringLiteral("2026-03-16T03:00:00Z")));
        QTRY_COMPARE_WITH_TIMEOUT(releaseCount(env), 2, waitMs);
    }

    void missedFiringsFireOnceOnStartAndAreRecorded() {
        TestEnvironment env(utc(QStringLiteral("2026-03-14T01:00:00Z")));
        QVERIFY(env.save(scheduledPipeline(at(QStringLiteral("03:00")))).ok());
        {
            Scheduler first(*env.services, env.path(QStringLiteral("work")));
            first.start(); // remembers 01:00 as its starting point
        }
        // Closed for three days and a bit: the 14th, 15th and 16th 03:00 were missed.
        env.clock.set(utc(QStringLiteral("2026-03-16T10:00:00Z")));
        Scheduler scheduler(*env.services, env.path(QStringLiteral("work")));
        scheduler.start();
        QCOMPARE(releaseCount(env), 1);
        const Result<QList<AuditEventRecord>> events = env.store->audit().events(QStringLiteral("pipeline"), 1);
        const auto missed = std::find_if(events->cbegin(), events->cend(), [](const AuditEventRecord &e) {
            return e.action == QLatin1String("schedule.firedAfterMissing");
        });
        QVERIFY(missed != events->cend());
        QVERIFY2(
            missed->details.value(QStringLiteral("note")).toString().startsWith(QStringLiteral("3 firing(s) missed")),
            qPrintable(missed->details.value(QStringLiteral("note")).toString()));
        QCOMPARE(scheduler.nextDue(), utc(QStringLiteral("2026-03-17T03:00:00Z")));
        // A second start right after finds nothing missed.
        Scheduler again(*env.services, env.path(QStringLiteral("work")));
        again.start();
        QCOMPARE(releaseCount(env), 1);
    }

    void twoEnginesOnOneDatabaseFireOnce() {
        TestEnvironment env(utc(QStringLiteral("2026-03-14T01:00:00Z")));
        QVERIFY(env.save(scheduledPipeline(at(QStringLiteral("03:00")))).ok());
        Result<std::unique_ptr<Store>> other = openStore(env.location());
        QVERIFY(other);
        Services otherServices(**other, env.clock);
        Scheduler a(*env.services, env.path(QStringLiteral("work")));
        Scheduler b(otherServices, env.path(QStringLiteral("work")));
        a.start();
        b.start();
        env.clock.set(utc(QStringLiteral("2026-03-14T03:00:00Z")));
        a.tick();
        b.tick();
        QCOMPARE(releaseCount(env), 1);
    }

    void stageScheduleDeploysTheLatestReleaseThatPassesTheFilters() {
        TestEnvironment env(utc(QStringLiteral("2026-03-14T01:00:00Z")));
        QJsonObject stageSchedule = at(QStringLiteral("04:00"));
        stageSchedule.remove(QStringLiteral("onlyIfChanged")); // a release schedule's option only
        QByteArray json = scheduledPipeline({}, stageSchedule);
        json.replace("\"tasks\"",
                     "\"artifactFilters\":[{\"alias\":\"app\",\"branches\":{\"include\":[\"main\"]}}],\"tasks\"");
        QVERIFY2(env.save(json).ok(), json.constData());
        const Identity ci{QStringLiteral("ci")};
        QVERIFY(env.services->artifacts.addPushedVersion(QStringLiteral("S"), QStringLiteral("app"),
                                                         {QStringLiteral("1.0"), QStringLiteral("main")}, ci));
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("S");
        const qint64 onMain = env.services->releases.create(request, ci)->id;
        QVERIFY(env.services->artifacts.addPushedVersion(QStringLiteral("S"), QStringLiteral("app"),
                                                         {QStringLiteral("1.1"), QStringLiteral("feature/x")}, ci));
        const qint64 onFeature = env.services->releases.create(request, ci)->id;
        EngineFixture fixture(env);
        Scheduler scheduler(*env.services, env.path(QStringLiteral("work")));
        scheduler.start();
        env.clock.set(utc(QStringLiteral("2026-03-14T04:00:00Z")));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.stageStatus(onMain, QStringLiteral("Dev")), QStringLiteral("succeeded"),
                                  waitMs);
        QCOMPARE(fixture.stageStatus(onFeature, QStringLiteral("Dev")), QStringLiteral("notStarted"));
        QCOMPARE(toString(fixture.latest(onMain, QStringLiteral("Dev")).reason), QStringLiteral("scheduled"));
    }
};

QTEST_GUILESS_MAIN(SchedulesTest)
#include "tst_schedules.moc"
