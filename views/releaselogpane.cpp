#include "releaselogpane.h"

#include "deploymentlogmodel.h"
#include "errortext.h"
#include "fixedfont.h"
#include "releasetabs.h"
#include "services/services.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

namespace {

constexpr int tailBatch = 2000; // lines read per query while catching up

} // namespace

ReleaseLogPane::ReleaseLogPane(Services &services, DeploymentLogModel &model, QWidget *parent)
    : QWidget(parent), m_services(services), m_model(model) {
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("deploymentTree"));
    m_tree->setAccessibleName(tr("Attempts and tasks"));
    m_tree->setModel(&m_model);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->expandAll();
    connect(&m_model, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReleaseLogPane::showSelected);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setAccessibleName(tr("Log"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(fixedWidthFont());
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setAccessibleName(tr("Find in the log"));
    m_search->setToolTip(tr("Find in the log (Enter for the next match)"));
    m_search->setPlaceholderText(tr("Find in the log (Enter for the next match)"));
    connect(m_search, &QLineEdit::returnPressed, this, &ReleaseLogPane::findNext);
    auto *save = new QPushButton(tr("&Save log…"), this);
    save->setObjectName(QStringLiteral("logSave"));
    save->setToolTip(tr("Save the shown log with its release, stage and attempt"));
    save->setAccessibleName(QString(save->text()).remove(QLatin1Char('&')));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the log"), suggestedLogName());
        if (!path.isEmpty() && !saveLog(path))
            Q_EMIT message(tr("The log could not be saved to %1.").arg(path));
    });
    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(save);
    logLayout->addLayout(tools);
    logLayout->addWidget(m_log, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(logPane);
    split->setStretchFactor(1, 2);
    split->setSizes({340, 660});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void ReleaseLogPane::showNewestAttempt() {
    if (const int attempts = m_model.rowCount(); attempts > 0)
        m_tree->setCurrentIndex(m_model.index(attempts - 1, 0));
}

void ReleaseLogPane::showSelected() {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    m_shownDeployment = current.data(DeploymentLogModel::DeploymentIdRole).toLongLong();
    m_shownTask = current.data(DeploymentLogModel::TaskRunIdRole).toLongLong();
    m_lastLine = 0;
    m_log->clear();
    tail();
}

void ReleaseLogPane::tail() {
    if (!m_shownDeployment)
        return;
    for (;;) {
        Result<QList<LogLineRecord>> lines = m_services.deployments.logLines(m_shownDeployment, m_lastLine, tailBatch);
        if (!lines || lines->isEmpty())
            return;
        for (const LogLineRecord &line : std::as_const(*lines))
            if (!m_shownTask || line.taskRunId == m_shownTask)
                m_log->appendPlainText(line.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz  ")) +
                                       engineText(line.line));
        m_lastLine = lines->last().id;
        if (lines->size() < tailBatch)
            return;
    }
}

void ReleaseLogPane::findNext() {
    const QString wanted = m_search->text();
    if (wanted.isEmpty())
        return;
    if (!m_log->find(wanted)) { // wrap around
        m_log->moveCursor(QTextCursor::Start);
        m_log->find(wanted);
    }
}

QString ReleaseLogPane::suggestedLogName() const {
    return logFileName(m_model.details(), m_shownDeployment);
}

bool ReleaseLogPane::saveLog(const QString &path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(savedLogText(m_services, m_model.details(), m_shownDeployment, m_shownTask).toUtf8()) >= 0;
}

} // namespace slipway
