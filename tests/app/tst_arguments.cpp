#include "arguments.h"

#include <QProcess>
#include <QTest>
#include <QTextStream>

using namespace slipway;

namespace {

QStringList line(const QStringList &words) {
    return QStringList{QStringLiteral("slipway")} + words;
}

// What the program answers before running anything: the exit code (-1: it runs), stdout, stderr.
struct Answer final {
    int exitCode = -1;
    QString out;
    QString err;
};

Answer answerOf(const QStringList &words) {
    Answer answer;
    QTextStream out(&answer.out);
    QTextStream err(&answer.err);
    if (const std::optional<int> code = answerWithoutRunning(Arguments::parse(line(words)), out, err))
        answer.exitCode = *code;
    return answer;
}

} // namespace

// The program's one command-line parser: how it tells the window, --headless and the commands apart, and
// what it says about mistakes.
class ArgumentsTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setApplicationName(QStringLiteral("slipway"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void wordsNameACommandAndOptionValuesAreNoWords() {
        QCOMPARE(Arguments::modeOf(line({})), RunMode::Window);
        QCOMPARE(Arguments::modeOf(line({QStringLiteral("--database"), QStringLiteral("a.db")})), RunMode::Window);
        QCOMPARE(Arguments::modeOf(line({QStringLiteral("--page"), QStringLiteral("settings")})), RunMode::Window);
        QCOMPARE(
            Arguments::modeOf(line({QStringLiteral("--headless"), QStringLiteral("--grace"), QStringLiteral("3")})),
            RunMode::Headless);
        QCOMPARE(Arguments::modeOf(line({QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("release"),
                                         QStringLiteral("list")})),
                 RunMode::Command);
    }

    void aCommandKeepsItsWordsAndOptions() {
        const Arguments parsed = Arguments::parse(
            line({QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("Shop"), QStringLiteral("-var"),
                  QStringLiteral("a=1"), QStringLiteral("--var"), QStringLiteral("b=2"), QStringLiteral("--json")}));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed.mode(), RunMode::Command);
        QCOMPARE(parsed.positional(),
                 (QStringList{QStringLiteral("release"), QStringLiteral("create"), QStringLiteral("Shop")}));
        QCOMPARE(parsed.options().values(QStringLiteral("var")),
                 (QStringList{QStringLiteral("a=1"), QStringLiteral("b=2")}));
        QVERIFY(parsed.isSet(QStringLiteral("json")));
    }

    void theWindowReadsItsPageAndHeadlessItsGrace() {
        const Arguments window = Arguments::parse(line({QStringLiteral("--page"), QStringLiteral("release:12:3")}));
        QVERIFY2(window.ok(), qPrintable(window.error()));
        QCOMPARE(window.page(), (PageRequest{PageKind::Release, 12, 3}));
        const Arguments headless =
            Arguments::parse(line({QStringLiteral("--headless"), QStringLiteral("--grace"), QStringLiteral("4")}));
        QVERIFY2(headless.ok(), qPrintable(headless.error()));
        QCOMPARE(headless.graceSeconds(), 4);
        QCOMPARE(Arguments::parse(line({QStringLiteral("--headless")})).graceSeconds(), 10);
    }

    void mistakesAreToldInOneLineWithExitCodeOne_data() {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown window option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("slipway: Unknown option 'frobnicate'.\n");
        QTest::newRow("a command's option in the window")
            << QStringList{QStringLiteral("--json")} << QStringLiteral("slipway: Unknown option 'json'.\n");
        QTest::newRow("unknown command option")
            << QStringList{QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("--frob")}
            << QStringLiteral("slipway: Unknown option 'frob'.\n");
        QTest::newRow("missing value") << QStringList{QStringLiteral("release"), QStringLiteral("list"),
                                                      QStringLiteral("--top")}
                                       << QStringLiteral("slipway: Missing value after '--top'.\n");
        QTest::newRow("grace not a number")
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--grace"), QStringLiteral("soon")}
            << QStringLiteral("slipway: --grace takes a number of seconds\n");
        QTest::newRow("negative grace") << QStringList{QStringLiteral("--headless"), QStringLiteral("--grace"),
                                                       QStringLiteral("-1")}
                                        << QStringLiteral("slipway: --grace takes a number of seconds\n");
        QTest::newRow("not a page") << QStringList{QStringLiteral("--page"), QStringLiteral("inbox")}
                                    << QStringLiteral(
                                           "slipway: --page: \"inbox\" is not a page; use approvals, "
                                           "dashboard, whatswhere, library, agents, settings, release:ID[:TAB] or "
                                           "editor[:ID[:TAB]]\n");
    }

    void mistakesAreToldInOneLineWithExitCodeOne() {
        QFETCH(QStringList, words);
        QFETCH(QString, message);
        const Answer answer = answerOf(words);
        QCOMPARE(answer.exitCode, 1);
        QCOMPARE(answer.err, message);
        QVERIFY(answer.out.isEmpty());
    }

    void helpAndVersionAnswerOnStdout() {
        const Answer windowHelp = answerOf({QStringLiteral("--help")});
        QCOMPARE(windowHelp.exitCode, 0);
        QVERIFY2(windowHelp.out.contains(QStringLiteral("--screenshot <FILE>")), qPrintable(windowHelp.out));
        QVERIFY(!windowHelp.out.contains(QStringLiteral("--json")));
        const Answer commandHelp = answerOf({QStringLiteral("release"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY2(commandHelp.out.contains(QStringLiteral("--json")), qPrintable(commandHelp.out));
        const Answer version = answerOf({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QStringLiteral("slipway 9.8.7\n"));
        // the commands take --version without answering it
        QCOMPARE(answerOf({QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("--version")}).exitCode,
                 -1);
        QCOMPARE(answerOf({QStringLiteral("release"), QStringLiteral("list")}).exitCode, -1);
    }

    void theProgramStopsAtAMistakeBeforeOpeningAnything() {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SLIPWAY_BINARY), {QStringLiteral("--page"), QStringLiteral("release:x")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(process.readAllStandardError().contains("slipway: --page: \"release:x\" is not a page"),
                 "the window must not open for a page it cannot show");
    }
};

QTEST_GUILESS_MAIN(ArgumentsTest)
#include "tst_arguments.moc"
