// The daily rollups (docs/metrics.md#rollups) on random histories made through the services and the engine's
// transitions: they equal a recomputation from the rows, metrics() equals stageMetrics()/dailyCounts() over every
// fact, the back-fill equals the completions', retention keeps the figures. SLIPWAY_ROLLUP_SEED repeats a run.
#include "rules/transitions.h"
#include "services/metrics.h"
#include "testenvironment.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <array>
#include <map>
#include <tuple>

using namespace slipway;
using namespace slipway::testing;

namespace {

constexpr qint64 msPerDay = 86'400'000;
const Identity alice{QStringLiteral("alice")};
const QStringList stageNames{QStringLiteral("Dev"), QStringLiteral("QA"), QStringLiteral("Prod")};

QByteArray manualPipeline() {
    QJsonArray stages;
    for (const QString &name : stageNames)
        stages.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("manual")}}},
            {QStringLiteral("tasks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")},
                                                             {QStringLiteral("type"), QStringLiteral("script")},
                                                             {QStringLiteral("script"), QStringLiteral("true")}}}},
            {QStringLiteral("retention"),
             QJsonObject{{QStringLiteral("daysToKeep"), 15}, {QStringLiteral("minReleasesToKeep"), 1}}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Roll")},
                                     {QStringLiteral("artifacts"),
                                      QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("app")},
                                                             {QStringLiteral("type"), QStringLiteral("push")}}}},
                                     {QStringLiteral("stages"), stages}})
        .toJson();
}

using Key = std::pair<QString, qint64>; // stage, day; a rollup row as the test compares it, the samples sorted
struct Expected final {
    std::array<int, 6> counts{};
    qint64 durationSeconds = 0;
    int durations = 0;
    QList<qint64> leadTimes;
    int streaks = 0;
    QList<qint64> restores;
    bool operator==(const Expected &) const = default;
};

int countIndex(DeploymentStatus status) {
    const DeploymentStatus order[] = {DeploymentStatus::Succeeded,   DeploymentStatus::PartiallySucceeded,
                                      DeploymentStatus::Failed,      DeploymentStatus::Canceled,
                                      DeploymentStatus::Interrupted, DeploymentStatus::NotDeployed};
    return int(std::find(std::begin(order), std::end(order), status) - std::begin(order));
}

// The recomputation from raw rows: each stage's facts in completion order, the rules of docs/metrics.md.
std::map<Key, Expected> recompute(QList<DeploymentFact> facts) {
    std::sort(facts.begin(), facts.end(), [](const DeploymentFact &a, const DeploymentFact &b) {
        return std::tie(a.stage, a.completedAt, a.id) < std::tie(b.stage, b.completedAt, b.id);
    });
    std::map<Key, Expected> rows;
    QSet<std::pair<QString, qint64>> delivered;           // stage, release
    QHash<QString, std::pair<qint64, qint64>> openStreak; // stage -> first failure's day, completed at
    for (const DeploymentFact &f : std::as_const(facts)) {
        Expected &row = rows[{f.stage, f.completedAt / msPerDay}];
        ++row.counts[std::size_t(countIndex(f.status))];
        if (f.startedAt) {
            row.durationSeconds += (f.completedAt - *f.startedAt) / 1000;
            ++row.durations;
        }
        if (isSuccess(f.status)) {
            if (!delivered.contains({f.stage, f.releaseId})) {
                delivered.insert({f.stage, f.releaseId});
                if (f.changeSeenAt)
                    row.leadTimes << quantizeSeconds(std::max<qint64>(0, f.completedAt - *f.changeSeenAt) / 1000);
            }
            if (openStreak.contains(f.stage)) {
                const auto [day, at] = openStreak.take(f.stage);
                rows[{f.stage, day}].restores << quantizeSeconds((f.completedAt - at) / 1000);
            }
        } else if (f.status == DeploymentStatus::Failed && !openStreak.contains(f.stage)) {
            openStreak.insert(f.stage, {f.completedAt / msPerDay, f.completedAt});
            ++row.streaks;
        }
    }
    for (auto &[key, row] : rows) {
        std::sort(row.leadTimes.begin(), row.leadTimes.end());
        std::sort(row.restores.begin(), row.restores.end());
    }
    return rows;
}

