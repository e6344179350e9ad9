#include "databaseconnector.h"
#include "memorykeyring.h"
#include "settingsdialog.h"
#include "store/storefactory.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace slipway;
using namespace slipway::testing;

namespace {

struct ServerFields final {
    QString host;
    int port = 5432;
    QString database, user, password, tls = QStringLiteral("disable");
};

} // namespace

// Settings ▸ Database (docs/user-guide.md#settings): a file or a team server, Test connection against the suite's
// real server off the GUI thread, the password in the keyring and never in the preferences.
class DatabaseSettingsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pgpass"))));
        qputenv("SLIPWAY_KEY_FILE", QFile::encodeName(m_dir.filePath(QStringLiteral("team.key"))));
    }

    void init() {
        m_preferences.kept = {};
        m_keyring.answers = true;
        m_keyring.clear();
    }

    void cleanup() {
        delete m_dialog;
        QThreadPool::globalInstance()->waitForDone(15000);
    }

    void theServerIsKeptWithoutItsPassword() {
        openDialog();
        fill({QStringLiteral("db.example.com"), 6543, QStringLiteral("team"), QStringLiteral("alice"),
              QStringLiteral("s3cret"), QStringLiteral("verify-full")});
        // On a team server the login acts: the display name is not used, and General says so.
        QVERIFY(!find<QLineEdit>("settingsDisplayName")->isEnabled());
        QVERIFY(!find<QLabel>("settingsNameOnTeamServer")->isHidden());
        clickOk();
        QTRY_VERIFY(!m_dialog->isVisible());
        const QString kept = QStringLiteral("postgresql://alice@db.example.com:6543/team?sslmode=verify-full");
        QCOMPARE(m_preferences.kept.database, kept);
        QCOMPARE(m_keyring.entries().value(QStringLiteral("team-password:") + kept), QStringLiteral("s3cret"));
        // Opened again, it shows the server, and no password.
        delete m_dialog;
        openDialog();
        QVERIFY(find<QRadioButton>("settingsDatabaseTeam")->isChecked());
        QCOMPARE(find<QLineEdit>("settingsServerHost")->text(), QStringLiteral("db.example.com"));
        QCOMPARE(find<QSpinBox>("settingsServerPort")->value(), 6543);
        QCOMPARE(find<QLineEdit>("settingsServerDatabase")->text(), QStringLiteral("team"));
        QCOMPARE(find<QLineEdit>("settingsServerUser")->text(), QStringLiteral("alice"));
        QCOMPARE(find<QLineEdit>("settingsServerPassword")->text(), QString());
        QCOMPARE(find<QLineEdit>("settingsServerPassword")->echoMode(), QLineEdit::Password);
        QCOMPARE(find<QComboBox>("settingsServerTls")->currentData().toString(), QStringLiteral("verify-full"));
        QVERIFY(!find<QLineEdit>("settingsDisplayName")->isEnabled());
        // Back to a file.
        QTest::mouseClick(find<QRadioButton>("settingsDatabaseLocal"), Qt::LeftButton);
        QVERIFY(find<QLineEdit>("settingsDisplayName")->isEnabled());
        QVERIFY(find<QLabel>("settingsNameOnTeamServer")->isHidden());
        QVERIFY(find<QLineEdit>("settingsDatabase")->isVisible());
        QVERIFY(!find<QLineEdit>("settingsServerHost")->isVisible());
        find<QLineEdit>("settingsDatabase")->setText(m_dir.filePath(QStringLiteral("mine.db")));
        clickOk();
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_preferences.kept.database, m_dir.filePath(QStringLiteral("mine.db")));
    }

    void withoutAKeyringTheDialogStaysOpen() {
        m_keyring.answers = false;
        openDialog();
        fill({QStringLiteral("db.example.com"), 5432, QStringLiteral("team"), QStringLiteral("alice"),
              QStringLiteral("s3cret")});
        clickOk();
        QVERIFY(m_dialog->isVisible());
        auto *problem = find<QLabel>("restProblem");
        QVERIFY2(problem->text().contains(QStringLiteral("~/.pgpass")), qPrintable(problem->text()));
        QCOMPARE(find<QLineEdit>("settingsServerHost")->text(), QStringLiteral("db.example.com"));
        QCOMPARE(m_preferences.kept.database, QString());
        find<QLineEdit>("settingsServerPassword")->clear(); // libpq's conventions then
        clickOk();
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_preferences.kept.database,
                 QStringLiteral("postgresql://alice@db.example.com:5432/team?sslmode=disable"));
    }

    // A server that takes the connection and never answers: the window goes on (timers fire, it repaints) until
    // the connection timeout, kept from the URI the preferences had, gives the unreachable sentence.
    void theWindowStaysLiveWhileTheServerIsSilent() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        m_preferences.kept.database =
            QStringLiteral("postgresql://alice@127.0.0.1:%1/team?sslmode=disable&connect_timeout=2")
                .arg(silent.serverPort());
        openDialog();
        find<QLineEdit>("settingsServerPassword")->setText(QStringLiteral("pw"));
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(20);
        QTest::mouseClick(find<QPushButton>("settingsTestConnection"), Qt::LeftButton);
        auto *result = find<QLabel>("settingsConnectionResult");
        QVERIFY(!find<QPushButton>("settingsTestConnection")->isEnabled());
        QVERIFY2(result->text().startsWith(QStringLiteral("Connecting to postgresql://alice@127.0.0.1:")),
                 qPrintable(result->text()));
        QVERIFY(!result->text().contains(QStringLiteral("pw")));
        QTRY_VERIFY(ticks >= 20); // 400 ms of a silent server
        QVERIFY(!m_dialog->grab().isNull());
        QVERIFY(!find<QPushButton>("settingsTestConnection")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("settingsTestConnection")->isEnabled(), 10000);
        QVERIFY2(result->text().startsWith(QStringLiteral("Not connected: cannot reach the team database")),
                 qPrintable(result->text()));
        QVERIFY(m_dialog->isVisible());
        clickOk();
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_preferences.kept.database, QStringLiteral("postgresql://alice@127.0.0.1:%1/team?sslmode=disable&"
                                                             "connect_timeout=2")
                                                  .arg(silent.serverPort()));
    }

    void closingWhileTestingDropsTheAnswer() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        m_preferences.kept.database =
            QStringLiteral("postgresql://alice@127.0.0.1:%1/team?sslmode=disable&connect_timeout=1")
                .arg(silent.serverPort());
        openDialog();
        QTest::mouseClick(find<QPushButton>("settingsTestConnection"), Qt::LeftButton);
        QVERIFY(!find<QPushButton>("settingsTestConnection")->isEnabled());
        delete m_dialog;
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCoreApplication::processEvents(); // the answer of a dialog that is gone goes nowhere
    }

    void aClosedPortIsUnreachable() {
        openDialog();
        fill({QStringLiteral("127.0.0.1"), closedPort(), QStringLiteral("team"), QStringLiteral("alice"),
              QStringLiteral("pw")});
        QCOMPARE(testConnection(), QStringLiteral("Not connected: cannot reach the team database "
                                                  "postgresql://alice@127.0.0.1:%1/team?sslmode=disable: connection "
                                                  "to server at \"127.0.0.1\", port %1 failed: Connection refused.")
                                       .arg(find<QSpinBox>("settingsServerPort")->value()));
        QCOMPARE(find<QLineEdit>("settingsServerPassword")->text(), QStringLiteral("pw")); // what was typed stays
        QVERIFY(m_keyring.entries().isEmpty());                                            // a test keeps nothing
    }

    void theSuiteServerAnswers() {
        const ServerUri server = passwordServer();
        if (server.host.isEmpty())
            QSKIP("needs the suite's cluster (the @postgres variant)");
        TestDatabase made(m_dir.path(), QStringLiteral("made.db"));
        QVERIFY(openStore(made.location()).ok()); // the schema, by the superuser
        const QString name = databaseName(made);
        TestDatabase empty(m_dir.path(), QStringLiteral("empty.db"));
        openDialog();
        ServerFields fields{server.host, server.port, name, server.user, server.password};
        fill(fields);
        // Another role than the owner's: it connects, but may not read the tables.
        QCOMPARE(testConnection(),
                 QStringLiteral("Not connected: the team database postgresql://%1@%2:%3/%4?sslmode=disable lets this "
                                "login connect but not read Slipway's tables: the database's owner grants them "
                                "(docs/team-setup.md).")
                     .arg(server.user, server.host)
                     .arg(server.port)
                     .arg(name));
        QVERIFY(made.exec(QStringLiteral("GRANT SELECT ON slipway_schema TO %1").arg(server.user)));
        QCOMPARE(testConnection(),
                 QStringLiteral("Connected: the database uses schema version %1, as this Slipway does.")
                     .arg(probeTeamDatabase(made.location())->supported));
        find<QLineEdit>("settingsServerDatabase")->setText(databaseName(empty));
        QCOMPARE(testConnection(), QStringLiteral("Connected to an empty database: Slipway makes its tables when it "
                                                  "first opens it (or run slipway db init)."));
        find<QLineEdit>("settingsServerDatabase")->setText(QStringLiteral("slipway_no_such_database"));
        QVERIFY2(testConnection().contains(QStringLiteral("does not exist on its server")),
                 qPrintable(find<QLabel>("settingsConnectionResult")->text()));
        find<QLineEdit>("settingsServerDatabase")->setText(name);
        find<QLineEdit>("settingsServerPassword")->setText(server.password + QLatin1Char('x'));
        const QString refused = testConnection();
        QVERIFY2(refused.contains(QStringLiteral("refused the password of user ") + server.user), qPrintable(refused));
        QVERIFY(!refused.contains(server.password));
        // An empty field: the keyring's password, as at the next start.
        find<QLineEdit>("settingsServerPassword")->clear();
        QVERIFY2(testConnection().contains(QStringLiteral("asks for a password")),
                 qPrintable(find<QLabel>("settingsConnectionResult")->text()));
        fields.password.clear();
        fill(fields);
        QVERIFY(m_keyring.write(QStringLiteral("team-password:") +
                                    QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                                        .arg(server.user, server.host)
                                        .arg(server.port)
                                        .arg(name),
                                server.password));
        QVERIFY2(testConnection().startsWith(QStringLiteral("Connected: ")),
                 qPrintable(find<QLabel>("settingsConnectionResult")->text()));
    }

