#include "artifactservice.h"

#include <QJsonArray>

#include "definition/specreader.h"
#include "definition/values.h"

#include "pipelineservice.h"

#include <QDir>

#include <algorithm>

namespace slipway {

namespace {

// "1.9.0" < "1.10.0": runs of digits compare as numbers, the rest as text.
bool naturalLess(const QString &a, const QString &b) {
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype endA = i, endB = j;
            while (endA < a.size() && a[endA].isDigit())
                ++endA;
            while (endB < b.size() && b[endB].isDigit())
                ++endB;
            const qulonglong left = a.mid(i, endA - i).toULongLong();
            const qulonglong right = b.mid(j, endB - j).toULongLong();
            if (left != right)
                return left < right;
            i = endA;
            j = endB;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

} // namespace

Result<ArtifactVersionRecord> ArtifactService::addPushedVersion(const QString &pipeline, const QString &alias,
                                                                const NewArtifactVersion &version,
                                                                const Identity &actor) {
    Result<PipelineRecord> owner = m_pipelines.resolve(pipeline);
    if (!owner)
        return owner.error();
    if (version.version.trimmed().isEmpty())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "an artifact version needs a name"));
    Result<QList<ArtifactSourceRecord>> all = sources(owner->id);
    if (!all)
        return all.error();
    const auto source =
        std::find_if(all->cbegin(), all->cend(), [&](const ArtifactSourceRecord &s) { return s.alias == alias; });
    if (source == all->cend())
        return Error::notFound(QT_TRANSLATE_NOOP("Engine", "artifact source \"%1\" is not in pipeline \"%2\""),
                               {alias, owner->name});
    if (source->type != QLatin1String("push"))
        return Error::validation(QT_TRANSLATE_NOOP("Engine",
                                                   "artifact source \"%1\" is a %2 source; only push sources take "
                                                   "versions from the command line or REST"),
                                 {alias, source->type});
    return record(*source, version, actor);
}

Result<ArtifactVersionRecord> ArtifactService::record(const ArtifactSourceRecord &source,
                                                      const NewArtifactVersion &version, const Identity &actor) {
    ArtifactVersionRecord row;
    row.sourceId = source.id;
    row.version = version.version.trimmed();
    row.branch = version.branch;
    row.tags = version.tags;
    row.commit = version.commit;
    row.seenAt = m_context.clock.now();
    Store &store = m_context.store;
    const Status written = store.transaction([&]() -> Status {
        Result<ArtifactVersionRecord> added = store.artifacts().addVersion(row);
        if (!added) {
            Error error = Error::validation(QT_TRANSLATE_NOOP("Engine", "artifact source \"%1\": %2"),
                                            {source.alias, added.error().message});
            error.kind = added.error().kind;
            return error;
        }
        row = *added;
        if (Status ok =
                recordAudit(store.audit(), {0, row.seenAt, actor.userName, QStringLiteral("artifactVersion.added"),
                                            QStringLiteral("artifactVersion"), row.id,
                                            QJsonObject{{QStringLiteral("alias"), source.alias},
                                                        {QStringLiteral("version"), row.version},
                                                        {QStringLiteral("pipelineId"), source.pipelineId}}});
            !ok)
            return ok;
        // The CD release is made in the same transaction as the version: both happen, or neither.
        if (!m_releaseTrigger || !continuousDeploymentFires(source.settings, row))
            return {};
        Result<qint64> release = m_releaseTrigger(source, row);
        if (release)
            return {};
        // A pipeline that cannot make the release keeps the version, and says why in the audit trail.
        return recordAudit(store.audit(), {0, row.seenAt, actor.userName, QStringLiteral("release.cdFailed"),
                                           QStringLiteral("artifactVersion"), row.id,
                                           QJsonObject{{QStringLiteral("error"), release.error().message}}});
    });
    if (!written)
        return written.error();
    Q_EMIT m_context.notifier.artifactVersionAdded(source.pipelineId, row.id);
    return row;
}

Result<int> ArtifactService::scanFolderSource(const ArtifactSourceRecord &source, const Identity &actor) {
    const ArtifactSourceDefinition settings = artifactSourceOf(source.settings);
    const QString &path = settings.path;
    const QString &pattern = settings.pattern;
    const QDir folder(path);
    if (!folder.exists())
        return Error::notFound(
            QT_TRANSLATE_NOOP("Engine", "the folder \"%1\" of artifact source \"%2\" does not exist"),
            {path, source.alias});
    QStringList entries = folder.entryList({pattern}, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot);
    std::sort(entries.begin(), entries.end(), naturalLess);
    int added = 0;
    for (const QString &entry : entries) {
        Result<std::optional<ArtifactVersionRecord>> known = m_context.store.artifacts().findVersion(source.id, entry);
        if (!known)
            return known.error();
        if (known->has_value())
            continue;
        Result<ArtifactVersionRecord> stored = record(source, {entry, {}, {}, {}}, actor);
        if (!stored)
            return stored.error();
        ++added;
    }
    return added;
}

Result<int> ArtifactService::scanFolderSources(qint64 pipelineId, const Identity &actor) {
    Result<QList<ArtifactSourceRecord>> all = sources(pipelineId);
    if (!all)
        return all.error();
    int added = 0;
    for (const ArtifactSourceRecord &source : *all) {
        if (source.type != QLatin1String("folder"))
            continue;
        Result<int> found = scanFolderSource(source, actor);
        if (found) // a missing folder leaves the known versions usable
            added += *found;
    }
    return added;
}

Result<QList<ArtifactSourceRecord>> ArtifactService::sources(qint64 pipelineId) {
    return m_context.store.pipelines().artifactSources(pipelineId);
}

Result<QList<ArtifactVersionRecord>> ArtifactService::versions(qint64 sourceId, int limit) {
    return m_context.store.artifacts().versions(sourceId, limit);
}

bool continuousDeploymentFires(const QJsonObject &sourceSettings, const ArtifactVersionRecord &version) {
    const std::optional<ArtifactTriggerSpec> trigger = artifactSourceOf(sourceSettings).trigger;
    if (!trigger || !trigger->enabled)
        return false;
    auto matchesAny = [&version](const QStringList &patterns) {
        return std::any_of(patterns.begin(), patterns.end(),
                           [&](const QString &p) { return wildcardMatch(p, version.branch); });
    };
    if (!version.branch.isEmpty()) {
        const QStringList &include = trigger->filter.includeBranches;
        if (!include.isEmpty() && !matchesAny(include))
            return false;
        if (matchesAny(trigger->filter.excludeBranches))
            return false;
    }
    for (const QString &tag : trigger->filter.tags)
        if (!version.tags.contains(tag))
            return false;
    return true;
}

} // namespace slipway
