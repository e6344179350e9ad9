// Live updates between processes: another process renames a release every 25 ms; this one runs what a window runs
// (its engine thread noticing the commit, the change feed, the release grid) and measures each commit to the grid's
// dataChanged. Baseline in the same run: a bare connection's own notice of the same commits (LISTEN/NOTIFY on a team
// database; a 1 ms data_version poll on the SQLite file). Goal: p99 <= 100 ms on both backends.
//   bench_liveupdates [--database URI|FILE] [--changes N]
#include "changefeed.h"
#include "core/clock.h"
#include "engineconfiguration.h"
#include "releasegridmodel.h"
#include "runtime/enginehost.h"
#include "services/services.h"
#include "store/storefactory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace slipway;

namespace {

qint64 wallUs() {
    timespec t{};
    clock_gettime(CLOCK_REALTIME, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

const QByteArray pipeline = R"({"name":"Live","artifacts":[{"alias":"app","type":"push"}],
  "stages":[{"name":"Dev","trigger":{"type":"manual"},"tasks":[{"name":"t","type":"script","script":"true"}]}]})";

// The other process: renames release `releaseId` N times, printing "i wall-µs" after each commit.
int runWriter(const QString &location, qint64 releaseId, int changes) {
    Result<std::unique_ptr<Store>> store = openStore(location);
    if (!store) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(store.error().message));
        return 1;
    }
    SystemClock clock;
    Services services(**store, clock);
    QTextStream out(stdout);
    for (int i = 0; i < changes; ++i) {
        QThread::msleep(25);
        if (!services.releases.rename(releaseId, QStringLiteral("live-%1").arg(i), Identity{QStringLiteral("bench")}))
            return 1;
        out << i << ' ' << wallUs() << '\n';
        out.flush();
    }
    return 0;
}

struct Figures final {
    QList<double> ms;
    double at(double quantile) const {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0.0 : sorted.at(qMin(sorted.size() - 1, qsizetype(quantile * double(sorted.size()))));
    }
    double p99() const { return ms.isEmpty() ? 1e9 : at(0.99); }
    QString summary() const {
        if (ms.isEmpty())
            return QStringLiteral("no samples");
        return QStringLiteral("n=%1 p50 %2 ms, p99 %3 ms, max %4 ms")
            .arg(ms.size())
            .arg(at(0.5), 0, 'f', 1)
            .arg(at(0.99), 0, 'f', 1)
            .arg(*std::max_element(ms.cbegin(), ms.cend()), 0, 'f', 1);
    }
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--writer"))
        return runWriter(args.at(2), args.at(3).toLongLong(), args.at(4).toInt());
    QTemporaryDir dir;
    QString location = dir.filePath(QStringLiteral("live.db"));
    int changes = 200;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--database"))
            location = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--changes"))
            changes = args.at(i + 1).toInt();
    }
    Result<std::unique_ptr<Store>> store = openStore(location);
    Result<std::unique_ptr<Store>> bare = openStore(location);
    if (!store || !bare) {
        std::fprintf(stderr, "bench_liveupdates: %s\n", qPrintable((store ? bare : store).error().message));
        return 1;
    }
    SystemClock clock;
    Services services(**store, clock);
    const Identity me{QStringLiteral("bench")};
    if (!services.pipelines.save(pipeline, me) && !services.pipelines.resolve(QStringLiteral("Live")))
        return 1;
    CreateReleaseRequest request;
    request.pipeline = QStringLiteral("Live");
    Result<ReleaseRecord> release = services.releases.create(request, me);
    if (!release)
        return 1;

    // What the window runs.
    ChangeFeed feed((*store)->audit());
    feed.follow(services.notifier);
    EngineConfig config = engineConfiguration(location);
    config.workRoot = dir.filePath(QStringLiteral("work"));
    EngineHost engine(storeFactory(location), config);
    QObject::connect(&engine, &EngineHost::externalChange, &feed, &ChangeFeed::catchUp);
    ReleaseGridModel grid(services.queries, feed.changes(), release->pipelineId);
    grid.fetchMore({});

    QHash<int, qint64> committed;
    QList<std::pair<int, qint64>> painted; // the name the grid showed, and when
    QObject::connect(&grid, &QAbstractItemModel::dataChanged, [&](const QModelIndex &from, const QModelIndex &) {
        const int row = grid.rowCount() > 0 ? 0 : -1;
        if (row < 0 || from.column() > ReleaseGridModel::NameColumn)
            return;
        const QString name = grid.index(row, ReleaseGridModel::NameColumn).data().toString();
        if (name.startsWith(QLatin1String("live-")))
            painted.append({name.mid(5).section(QLatin1Char(' '), 0, 0).toInt(), wallUs()});
    });
    // The baseline: the bare connection's own notice of a commit.
    qint64 lastCounter = (*bare)->changeCounter().value();
    QList<qint64> notices;
    const bool listens = (*bare)->watchChanges([&] { notices << wallUs(); });
    QTimer poll;
    if (!listens) {
        QObject::connect(&poll, &QTimer::timeout, [&] {
            const qint64 counter = (*bare)->changeCounter().value();
            if (counter != lastCounter) {
                lastCounter = counter;
                notices << wallUs();
            }
        });
        poll.start(1);
    }

    QProcess writer;
    QObject::connect(&writer, &QProcess::readyReadStandardOutput, [&] {
        while (writer.canReadLine()) {
            const QList<QByteArray> parts = writer.readLine().trimmed().split(' ');
            if (parts.size() == 2)
                committed.insert(parts.at(0).toInt(), parts.at(1).toLongLong());
        }
    });
    QObject::connect(&writer, &QProcess::finished, [&] { QTimer::singleShot(1000, &app, &QCoreApplication::quit); });
    // Measured on a window that has been open a second: the engine's first round after starting (its first look at
    // the database, the scheduler's and the artifact watcher's loads) takes up to ~200 ms, once.
    QObject::connect(&engine, &EngineHost::started, [&] {
        QTimer::singleShot(1000, &writer, [&] {
            writer.start(
                QCoreApplication::applicationFilePath(),
                {QStringLiteral("--writer"), location, QString::number(release->id), QString::number(changes)});
        });
    });
    engine.start();
    app.exec();
    engine.stop(0);

    Figures grid_, baseline;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        // A change is on screen once the grid shows it or a later one (a poll sees several commits at once).
        const auto shown =
            std::find_if(painted.cbegin(), painted.cend(), [&](const auto &p) { return p.first >= it.key(); });
        if (shown != painted.cend())
            grid_.ms << double(shown->second - it.value()) / 1000.0;
        const auto first = std::lower_bound(notices.cbegin(), notices.cend(), it.value());
        if (first != notices.cend())
            baseline.ms << double(*first - it.value()) / 1000.0;
    }
    QTextStream out(stdout);
    out << "bench_liveupdates on " << displayLocation(location) << ", " << changes << " renames by another process\n"
        << "  commit -> grid dataChanged (engine thread, change feed, model): " << grid_.summary() << "\n"
        << "  baseline, a bare connection's notice (" << (listens ? "LISTEN/NOTIFY" : "1 ms data_version poll")
        << "): " << baseline.summary() << "\n"
        << "  missed: " << (committed.size() - grid_.ms.size()) << " of " << committed.size() << "\n"
        << "  goal p99 <= 100 ms " << (grid_.p99() <= 100.0 ? "met" : "NOT met") << "\n";
    return grid_.ms.size() == committed.size() ? 0 : 1;
}
