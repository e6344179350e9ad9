// Azure classic release definitions mapped to Slipway pipelines: the real exports of tests/data/azure/ and the
// synthetic cases made from Microsoft's REST documentation (docs/azure-import.md).

#include "azure/azureimport.h"
#include "definition/pipelineparser.h"
#include "testenvironment.h"

#include <QJsonDocument>
#include <QStringEncoder>
#include <QTest>

using namespace slipway;
using namespace slipway::azure;
using slipway::testing::readTestFile;

namespace {

QByteArray azureFile(const QString &name) {
    return readTestFile(QStringLiteral("azure/") + name);
}

AzureImport mapped(const QByteArray &bytes) {
    const Result<QJsonObject> document = readJsonText(bytes);
    if (!document)
        qFatal("%s", qPrintable(document.error().message));
    Result<AzureImport> result = mapAzureDefinition(*document);
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return *result;
}

// Every member of the Azure file that carries information, as a JSON path ("environments[0].name").
void leafPaths(const QJsonValue &value, const QString &path, QStringList &paths) {
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            leafPaths(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), paths);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            leafPaths(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), paths);
    } else if (!(value.isNull() || (value.isBool() && !value.toBool()) || (value.isDouble() && value.toDouble() == 0) ||
                 (value.isString() && (value.toString().isEmpty() || value.toString() == QLatin1String("false"))))) {
        paths << path;
    }
}

bool covers(const QString &notePath, const QString &leaf) {
    return leaf == notePath || leaf.startsWith(notePath + QLatin1Char('.')) ||
           leaf.startsWith(notePath + QLatin1Char('['));
}

QStringList uncovered(const QJsonObject &azure, const QList<MappingNote> &notes) {
    QStringList leaves;
    leafPaths(azure, QString(), leaves);
    QStringList missing;
    for (const QString &leaf : std::as_const(leaves))
        if (std::none_of(notes.cbegin(), notes.cend(), [&](const MappingNote &n) { return covers(n.path, leaf); }))
            missing << leaf;
    return missing;
}

const MappingNote *noteAt(const AzureImport &import, const QString &path) {
    for (const MappingNote &note : import.notes)
        if (note.path == path)
            return &note;
    return nullptr;
}

QJsonObject stageAt(const AzureImport &import, int index) {
    return import.pipeline.value(QLatin1String("stages")).toArray().at(index).toObject();
}

QJsonObject taskAt(const QJsonObject &stage, int index) {
    return stage.value(QLatin1String("tasks")).toArray().at(index).toObject();
}

QByteArray utf16(const QByteArray &utf8, QStringConverter::Encoding encoding) {
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(QString::fromUtf8(utf8));
}

} // namespace

class AzureImportTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eachFixtureImportsWithACompleteReportAndExportsAValidFile_data() {
        QTest::addColumn<QString>("file");
        for (const char *file : {"Collectif-Recolte__allotomat__release-pipeline.json",
                                 "MicrosoftDocs__vsts-rest-api-specs__GET__GetReleaseDefinition.body.json",
                                 "microsoft__AzureDevOpsDemoGenerator__Bookings-CD.json",
                                 "microsoft__AzureDevOpsDemoGenerator__DevOps-for-AI.json",
                                 "microsoft__AzureDevOpsDemoGenerator__HealthClinic.json",
                                 "synthetic-numeric-enums.json", "synthetic-runnable.json"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void eachFixtureImportsWithACompleteReportAndExportsAValidFile() {
        // GIVEN a real export
        QFETCH(QString, file);
        const QByteArray bytes = azureFile(file);
        // WHEN it is mapped
        const AzureImport import = mapped(bytes);
        // THEN every member that carries information has a note, and the pipeline validates, exports and re-validates
        QStringList missing = uncovered(*readJsonText(bytes), import.notes);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        for (const MappingNote &note : import.notes)
            QVERIFY2(!note.path.isEmpty() && !note.message.isEmpty(), qPrintable(note.path));
        const ParsedPipeline parsed = parsePipeline(import.pipeline);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessages().join(QLatin1Char('\n'))));
        const QByteArray exported = exportPipeline(*parsed.definition);
        const ParsedPipeline again = parsePipeline(exported);
        QVERIFY2(again.ok(), qPrintable(again.errorMessages().join(QLatin1Char('\n'))));
        QCOMPARE(exportPipeline(*again.definition), exported);
    }

