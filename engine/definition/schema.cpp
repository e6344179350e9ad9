#include "schema.h"

#include <algorithm>
#include <deque>

namespace slipway::schema {

QList<Field> Node::fieldsFor(const QString &type) const {
    QList<Field> fields = head;
    const QList<Field> variant = variants.value(type);
    fields += variant;
    for (const Field &field : tail) {
        const bool placed =
            std::any_of(variant.cbegin(), variant.cend(), [&](const Field &f) { return f.key == field.key; });
        if (!placed)
            fields += field;
    }
    return fields;
}

namespace {

// Owns every node of the pipeline schema; built once.
class PipelineSchema final {
public:
    PipelineSchema() { build(); }
    const Node *root = nullptr;

private:
    std::deque<Node> m_nodes;

    const Node *make(Node node) { return &m_nodes.emplace_back(std::move(node)); }
    const Node *kind(Kind k) { return make(Node{k, {}, 0, nullptr, {}, {}, {}, {}, {}}); }
    const Node *enumOf(QStringList values) {
        return make(Node{Kind::Enum, std::move(values), 0, nullptr, {}, {}, {}, {}, {}});
    }
    const Node *integer(int minimum) { return make(Node{Kind::Integer, {}, minimum, nullptr, {}, {}, {}, {}, {}}); }
    const Node *arrayOf(const Node *element) { return make(Node{Kind::Array, {}, 0, element, {}, {}, {}, {}, {}}); }
    const Node *object(QList<Field> fields) {
        Node node;
        node.kind = Kind::Object;
        node.head = std::move(fields);
        return make(std::move(node));
    }
    const Node *typed(QList<Field> head, const QString &discriminator, QList<std::pair<QString, QList<Field>>> variants,
                      QList<Field> tail) {
        Node node;
        node.kind = Kind::Object;
        node.head = std::move(head);
        node.discriminator = discriminator;
        for (auto &[type, fields] : variants) {
            node.variantOrder << type;
            node.variants.insert(type, std::move(fields));
        }
        node.tail = std::move(tail);
        return make(std::move(node));
    }

