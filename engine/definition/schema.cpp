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

    void build();
};

Field opt(const char *key, const Node *node) {
    return Field{QString::fromLatin1(key), node, false};
}
Field req(const char *key, const Node *node) {
    return Field{QString::fromLatin1(key), node, true};
}

void PipelineSchema::build() {
    const Node *string = kind(Kind::String);
    const Node *text = kind(Kind::NonEmptyString);
    const Node *boolean = kind(Kind::Bool);
    const Node *duration = kind(Kind::Duration);
    const Node *timeOfDay = kind(Kind::TimeOfDay);
    const Node *timeZone = kind(Kind::TimeZone);
    const Node *statusRange = kind(Kind::StatusRange);
    const Node *stringMap = kind(Kind::StringMap);
    const Node *variables = kind(Kind::VariableMap);
    const Node *strings = arrayOf(string);
    const Node *names = arrayOf(text);
    const Node *days = arrayOf(kind(Kind::Day));
    const Node *httpMethod = enumOf({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                     QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD")});

    const Node *branches = object({opt("include", strings), opt("exclude", strings)});
    const Node *artifactTrigger = object({opt("enabled", boolean), opt("branches", branches), opt("tags", strings)});

    const Node *artifact =
        typed({req("alias", text),
               req("type", enumOf({QStringLiteral("folder"), QStringLiteral("git"), QStringLiteral("push")}))},
              QStringLiteral("type"),
              {{QStringLiteral("folder"), {req("path", text), opt("pattern", text)}},
               {QStringLiteral("git"), {req("repository", text), opt("tagPattern", text)}},
               {QStringLiteral("push"), {}}},
              {opt("primary", boolean), opt("defaultVersion", enumOf({QStringLiteral("latest")})),
               opt("trigger", artifactTrigger)});

    const Node *releaseSchedule =
        object({req("days", days), req("time", timeOfDay), req("timeZone", timeZone), opt("onlyIfChanged", boolean)});
    const Node *stageSchedule = object({req("days", days), req("time", timeOfDay), req("timeZone", timeZone)});

    const Node *stageTrigger =
        typed({req("type",
                   enumOf({QStringLiteral("afterRelease"), QStringLiteral("afterStages"), QStringLiteral("manual")}))},
              QStringLiteral("type"),
              {{QStringLiteral("afterRelease"), {}},
               {QStringLiteral("afterStages"), {req("stages", names), opt("onPartialSuccess", boolean)}},
               {QStringLiteral("manual"), {}}},
              {});

    const Node *artifactFilter = object({req("alias", text), opt("branches", branches), opt("tags", strings)});
    const Node *queue = object({opt("maxParallel", integer(0)),
                                opt("policy", enumOf({QStringLiteral("allInOrder"), QStringLiteral("latestOnly")}))});
    const Node *approvals =
        object({req("approvers", names),
                opt("order",
                    enumOf({QStringLiteral("anyOne"), QStringLiteral("allInSequence"), QStringLiteral("allAnyOrder")})),
                opt("timeout", duration), opt("requesterCannotApprove", boolean),
                opt("skipIfApprovedInPreviousStage", boolean), opt("revalidateIdentity", boolean)});

    const QList<Field> httpFields{
        opt("method", httpMethod),         req("url", text),      opt("headers", stringMap), opt("body", string),
        opt("successStatus", statusRange), opt("jsonPath", text), opt("equals", string)};
    const Node *gate =
        typed({req("name", text), req("type", enumOf({QStringLiteral("http"), QStringLiteral("script")}))},
              QStringLiteral("type"),
              {{QStringLiteral("http"), httpFields},
               {QStringLiteral("script"), {req("script", text), opt("env", stringMap)}}},
              {});
    const Node *gates =
        object({opt("delay", duration), opt("samplingInterval", duration), opt("timeout", duration),
                opt("minSuccessDuration", duration),
                opt("approvalOrder", enumOf({QStringLiteral("beforeGates"), QStringLiteral("afterSuccessfulGates"),
                                             QStringLiteral("afterGatesAlways")})),
                req("gates", arrayOf(gate))});

    const Node *task = typed(
        {req("name", text), req("type", enumOf({QStringLiteral("script"), QStringLiteral("command"),
                                                QStringLiteral("copyFiles"), QStringLiteral("httpRequest"),
                                                QStringLiteral("delay"), QStringLiteral("manualIntervention")}))},
        QStringLiteral("type"),
        {{QStringLiteral("script"), {req("script", text), opt("workingDirectory", text), opt("env", stringMap)}},
         {QStringLiteral("command"),
          {req("program", text), opt("arguments", strings), opt("workingDirectory", text), opt("env", stringMap)}},
         {QStringLiteral("copyFiles"),
          {req("from", text), opt("pattern", text), req("to", text), opt("overwrite", boolean)}},
         {QStringLiteral("httpRequest"), httpFields},
         {QStringLiteral("delay"), {req("duration", duration)}},
         {QStringLiteral("manualIntervention"),
          {opt("instructions", string), opt("approvers", names), opt("timeout", duration),
           opt("onTimeout", enumOf({QStringLiteral("reject"), QStringLiteral("resume")}))}}},
        {opt("timeout", duration), opt("continueOnError", boolean),
         opt("condition", enumOf({QStringLiteral("succeeded"), QStringLiteral("always"), QStringLiteral("failed")})),
         opt("enabled", boolean)});

    const Node *retention = object({opt("daysToKeep", integer(0)), opt("minReleasesToKeep", integer(0))});

    const Node *stage =
        object({req("name", text), opt("trigger", stageTrigger), opt("artifactFilters", arrayOf(artifactFilter)),
                opt("schedule", stageSchedule), opt("queue", queue), opt("preApprovals", approvals),
                opt("preGates", gates), opt("postApprovals", approvals), opt("postGates", gates),
                opt("variables", variables), opt("tasks", arrayOf(task)), opt("retention", retention)});

    root = object({req("name", text), opt("folder", text), opt("description", string), opt("releaseNameFormat", text),
                   opt("variables", variables), opt("artifacts", arrayOf(artifact)),
                   opt("schedules", arrayOf(releaseSchedule)), req("stages", arrayOf(stage))});
}

} // namespace

const Node &pipeline() {
    static const PipelineSchema schema;
    return *schema.root;
}

} // namespace slipway::schema
