// The history queries of the deployments repository: metrics facts and what's where.
#include "sqldeploymentrepository.h"
#include "sqlartifactsummaries.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

namespace slipway {

namespace {

// Each release of a pipeline once: its name, when it was created and when its newest artifact version
// was first seen. Looked up by id through a dense index: hundreds of thousands of lookups per dashboard.
class ReleaseFacts final {
public:
    struct Release final {
        QString name;
        qint64 createdAt = 0;
        std::optional<qint64> changeSeenAt;
    };

    // The pipeline's releases from `firstId` on; with `changeTimes`, when their newest artifact version was seen
    // (a lookup per release, which the timeline's bars do not need).
    Status load(SqlConnection &db, qint64 pipelineId, qint64 firstId, bool changeTimes) {
        const QString changeSeen = changeTimes ? QStringLiteral("(SELECT max(v.seen_at) FROM release_artifacts a "
                                                                "JOIN artifact_versions v ON v.id = a.version_id "
                                                                "WHERE a.release_id = r.id)")
                                               : QStringLiteral("NULL");
        Result<SqlCursor *> query =
            db.exec(QStringLiteral("SELECT r.id, r.name, r.created_at, %1 FROM releases r WHERE r.pipeline_id = ? "
                                   "AND r.id >= ? ORDER BY r.id DESC")
                        .arg(changeSeen),
                    {pipelineId, firstId});
        if (!query)
            return query.error();
        SqlCursor &q = **query;
        std::vector<std::pair<qint64, Release>> rows;
        while (q.next())
            rows.push_back({q.int64(0),
                            {QString::fromUtf8(q.bytes(1)), q.int64(2),
                             q.isNull(3) ? std::nullopt : std::optional<qint64>(q.int64(3))}});
        q.finish();
        if (rows.empty())
            return {};
        m_first = rows.back().first;
        m_positions.assign(std::size_t(rows.front().first - m_first + 1), -1);
        m_releases.reserve(rows.size());
        for (auto &[id, release] : rows) {
            m_positions[std::size_t(id - m_first)] = qsizetype(m_releases.size());
            m_releases.push_back(std::move(release));
        }
        return {};
    }

