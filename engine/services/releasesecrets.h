#pragma once

#include "definition/secretmasker.h"
#include "services/pipelineservice.h"

namespace slipway {

// The masker for everything a release leaves behind (docs/security.md#masking): the secret values of its snapshot
// (pipeline and stage variables), of its pipeline's current revision, and the values given for secret variables at
// release time and with each of its deployments. Used before text is stored and again when stored text is read, so
// rows written before masking covered them are masked when shown.
class ReleaseSecrets final {
public:
    ReleaseSecrets(Store &store, PipelineService &pipelines) : m_store(store), m_pipelines(pipelines) {}

    Result<SecretMasker> ofRelease(qint64 releaseId);
    Result<SecretMasker> ofDeployment(qint64 deploymentId);
    Result<QStringList> values(qint64 releaseId);

private:
    Store &m_store;
    PipelineService &m_pipelines;
};

// The free text of stored records, masked in place: what a task, gate or user wrote.
void maskRecord(const SecretMasker &masker, LogLineRecord &line);
void maskRecord(const SecretMasker &masker, TaskRunRecord &run);
void maskRecord(const SecretMasker &masker, DeploymentRecord &deployment);
void maskRecord(const SecretMasker &masker, GateEvaluationRecord &round);
void maskRecord(const SecretMasker &masker, ApprovalRecord &approval);
void maskRecord(const SecretMasker &masker, ApprovalHistoryRecord &entry);
void maskRecord(const SecretMasker &masker, GateIgnoreRecord &ignore);
void maskRecord(const SecretMasker &masker, AuditEventRecord &event);

template <typename Record>
void maskRecords(const SecretMasker &masker, QList<Record> &records) {
    if (!masker.isEmpty())
        for (Record &record : records)
            maskRecord(masker, record);
}

} // namespace slipway
