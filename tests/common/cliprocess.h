#pragma once

// The real `slipway` binary as another process, the way the command-line and live-update tests run it. The including
// test defines SLIPWAY_BINARY (its CMake target's compile definition).
#include <QProcess>
#include <QStringList>

namespace slipway::testing {

struct CliOutcome final {
    int exitCode = -1; // -1: it did not finish in time
    QByteArray out;
    QString err;
};

// `slipway ARGUMENTS…` without $SLIPWAY_DATABASE, off any display; with `dataHome`, its XDG_DATA_HOME (where a
// database it is not told about would go).
inline CliOutcome runSlipway(const QStringList &arguments, const QString &dataHome = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!dataHome.isEmpty())
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.remove(QStringLiteral("SLIPWAY_DATABASE"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SLIPWAY_BINARY), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace slipway::testing
