#include "stagetriggereditor.h"

#include "core/clock.h"
#include "pipelinedocumentmodel.h"
#include "rules/schedule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTimeEdit>
#include <QTimeZone>

namespace slipway {

namespace {

const QStringList dayKeys{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                          QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};

} // namespace

QString schedulePreviewText(const QJsonObject &schedule, const QDateTime &nowUtc, int count) {
    const std::optional<ScheduleSpec> spec = ScheduleSpec::fromJson(schedule);
    if (!spec)
        return StageTriggerEditor::tr("Incomplete schedule: choose days, a time and a valid time zone.");
    const QList<QDateTime> firings = spec->nextFirings(nowUtc, count);
    if (firings.isEmpty())
        return StageTriggerEditor::tr("This schedule never fires: choose at least one day.");
    QStringList lines;
    const QLocale locale;
    for (const QDateTime &firing : firings)
        lines << StageTriggerEditor::tr("%1 (%2 %3)")
                     .arg(locale.toString(firing.toLocalTime(), QLocale::LongFormat),
                          locale.toString(firing.toTimeZone(spec->zone), QStringLiteral("ddd HH:mm")),
                          QString::fromUtf8(spec->zone.id()));
    return StageTriggerEditor::tr("Next firings:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

StageTriggerEditor::StageTriggerEditor(PipelineDocumentModel &model, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_model(model), m_clock(clock) {
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("triggerType"));
    m_type->addItem(tr("After the release is created"), QStringLiteral("afterRelease"));
    m_type->addItem(tr("After other stages succeed"), QStringLiteral("afterStages"));
    m_type->addItem(tr("Manually only"), QStringLiteral("manual"));
    m_type->setToolTip(tr("When this stage deploys"));

    m_stages = new QListWidget(this);
    m_stages->setObjectName(QStringLiteral("triggerStages"));
    m_stages->setToolTip(tr("The stages that must all succeed first"));
    m_stages->setMaximumHeight(64);
    m_onPartialSuccess = new QCheckBox(tr("Also after a partial success"), this);
    m_onPartialSuccess->setObjectName(QStringLiteral("triggerOnPartialSuccess"));

    m_schedule = new QGroupBox(tr("Also deploy on a schedule"), this);
    m_schedule->setObjectName(QStringLiteral("stageSchedule"));
    m_schedule->setCheckable(true);
    m_schedule->setToolTip(tr("Deploys the newest release that passes the stage's artifact filters"));
    auto *days = new QHBoxLayout;
    for (const QString &day : dayKeys) {
        auto *box = new QCheckBox(QLocale().dayName(int(dayKeys.indexOf(day)) + 1, QLocale::ShortFormat), m_schedule);
        box->setObjectName(QStringLiteral("scheduleDay_") + day);
        m_days << box;
        days->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &StageTriggerEditor::writeSchedule);
    }
    m_time = new QTimeEdit(m_schedule);
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_zone = new QComboBox(m_schedule);
    m_zone->setObjectName(QStringLiteral("scheduleZone"));
    m_zone->setEditable(true);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(zone));
    m_preview = new QLabel(m_schedule);
    m_preview->setObjectName(QStringLiteral("schedulePreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scheduleForm = new QFormLayout(m_schedule);
    scheduleForm->addRow(tr("Days:"), days);
    scheduleForm->addRow(tr("Time:"), m_time);
    scheduleForm->addRow(tr("Time zone:"), m_zone);
    scheduleForm->addRow(m_preview);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Trigger:"), m_type);
    form->addRow(tr("After stages:"), m_stages);
    form->addRow(QString(), m_onPartialSuccess);
    form->addRow(m_schedule);

    connect(m_type, &QComboBox::currentIndexChanged, this, &StageTriggerEditor::writeTrigger);
    connect(m_stages, &QListWidget::itemChanged, this, &StageTriggerEditor::writeTrigger);
    connect(m_onPartialSuccess, &QCheckBox::toggled, this, &StageTriggerEditor::writeTrigger);
    connect(m_schedule, &QGroupBox::toggled, this, &StageTriggerEditor::writeSchedule);
    connect(m_time, &QTimeEdit::timeChanged, this, &StageTriggerEditor::writeSchedule);
    connect(m_zone, &QComboBox::currentTextChanged, this, &StageTriggerEditor::writeSchedule);
    // Edits elsewhere (the field tree, a renamed stage) show here.
    connect(&model, &PipelineDocumentModel::documentEdited, this, [this] {
        if (!m_loading)
            load();
    });
    setStage({});
}

void StageTriggerEditor::setStage(const QModelIndex &stage) {
    m_stage = stage;
    setEnabled(stage.isValid());
    load();
}

QString StageTriggerEditor::stagePath() const {
    return m_stage.isValid() ? m_stage.data(PipelineDocumentModel::PathRole).toString() : QString();
}

void StageTriggerEditor::load() {
    if (!m_stage.isValid())
        return;
    m_loading = true;
    const QString path = stagePath();
    const QJsonObject stage = m_model.value(path).toObject();
    const QJsonObject trigger = stage.value(QStringLiteral("trigger")).toObject();
    // No trigger means manual (docs/pipeline-format.md#defaults-for-keys-left-out).
    const QString type = trigger.value(QStringLiteral("type")).toString(QStringLiteral("manual"));
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));

    const QJsonArray chosen = trigger.value(QStringLiteral("stages")).toArray();
    m_stages->clear();
    const QJsonArray allStages = m_model.value(QStringLiteral("stages")).toArray();
    for (const QJsonValue other : allStages) {
        const QString name = other[QStringLiteral("name")].toString();
        if (name.isEmpty() || name == stage.value(QStringLiteral("name")).toString())
            continue;
        auto *item = new QListWidgetItem(name, m_stages);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    const bool afterStages = type == QLatin1String("afterStages");
    m_stages->setEnabled(afterStages);
    m_onPartialSuccess->setEnabled(afterStages);
    m_onPartialSuccess->setChecked(trigger.value(QStringLiteral("onPartialSuccess")).toBool());

    const QJsonObject schedule = stage.value(QStringLiteral("schedule")).toObject();
    m_schedule->setChecked(stage.contains(QStringLiteral("schedule")));
    const QJsonArray days = schedule.value(QStringLiteral("days")).toArray();
    for (qsizetype i = 0; i < m_days.size(); ++i)
        m_days[i]->setChecked(days.contains(dayKeys[i]));
    m_time->setTime(QTime::fromString(schedule.value(QStringLiteral("time")).toString(QStringLiteral("02:00")),
                                      QStringLiteral("HH:mm")));
    m_zone->setCurrentText(schedule.value(QStringLiteral("timeZone")).toString(QStringLiteral("UTC")));
    updatePreview();
    m_loading = false;
}

void StageTriggerEditor::writeTrigger() {
    if (m_loading || !m_stage.isValid())
        return;
    QJsonObject trigger{{QStringLiteral("type"), m_type->currentData().toString()}};
    if (trigger.value(QStringLiteral("type")) == QLatin1String("afterStages")) {
        QJsonArray stages;
        for (int row = 0; row < m_stages->count(); ++row)
            if (m_stages->item(row)->checkState() == Qt::Checked)
                stages.append(m_stages->item(row)->text());
        trigger.insert(QStringLiteral("stages"), stages);
        if (m_onPartialSuccess->isChecked())
            trigger.insert(QStringLiteral("onPartialSuccess"), true);
    }
    m_loading = true;
    m_model.setValue(stagePath() + QStringLiteral(".trigger"), trigger);
    m_loading = false;
    load();
}

void StageTriggerEditor::writeSchedule() {
    if (m_loading || !m_stage.isValid())
        return;
    m_loading = true;
    if (m_schedule->isChecked()) {
        QJsonArray days;
        for (qsizetype i = 0; i < m_days.size(); ++i)
            if (m_days[i]->isChecked())
                days.append(dayKeys[i]);
        m_model.setValue(stagePath() + QStringLiteral(".schedule"),
                         QJsonObject{{QStringLiteral("days"), days},
                                     {QStringLiteral("time"), m_time->time().toString(QStringLiteral("HH:mm"))},
                                     {QStringLiteral("timeZone"), m_zone->currentText().trimmed()}});
    } else {
        m_model.setValue(stagePath() + QStringLiteral(".schedule"), QJsonValue(QJsonValue::Undefined));
    }
    m_loading = false;
    updatePreview();
}

void StageTriggerEditor::updatePreview() {
    const QJsonValue schedule = m_model.value(stagePath() + QStringLiteral(".schedule"));
    m_preview->setText(schedule.isObject() ? schedulePreviewText(schedule.toObject(), m_clock.now())
                                           : tr("No schedule."));
}

} // namespace slipway
