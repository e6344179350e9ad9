#include "azureimportdialog.h"

#include "errortext.h"
#include "services/services.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace slipway {

AzureImportDialog::AzureImportDialog(ReleaseActions actions, QString path, azure::DefinitionFile file, QWidget *parent)
    : QDialog(parent), m_actions(actions), m_path(std::move(path)), m_file(std::move(file)) {
    setObjectName(QStringLiteral("azureImportDialog"));
    setWindowTitle(tr("Import Azure release definition"));
    const QString name = m_file.mapping->pipeline.value(QLatin1String("name")).toString();
    auto *summary = new QLabel(tr("%1 is an Azure classic release definition. It becomes the pipeline \"%2\"; the "
                                  "parts below were mapped or could not be. Nothing is saved until you import it.")
                                   .arg(m_path, name),
                               this);
    summary->setObjectName(QStringLiteral("azureImportSummary"));
    summary->setWordWrap(true);
    const auto mappedCount = std::count_if(m_file.mapping->notes.cbegin(), m_file.mapping->notes.cend(),
                                           [](const azure::MappingNote &note) { return note.mapped; });
    auto *counts = new QLabel(tr("Mapped: %1 · Not mapped: %2 (listed first)")
                                  .arg(mappedCount)
                                  .arg(m_file.mapping->notes.size() - mappedCount),
                              this);
    counts->setObjectName(QStringLiteral("azureImportCounts"));
    m_notes = new QTreeWidget(this);
    m_notes->setObjectName(QStringLiteral("azureImportNotes"));
    m_notes->setHeaderLabels({tr("Part of the Azure file"), tr("Result"), tr("Details")});
    m_notes->setRootIsDecorated(false);
    m_notes->setUniformRowHeights(true);
    m_notes->header()->setStretchLastSection(true);
    fillNotes();
    const QStringList secrets = m_file.mapping->secretsNeedingValue;
    auto *secretLabel = new QLabel(
        secrets.isEmpty()
            ? tr("No secret variable needs a value.")
            : tr("Secret variables that need a value after the import: %1").arg(secrets.join(QStringLiteral(", "))),
        this);
    secretLabel->setObjectName(QStringLiteral("azureImportSecrets"));
    secretLabel->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("azureImportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("azureImportConfirm"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("azureImportCancel"));
    connect(m_import, &QPushButton::clicked, this, &AzureImportDialog::importNow);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(counts);
    layout->addWidget(m_notes, 1);
    layout->addWidget(secretLabel);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 560);
}

namespace {
// The note in the user's language: the engine keeps its template and arguments.
QString noteText(const azure::MappingNote &note) {
    return engineTemplateText(note.source, note.arguments, note.message);
}
} // namespace

void AzureImportDialog::fillNotes() {
    // What needs attention first: the parts that were not mapped, in file order, then the mapped ones.
    for (bool mapped : {false, true})
        for (const azure::MappingNote &note : m_file.mapping->notes) {
            if (note.mapped != mapped)
                continue;
            const QString text = noteText(note);
            auto *item = new QTreeWidgetItem(m_notes, {note.path, mapped ? tr("Mapped") : tr("Not mapped"), text});
            item->setData(1, Qt::UserRole, mapped);
            item->setToolTip(0, note.path); // long paths and messages are cut in their columns
            item->setToolTip(2, text);
        }
    m_notes->resizeColumnToContents(1);
    m_notes->setColumnWidth(0, 360);
}

void AzureImportDialog::importNow() {
    // The same save as any import, in one transaction: the groups the file links are created empty if missing.
    const Result<SavedPipeline> saved = m_actions.services.pipelines.save(
        m_file.pipelineJson, m_actions.user, {}, std::nullopt, QStringLiteral("imported from %1").arg(m_path), true);
    if (!saved) {
        m_error->setText(tr("Nothing was saved: %1").arg(errorText(saved.error())));
        m_error->show();
        return;
    }
    m_savedPipelineId = saved->pipelineId;
    Q_EMIT imported(saved->pipelineId, saved->revision);
    accept();
}

} // namespace slipway
