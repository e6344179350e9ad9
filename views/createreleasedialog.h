#pragma once

#include "releaseactions.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace slipway {

struct PipelineDefinition;

// Create release (docs/user-guide.md): a version per artifact source (newest first), a description, "Deploy
// automatically up to:" a stage (the stages after it become manual for this release), manual stages
// one by one, settable variables and draft. A refusal is shown in the dialog, which keeps what was typed.
class CreateReleaseDialog final : public QDialog {
    Q_OBJECT
public:
    CreateReleaseDialog(ReleaseActions actions, qint64 pipelineId, QWidget *parent = nullptr);

    qint64 createdReleaseId() const { return m_created; }
    // "Release-2": what messages call the new release (never its id).
    QString createdReleaseName() const { return m_createdName; }

private:
    ReleaseActions m_actions;
    qint64 m_pipelineId;
    std::shared_ptr<const PipelineDefinition> m_definition;
    QHash<QString, QComboBox *> m_versions;
    QHash<QString, QLineEdit *> m_variables;
    QString m_createdName;
    QSet<QString> m_secrets; // secret variables: an empty field keeps the pipeline's value
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_upTo = nullptr;
    QListWidget *m_manual = nullptr;
    QCheckBox *m_draft = nullptr;
    QLabel *m_problem = nullptr;
    qint64 m_created = 0;

    void applyUpTo();
    void create();
};

} // namespace slipway
