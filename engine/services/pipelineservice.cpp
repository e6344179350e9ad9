#include "pipelineservice.h"

#include "core/secretfields.h"
#include "definition/canonicalwriter.h"
#include "definition/pipelinesecrets.h"
#include "services/variablegroupservice.h"

#include <QJsonDocument>

namespace slipway {

QString describeProblems(const QList<Problem> &problems) {
    QStringList lines;
    for (const Problem &problem : problems)
        if (problem.isError())
            lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

Result<std::optional<KnownPrincipals>> PipelineService::principals() {
    Result<QStringList> users = m_context.store.directory().userNames();
    if (!users)
        return users.error();
    Result<QStringList> groups = m_context.store.directory().groupNames();
    if (!groups)
        return groups.error();
    // A fresh single-user install has no directory yet; approvers are checked once one exists.
    if (users->isEmpty() && groups->isEmpty())
        return std::optional<KnownPrincipals>();
    return std::optional<KnownPrincipals>(KnownPrincipals{*users, *groups});
}

Result<ParsedPipeline> PipelineService::validate(const QByteArray &json) {
    Result<std::optional<KnownPrincipals>> known = principals();
    if (!known)
        return known.error();
    return parsePipeline(json, known->has_value() ? &**known : nullptr);
}

Result<SavedPipeline> PipelineService::save(const QByteArray &json, const Identity &actor, const QString &project,
                                            std::optional<qint64> pipelineId, const QString &comment,
                                            bool createMissingVariableGroups) {
    Result<ParsedPipeline> parsed = validate(json);
    if (!parsed)
        return parsed.error();
    if (!parsed->ok())
        return Error::validation(describeProblems(parsed->problems));
    const PipelineDefinition &definition = *parsed->definition;
    Result<QJsonObject> replaced = replacedDocument(definition.name, project, pipelineId);
    if (!replaced)
        return replaced.error();
    SavedPipeline saved;
    Result<QJsonObject> sealed =
        keepAndSealSecrets(definition, *replaced, m_context.store.secrets(), saved.secretsWithoutValue);
    if (!sealed)
        return sealed.error();
    const QByteArray body = writeCanonical(*sealed, schema::pipeline());
    const QDateTime now = m_context.clock.now();

    saved.name = definition.name;
    for (const Problem &problem : parsed->problems)
        if (!problem.isError())
            saved.warnings << problem;

    Store &store = m_context.store;
    const Status written = store.transaction([&]() -> Status {
        Result<ProjectRecord> owner =
            store.pipelines().ensureProject(project.isEmpty() ? defaultProjectName : project, now);
        if (!owner)
            return owner.error();
        Result<std::optional<PipelineRecord>> sameName = store.pipelines().findPipeline(owner->id, definition.name);
        if (!sameName)
            return sameName.error();
        if (pipelineId) {
            Result<std::optional<PipelineRecord>> existing = store.pipelines().pipeline(*pipelineId);
            if (!existing)
                return existing.error();
            if (!existing->has_value())
                return Error::notFound(QT_TRANSLATE_NOOP("Engine", "pipeline %1 not found"),
                                       {QString::number(*pipelineId)});
            if (sameName->has_value() && (*sameName)->id != *pipelineId)
                return Error::conflict(QT_TRANSLATE_NOOP("Engine", "another pipeline is already named \"%1\""),
                                       {definition.name});
            saved.pipelineId = *pipelineId;
        } else if (sameName->has_value()) {
            saved.pipelineId = (*sameName)->id;
        } else {
            Result<qint64> created = store.pipelines().createPipeline(owner->id, definition.name, now);
            if (!created)
                return created.error();
            saved.pipelineId = *created;
            saved.created = true;
        }
        QList<Problem> unknownGroups;
        Result<QList<VariableGroupLink>> links = resolveVariableGroupLinks(
            store, definition, createMissingVariableGroups, actor, now, saved.createdVariableGroups, unknownGroups);
        if (!links)
            return links.error();
        if (!unknownGroups.isEmpty())
            return Error::validation(describeProblems(unknownGroups));
        Result<RevisionRecord> revision = store.pipelines().addRevision(
            saved.pipelineId, definition.name, definition.folder, body, actor.userName, comment, now);
        if (!revision)
            return revision.error();
        saved.revision = revision->revision;

        QList<ArtifactSourceRecord> sources;
        for (const ArtifactSourceDefinition &source : definition.artifacts)
            sources.append({0, saved.pipelineId, source.alias, source.type, source.primary, source.settings});
        if (Status synced = store.pipelines().syncArtifactSources(saved.pipelineId, sources); !synced)
            return synced;
        if (Status linked = store.variableGroups().setLinks(saved.pipelineId, *links); !linked)
            return linked;

        Result<qint64> audited = store.audit().append(
            {0, now, actor.userName,
             saved.created ? QStringLiteral("pipeline.created") : QStringLiteral("pipeline.revised"),
             QStringLiteral("pipeline"), saved.pipelineId,
             QJsonObject{{QStringLiteral("name"), definition.name},
                         {QStringLiteral("revision"), saved.revision},
                         {QStringLiteral("comment"), comment}}});
        if (!audited)
            return audited.error();
        return {};
    });
    if (!written)
        return written.error();
    Q_EMIT m_context.notifier.pipelineSaved(saved.pipelineId, saved.created);
    return saved;
}

Status PipelineService::remove(qint64 pipelineId, const Identity &actor) {
    Store &store = m_context.store;
    const QDateTime now = m_context.clock.now();
    const Status written = store.transaction([&]() -> Status {
        Result<std::optional<PipelineRecord>> pipeline = store.pipelines().pipeline(pipelineId);
        if (!pipeline)
            return pipeline.error();
        if (!pipeline->has_value())
            return Error::notFound(QT_TRANSLATE_NOOP("Engine", "pipeline %1 not found"), {QString::number(pipelineId)});
        Result<QList<ReleaseRecord>> releases = store.releases().releases(pipelineId, 1000);
        if (!releases)
            return releases.error();
        qsizetype active = 0;
        for (const ReleaseRecord &r : std::as_const(*releases))
            active += r.status != ReleaseStatus::Abandoned;
        if (active > 0)
            return Error::conflict(
                QT_TRANSLATE_NOOP("Engine", "pipeline \"%1\" has %2 active or draft releases: abandon them first"),
                {(*pipeline)->name, QString::number(active)});
        if (!releases->isEmpty())
            return Error::conflict(QT_TRANSLATE_NOOP("Engine",
                                                     "pipeline \"%1\" keeps the history of %2 abandoned "
                                                     "releases: it can be deleted once retention removed them"),
                                   {(*pipeline)->name, QString::number(releases->size())});
        if (Status deleted = store.pipelines().deletePipeline(pipelineId); !deleted)
            return deleted;
        m_definitions.clear(); // ids of revisions may be given again
        Result<qint64> audited = store.audit().append({0, now, actor.userName, QStringLiteral("pipeline.deleted"),
                                                       QStringLiteral("pipeline"), pipelineId,
                                                       QJsonObject{{QStringLiteral("name"), (*pipeline)->name}}});
        return audited ? Status() : Status(audited.error());
    });
    if (written)
        Q_EMIT m_context.notifier.reloadNeeded();
    return written;
}

Result<PipelineRecord> PipelineService::resolve(const QString &nameOrId) {
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    Result<std::optional<PipelineRecord>> found =
        isNumber ? m_context.store.pipelines().pipeline(id) : m_context.store.pipelines().findPipeline(nameOrId);
    if (!found)
        return found.error();
    if (!found->has_value() && isNumber) // a pipeline may be named "42"
        found = m_context.store.pipelines().findPipeline(nameOrId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "pipeline \"%1\" not found"), {nameOrId});
    return **found;
}

Result<QList<PipelineRecord>> PipelineService::list() {
    return m_context.store.pipelines().pipelines();
}

Result<QByteArray> PipelineService::exportCurrent(const QString &nameOrId) {
    Result<PipelineRecord> pipeline = resolve(nameOrId);
    if (!pipeline)
        return pipeline.error();
    Result<RevisionRecord> current = revision(pipeline->id, pipeline->revision);
    if (!current)
        return current.error();
    return current->body;
}

Result<QByteArray> PipelineService::exportDefinition(const QString &nameOrId, const Identity &actor,
                                                     bool includeSecrets) {
    Result<PipelineRecord> pipeline = resolve(nameOrId);
    if (!pipeline)
        return pipeline.error();
    Result<RevisionRecord> current = revision(pipeline->id, pipeline->revision);
    if (!current)
        return current.error();
    const QJsonObject document = QJsonDocument::fromJson(current->body).object();
    if (!includeSecrets)
        return writeCanonical(withoutSecretValues(document), schema::pipeline());
    Result<bool> admin = m_context.store.directory().isAdmin(actor.userName);
    if (!admin)
        return admin.error();
    if (!*admin)
        return Error::forbidden(QT_TRANSLATE_NOOP("Engine", "only an administrator can export secret values (%1 is "
                                                            "not one); export without them instead"),
                                {actor.userName});
    Result<QJsonObject> opened = openSecrets(document, m_context.store.secrets(), pipeline->name);
    if (!opened)
        return opened.error();
    const Status audited = m_context.store.transaction([&]() -> Status {
        Result<qint64> event = m_context.store.audit().append(
            {0, m_context.clock.now(), actor.userName, QStringLiteral("pipeline.exported"), QStringLiteral("pipeline"),
             pipeline->id,
             QJsonObject{{QStringLiteral("name"), pipeline->name},
                         {QStringLiteral("revision"), pipeline->revision},
                         {QStringLiteral("includeSecrets"), true}}});
        return event ? Status() : Status(event.error());
    });
    if (!audited)
        return audited.error();
    return writeCanonical(*opened, schema::pipeline());
}

Result<QJsonObject> PipelineService::replacedDocument(const QString &name, const QString &project,
                                                      std::optional<qint64> pipelineId) {
    std::optional<PipelineRecord> replaced;
    if (pipelineId) {
        Result<std::optional<PipelineRecord>> found = m_context.store.pipelines().pipeline(*pipelineId);
        if (!found)
            return found.error();
        replaced = *found;
    } else {
        Result<QList<ProjectRecord>> projects = m_context.store.pipelines().projects();
        if (!projects)
            return projects.error();
        const QString wanted = project.isEmpty() ? defaultProjectName : project;
        for (const ProjectRecord &candidate : std::as_const(*projects)) {
            if (candidate.name.compare(wanted, Qt::CaseInsensitive) != 0)
                continue;
            Result<std::optional<PipelineRecord>> found = m_context.store.pipelines().findPipeline(candidate.id, name);
            if (!found)
                return found.error();
            replaced = *found;
        }
    }
    if (!replaced)
        return QJsonObject();
    Result<RevisionRecord> current = revision(replaced->id, replaced->revision);
    if (!current)
        return current.error();
    return QJsonDocument::fromJson(current->body).object();
}

Result<QList<RevisionRecord>> PipelineService::revisions(qint64 pipelineId) {
    return m_context.store.pipelines().revisions(pipelineId);
}

Result<qint64> PipelineService::nextReleaseNumber(qint64 pipelineId) {
    if (pipelineId <= 0)
        return qint64(1);
    return m_context.store.pipelines().nextReleaseNumber(pipelineId);
}

Result<RevisionRecord> PipelineService::revision(qint64 pipelineId, int revision) {
    Result<std::optional<RevisionRecord>> found = m_context.store.pipelines().revision(pipelineId, revision);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "revision %1 of pipeline %2 not found"),
                               {revision, QString::number(pipelineId)});
    return **found;
}

