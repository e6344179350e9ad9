#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

const QByteArray secretValue = "cli-gr0up-s3cr3t\xc3\xbc";

} // namespace

// `slipway variable-group …` end to end: the real binary, a real SQLite file, through QProcess.
class VariableGroupCliTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<slipway::testing::TestDatabase> m_database; // an SQLite file or a PostgreSQL database

    QString database() {
        if (!m_database)
            m_database = std::make_unique<slipway::testing::TestDatabase>(m_dir.path(), QStringLiteral("groups.db"));
        return m_database->location();
    }

    Outcome slipway(const QStringList &arguments, const QByteArray &input = {}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("SLIPWAY_DATABASE"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SLIPWAY_BINARY),
                      slipway::testing::actingAs(database(), QStringLiteral("carol")) + arguments);
        if (!process.waitForStarted(30000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    // The database's files, or on PostgreSQL every stored cell.
    QByteArray databaseFiles() {
        if (m_database->isPostgres())
            return slipway::testing::storedText(*m_database).toUtf8();
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(database() + suffix);
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void addSetShowListUnsetAndRemove() {
        const Outcome added =
            slipway({QStringLiteral("variable-group"), QStringLiteral("add"), QStringLiteral("Shared"),
                     QStringLiteral("--description"), QStringLiteral("for every stage")});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains("Created variable group"), added.out.constData());
        QCOMPARE(slipway({QStringLiteral("variable-group"), QStringLiteral("add"), QStringLiteral("shared")}).exitCode,
                 4); // names are unique whatever their case
        QCOMPARE(slipway({QStringLiteral("variable-group"), QStringLiteral("set"), QStringLiteral("Shared"),
                          QStringLiteral("region"), QStringLiteral("eu-west")})
                     .exitCode,
                 0);
        // The secret comes on stdin, never on the command line.
        const Outcome secret =
            slipway({QStringLiteral("variable-group"), QStringLiteral("set"), QStringLiteral("Shared"),
                     QStringLiteral("token"), QStringLiteral("-"), QStringLiteral("--secret")},
                    secretValue + "\n");
        QCOMPARE(secret.exitCode, 0);

        const Outcome shown =
            slipway({QStringLiteral("variable-group"), QStringLiteral("show"), QStringLiteral("shared")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("region = eu-west"), shown.out.constData());
        QVERIFY2(shown.out.contains("token = *** (secret)"), shown.out.constData());
        QVERIFY(!shown.out.contains("s3cr3t"));

        const Outcome json =
            slipway({QStringLiteral("variable-group"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray groups = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(groups.size(), 1);
        const QJsonObject group = groups[0].toObject();
        QCOMPARE(group.value(QStringLiteral("name")).toString(), QStringLiteral("Shared"));
        QCOMPARE(group.value(QStringLiteral("description")).toString(), QStringLiteral("for every stage"));
        const QJsonArray variables = group.value(QStringLiteral("variables")).toArray();
        QCOMPARE(variables.size(), 2);
        QVERIFY(variables[1].toObject().value(QStringLiteral("value")).isNull());
        QVERIFY(variables[1].toObject().value(QStringLiteral("secret")).toBool());
        QVERIFY(!json.out.contains("s3cr3t"));
        QVERIFY(!databaseFiles().isEmpty());
        QVERIFY(!databaseFiles().contains("gr0up-s3cr3t"));

        QCOMPARE(slipway({QStringLiteral("variable-group"), QStringLiteral("unset"), QStringLiteral("Shared"),
                          QStringLiteral("region")})
                     .exitCode,
                 0);
        const Outcome missing = slipway({QStringLiteral("variable-group"), QStringLiteral("unset"),
                                         QStringLiteral("Shared"), QStringLiteral("region")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("has no variable \"region\"")), qPrintable(missing.err));

        // Linked by a pipeline, the group cannot go; a pipeline naming an unknown group is refused.
        const QString file = m_dir.filePath(QStringLiteral("p.json"));
        QFile pipeline(file);
        QVERIFY(pipeline.open(QIODevice::WriteOnly));
        pipeline.write(
            R"({"name":"P","variableGroups":["shared"],"stages":[{"name":"Dev","variableGroups":["Nope"]}]})");
        pipeline.close();
        const Outcome unknown = slipway({QStringLiteral("pipeline"), QStringLiteral("import"), file});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("stages[0].variableGroups[0]: unknown variable group \"Nope\"")),
                 qPrintable(unknown.err));
        QVERIFY(pipeline.open(QIODevice::WriteOnly | QIODevice::Truncate));
        pipeline.write(R"({"name":"P","variableGroups":["shared"],"stages":[{"name":"Dev"}]})");
        pipeline.close();
        QCOMPARE(slipway({QStringLiteral("pipeline"), QStringLiteral("import"), file}).exitCode, 0);
        const Outcome used =
            slipway({QStringLiteral("variable-group"), QStringLiteral("show"), QStringLiteral("Shared")});
        QVERIFY2(used.out.contains("Used by:\n  P\n"), used.out.constData());
        const Outcome refused =
            slipway({QStringLiteral("variable-group"), QStringLiteral("remove"), QStringLiteral("Shared")});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("is linked by pipeline \"P\"")), qPrintable(refused.err));

        QCOMPARE(
            slipway({QStringLiteral("variable-group"), QStringLiteral("remove"), QStringLiteral("Other")}).exitCode, 2);
        QCOMPARE(slipway({QStringLiteral("variable-group"), QStringLiteral("show")}).exitCode, 1);
        const Outcome wrong = slipway({QStringLiteral("variable-group"), QStringLiteral("frobnicate")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("add, set, unset, list, show, remove")), qPrintable(wrong.err));
    }
};

QTEST_GUILESS_MAIN(VariableGroupCliTest)
#include "tst_variablegroupcli.moc"
