// The Library page clicked through with real widgets found by objectName: create a group with a secret, edit it
// (the secret masked, "Set new value"), see which pipelines link it, and the refusal to delete a linked group.
#include "changefeed.h"
#include "cliprocess.h"
#include "testenvironment.h"
#include "variablegroupdialog.h"
#include "variablegroupmodels.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace slipway;
using namespace slipway::testing;

namespace {
const QString secret = QStringLiteral("gui-gr0up-s3cr3t");

template <typename W>
W *child(QWidget *parent, const char *name) {
    W *found = parent->findChild<W *>(QLatin1String(name));
    if (!found)
        qFatal("no widget %s", name);
    return found;
}

void click(QWidget *parent, const char *name) {
    QPushButton *button = child<QPushButton>(parent, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// The dialog open now (one closed before may wait for its deletion).
VariableGroupDialog *openDialog(QWidget *page) {
    for (VariableGroupDialog *dialog : page->findChildren<VariableGroupDialog *>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

QStringList texts(QListWidget *list) {
    QStringList all;
    for (int i = 0; i < list->count(); ++i)
        all << list->item(i)->text();
    return all;
}

// `slipway --database DATABASE WORDS…` as another process; its exit code.
int cli(const QString &database, const QStringList &words) {
    const CliOutcome outcome = runSlipway(QStringList{QStringLiteral("--database"), database} + words);
    if (outcome.exitCode != 0)
        qWarning("%s", qPrintable(outcome.err));
    return outcome.exitCode;
}
} // namespace

class LibraryTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createEditSeeUsersAndDelete() {
        TestEnvironment env;
        WindowUnderTest ui(*env.services, env.clock, env.location(), QStringLiteral("alice"));
        VariableGroupListModel groups(env.services->variableGroups);
        ui.window.addLibraryPage(groups, {env.services->variableGroups, Identity{QStringLiteral("alice")}});
        ui.window.show();
        click(&ui.window, "libraryButton");
        auto *page = child<LibraryPage>(&ui.window, "libraryPage");
        QVERIFY(page->isVisible());

        // New group: a plain variable and a secret one.
        click(page, "libraryNew");
        auto *dialog = openDialog(page);
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "groupName"), QStringLiteral("Shared"));
        QTest::keyClicks(child<QLineEdit>(dialog, "groupDescription"), QStringLiteral("for all stages"));
        auto *table = child<QTableView>(dialog, "groupVariables");
        click(dialog, "addVariable");
        dialog->variables().setData(dialog->variables().index(0, GroupVariablesModel::NameColumn),
                                    QStringLiteral("region"));
        dialog->variables().setData(dialog->variables().index(0, GroupVariablesModel::ValueColumn),
                                    QStringLiteral("eu"));
        click(dialog, "addVariable");
        dialog->variables().setData(dialog->variables().index(1, GroupVariablesModel::NameColumn),
                                    QStringLiteral("token"));
        table->setCurrentIndex(dialog->variables().index(1, 0));
        QTest::keyClicks(child<QLineEdit>(dialog, "newSecretValue"), secret);
        QCOMPARE(child<QLineEdit>(dialog, "newSecretValue")->echoMode(), QLineEdit::Password);
        click(dialog, "setSecretValue");
        QCOMPARE(dialog->variables().index(1, GroupVariablesModel::ValueColumn).data().toString(),
                 QStringLiteral("*** (new value)"));
        click(dialog, "groupSave");
        QTRY_VERIFY(!dialog->isVisible());

        auto *list = child<QTableView>(page, "libraryGroups");
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentIndex().row(), 0);
        auto *variables = child<QTableView>(page, "libraryVariables");
        QCOMPARE(variables->model()->index(1, GroupVariablesModel::ValueColumn).data().toString(),
                 QStringLiteral("***"));
        QCOMPARE(variables->model()->index(0, GroupVariablesModel::ValueColumn).data().toString(),
                 QStringLiteral("eu"));
        const std::optional<VariableGroupRecord> stored =
            *env.store->variableGroups().findGroup(QStringLiteral("Shared"));
        QCOMPARE(*env.store->secrets().open(stored->variables[1].value), secret);

        // Edit: the secret is not shown and, untouched, keeps its value.
        click(page, "libraryEdit");
        dialog = openDialog(page);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(child<QLineEdit>(dialog, "groupName")->isReadOnly());
        QCOMPARE(dialog->variables().index(1, GroupVariablesModel::ValueColumn).data().toString(),
                 QStringLiteral("***"));
        child<QLineEdit>(dialog, "groupDescription")->setText(QStringLiteral("edited"));
        click(dialog, "groupSave");
        QTRY_VERIFY(!dialog->isVisible());
        const VariableGroupRecord edited = **env.store->variableGroups().findGroup(QStringLiteral("Shared"));
        QCOMPARE(edited.description, QStringLiteral("edited"));
        QCOMPARE(*env.store->secrets().open(edited.variables[1].value), secret);

        // Linked by a pipeline: shown under "Used by", and deleting it is refused with the reason.
        QVERIFY(env.save(R"({"name":"Web","stages":[{"name":"Dev","variableGroups":["Shared"]}]})").ok());
        page->refresh();
        QCOMPARE(texts(child<QListWidget>(page, "libraryUsedBy")), QStringList{QStringLiteral("Web (stage Dev)")});
        click(page, "libraryDelete");
        QVERIFY(child<QWidget>(page, "libraryConfirmation")->isVisible());
        click(page, "libraryConfirmDelete");
        const QString refusal = child<QLabel>(page, "libraryMessage")->text();
        QVERIFY2(refusal.contains(QStringLiteral("is linked by pipeline \"Web\" (stage \"Dev\")")),
                 qPrintable(refusal));
        QCOMPARE(list->model()->rowCount(), 1);

        // Unlinked, it goes.
        QVERIFY(env.save(R"({"name":"Web","stages":[{"name":"Dev"}]})").ok());
        page->refresh();
        click(page, "libraryDelete");
        click(page, "libraryConfirmDelete");
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(page, "libraryEdit")->isEnabled());
        for (QWidget *widget : page->findChildren<QWidget *>())
            if (auto *label = qobject_cast<QLabel *>(widget))
                QVERIFY(!label->text().contains(secret));
    }

    void changesFromAnotherProcessShowLiveAndKeepTheSelection() {
        // GIVEN the Library fed by the window's change feed, "Shared" selected and its Delete confirmation pending
        TestEnvironment env;
        const Identity alice{QStringLiteral("alice")};
        for (const char *name : {"Shared", "Zeta"})
            QVERIFY(env.services->variableGroups.create(
                QString::fromLatin1(name), {}, {{QStringLiteral("region"), QStringLiteral("eu"), false}}, alice));
        ChangeFeed feed(env.store->audit());
        feed.follow(env.services->notifier);
        WindowUnderTest ui(*env.services, env.clock, env.location(), QStringLiteral("alice"));
        VariableGroupListModel groups(env.services->variableGroups, &feed.changes());
        QAbstractItemModelTester tester(&groups);
        ui.window.addLibraryPage(groups, {env.services->variableGroups, alice});
        ui.window.show();
        click(&ui.window, "libraryButton");
        auto *page = child<LibraryPage>(&ui.window, "libraryPage");
        auto *list = child<QTableView>(page, "libraryGroups");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(groups.index(groups.rowOf(QStringLiteral("Shared")), 0)).center());
        click(page, "libraryDelete");
        auto *confirmation = child<QWidget>(page, "libraryConfirmation");
        QVERIFY(confirmation->isVisible());
        QSignalSpy reset(&groups, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&groups, &QAbstractItemModel::rowsInserted);

        // WHEN another process adds a group named before it, a variable to it, and a pipeline linking it
        QCOMPARE(
            cli(env.location(), {QStringLiteral("variable-group"), QStringLiteral("add"), QStringLiteral("Alpha")}), 0);
        QCOMPARE(cli(env.location(), {QStringLiteral("variable-group"), QStringLiteral("set"), QStringLiteral("Shared"),
                                      QStringLiteral("tier"), QStringLiteral("gold")}),
                 0);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("linked.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name":"Linked","variableGroups":["Shared"],"stages":[{"name":"Dev"}]})");
        file.close();
        QCOMPARE(cli(env.location(), {QStringLiteral("pipeline"), QStringLiteral("import"), file.fileName()}), 0);
        feed.catchUp(); // what the engine's change detection calls

        // THEN the rows change in place: Alpha inserted, Shared still selected with its new variable and its user,
        // and the confirmation still asks about Shared
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(groups.rowCount(), 3);
        QCOMPARE(groups.groupAt(list->currentIndex().row())->name, QStringLiteral("Shared"));
        QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
        auto *variables = child<QTableView>(page, "libraryVariables");
        QCOMPARE(variables->model()->rowCount(), 2);
        QCOMPARE(variables->model()->index(1, GroupVariablesModel::ValueColumn).data().toString(),
                 QStringLiteral("gold"));
        QCOMPARE(texts(child<QListWidget>(page, "libraryUsedBy")), QStringList{QStringLiteral("Linked")});
        QVERIFY(confirmation->isVisible());

        // WHEN another process removes the selected group's neighbour
        QCOMPARE(
            cli(env.location(), {QStringLiteral("variable-group"), QStringLiteral("remove"), QStringLiteral("Zeta")}),
            0);
        feed.catchUp();
        // THEN one row goes and the selection stays
        QCOMPARE(reset.count(), 0);
        QCOMPARE(groups.rowCount(), 2);
        QCOMPARE(groups.groupAt(list->currentIndex().row())->name, QStringLiteral("Shared"));
    }
};

QTEST_MAIN(LibraryTest)
#include "tst_library.moc"