    void theAllotomatExportKeepsItsStagesQueueAndPlaceholders() {
        const AzureImport import =
            mapped(azureFile(QStringLiteral("Collectif-Recolte__allotomat__release-pipeline.json")));
        QCOMPARE(import.pipeline.value(QLatin1String("releaseNameFormat")).toString(),
                 QStringLiteral("Release-$(rev:r)"));
        const QJsonObject staging = stageAt(import, 0);
        const QJsonObject swap = stageAt(import, 1);
        QCOMPARE(staging.value(QLatin1String("name")).toString(), QStringLiteral("Staging"));
        QCOMPARE(staging.value(QLatin1String("trigger")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("afterRelease"));
        QCOMPARE(swap.value(QLatin1String("trigger")).toObject().value(QLatin1String("stages")).toArray(),
                 QJsonArray{QStringLiteral("Staging")});
        // The status bits "1" (not started) have no Slipway equivalent: said so, at the condition's path.
        const MappingNote *bits = noteAt(import, QStringLiteral("environments[1].conditions[0]"));
        QVERIFY(bits && !bits->mapped && bits->message.contains(QStringLiteral("status bits 1")));
        QCOMPARE(swap.value(QLatin1String("queue")).toObject().value(QLatin1String("maxParallel")).toInt(), 1);
        const QJsonObject stop = taskAt(staging, 0);
        QCOMPARE(stop.value(QLatin1String("type")).toString(), QStringLiteral("azureTask"));
        QCOMPARE(stop.value(QLatin1String("taskId")).toString(),
                 QStringLiteral("f045e430-8704-11e6-968f-e717e6411619"));
        QCOMPARE(stop.value(QLatin1String("version")).toString(), QStringLiteral("0.*"));
        QCOMPARE(stop.value(QLatin1String("enabled")).toBool(true), false);
        QCOMPARE(stop.value(QLatin1String("inputs")).toObject().value(QLatin1String("Action")).toString(),
                 QStringLiteral("Stop Azure App Service"));
        QVERIFY(!staging.contains(QLatin1String("preApprovals"))); // automated
    }

    void theRestExampleKeepsItsManualApproval() {
        const AzureImport import = mapped(
            azureFile(QStringLiteral("MicrosoftDocs__vsts-rest-api-specs__GET__GetReleaseDefinition.body.json")));
        const QJsonObject prod = stageAt(import, 0);
        const QJsonObject approvals = prod.value(QLatin1String("preApprovals")).toObject();
        QCOMPARE(approvals.value(QLatin1String("approvers")).toArray(),
                 QJsonArray{QStringLiteral("fabfiber@outlook.com")});
        QCOMPARE(approvals.value(QLatin1String("requesterCannotApprove")).toBool(true), false);
        QCOMPARE(prod.value(QLatin1String("trigger")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("manual"));
        QCOMPARE(import.pipeline.value(QLatin1String("folder")).toString(), QStringLiteral("/"));
        QVERIFY(noteAt(import, QStringLiteral("environments[0].environmentOptions.emailNotificationType")));
    }

    void secretsAndPullRequestTriggersAreReported() {
        const AzureImport import =
            mapped(azureFile(QStringLiteral("microsoft__AzureDevOpsDemoGenerator__Bookings-CD.json")));
        const QJsonObject variables = import.pipeline.value(QLatin1String("variables")).toObject();
        QVERIFY(variables.value(QLatin1String("webapp")).toObject().value(QLatin1String("secret")).toBool());
        const MappingNote *pr = noteAt(import, QStringLiteral("triggers[0]"));
        QVERIFY(pr && !pr->mapped && pr->message.contains(QStringLiteral("pull-request")));
        const QJsonObject artifact = import.pipeline.value(QLatin1String("artifacts")).toArray().first().toObject();
        QCOMPARE(artifact.value(QLatin1String("type")).toString(), QStringLiteral("push"));
        QCOMPARE(artifact.value(QLatin1String("azure")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("Build"));
        QCOMPARE(artifact.value(QLatin1String("azure")).toObject().value(QLatin1String("definition")).toString(),
                 QStringLiteral("Bookings-CI"));
        QVERIFY(!artifact.contains(QLatin1String("trigger")));
    }

    void aByteOrderMarkAndStageChainsAreRead() {
        const QByteArray bytes = azureFile(QStringLiteral("microsoft__AzureDevOpsDemoGenerator__HealthClinic.json"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const AzureImport import = mapped(bytes);
        QCOMPARE(stageAt(import, 2).value(QLatin1String("trigger")).toObject().value(QLatin1String("stages")).toArray(),
                 QJsonArray{QStringLiteral("QA")});
        QCOMPARE(stageAt(import, 0)
                     .value(QLatin1String("variables"))
                     .toObject()
                     .value(QLatin1String("WebsiteName"))
                     .toString(),
                 QStringLiteral("mhce2e$UUID$"));
        const QJsonObject trigger = import.pipeline.value(QLatin1String("artifacts"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QLatin1String("trigger"))
                                        .toObject();
        QCOMPARE(trigger.value(QLatin1String("branches")).toObject().value(QLatin1String("include")).toArray(),
                 QJsonArray{QStringLiteral("master")});
    }

    void utf16FilesWithAByteOrderMarkAreRead_data() {
        QTest::addColumn<int>("encoding");
        QTest::newRow("LE") << int(QStringConverter::Utf16LE);
        QTest::newRow("BE") << int(QStringConverter::Utf16BE);
    }

    void utf16FilesWithAByteOrderMarkAreRead() {
        QFETCH(int, encoding);
        const QByteArray utf8 = azureFile(QStringLiteral("synthetic-numeric-enums.json"));
        const QByteArray bytes = utf16(utf8, QStringConverter::Encoding(encoding));
        QVERIFY(bytes.startsWith(encoding == QStringConverter::Utf16LE ? "\xFF\xFE" : "\xFE\xFF"));
        QCOMPARE(mapped(bytes).pipeline, mapped(utf8).pipeline);
    }

    void numericEnumsGatesApprovalsAndSchedulesAreMapped() {
        const AzureImport import = mapped(azureFile(QStringLiteral("synthetic-numeric-enums.json")));
        const QJsonObject &pipeline = import.pipeline;
        QCOMPARE(pipeline.value(QLatin1String("folder")).toString(), QStringLiteral("/Migrated/Web"));
        QCOMPARE(pipeline.value(QLatin1String("releaseNameFormat")).toString(),
                 QStringLiteral("Web-$(rev:rr)-$(Date:yyyyMMdd)"));
        QCOMPARE(import.secretsNeedingValue, QStringList{QStringLiteral("deployToken")});
        QVERIFY(pipeline.value(QLatin1String("variables"))
                    .toObject()
                    .value(QLatin1String("logLevel"))
                    .toObject()
                    .value(QLatin1String("settableAtRelease"))
                    .toBool());
        QVERIFY(noteAt(import, QStringLiteral("variableGroups[0]"))
                    ->message.contains(QStringLiteral("azure-variable-group-7")));
        QVERIFY(noteAt(import, QStringLiteral("environments[0].variableGroups[0]"))
                    ->message.contains(QStringLiteral("azure-variable-group-8")));
        QCOMPARE(pipeline.value(QLatin1String("variableGroups")).toArray(),
                 QJsonArray{QStringLiteral("azure-variable-group-7")});
        QCOMPARE(stageAt(import, 1).value(QLatin1String("variableGroups")).toArray(),
                 QJsonArray{QStringLiteral("azure-variable-group-8")});
        const QJsonObject schedule = pipeline.value(QLatin1String("schedules")).toArray().first().toObject();
        QCOMPARE(schedule.value(QLatin1String("days")).toArray(),
                 (QJsonArray{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                             QStringLiteral("fri")}));
        QCOMPARE(schedule.value(QLatin1String("time")).toString(), QStringLiteral("03:30"));
        QCOMPARE(schedule.value(QLatin1String("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
        QVERIFY(schedule.value(QLatin1String("onlyIfChanged")).toBool());
        const QJsonObject trigger = pipeline.value(QLatin1String("artifacts"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QLatin1String("trigger"))
                                        .toObject();
        QCOMPARE(trigger.value(QLatin1String("branches")).toObject().value(QLatin1String("exclude")).toArray(),
                 QJsonArray{QStringLiteral("experimental/*")});
        QCOMPARE(trigger.value(QLatin1String("tags")).toArray(), QJsonArray{QStringLiteral("ship")});
        // Stages in rank order; QA after Dev with partial success (132 = succeeded | partiallySucceeded)
        QCOMPARE(stageAt(import, 0).value(QLatin1String("name")).toString(), QStringLiteral("Dev"));
        const QJsonObject qa = stageAt(import, 1);
        QCOMPARE(qa.value(QLatin1String("trigger")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("afterStages")},
                              {QStringLiteral("stages"), QJsonArray{QStringLiteral("Dev")}},
                              {QStringLiteral("onPartialSuccess"), true}}));
        QCOMPARE(qa.value(QLatin1String("artifactFilters"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("tags"))
                     .toArray(),
                 QJsonArray{QStringLiteral("ok")});
        QCOMPARE(qa.value(QLatin1String("queue")).toObject(),
                 (QJsonObject{{QStringLiteral("maxParallel"), 2},
                              {QStringLiteral("policy"), QStringLiteral("latestOnly")}}));
        QCOMPARE(qa.value(QLatin1String("schedule")).toObject().value(QLatin1String("timeZone")).toString(),
                 QStringLiteral("America/Los_Angeles"));
        QCOMPARE(qa.value(QLatin1String("retention")).toObject(),
                 (QJsonObject{{QStringLiteral("daysToKeep"), 60}, {QStringLiteral("minReleasesToKeep"), 5}}));
        const QJsonObject pre = qa.value(QLatin1String("preApprovals")).toObject();
        QCOMPARE(
            pre.value(QLatin1String("approvers")).toArray(),
            (QJsonArray{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("group:Release Managers")}));
        QCOMPARE(pre.value(QLatin1String("order")).toString(), QStringLiteral("allAnyOrder"));
        QCOMPARE(pre.value(QLatin1String("requiredApproverCount")).toInt(), 2);
        QCOMPARE(pre.value(QLatin1String("timeout")).toString(), QStringLiteral("1d"));
        QVERIFY(!pre.value(QLatin1String("requesterCannotApprove")).toBool(true));
        QVERIFY(pre.value(QLatin1String("skipIfApprovedInPreviousStage")).toBool());
        QVERIFY(pre.value(QLatin1String("revalidateIdentity")).toBool());
        const QJsonObject post = qa.value(QLatin1String("postApprovals")).toObject();
        QCOMPARE(post.value(QLatin1String("order")).toString(), QStringLiteral("allInSequence"));
        QCOMPARE(post.value(QLatin1String("timeout")).toString(), QStringLiteral("90m"));
        const QJsonObject gates = qa.value(QLatin1String("preGates")).toObject();
        QCOMPARE(gates.value(QLatin1String("approvalOrder")).toString(), QStringLiteral("afterSuccessfulGates"));
        QCOMPARE(gates.value(QLatin1String("delay")).toString(), QStringLiteral("5m"));
        QCOMPARE(gates.value(QLatin1String("samplingInterval")).toString(), QStringLiteral("10m"));
        QCOMPARE(gates.value(QLatin1String("timeout")).toString(), QStringLiteral("6h"));
        QCOMPARE(gates.value(QLatin1String("minSuccessDuration")).toString(), QStringLiteral("15m"));
        const QJsonArray gateList = gates.value(QLatin1String("gates")).toArray();
        QCOMPARE(gateList.size(), 1); // the Azure Monitor gate is listed, not mapped
        const QJsonObject http = gateList.first().toObject();
        QCOMPARE(http.value(QLatin1String("type")).toString(), QStringLiteral("http"));
        QCOMPARE(http.value(QLatin1String("url")).toString(),
                 QStringLiteral("$(serviceConnectionUrlstatusapi)/api/health"));
        QCOMPARE(http.value(QLatin1String("jsonPath")).toString(), QStringLiteral("status"));
        QCOMPARE(http.value(QLatin1String("equals")).toString(), QStringLiteral("green"));
        QVERIFY(pipeline.value(QLatin1String("variables"))
                    .toObject()
                    .contains(QLatin1String("serviceConnectionUrlstatusapi")));
        QVERIFY(!noteAt(import, QStringLiteral("environments[0].preDeploymentGates.gates[0].tasks[1]"))->mapped);
        // A deployment-group job: listed, its tasks imported disabled
        QVERIFY(!noteAt(import, QStringLiteral("environments[0].deployPhases[0].phaseType"))->mapped);
        QCOMPARE(taskAt(qa, 0).value(QLatin1String("enabled")).toBool(true), false);
    }

    void wellKnownTasksConditionsAndPlaceholdersAreMapped() {
        const AzureImport import = mapped(azureFile(QStringLiteral("synthetic-numeric-enums.json")));
        const QJsonObject dev = stageAt(import, 0);
        const QJsonObject bash = taskAt(dev, 0);
        QCOMPARE(bash.value(QLatin1String("type")).toString(), QStringLiteral("script"));
        QCOMPARE(bash.value(QLatin1String("shell")).toString(), QStringLiteral("bash"));
        QCOMPARE(bash.value(QLatin1String("timeout")).toString(), QStringLiteral("15m"));
        QCOMPARE(bash.value(QLatin1String("env")).toObject().value(QLatin1String("TOKEN")).toString(),
                 QStringLiteral("$(deployToken)"));
        const QJsonObject pwsh = taskAt(dev, 1);
        QCOMPARE(pwsh.value(QLatin1String("shell")).toString(), QStringLiteral("pwsh"));
        QCOMPARE(pwsh.value(QLatin1String("script")).toString(), QStringLiteral("& 'scripts/warm-up.ps1' -Site web"));
        const QJsonObject copy = taskAt(dev, 2);
        QCOMPARE(copy.value(QLatin1String("type")).toString(), QStringLiteral("copyFiles"));
        QCOMPARE(copy.value(QLatin1String("to")).toString(), QStringLiteral("site"));
        QCOMPARE(taskAt(dev, 3).value(QLatin1String("condition")).toString(),
                 QStringLiteral("succeededOrFailed")); // alwaysRun
        QCOMPARE(taskAt(dev, 4).value(QLatin1String("condition")).toString(), QStringLiteral("succeededOrFailed"));
        QVERIFY(taskAt(dev, 4).value(QLatin1String("continueOnError")).toBool());
        QCOMPARE(taskAt(dev, 5).value(QLatin1String("enabled")).toBool(true), false); // a custom condition
        QVERIFY(!noteAt(import, QStringLiteral("environments[1].deployPhases[0].workflowTasks[5].condition"))->mapped);
        QCOMPARE(taskAt(dev, 6).value(QLatin1String("type")).toString(), QStringLiteral("azureTask"));
        QCOMPARE(taskAt(dev, 7).value(QLatin1String("type")).toString(), QStringLiteral("azureTask"));
        QVERIFY(noteAt(import, QStringLiteral("environments[1].deployPhases[0].workflowTasks[7]"))
                    ->message.startsWith(QStringLiteral("task group")));
        QCOMPARE(taskAt(dev, 8), (QJsonObject{{QStringLiteral("name"), QStringLiteral("Wait")},
                                              {QStringLiteral("type"), QStringLiteral("delay")},
                                              {QStringLiteral("duration"), QStringLiteral("30m")}}));
        const QJsonObject signOff = taskAt(dev, 9);
        QCOMPARE(signOff.value(QLatin1String("type")).toString(), QStringLiteral("manualIntervention"));
        QCOMPARE(signOff.value(QLatin1String("onTimeout")).toString(), QStringLiteral("resume"));
        QCOMPARE(signOff.value(QLatin1String("timeout")).toString(), QStringLiteral("1h"));
    }

    void trimmedMembersStillMap() {
        // GIVEN a definition trimmed to its environments (no revision, createdBy, ranks, ids)
        const QByteArray json =
            R"({"environments":[{"name":"Only","deployPhases":[{"workflowTasks":[{"taskId":"d9bafed4-0b18-4f58-968d-86655b4d2ce9","inputs":{"script":"true"}}]}]}]})";
        const AzureImport import = mapped(json);
        QCOMPARE(import.pipeline.value(QLatin1String("name")).toString(),
                 QStringLiteral("Imported release definition"));
        QCOMPARE(taskAt(stageAt(import, 0), 0).value(QLatin1String("name")).toString(), QStringLiteral("Task 1"));
        QVERIFY(parsePipeline(import.pipeline).ok());
    }

    void anAgentJobsDemandsBecomeTheStagesAndItsQueueIsReported() {
        const QByteArray json = R"({"environments":[{"name":"Prod","deployPhases":[{"phaseType":1,
            "deploymentInput":{"queueId":12,"demands":["java -equals 17","docker","two words"]},"workflowTasks":[]}]}]})";
        const AzureImport import = mapped(json);
        QCOMPARE(stageAt(import, 0).value(QLatin1String("demands")).toObject(),
                 (QJsonObject{{QStringLiteral("java"), QStringLiteral("17")}, {QStringLiteral("docker"), QString()}}));
        const QString input = QStringLiteral("environments[0].deployPhases[0].deploymentInput.");
        QVERIFY(noteAt(import, input + QStringLiteral("demands[1]"))->mapped);
        QVERIFY(!noteAt(import, input + QStringLiteral("demands[2]"))->mapped);
        QVERIFY(noteAt(import, input + QStringLiteral("queueId"))
                    ->message.contains(QStringLiteral("give the stage a pool")));
        QVERIFY(parsePipeline(import.pipeline).ok());
    }

    void anEmptyKeyHasAPathInTheReport() {
        // GIVEN members named "" at the top and inside a stage (JSON allows it; the fuzzer found it)
        const QByteArray json = R"({"":{"k":1},"environments":[{"name":"Only","":"x"}]})";
        // WHEN it is mapped
        const AzureImport import = mapped(json);
        // THEN each is reported under a path that names it, and no note has an empty path
        QVERIFY(noteAt(import, QStringLiteral("[\"\"]")));
        QVERIFY(noteAt(import, QStringLiteral("environments[0][\"\"]")));
        for (const MappingNote &note : import.notes)
            QVERIFY2(!note.path.isEmpty() && !note.message.isEmpty(), qPrintable(note.message));
    }

    void whatIsNotAReleaseDefinitionIsRefusedWithTheReason_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("environments: []") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("not an object");
        QTest::newRow("slipway") << QByteArray(R"({"name":"x","stages":[]})") << QStringLiteral("no \"environments\"");
        QTest::newRow("deep") << QByteArray(200, '[') << QStringLiteral("nested deeper");
        QTest::newRow("bad utf16") << QByteArray("\xFF\xFE\x00\xD8", 4) << QStringLiteral("not valid JSON");
    }

    void whatIsNotAReleaseDefinitionIsRefusedWithTheReason() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const Result<QJsonObject> document = readJsonText(bytes);
        const Error error = document ? mapAzureDefinition(*document).error() : document.error();
        QCOMPARE(error.kind, ErrorKind::Validation);
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(AzureImportTest)
#include "tst_azureimport.moc"
