#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// One finding about a pipeline definition, located by its JSON path ("stages[2].trigger.stages[0]").
struct Problem final {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path;
    QString message;              // English (CLI, REST)
    const char *source = nullptr; // untranslated template (context "Engine") of the message, if it has one
    QStringList arguments;        // its %1, %2, …

    bool isError() const { return severity == Severity::Error; }
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

inline bool hasErrors(const QList<Problem> &problems) {
    for (const Problem &problem : problems)
        if (problem.isError())
            return true;
    return false;
}

inline QString joinPath(const QString &parent, const QString &key) {
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}
inline QString indexPath(const QString &parent, qsizetype index) {
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace slipway
