// The main window from the keyboard (docs/user-guide.md): shortcuts that work on every page and are shown
// in the menus, distinct mnemonics, F6 between the panes, back from a release, names for screen readers.
#include "createreleasedialog.h"
#include "samplepipeline.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QAction>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace slipway;
using namespace slipway::testing;

namespace {

std::unique_ptr<AppSession> openSession(const QString &path) {
    Result<std::unique_ptr<AppSession>> opened = AppSession::open(path, QStringLiteral("newcomer"));
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    return std::move(*opened);
}

// A window over the sample pipeline (one release), with everything the app adds.
struct SampleWindow final {
    SampleWindow()
        : session(openSession(dir.filePath(QStringLiteral("slipway.db")))),
          sample(*ensureSamplePipeline(*session, dir.path())), ui(*session, true) {
        ui.window.setPreferences(&preferences);
        ui.window.show();
        ui.window.selectPipeline(sample);
        active = QTest::qWaitForWindowActive(&ui.window); // window shortcuts need an active window
    }
    QWidget *page() const { return ui.window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(); }
    qint64 firstRelease() const {
        const QAbstractItemModel *grid = ui.window.findChild<QTableView *>(QStringLiteral("releaseGrid"))->model();
        return grid->index(0, 0).data(ReleaseGridModel::ReleaseIdRole).toLongLong();
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget *target = ui.window.focusWidget() ? ui.window.focusWidget() : &ui.window;
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;
    qint64 sample = 0;
    WindowUnderTest ui;
    MemoryPreferences preferences;
    bool active = false;
};

QChar mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] != QLatin1Char('&'))
                return text[i + 1].toLower();
            ++i;
        }
    return {};
}

