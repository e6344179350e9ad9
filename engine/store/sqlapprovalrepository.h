#pragma once

#include "repositories.h"
#include "sqlconnection.h"

namespace slipway {

class SqlApprovalRepository final : public ApprovalRepository {
public:
    explicit SqlApprovalRepository(SqlConnection &connection) : m_db(connection) {}

    Result<qint64> create(const ApprovalRecord &approval) override;
    Result<std::optional<ApprovalRecord>> approval(qint64 id) override;
    Result<QList<ApprovalRecord>> ofDeployment(qint64 deploymentId) override;
    Result<QList<ApprovalRecord>> pending(const QStringList &approvers, int limit) override;
    Status decide(qint64 id, ApprovalStatus status, const QString &actor, const QString &comment,
                  const QDateTime &deferredUntil, const QDateTime &at) override;
    Result<QList<ApprovalHistoryRecord>> history(qint64 approvalId) override;
    Result<QList<ApprovalRecord>> query(const ApprovalQuery &query) override;

    Result<qint64> recordGateEvaluation(const GateEvaluationRecord &evaluation) override;
    Result<QList<GateEvaluationRecord>> gateEvaluations(qint64 deploymentId) override;
    Status ignoreGate(qint64 deploymentId, const GateIgnoreRecord &ignore) override;
    Result<QList<GateIgnoreRecord>> ignoredGates(qint64 deploymentId) override;

private:
    SqlConnection &m_db;
    Result<QList<ApprovalRecord>> select(const QString &where, const QVariantList &values);
    Status addHistory(qint64 approvalId, const QDateTime &at, const QString &actor, ApprovalStatus status,
                      const QString &comment);
};

} // namespace slipway