Result<std::shared_ptr<const PipelineDefinition>> PipelineService::definitionOfRevision(qint64 revisionId) {
    if (auto cached = m_definitions.value(revisionId))
        return cached;
    Result<RevisionRecord> stored = m_context.store.pipelines().revisionById(revisionId);
    if (!stored)
        return stored.error();
    // Stored bodies were valid when saved; approvers are not re-checked against today's directory.
    ParsedPipeline parsed = parsePipeline(stored->body);
    if (!parsed.ok())
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "stored revision %1 no longer parses: %2"),
                              {QString::number(revisionId), describeProblems(parsed.problems)});
    auto definition = std::make_shared<const PipelineDefinition>(std::move(*parsed.definition));
    m_definitions.insert(revisionId, definition);
    return definition;
}

Result<std::shared_ptr<const PipelineDefinition>> PipelineService::currentDefinition(qint64 pipelineId) {
    Result<std::optional<PipelineRecord>> pipeline = m_context.store.pipelines().pipeline(pipelineId);
    if (!pipeline)
        return pipeline.error();
    if (!pipeline->has_value())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "pipeline %1 not found"), {QString::number(pipelineId)});
    Result<RevisionRecord> current = revision(pipelineId, (*pipeline)->revision);
    if (!current)
        return current.error();
    return definitionOfRevision(current->id);
}

} // namespace slipway
