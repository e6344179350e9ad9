#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace slipway {

class InboxQueries;
struct InboxItem;

// The context of the inbox's current row (docs/user-guide.md): who it waits for, since when, a deferral, what
// changed since the version the stage runs now, the release's earlier approvals, and a way to open it.
class InboxDetails final : public QGroupBox {
    Q_OBJECT
public:
    InboxDetails(InboxQueries &queries, QWidget *parent = nullptr);

    // `approver` as the inbox shows it ("you", "group:ops"); nullptr clears the pane.
    void showItem(const InboxItem *item, const QString &approver);
    QString text() const;

Q_SIGNALS:
    void openRelease(qint64 releaseId);

private:
    InboxQueries &m_queries;
    QLabel *m_text = nullptr;
    QPushButton *m_open = nullptr;
    qint64 m_releaseId = 0;

    QStringList contextLines(const InboxItem &item);
};

} // namespace slipway
