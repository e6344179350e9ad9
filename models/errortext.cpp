#include "errortext.h"

#include <QCoreApplication>

namespace slipway {

namespace {

QString translated(const char *source, const QStringList &arguments, const QString &fallback) {
    if (!source)
        return fallback;
    return Error::fill(QCoreApplication::translate("Engine", source), arguments);
}

} // namespace

QString errorText(const Error &error) {
    return translated(error.source, error.arguments, error.message);
}

QString problemText(const Problem &problem) {
    const QString message = translated(problem.source, problem.arguments, problem.message);
    return problem.path.isEmpty() ? message : problem.path + QStringLiteral(": ") + message;
}

} // namespace slipway