// The samples one by one, ascending.
QList<qint64> expanded(const SampleCounts &counts) {
    QList<qint64> values;
    for (const auto &[value, times] : counts)
        for (qint64 i = 0; i < times; ++i)
            values << value;
    return values;
}

std::map<Key, Expected> stored(Store &store, qint64 pipelineId) {
    std::map<Key, Expected> rows;
    const QList<StageDayRollup> read = store.deployments().rollups(pipelineId, 0, 1'000'000).value();
    for (const StageDayRollup &r : read) {
        Expected e{{r.succeeded, r.partiallySucceeded, r.failed, r.canceled, r.interrupted, r.notDeployed},
                   r.durationSeconds,
                   r.durations,
                   expanded(r.leadTimes),
                   r.streaks,
                   expanded(r.restores)};
        rows[{r.stage, r.day}] = e;
    }
    return rows;
}

QString figuresOf(const Expected &e) {
    QStringList counts;
    for (int c : e.counts)
        counts << QString::number(c);
    const auto list = [](const QList<qint64> &samples) {
        QStringList text;
        for (qint64 s : samples)
            text << QString::number(s);
        return text.join(QLatin1Char(','));
    };
    return QStringLiteral("counts %1, %2 s over %3, lead times [%4], %5 streaks, restores [%6]")
        .arg(counts.join(QLatin1Char('/')))
        .arg(e.durationSeconds)
        .arg(e.durations)
        .arg(list(e.leadTimes))
        .arg(e.streaks)
        .arg(list(e.restores));
}

// The first row that differs between the expected rollups `a` and the stored `b`, with both rows' figures.
QString describe(const std::map<Key, Expected> &a, const std::map<Key, Expected> &b) {
    for (const auto &[key, row] : a)
        if (const auto other = b.find(key); other == b.end() || !(other->second == row))
            return QStringLiteral("%1 day %2: expected %3; stored %4")
                .arg(key.first)
                .arg(key.second)
                .arg(figuresOf(row), other == b.end() ? QStringLiteral("nothing") : figuresOf(other->second));
    return a.size() == b.size() ? QString() : QStringLiteral("%1 rows against %2").arg(a.size()).arg(b.size());
}

bool same(const Distribution &a, const Distribution &b) {
    return a.count == b.count && a.medianSeconds == b.medianSeconds && a.meanSeconds == b.meanSeconds &&
           a.p90Seconds == b.p90Seconds;
}

// metrics() against stageMetrics()/dailyCounts() over every fact there was (`facts`), for [from, to).
QString compareMetrics(HistoryService &history, qint64 pipelineId, const QList<DeploymentFact> &facts,
                       const QDateTime &from, const QDateTime &to) {
    const Result<PipelineMetrics> figures = history.figures(pipelineId, from, to);
    if (!figures)
        return figures.error().message;
    const QString period = from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
    for (const StageMetrics &got : figures->stages) {
        QList<DeploymentFact> ofStage;
        for (const DeploymentFact &f : facts)
            if (f.stage == got.stage)
                ofStage << f;
        const StageMetrics want = stageMetrics(got.stage, ofStage, from, to);
        const bool equal = got.successful == want.successful && got.failed == want.failed &&
                           got.counted == want.counted && got.perDay == want.perDay &&
                           got.changeFailureRate == want.changeFailureRate && same(got.leadTime, want.leadTime) &&
                           same(got.timeToRestore, want.timeToRestore) && got.unrestored == want.unrestored;
        if (!equal)
            return QString::asprintf("%s %s: successful %d/%d failed %d/%d lead %d/%d (median %.0f/%.0f) restore %d/%d "
                                     "unrestored %d/%d",
                                     qPrintable(period), qPrintable(got.stage), got.successful, want.successful,
                                     got.failed, want.failed, got.leadTime.count, want.leadTime.count,
                                     got.leadTime.medianSeconds, want.leadTime.medianSeconds, got.timeToRestore.count,
                                     want.timeToRestore.count, got.unrestored, want.unrestored);
        const QList<DailyCounts> wantDays = dailyCounts(ofStage, from, to);
        const QList<DailyCounts> gotDays = figures->daily.value(got.stage);
        if (gotDays.size() != wantDays.size())
            return QStringLiteral("%1 %2: %3 days against %4")
                .arg(period, got.stage)
                .arg(gotDays.size())
                .arg(wantDays.size());
        for (qsizetype i = 0; i < gotDays.size(); ++i) {
            const DailyCounts &g = gotDays.at(i);
            const DailyCounts &w = wantDays.at(i);
            if (g.day != w.day || g.successful != w.successful || g.failed != w.failed ||
                g.medianLeadTimeSeconds != w.medianLeadTimeSeconds || g.meanDurationSeconds != w.meanDurationSeconds)
                return QStringLiteral("%1 %2: day %3 differs").arg(period, got.stage, g.day.toString(Qt::ISODate));
        }
    }
    return {};
}

