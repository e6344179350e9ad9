// P5: the scheduler with 10,000 pipelines (a mix of release schedules, stage schedules, CD triggers and
// plain stage triggers, in three time zones). It measures
//  - the tick when nothing is due (goal <= 1 ms), and
//  - the p99 fire lateness over six simulated hours (goal <= 50 ms): the wall time from the moment the
//    virtual clock reaches a slot to the moment its firing (release created or deployment requested,
//    and recorded) is done,
// against a baseline that pops the same due entries from a std::priority_queue.
#include "core/clock.h"
#include "runtime/scheduler.h"
#include "services/services.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <queue>

using namespace slipway;

namespace {

constexpr int pipelineCount = 10000;
constexpr int simulatedMinutes = 6 * 60;
const QDateTime start(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC); // a Monday

QJsonObject scheduleAt(int minuteOfDay, const QString &zone) {
    return {{QStringLiteral("days"), QJsonArray{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                                QStringLiteral("thu"), QStringLiteral("fri")}},
            {QStringLiteral("time"), QTime(minuteOfDay / 60, minuteOfDay % 60).toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("timeZone"), zone}};
}

QByteArray pipelineJson(int i) {
    const QStringList zones{QStringLiteral("UTC"), QStringLiteral("Europe/Berlin"), QStringLiteral("America/New_York")};
    const QString zone = zones.at(i % 3);
    const int minute = (i * 7) % (24 * 60);
    QJsonObject dev{
        {QStringLiteral("name"), QStringLiteral("Dev")},
        {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("manual")}}},
        {QStringLiteral("tasks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                                                         {QStringLiteral("type"), QStringLiteral("delay")},
                                                         {QStringLiteral("duration"), QStringLiteral("0s")}}}}};
    QJsonObject artifact{{QStringLiteral("alias"), QStringLiteral("app")},
                         {QStringLiteral("type"), QStringLiteral("push")}};
    QJsonObject pipeline{{QStringLiteral("name"), QStringLiteral("P%1").arg(i)}};
    switch (i % 4) {
    case 0: pipeline.insert(QStringLiteral("schedules"), QJsonArray{scheduleAt(minute, zone)}); break;
    case 1: dev.insert(QStringLiteral("schedule"), scheduleAt(minute, zone)); break;
    case 2: artifact.insert(QStringLiteral("trigger"), QJsonObject{{QStringLiteral("enabled"), true}}); break;
    default:
        dev.insert(QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("afterRelease")}});
    }
    pipeline.insert(QStringLiteral("artifacts"), QJsonArray{artifact});
    pipeline.insert(QStringLiteral("stages"), QJsonArray{dev});
    return QJsonDocument(pipeline).toJson(QJsonDocument::Compact);
}

double percentile(QList<double> values, double p) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

struct Figures final {
    double idleTickUs = 0;
    double p99LatenessMs = 0;
    double maxLatenessMs = 0;
    int firings = 0;
};

Figures measureScheduler(Services &services, ManualClock &clock, const QString &work) {
    Figures figures;
    Scheduler scheduler(services, work);
    scheduler.start();
    // Idle ticks: nothing is due before the first slot.
    constexpr int idleTicks = 100000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < idleTicks; ++i)
        scheduler.tick();
    figures.idleTickUs = double(timer.nsecsElapsed()) / idleTicks / 1000.0;

    QList<double> lateness;
    QElapsedTimer sinceDue;
    QObject::connect(&scheduler, &Scheduler::fired, &scheduler,
                     [&] { lateness << double(sinceDue.nsecsElapsed()) / 1e6; });
    for (int minute = 1; minute <= simulatedMinutes; ++minute) {
        sinceDue.start();
        clock.set(start.addSecs(minute * 60));
        scheduler.tick(); // what the wake-up deadline does when the clock reaches the slot
        QCoreApplication::processEvents();
    }
    figures.firings = int(lateness.size());
    figures.p99LatenessMs = percentile(lateness, 0.99);
    figures.maxLatenessMs = lateness.isEmpty() ? 0 : *std::max_element(lateness.cbegin(), lateness.cend());
    return figures;
}

