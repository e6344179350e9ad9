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
        m_dialog->show();
    }
    // The answer is a commit in another process: the window lives on while it comes.
    QEventLoop loop;
    QTimer::singleShot(pauseMs, &loop, &QEventLoop::quit);
    // Before the dialog (modal) is up, clicks and keys wait until the answer, so none acts twice meanwhile.
    loop.exec(m_dialog ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    if (!m_dialog)
        return true;
    // A cancelled wait keeps showing until the answer: an engine may have begun the request already.
    if (m_dialog->wasCanceled())
        m_dialog->setLabelText(QApplication::translate("MemberWaitDialog", "Taking the request back…"));
    return !m_dialog->wasCanceled();
}

void MemberWaitDialog::finished() {
    m_dialog.reset();
}

} // namespace slipway
