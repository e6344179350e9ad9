// An engine refusal reaches the user in the language of the window, where they act: the approvals inbox and a
// stage's decision dialog show why an approval was refused in German, states included, not the engine's English.
#include "approvalpipelines.h"
#include "inboxfixture.h"
#include "releasepage.h"
#include "stagedecisiondialog.h"
#include "translations.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTranslator>

using namespace slipway;
using namespace slipway::testing;

namespace {
constexpr int waitMs = 15000;

// The app's German catalogues, installed as the app does it, removed again at the end.
struct German final {
    German() { loaded = installTranslations(*qApp, QStringLiteral("de")); }
    ~German() {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    QString loaded;
};

// Prod waits for the approval of `approvers`; releases are created by alice.
void saveProd(TestEnvironment &env, const QStringList &approvers, bool requesterCannotApprove) {
    addUsers(env, {QStringLiteral("alice"), QStringLiteral("bob")});
    ApprovalSettings settings{approvers};
    settings.requesterCannotApprove = requesterCannotApprove;
    QVERIFY(
        env.save(pipelineOf(QStringLiteral("P"), {approvalStage(QStringLiteral("Prod"), triggerAfterRelease(),
                                                                {{QStringLiteral("preApprovals"), settings.json()}})}))
            .ok());
}

} // namespace

class RefusalsInLanguageTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theInboxRefusesTheRequesterInGerman() {
        // GIVEN alice created the release, approves Prod herself, and the requester may not approve
        TestEnvironment env;
        saveProd(env, {QStringLiteral("alice")}, true);
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice")), waitMs);
        const qint64 approval = pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice"))->id;
        German german;
        QCOMPARE(german.loaded, QStringLiteral("de_DE"));
        Inbox inbox(env, fixture, QStringLiteral("alice"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model.rowCount(), 1, waitMs);
        // WHEN she approves it from her inbox
        inbox.check(0);
        QTest::mouseClick(inbox.widget<QPushButton>("approveButton"), Qt::LeftButton);
        QTest::mouseClick(inbox.widget<QPushButton>("confirmButton"), Qt::LeftButton);
        // THEN the inbox says why not, in German, and nothing is approved
        const QString shown = inbox.widget<QLabel>("approvalProblem")->text();
        QVERIFY2(shown.contains(QStringLiteral("alice kann Genehmigung %1 nicht erteilen: die Richtlinie „Anfordernde "
                                               "dürfen nicht genehmigen“ verbietet es dem Benutzer, der das Release "
                                               "erstellt hat")
                                    .arg(approval)),
                 qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("requester cannot approve")), qPrintable(shown));
        QVERIFY(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice")));
    }

    void theDecisionDialogRefusesAnApprovalAlreadyDecidedInGerman() {
        // GIVEN alice's decision dialog for Prod is open
        TestEnvironment env;
        saveProd(env, {QStringLiteral("alice")}, false);
        EngineFixture fixture(env);
        const qint64 release = fixture.createRelease(QStringLiteral("P")).id;
        QTRY_VERIFY_WITH_TIMEOUT(pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice")), waitMs);
        const qint64 approval = pendingFor(fixture, release, QStringLiteral("Prod"), QStringLiteral("alice"))->id;
        German german;
        ReleasePage page({*env.services, Identity{QStringLiteral("alice")}}, release);
        page.resize(1000, 700);
        page.show();
        auto *decide = page.findChild<QToolButton *>(QStringLiteral("stageDecide_Prod"));
        QTRY_VERIFY(decide && decide->isVisible());
        decide->menu()->findChild<QAction *>(QStringLiteral("stageDecision_approve"))->trigger();
        auto *dialog = page.findChild<StageDecisionDialog *>(QStringLiteral("stageDecisionDialog"));
        QVERIFY(dialog && dialog->isVisible());
        // WHEN the approval is decided elsewhere (the command line, REST) before she confirms
        QVERIFY(env.services->approvals.approve(approval, {QStringLiteral("from the shell"), {}, {}},
                                                Identity{QStringLiteral("alice")}));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("stageDecisionComment")),
                         QStringLiteral("ok"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("stageDecisionOk")), Qt::LeftButton);
        // THEN the dialog stays open and says so in German, the approval's state in words
        QVERIFY(dialog->isVisible());
        const QString shown = dialog->findChild<QLabel *>(QStringLiteral("stageDecisionProblem"))->text();
        QCOMPARE(shown, QStringLiteral("Genehmigung %1 ist nicht mehr ausstehend (Genehmigt von alice)").arg(approval));
    }
};

QTEST_MAIN(RefusalsInLanguageTest)
#include "tst_refusalsinlanguage.moc"