    struct Leaves final {
        const Node *string, *text, *boolean, *duration, *timeOfDay, *timeZone, *statusRange, *stringMap, *variables,
            *strings, *names, *days, *branches;
        QList<Field> httpFields; // an HTTP gate's and an httpRequest task's
    };
    Leaves leaves();
    const Node *artifact(const Leaves &l);
    const Node *gates(const Leaves &l);
    const Node *task(const Leaves &l);
    const Node *stage(const Leaves &l);
    void build();
};

Field opt(const char *key, const Node *node) {
    return Field{QString::fromLatin1(key), node, false};
}
Field req(const char *key, const Node *node) {
    return Field{QString::fromLatin1(key), node, true};
}

// The shared leaves: kinds of value and lists of them.
PipelineSchema::Leaves PipelineSchema::leaves() {
    Leaves l;
    l.string = kind(Kind::String);
    l.text = kind(Kind::NonEmptyString);
    l.boolean = kind(Kind::Bool);
    l.duration = kind(Kind::Duration);
    l.timeOfDay = kind(Kind::TimeOfDay);
    l.timeZone = kind(Kind::TimeZone);
    l.statusRange = kind(Kind::StatusRange);
    l.stringMap = kind(Kind::StringMap);
    l.variables = kind(Kind::VariableMap);
    l.strings = arrayOf(l.string);
    l.names = arrayOf(l.text);
    l.days = arrayOf(kind(Kind::Day));
    l.branches = object({opt("include", l.strings), opt("exclude", l.strings)});
    const Node *httpMethod = enumOf({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                     QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD")});
    l.httpFields = {opt("method", httpMethod),
                    req("url", l.text),
                    opt("headers", l.stringMap),
                    opt("body", l.string),
                    opt("successStatus", l.statusRange),
                    opt("jsonPath", l.text),
                    opt("equals", l.string)};
    return l;
}

const Node *PipelineSchema::artifact(const Leaves &l) {
    // What an Azure artifact source was (docs/azure-import.md): kept for the record, the runtime ignores it.
    const Node *azureArtifact = object({opt("type", l.text), opt("definition", l.string), opt("definitionId", l.string),
                                        opt("project", l.string), opt("sourceId", l.string)});
    const Node *artifactTrigger =
        object({opt("enabled", l.boolean), opt("branches", l.branches), opt("tags", l.strings)});
    return typed({req("alias", l.text),
                  req("type", enumOf({QStringLiteral("folder"), QStringLiteral("git"), QStringLiteral("push")}))},
                 QStringLiteral("type"),
                 {{QStringLiteral("folder"), {req("path", l.text), opt("pattern", l.text)}},
                  {QStringLiteral("git"), {req("repository", l.text), opt("tagPattern", l.text)}},
                  {QStringLiteral("push"), {opt("azure", azureArtifact)}}},
                 {opt("primary", l.boolean), opt("defaultVersion", enumOf({QStringLiteral("latest")})),
                  opt("trigger", artifactTrigger)});
}

const Node *PipelineSchema::gates(const Leaves &l) {
    const Node *gate =
        typed({req("name", l.text), req("type", enumOf({QStringLiteral("http"), QStringLiteral("script")}))},
              QStringLiteral("type"),
              {{QStringLiteral("http"), l.httpFields},
               {QStringLiteral("script"), {req("script", l.text), opt("env", l.stringMap)}}},
              {});
    return object({opt("delay", l.duration), opt("samplingInterval", l.duration), opt("timeout", l.duration),
                   opt("minSuccessDuration", l.duration),
                   opt("approvalOrder", enumOf({QStringLiteral("beforeGates"), QStringLiteral("afterSuccessfulGates"),
                                                QStringLiteral("afterGatesAlways")})),
                   req("gates", arrayOf(gate))});
}

const Node *PipelineSchema::task(const Leaves &l) {
    return typed(
        {req("name", l.text),
         req("type", enumOf({QStringLiteral("script"), QStringLiteral("command"), QStringLiteral("copyFiles"),
                             QStringLiteral("httpRequest"), QStringLiteral("delay"),
                             QStringLiteral("manualIntervention"), QStringLiteral("azureTask")}))},
        QStringLiteral("type"),
        {{QStringLiteral("script"),
          {req("script", l.text),
           opt("shell", enumOf({QStringLiteral("sh"), QStringLiteral("bash"), QStringLiteral("pwsh")})),
           opt("workingDirectory", l.text), opt("env", l.stringMap)}},
         {QStringLiteral("command"),
          {req("program", l.text), opt("arguments", l.strings), opt("workingDirectory", l.text),
           opt("env", l.stringMap)}},
         {QStringLiteral("copyFiles"),
          {req("from", l.text), opt("pattern", l.text), req("to", l.text), opt("overwrite", l.boolean)}},
         {QStringLiteral("httpRequest"), l.httpFields},
         {QStringLiteral("delay"), {req("duration", l.duration)}},
         {QStringLiteral("manualIntervention"),
          {opt("instructions", l.string), opt("approvers", l.names), opt("timeout", l.duration),
           opt("onTimeout", enumOf({QStringLiteral("reject"), QStringLiteral("resume")}))}},
         // An imported Azure task Slipway cannot run: it keeps what Azure had and logs that it did not run.
         {QStringLiteral("azureTask"), {req("taskId", l.text), opt("version", l.text), opt("inputs", l.stringMap)}}},
        {opt("timeout", l.duration), opt("continueOnError", l.boolean),
         opt("condition", enumOf({QStringLiteral("succeeded"), QStringLiteral("always"), QStringLiteral("failed"),
                                  QStringLiteral("succeededOrFailed")})),
         opt("enabled", l.boolean)});
}

const Node *PipelineSchema::stage(const Leaves &l) {
    const Node *stageSchedule = object({req("days", l.days), req("time", l.timeOfDay), req("timeZone", l.timeZone)});
    const Node *stageTrigger =
        typed({req("type",
                   enumOf({QStringLiteral("afterRelease"), QStringLiteral("afterStages"), QStringLiteral("manual")}))},
              QStringLiteral("type"),
              {{QStringLiteral("afterRelease"), {}},
               {QStringLiteral("afterStages"), {req("stages", l.names), opt("onPartialSuccess", l.boolean)}},
               {QStringLiteral("manual"), {}}},
              {});
    const Node *artifactFilter = object({req("alias", l.text), opt("branches", l.branches), opt("tags", l.strings)});
    const Node *queue = object({opt("maxParallel", integer(0)),
                                opt("policy", enumOf({QStringLiteral("allInOrder"), QStringLiteral("latestOnly")}))});
    const Node *approvals = object(
        {req("approvers", l.names),
         opt("order",
             enumOf({QStringLiteral("anyOne"), QStringLiteral("allInSequence"), QStringLiteral("allAnyOrder")})),
         opt("requiredApproverCount", integer(0)), opt("timeout", l.duration), opt("requesterCannotApprove", l.boolean),
         opt("skipIfApprovedInPreviousStage", l.boolean), opt("revalidateIdentity", l.boolean)});
    const Node *stageGates = gates(l);
    const Node *retention = object({opt("daysToKeep", integer(0)), opt("minReleasesToKeep", integer(0))});
    return object({req("name", l.text), opt("trigger", stageTrigger), opt("artifactFilters", arrayOf(artifactFilter)),
                   opt("schedule", stageSchedule), opt("queue", queue), opt("pool", l.text),
                   opt("demands", l.stringMap), opt("preApprovals", approvals), opt("preGates", stageGates),
                   opt("postApprovals", approvals), opt("postGates", stageGates), opt("variables", l.variables),
                   opt("variableGroups", l.names), opt("tasks", arrayOf(task(l))), opt("retention", retention)});
}

void PipelineSchema::build() {
    const Leaves l = leaves();
    const Node *releaseSchedule = object(
        {req("days", l.days), req("time", l.timeOfDay), req("timeZone", l.timeZone), opt("onlyIfChanged", l.boolean)});
    root = object({req("name", l.text), opt("folder", l.text), opt("description", l.string),
                   opt("releaseNameFormat", l.text), opt("variables", l.variables), opt("variableGroups", l.names),
                   opt("artifacts", arrayOf(artifact(l))), opt("schedules", arrayOf(releaseSchedule)),
                   req("stages", arrayOf(stage(l)))});
}

} // namespace

const Node &pipeline() {
    static const PipelineSchema schema;
    return *schema.root;
}

} // namespace slipway::schema
