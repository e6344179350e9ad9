#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QTimeEdit;

namespace slipway {

class Clock;
class PipelineDocumentModel;

// When a stage deploys: after the release, after chosen stages (multi-select), or by hand, and
// optionally on a weekly schedule whose next firings are previewed in local time and the schedule's zone.
class StageTriggerEditor final : public QWidget {
    Q_OBJECT
public:
    StageTriggerEditor(PipelineDocumentModel &model, const Clock &clock, QWidget *parent = nullptr);

    void setStage(const QModelIndex &stage);

private:
    PipelineDocumentModel &m_model;
    const Clock &m_clock;
    QPersistentModelIndex m_stage;
    QComboBox *m_type = nullptr;
    QListWidget *m_stages = nullptr;
    QCheckBox *m_onPartialSuccess = nullptr;
    QGroupBox *m_schedule = nullptr;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_preview = nullptr;
    bool m_loading = false;

    QString stagePath() const;
    void load();
    void writeTrigger();
    void writeSchedule();
    void updatePreview();
};

// The next `count` firings of a schedule object of the pipeline file, one per line, in local time
// with the schedule's own zone beside it; or why there are none.
QString schedulePreviewText(const QJsonObject &schedule, const QDateTime &nowUtc, int count = 5);

} // namespace slipway