private:
    QTemporaryDir m_dir;
    MemoryPreferences m_preferences;
    MemoryKeyring m_keyring;
    std::shared_ptr<MemoryKeyring> m_sharedKeyring{std::shared_ptr<MemoryKeyring>{}, &m_keyring};
    QPointer<SettingsDialog> m_dialog;

    template <typename Widget>
    Widget *find(const char *name) const {
        auto *widget = m_dialog->findChild<Widget *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s in the dialog", name);
        return widget;
    }

    void openDialog() {
        m_dialog = new SettingsDialog(nullptr, &m_preferences, std::nullopt, databaseConnector(m_sharedKeyring));
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
        auto *tabs = find<QTabWidget>("settingsTabs");
        tabs->setCurrentWidget(find<QWidget>("databaseSettings"));
    }

    void fill(const ServerFields &fields) {
        QTest::mouseClick(find<QRadioButton>("settingsDatabaseTeam"), Qt::LeftButton);
        QVERIFY(find<QLineEdit>("settingsServerHost")->isVisible());
        for (const auto &[name, text] :
             {std::pair{"settingsServerHost", fields.host}, std::pair{"settingsServerDatabase", fields.database},
              std::pair{"settingsServerUser", fields.user}, std::pair{"settingsServerPassword", fields.password}}) {
            auto *edit = find<QLineEdit>(name);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
        find<QSpinBox>("settingsServerPort")->setValue(fields.port);
        auto *tls = find<QComboBox>("settingsServerTls");
        tls->setCurrentIndex(tls->findData(fields.tls));
        QCOMPARE(tls->currentData().toString(), fields.tls);
    }

    // Clicks Test connection and returns the sentence it ends with.
    QString testConnection() {
        auto *button = find<QPushButton>("settingsTestConnection");
        QTest::mouseClick(button, Qt::LeftButton);
        if (button->isEnabled())
            qFatal("Test connection shows no busy state");
        if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 10000))
            return QStringLiteral("(no answer within 10 s)");
        auto *result = find<QLabel>("settingsConnectionResult");
        if (!QTest::qWaitFor([&] { return wholeSentenceShows(result); }, 2000))
            return QStringLiteral("(the sentence is cut: %1 px of %2 shown) ")
                       .arg(result->height())
                       .arg(result->heightForWidth(result->width())) +
                   result->text();
        return result->text();
    }

    // Every line of the result shows: the label is as tall as its wrapped text and nothing lies over it (the tab
    // page once gave it one line, whatever the sentence).
    bool wholeSentenceShows(QLabel *result) const {
        auto *restart = find<QLabel>("settingsDatabaseRestart");
        const QRect shown(result->mapTo(m_dialog, QPoint(0, 0)), result->size());
        const QRect below(restart->mapTo(m_dialog, QPoint(0, 0)), restart->size());

        return shown.height() >= result->heightForWidth(shown.width()) && shown.bottom() < below.top() &&
               m_dialog->rect().contains(shown);
    }

    void clickOk() {
        QTest::mouseClick(find<QDialogButtonBox>("settingsButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    static QString databaseName(const TestDatabase &database) {
        return database.location().section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
    }
};

QTEST_MAIN(DatabaseSettingsTest)
#include "tst_databasesettings.moc"
