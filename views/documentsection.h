#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace slipway {

class PipelineDocumentModel;

// One part of the pipeline document as an editable tree (field, value), with Add, Remove and
// Move buttons that act on the selected row: the editor's tabs are sections rooted at different
// places of the same model. A selected script (or request body, instructions) is edited below the
// tree in a multi-line monospace editor.
class DocumentSection final : public QWidget {
    Q_OBJECT
public:
    // `name` prefixes the objectNames: NAMETree, NAMEAdd, NAMERemove, NAMEUp, NAMEDown, NAMEText.
    DocumentSection(PipelineDocumentModel &model, const QString &name, QWidget *parent = nullptr);

    // Roots the tree at `path` ("" for the whole document), again after the document is replaced.
    void setRootPath(const QString &path);
    // Roots the tree at `index`, followed as rows move.
    void setRootIndex(const QModelIndex &index);
    QTreeView *tree() const { return m_tree; }
    // Selects and shows the row at `path`, or its nearest ancestor.
    void reveal(const QString &path);

private:
    PipelineDocumentModel &m_model;
    QTreeView *m_tree = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_textLabel = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QString m_textPath; // the field m_text edits
    bool m_loadingText = false;
    QString m_rootPath;
    bool m_rootedByPath = false;

    QModelIndex current() const;
    QModelIndex containerForAdd() const;
    void add();
    void remove();
    void move(int delta);
    void updateButtons();
    void expandSetFields();
    void showContextMenu(const QPoint &at);
    void updateTextEditor();
    void writeText();
};

} // namespace slipway
