#pragma once

#include "services/services.h"

#include <QFileSystemWatcher>
#include <QProcess>
#include <QTimer>

namespace slipway {

// Finds new artifact versions on its own (docs/domain.md#artifact-sources-and-release-triggers): `folder` sources are
// rescanned on start and watched with QFileSystemWatcher; `git` sources are polled with the system `git` for tags
// matching their pattern. Each new version goes through ArtifactService, whose CD trigger may create a release.
class ArtifactWatcher final : public QObject {
    Q_OBJECT
public:
    explicit ArtifactWatcher(Services &services, int gitPollMs = 30000, QObject *parent = nullptr);
    ~ArtifactWatcher() override;

    void start();
    void reloadIfChanged();
    void pollGit(); // also on its timer

Q_SIGNALS:
    void gitPolled(const QString &alias); // a poll of a git source finished (found something or not)

private:
    Services &m_services;
    QFileSystemWatcher m_watcher;
    QHash<QString, QList<ArtifactSourceRecord>> m_folders; // by watched path
    QList<ArtifactSourceRecord> m_gitSources;
    QTimer m_gitTimer;
    QTimer m_debounce;
    QSet<QString> m_changedFolders;
    QString m_definitionsVersion;
    QList<QProcess *> m_running;

    void load();
    void onFolderChanged(const QString &path);
    void scanChangedFolders();
    void pollRepository(const ArtifactSourceRecord &source);
    void recordTags(const ArtifactSourceRecord &source, const QByteArray &output);
};

} // namespace slipway
