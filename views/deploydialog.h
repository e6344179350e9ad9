#pragma once

#include "releaseactions.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace slipway {

// Deploy (or redeploy) one stage of a release: a comment and, optionally, a time to start at. A redeploy
// warns when the pipeline has changed since the release's snapshot, since the redeploy uses the snapshot.
class DeployDialog final : public QDialog {
    Q_OBJECT
public:
    DeployDialog(ReleaseActions actions, qint64 releaseId, QString stage, QWidget *parent = nullptr);

    int requestedAttempt() const { return m_attempt; }

private:
    ReleaseActions m_actions;
    qint64 m_releaseId;
    QString m_stage;
    QLineEdit *m_comment = nullptr;
    QCheckBox *m_later = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QLabel *m_problem = nullptr;
    QHash<QString, QLineEdit *> m_variables; // settable variables, by name
    QHash<QString, QString> m_initialValues;
    int m_attempt = 0;

    void deploy();
};

} // namespace slipway
