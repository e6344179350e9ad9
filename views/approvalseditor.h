#pragma once

#include <QGroupBox>
#include <QPersistentModelIndex>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace slipway {

class DirectoryService;
class PipelineDocumentModel;
class PrincipalPicker;

// A stage's pre- or post-deployment approvals as labelled choices: the approvers picked from the
// directory, the order, the timeout and the policies. Checked means the stage has them; unchecking
// removes them. Every edit goes straight into the document.
class ApprovalsEditor final : public QGroupBox {
    Q_OBJECT
public:
    // `key` is "preApprovals" or "postApprovals"; it also prefixes the objectNames (preApprovalsAdd, …).
    ApprovalsEditor(PipelineDocumentModel &model, DirectoryService &directory, const QString &key, const QString &title,
                    QWidget *parent = nullptr);

    // Follows the stage as rows move; an invalid index shows nothing.
    void setStage(const QModelIndex &stage);

private:
    PipelineDocumentModel &m_model;
    QString m_key;
    QPersistentModelIndex m_stage;
    bool m_loading = false;
    PrincipalPicker *m_picker = nullptr;
    QListWidget *m_approvers = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QComboBox *m_order = nullptr;
    QLineEdit *m_timeout = nullptr;
    QCheckBox *m_requesterCannotApprove = nullptr;
    QCheckBox *m_skipIfApproved = nullptr;
    QCheckBox *m_revalidate = nullptr;

    QString stagePath() const;
    QString path() const;
    QJsonObject current() const;
    void load();
    void write(const QJsonObject &approvals);
    void writeFromControls();
    void addApprover();
    void removeApprover();
    void moveApprover(int delta);
    void updateButtons();
};

} // namespace slipway
