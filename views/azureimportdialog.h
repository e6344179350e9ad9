#pragma once

#include "azure/definitionfile.h"
#include "releaseactions.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace slipway {

// The report of an Azure classic release definition mapped for import (docs/azure-import.md): each part of the
// Azure file with its JSON path, mapped or not and why, and the secrets that need a value. Nothing is saved until
// Import is pressed; a pipeline the engine refuses is not saved at all, and the dialog says why.
class AzureImportDialog final : public QDialog {
    Q_OBJECT
public:
    AzureImportDialog(ReleaseActions actions, QString path, azure::DefinitionFile file, QWidget *parent = nullptr);

    qint64 savedPipelineId() const { return m_savedPipelineId; }

Q_SIGNALS:
    void imported(qint64 pipelineId, int revision);

private:
    void fillNotes();
    void importNow();

    ReleaseActions m_actions;
    QString m_path;
    azure::DefinitionFile m_file;
    qint64 m_savedPipelineId = 0;
    QTreeWidget *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace slipway
