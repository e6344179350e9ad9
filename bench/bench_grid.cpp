// The releases grid over 100,000 releases x 5 stages: time from a new model to the first painted page,
// and to the painted end (Ctrl+End: the oldest release), against a QTableView over a trivial in-memory
// model of the same size, in the same run. Goals: first page <= 50 ms, jump to the end <= 100 ms.
#include "core/clock.h"
#include "releasegridmodel.h"
#include "services/services.h"
#include "stagechipdelegate.h"
#include "store/sqlitestore.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace slipway;

namespace {

constexpr int stageCount = 5;

QByteArray pipelineJson() {
    QByteArray stages;
    for (int i = 0; i < stageCount; ++i) {
        const QByteArray name = "S" + QByteArray::number(i + 1);
        const QByteArray trigger =
            i == 0 ? QByteArray(R"({"type":"afterRelease"})")
                   : QByteArray(R"({"type":"afterStages","stages":["S)" + QByteArray::number(i) + "\"]}");
        stages += (i ? "," : "") + QByteArray(R"({"name":")") + name + R"(","trigger":)" + trigger +
                  R"(,"tasks":[{"name":"t","type":"script","script":"true"}]})";
    }
    return R"({"name":"Grid","artifacts":[{"alias":"app","type":"push"}],"stages":[)" + stages + "]}";
}

// The same shape, nothing behind it: what a QTableView costs by itself.
class TrivialModel final : public QAbstractTableModel {
public:
    explicit TrivialModel(int rows) : m_rows(rows) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : ReleaseGridModel::FixedColumnCount + stageCount;
    }
    QVariant data(const QModelIndex &index, int role) const override {
        return role == Qt::DisplayRole ? QVariant(QString::number(index.row() * 10 + index.column())) : QVariant();
    }

private:
    int m_rows;
};

void setUpView(QTableView &view) {
    view.resize(1200, 800);
    view.verticalHeader()->hide();
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 14);
    view.horizontalHeader()->setDefaultSectionSize(112);
}

double ms(const QElapsedTimer &timer) {
    return timer.nsecsElapsed() / 1e6;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int releases = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto store = SqliteStore::open(dir.filePath(QStringLiteral("grid.db")));
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    SystemClock clock;
    Services services(**store, clock);
    const Identity user{QStringLiteral("bench")};
    Result<SavedPipeline> saved = services.pipelines.save(pipelineJson(), user);
    if (!saved ||
        !services.artifacts
             .addPushedVersion(QStringLiteral("Grid"), QStringLiteral("app"), {QStringLiteral("1.0"), {}, {}, {}}, user)
             .ok())
        qFatal("setup failed");
    out << "Creating " << releases << " releases x " << stageCount << " stages…" << Qt::endl;
    QElapsedTimer seeding;
    seeding.start();
    CreateReleaseRequest request;
    request.pipeline = QStringLiteral("Grid");
    request.scanFolders = false;
    for (int done = 0; done < releases;) {
        const int batch = std::min(10'000, releases - done);
        const Status written = (*store)->transaction([&]() -> Status {
            for (int i = 0; i < batch; ++i)
                if (Result<ReleaseRecord> created = services.releases.create(request, user); !created)
                    return created.error();
            return {};
        });
        if (!written)
            qFatal("%s", qPrintable(written.error().message));
        done += batch;
    }
    out << "  seeded in " << qRound(seeding.elapsed() / 1000.0) << " s" << Qt::endl;

    QList<double> firstPage, toEnd, baseFirst, baseEnd;
    for (int round = 0; round < 7; ++round) {
        {
            QTableView view;
            setUpView(view);
            view.setItemDelegate(new StageChipDelegate(&view));
            view.show();
            QElapsedTimer timer;
            timer.start();
            ReleaseGridModel model(services.queries, services.notifier, saved->pipelineId);
            view.setModel(&model);
            if (model.canFetchMore({}))
                model.fetchMore({});
            (void)view.grab(); // renders every visible cell now
            firstPage << ms(timer);
            timer.restart();
            model.jumpToEnd();
            view.scrollToBottom();
            (void)view.grab(); // renders every visible cell now
            toEnd << ms(timer);
            if (model.index(model.rowCount() - 1, ReleaseGridModel::NameColumn).data().toString() !=
                QLatin1String("Release-1"))
                qFatal("the last row is not the oldest release");
        }
        {
            QTableView view;
            setUpView(view);
            view.show();
            QElapsedTimer timer;
            timer.start();
            TrivialModel model(releases);
            view.setModel(&model);
            (void)view.grab(); // renders every visible cell now
            baseFirst << ms(timer);
            timer.restart();
            view.scrollToBottom();
            (void)view.grab(); // renders every visible cell now
            baseEnd << ms(timer);
        }
    }
    out << Qt::fixed << qSetRealNumberPrecision(1);
    out << "Grid over " << releases << " releases x " << stageCount << " stages (median of 7):" << Qt::endl;
    out << "  first page painted: " << median(firstPage)
        << " ms  (baseline QTableView, trivial model: " << median(baseFirst) << " ms; ratio "
        << median(firstPage) / std::max(0.01, median(baseFirst)) << "x; goal <= 50 ms)" << Qt::endl;
    out << "  jump to the end:    " << median(toEnd) << " ms  (baseline: " << median(baseEnd) << " ms; ratio "
        << median(toEnd) / std::max(0.01, median(baseEnd)) << "x; goal <= 100 ms)" << Qt::endl;
    return 0;
}
