#pragma once

#include "releaseactions.h"
#include "store/records.h"

#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace slipway {

// What's where (docs/user-guide.md): pipelines × stages, each cell the release (and its versions) the stage runs —
// its newest successful deployment — now, or at the instant the date picker shows — with when and by
// whom; an empty cell says "No such stage" or "Never deployed".
class WhatsWherePage final : public QWidget {
    Q_OBJECT
public:
    WhatsWherePage(ReleaseActions actions, QWidget *parent = nullptr);

    void showAt(const QDateTime &instant); // UTC or local; shown in local time
    void showNow();
    QTableWidget *matrix() const { return m_matrix; }

Q_SIGNALS:
    void openRelease(qint64 releaseId);

private:
    ReleaseActions m_actions;
    QDateTimeEdit *m_at = nullptr;
    QTableWidget *m_matrix = nullptr;
    QLabel *m_status = nullptr;

    void fill();
    QTableWidgetItem *deployedCell(const DeployedRelease &cell) const;
    // A cell with no release: the pipeline lacks the stage, or nothing was deployed there by then.
    QTableWidgetItem *emptyCell(const QString &pipeline, const QString &stage, bool hasStage) const;
};

} // namespace slipway