    const Release *find(qint64 id) const {
        if (id < m_first || id - m_first >= qint64(m_positions.size()) || m_positions[std::size_t(id - m_first)] < 0)
            return nullptr;
        return &m_releases[std::size_t(m_positions[std::size_t(id - m_first)])];
    }

private:
    qint64 m_first = 0;
    std::vector<qsizetype> m_positions;
    std::vector<Release> m_releases;
};

// The stages a pipeline has history on, by skipping along deployments_history.
Result<QStringList> stagesWithHistory(SqlConnection &db, qint64 pipelineId) {
    return stagesBySkipScan(db,
                            QStringLiteral("SELECT stage_name FROM deployments WHERE pipeline_id = ? AND "
                                           "operation_status = 'done' AND stage_name > ? ORDER BY stage_name LIMIT 1"),
                            pipelineId);
}

// Every pipeline stage with finished deployments, by skipping along deployments_history: one index seek per
// pipeline and per stage, where DISTINCT would read the whole history. (A row-value seek, "(pipeline_id,
// stage_name) > (?, ?)", would use only its first column in SQLite and read a pipeline's whole history.)
Result<QList<std::pair<qint64, QString>>> stagesWithAnyHistory(SqlConnection &db) {
    QList<std::pair<qint64, QString>> stages;
    qint64 pipelineId = -1;
    for (;;) {
        Result<SqlCursor *> next =
            db.exec(QStringLiteral("SELECT pipeline_id FROM deployments WHERE operation_status = 'done' "
                                   "AND pipeline_id > ? ORDER BY pipeline_id LIMIT 1"),
                    {pipelineId});
        if (!next)
            return next.error();
        const bool found = (*next)->next();
        if (found)
            pipelineId = (*next)->int64(0);
        (*next)->finish();
        if (!found)
            return stages;
        Result<QStringList> ofPipeline = stagesWithHistory(db, pipelineId);
        if (!ofPipeline)
            return ofPipeline.error();
        for (const QString &stage : std::as_const(*ofPipeline))
            stages.append({pipelineId, stage});
    }
}

} // namespace

Result<QStringList> stagesBySkipScan(SqlConnection &db, const QString &nextStage, qint64 pipelineId) {
    QStringList stages;
    for (;;) {
        // Below every name: '' (a non-null empty string, so that no driver binds it as NULL).
        Result<SqlCursor *> next =
            db.exec(nextStage, {pipelineId, stages.isEmpty() ? QStringLiteral("") : stages.last()});
        if (!next)
            return next.error();
        const bool found = (*next)->next();
        if (found)
            stages << QString::fromUtf8((*next)->bytes(0));
        (*next)->finish();
        if (!found)
            return stages;
    }
}

Result<QList<DeploymentFact>> SqlDeploymentRepository::facts(qint64 pipelineId, const QDateTime &from) {
    return readFacts(pipelineId, from, true);
}

Result<QList<DeploymentFact>> SqlDeploymentRepository::timelineFacts(qint64 pipelineId, const QDateTime &from) {
    return readFacts(pipelineId, from, false);
}

Result<QList<DeploymentFact>> SqlDeploymentRepository::readFacts(qint64 pipelineId, const QDateTime &from,
                                                                 bool leadTimes) {
    Result<QStringList> stages = stagesWithHistory(m_db, pipelineId);
    if (!stages)
        return stages.error();

    // Stage by stage along deployments_history, which covers the query: already in completion order,
    // nothing to sort and no table row to visit.
    const qint64 since = from.toMSecsSinceEpoch();
    QList<DeploymentFact> facts;
    std::vector<qint64> releaseStages; // of each fact
    qint64 firstRelease = std::numeric_limits<qint64>::max();
    for (const QString &stage : std::as_const(*stages)) {
        Result<SqlCursor *> query =
            m_db.exec(QStringLiteral("SELECT id, release_id, attempt, status, queued_at, started_at, completed_at, "
                                     "release_stage_id FROM deployments WHERE pipeline_id = ? AND stage_name = ? "
                                     "AND completed_at >= ? AND operation_status = 'done' ORDER BY completed_at, id"),
                      {pipelineId, stage, since});
        if (!query)
            return query.error();
        SqlCursor &q = **query;
        while (q.next()) {
            DeploymentFact f;
            f.id = q.int64(0);
            f.releaseId = q.int64(1);
            f.stage = stage;
            f.attempt = int(q.int64(2));
            f.status = deploymentStatusFromBytes(q.bytes(3)).value_or(DeploymentStatus::Failed);
            f.queuedAt = q.int64(4);
            if (!q.isNull(5))
                f.startedAt = q.int64(5);
            f.completedAt = q.int64(6);
            firstRelease = std::min(firstRelease, f.releaseId);
            releaseStages.push_back(q.int64(7));
            facts.append(std::move(f));
        }
        q.finish();
    }
    if (facts.isEmpty())
        return facts;

    // The releases the facts name, from the oldest of them on (not the pipeline's whole history).
    ReleaseFacts releases;
    if (Status loaded = releases.load(m_db, pipelineId, firstRelease, leadTimes); !loaded)
        return loaded.error();
    QHash<qint64, QList<qsizetype>> fromEarlierReleases; // release stage -> its facts, for releases older than `from`
    for (qsizetype index = 0; index < facts.size(); ++index) {
        DeploymentFact &f = facts[index];
        if (const ReleaseFacts::Release *release = releases.find(f.releaseId)) {
            f.releaseName = release->name;
            f.changeSeenAt = release->changeSeenAt;
            if (leadTimes && release->createdAt < since)
                fromEarlierReleases[releaseStages[std::size_t(index)]] << index;
        }
    }

    // Only a release created before the period can have succeeded on a stage before it: a redeploy of
    // such a success adds no lead time. Asked of those release stages alone, by their unique index.
    const QList<qint64> candidates = fromEarlierReleases.keys();
    constexpr qsizetype chunk = 256;
    for (qsizetype begin = 0; begin < candidates.size(); begin += chunk) {
        QVariantList values;
        for (qsizetype i = begin; i < begin + chunk; ++i) // padded with the last id: one statement to prepare
            values << candidates.at(std::min(i, candidates.size() - 1));
        values << since;
        Result<SqlCursor *> earlier =
            m_db.exec(QStringLiteral("SELECT DISTINCT release_stage_id FROM deployments WHERE release_stage_id IN (%1) "
                                     "AND completed_at < ? AND status IN ('succeeded', 'partiallySucceeded')")
                          .arg(sql::placeholders(chunk)),
                      values);
        if (!earlier)
            return earlier.error();
        while ((*earlier)->next())
            for (const qsizetype index : fromEarlierReleases.value((*earlier)->int64(0)))
                facts[index].deliveredEarlier = true;
        (*earlier)->finish();
    }
    return facts;
}

Result<QList<DeployedRelease>> SqlDeploymentRepository::deployedAt(const QDateTime &at) {
    Result<QList<std::pair<qint64, QString>>> stages = stagesWithAnyHistory(m_db);
    if (!stages)
        return stages.error();
    QList<DeployedRelease> deployed;
    QSet<qint64> byRelease;
    for (const auto &[pipelineId, stage] : std::as_const(*stages)) {
        // The stage's newest success by then: one backward walk of deployments_history.
        Result<SqlCursor *> query = m_db.exec(
            QStringLiteral("SELECT p.name, d.release_id, r.name, d.id, d.completed_at, d.requested_by "
                           "FROM deployments d JOIN pipelines p ON p.id = d.pipeline_id "
                           "JOIN releases r ON r.id = d.release_id WHERE d.pipeline_id = ? AND d.stage_name = ? "
                           "AND d.operation_status = 'done' AND d.completed_at <= ? "
                           "AND d.status IN ('succeeded', 'partiallySucceeded') "
                           "ORDER BY d.completed_at DESC, d.id DESC LIMIT 1"),
            {pipelineId, stage, sql::time(at)});
        if (!query)
            return query.error();
        SqlCursor &q = **query;
        if (q.next()) {
            DeployedRelease d;
            d.pipelineId = pipelineId;
            d.pipelineName = q.value(0).toString();
            d.stage = stage;
            d.releaseId = q.value(1).toLongLong();
            d.releaseName = q.value(2).toString();
            d.deploymentId = q.value(3).toLongLong();
            d.completedAt = sql::time(q.value(4));
            d.requestedBy = q.value(5).toString();
            byRelease.insert(d.releaseId);
            deployed << d;
        }
        q.finish();
    }
    // By pipeline name as the database orders names (its collation), then id; the stages stay in the database's
    // order, as the skip scan found them.
    Result<SqlCursor *> order = m_db.exec(QStringLiteral("SELECT id FROM pipelines ORDER BY name, id"));
    if (!order)
        return order.error();
    QHash<qint64, qsizetype> rank;
    while ((*order)->next())
        rank.insert((*order)->int64(0), rank.size());
    (*order)->finish();
    std::stable_sort(deployed.begin(), deployed.end(), [&rank](const DeployedRelease &a, const DeployedRelease &b) {
        return rank.value(a.pipelineId) < rank.value(b.pipelineId);
    });
    if (deployed.isEmpty())
        return deployed;
    QVariantList ids;
    for (const qint64 id : std::as_const(byRelease))
        ids << id;
    Result<QHash<qint64, QString>> summaries = artifactSummaries(m_db, ids);
    if (!summaries)
        return summaries.error();
    for (DeployedRelease &d : deployed)
        d.artifacts = summaries->value(d.releaseId);
    return deployed;
}

} // namespace slipway
