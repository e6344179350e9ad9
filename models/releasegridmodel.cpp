#include "releasegridmodel.h"

#include "datetext.h"
#include "errortext.h"
#include "statuspresentation.h"

#include <QLocale>
#include <QScopeGuard>

#include <limits>

namespace slipway {

ReleaseGridModel::ReleaseGridModel(QueryService &queries, ChangeNotifier &notifier, qint64 pipelineId, QObject *parent)
    : QAbstractTableModel(parent), m_queries(queries), m_pipelineId(pipelineId) {
    if (Result<QStringList> names = m_queries.stageNames(pipelineId))
        m_stageNames = *names;
    else
        m_lastError = errorText(names.error());
    connect(&notifier, &ChangeNotifier::releaseCreated, this, &ReleaseGridModel::onReleaseCreated);
    connect(&notifier, &ChangeNotifier::releaseChanged, this, &ReleaseGridModel::onReleaseChanged);
    connect(&notifier, &ChangeNotifier::pipelineSaved, this,
            [this](qint64 pipelineId, bool) { onPipelineSaved(pipelineId); });
    connect(&notifier, &ChangeNotifier::releasesRemoved, this, &ReleaseGridModel::refresh);
    connect(&notifier, &ChangeNotifier::reloadNeeded, this, &ReleaseGridModel::refresh);
}

int ReleaseGridModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReleaseGridModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : FixedColumnCount + int(m_stageNames.size());
}

bool ReleaseGridModel::canFetchMore(const QModelIndex &parent) const {
    // With the oldest rows loaded a view at the bottom is at the oldest release: what it lacks is the gap
    // in the middle, filled by fillGap when the user scrolls there, not by a view reaching the last row.
    return !parent.isValid() && !m_exhausted && !m_tailLoaded;
}

void ReleaseGridModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        loadAfterHead();
}

void ReleaseGridModel::fillGap() {
    if (hasGap())
        loadAfterHead();
}

void ReleaseGridModel::loadAfterHead() {
    // Views (and the model tester) may ask again from inside rowsInserted; one page at a time.
    if (m_fetching || m_exhausted)
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    const qint64 before = m_headCount == 0 ? 0 : m_rows.at(m_headCount - 1).id;
    Result<QList<ReleaseGridRow>> page = this->page(before, false);
    if (!page) {
        m_lastError = errorText(page.error());
        m_exhausted = true;
        return;
    }
    m_exhausted = page->size() < m_pageSize;
    // With a tail loaded, the page stops where the tail begins: the gap is then closed.
    if (m_tailLoaded) {
        const qint64 tailNewest = m_rows.at(m_headCount).id;
        const qsizetype before = page->size();
        page->removeIf([tailNewest](const ReleaseGridRow &row) { return row.id <= tailNewest; });
        m_exhausted = m_exhausted || page->size() < before;
    }
    if (!page->isEmpty()) {
        beginInsertRows({}, m_headCount, int(m_headCount + page->size() - 1));
        for (qsizetype i = 0; i < page->size(); ++i)
            m_rows.insert(m_headCount + i, page->at(i));
        m_headCount += int(page->size());
        endInsertRows();
    }
    if (m_exhausted)
        m_headCount = int(m_rows.size()); // head and tail meet
}

Result<QList<ReleaseGridRow>> ReleaseGridModel::page(qint64 fromId, bool ascending) {
    return m_queries.releaseGridSearch(m_pipelineId, m_filter, fromId, ascending, m_pageSize);
}

void ReleaseGridModel::setFilter(const ReleaseGridFilter &filter) {
    if (filter == m_filter)
        return;
    // Another question to the store: the rows become its first page of answers, read before the reset
    // so that views reacting to it find them in place (and ask for no page meanwhile).
    const ReleaseGridFilter previous = std::exchange(m_filter, filter);
    Result<QList<ReleaseGridRow>> first = page(0, false);
    if (!first) {
        m_filter = previous;
        m_lastError = errorText(first.error());
        return;
    }
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    beginResetModel();
    m_rows = std::move(*first);
    m_headCount = int(m_rows.size());
    m_tailLoaded = false;
    m_exhausted = m_rows.size() < m_pageSize;
    m_lastError.clear();
    endResetModel();
}

