// The dashboard's CSV export (B40): raw numbers for a spreadsheet.
#include "dashboardpage.h"

#include <QComboBox>
#include <QFile>

namespace slipway {

QString DashboardPage::csv() const {
    // Raw numbers for a spreadsheet (B40): seconds, ratios and counts, empty when there is no value;
    // the column names are fixed identifiers, not the translated headers.
    auto quoted = [](QString text) {
        return text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                   ? QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"')
                   : text;
    };
    const auto number = [](double value) { return QString::number(value, 'g', 12); };
    QStringList lines{QStringLiteral("stage,deployments,per_day,lead_time_median_seconds,change_failure_rate,"
                                     "time_to_restore_median_seconds,unrestored")};
    for (const StageMetrics &m : m_metrics.stages)
        lines << QStringList{quoted(m.stage),
                             QString::number(m.successful),
                             number(m.perDay),
                             m.leadTime.count ? number(m.leadTime.medianSeconds) : QString(),
                             m.changeFailureRate ? number(*m.changeFailureRate) : QString(),
                             m.timeToRestore.count ? number(m.timeToRestore.medianSeconds) : QString(),
                             QString::number(m.unrestored)}
                     .join(QLatin1Char(','));
    lines << QString();
    lines << QStringLiteral("day,stage,succeeded,failed,median_lead_time_seconds,mean_duration_seconds");
    for (const DailyCounts &day : m_metrics.daily.value(m_stage->currentText()))
        lines << QStringList{day.day.toString(Qt::ISODate),
                             quoted(m_stage->currentText()),
                             QString::number(day.successful),
                             QString::number(day.failed),
                             day.medianLeadTimeSeconds > 0 ? number(day.medianLeadTimeSeconds) : QString(),
                             day.meanDurationSeconds > 0 ? number(day.meanDurationSeconds) : QString()}
                     .join(QLatin1Char(','));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool DashboardPage::exportCsv(const QString &path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = csv().toUtf8();
    return file.write(bytes) == bytes.size();
}

} // namespace slipway
