#include "memberwaitdialog.h"

#include <QApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace slipway {

MemberWaitDialog::~MemberWaitDialog() = default;

bool MemberWaitDialog::pause(int pauseMs, qint64 waitedMs) {
    if (QThread::currentThread() != qApp->thread()) {
        QThread::msleep(pauseMs);
        return true;
    }
    if (!m_dialog && waitedMs >= showAfterMs) {
        m_dialog = std::make_unique<QProgressDialog>(
            QApplication::translate("MemberWaitDialog", "Waiting for the team's engine to carry out your request…"),
            QApplication::translate("MemberWaitDialog", "Stop waiting"), 0, 0, m_parent);
        m_dialog->setObjectName(QStringLiteral("memberWaitDialog"));
        m_dialog->setWindowTitle(QApplication::translate("MemberWaitDialog", "Team request"));
        m_dialog->setWindowModality(Qt::ApplicationModal); // one request at a time: nothing else is clicked meanwhile
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        QObject::connect(m_dialog.get(), &QProgressDialog::canceled, m_dialog.get(), [this] {
            m_stopped = true;
            // Cancelling hides a progress dialog: shown again, without the button (after its click is over), until
            // the answer, since an engine may have begun the request already.
            QTimer::singleShot(0, m_dialog.get(), [dialog = m_dialog.get()] {
                dialog->setCancelButton(nullptr);
                dialog->setLabelText(QApplication::translate("MemberWaitDialog", "Taking the request back…"));
                dialog->show();
            });
        });
        m_dialog->show();
    }
    // The answer is a commit in another process: the window lives on while it comes. Clicks and keys wait until the
    // answer unless the modal dialog is up to take them, so none acts twice meanwhile.
    QEventLoop loop;
    QTimer::singleShot(pauseMs, &loop, &QEventLoop::quit);
    loop.exec(m_dialog && !m_stopped ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    return !m_stopped;
}

void MemberWaitDialog::finished() {
    m_dialog.reset();
    m_stopped = false;
}

} // namespace slipway
