#include "definition/jsondepth.h"
#include "definition/pipelineparser.h"
#include "definition/textdiff.h"
#include "testenvironment.h"

#include <QJsonDocument>
#include <QTest>

using namespace slipway;
using slipway::testing::readTestFile;

void addMalformedPipelineRows(); // malformedpipelines.cpp

namespace {
// Wraps stages into an otherwise valid pipeline.
QByteArray withStages(const char *stages) {
    return QByteArray(R"({"name":"P","stages":)") + stages + "}";
}
const char *const okStage = R"({"name":"Dev","tasks":[{"name":"t","type":"script","script":"true"}]})";
} // namespace

class PipelineFormatTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aLineDiffListsWhatWasRemovedAndAdded() {
        const QStringList before{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        const QStringList after{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("x"), QStringLiteral("d")};
        const QList<DiffLine> diff = diffLines(before, after);
        QStringList marked;
        for (const DiffLine &line : diff)
            marked << (line.op == DiffLine::Op::Same    ? QStringLiteral(" ")
                       : line.op == DiffLine::Op::Added ? QStringLiteral("+")
                                                        : QStringLiteral("-")) +
                          line.text;
        QCOMPARE(marked, (QStringList{QStringLiteral(" a"), QStringLiteral("-b"), QStringLiteral(" c"),
                                      QStringLiteral("+x"), QStringLiteral(" d")}));
        QVERIFY(hasChanges(diff));
        QVERIFY(!hasChanges(diffLines(before, before)));
        QCOMPARE(renderDiff(diff, 0), QStringLiteral("- b\n…\n+ x"));
    }

    void shouldParseTheSpecExample() {
        const ParsedPipeline parsed = parsePipeline(readTestFile(QStringLiteral("example-spec.json")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessages().join(QLatin1Char('\n'))));
        const PipelineDefinition &definition = *parsed.definition;
        QCOMPARE(definition.name, QStringLiteral("Web app"));
        QCOMPARE(definition.stages.size(), 3);
        QCOMPARE(definition.stages[2].trigger.type, StageTrigger::Type::AfterStages);
        QCOMPARE(definition.stages[2].trigger.stages, QStringList{QStringLiteral("QA")});
        QCOMPARE(definition.primaryArtifact()->alias, QStringLiteral("web"));
        QVERIFY(definition.variable(QStringLiteral("dbPassword"))->secret);
        QVERIFY(definition.variable(QStringLiteral("LOGLEVEL"))->settableAtRelease);
    }

    void shouldExportTheExampleInItsCanonicalFormByteForByte() {
        const ParsedPipeline parsed = parsePipeline(readTestFile(QStringLiteral("example-spec.json")));
        QVERIFY(parsed.ok());
        QCOMPARE(exportPipeline(*parsed.definition), readTestFile(QStringLiteral("example-canonical.json")));
    }

    void shouldRoundTripTheCanonicalFormByteForByte() {
        const QByteArray canonical = readTestFile(QStringLiteral("example-canonical.json"));
        const ParsedPipeline parsed = parsePipeline(canonical);
        QVERIFY(parsed.ok());
        QCOMPARE(exportPipeline(*parsed.definition), canonical);
    }

    void shouldKeepEveryValueOfTheExample() {
        const QByteArray original = readTestFile(QStringLiteral("example-spec.json"));
        const ParsedPipeline parsed = parsePipeline(original);
        QVERIFY(parsed.ok());
        const QJsonDocument exported = QJsonDocument::fromJson(exportPipeline(*parsed.definition));
        QCOMPARE(exported.object(), QJsonDocument::fromJson(original).object());
    }

    void shouldWriteVariablesWithoutFlagsInShortForm() {
        const ParsedPipeline parsed = parsePipeline(
            QByteArray(R"({"name":"P","variables":{"a":{"value":"1"},"b":{"value":"2","secret":false}},"stages":[)") +
            okStage + "]}");
        QVERIFY(parsed.ok());
        const QByteArray exported = exportPipeline(*parsed.definition);
        QVERIFY2(exported.contains("\"a\": \"1\""), exported.constData());
        QVERIFY2(exported.contains("\"b\": \"2\""), exported.constData());
    }

