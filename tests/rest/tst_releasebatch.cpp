// ReleaseService::createBatch, the group commit behind REST release creation: one commit for all,
// each release undone alone when refused, answers read inside the batch, listeners told after it.
#include "testenvironment.h"

#include <QSignalSpy>

using namespace slipway;
using namespace slipway::testing;

namespace {
ReleaseBatchItem item(const QStringList &manualStages = {}) {
    CreateReleaseRequest request;
    request.pipeline = QStringLiteral("Shop");
    request.manualStages = manualStages;
    return {request, Identity{QStringLiteral("alice")}};
}
} // namespace

class ReleaseBatchTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shouldCreateTheAcceptedReleasesAndRefuseTheOthersAlone() {
        // GIVEN a pipeline and a batch whose second release names a stage the pipeline lacks
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()));
        QSignalSpy created(&env.services->notifier, &ChangeNotifier::releaseCreated);
        QList<qint64> seenInside;
        // WHEN the batch is created
        const QList<Result<ReleaseRecord>> results = env.services->releases.createBatch(
            {item(), item({QStringLiteral("Nope")}), item()}, [&](qsizetype i, const ReleaseRecord &release) -> Status {
                // THEN each answer reads its release inside the batch, before anyone is told
                Result<ReleaseDetails> details = env.services->releases.details(release.id);
                if (!details)
                    return details.error();
                seenInside << i;
                return created.isEmpty() ? Status() : Status(Error::conflict("told too early"));
            });
        QCOMPARE(results.size(), 3);
        QVERIFY(results.at(0));
        QVERIFY(!results.at(1));
        QCOMPARE(results.at(1).error().kind, ErrorKind::NotFound);
        QVERIFY(results.at(2));
        QCOMPARE(seenInside, (QList<qint64>{0, 2}));
        // AND the listeners hear of the two releases once, after the commit
        QCOMPARE(created.size(), 2);
        QCOMPARE(created.at(0).at(1).toLongLong(), results.at(0)->id);
        QCOMPARE(created.at(1).at(1).toLongLong(), results.at(2)->id);
        QCOMPARE(env.services->releases.list(QStringLiteral("Shop"), 10)->size(), 2);
    }

    void shouldUndoTheReleaseWhoseAnswerFails() {
        // GIVEN a batch of two whose first answer cannot be made
        TestEnvironment env;
        QVERIFY(env.save(threeStagePipeline()));
        QSignalSpy created(&env.services->notifier, &ChangeNotifier::releaseCreated);
        // WHEN it is created
        const QList<Result<ReleaseRecord>> results =
            env.services->releases.createBatch({item(), item()}, [](qsizetype i, const ReleaseRecord &) -> Status {
                return i == 0 ? Status(Error::storage("no answer")) : Status();
            });
        // THEN only the second release exists, and only it is announced
        QVERIFY(!results.at(0));
        QCOMPARE(results.at(0).error().kind, ErrorKind::Storage);
        QVERIFY(results.at(1));
        const Result<QList<ReleaseRecord>> releases = env.services->releases.list(QStringLiteral("Shop"), 10);
        QCOMPARE(releases->size(), 1);
        QCOMPARE(releases->first().id, results.at(1)->id);
        QCOMPARE(created.size(), 1);
    }
};

QTEST_GUILESS_MAIN(ReleaseBatchTest)
#include "tst_releasebatch.moc"
