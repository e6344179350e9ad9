#pragma once

#include <QGroupBox>
#include <QHash>
#include <QPersistentModelIndex>
#include <QJsonObject>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace slipway {

class PipelineDocumentModel;

// A stage's pre- or post-deployment gates: their timings, where approvals come relative to them, and
// the gates themselves, added from a template (an HTTP check or a script) and edited in a form; a
// script gate's script in a multi-line monospace editor. Checked means the stage has gates.
class GatesEditor final : public QGroupBox {
    Q_OBJECT
public:
    // `key` is "preGates" or "postGates"; it also prefixes the objectNames (preGatesAddHttp, …).
    GatesEditor(PipelineDocumentModel &model, const QString &key, const QString &title, QWidget *parent = nullptr);

    // Follows the stage as rows move; an invalid index shows nothing.
    void setStage(const QModelIndex &stage);

private:
    PipelineDocumentModel &m_model;
    QString m_key;
    QPersistentModelIndex m_stage;
    bool m_loading = false;
    QHash<QString, QLineEdit *> m_timings; // by key
    QComboBox *m_approvalOrder = nullptr;
    QListWidget *m_gates = nullptr;
    QPushButton *m_addHttp = nullptr;
    QPushButton *m_addScript = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_gateForm = nullptr;
    QLineEdit *m_name = nullptr;
    QStackedWidget *m_details = nullptr;
    QComboBox *m_method = nullptr;
    QHash<QString, QLineEdit *> m_httpFields; // by key
    QPlainTextEdit *m_script = nullptr;

    QString stagePath() const;
    QString path() const;
    QString gatePath() const;
    QJsonObject current() const;
    QWidget *buildTimings();
    QWidget *buildGateForm();
    void load();
    void loadGate();
    void write(const QJsonObject &gates);
    void writeTimings();
    void writeGateField(const QString &key, const QString &text);
    void addGate(const QJsonObject &gate);
    void removeGate();
};

// The templates gates start from.
QJsonObject httpGateTemplate();
QJsonObject scriptGateTemplate();

} // namespace slipway
