#include "releasesearchbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QStyle>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace slipway {

namespace {
// A date edit at its minimum shows "any date": no bound on that side.
const QDate noDate(2000, 1, 1);

QDateEdit *dateEdit(const QString &name, const QString &special, const QString &tip, QWidget *parent) {
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(special);
    // Qt sizes the box for dates, not for the longer "any date" text of some languages: room for it and the arrow.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(special) +
                          edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24);
    edit->setDate(noDate);
    edit->setToolTip(tip);
    edit->setAccessibleName(tip);
    return edit;
}
} // namespace

ReleaseSearchBar::ReleaseSearchBar(QWidget *parent) : QWidget(parent) {
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("releaseFilter"));
    m_text->setPlaceholderText(tr("Search release, creator, version"));
    m_text->setToolTip(tr("Search the whole history of this pipeline by release name, creator or artifact version"));
    m_text->setAccessibleName(tr("Search releases"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    m_from = dateEdit(QStringLiteral("releaseCreatedFrom"), tr("From any date"),
                      tr("Only releases created on or after this day"), this);
    m_to = dateEdit(QStringLiteral("releaseCreatedTo"), tr("To any date"),
                    tr("Only releases created on or before this day"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Show the loaded releases with a stage in this state"));
    m_status->setAccessibleName(tr("Stage state filter"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(10);
    using StatusFilter = ReleaseFilterProxy::StatusFilter;
    m_status->addItem(tr("Any state"), int(StatusFilter::Any));
    m_status->addItem(tr("Queued or in progress"), int(StatusFilter::Active));
    m_status->addItem(tr("Waiting (approval, gates, time)"), int(StatusFilter::Waiting));
    m_status->addItem(tr("Succeeded"), int(StatusFilter::Succeeded));
    m_status->addItem(tr("Failed or rejected"), int(StatusFilter::Failed));
    m_status->addItem(tr("Canceled or interrupted"), int(StatusFilter::Canceled));

    // Typing asks the store once the user pauses; Enter asks at once.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &ReleaseSearchBar::emitFilter);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &ReleaseSearchBar::emitFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &ReleaseSearchBar::emitFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ReleaseSearchBar::emitFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT statusChanged(StatusFilter(m_status->currentData().toInt())); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_status);
}

ReleaseGridFilter ReleaseSearchBar::filter() const {
    ReleaseGridFilter filter;
    filter.text = m_text->text().trimmed();
    // Whole local days: from the start of the first to the start of the day after the last.
    if (m_from->date() > noDate)
        filter.createdFrom = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_to->date() > noDate)
        filter.createdTo = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    return filter;
}

void ReleaseSearchBar::clear() {
    const QSignalBlocker text(m_text), from(m_from), to(m_to);
    m_text->clear();
    m_from->setDate(noDate);
    m_to->setDate(noDate);
    m_typing->stop();
}

void ReleaseSearchBar::emitFilter() {
    m_typing->stop();
    Q_EMIT filterChanged(filter());
}

} // namespace slipway
