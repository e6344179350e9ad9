#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace slipway::rest {

// Azure's wire enums (rest.md §D): camelCase names out; numbers, numeric strings or names
// (case-insensitive; comma lists for flag enums) in.
struct WireEnum final {
    const char *name;
    std::vector<std::pair<const char *, int>> values;
    bool flags = false;

    QString nameOf(int value) const;
    // A number, a numeric string, or names; empty when nothing matches.
    std::optional<int> parse(const QJsonValue &value) const;
    std::optional<int> parse(const QString &text) const;
};

namespace wire {
extern const WireEnum environmentStatus;
extern const WireEnum approvalStatus;
extern const WireEnum releaseStatus;
extern const WireEnum deploymentStatus;
extern const WireEnum operationStatus;
extern const WireEnum approvalType;
extern const WireEnum releaseReason;
extern const WireEnum deploymentReason;
extern const WireEnum manualInterventionStatus;
extern const WireEnum taskStatus;
extern const WireEnum gateStatus;
extern const WireEnum queryOrder;
extern const WireEnum releaseExpands;
extern const WireEnum approvalExecutionOrder;
} // namespace wire

} // namespace slipway::rest
