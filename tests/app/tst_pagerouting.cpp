#include "pagerouting.h"

#include <QTest>
#include <QWidget>

using namespace slipway;

namespace {

// Records what a route asked of the window.
class RecordingPages final : public PageHost {
public:
    QStringList calls;
    QWidget dialog;

    void showApprovals() override { calls << QStringLiteral("approvals"); }
    void showDashboard() override { calls << QStringLiteral("dashboard"); }
    void showWhatsWhere() override { calls << QStringLiteral("whatswhere"); }
    void showLibrary() override { calls << QStringLiteral("library"); }
    void showAgents() override { calls << QStringLiteral("agents"); }
    QWidget *openSettings() override {
        calls << QStringLiteral("settings");
        return &dialog;
    }
    void openRelease(qint64 releaseId, std::optional<int> tab) override {
        calls << QStringLiteral("release %1 tab %2")
                     .arg(releaseId)
                     .arg(tab ? QString::number(*tab) : QStringLiteral("-"));
    }
    QWidget *openEditor(qint64 pipelineId, std::optional<int> tab) override {
        calls << QStringLiteral("editor %1 tab %2")
                     .arg(pipelineId)
                     .arg(tab ? QString::number(*tab) : QStringLiteral("-"));
        return &dialog;
    }
};

} // namespace

// --page: which page the window opens first, and what a screenshot then renders.
class PageRoutingTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagesOpenThroughTheWindowsOwnCalls_data() {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("call");
        QTest::addColumn<bool>("rendersADialog");
        QTest::newRow("approvals") << "approvals"
                                   << "approvals" << false;
        QTest::newRow("dashboard") << "dashboard"
                                   << "dashboard" << false;
        QTest::newRow("whatswhere") << "whatswhere"
                                    << "whatswhere" << false;
        QTest::newRow("library") << "library"
                                 << "library" << false;
        QTest::newRow("agents") << "agents"
                                << "agents" << false;
        QTest::newRow("settings") << "settings"
                                  << "settings" << true;
        QTest::newRow("release") << "release:7"
                                 << "release 7 tab -" << false;
        QTest::newRow("release tab") << "release:7:2"
                                     << "release 7 tab 2" << false;
        QTest::newRow("new pipeline") << "editor"
                                      << "editor 0 tab -" << true;
        QTest::newRow("editor") << "editor:3"
                                << "editor 3 tab -" << true;
        QTest::newRow("editor tab") << "editor:3:1"
                                    << "editor 3 tab 1" << true;
    }

    void pagesOpenThroughTheWindowsOwnCalls() {
        QFETCH(QString, page);
        QFETCH(QString, call);
        QFETCH(bool, rendersADialog);
        const Result<PageRequest> request = parsePage(page);
        QVERIFY2(request, qPrintable(request ? QString() : request.error().message));
        RecordingPages pages;
        QWidget *shown = openPage(pages, *request);
        QCOMPARE(pages.calls, QStringList{call});
        QCOMPARE(shown, rendersADialog ? &pages.dialog : nullptr);
    }

    void withoutAPageTheWindowStaysAsItOpens() {
        const Result<PageRequest> request = parsePage({});
        QVERIFY(request);
        RecordingPages pages;
        QCOMPARE(openPage(pages, *request), nullptr);
        QVERIFY(pages.calls.isEmpty());
    }

    void whatNamesNoPageIsRefused_data() {
        QTest::addColumn<QString>("page");
        for (const char *wrong : {"inbox", "release", "release:", "release:0", "release:x", "release:5:x",
                                  "release:5:-1", "release:5:1:2", "editor:x", "editorial", "Approvals"})
            QTest::newRow(wrong) << QString::fromLatin1(wrong);
    }

    void whatNamesNoPageIsRefused() {
        QFETCH(QString, page);
        const Result<PageRequest> request = parsePage(page);
        QVERIFY(!request);
        QVERIFY2(request.error().message.contains(QStringLiteral("\"%1\" is not a page").arg(page)),
                 qPrintable(request.error().message));
    }
};

QTEST_MAIN(PageRoutingTest)
#include "tst_pagerouting.moc"
