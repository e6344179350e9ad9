// Languages: the catalogues are complete and current, and the window in German and French shows no
// English (and no string the catalogue does not know) on its pages, engine refusals and log lines included.
#include "appsession.h"
#include "approvalinboxmodel.h"
#include "approvalspage.h"
#include "azureimportdialog.h"
#include "azure/definitionfile.h"
#include "errortext.h"
#include "mainwindow.h"
#include "pipelinetreemodel.h"
#include "preferences.h"
#include "releasegridmodel.h"
#include "translations.h"

#include "definition/pipelineparser.h"
#include "runtime/deploymentengine.h"

#include "catalogue.h"
#include "core/identity.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QTreeWidget>
#include <QDialogButtonBox>
#include <QHostInfo>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <unistd.h>

using namespace slipway;
using namespace slipway::testing;

namespace {

// The app's catalogues installed as the app does it; removed again at the end.
struct Language final {
    explicit Language(const QString &code) { loaded = installTranslations(*qApp, code); }
    ~Language() {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    QString loaded;
};

// Preferences kept in memory, as the app keeps them in QSettings.
class MemoryPreferences final : public PreferenceStore {
public:
    Preferences kept;
    Preferences load() const override { return kept; }
    void save(const Preferences &preferences) override { kept = preferences; }
};

// Names that are not words of the UI: they may show as they are. None is an English UI word.
const char *pipeline = R"({"name":"Webshop","stages":[
  {"name":"Dev","trigger":{"type":"afterRelease"},"tasks":[{"name":"build-1","type":"script","script":"echo hello-world"}]},
  {"name":"Prod","trigger":{"type":"afterStages","stages":["Dev"]},
   "preApprovals":{"approvers":["newcomer"],"requesterCannotApprove":false},
   "tasks":[{"name":"build-1","type":"script","script":"true"}]}]})";

} // namespace

class TranslationsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cataloguesAreCompleteAndCurrent_data() {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "fr", "en"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // Every message translated, placeholders and mnemonics kept; and lupdate over today's sources finds
    // nothing new (a new tr() without a translation fails here: run tools/update-translations.sh).
    void cataloguesAreCompleteAndCurrent() {
        QFETCH(QString, language);
        const QString file = QStringLiteral(SLIPWAY_SOURCE_DIR "/translations/slipway_%1.ts").arg(language);
        const QList<Message> committed = readCatalogue(file);
        QVERIFY2(!committed.isEmpty(), qPrintable(file));
        QStringList problems = catalogueProblems(committed, language == QLatin1String("en"));
        QTemporaryDir dir;
        const QString current = dir.filePath(QStringLiteral("current.ts"));
        QVERIFY(QFile::copy(file, current));
        QString error;
        QVERIFY2(runLupdate(current, language == QLatin1String("en"), &error), qPrintable(error));
        for (const Message &message : readCatalogue(current))
            if (message.type == QLatin1String("unfinished"))
                problems << QStringLiteral("not in the catalogue yet [%1] %2").arg(message.context, message.source);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void enginesWordsInTheUsersLanguage() {
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(session.ok());
        const Status refused = (*session)->services().releases.abandon(4242, Identity{QStringLiteral("newcomer")});
        QVERIFY(!refused.ok());
        const ParsedPipeline parsed =
            parsePipeline(QByteArray(R"({"name":"W","stages":[{"name":"Dev","trigger":{"type":"manual"},"tasks":[
                {"name":"t","type":"script","script":"true","timeout":"soon"}]}]})"));
        QVERIFY(!parsed.problems.isEmpty());
        {
            Language german(QStringLiteral("de"));
            QCOMPARE(german.loaded, QStringLiteral("de_DE"));
            QCOMPARE(errorText(refused.error()), QStringLiteral("Release 4242 nicht gefunden"));
            QVERIFY2(problemText(parsed.problems.first())
                         .endsWith(QStringLiteral("„soon“ ist keine Dauer (z. B. „5m“ "
                                                  "verwenden)")),
                     qPrintable(problemText(parsed.problems.first())));
            QCOMPARE(engineText(QStringLiteral("Deploying Release-3 to Dev, attempt 2")),
                     QStringLiteral("Release-3 wird auf Dev bereitgestellt, Versuch 2"));
            QCOMPARE(engineText(QStringLiteral("Task build: failed (exit code 1)")),
                     QStringLiteral("Aufgabe build: Fehlgeschlagen (Exit-Code 1)"));
            QCOMPARE(engineText(QStringLiteral("Skipped smoke: not run: canceled by ann")),
                     QStringLiteral("smoke übersprungen: nicht ausgeführt: abgebrochen von ann"));
            QCOMPARE(engineText(QStringLiteral("1 file(s) copied to /srv")),
                     QStringLiteral("1 Datei nach /srv kopiert"));
            QCOMPARE(engineText(QStringLiteral("echo from a script")), QStringLiteral("echo from a script"));
            // The most specific agent wait first: "pool %1" alone would swallow the demand.
            QCOMPARE(engineText(QStringLiteral("waiting for an agent of pool prod with java = 17")),
                     QStringLiteral("wartet auf einen Agenten des Pools prod mit java = 17"));
            QCOMPARE(engineText(QStringLiteral("waiting for an agent of pool prod")),
                     QStringLiteral("wartet auf einen Agenten des Pools prod"));
            QCOMPARE(statusText(TaskStatus::Interrupted), QStringLiteral("Unterbrochen"));
            QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
            QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen")); // Qt's own
        }
        {
            Language french(QStringLiteral("fr"));
            QCOMPARE(errorText(refused.error()), QStringLiteral("mise en production 4242 introuvable"));
            QCOMPARE(engineText(QStringLiteral("Task build: succeeded")), QStringLiteral("Tâche build\u00a0: Réussie"));
            QDialogButtonBox buttons(QDialogButtonBox::Cancel);
            QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
        }
        { // English has its plural forms, also for the engine's sentences
            Language english(QStringLiteral("en"));
            QCOMPARE(english.loaded, QStringLiteral("en_US"));
            QCOMPARE(QCoreApplication::translate("slipway::PipelineEditorDialog", "%n error(s)", nullptr, 1),
                     QStringLiteral("1 error"));
            QCOMPARE(QCoreApplication::translate("slipway::PipelineEditorDialog", "%n error(s)", nullptr, 3),
                     QStringLiteral("3 errors"));
            QCOMPARE(engineText(QStringLiteral("1 file(s) copied to /srv")), QStringLiteral("1 file copied to /srv"));
        }
    }

    // The Azure import's report in the user's language: its counts and each note, made by the engine.
    void anAzureImportReportInTheUsersLanguage() {
        QTemporaryDir dir;
        auto session = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(session.ok());
        QFile file(QStringLiteral(SLIPWAY_TEST_DATA "/azure/microsoft__AzureDevOpsDemoGenerator__Bookings-CD.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Result<azure::DefinitionFile> read = azure::readDefinitionFile(file.readAll());
        QVERIFY(read.ok() && read->mapping);
        Language german(QStringLiteral("de"));
        AzureImportDialog dialog({(*session)->services(), Identity{QStringLiteral("newcomer")}}, file.fileName(),
                                 std::move(*read));
        const auto *counts = dialog.findChild<QLabel *>(QStringLiteral("azureImportCounts"));
        QVERIFY2(counts->text().startsWith(QStringLiteral("Übernommen: ")), qPrintable(counts->text()));
        const auto *notes = dialog.findChild<QTreeWidget *>(QStringLiteral("azureImportNotes"));
        const QList<QTreeWidgetItem *> name =
            notes->findItems(QStringLiteral("environments[0].name"), Qt::MatchExactly, 0);
        QCOMPARE(name.size(), 1);
        QCOMPARE(name.first()->text(2), QStringLiteral("→ Stufe"));
        for (int i = 0; i < notes->topLevelItemCount(); ++i) {
            const QString text = notes->topLevelItem(i)->text(2);
            QVERIFY2(!text.contains(QStringLiteral("Slipway has no")) && !text.contains(QStringLiteral("metadata")),
                     qPrintable(text));
        }
    }

    void everyVisibleStringIsTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // A release that deployed Dev and waits for an approval in Prod, seen page by page in the language.
    void everyVisibleStringIsTranslated() {
        QFETCH(QString, language);
        Language chosen(language);
        QTemporaryDir dir;
        auto opened = AppSession::open(dir.filePath(QStringLiteral("slipway.db")), QStringLiteral("newcomer"));
        QVERIFY(opened.ok());
        AppSession &session = **opened;
        Services &services = session.services();
        QVERIFY(services.pipelines.save(pipeline, session.identity()).ok());
        CreateReleaseRequest request;
        request.pipeline = QStringLiteral("Webshop");
        const Result<ReleaseRecord> release = services.releases.create(request, session.identity());
        QVERIFY(release.ok());
        DeploymentEngine engine(services,
                                EngineConfig{dir.filePath(QStringLiteral("work")),
                                             {QStringLiteral("test"), qint64(::getpid()), QHostInfo::localHostName()}});
        connect(&engine, &DeploymentEngine::deploymentChanged, &services.notifier,
                [&services](qint64 pipelineId, qint64 releaseId, qint64) {
                    Q_EMIT services.notifier.releaseChanged(pipelineId, releaseId);
                });
        engine.start();

        PipelineTreeModel pipelines(services.queries, services.notifier);
        MainWindow window(pipelines,
                          [&services](qint64 id) {
                              return std::make_unique<ReleaseGridModel>(services.queries, services.notifier, id);
                          },
                          {session.store().location(), session.identity().userName, QString()});
        ApprovalInboxModel inbox({services.approvals, services.inbox, services.queries, services.notifier},
                                 session.clock(), session.identity());
        MemoryPreferences preferences;
        window.setPreferences(&preferences);
        window.setReleaseActions({services, session.identity()});
        window.addApprovalsPage(inbox, {services.approvals, services.deployments, services.directory, services.inbox,
                                        session.clock(), session.identity()});
        connect(&engine, &DeploymentEngine::deploymentChanged, &window, &MainWindow::refreshOpenRelease);
        connect(&engine, &DeploymentEngine::logAppended, &window, &MainWindow::refreshOpenRelease);
        window.resize(1280, 800);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(inbox.rowCount(), 1, 20000); // Dev deployed, Prod waits for newcomer

        Checker checker(readCatalogue(QStringLiteral(SLIPWAY_SOURCE_DIR "/translations/slipway_%1.ts").arg(language)),
                        {QStringLiteral("Webshop"), QStringLiteral("Dev"), QStringLiteral("Prod"),
                         QStringLiteral("Release-1"), QStringLiteral("newcomer"), QStringLiteral("build-1"),
                         QStringLiteral("hello-world"), QStringLiteral("script"), QStringLiteral("slipway.db"),
                         dir.path(), QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Français"),
                         QStringLiteral("Release-$(Rev:r)"),
                         // actors recorded in the history: the test's engine owner and the engine itself
                         QStringLiteral("test"), QStringLiteral("slipway"),
                         // and the OS login a local file records beside each of them
                         osLoginName()},
                        // The editor's field trees show the pipeline's own JSON keys and values.
                        {QStringLiteral("artifactsTree"), QStringLiteral("variablesTree"),
                         QStringLiteral("documentTree"), QStringLiteral("stageTree"), QStringLiteral("schedulesTree")},
                        {});
        QStringList found;
        window.selectFirstPipeline();
        found << checker.check(QStringLiteral("pipeline page"), &window);
        // Longer words must not be cut: a French "Jusqu'à …" date box showed "usqu'à …".
        for (const QDateEdit *edit : window.findChildren<QDateEdit *>())
            if (const QLineEdit *text = edit->findChild<QLineEdit *>();
                edit->isVisible() && text && text->width() < text->fontMetrics().horizontalAdvance(text->text()) + 4)
                found << QStringLiteral("cut: %1 shows \"%2\" in %3 px")
                             .arg(edit->objectName(), text->text())
                             .arg(text->width());
        window.openRelease(release->id);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("releaseTabs"));
        QVERIFY(tabs);
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("deploymentTree"));
        tree->setCurrentIndex(tree->model()->index(0, 0)); // the first attempt's log
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(0);
            found << checker.check(QStringLiteral("release page, tab %1").arg(tab), &window);
        }
        window.showApprovals();
        found << checker.check(QStringLiteral("approvals"), &window);
        window.showDashboard();
        found << checker.check(QStringLiteral("dashboard"), &window);
        window.showWhatsWhere();
        found << checker.check(QStringLiteral("what's where"), &window);
        window.selectFirstPipeline();
        for (const char *action : {"actionSettings", "actionCreateRelease", "actionEditPipeline"}) {
            window.findChild<QAction *>(QString::fromLatin1(action))->trigger();
            QDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = visibleDialog(window)) != nullptr);
            for (QTabWidget *pages : dialog->findChildren<QTabWidget *>())
                for (int tab = 0; tab < pages->count(); ++tab) {
                    pages->setCurrentIndex(tab);
                    found << checker.check(QString::fromLatin1(action), dialog);
                }
            found << checker.check(QString::fromLatin1(action), dialog);
            dialog->reject();
            dialog->close();
            QTRY_VERIFY(!visibleDialog(window));
        }
        found.removeDuplicates();
        for (const QString &text : std::as_const(found))
            qWarning("%s", qPrintable(text));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 strings not translated").arg(found.size())));
    }

private:
    static QDialog *visibleDialog(QWidget &window) {
        for (QDialog *dialog : window.findChildren<QDialog *>())
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
