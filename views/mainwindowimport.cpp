// File ▸ Import definition: a Slipway pipeline file opens in the editor; an Azure classic release definition shows
// its mapping report first (docs/azure-import.md).

#include "azureimportdialog.h"
#include "errortext.h"
#include "mainwindow.h"
#include "pipelineeditor.h"
#include "pipelinepage.h"
#include "pipelinetreemodel.h"
#include "screenfit.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>

namespace slipway {

void MainWindow::importDefinition() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import definition"), {}, tr("Pipeline or Azure release definition JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (openAzureImport(path))
        return;
    // Read first: a file that does not parse opens no editor (and leaves no empty "New pipeline" behind).
    const Result<QJsonObject> read = readPipelineFile(path);
    if (!read) {
        QMessageBox::warning(this, tr("Import definition"), errorText(read.error()));
        return;
    }
    if (PipelineEditorDialog *editor = openPipelineEditor(0))
        editor->importDocument(*read, path);
}

bool MainWindow::openAzureImport(const QString &path) {
    QFile file(path);
    if (!m_releaseActions || !file.open(QIODevice::ReadOnly))
        return false; // the Slipway path says what is wrong with the file
    // One file's mapping takes milliseconds: it runs here; the save goes through PipelineService like any other.
    Result<azure::DefinitionFile> read = azure::readDefinitionFile(file.readAll());
    if (!read || !read->mapping)
        return false;
    auto *dialog = new AzureImportDialog(*m_releaseActions, path, std::move(*read), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AzureImportDialog::imported, this, [this](qint64 pipelineId) {
        pipelineSaved(pipelineId);
        showStatusMessage(tr("Pipeline imported."));
    });
    dialog->open();
    fitIntoScreen(dialog);
    return true;
}

void MainWindow::pipelineSaved(qint64 pipelineId) {
    m_pipelines.refresh();
    selectPipeline(pipelineId);
    if (m_pipelinePage->pipelineId() == pipelineId)
        m_pipelinePage->showPipeline(pipelineId, m_pipelines.indexOfPipeline(pipelineId).data().toString());
}

} // namespace slipway
