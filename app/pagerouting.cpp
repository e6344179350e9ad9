#include "pagerouting.h"

#include <QStringList>

namespace slipway {

namespace {

Error notAPage(const QString &text) {
    return Error::validation(QStringLiteral("--page: \"%1\" is not a page; use approvals, dashboard, whatswhere, "
                                            "library, agents, settings, release:ID[:TAB] or editor[:ID[:TAB]]")
                                 .arg(text));
}

// ID and TAB after the page's name: `minimumId` 1 for a release, 0 for an editor (a new pipeline).
Result<PageRequest> withIdAndTab(PageKind kind, const QString &text, const QStringList &parts, qint64 minimumId) {
    PageRequest page{kind, 0, std::nullopt};
    if (parts.size() > 3)
        return notAPage(text);
    if (parts.size() > 1) {
        bool ok = false;
        page.id = parts.at(1).toLongLong(&ok);
        if (!ok || page.id < minimumId)
            return notAPage(text);
    } else if (minimumId > 0) {
        return notAPage(text);
    }
    if (parts.size() > 2) {
        bool ok = false;
        const int tab = parts.at(2).toInt(&ok);
        if (!ok || tab < 0)
            return notAPage(text);
        page.tab = tab;
    }
    return page;
}

} // namespace

Result<PageRequest> parsePage(const QString &text) {
    static const QList<std::pair<QString, PageKind>> plain{
        {QStringLiteral("approvals"), PageKind::Approvals},   {QStringLiteral("dashboard"), PageKind::Dashboard},
        {QStringLiteral("whatswhere"), PageKind::WhatsWhere}, {QStringLiteral("library"), PageKind::Library},
        {QStringLiteral("agents"), PageKind::Agents},         {QStringLiteral("settings"), PageKind::Settings}};
    if (text.isEmpty())
        return PageRequest{};
    for (const auto &[name, kind] : plain)
        if (text == name)
            return PageRequest{kind, 0, std::nullopt};
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.first() == QLatin1String("release"))
        return withIdAndTab(PageKind::Release, text, parts, 1);
    if (parts.first() == QLatin1String("editor"))
        return withIdAndTab(PageKind::Editor, text, parts, 0);
    return notAPage(text);
}

QWidget *openPage(PageHost &host, const PageRequest &page) {
    switch (page.kind) {
    case PageKind::Start: return nullptr;
    case PageKind::Approvals: host.showApprovals(); return nullptr;
    case PageKind::Dashboard: host.showDashboard(); return nullptr;
    case PageKind::WhatsWhere: host.showWhatsWhere(); return nullptr;
    case PageKind::Library: host.showLibrary(); return nullptr;
    case PageKind::Agents: host.showAgents(); return nullptr;
    case PageKind::Settings: return host.openSettings();
    case PageKind::Release: host.openRelease(page.id, page.tab); return nullptr;
    case PageKind::Editor: return host.openEditor(page.id, page.tab);
    }
    return nullptr;
}

} // namespace slipway
