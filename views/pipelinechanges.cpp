#include "pipelinechanges.h"

#include "errortext.h"
#include "definition/maskedsnapshot.h"
#include "definition/textdiff.h"
#include "services/pipelineservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMessageBox>

namespace slipway {

namespace {

// Both sides through the same writer, so only real changes differ; secret values never show.
QStringList linesOf(const QByteArray &json) {
    return maskedDefinitionLines(json);
}

} // namespace

QString pipelineChangesSince(PipelineService &pipelines, qint64 pipelineId, int revision, QString *error) {
    const Result<RevisionRecord> snapshot = pipelines.revision(pipelineId, revision);
    const Result<QByteArray> current = pipelines.exportCurrent(QString::number(pipelineId));
    if (!snapshot || !current) {
        if (error)
            *error = !snapshot ? errorText(snapshot.error()) : errorText(current.error());
        return {};
    }
    const QList<DiffLine> diff = diffLines(linesOf(snapshot->body), linesOf(*current));
    return hasChanges(diff) ? renderDiff(diff) : QString();
}

void showPipelineChanges(QWidget *parent, PipelineService &pipelines, qint64 pipelineId, int revision,
                         const QString &releaseName) {
    QString error;
    const QString diff = pipelineChangesSince(pipelines, pipelineId, revision, &error);
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("pipelineChanges"));
    box.setWindowTitle(QCoreApplication::translate("PipelineChanges", "Pipeline changes since %1").arg(releaseName));
    if (!error.isEmpty())
        box.setText(error);
    else if (diff.isEmpty())
        box.setText(QCoreApplication::translate("PipelineChanges",
                                                "The pipeline has not changed since this release was created."));
    else {
        box.setText(QCoreApplication::translate(
                        "PipelineChanges",
                        "The pipeline changed since revision %1, which this release uses. Its deployments run that "
                        "revision; the differences are in the details.")
                        .arg(revision));
        box.setDetailedText(diff);
    }
    box.exec();
}

} // namespace slipway