void ReleaseGridModel::jumpToEnd() {
    if (endLoaded() || m_fetching)
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    Result<QList<ReleaseGridRow>> oldest = page(0, true);
    if (!oldest) {
        m_lastError = errorText(oldest.error());
        return;
    }
    std::reverse(oldest->begin(), oldest->end());
    // Rows the head already holds mean there is no gap: everything is loaded.
    const qint64 headOldest = m_headCount > 0 ? m_rows.at(m_headCount - 1).id : std::numeric_limits<qint64>::max();
    const qsizetype before = oldest->size();
    oldest->removeIf([headOldest](const ReleaseGridRow &row) { return row.id >= headOldest; });
    const bool met = oldest->size() < before;
    if (!oldest->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + oldest->size() - 1));
        m_rows += *oldest;
        endInsertRows();
    }
    m_tailLoaded = true;
    if (met || oldest->isEmpty()) {
        m_exhausted = true;
        m_headCount = int(m_rows.size());
    }
}

qint64 ReleaseGridModel::releaseIdAt(const QModelIndex &index) const {
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()).id : 0;
}

int ReleaseGridModel::rowOfRelease(qint64 releaseId) const {
    // Rows are sorted by id, newest first.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), releaseId,
                                     [](const ReleaseGridRow &row, qint64 id) { return row.id > id; });
    return it != m_rows.cend() && it->id == releaseId ? int(it - m_rows.cbegin()) : -1;
}

void ReleaseGridModel::onReleaseCreated(qint64 pipelineId, qint64 releaseId) {
    if (pipelineId != m_pipelineId || rowOfRelease(releaseId) >= 0)
        return;
    Result<std::optional<ReleaseGridRow>> row = m_queries.releaseGridRow(releaseId);
    if (!row || !row->has_value())
        return;
    if (!m_filter.isEmpty()) { // shown only when it matches the search
        Result<QList<ReleaseGridRow>> match =
            m_queries.releaseGridSearch(m_pipelineId, m_filter, releaseId + 1, false, 1);
        if (!match || match->isEmpty() || match->first().id != releaseId)
            return;
    }
    // Newer than everything loaded goes on top; otherwise it is found by a later page.
    if (!m_rows.isEmpty() && releaseId < m_rows.first().id)
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(**row);
    ++m_headCount;
    endInsertRows();
}

void ReleaseGridModel::onReleaseChanged(qint64 pipelineId, qint64 releaseId) {
    const int row = pipelineId == m_pipelineId ? rowOfRelease(releaseId) : -1;
    if (row < 0)
        return;
    Result<std::optional<ReleaseGridRow>> fresh = m_queries.releaseGridRow(releaseId);
    if (!fresh || !fresh->has_value())
        return;
    replaceRow(row, **fresh);
}

void ReleaseGridModel::replaceRow(int row, const ReleaseGridRow &fresh) {
    const ReleaseGridRow before = std::exchange(m_rows[row], fresh);
    // Only the cells that changed: usually one stage chip.
    int first = -1, last = -1;
    for (int column = 0; column < columnCount(); ++column) {
        if (displayData(before, column) == displayData(m_rows[row], column) &&
            stageStatus(before, column) == stageStatus(m_rows[row], column) &&
            toolTipData(before, column) == toolTipData(m_rows[row], column))
            continue;
        if (first < 0)
            first = column;
        last = column;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
}

void ReleaseGridModel::refresh() {
    if (m_pipelineId <= 0 || m_rows.isEmpty()) {
        if (m_rows.isEmpty() && m_pipelineId > 0) {
            m_exhausted = false;
            fetchMore({});
        }
        return;
    }
    Result<QList<ReleaseGridRow>> page = this->page(0, false);
    if (!page)
        return;
    QList<ReleaseGridRow> newer;
    for (const ReleaseGridRow &fresh : std::as_const(*page)) {
        if (fresh.id > m_rows.first().id)
            newer << fresh;
        else if (const int row = rowOfRelease(fresh.id); row >= 0)
            replaceRow(row, fresh);
    }
    if (newer.isEmpty())
        return;
    beginInsertRows({}, 0, int(newer.size()) - 1);
    m_rows = newer + m_rows;
    m_headCount += int(newer.size());
    endInsertRows();
}

void ReleaseGridModel::onPipelineSaved(qint64 pipelineId) {
    if (pipelineId != m_pipelineId)
        return;
    Result<QStringList> names = m_queries.stageNames(pipelineId);
    if (!names || *names == m_stageNames)
        return;
    // The stage columns changed: replace them, leaving the rows in place.
    if (!m_stageNames.isEmpty()) {
        beginRemoveColumns({}, FixedColumnCount, FixedColumnCount + int(m_stageNames.size()) - 1);
        m_stageNames.clear();
        endRemoveColumns();
    }
    if (!names->isEmpty()) {
        beginInsertColumns({}, FixedColumnCount, FixedColumnCount + int(names->size()) - 1);
        m_stageNames = *names;
        endInsertColumns();
    }
}

std::optional<StageStatus> ReleaseGridModel::stageStatus(const ReleaseGridRow &row, int column) const {
    const int stage = column - FixedColumnCount;
    if (stage < 0 || stage >= m_stageNames.size())
        return std::nullopt;
    for (const auto &[name, status] : row.stages)
        if (name == m_stageNames.at(stage))
            return status;
    return std::nullopt; // the release's snapshot has no such stage
}

std::optional<StageSituation> ReleaseGridModel::situation(const ReleaseGridRow &row, int column) const {
    const int stage = column - FixedColumnCount;
    if (stage < 0 || stage >= m_stageNames.size())
        return std::nullopt;
    return stageSituation(row, m_stageNames.at(stage));
}

std::optional<StageSituation> ReleaseGridModel::situationAt(const QModelIndex &index) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return std::nullopt;
    return situation(m_rows.at(index.row()), index.column());
}