    void shouldReadLinkedVariableGroupsOfThePipelineAndItsStages() {
        const ParsedPipeline parsed = parsePipeline(QByteArray(
            R"({"stages":[{"tasks":[],"variableGroups":["stage-shared"],"name":"Dev","variables":{"v":"1"}},)"
            R"({"name":"QA"}],"variableGroups":["Shared","Prod secrets"],"name":"P","variables":{"a":"1"}})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessages().join(QLatin1Char('\n'))));
        QCOMPARE(parsed.definition->variableGroups,
                 (QStringList{QStringLiteral("Shared"), QStringLiteral("Prod secrets")}));
        QCOMPARE(parsed.definition->stages[0].variableGroups, QStringList{QStringLiteral("stage-shared")});
        QVERIFY(parsed.definition->stages[1].variableGroups.isEmpty());
        // Canonical order: right after the variables of the pipeline and of a stage.
        const QByteArray exported = exportPipeline(*parsed.definition);
        const QByteArray expectedPipeline = "  \"variables\": {\n    \"a\": \"1\"\n  },\n  \"variableGroups\": [\n"
                                            "    \"Shared\",\n    \"Prod secrets\"\n  ],\n  \"stages\": [";
        QVERIFY2(exported.contains(expectedPipeline), exported.constData());
        QVERIFY2(exported.contains("      },\n      \"variableGroups\": [\n        \"stage-shared\"\n      ],\n"
                                   "      \"tasks\": []"),
                 exported.constData());
        const ParsedPipeline again = parsePipeline(exported);
        QVERIFY(again.ok());
        QCOMPARE(exportPipeline(*again.definition), exported);
    }

    void shouldRefuseAVariableGroupListedTwiceOrWithoutAName_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pipeline, other case")
            << QByteArray(R"({"name":"P","variableGroups":["Shared","x","shared"],"stages":[)") + okStage + "]}"
            << QStringLiteral("variableGroups[2]: duplicate variable group \"shared\" (also variableGroups[0])");
        QTest::newRow("stage") << withStages(R"([{"name":"Dev","variableGroups":["a","a"],"tasks":[]}])")
                               << QStringLiteral("stages[0].variableGroups[1]: duplicate variable group \"a\" (also "
                                                 "stages[0].variableGroups[0])");
        QTest::newRow("empty name") << withStages(R"([{"name":"Dev","variableGroups":[""],"tasks":[]}])")
                                    << QStringLiteral("stages[0].variableGroups[0]: ");
        QTest::newRow("not a list") << QByteArray(R"({"name":"P","variableGroups":"Shared","stages":[)") + okStage +
                                           "]}"
                                    << QStringLiteral("variableGroups: ");
    }

    void shouldRefuseAVariableGroupListedTwiceOrWithoutAName() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const ParsedPipeline parsed = parsePipeline(json);
        QVERIFY(!parsed.ok());
        const QStringList messages = parsed.errorMessages();
        QVERIFY2(std::any_of(messages.cbegin(), messages.cend(),
                             [&](const QString &message) { return message.startsWith(expected); }),
                 qPrintable(messages.join(QLatin1Char('\n'))));
    }