// Periods to measure ending now and at random, on and off day boundaries, short and long.
QList<std::pair<QDateTime, QDateTime>> periodsOf(const QDateTime &now, quint32 seed) {
    QRandomGenerator random(seed ^ 0x5eed);
    const QDateTime midnight(now.date(), QTime(0, 0), Qt::UTC);
    QList<std::pair<QDateTime, QDateTime>> spans{{now.addDays(-365), now},
                                                 {now.addDays(-30), now},
                                                 {midnight.addDays(-20), midnight},
                                                 {now.addSecs(-3600), now}};
    for (int i = 0; i < 12; ++i) {
        const QDateTime from = now.addSecs(-random.bounded(qint64(300 * 86400)));
        spans.append({from, from.addSecs(random.bounded(qint64(60), qint64(25 * 86400)))});
    }
    return spans;
}

QString firstDifference(HistoryService &history, qint64 pipelineId, const QList<DeploymentFact> &facts,
                        const QList<std::pair<QDateTime, QDateTime>> &periods) {
    for (const auto &[from, to] : periods)
        if (QString difference = compareMetrics(history, pipelineId, facts, from, to); !difference.isEmpty())
            return difference;
    return {};
}

// A random history: releases, deployments to random stages with random outcomes and durations, redeploys,
// some left running, in clock order.
class RandomHistory final {
public:
    RandomHistory(TestEnvironment &env, quint32 seed) : m_env(env), m_random(seed) {}

    void run(int steps) {
        for (int step = 0; step < steps; ++step) {
            m_env.clock.advanceBy(m_random.bounded(qint64(60'000), qint64(30 * 3600'000)));
            if (m_releases.isEmpty() || m_random.bounded(5) == 0)
                createRelease();
            else
                deploy();
        }
    }

private:
    TestEnvironment &m_env;
    QRandomGenerator m_random;
    QList<qint64> m_releases;
    int m_versions = 0;
    qint64 m_engine = 0;

    void createRelease() {
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Roll");
        if (m_versions == 0 || m_random.bounded(3) > 0) { // mostly a new version, sometimes an older one again
            const QString version = QStringLiteral("1.%1").arg(++m_versions);
            QVERIFY(m_env.services->artifacts.addPushedVersion(QStringLiteral("Roll"), QStringLiteral("app"),
                                                               {version, {}, {}, {}}, alice));
            request.artifactVersions.insert(QStringLiteral("app"), version);
        } else {
            request.artifactVersions.insert(QStringLiteral("app"),
                                            QStringLiteral("1.%1").arg(1 + m_random.bounded(m_versions)));
        }
        request.manualStages = stageNames;
        Result<ReleaseRecord> created = m_env.services->releases.create(request, alice);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_releases << created->id;
    }

