#include "testenvironment.h"

#include <QTest>

using namespace slipway;
using slipway::testing::TestEnvironment;
using slipway::testing::threeStagePipeline;

namespace {
const Identity alice{QStringLiteral("alice")};

// Nine audited changes: a pipeline, four releases and the four Dev deployments they trigger.
void makeHistory(TestEnvironment &env) {
    QVERIFY(env.save(threeStagePipeline()).ok());
    for (int i = 0; i < 4; ++i) {
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Shop");
        QVERIFY(env.services->releases.create(request, alice).ok());
        env.clock.advanceBy(1000);
    }
}

void tamper(TestEnvironment &env, const QString &sql) {
    QVERIFY2(env.database.exec(sql), qPrintable(sql)); // a connection of its own, on either backend
}
} // namespace

class AuditTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shouldVerifyAnUntouchedChain() {
        TestEnvironment env;
        makeHistory(env);
        Result<AuditChainReport> report = env.store->audit().verifyChain();
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(report->eventsChecked, qint64(9));
    }

    void shouldVerifyAnEmptyChain() {
        TestEnvironment env;
        QVERIFY(env.store->audit().verifyChain()->intact);
    }

    void shouldDetectAnEditedEvent() {
        TestEnvironment env;
        makeHistory(env);
        tamper(env, QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE id = 3"));
        const AuditChainReport report = *env.store->audit().verifyChain();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBadEventId, qint64(3));
        QCOMPARE(report.problem, QStringLiteral("audit event 3 was changed after it was written"));
    }

    void shouldDetectAnEditedAndRehashedEvent() {
        TestEnvironment env;
        makeHistory(env);
        // Even with a recomputed hash, the next link no longer matches.
        tamper(env, QStringLiteral("UPDATE audit_events SET details = '{}', hash = 'f00' WHERE id = 2"));
        const AuditChainReport report = *env.store->audit().verifyChain();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBadEventId, qint64(2));
    }

    void shouldDetectADeletedEvent() {
        TestEnvironment env;
        makeHistory(env);
        tamper(env, QStringLiteral("DELETE FROM audit_events WHERE id = 2"));
        const AuditChainReport report = *env.store->audit().verifyChain();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBadEventId, qint64(3));
        QCOMPARE(report.problem, QStringLiteral("audit events 2 to 2 are missing"));
    }

    // A write that rolls back after its event was appended: SQLite reuses the id, a PostgreSQL sequence does not. The
    // chain still links across the gap, and a deletion (above) is still told from it.
    void shouldVerifyAChainAcrossTheIdOfARolledBackWrite() {
        TestEnvironment env;
        makeHistory(env);
        const Status rolledBack = env.store->transaction([&]() -> Status {
            AuditEventRecord event;
            event.at = QDateTime::currentDateTimeUtc();
            event.actor = QStringLiteral("carol");
            event.action = QStringLiteral("test.rolledBack");
            event.objectType = QStringLiteral("pipeline");
            event.objectId = 1;
            if (Result<qint64> appended = env.store->audit().append(event); !appended)
                return appended.error();
            return Error::conflict(QStringLiteral("changed my mind"));
        });
        QVERIFY(!rolledBack.ok());
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Shop");
        QVERIFY(env.services->releases.create(request, alice).ok());
        const AuditChainReport report = *env.store->audit().verifyChain();
        QVERIFY2(report.intact, qPrintable(report.problem));
        QVERIFY(report.eventsChecked > 9);
    }

    void shouldDetectTheFirstEventDeleted() {
        TestEnvironment env;
        makeHistory(env);
        tamper(env, QStringLiteral("DELETE FROM audit_events WHERE id = 1"));
        QVERIFY(!env.store->audit().verifyChain()->intact);
    }

    void shouldDetectTheNewestEventDeleted() {
        TestEnvironment env;
        makeHistory(env);
        tamper(env, QStringLiteral("DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)"));
        const AuditChainReport report = *env.store->audit().verifyChain();
        QVERIFY(!report.intact);
        QVERIFY(report.problem.contains(QStringLiteral("newest audit events were removed")));
    }

    void shouldRecordEveryChangeWithItsActor() {
        TestEnvironment env;
        makeHistory(env);
        QVERIFY(env.services->releases.abandon(1, Identity{QStringLiteral("bob")}).ok());
        auto events = env.store->audit().events(QStringLiteral("release"), 1);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->last().action, QStringLiteral("release.abandoned"));
        QCOMPARE(events->last().actor, QStringLiteral("bob"));
        QVERIFY(env.store->audit().verifyChain()->intact);
    }
};

QTEST_GUILESS_MAIN(AuditTest)
#include "tst_audit.moc"