// The same due times in a bare priority queue: an idle tick is one comparison, a firing one pop.
Figures measureBaseline(Services &services) {
    using Entry = std::pair<qint64, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    Result<QList<PipelineRecord>> pipelines = services.store.pipelines().pipelines();
    int index = 0;
    for (const PipelineRecord &pipeline : *pipelines) {
        Result<std::shared_ptr<const PipelineDefinition>> definition =
            services.pipelines.definitionOfRevision(pipeline.revisionId);
        const PipelineDefinition &typed = **definition;
        const std::optional<ScheduleDefinition> schedule =
            !typed.schedules.isEmpty() ? typed.schedules.first() : typed.stages.first().schedule;
        if (const std::optional<ScheduleSpec> spec = schedule ? ScheduleSpec::of(*schedule) : std::nullopt)
            queue.push({spec->nextAfter(start).toMSecsSinceEpoch(), index++});
    }
    Figures figures;
    volatile qint64 sink = 0;
    constexpr int idleTicks = 100000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < idleTicks; ++i)
        if (queue.top().first <= start.toMSecsSinceEpoch())
            sink = sink + 1;
    figures.idleTickUs = double(timer.nsecsElapsed()) / idleTicks / 1000.0;
    QList<double> lateness;
    for (int minute = 1; minute <= simulatedMinutes; ++minute) {
        QElapsedTimer sinceDue;
        sinceDue.start();
        const qint64 now = start.addSecs(minute * 60).toMSecsSinceEpoch();
        while (!queue.empty() && queue.top().first <= now) {
            sink = sink + queue.top().second;
            queue.pop();
            lateness << double(sinceDue.nsecsElapsed()) / 1e6;
        }
    }
    figures.firings = int(lateness.size());
    figures.p99LatenessMs = percentile(lateness, 0.99);
    figures.maxLatenessMs = lateness.isEmpty() ? 0 : *std::max_element(lateness.cbegin(), lateness.cend());
    return figures;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto store = SqliteStore::open(dir.filePath(QStringLiteral("scheduler.db")));
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    ManualClock clock(start);
    Services services(**store, clock);
    QElapsedTimer setup;
    setup.start();
    const Status saved = (*store)->transaction([&]() -> Status {
        for (int i = 0; i < pipelineCount; ++i)
            if (Result<SavedPipeline> ok = services.pipelines.save(pipelineJson(i), Identity{QStringLiteral("bench")});
                !ok)
                return ok.error();
        return {};
    });
    if (!saved)
        qFatal("%s", qPrintable(saved.error().message));
    out << "P5 scheduler: " << pipelineCount << " pipelines (1/4 release schedules, 1/4 stage schedules, 1/4 CD "
        << "triggers, 1/4 stage triggers; UTC, Berlin, New York), set up in " << setup.elapsed() << " ms\n";
    const Figures baseline = measureBaseline(services);
    const Figures scheduler = measureScheduler(services, clock, dir.filePath(QStringLiteral("work")));
    out << QStringLiteral("  idle tick:           scheduler %1 us   baseline %2 us   (goal <= 1000 us)\n")
               .arg(scheduler.idleTickUs, 0, 'f', 3)
               .arg(baseline.idleTickUs, 0, 'f', 3);
    out << QStringLiteral("  fire lateness p99:   scheduler %1 ms   baseline %2 ms   (goal <= 50 ms; max %3 ms)\n")
               .arg(scheduler.p99LatenessMs, 0, 'f', 2)
               .arg(baseline.p99LatenessMs, 0, 'f', 4)
               .arg(scheduler.maxLatenessMs, 0, 'f', 2);
    out << QStringLiteral("  firings in %1 simulated hours: scheduler %2, baseline %3\n")
               .arg(simulatedMinutes / 60)
               .arg(scheduler.firings)
               .arg(baseline.firings);
    const bool met = scheduler.idleTickUs <= 1000 && scheduler.p99LatenessMs <= 50;
    out << (met ? "  goals met\n" : "  goals NOT met\n");
    return 0;
}
