#include "commands.h"

#include "appsession.h"
#include "azure/definitionfile.h"
#include "clioutput.h"

#include <QFile>
#include <QJsonArray>

namespace slipway::cli {

namespace {

Result<QByteArray> readImportFile(const QString &path) {
    QFile file(path);
    if (!file.exists())
        return Error::notFound(QStringLiteral("file \"%1\" not found").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::validation(QStringLiteral("cannot read \"%1\": %2").arg(path, file.errorString()));
    return file.readAll();
}

QJsonObject reportJson(const azure::AzureImport &mapping) {
    QJsonArray notes;
    for (const azure::MappingNote &note : mapping.notes)
        notes.append(QJsonObject{{QStringLiteral("path"), note.path},
                                 {QStringLiteral("message"), note.message},
                                 {QStringLiteral("mapped"), note.mapped}});
    return {{QStringLiteral("notes"), notes},
            {QStringLiteral("secretsNeedingValue"), QJsonArray::fromStringList(mapping.secretsNeedingValue)}};
}

// The mapping report as text: what was not mapped first (that is what needs attention), then what was.
void printReport(QTextStream &out, const azure::AzureImport &mapping) {
    out << "Azure classic release definition → pipeline \"" << mapping.pipeline.value(QLatin1String("name")).toString()
        << "\"\n";
    for (bool mapped : {false, true}) {
        out << (mapped ? "Mapped:\n" : "Not mapped:\n");
        for (const azure::MappingNote &note : mapping.notes)
            if (note.mapped == mapped)
                out << "  " << note.path << ": " << note.message << "\n";
    }
    if (!mapping.secretsNeedingValue.isEmpty())
        out << "Secrets needing a value: " << mapping.secretsNeedingValue.join(QStringLiteral(", ")) << "\n";
}

Status dryRun(const Invocation &call, const azure::DefinitionFile &file) {
    Result<ParsedPipeline> parsed = call.session.services().pipelines.validate(file.pipelineJson);
    if (!parsed)
        return parsed.error();
    QJsonArray problems;
    for (const Problem &problem : parsed->problems)
        problems.append(problem.toString());
    if (call.json) {
        QJsonObject json{{QStringLiteral("format"), file.mapping ? QStringLiteral("azure") : QStringLiteral("slipway")},
                         {QStringLiteral("dryRun"), true},
                         {QStringLiteral("valid"), parsed->ok()},
                         {QStringLiteral("problems"), problems}};
        if (file.mapping) {
            const QJsonObject report = reportJson(*file.mapping);
            for (auto it = report.begin(); it != report.end(); ++it)
                json.insert(it.key(), it.value());
            json.insert(QStringLiteral("pipeline"), file.mapping->pipeline);
        }
        printJson(call.out, json);
    } else {
        if (file.mapping)
            printReport(call.out, *file.mapping);
        call.out << "Dry run: nothing saved.\n";
    }
    if (!parsed->ok())
        return Error::validation(describeProblems(parsed->problems));
    for (const Problem &warning : parsed->problems)
        call.err << "warning: " << warning.toString() << "\n";
    return {};
}

} // namespace

Status pipelineImport(const Invocation &call) {
    const QString usage = QStringLiteral("pipeline import FILE [--project P] [--from azure|slipway] [--dry-run]");
    if (call.words.size() != 1)
        return Error::validation(QStringLiteral("usage: slipway %1").arg(usage));
    const std::optional<azure::DefinitionFormat> format =
        azure::definitionFormatNamed(call.options.value(QStringLiteral("from")));
    if (!format)
        return Error::validation(QStringLiteral("--from takes azure or slipway, not \"%1\"")
                                     .arg(call.options.value(QStringLiteral("from"))));
    Result<QByteArray> bytes = readImportFile(call.words.first());
    if (!bytes)
        return bytes.error();
    Result<azure::DefinitionFile> file = azure::readDefinitionFile(*bytes, *format);
    if (!file)
        return file.error();
    if (call.options.isSet(QStringLiteral("dry-run")))
        return dryRun(call, *file);
    // One save, one transaction: a file that does not validate saves nothing. Groups an Azure file links are created
    // empty when the Library lacks them.
    Result<SavedPipeline> saved = call.session.services().pipelines.save(
        file->pipelineJson, call.session.identity(), call.options.value(QStringLiteral("project")), std::nullopt,
        QStringLiteral("imported from %1").arg(call.words.first()), file->mapping.has_value());
    if (!saved)
        return saved.error();
    QJsonArray warnings;
    for (const Problem &warning : saved->warnings) {
        warnings.append(warning.toString());
        call.err << "warning: " << warning.toString() << "\n";
    }
    // An exported file has no secret values: the pipeline's own are kept, and the ones it still lacks are named.
    for (const QString &secret : saved->secretsWithoutValue)
        call.err << "warning: secret variable \"" << secret << "\" has no value; set it in the pipeline editor\n";
    for (const QString &group : saved->createdVariableGroups)
        call.err << "warning: variable group \"" << group << "\" was created empty; add its variables\n";
    if (call.json) {
        QJsonObject json{
            {QStringLiteral("id"), saved->pipelineId},
            {QStringLiteral("name"), saved->name},
            {QStringLiteral("revision"), saved->revision},
            {QStringLiteral("created"), saved->created},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("secretsWithoutValue"), QJsonArray::fromStringList(saved->secretsWithoutValue)}};
        if (file->mapping) {
            json.insert(QStringLiteral("format"), QStringLiteral("azure"));
            const QJsonObject report = reportJson(*file->mapping);
            for (auto it = report.begin(); it != report.end(); ++it)
                json.insert(it.key(), it.value());
            json.insert(QStringLiteral("createdVariableGroups"),
                        QJsonArray::fromStringList(saved->createdVariableGroups));
        }
        printJson(call.out, json);
        return {};
    }
    if (file->mapping)
        printReport(call.out, *file->mapping);
    call.out << (saved->created ? "Created" : "Updated") << " pipeline " << saved->pipelineId << " \"" << saved->name
             << "\", revision " << saved->revision << "\n";
    return {};
}

} // namespace slipway::cli
