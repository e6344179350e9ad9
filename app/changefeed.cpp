#include "changefeed.h"

#include <QSet>

namespace slipway {

namespace {

struct ReleaseKey final {
    qint64 pipelineId = 0;
    qint64 releaseId = 0;
    bool operator==(const ReleaseKey &) const = default;
};

size_t qHash(const ReleaseKey &key, size_t seed = 0) {
    return qHashMulti(seed, key.pipelineId, key.releaseId);
}

// One batch of audit events as distinct rows, in the order they were first touched.
class RowChanges final {
public:
    QList<std::pair<qint64, bool>> pipelines; // id, created
    QList<ReleaseKey> created;
    QList<ReleaseKey> changed;
    QList<ReleaseKey> artifactVersions; // pipeline, version id
    QList<qint64> variableGroups;
    bool removed = false;
    bool reload = false;

    void add(const AuditedChange &change) {
        if (change.objectType == QLatin1String("pipeline")) {
            if (change.action == QLatin1String("pipeline.created") ||
                change.action == QLatin1String("pipeline.revised"))
                addPipeline(change.objectId, change.action == QLatin1String("pipeline.created"));
        } else if (change.objectType == QLatin1String("artifactVersion")) {
            if (change.action == QLatin1String("artifactVersion.added") && change.pipelineId > 0)
                artifactVersions.append({change.pipelineId, change.objectId});
        } else if (change.objectType == QLatin1String("variableGroup")) {
            if (!variableGroups.contains(change.objectId))
                variableGroups.append(change.objectId);
        } else if (change.objectType == QLatin1String("store")) {
            reload = true; // generated data: thousands of rows in one event
        } else if (change.action == QLatin1String("release.deleted")) {
            removed = true;
        } else if (change.releaseId > 0 && change.pipelineId > 0) {
            addRelease(change.action == QLatin1String("release.created"), {change.pipelineId, change.releaseId});
        }
    }

private:
    QSet<ReleaseKey> m_changed;

    void addPipeline(qint64 id, bool isNew) {
        for (auto &[known, wasNew] : pipelines)
            if (known == id) {
                wasNew = wasNew || isNew;
                return;
            }
        pipelines.append({id, isNew});
    }
    // A release created in this batch is loaded as it is now: what else touched it (its first deployments,
    // audited before or after its creation in the same transaction) needs no signal of its own.
    void addRelease(bool isNew, const ReleaseKey &key) {
        if (created.contains(key))
            return;
        if (isNew) {
            changed.removeOne(key);
            created.append(key);
        } else if (!m_changed.contains(key)) {
            m_changed.insert(key);
            changed.append(key);
        }
    }
};

} // namespace

ChangeFeed::ChangeFeed(AuditRepository &audit, QObject *parent) : QObject(parent), m_audit(audit) {
    if (Result<qint64> last = m_audit.lastEventId())
        m_lastEvent = *last;
}

void ChangeFeed::follow(ChangeNotifier &local) {
    connect(&local, &ChangeNotifier::pipelineSaved, this, &ChangeFeed::catchUp);
    connect(&local, &ChangeNotifier::releaseCreated, this, &ChangeFeed::catchUp);
    connect(&local, &ChangeNotifier::releaseChanged, this, &ChangeFeed::catchUp);
    connect(&local, &ChangeNotifier::artifactVersionAdded, this, &ChangeFeed::catchUp);
    connect(&local, &ChangeNotifier::releasesRemoved, this, &ChangeFeed::catchUp);
    connect(&local, &ChangeNotifier::reloadNeeded, this, &ChangeFeed::catchUp);
    connect(&local, &ChangeNotifier::variableGroupChanged, this, &ChangeFeed::catchUp);
}

void ChangeFeed::catchUp() {
    // A model reacting to a signal may commit, and so ask again: that is read after this batch.
    if (m_catchingUp) {
        m_again = true;
        return;
    }
    m_catchingUp = true;
    do {
        m_again = false;
        Result<QList<AuditedChange>> batch = m_audit.changesAfter(m_lastEvent, batchLimit + 1);
        if (!batch)
            break; // the engine reports a failing database; the next catch-up reads from the same place
        if (batch->isEmpty())
            continue;
        if (batch->size() > batchLimit) {
            if (Result<qint64> last = m_audit.lastEventId())
                m_lastEvent = *last;
            Q_EMIT m_changes.reloadNeeded();
            continue;
        }
        m_lastEvent = batch->constLast().eventId;
        emitBatch(*batch);
    } while (m_again);
    m_catchingUp = false;
}

void ChangeFeed::emitBatch(const QList<AuditedChange> &batch) {
    RowChanges rows;
    for (const AuditedChange &change : batch)
        rows.add(change);
    if (rows.reload) {
        Q_EMIT m_changes.reloadNeeded();
        return;
    }
    for (const auto &[id, created] : std::as_const(rows.pipelines))
        Q_EMIT m_changes.pipelineSaved(id, created);
    for (const ReleaseKey &version : std::as_const(rows.artifactVersions))
        Q_EMIT m_changes.artifactVersionAdded(version.pipelineId, version.releaseId);
    for (const ReleaseKey &release : std::as_const(rows.created))
        Q_EMIT m_changes.releaseCreated(release.pipelineId, release.releaseId);
    for (const ReleaseKey &release : std::as_const(rows.changed))
        Q_EMIT m_changes.releaseChanged(release.pipelineId, release.releaseId);
    if (rows.removed)
        Q_EMIT m_changes.releasesRemoved();
    for (qint64 group : std::as_const(rows.variableGroups))
        Q_EMIT m_changes.variableGroupChanged(group);
}

} // namespace slipway
