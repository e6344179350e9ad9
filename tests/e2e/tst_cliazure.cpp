// `slipway pipeline import` of Azure classic release definitions, through the real binary and a real database.

#include "cliprocess.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Outcome = slipway::testing::CliOutcome;

QString azureData(const char *name) {
    return QStringLiteral(SLIPWAY_TEST_DATA "/azure/") + QString::fromLatin1(name);
}

const QString bookings = azureData("microsoft__AzureDevOpsDemoGenerator__Bookings-CD.json");

} // namespace

class CliAzureTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<slipway::testing::TestDatabase> m_database; // an SQLite file or a PostgreSQL database

    QString database() {
        if (!m_database)
            m_database = std::make_unique<slipway::testing::TestDatabase>(m_dir.path(), QStringLiteral("cli.db"));
        return m_database->location();
    }

    Outcome slipway(const QStringList &arguments) {
        return slipway::testing::runSlipway(slipway::testing::actingAs(database(), QStringLiteral("carol")) + arguments,
                                            m_dir.filePath(QStringLiteral("data")));
    }

    QStringList pipelineNames() {
        QStringList names;
        const Outcome list = slipway({QStringLiteral("pipeline"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &pipeline : QJsonDocument::fromJson(list.out).array())
            names << pipeline.toObject().value(QStringLiteral("name")).toString();
        return names;
    }

    QString write(const QString &name, const QByteArray &bytes) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

private Q_SLOTS:
    void aDryRunShowsTheReportAndSavesNothing() {
        // WHEN an Azure export is imported with --dry-run --json
        const Outcome outcome = slipway({QStringLiteral("pipeline"), QStringLiteral("import"), bookings,
                                         QStringLiteral("--dry-run"), QStringLiteral("--json")});
        // THEN the report lists each part with its path, and no pipeline exists
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        const QJsonObject json = QJsonDocument::fromJson(outcome.out).object();
        QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("azure"));
        QVERIFY(json.value(QLatin1String("dryRun")).toBool());
        QVERIFY(json.value(QLatin1String("valid")).toBool());
        bool pullRequest = false;
        for (const QJsonValue &note : json.value(QLatin1String("notes")).toArray())
            pullRequest = pullRequest || (note[QLatin1String("path")] == QLatin1String("triggers[0]") &&
                                          !note[QLatin1String("mapped")].toBool());
        QVERIFY(pullRequest);
        QCOMPARE(json.value(QLatin1String("pipeline")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Bookings-CD"));
        QVERIFY(!pipelineNames().contains(QStringLiteral("Bookings-CD")));
        // AND the text form says so too
        const Outcome text =
            slipway({QStringLiteral("pipeline"), QStringLiteral("import"), bookings, QStringLiteral("--dry-run")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Not mapped:\n") && text.out.contains("  triggers[0]: pull-request") &&
                     text.out.contains("Dry run: nothing saved."),
                 text.out.constData());
    }

    void aRealImportSavesThePipelineThatExportsToAValidFile() {
        // GIVEN an Azure definition in UTF-16 LE with its variable groups, numeric enums and gates
        QFile source(azureData("synthetic-numeric-enums.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QString path = write(QStringLiteral("utf16.json"), encoder.encode(QString::fromUtf8(source.readAll())));
        // WHEN it is imported
        const Outcome outcome = slipway({QStringLiteral("pipeline"), QStringLiteral("import"), path});
        // THEN it is saved, the report is printed and the groups it links were created empty
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        QVERIFY2(outcome.out.contains("Created pipeline") &&
                     outcome.out.contains("Secrets needing a value: deployToken"),
                 outcome.out.constData());
        QVERIFY2(outcome.err.contains(QStringLiteral("variable group \"azure-variable-group-7\" was created empty")),
                 qPrintable(outcome.err));
        // AND its export validates
        const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
        QCOMPARE(slipway({QStringLiteral("pipeline"), QStringLiteral("export"),
                          QStringLiteral("Synthetic numeric enums"), exported})
                     .exitCode,
                 0);
        const Outcome valid = slipway({QStringLiteral("pipeline"), QStringLiteral("validate"), exported});
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.err));
    }

    void whatIsNotADefinitionExitsOneWithTheReason() {
        const QString slipwayFile =
            write(QStringLiteral("native.json"), R"({"name":"Native","stages":[{"name":"Dev"}]})");
        const Outcome forced = slipway({QStringLiteral("pipeline"), QStringLiteral("import"), slipwayFile,
                                        QStringLiteral("--from"), QStringLiteral("azure")});
        QCOMPARE(forced.exitCode, 1);
        QVERIFY2(forced.err.contains(QStringLiteral("not an Azure release definition")), qPrintable(forced.err));
        const QString garbage = write(QStringLiteral("garbage.json"), "\xFF\xFE{\x00");
        const Outcome notJson = slipway({QStringLiteral("pipeline"), QStringLiteral("import"), garbage,
                                         QStringLiteral("--from"), QStringLiteral("azure")});
        QCOMPARE(notJson.exitCode, 1);
        QVERIFY2(notJson.err.contains(QStringLiteral("not valid JSON")), qPrintable(notJson.err));
        // --from slipway reads the Azure file as Slipway's format: refused, nothing saved
        const Outcome native = slipway({QStringLiteral("pipeline"), QStringLiteral("import"), bookings,
                                        QStringLiteral("--from"), QStringLiteral("slipway")});
        QCOMPARE(native.exitCode, 1);
        QVERIFY2(native.err.contains(QStringLiteral("environments")), qPrintable(native.err));
        QVERIFY(!pipelineNames().contains(QStringLiteral("Bookings-CD")));
        QCOMPARE(slipway({QStringLiteral("pipeline"), QStringLiteral("import"), bookings, QStringLiteral("--from"),
                          QStringLiteral("yaml")})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(CliAzureTest)
#include "tst_cliazure.moc"
