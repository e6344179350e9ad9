#include "comparedialog.h"

#include "fixedfont.h"
#include "errortext.h"
#include "services/services.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slipway {

namespace {

QTableWidget *differenceTable(const QString &name, QWidget *parent) {
    auto *table = new QTableWidget(0, 3, parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(
        {CompareDialog::tr("Name"), CompareDialog::tr("This release"), CompareDialog::tr("Other release")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

void fill(QTableWidget *table, const QList<ValueDifference> &differences) {
    table->setRowCount(int(differences.size()));
    for (int row = 0; row < differences.size(); ++row) {
        const ValueDifference &d = differences[row];
        const QStringList cells{d.name, d.before, d.after};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (d.changed) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setToolTip(CompareDialog::tr("Different"));
            }
            table->setItem(row, column, item);
        }
    }
}

} // namespace

CompareDialog::CompareDialog(ReleaseActions actions, qint64 releaseId, QWidget *parent)
    : QDialog(parent), m_actions(std::move(actions)), m_releaseId(releaseId) {
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare releases"));
    m_other = new QComboBox(this);
    m_other->setObjectName(QStringLiteral("compareOther"));
    if (Result<ReleaseDetails> self = m_actions.services.releases.details(releaseId))
        if (Result<QList<ReleaseRecord>> releases =
                m_actions.services.releases.list(QString::number(self->release.pipelineId), 200))
            for (const ReleaseRecord &r : *releases)
                if (r.id != releaseId)
                    m_other->addItem(r.name, r.id);
    connect(m_other, &QComboBox::currentIndexChanged, this,
            [this] { compareWith(m_other->currentData().toLongLong()); });
    m_artifacts = differenceTable(QStringLiteral("compareArtifacts"), this);
    m_variables = differenceTable(QStringLiteral("compareVariables"), this);
    m_diff = new QPlainTextEdit(this);
    m_diff->setObjectName(QStringLiteral("compareSnapshotDiff"));
    m_diff->setReadOnly(true);
    m_diff->setFont(fixedWidthFont());
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("compareProblem"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_artifacts, tr("Artifacts"));
    tabs->addTab(m_variables, tr("Variables"));
    tabs->addTab(m_diff, tr("Pipeline snapshot"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compare with:"), this));
    top->addWidget(m_other, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(760, 480);
    if (m_other->count() > 0)
        compareWith(m_other->currentData().toLongLong());
    else
        m_problem->setText(tr("The pipeline has no other release to compare with."));
}

void CompareDialog::compareWith(qint64 otherReleaseId) {
    Result<ReleaseComparison> comparison = m_actions.services.history.compare(m_releaseId, otherReleaseId);
    if (!comparison) {
        m_problem->setText(errorText(comparison.error()));
        return;
    }
    const int index = m_other->findData(otherReleaseId);
    if (index >= 0 && index != m_other->currentIndex()) {
        const QSignalBlocker blocker(m_other);
        m_other->setCurrentIndex(index);
    }
    fill(m_artifacts, comparison->artifacts);
    fill(m_variables, comparison->variables);
    m_diff->setPlainText(comparison->snapshotDiff.isEmpty() ? tr("Both releases use the same pipeline revision.")
                                                            : comparison->snapshotDiff);
    m_problem->clear();
}

} // namespace slipway
