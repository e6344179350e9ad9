// Import and export of the pipeline JSON file.
#include "pipelineeditor.h"
#include "errortext.h"

#include "core/secretfields.h"
#include "definition/pipelineparser.h"
#include "pipelinedocumentmodel.h"

#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>

#include <algorithm>

namespace slipway {

Result<QJsonObject> readPipelineFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(PipelineEditorDialog::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column of the offset, counted in characters as an editor shows them.
        // Qt's offset is just past the character it could not take; editors count that character.
        const QString before = QString::fromUtf8(bytes.left(std::max(0, error.offset - 1)));
        const qsizetype line = before.count(QLatin1Char('\n')) + 1;
        const qsizetype column = before.size() - (before.lastIndexOf(QLatin1Char('\n')) + 1) + 1;
        return Error::validation(PipelineEditorDialog::tr("%1 is not valid JSON at line %2, column %3: %4.")
                                     .arg(path)
                                     .arg(line)
                                     .arg(column)
                                     .arg(error.errorString()));
    }
    if (!json.isObject())
        return Error::validation(PipelineEditorDialog::tr("%1 does not hold a JSON object.").arg(path));
    return json.object();
}

bool PipelineEditorDialog::importFile(const QString &path) {
    const Result<QJsonObject> read = readPipelineFile(path);
    if (!read) {
        showStatus(errorText(read.error()) + QLatin1Char(' ') + tr("Nothing was changed."), true);
        return false;
    }
    importDocument(*read, path);
    return true;
}

void PipelineEditorDialog::importDocument(const QJsonObject &document, const QString &path) {
    m_model->setDocument(document);
    selectStage(0);
    m_importedPath = path;
    m_statusTopic = StatusTopic::ImportedWithErrors; // the validation words the status after its errors
    if (!hasErrors(validateNow()))
        showStatus(tr("Imported %1. Save to make it a revision.").arg(path));
}

bool PipelineEditorDialog::exportFile(const QString &path) {
    // A file to share: secret variables are written without their values (docs/security.md#exports-and-secrets).
    const QJsonObject document = withoutSecretValues(m_model->document());
    const ParsedPipeline parsed = parsePipeline(document);
    const QByteArray text =
        parsed.ok() ? exportPipeline(*parsed.definition) : QJsonDocument(document).toJson(QJsonDocument::Indented);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        showStatus(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    showStatus(tr("Exported to %1.").arg(path));
    return true;
}

void PipelineEditorDialog::chooseImport() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import pipeline"), {}, tr("Pipeline JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PipelineEditorDialog::chooseExport() {
    const QString name = m_model->value(QStringLiteral("name")).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export pipeline"), name + QStringLiteral(".json"),
                                                      tr("Pipeline JSON (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

} // namespace slipway