    void deploy() {
        // Recent releases mostly; an old one now and then (a redeploy, or a first deployment long after).
        const qsizetype n = m_releases.size();
        const qint64 release =
            m_releases.at(m_random.bounded(8) == 0 ? qsizetype(m_random.bounded(int(n)))
                                                   : std::max<qsizetype>(0, n - 1 - m_random.bounded(3)));
        const QString stage = stageNames.at(int(m_random.bounded(stageNames.size())));
        Result<DeploymentRecord> requested =
            m_env.services->deployments.deploy({release, stage, {}, {}, {}, {}}, alice);
        if (!requested)
            return; // that stage still runs an earlier deployment left running
        Result<std::optional<DeploymentContext>> context = m_env.store->deployments().deployment(requested->id);
        QVERIFY(context && context->has_value());
        const int roll = int(m_random.bounded(100));
        if (roll < 5) { // canceled while it waited: through the service
            QVERIFY(m_env.services->deployments.cancel(requested->id, alice));
            return;
        }
        if (roll < 9) { // never deployed (rejected before it started)
            end(**context, DeploymentStatus::NotDeployed);
            return;
        }
        const EngineOwner owner{QStringLiteral("engine-%1").arg(++m_engine), 1, QStringLiteral("host")};
        QVERIFY(m_env.store->transaction([&]() -> Status {
            Result<bool> won =
                Transitions(*m_env.store, m_env.clock.now()).claim(**context, owner, m_env.clock.now().addSecs(3600));
            return won ? Status{} : won.error();
        }));
        if (roll < 12)
            return; // still running
        m_env.clock.advanceBy(m_random.bounded(qint64(1000), qint64(3 * 3600'000)));
        context = m_env.store->deployments().deployment(requested->id);
        if (roll < 16) {
            end(**context, DeploymentStatus::Interrupted);
            return;
        }
        const DeploymentStatus status = roll < 50   ? DeploymentStatus::Failed
                                        : roll < 60 ? DeploymentStatus::PartiallySucceeded
                                                    : DeploymentStatus::Succeeded;
        QVERIFY(m_env.store->transaction([&]() -> Status {
            return Transitions(*m_env.store, m_env.clock.now())
                .finish(**context, status, stageStatusOf(status, OperationStatus::Done), {}, nullptr);
        }));
    }

    void end(const DeploymentContext &context, DeploymentStatus status) {
        QVERIFY(m_env.store->transaction([&]() -> Status {
            return Transitions(*m_env.store, m_env.clock.now())
                .end(context, status, {}, QStringLiteral("alice"), QStringLiteral("deployment.ended"), {});
        }));
    }
};

quint32 seedOfRun() {
    bool given = false;
    const quint32 seed = quint32(qEnvironmentVariableIntValue("SLIPWAY_ROLLUP_SEED", &given));
    return given ? seed : QRandomGenerator::global()->generate();
}

QList<DeploymentFact> allFacts(TestEnvironment &env, qint64 pipelineId) {
    return *env.store->deployments().facts(pipelineId, QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
}

} // namespace

class RollupsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rollupsEqualTheRawRowsOnRandomHistories() {
        const quint32 seed = seedOfRun();
        qInfo("seed %u (SLIPWAY_ROLLUP_SEED=%u repeats this run)", seed, seed);
        TestEnvironment env(QDateTime(QDate(2026, 1, 5), QTime(7, 13), Qt::UTC));
        Result<SavedPipeline> saved = env.save(manualPipeline());
        QVERIFY(saved);
        const qint64 pipelineId = saved->pipelineId;
        RandomHistory history(env, seed);
        history.run(env.isPostgres() ? 250 : 400);
        if (QTest::currentTestFailed())
            return;

        // The completions kept the rollups as a recomputation from the rows finds them.
        QList<DeploymentFact> facts = allFacts(env, pipelineId);
        QVERIFY(facts.size() > 100);
        const std::map<Key, Expected> expected = recompute(facts);
        int leads = 0, streaks = 0, restores = 0;
        for (const auto &[key, row] : expected)
            std::tie(leads, streaks, restores) = std::tuple{leads + int(row.leadTimes.size()), streaks + row.streaks,
                                                            restores + int(row.restores.size())};
        qInfo("%lld finished deployments, %d lead times, %d streaks, %d restored", qint64(facts.size()), leads, streaks,
              restores);
        const std::map<Key, Expected> kept = stored(*env.store, pipelineId);
        QVERIFY2(kept == expected, qPrintable(describe(expected, kept)));

        // metrics() reads them and computes what the raw rows give, for periods on and off day boundaries.
        const QDateTime now = env.clock.now();
        QString difference = firstDifference(env.services->history, pipelineId, facts, periodsOf(now, seed));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // The timeline's bars still come from the rows: the same deployments, names and times as the facts.
        const QList<DeploymentFact> month = *env.store->deployments().facts(pipelineId, now.addDays(-30));
        QCOMPARE(env.services->history.metrics(pipelineId, now.addDays(-30), now)->deployments.size(), month.size());
        const QList<DeploymentFact> bars =
            env.services->history.timeline(pipelineId, now.addDays(-30), now)->deployments;
        QCOMPARE(bars.size(), month.size());
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const DeploymentFact &bar = bars.at(i), &fact = month.at(i);
            QVERIFY(!bar.releaseName.isEmpty());
            QCOMPARE(bar.id, fact.id);
            QVERIFY(std::tie(bar.releaseId, bar.releaseName, bar.stage, bar.attempt, bar.status) ==
                    std::tie(fact.releaseId, fact.releaseName, fact.stage, fact.attempt, fact.status));
            QVERIFY(std::tie(bar.queuedAt, bar.startedAt, bar.completedAt) ==
                    std::tie(fact.queuedAt, fact.startedAt, fact.completedAt));
        }

        // The back-fill (the schema upgrade's, on the next open) finds what the completions kept.
        QVERIFY(env.store->transaction([&]() -> Status { return env.store->deployments().rebuildRollups(); }));
        QVERIFY2(stored(*env.store, pipelineId) == expected,
                 qPrintable(describe(expected, stored(*env.store, pipelineId))));

        // Retention deletes old releases; the rollups keep their figures, and later completions carry on.
        env.clock.advanceBy(20 * msPerDay);
        const Result<RetentionReport> retained = env.services->retention.run(env.path(QStringLiteral("work")), alice);
        QVERIFY(retained);
        qInfo("retention removed %d releases", retained->removed());
        QVERIFY(retained->removed() > 0);
        // A removed release's ids may be handed out again (SQLite reuses the highest rowid once it is deleted): its
        // facts stay in the recomputation under a release id no later release can have.
        QSet<qint64> remaining;
        for (const DeploymentFact &f : allFacts(env, pipelineId))
            remaining.insert(f.id);
        QVERIFY(remaining.size() < facts.size());
        for (DeploymentFact &f : facts)
            if (!remaining.contains(f.id))
                f.releaseId = -f.releaseId;
        QVERIFY2(stored(*env.store, pipelineId) == expected,
                 qPrintable(describe(expected, stored(*env.store, pipelineId))));
        history.run(env.isPostgres() ? 60 : 100);
        if (QTest::currentTestFailed())
            return;
        for (const DeploymentFact &f : allFacts(env, pipelineId))
            if (!remaining.contains(f.id))
                facts << f;
        const std::map<Key, Expected> after = recompute(facts);
        QVERIFY2(stored(*env.store, pipelineId) == after, qPrintable(describe(after, stored(*env.store, pipelineId))));
        // After retention the rows of a period's partial first day may be gone: periods that begin at midnight.
        const QDateTime later = env.clock.now();
        const QDateTime midnight(later.date(), QTime(0, 0), Qt::UTC);
        difference = firstDifference(env.services->history, pipelineId, facts,
                                     {{midnight.addDays(-365), later},
                                      {midnight.addDays(-40), later},
                                      {midnight.addDays(-60), midnight.addDays(-10)},
                                      {midnight, later}});
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void theUpgradeBackFillsOnTheNextOpen() {
        const quint32 seed = seedOfRun();
        qInfo("seed %u", seed);
        TestEnvironment env(QDateTime(QDate(2026, 3, 2), QTime(22, 40), Qt::UTC));
        Result<SavedPipeline> saved = env.save(manualPipeline());
        QVERIFY(saved);
        RandomHistory(env, seed).run(120);
        const std::map<Key, Expected> expected = recompute(allFacts(env, saved->pipelineId));
        // As a database of schema version 8 looks after the upgrade: rows, no rollups yet, the mark set.
        for (const char *statement : {"DELETE FROM stage_daily_rollups", "DELETE FROM stage_failure_streaks",
                                      "UPDATE deployments SET lead_time_s = NULL, starts_streak = 0, restore_s = NULL",
                                      "INSERT INTO rollup_backfill (id) VALUES (1)"})
            QVERIFY2(env.database.exec(QString::fromLatin1(statement)), statement);
        QVERIFY(stored(*env.store, saved->pipelineId).empty());
        Result<std::unique_ptr<Store>> reopened = openStore(env.location());
        QVERIFY(reopened);
        QVERIFY2(stored(**reopened, saved->pipelineId) == expected,
                 qPrintable(describe(expected, stored(**reopened, saved->pipelineId))));
        QVERIFY(!(*reopened)->deployments().rollupStages(saved->pipelineId)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(RollupsTest)
#include "tst_rollups.moc"
