#pragma once

// The approver's inbox as the app builds it, over a live engine, for GUI tests.
#include "approvalinboxmodel.h"
#include "approvalpipelines.h"
#include "approvalspage.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTest>

namespace slipway::testing {

struct Inbox final {
    Inbox(TestEnvironment &env, EngineFixture &fixture, const QString &user)
        : model({env.services->approvals, env.services->inbox, env.services->queries, env.services->notifier},
                env.clock, Identity{user}),
          tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest),
          page(model, {env.services->approvals, env.services->deployments, env.services->directory, env.services->inbox,
                       env.clock, Identity{user}}) {
        // As the app does: the engine's changes reach the models through the notifier.
        QObject::connect(&fixture.engine, &DeploymentEngine::deploymentChanged, &env.services->notifier,
                         [&env](qint64 pipelineId, qint64 releaseId, qint64) {
                             Q_EMIT env.services->notifier.releaseChanged(pipelineId, releaseId);
                         });
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        activate();
    }
    void activate() { // keys reach shortcuts and focus only in the active window
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
    }
    ApprovalInboxModel model;
    QAbstractItemModelTester tester;
    ApprovalsPage page;

    template <typename T>
    T *widget(const char *name) {
        T *found = page.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }
    QTableView *table() { return widget<QTableView>("approvalsTable"); }
    int rowOf(const QString &release) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, ApprovalInboxModel::ReleaseColumn).data().toString() == release)
                return row;
        return -1;
    }
    void check(int row) { // make the row current with a click and toggle its check box with Space
        QTableView *view = table();
        const QRect cell = view->visualRect(model.index(row, ApprovalInboxModel::ReleaseColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::keyClick(view, Qt::Key_Space);
    }
    bool isChecked(int row) { return model.index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked; }
    int checkedCount() {
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            n += isChecked(row) ? 1 : 0;
        return n;
    }
    void revisit() { // leave the page and come back, as the navigation does
        page.hide();
        page.show();
    }
};

} // namespace slipway::testing
