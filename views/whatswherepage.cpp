#include "whatswherepage.h"
#include "datetext.h"
#include "errortext.h"
#include "pagetitle.h"

#include "services/services.h"

#include <QDateTimeEdit>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slipway {

WhatsWherePage::WhatsWherePage(ReleaseActions actions, QWidget *parent)
    : QWidget(parent), m_actions(std::move(actions)) {
    setObjectName(QStringLiteral("whatsWherePage"));
    QLabel *title = pageTitle(tr("What's where"), QStringLiteral("whatsWhereTitle"), this);
    m_at = new QDateTimeEdit(this);
    m_at->setObjectName(QStringLiteral("whatsWhereAt"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(dateTimeEditFormat());
    m_at->setToolTip(tr("Show what each stage ran at this local time"));
    m_at->setAccessibleName(tr("As of"));
    auto *now = new QPushButton(tr("&Now"), this);
    now->setObjectName(QStringLiteral("whatsWhereNow"));
    now->setToolTip(tr("Show what each stage runs now"));
    now->setAccessibleName(tr("Now"));
    connect(now, &QPushButton::clicked, this, &WhatsWherePage::showNow);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &WhatsWherePage::fill);
    m_matrix = new QTableWidget(this);
    m_matrix->setObjectName(QStringLiteral("whatsWhereMatrix"));
    m_matrix->setAccessibleName(tr("Releases running in each stage"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->setWordWrap(true);
    m_matrix->setToolTip(tr("Double-click a cell to open its release"));
    connect(m_matrix, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (const QTableWidgetItem *item = m_matrix->item(row, column); item && item->data(Qt::UserRole).toLongLong())
            Q_EMIT openRelease(item->data(Qt::UserRole).toLongLong());
    });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("whatsWhereStatus"));
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    auto *asOf = new QLabel(tr("&As of:"), this);
    asOf->setBuddy(m_at);
    top->addWidget(asOf);
    top->addWidget(m_at);
    top->addWidget(now);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_matrix, 1);
    layout->addWidget(m_status);
    showNow();
}

void WhatsWherePage::showNow() {
    showAt(m_actions.services.clock.now());
}

void WhatsWherePage::showAt(const QDateTime &instant) {
    const QSignalBlocker blocker(m_at);
    m_at->setDateTime(instant.toLocalTime());
    fill();
}

QTableWidgetItem *WhatsWherePage::deployedCell(const DeployedRelease &cell) const {
    const QString when = compactDateTimeText(cell.completedAt);
    QStringList lines{cell.releaseName};
    if (!cell.artifacts.isEmpty())
        lines << cell.artifacts;
    lines << tr("%1 by %2").arg(when, cell.requestedBy);
    auto *item = new QTableWidgetItem(lines.join(QLatin1Char('\n')));
    item->setData(Qt::UserRole, cell.releaseId);
    item->setToolTip(tr("%1 on %2 since %3, deployed by %4\n%5")
                         .arg(cell.releaseName, cell.stage, dateTimeText(cell.completedAt), cell.requestedBy,
                              cell.artifacts.isEmpty() ? tr("No artifacts") : cell.artifacts));
    return item;
}

QTableWidgetItem *WhatsWherePage::emptyCell(const QString &pipeline, const QString &stage, bool hasStage) const {
    auto *item = new QTableWidgetItem(hasStage ? tr("Never deployed") : tr("No such stage"));
    item->setData(Qt::UserRole + 1, hasStage ? QStringLiteral("neverDeployed") : QStringLiteral("noSuchStage"));
    item->setForeground(palette().color(QPalette::PlaceholderText));
    QFont font = item->font();
    font.setItalic(hasStage);
    item->setFont(font);
    item->setTextAlignment(Qt::AlignCenter);
    item->setToolTip(hasStage ? tr("Nothing had succeeded on %1 of %2 by then").arg(stage, pipeline)
                              : tr("%1 has no stage %2").arg(pipeline, stage));
    return item;
}

void WhatsWherePage::fill() {
    const QDateTime at = m_at->dateTime().toUTC();
    Result<QList<DeployedRelease>> cells = m_actions.services.history.whatsWhere(at);
    Result<QList<PipelineRecord>> pipelines = m_actions.services.queries.pipelines();
    if (!cells || !pipelines) {
        m_status->setText(errorText(!cells ? cells.error() : pipelines.error()));
        return;
    }
    // Columns: every stage name, in the order the pipelines define them.
    QStringList stages;
    QList<std::pair<qint64, QString>> rows;
    QHash<qint64, QStringList> stagesOf;
    for (const PipelineRecord &pipeline : *pipelines) {
        rows.append({pipeline.id, pipeline.name});
        // Merged in pipeline order: a stage new to the columns goes right after its predecessor.
        Result<QStringList> names = m_actions.services.queries.stageNames(pipeline.id);
        if (names)
            stagesOf.insert(pipeline.id, *names);
        if (names)
            for (qsizetype i = 0; i < names->size(); ++i)
                if (!stages.contains(names->at(i))) {
                    const qsizetype after = i > 0 ? stages.indexOf(names->at(i - 1)) : -1;
                    stages.insert(after >= 0 ? after + 1 : stages.size(), names->at(i));
                }
    }
    m_matrix->clear();
    m_matrix->setColumnCount(int(stages.size()));
    m_matrix->setRowCount(int(rows.size()));
    m_matrix->setHorizontalHeaderLabels(stages);
    QStringList rowNames;
    for (const auto &row : std::as_const(rows))
        rowNames << row.second;
    m_matrix->setVerticalHeaderLabels(rowNames);
    for (const DeployedRelease &cell : std::as_const(*cells)) {
        const auto row =
            std::find_if(rows.cbegin(), rows.cend(), [&](const auto &r) { return r.first == cell.pipelineId; });
        const qsizetype column = stages.indexOf(cell.stage);
        if (row == rows.cend() || column < 0)
            continue;
        m_matrix->setItem(int(row - rows.cbegin()), int(column), deployedCell(cell));
    }
    // The empty cells say which emptiness it is: no such stage, or nothing deployed there by then.
    for (int row = 0; row < m_matrix->rowCount(); ++row)
        for (int column = 0; column < m_matrix->columnCount(); ++column)
            if (!m_matrix->item(row, column))
                m_matrix->setItem(row, column,
                                  emptyCell(rows.at(row).second, stages.at(column),
                                            stagesOf.value(rows.at(row).first).contains(stages.at(column))));
    m_status->setText(cells->isEmpty() ? tr("Nothing had been deployed by then.")
                                       : tr("%n stage(s) running a release.", nullptr, int(cells->size())));
}

} // namespace slipway
