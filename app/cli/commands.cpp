#include "commands.h"

#include "appsession.h"
#include "clioutput.h"

#include <QFile>
#include <QJsonArray>

namespace slipway::cli {

Status needWords(const Invocation &call, int count, const QString &usage) {
    if (call.words.size() < count)
        return Error::validation(QStringLiteral("usage: slipway %1").arg(usage));
    if (call.words.size() > count)
        return Error::validation(
            QStringLiteral("unexpected argument \"%1\"; usage: slipway %2").arg(call.words.at(count), usage));
    return {};
}

namespace {

Result<qint64> releaseId(const QString &word) {
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::validation(QStringLiteral("\"%1\" is not a release id (a positive number)").arg(word));
    return id;
}

// NAME=VALUE pairs from a repeated option.
Result<QHash<QString, QString>> pairs(const QStringList &values, const QString &option) {
    QHash<QString, QString> result;
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error::validation(QStringLiteral("--%1 takes NAME=VALUE, not \"%2\"").arg(option, value));
        result.insert(value.left(equals), value.mid(equals + 1));
    }
    return result;
}

Result<QByteArray> readFile(const QString &path) {
    QFile file(path);
    if (!file.exists())
        return Error::notFound(QStringLiteral("file \"%1\" not found").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::validation(QStringLiteral("cannot read \"%1\": %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

Status pipelineExport(const Invocation &call) {
    if (call.words.isEmpty() || call.words.size() > 2)
        return Error::validation(QStringLiteral("usage: slipway pipeline export PIPELINE [FILE] [--include-secrets]"));
    Result<QByteArray> body = call.session.services().pipelines.exportDefinition(
        call.words.first(), call.session.identity(), call.options.isSet(QStringLiteral("include-secrets")));
    if (!body)
        return body.error();
    if (call.words.size() == 1) {
        call.out << QString::fromUtf8(*body);
        return {};
    }
    QFile file(call.words.at(1));
    // Secret values in plaintext: the file is the user's alone, like the key file.
    const bool secrets = call.options.isSet(QStringLiteral("include-secrets"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        (secrets && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) ||
        file.write(*body) != body->size())
        return Error::validation(QStringLiteral("cannot write \"%1\": %2").arg(call.words.at(1), file.errorString()));
    return {};
}

Status pipelineValidate(const Invocation &call) {
    if (Status ok = needWords(call, 1, QStringLiteral("pipeline validate FILE")); !ok)
        return ok;
    Result<QByteArray> json = readFile(call.words.first());
    if (!json)
        return json.error();
    Result<ParsedPipeline> parsed = call.session.services().pipelines.validate(*json);
    if (!parsed)
        return parsed.error();
    if (call.json) {
        QJsonArray problems;
        for (const Problem &problem : parsed->problems)
            problems.append(QJsonObject{
                {QStringLiteral("severity"), problem.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                {QStringLiteral("path"), problem.path},
                {QStringLiteral("message"), problem.message}});
        printJson(call.out,
                  QJsonObject{{QStringLiteral("valid"), parsed->ok()}, {QStringLiteral("problems"), problems}});
    }
    for (const Problem &problem : parsed->problems)
        if (!problem.isError())
            call.err << "warning: " << problem.toString() << "\n";
    if (!parsed->ok())
        return Error::validation(describeProblems(parsed->problems));
    if (!call.json)
        call.out << call.words.first() << " is a valid pipeline definition\n";
    return {};
}

Status pipelineList(const Invocation &call) {
    if (Status ok = needWords(call, 0, QStringLiteral("pipeline list")); !ok)
        return ok;
    Result<QList<PipelineRecord>> pipelines = call.session.services().pipelines.list();
    if (!pipelines)
        return pipelines.error();
    if (call.json) {
        QJsonArray array;
        for (const PipelineRecord &pipeline : *pipelines)
            array.append(pipelineJson(pipeline));
        printJson(call.out, array);
        return {};
    }
    if (pipelines->isEmpty())
        call.out << "No pipelines. Import one with: slipway pipeline import FILE\n";
    for (const PipelineRecord &p : *pipelines)
        call.out << qSetFieldWidth(6) << Qt::left << p.id << qSetFieldWidth(0) << p.name << "  (folder " << p.folder
                 << ", revision " << p.revision << ")\n";
    return {};
}

Status artifactAdd(const Invocation &call) {
    if (Status ok = needWords(call, 3,
                              QStringLiteral("artifact add PIPELINE ALIAS VERSION [--branch B] [--tag T]... "
                                             "[--commit SHA]"));
        !ok)
        return ok;
    NewArtifactVersion version{call.words.at(2), call.options.value(QStringLiteral("branch")),
                               call.options.values(QStringLiteral("tag")),
                               call.options.value(QStringLiteral("commit"))};
    Result<ArtifactVersionRecord> added = call.session.services().artifacts.addPushedVersion(
        call.words.at(0), call.words.at(1), version, call.session.identity());
    if (!added)
        return added.error();
    if (call.json)
        printJson(call.out, artifactVersionJson(call.words.at(1), *added));
    else
        call.out << "Added version " << added->version << " to artifact source " << call.words.at(1) << "\n";
    return {};
}

Status releaseCreate(const Invocation &call) {
    if (Status ok = needWords(call, 1,
                              QStringLiteral("release create PIPELINE [--artifact ALIAS=VERSION]... "
                                             "[--manual-stage STAGE]... [--description TEXT] [--draft] "
                                             "[--var NAME=VALUE]..."));
        !ok)
        return ok;
    Result<QHash<QString, QString>> artifacts =
        pairs(call.options.values(QStringLiteral("artifact")), QStringLiteral("artifact"));
    if (!artifacts)
        return artifacts.error();
    Result<QHash<QString, QString>> variables =
        pairs(call.options.values(QStringLiteral("var")), QStringLiteral("var"));
    if (!variables)
        return variables.error();
    CreateReleaseRequest request;
    request.pipeline = call.words.first();
    request.artifactVersions = *artifacts;
    request.manualStages = call.options.values(QStringLiteral("manual-stage"));
    request.description = call.options.value(QStringLiteral("description"));
    request.draft = call.options.isSet(QStringLiteral("draft"));
    request.variables = *variables;
    Services &services = call.session.services();
    Result<ReleaseRecord> created = services.releases.create(request, call.session.identity());
    if (!created)
        return created.error();
    if (!call.json) {
        call.out << "Created release " << created->id << " \"" << created->name << "\""
                 << (request.draft ? " as a draft" : "") << "\n";
        return {};
    }
    Result<ReleaseDetails> details = services.releases.details(created->id);
    if (!details)
        return details.error();
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        services.pipelines.definitionOfRevision(created->revisionId);
    printJson(call.out, releaseJson(*details, snapshot ? snapshot->get() : nullptr));
    return {};
}

Status releaseList(const Invocation &call) {
    if (Status ok = needWords(call, 1, QStringLiteral("release list PIPELINE [--top N]")); !ok)
        return ok;
    int top = 50;
    if (call.options.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = call.options.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top <= 0)
            return Error::validation(QStringLiteral("--top takes a positive number, not \"%1\"")
                                         .arg(call.options.value(QStringLiteral("top"))));
    }
    Result<QList<ReleaseRecord>> releases = call.session.services().releases.list(call.words.first(), top);
    if (!releases)
        return releases.error();
    if (call.json) {
        QJsonArray array;
        for (const ReleaseRecord &release : *releases)
            array.append(releaseSummaryJson(release));
        printJson(call.out, array);
        return {};
    }
    if (releases->isEmpty())
        call.out << "No releases yet. Create one with: slipway release create " << call.words.first() << "\n";
    for (const ReleaseRecord &r : *releases)
        call.out << qSetFieldWidth(6) << Qt::left << r.id << qSetFieldWidth(0) << r.name << "  " << toString(r.status)
                 << "  " << r.createdAt.toLocalTime().toString(Qt::ISODate) << "  " << r.createdBy << "\n";
    return {};
}

Status releaseShow(const Invocation &call) {
    if (Status ok = needWords(call, 1, QStringLiteral("release show RELEASE")); !ok)
        return ok;
    Result<qint64> id = releaseId(call.words.first());
    if (!id)
        return id.error();
    Services &services = call.session.services();
    Result<ReleaseDetails> details = services.releases.details(*id);
    if (!details)
        return details.error();
    Result<std::shared_ptr<const PipelineDefinition>> snapshot =
        services.pipelines.definitionOfRevision(details->release.revisionId);
    const PipelineDefinition *definition = snapshot ? snapshot->get() : nullptr;
    if (call.json)
        printJson(call.out, releaseJson(*details, definition));
    else
        printReleaseText(call.out, *details, definition);
    return {};
}

Status releaseAbandon(const Invocation &call) {
    if (Status ok = needWords(call, 1, QStringLiteral("release abandon RELEASE")); !ok)
        return ok;
    Result<qint64> id = releaseId(call.words.first());
    if (!id)
        return id.error();
    if (Status abandoned = call.session.services().releases.abandon(*id, call.session.identity()); !abandoned)
        return abandoned;
    if (call.json)
        printJson(call.out,
                  QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("status"), QStringLiteral("abandoned")}});
    else
        call.out << "Abandoned release " << *id << "\n";
    return {};
}

} // namespace slipway::cli
