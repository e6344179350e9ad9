#pragma once

#include <QGroupBox>
#include <QPersistentModelIndex>

class QComboBox;
class QListWidget;
class QPushButton;

namespace slipway {

class PipelineDocumentModel;
class VariableGroupService;

// The Library's variable groups a pipeline or one of its stages links (`variableGroups`), picked from the groups
// that exist rather than typed: Link adds the chosen group, Unlink removes the selected one, Up and Down order them
// (a later group wins over an earlier one). Every edit goes straight into the document; a name the Library does not
// have (an imported file, say) stays listed and marked until it is unlinked.
class VariableGroupLinks final : public QGroupBox {
    Q_OBJECT
public:
    // `prefix` names the widgets (pipelineGroups → pipelineGroupsLinked, pipelineGroupsChoice, pipelineGroupsLink…).
    VariableGroupLinks(PipelineDocumentModel &model, VariableGroupService &groups, const QString &prefix,
                       const QString &title, QWidget *parent = nullptr);

    // The pipeline's own list (the default), or the stage's; an invalid stage index shows nothing.
    void setStage(const QModelIndex &stage);
    // Reads the Library's group names again (they can change while the editor is open).
    void reloadLibrary();

private:
    PipelineDocumentModel &m_model;
    VariableGroupService &m_groups;
    bool m_stageLevel = false;
    QPersistentModelIndex m_stage;
    QStringList m_library;
    QListWidget *m_linked = nullptr;
    QComboBox *m_choice = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_unlink = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;

    QString path() const;
    QStringList linked() const;
    void load();
    void write(const QStringList &names);
    void link();
    void unlink();
    void move(int delta);
    void updateButtons();
};

} // namespace slipway
