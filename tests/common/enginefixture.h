#pragma once

#include "runtime/deploymentengine.h"
#include "testenvironment.h"

#include <QHostInfo>
#include <QTest>

#include <unistd.h>

namespace slipway::testing {

// An engine on the test thread over a TestEnvironment: manual clock, real processes.
class EngineFixture final {
public:
    explicit EngineFixture(TestEnvironment &env, const QString &ownerId = QStringLiteral("test-engine"))
        : env(env), engine(*env.services, EngineConfig{env.path(QStringLiteral("work")),
                                                       {ownerId, qint64(::getpid()), QHostInfo::localHostName()}}) {
        engine.start();
    }

    ReleaseRecord createRelease(const QString &pipeline, const QStringList &manualStages = {}) {
        CreateReleaseRequest request;
        request.pipeline = pipeline;
        request.manualStages = manualStages;
        Result<ReleaseRecord> release = env.services->releases.create(request, Identity{QStringLiteral("alice")});
        if (!release)
            qFatal("%s", qPrintable(release.error().message));
        return *release;
    }

    StageDetails stage(qint64 releaseId, const QString &name) {
        const ReleaseDetails details = *env.services->releases.details(releaseId);
        for (const StageDetails &stage : details.stages)
            if (stage.stage.name == name)
                return stage;
        qFatal("no stage %s", qPrintable(name));
    }

    QString stageStatus(qint64 releaseId, const QString &name) { return toString(stage(releaseId, name).stage.status); }

    DeploymentRecord latest(qint64 releaseId, const QString &name) {
        const StageDetails details = stage(releaseId, name);
        return details.deployments.isEmpty() ? DeploymentRecord{} : details.deployments.last();
    }

    QString logOf(qint64 deploymentId) {
        QStringList lines;
        const Result<QList<LogLineRecord>> stored = env.services->deployments.logLines(deploymentId, 0, 100000);
        if (!stored)
            return stored.error().message;
        for (const LogLineRecord &line : stored.value())
            lines << line.line;
        return lines.join(QLatin1Char('\n'));
    }

    QStringList taskSummary(qint64 deploymentId) {
        QStringList summary;
        const Result<QList<TaskRunRecord>> runs = env.services->deployments.taskRuns(deploymentId);
        if (!runs)
            return {runs.error().message};
        for (const TaskRunRecord &task : runs.value())
            if (task.index >= 0)
                summary << task.name + QLatin1Char(':') + toString(task.status);
        return summary;
    }

    TestEnvironment &env;
    DeploymentEngine engine;
};

inline QByteArray stageJson(const QString &name, const QString &trigger, const QString &tasks,
                            const QString &extra = {}) {
    return QStringLiteral(R"({"name":"%1","trigger":%2,"tasks":[%3]%4})")
        .arg(name, trigger, tasks, extra.isEmpty() ? QString() : QStringLiteral(",") + extra)
        .toUtf8();
}

inline QByteArray pipelineJson(const QString &name, const QList<QByteArray> &stages, const QString &extra = {}) {
    QByteArray json = "{\"name\":\"" + name.toUtf8() + "\",";
    if (!extra.isEmpty())
        json += extra.toUtf8() + ",";
    json += "\"stages\":[";
    for (qsizetype i = 0; i < stages.size(); ++i)
        json += (i ? "," : "") + stages[i];
    return json + "]}";
}

inline QString script(const QString &name, const QString &command, const QString &extra = {}) {
    QString escaped = command;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral(R"({"name":"%1","type":"script","script":"%2"%3})")
        .arg(name, escaped, extra.isEmpty() ? QString() : QStringLiteral(",") + extra);
}

inline const QString afterRelease = QStringLiteral(R"({"type":"afterRelease"})");
inline const QString manualTrigger = QStringLiteral(R"({"type":"manual"})");
inline QString after(const QString &stages, bool partial = false) {
    return QStringLiteral(R"({"type":"afterStages","stages":[%1],"onPartialSuccess":%2})")
        .arg(stages, partial ? QStringLiteral("true") : QStringLiteral("false"));
}

} // namespace slipway::testing