    void shouldWarnAboutAnAutomaticStageWithoutTasks() {
        const ParsedPipeline parsed =
            parsePipeline(withStages(R"([{"name":"Dev","trigger":{"type":"afterRelease"}}])"));
        QVERIFY(parsed.ok()); // a warning, not an error
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems[0].severity, Problem::Severity::Warning);
        QCOMPARE(parsed.problems[0].path, QStringLiteral("stages[0].tasks"));
    }

    void shouldRejectApproversTheDirectoryDoesNotKnow() {
        const KnownPrincipals known{{QStringLiteral("alice")}, {QStringLiteral("ops")}};
        const QByteArray json = withStages(
            R"([{"name":"Dev","preApprovals":{"approvers":["alice","bob","group:ops","group:qa"]},"tasks":[]}])");
        const ParsedPipeline parsed = parsePipeline(json, &known);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errorMessages(),
                 (QStringList{QStringLiteral("stages[0].preApprovals.approvers[1]: unknown user \"bob\""),
                              QStringLiteral("stages[0].preApprovals.approvers[3]: unknown group \"qa\"")}));
    }

    void shouldNameEachProblemOfAMalformedDefinition_data() { addMalformedPipelineRows(); }

    void shouldNameEachProblemOfAMalformedDefinition() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const ParsedPipeline parsed = parsePipeline(json);
        QVERIFY(!parsed.ok());
        const QStringList messages = parsed.errorMessages();
        const bool found = std::any_of(messages.cbegin(), messages.cend(),
                                       [&](const QString &message) { return message.startsWith(expected); });
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("expected \"%1\" among:\n%2").arg(expected, messages.join(QLatin1Char('\n')))));
    }

    void shouldReportEveryProblemAtOnce() {
        const ParsedPipeline parsed = parsePipeline(withStages(
            R"([{"name":"A","tigger":{},"queue":{"policy":"x"}},{"name":"A","trigger":{"type":"afterStages","stages":["Z"]}}])"));
        QCOMPARE(parsed.errorMessages().size(), 4);
    }

    // Each stage runs after the next one: a depth-first walk goes 100,000 stages deep (it overflowed the stack).
    void aHundredThousandStageChainValidatesWithoutRecursion_data() {
        QTest::addColumn<bool>("closed");
        QTest::newRow("chain") << false;
        QTest::newRow("one cycle through all") << true;
    }
    void aHundredThousandStageChainValidatesWithoutRecursion() {
        QFETCH(bool, closed);
        constexpr int count = 100000;
        QByteArray stages = "[";
        for (int i = 0; i < count; ++i) {
            const int next = i + 1 < count ? i + 1 : (closed ? 0 : -1);
            stages += QByteArray(i ? "," : "") + "{\"name\":\"S" + QByteArray::number(i) + '"';
            if (next >= 0)
                stages += ",\"trigger\":{\"type\":\"afterStages\",\"stages\":[\"S" + QByteArray::number(next) + "\"]}";
            stages += ",\"tasks\":[{\"name\":\"t\",\"type\":\"script\",\"script\":\"true\"}]}";
        }
        stages += "]";
        const ParsedPipeline parsed = parsePipeline(withStages(stages.constData()));
        const QStringList messages = parsed.errorMessages();
        if (!closed) {
            QVERIFY2(parsed.ok(), qPrintable(messages.mid(0, 3).join(QLatin1Char('\n'))));
            QCOMPARE(parsed.definition->stages.size(), count);
            return;
        }
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().contains(QStringLiteral("form a cycle")));
        QVERIFY(messages.first().contains(QStringLiteral("\"S99999\" → \"S0\"")));
    }

    void nestingBeyondTheDocumentedDepthIsRefusedWithItsPlace() {
        const auto nested = [](int levels) -> QByteArray {
            return QByteArray("{\"name\":\"P\",\"description\":\"") + QByteArray(200, '[') +
                   "\",\"x\":" + QByteArray(levels - 1, '[') + QByteArray(levels - 1, ']') + ",\"stages\":[" + okStage +
                   "]}";
        };
        // 64 levels (the object itself is the first; brackets inside a string do not count) are parsed...
        const QStringList within = parsePipeline(nested(maxJsonDepth)).errorMessages();
        QVERIFY(!within.join(QLatin1Char('\n')).contains(QStringLiteral("levels deep")));
        // ...the 65th is refused before parsing, with the place it starts.
        const QStringList beyond = parsePipeline(nested(maxJsonDepth + 1)).errorMessages();
        QCOMPARE(beyond.size(), 1);
        QCOMPARE(beyond.first(), QStringLiteral("line 1, column 297: nested more than 64 levels deep"));
        QCOMPARE(parsePipeline(QByteArray(1000000, '[')).errorMessages().size(), 1);
    }
};

QTEST_GUILESS_MAIN(PipelineFormatTest)
#include "tst_pipelineformat.moc"
