#pragma once

#include "releasefilterproxy.h"
#include "store/records.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace slipway {

// The releases grid's search row: text (release name, creator, artifact version) and a creation date
// range, searched through the whole history by the store; and the status filter over the loaded rows.
class ReleaseSearchBar final : public QWidget {
    Q_OBJECT
public:
    explicit ReleaseSearchBar(QWidget *parent = nullptr);

    ReleaseGridFilter filter() const;
    // Empties every field (another pipeline is shown).
    void clear();

Q_SIGNALS:
    void filterChanged(const ReleaseGridFilter &filter);
    void statusChanged(ReleaseFilterProxy::StatusFilter status);

private:
    QLineEdit *m_text = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QTimer *m_typing = nullptr;
    void emitFilter();
};

} // namespace slipway