QVariant ReleaseGridModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReleaseGridRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(row, index.column());
    case Qt::ToolTipRole: return toolTipData(row, index.column());
    case ReleaseIdRole: return row.id;
    case StageStatusRole: {
        const std::optional<StageStatus> status = stageStatus(row, index.column());
        return status ? QVariant(toString(*status)) : QVariant();
    }
    case StageStateRole: {
        const std::optional<StageSituation> facts = situation(row, index.column());
        return facts ? QVariant(int(stageState(*facts))) : QVariant();
    }
    case StageActiveRole: {
        const std::optional<StageSituation> facts = situation(row, index.column());
        return facts ? QVariant(facts->latest && facts->latest->operation != OperationStatus::Done) : QVariant();
    }
    case WaitingRole: {
        const QString stage = m_stageNames.value(index.column() - FixedColumnCount);
        return row.waiting.contains(stage) ? QVariant(toString(row.waiting.value(stage))) : QVariant();
    }
    case SortRole:
        if (index.column() == CreatedColumn)
            return row.createdAt;
        return index.column() == NameColumn ? QVariant(row.id) : displayData(row, index.column());
    default: return {};
    }
}

QVariant ReleaseGridModel::displayData(const ReleaseGridRow &row, int column) const {
    switch (column) {
    case NameColumn:
        if (row.status == ReleaseStatus::Draft)
            return tr("%1 (draft)").arg(row.name);
        if (row.status == ReleaseStatus::Abandoned)
            return tr("%1 (abandoned)").arg(row.name);
        return row.name;
    case CreatedColumn: return compactDateTimeText(row.createdAt);
    case CreatedByColumn: return row.createdBy;
    case ArtifactsColumn: return row.artifactSummary;
    default: {
        const std::optional<StageSituation> facts = situation(row, column);
        return facts ? QVariant(stageStateLabel(stageState(*facts))) : QVariant();
    }
    }
}

QVariant ReleaseGridModel::toolTipData(const ReleaseGridRow &row, int column) const {
    switch (column) {
    case NameColumn:
        return tr("%1, created %2 by %3")
            .arg(displayData(row, column).toString(), dateTimeText(row.createdAt), row.createdBy);
    case CreatedColumn: return dateTimeText(row.createdAt);
    case CreatedByColumn: return tr("Created by %1").arg(row.createdBy);
    case ArtifactsColumn: return row.artifactSummary.isEmpty() ? tr("No artifacts") : row.artifactSummary;
    default: break;
    }
    const QString stage = m_stageNames.value(column - FixedColumnCount);
    const std::optional<StageSituation> facts = situation(row, column);
    if (!facts)
        return tr("This release has no stage \"%1\"").arg(stage);
    QStringList lines{tr("%1 in %2: %3").arg(row.name, stage, stageStateLabel(stageState(*facts)))};
    lines += stageDetailLines(*facts);
    return lines.join(QLatin1Char('\n'));
}

QVariant ReleaseGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Release");
    case CreatedColumn: return tr("Created");
    case CreatedByColumn: return tr("Created by");
    case ArtifactsColumn: return tr("Artifacts");
    default: return m_stageNames.value(section - FixedColumnCount);
    }
}

} // namespace slipway
