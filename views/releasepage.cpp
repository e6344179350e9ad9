#include "releasepage.h"

#include "deploymentlogmodel.h"
#include "services/services.h"

#include <QFile>
#include <QFontDatabase>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace slipway {

ReleasePage::ReleasePage(ReleaseActions actions, qint64 releaseId, QWidget *parent)
    : QWidget(parent), m_actions(std::move(actions)), m_releaseId(releaseId),
      m_model(std::make_unique<DeploymentLogModel>(m_actions.services.releases, releaseId)) {
    setObjectName(QStringLiteral("releasePage"));
    auto *backButton = new QPushButton(tr("← &Back"), this);
    backButton->setObjectName(QStringLiteral("releaseBack"));
    backButton->setToolTip(tr("Back to the pipeline"));
    connect(backButton, &QPushButton::clicked, this, &ReleasePage::back);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("releaseHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("deploymentTree"));
    m_tree->setModel(m_model.get());
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->expandAll();
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReleasePage::showSelected);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Find in the log (Enter for the next match)"));
    connect(m_search, &QLineEdit::returnPressed, this, &ReleasePage::findNext);
    auto *save = new QPushButton(tr("&Save log…"), this);
    save->setObjectName(QStringLiteral("logSave"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the log"), QStringLiteral("deployment.log"));
        if (!path.isEmpty())
            saveLog(path);
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

    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("releaseHistory"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("releaseTabs"));
    tabs->addTab(split, tr("&Logs"));
    tabs->addTab(m_history, tr("&History"));

    auto *top = new QHBoxLayout;
    top->addWidget(backButton);
    top->addWidget(m_header, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    updateHeader();
    fillHistory();
    // Show the newest attempt's whole log to begin with.
    if (const int attempts = m_model->rowCount(); attempts > 0)
        m_tree->setCurrentIndex(m_model->index(attempts - 1, 0));
}

ReleasePage::~ReleasePage() = default;

void ReleasePage::updateHeader() {
    const ReleaseRecord &r = m_model->details().release;
    QStringList artifacts;
    for (const ReleaseArtifactRecord &a : m_model->details().artifacts)
        artifacts << (a.version ? a.alias + QLatin1Char(' ') + a.version->version : a.alias);
    QStringList stages;
    for (const StageDetails &s : m_model->details().stages)
        stages << QStringLiteral("%1: %2").arg(s.stage.name, toString(s.stage.status));
    m_header->setText(tr("<b>%1</b> of %2 — %3, created by %4<br>%5<br>%6")
                          .arg(r.name.toHtmlEscaped(), r.pipelineName.toHtmlEscaped(), toString(r.status),
                               r.createdBy.toHtmlEscaped(), artifacts.join(QStringLiteral(", ")).toHtmlEscaped(),
                               stages.join(QStringLiteral(" · ")).toHtmlEscaped()));
}

void ReleasePage::fillHistory() {
    m_history->clear();
    Result<QList<AuditEventRecord>> events =
        m_actions.services.store.audit().events(QStringLiteral("release"), m_releaseId);
    if (!events)
        return;
    for (const AuditEventRecord &e : std::as_const(*events))
        m_history->addItem(
            QStringLiteral("%1  %2  %3")
                .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, e.action));
}

void ReleasePage::showSelected() {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    m_shownDeployment = current.data(DeploymentLogModel::DeploymentIdRole).toLongLong();
    m_shownTask = current.data(DeploymentLogModel::TaskRunIdRole).toLongLong();
    m_lastLine = 0;
    m_log->clear();
    tail();
}

// Appends the lines stored since the last look: a live tail while the task runs.
void ReleasePage::tail() {
    if (!m_shownDeployment)
        return;
    for (;;) {
        Result<QList<LogLineRecord>> lines =
            m_actions.services.deployments.logLines(m_shownDeployment, m_lastLine, 2000);
        if (!lines || lines->isEmpty())
            return;
        for (const LogLineRecord &line : std::as_const(*lines))
            if (!m_shownTask || line.taskRunId == m_shownTask)
                m_log->appendPlainText(line.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz  ")) + line.line);
        m_lastLine = lines->last().id;
        if (lines->size() < 2000)
            return;
    }
}

void ReleasePage::refresh() {
    m_model->refresh();
    updateHeader();
    tail();
}

void ReleasePage::findNext() {
    const QString wanted = m_search->text();
    if (wanted.isEmpty())
        return;
    if (!m_log->find(wanted)) { // wrap around
        m_log->moveCursor(QTextCursor::Start);
        m_log->find(wanted);
    }
}

bool ReleasePage::saveLog(const QString &path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(m_log->toPlainText().toUtf8() + '\n') >= 0;
}

} // namespace slipway
