#include "enginetext.h"

#include "core/result.h"

#include <QCoreApplication>

namespace slipway {

QString engineText(const char *source, const QStringList &arguments) {
    return Error::fill(QCoreApplication::translate("Engine", source), arguments);
}

QString engineTaskStatusText(TaskStatus status) {
    switch (status) {
    case TaskStatus::Pending: return engineText(QT_TRANSLATE_NOOP("Engine", "pending"));
    case TaskStatus::InProgress: return engineText(QT_TRANSLATE_NOOP("Engine", "in progress"));
    case TaskStatus::Succeeded: return engineText(QT_TRANSLATE_NOOP("Engine", "succeeded"));
    case TaskStatus::Failed: return engineText(QT_TRANSLATE_NOOP("Engine", "failed"));
    case TaskStatus::Skipped: return engineText(QT_TRANSLATE_NOOP("Engine", "skipped"));
    case TaskStatus::Canceled: return engineText(QT_TRANSLATE_NOOP("Engine", "canceled"));
    case TaskStatus::Interrupted: return engineText(QT_TRANSLATE_NOOP("Engine", "interrupted"));
    }
    return toString(status);
}

} // namespace slipway
