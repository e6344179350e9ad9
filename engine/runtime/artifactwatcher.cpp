#include "artifactwatcher.h"

#include "definition/specreader.h"
#include "definition/values.h"

#include <QDir>

namespace slipway {

namespace {
const Identity watcherActor{QStringLiteral("slipway")};
}

ArtifactWatcher::ArtifactWatcher(Services &services, int gitPollMs, QObject *parent)
    : QObject(parent), m_services(services) {
    m_gitTimer.setInterval(gitPollMs);
    connect(&m_gitTimer, &QTimer::timeout, this, &ArtifactWatcher::pollGit);
    // A drop is often several file events in a row: scan once they settle.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ArtifactWatcher::scanChangedFolders);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ArtifactWatcher::onFolderChanged);
    connect(&m_services.notifier, &ChangeNotifier::pipelineSaved, this, &ArtifactWatcher::reloadIfChanged);
}

ArtifactWatcher::~ArtifactWatcher() {
    for (QProcess *process : std::as_const(m_running)) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
        delete process;
    }
}

void ArtifactWatcher::start() {
    load();
    m_gitTimer.start();
}

void ArtifactWatcher::reloadIfChanged() {
    Result<QString> version = m_services.store.pipelines().definitionsVersion();
    if (version && *version != m_definitionsVersion)
        load();
}

void ArtifactWatcher::load() {
    if (Result<QString> version = m_services.store.pipelines().definitionsVersion())
        m_definitionsVersion = *version;
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_folders.clear();
    m_gitSources.clear();
    Result<QList<PipelineRecord>> pipelines = m_services.store.pipelines().pipelines();
    for (const PipelineRecord &pipeline : pipelines ? *pipelines : QList<PipelineRecord>()) {
        Result<QList<ArtifactSourceRecord>> sources = m_services.artifacts.sources(pipeline.id);
        for (const ArtifactSourceRecord &source : sources ? *sources : QList<ArtifactSourceRecord>()) {
            if (source.type == QLatin1String("folder")) {
                const QString path = QDir::cleanPath(artifactSourceOf(source.settings).path);
                m_folders[path] << source;
                if (QDir(path).exists())
                    m_watcher.addPath(path);
                (void)m_services.artifacts.scanFolderSource(source, watcherActor); // versions dropped while closed
            } else if (source.type == QLatin1String("git")) {
                m_gitSources << source;
            }
        }
    }
    pollGit();
}

void ArtifactWatcher::onFolderChanged(const QString &path) {
    m_changedFolders.insert(path);
    m_debounce.start();
}

void ArtifactWatcher::scanChangedFolders() {
    const QSet<QString> changed = std::exchange(m_changedFolders, {});
    for (const QString &path : changed)
        for (const ArtifactSourceRecord &source : m_folders.value(path))
            if (Result<int> found = m_services.artifacts.scanFolderSource(source, watcherActor); !found)
                qWarning("slipway: artifact source %s: %s", qPrintable(source.alias),
                         qPrintable(found.error().message));
}

void ArtifactWatcher::pollGit() {
    for (const ArtifactSourceRecord &source : std::as_const(m_gitSources))
        pollRepository(source);
}

void ArtifactWatcher::pollRepository(const ArtifactSourceRecord &source) {
    auto *git = new QProcess(this);
    m_running << git;
    git->setProgram(QStringLiteral("git"));
    // Annotated tags peel to their commit in %(*objectname); lightweight ones have it in %(objectname).
    git->setArguments({QStringLiteral("-C"), artifactSourceOf(source.settings).repository,
                       QStringLiteral("for-each-ref"), QStringLiteral("--sort=creatordate"),
                       QStringLiteral("--format=%(refname:short) %(objectname) %(*objectname)"),
                       QStringLiteral("refs/tags")});
    connect(git, &QProcess::finished, this, [this, git, source](int exitCode, QProcess::ExitStatus status) {
        m_running.removeOne(git);
        git->deleteLater();
        if (status != QProcess::NormalExit || exitCode != 0) {
            qWarning("slipway: artifact source %s: git failed: %s", qPrintable(source.alias),
                     git->readAllStandardError().trimmed().constData());
        } else {
            recordTags(source, git->readAllStandardOutput());
        }
        Q_EMIT gitPolled(source.alias);
    });
    connect(git, &QProcess::errorOccurred, this, [this, git, source](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_running.removeOne(git);
        git->deleteLater();
        qWarning("slipway: artifact source %s: the system `git` could not be started", qPrintable(source.alias));
        Q_EMIT gitPolled(source.alias);
    });
    git->start();
}

void ArtifactWatcher::recordTags(const ArtifactSourceRecord &source, const QByteArray &output) {
    const QString pattern = artifactSourceOf(source.settings).tagPattern;
    for (const QByteArray &line : output.split('\n')) {
        const QStringList parts = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty() || !wildcardMatch(pattern, parts.first()))
            continue;
        const QString tag = parts.first();
        Result<std::optional<ArtifactVersionRecord>> known = m_services.store.artifacts().findVersion(source.id, tag);
        if (!known || known->has_value())
            continue;
        const QString commit = parts.size() > 2 ? parts.at(2) : parts.value(1);
        if (Result<ArtifactVersionRecord> added =
                m_services.artifacts.recordVersion(source, {tag, {}, {tag}, commit}, watcherActor);
            !added)
            qWarning("slipway: artifact source %s: %s", qPrintable(source.alias), qPrintable(added.error().message));
    }
}

} // namespace slipway
