#pragma once

// The pipeline editor dialog over a test environment, with the helpers its GUI tests share.
#include "pipelinedocumentmodel.h"
#include "pipelineeditor.h"
#include "testenvironment.h"

#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

namespace slipway::testing {

struct Editor final {
    Editor(TestEnvironment &env, qint64 pipelineId)
        : dialog({*env.services, Identity{QStringLiteral("alice")}}, pipelineId) {
        dialog.show();
    }
    PipelineEditorDialog dialog;

    template <typename T>
    T *widget(const char *name) {
        T *found = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }
    // Types `text` into the value of the field at `path` of the selected stage, as a user would.
    void typeValue(const QString &path, const QString &text) {
        widget<QTabWidget>("stageTabs")->setCurrentIndex(1);
        auto *tree = widget<QTreeView>("stageTree");
        const QModelIndex value = dialog.document().indexForPath(path, PipelineDocumentModel::ValueColumn);
        QVERIFY(value.isValid());
        tree->setCurrentIndex(value);
        tree->edit(value);
        auto *edit = tree->findChild<QLineEdit *>(QStringLiteral("valueText"));
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    void selectStage(int row) {
        auto *list = widget<QListView>("stageList");
        list->setCurrentIndex(list->model()->index(row, 0, list->rootIndex()));
    }
    QStringList problemPaths() {
        QStringList paths;
        auto *problems = widget<QListWidget>("problemList");
        for (int row = 0; row < problems->count(); ++row)
            paths << problems->item(row)->data(Qt::UserRole).toString();
        return paths;
    }
};

} // namespace slipway::testing
