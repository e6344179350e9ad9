#pragma once

#include "repositories.h"
#include "sqlconnection.h"

namespace slipway {

// Append-only audit log as a hash chain: hash = SHA-256(prev_hash | fields). audit_head remembers
// the newest link, so removing events at the end is caught as well as editing or removing any other.
class SqlAuditRepository final : public AuditRepository {
public:
    // `osLogin`, when given (a local file, where whoever runs Slipway may act under any name), goes into every
    // event's details as "osLogin", so that history shows who really acted.
    SqlAuditRepository(SqlConnection &connection, QString osLogin) : m_db(connection), m_osLogin(std::move(osLogin)) {}

    Result<qint64> append(const AuditEventRecord &event) override;
    Result<QList<AuditEventRecord>> events(const QString &objectType, qint64 objectId) override;
    Result<AuditChainReport> verifyChain() override;
    Result<qint64> lastEventId() override;
    Result<QList<AuditedChange>> changesAfter(qint64 afterId, int limit) override;

private:
    SqlConnection &m_db;
    QString m_osLogin;
};

} // namespace slipway
