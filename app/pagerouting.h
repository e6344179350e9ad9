#pragma once

#include "core/result.h"

#include <optional>

class QWidget;

namespace slipway {

// The page `--page` opens first.
enum class PageKind { Start, Approvals, Dashboard, WhatsWhere, Library, Agents, Settings, Release, Editor };

struct PageRequest final {
    PageKind kind = PageKind::Start;
    qint64 id = 0;          // the release, or the pipeline an editor opens (0: a new pipeline)
    std::optional<int> tab; // release and editor: the tab shown, counted from 0
    bool operator==(const PageRequest &) const = default;
};

// approvals, dashboard, whatswhere, library, agents, settings, release:ID[:TAB], editor[:ID[:TAB]]; empty: the start
// page.
Result<PageRequest> parsePage(const QString &text);

// What the window offers for opening pages (the app adapts MainWindow; tests record the calls).
class PageHost {
public:
    virtual ~PageHost() = default;
    virtual void showApprovals() = 0;
    virtual void showDashboard() = 0;
    virtual void showWhatsWhere() = 0;
    virtual void showLibrary() = 0;
    virtual void showAgents() = 0;
    virtual QWidget *openSettings() = 0; // the dialog, or nullptr when Settings are not available
    virtual void openRelease(qint64 releaseId, std::optional<int> tab) = 0;
    virtual QWidget *openEditor(qint64 pipelineId, std::optional<int> tab) = 0; // nullptr: not opened
};

// Opens `page` through `host`; returns the dialog it opened (what a screenshot renders), else nullptr.
QWidget *openPage(PageHost &host, const PageRequest &page);

} // namespace slipway
