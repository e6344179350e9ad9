// A busy database seen from the window: the refusal in the user's language, and nothing typed is lost.
#include "approvalpipelines.h"
#include "createreleasedialog.h"
#include "lockholder.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace slipway;
using namespace slipway::testing;

namespace {
// The busy refusal in German, as a .qm file would give it.
class GermanEngine final : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int) const override {
        if (qstrcmp(context, "Engine") == 0 && qstrcmp(source, "the database is busy (locked by another process)") == 0)
            return QStringLiteral("die Datenbank ist belegt (von einem anderen Prozess gesperrt)");
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class BusyDialogTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createReleaseKeepsWhatWasTypedWhileTheDatabaseIsLocked() {
        TestEnvironment env;
        const qint64 pipeline = env.save(threeStagePipeline(QStringLiteral("P")))->pipelineId;
        GermanEngine german;
        QCoreApplication::installTranslator(&german);
        CreateReleaseDialog dialog({*env.services, Identity{QStringLiteral("alice")}}, pipeline);
        dialog.show();
        auto *description = dialog.findChild<QPlainTextEdit *>(QStringLiteral("releaseDescription"));
        description->setPlainText(QStringLiteral("hotfix"));
        // The window's connection gives up after 100 ms here (3 s by default).
        QVERIFY(env.sqlite().connection().execOnly(QStringLiteral("PRAGMA busy_timeout = 100")).ok());
        {
            LockHolder holder(env.databasePath(), 20000);
            QVERIFY(holder.waitUntilLocked());
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("createReleaseOk")), Qt::LeftButton);
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("createReleaseProblem"))->text(),
                     QStringLiteral("die Datenbank ist belegt (von einem anderen Prozess gesperrt)"));
            QCOMPARE(description->toPlainText(), QStringLiteral("hotfix"));
            QCOMPARE(env.services->releases.list(QStringLiteral("P"), 10)->size(), 0);
        }
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("createReleaseOk")), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(env.services->releases.list(QStringLiteral("P"), 10)->first().description, QStringLiteral("hotfix"));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(BusyDialogTest)
#include "tst_busydialog.moc"
