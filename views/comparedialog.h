#pragma once

#include "releaseactions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace slipway {

// Compare with… (docs/user-guide.md): this release against another of its pipeline — artifacts and variables side by
// side (changes marked, secrets as ***) and the diff of the two snapshots.
class CompareDialog final : public QDialog {
    Q_OBJECT
public:
    CompareDialog(ReleaseActions actions, qint64 releaseId, QWidget *parent = nullptr);

    void compareWith(qint64 otherReleaseId);

private:
    ReleaseActions m_actions;
    qint64 m_releaseId;
    QComboBox *m_other = nullptr;
    QTableWidget *m_artifacts = nullptr;
    QTableWidget *m_variables = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace slipway