bool takesTabFocus(const QWidget *widget) {
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

QString accessibleName(QWidget *widget) {
    // A spin box's or date editor's line edit is announced as part of its editor: the editor's name counts.
    if (widget->objectName() == QLatin1String("qt_spinbox_lineedit") && widget->parentWidget())
        widget = widget->parentWidget();
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// Widgets of other parts of the GUI that have no accessible name yet: the lead shrinks this list as they
// are named (a new unnamed widget, or one of the window's own, fails the test).
const QSet<QString> notYetNamed{};

} // namespace

class KeyboardTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ctrlCommaOpensSettingsAndTheMenuSaysSo() {
        SampleWindow w;
        auto *settings = w.ui.window.findChild<QAction *>(QStringLiteral("actionSettings"));
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        w.press(Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = w.ui.window.findChild<QDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
    }

    void ctrlNCreatesAReleaseOnEveryPage() {
        SampleWindow w;
        const auto createDialog = [&w] {
            for (auto *dialog : w.ui.window.findChildren<CreateReleaseDialog *>())
                if (dialog->isVisible())
                    return dialog;
            return static_cast<CreateReleaseDialog *>(nullptr);
        };
        const auto pressCtrlN = [&] {
            w.press(Qt::Key_N, Qt::ControlModifier);
            CreateReleaseDialog *dialog = createDialog();
            if (dialog)
                dialog->reject();
            return dialog != nullptr && QTest::qWaitFor([&] { return !createDialog(); });
        };
        QVERIFY2(pressCtrlN(), "on the pipeline page");
        QTest::mouseClick(w.ui.window.findChild<QPushButton *>(QStringLiteral("approvalsButton")), Qt::LeftButton);
        QCOMPARE(w.page()->objectName(), QStringLiteral("approvalsPage"));
        QVERIFY2(pressCtrlN(), "on the approvals page");
        QTest::mouseClick(w.ui.window.findChild<QPushButton *>(QStringLiteral("dashboardButton")), Qt::LeftButton);
        QVERIFY2(pressCtrlN(), "on the dashboard");
        QTest::mouseClick(w.ui.window.findChild<QPushButton *>(QStringLiteral("whatsWhereButton")), Qt::LeftButton);
        QVERIFY2(pressCtrlN(), "on What's where");
        w.ui.window.openRelease(w.firstRelease());
        QCOMPARE(w.page()->objectName(), QStringLiteral("releasePage"));
        QVERIFY2(pressCtrlN(), "on the release page");
    }

    void theMenusShowTheShortcutsAndHaveDistinctMnemonics() {
        SampleWindow w;
        for (const char *name :
             {"actionNewPipeline", "actionImportDefinition", "actionSettings", "actionQuit", "actionCreateRelease",
              "actionDeploy", "actionRedeploy", "actionCancelDeployment", "actionEditPipeline", "actionApprovals",
              "actionDashboard", "actionWhatsWhere", "actionOpenRelease", "actionBack", "actionNextPane",
              "actionPreviousPane", "actionDocumentation"}) {
            auto *action = w.ui.window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
        }
        QCOMPARE(w.ui.window.findChild<QAction *>(QStringLiteral("actionCreateRelease"))->shortcut(),
                 QKeySequence(QKeySequence::New));
        QSet<QChar> menuKeys;
        for (QAction *menuAction : w.ui.window.menuBar()->actions()) {
            const QChar key = mnemonicOf(menuAction->text());
            QVERIFY2(!key.isNull() && !menuKeys.contains(key), qPrintable(menuAction->text()));
            menuKeys.insert(key);
            QSet<QChar> keys;
            for (QAction *action : menuAction->menu()->actions()) {
                if (action->isSeparator())
                    continue;
                const QChar itemKey = mnemonicOf(action->text());
                QVERIFY2(!itemKey.isNull() && !keys.contains(itemKey), qPrintable(action->text()));
                keys.insert(itemKey);
            }
        }
        // The pipeline page's buttons: one mnemonic each, no two alike.
        QSet<QChar> pageKeys;
        for (QPushButton *button : w.page()->findChildren<QPushButton *>()) {
            const QChar key = mnemonicOf(button->text());
            if (!button->isVisible() || key.isNull())
                continue;
            QVERIFY2(!pageKeys.contains(key), qPrintable(button->text()));
            pageKeys.insert(key);
        }
    }

    void f6MovesBetweenTheTreeAndThePage() {
        SampleWindow w;
        QVERIFY(QTest::qWaitForWindowActive(&w.ui.window));
        auto *tree = w.ui.window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
        tree->setFocus();
        QTRY_COMPARE(w.ui.window.focusWidget(), tree);
        w.press(Qt::Key_F6);
        QVERIFY(w.ui.window.focusWidget() != tree);
        QVERIFY2(w.page()->isAncestorOf(w.ui.window.focusWidget()),
                 qPrintable(w.ui.window.focusWidget()->objectName()));
        w.press(Qt::Key_F6);
        QCOMPARE(w.ui.window.focusWidget(), tree);
        w.press(Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(w.page()->isAncestorOf(w.ui.window.focusWidget()));
        // A problem banner is a pane too: its Dismiss button is reached with F6.
        w.ui.window.showEngineProblem(QStringLiteral("the database is read-only"));
        tree->setFocus();
        w.press(Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(w.ui.window.focusWidget()->objectName(), QStringLiteral("engineProblemBannerDismiss"));
    }

    void altLeftGoesBackFromTheReleasePage() {
        SampleWindow w;
        QVERIFY(QTest::qWaitForWindowActive(&w.ui.window));
        w.ui.window.openRelease(w.firstRelease());
        QCOMPARE(w.page()->objectName(), QStringLiteral("releasePage"));
        w.press(Qt::Key_Left, Qt::AltModifier);
        QVERIFY2(w.page()->findChild<QTableView *>(QStringLiteral("releaseGrid")), qPrintable(w.page()->objectName()));
        QVERIFY(!w.ui.window.findChild<QAction *>(QStringLiteral("actionBack"))->isEnabled());
    }

    void everyWidgetTabReachesHasAName() {
        SampleWindow w;
        QVERIFY(QTest::qWaitForWindowActive(&w.ui.window));
        QStringList unnamed;
        const auto walk = [&](const QString &page) {
            // The Tab order, as Tab follows it (item views keep Tab for their cells: walk the chain itself).
            QWidget *start = w.ui.window.findChild<QTreeView *>(QStringLiteral("navigationTree"));
            QWidget *widget = start;
            int steps = 0;
            do {
                if (takesTabFocus(widget) && accessibleName(widget).isEmpty()) {
                    const QString name =
                        widget->objectName().isEmpty()
                            ? QString::fromLatin1(widget->metaObject()->className()) + QStringLiteral(" in ") +
                                  (widget->parentWidget() ? widget->parentWidget()->objectName() : QString())
                            : widget->objectName();
                    if (!notYetNamed.contains(name))
                        unnamed << page + QLatin1Char('/') + name;
                }
                widget = widget->nextInFocusChain();
            } while (widget != start && ++steps < 500);
        };
        walk(QStringLiteral("pipeline"));
        QTest::mouseClick(w.ui.window.findChild<QPushButton *>(QStringLiteral("approvalsButton")), Qt::LeftButton);
        walk(QStringLiteral("approvals"));
        QTest::mouseClick(w.ui.window.findChild<QPushButton *>(QStringLiteral("dashboardButton")), Qt::LeftButton);
        walk(QStringLiteral("dashboard"));
        QTest::mouseClick(w.ui.window.findChild<QPushButton *>(QStringLiteral("whatsWhereButton")), Qt::LeftButton);
        walk(QStringLiteral("whatswhere"));
        w.ui.window.openRelease(w.firstRelease());
        walk(QStringLiteral("release"));
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(KeyboardTest)
#include "tst_keyboard.moc"
