#include "pipelinehistorytab.h"

#include "datetext.h"
#include "errortext.h"
#include "definition/maskedsnapshot.h"
#include "definition/textdiff.h"
#include "services/pipelineservice.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace slipway {

namespace {

// Added lines green, removed lines red.
class DiffHighlighter final : public QSyntaxHighlighter {
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override {
        if (text.startsWith(QLatin1Char('+')))
            setFormat(0, int(text.size()), QColor(0x2e, 0x7d, 0x32));
        else if (text.startsWith(QLatin1Char('-')))
            setFormat(0, int(text.size()), QColor(0xc6, 0x28, 0x28));
    }
};

} // namespace

PipelineHistoryTab::PipelineHistoryTab(PipelineService &pipelines, std::function<QJsonObject()> edited, QWidget *parent)
    : QWidget(parent), m_pipelines(pipelines), m_edited(std::move(edited)) {
    m_revisions = new QListWidget(this);
    m_revisions->setObjectName(QStringLiteral("revisionList"));
    m_revisions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_revisions->setToolTip(tr("Select one revision to compare with the editor, or two to compare them"));
    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setObjectName(QStringLiteral("compareRevisions"));
    m_compare->setToolTip(tr("Show what changed between the selected revisions"));
    m_revert = new QPushButton(tr("Revert to this revision"), this);
    m_revert->setObjectName(QStringLiteral("revertRevision"));
    m_revert->setToolTip(tr("Load the selected revision into the editor; saving makes it a new revision"));
    m_diff = new QPlainTextEdit(this);
    m_diff->setObjectName(QStringLiteral("revisionDiff"));
    m_diff->setReadOnly(true);
    m_diff->setFont(QFont(QStringLiteral("monospace")));
    m_diff->setPlaceholderText(tr("Select revisions and click Compare."));
    new DiffHighlighter(m_diff->document());
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("historyHint"));

    connect(m_revisions, &QListWidget::itemSelectionChanged, this, &PipelineHistoryTab::updateButtons);
    connect(m_compare, &QPushButton::clicked, this, &PipelineHistoryTab::compare);
    connect(m_revert, &QPushButton::clicked, this, &PipelineHistoryTab::revert);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_compare);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_revisions, 1);
    left->addLayout(buttons);
    left->addWidget(m_hint);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(m_diff, 3);
    updateButtons();
}

void PipelineHistoryTab::showPipeline(qint64 pipelineId) {
    m_pipelineId = pipelineId;
    m_revisions->clear();
    if (pipelineId <= 0) {
        m_hint->setText(tr("A new pipeline has no history until it is saved."));
        updateButtons();
        return;
    }
    const Result<QList<RevisionRecord>> revisions = m_pipelines.revisions(pipelineId);
    if (!revisions) {
        m_hint->setText(errorText(revisions.error()));
        return;
    }
    for (auto it = revisions->cbegin(); it != revisions->cend(); ++it) { // newest first
        QString text = tr("Revision %1 · %2 · %3").arg(it->revision).arg(it->author, dateTimeText(it->createdAt));
        if (!it->comment.isEmpty())
            text += QStringLiteral(" · ") + it->comment;
        auto *item = new QListWidgetItem(text, m_revisions);
        item->setData(Qt::UserRole, it->revision);
    }
    m_hint->setText(tr("%n revision(s)", nullptr, int(revisions->size())));
    updateButtons();
}

QList<int> PipelineHistoryTab::selectedRevisions() const {
    QList<int> revisions;
    for (const QListWidgetItem *item : m_revisions->selectedItems())
        revisions << item->data(Qt::UserRole).toInt();
    std::sort(revisions.begin(), revisions.end());
    return revisions;
}

void PipelineHistoryTab::updateButtons() {
    const qsizetype selected = selectedRevisions().size();
    m_compare->setEnabled(selected == 1 || selected == 2);
    m_revert->setEnabled(selected == 1);
}

void PipelineHistoryTab::compare() {
    const QList<int> revisions = selectedRevisions();
    if (revisions.isEmpty() || revisions.size() > 2)
        return;
    auto documentOf = [this](int revision) -> std::optional<QJsonObject> {
        const Result<RevisionRecord> record = m_pipelines.revision(m_pipelineId, revision);
        if (!record)
            return std::nullopt;
        return QJsonDocument::fromJson(record->body).object();
    };
    const std::optional<QJsonObject> before = documentOf(revisions.first());
    const std::optional<QJsonObject> after = revisions.size() == 2 ? documentOf(revisions.last()) : m_edited();
    if (!before || !after) {
        m_diff->setPlainText(tr("The revision could not be read."));
        return;
    }
    const QList<DiffLine> diff = diffLines(maskedDefinitionLines(QJsonDocument(*before).toJson()),
                                           maskedDefinitionLines(QJsonDocument(*after).toJson()));
    const QString heading = revisions.size() == 2
                                ? tr("Revision %1 → revision %2").arg(revisions.first()).arg(revisions.last())
                                : tr("Revision %1 → the editor").arg(revisions.first());
    m_diff->setPlainText(heading + QStringLiteral("\n\n") +
                         (hasChanges(diff) ? renderDiff(diff) : tr("No differences.")));
}

void PipelineHistoryTab::revert() {
    const QList<int> revisions = selectedRevisions();
    if (revisions.size() != 1)
        return;
    const Result<RevisionRecord> record = m_pipelines.revision(m_pipelineId, revisions.first());
    if (!record) {
        m_hint->setText(errorText(record.error()));
        return;
    }
    Q_EMIT revertRequested(QJsonDocument::fromJson(record->body).object(), revisions.first());
}

} // namespace slipway
