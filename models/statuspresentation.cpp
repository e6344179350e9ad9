#include "statuspresentation.h"

#include <QCoreApplication>

namespace slipway {

QString stageStatusLabel(StageStatus status) {
    switch (status) {
    case StageStatus::NotStarted: return QCoreApplication::translate("StageStatus", "Not started");
    case StageStatus::Queued: return QCoreApplication::translate("StageStatus", "Queued");
    case StageStatus::Scheduled: return QCoreApplication::translate("StageStatus", "Scheduled");
    case StageStatus::InProgress: return QCoreApplication::translate("StageStatus", "In progress");
    case StageStatus::Succeeded: return QCoreApplication::translate("StageStatus", "Succeeded");
    case StageStatus::PartiallySucceeded: return QCoreApplication::translate("StageStatus", "Partially succeeded");
    case StageStatus::Failed: return QCoreApplication::translate("StageStatus", "Failed");
    case StageStatus::Canceled: return QCoreApplication::translate("StageStatus", "Canceled");
    case StageStatus::Rejected: return QCoreApplication::translate("StageStatus", "Rejected");
    }
    return {};
}

QColor stageStatusColor(StageStatus status) {
    switch (status) {
    case StageStatus::NotStarted: return QColor(0x9e, 0x9e, 0x9e);
    case StageStatus::Queued:
    case StageStatus::InProgress: return QColor(0x1e, 0x6f, 0xd9);
    case StageStatus::Scheduled: return QColor(0xe0, 0x9b, 0x16);
    case StageStatus::Succeeded: return QColor(0x2e, 0x9d, 0x48);
    case StageStatus::PartiallySucceeded: return QColor(0x9a, 0xb8, 0x2a);
    case StageStatus::Failed:
    case StageStatus::Rejected: return QColor(0xd3, 0x3a, 0x2f);
    case StageStatus::Canceled: return QColor(0x5f, 0x63, 0x68);
    }
    return {};
}

QString waitingLabel(OperationStatus operation) {
    switch (operation) {
    case OperationStatus::PendingApproval: return QCoreApplication::translate("StageStatus", "Awaiting approval");
    case OperationStatus::EvaluatingGates: return QCoreApplication::translate("StageStatus", "Evaluating gates");
    case OperationStatus::Deferred: return QCoreApplication::translate("StageStatus", "Deferred");
    case OperationStatus::PendingIntervention:
        return QCoreApplication::translate("StageStatus", "Awaiting intervention");
    default: return {};
    }
}

QColor waitingColor() {
    return QColor(0xe0, 0x9a, 0x1a);
}

} // namespace slipway
