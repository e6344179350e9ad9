#include <QTest>

// The malformed definitions and the message each must produce, as rows of a Qt Test data table.
// They live outside the test class's file because moc cannot lex some of these raw strings.

namespace {
QByteArray withStages(const char *stages) {
    return QByteArray(R"({"name":"P","stages":)") + stages + "}";
}
const char *const okStage = R"({"name":"Dev","tasks":[{"name":"t","type":"script","script":"true"}]})";
} // namespace

void addMalformedPipelineRows() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("broken JSON") << QByteArray("{\n  \"name\": \"P\",\n  \"stages\": [\n}")
                                 << QStringLiteral("line 4, column 1: not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]")
                                   << QStringLiteral("a pipeline definition must be a JSON object");
    QTest::newRow("missing name") << QByteArray(R"({"stages":[]})") << QStringLiteral("name: is required");
    QTest::newRow("empty name") << QByteArray(R"({"name":"  ","stages":[]})")
                                << QStringLiteral("name: must not be empty");
    QTest::newRow("no stages") << QByteArray(R"({"name":"P","stages":[]})")
                               << QStringLiteral("stages: a pipeline needs at least one stage");
    QTest::newRow("unknown root key") << QByteArray(R"({"name":"P","stagez":[],"stages":[]})")
                                      << QStringLiteral("stagez: unknown key \"stagez\" (did you mean \"stages\"?)");
    QTest::newRow("unknown stage key") << withStages(R"([{"name":"Dev","tigger":{"type":"manual"}}])")
                                       << QStringLiteral(
                                              "stages[0].tigger: unknown key \"tigger\" (did you mean \"trigger\"?)");
    QTest::newRow("duplicate stage")
        << withStages(R"([{"name":"Dev","tasks":[]},{"name":"QA","tasks":[]},{"name":"Dev","tasks":[]}])")
        << QStringLiteral("stages[2].name: duplicate stage \"Dev\" (also stages[0])");
    QTest::newRow("unknown trigger stage")
        << withStages(R"([{"name":"QA"},{"name":"Prod","trigger":{"type":"afterStages","stages":["QA2"]}}])")
        << QStringLiteral("stages[1].trigger.stages[0]: unknown stage \"QA2\"");
    QTest::newRow("cycle") << withStages(R"([{"name":"A","trigger":{"type":"afterStages","stages":["C"]}},
                              {"name":"B","trigger":{"type":"afterStages","stages":["A"]}},
                              {"name":"C","trigger":{"type":"afterStages","stages":["B"]}}])")
                           << QStringLiteral("stages[0].trigger: stages \"A\" → \"C\" → \"B\" → \"A\" form a cycle");
    QTest::newRow("self trigger") << withStages(R"([{"name":"A","trigger":{"type":"afterStages","stages":["A"]}}])")
                                  << QStringLiteral(
                                         "stages[0].trigger.stages[0]: stage \"A\" cannot trigger after itself");
    QTest::newRow("empty afterStages") << withStages(R"([{"name":"A","trigger":{"type":"afterStages","stages":[]}}])")
                                       << QStringLiteral("stages[0].trigger.stages: must name at least one stage");
    QTest::newRow("unknown trigger type")
        << withStages(R"([{"name":"A","trigger":{"type":"nightly"}}])")
        << QStringLiteral("stages[0].trigger.type: \"nightly\" is not one of afterRelease, afterStages, manual");
    QTest::newRow("bad duration")
        << withStages(R"([{"name":"QA","preGates":{"samplingInterval":"5 minutes","gates":[]}}])")
        << QStringLiteral("stages[0].preGates.samplingInterval: \"5 minutes\" is not a duration (use e.g. \"5m\")");
    QTest::newRow("bad task timeout")
        << withStages(R"([{"name":"A","tasks":[{"name":"t","type":"script","script":"x","timeout":"-3m"}]}])")
        << QStringLiteral("stages[0].tasks[0].timeout: \"-3m\" is not a duration (use e.g. \"5m\")");
    QTest::newRow("bad time zone")
        << withStages(R"([{"name":"A","schedule":{"days":["sat"],"time":"02:00","timeZone":"Mars/Olympus"}}])")
        << QStringLiteral(
               "stages[0].schedule.timeZone: \"Mars/Olympus\" is not an IANA time zone (e.g. \"Europe/Berlin\")");
    QTest::newRow("bad time of day")
        << QByteArray(R"({"name":"P","schedules":[{"days":["mon"],"time":"25:00","timeZone":"UTC"}],"stages":[)") +
               okStage + "]}"
        << QStringLiteral("schedules[0].time: \"25:00\" is not a time of day (use \"HH:MM\", e.g. \"03:00\")");
    QTest::newRow("bad day")
        << QByteArray(R"({"name":"P","schedules":[{"days":["funday"],"time":"03:00","timeZone":"UTC"}],"stages":[)") +
               okStage + "]}"
        << QStringLiteral("schedules[0].days[0]: \"funday\" is not a day (use mon, tue, wed, thu, fri, sat or sun)");
    QTest::newRow("no days")
        << QByteArray(R"({"name":"P","schedules":[{"days":[],"time":"03:00","timeZone":"UTC"}],"stages":[)") + okStage +
               "]}"
        << QStringLiteral("schedules[0].days: must name at least one day");
    QTest::newRow("unknown task type")
        << withStages(R"([{"name":"A","tasks":[{"name":"t","type":"python"}]}])")
        << QStringLiteral("stages[0].tasks[0].type: \"python\" is not one of script, command, copyFiles, "
                          "httpRequest, delay, manualIntervention");
    QTest::newRow("script without script") << withStages(R"([{"name":"A","tasks":[{"name":"t","type":"script"}]}])")
                                           << QStringLiteral("stages[0].tasks[0].script: is required");
    QTest::newRow("key of another task type")
        << withStages(R"([{"name":"A","tasks":[{"name":"t","type":"delay","duration":"5s","program":"x"}]}])")
        << QStringLiteral("stages[0].tasks[0].program: unknown key \"program\"");
    QTest::newRow("wrong type of bool")
        << withStages(R"([{"name":"A","tasks":[{"name":"t","type":"script","script":"x","enabled":"yes"}]}])")
        << QStringLiteral("stages[0].tasks[0].enabled: expected true or false");
    QTest::newRow("bad condition")
        << withStages(R"([{"name":"A","tasks":[{"name":"t","type":"script","script":"x","condition":"sometimes"}]}])")
        << QStringLiteral("stages[0].tasks[0].condition: \"sometimes\" is not one of succeeded, always, failed");
    QTest::newRow("negative maxParallel") << withStages(R"([{"name":"A","queue":{"maxParallel":-1}}])")
                                          << QStringLiteral("stages[0].queue.maxParallel: -1 must be 0 or more");
    QTest::newRow("fractional maxParallel") << withStages(R"([{"name":"A","queue":{"maxParallel":1.5}}])")
                                            << QStringLiteral("stages[0].queue.maxParallel: expected a whole number");
    QTest::newRow("bad queue policy")
        << withStages(R"([{"name":"A","queue":{"policy":"fastest"}}])")
        << QStringLiteral("stages[0].queue.policy: \"fastest\" is not one of allInOrder, latestOnly");
    QTest::newRow("bad approval order")
        << withStages(R"([{"name":"A","preApprovals":{"approvers":["a"],"order":"random"}}])")
        << QStringLiteral("stages[0].preApprovals.order: \"random\" is not one of anyOne, allInSequence, allAnyOrder");
    QTest::newRow("no approvers") << withStages(R"([{"name":"A","postApprovals":{"approvers":[]}}])")
                                  << QStringLiteral(
                                         "stages[0].postApprovals.approvers: must name at least one approver");
    QTest::newRow("bad status range")
        << withStages(
               R"([{"name":"A","tasks":[{"name":"t","type":"httpRequest","url":"http://x","successStatus":"ok"}]}])")
        << QStringLiteral("stages[0].tasks[0].successStatus: \"ok\" is not an HTTP status or range (use e.g. "
                          "\"200\" or \"200-299\")");
    QTest::newRow("duplicate artifact alias")
        << QByteArray(
               R"({"name":"P","artifacts":[{"alias":"web","type":"push"},{"alias":"web","type":"push"}],"stages":[)") +
               okStage + "]}"
        << QStringLiteral("artifacts[1].alias: duplicate artifact alias \"web\" (also artifacts[0])");
    QTest::newRow("two primaries")
        << QByteArray(
               R"({"name":"P","artifacts":[{"alias":"a","type":"push","primary":true},{"alias":"b","type":"push","primary":true}],"stages":[)") +
               okStage + "]}"
        << QStringLiteral("artifacts[1].primary: only one artifact source can be primary (artifacts[0] is)");
    QTest::newRow("folder without path")
        << QByteArray(R"({"name":"P","artifacts":[{"alias":"a","type":"folder"}],"stages":[)") + okStage + "]}"
        << QStringLiteral("artifacts[0].path: is required");
    QTest::newRow("unknown artifact type")
        << QByteArray(R"({"name":"P","artifacts":[{"alias":"a","type":"s3"}],"stages":[)") + okStage + "]}"
        << QStringLiteral("artifacts[0].type: \"s3\" is not one of folder, git, push");
    QTest::newRow("filter of unknown artifact")
        << withStages(R"([{"name":"A","artifactFilters":[{"alias":"webb"}]}])")
        << QStringLiteral("stages[0].artifactFilters[0].alias: unknown artifact \"webb\"");
    QTest::newRow("unknown name token") << QByteArray(R"x({"name":"P","releaseNameFormat":"R-$(Foo)","stages":[)x") +
                                               okStage + "]}"
                                        << QStringLiteral("releaseNameFormat: unknown token $(Foo)");
    QTest::newRow("variable wrong type") << QByteArray(R"({"name":"P","variables":{"n":42},"stages":[)") + okStage +
                                                "]}"
                                         << QStringLiteral("variables.n: expected a string or {\"value\": …}");
    QTest::newRow("variable unknown flag")
        << QByteArray(R"({"name":"P","variables":{"n":{"value":"1","secrte":true}},"stages":[)") + okStage + "]}"
        << QStringLiteral("variables.n.secrte: unknown key \"secrte\" (did you mean \"secret\"?)");
    QTest::newRow("stages not a list") << QByteArray(R"({"name":"P","stages":{}})")
                                       << QStringLiteral("stages: expected a list");
}
