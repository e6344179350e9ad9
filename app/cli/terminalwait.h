#pragma once

#include "services/memberrequests.h"

#include <QTextStream>
#include <QThread>

#include <unistd.h>

namespace slipway::cli {

// A progress line on stderr, rewritten each second, while a member's request waits for the team's engine; nothing
// when stderr is a file or a pipe, so scripts read only the answer.
class TerminalWait final : public RequestWaiter {
public:
    explicit TerminalWait(QTextStream &err) : m_err(err), m_terminal(isatty(STDERR_FILENO) == 1) {}

    bool pause(int pauseMs, qint64 waitedMs) override {
        QThread::msleep(pauseMs);
        const qint64 seconds = waitedMs / 1000;
        if (m_terminal && seconds > m_shown) {
            m_shown = seconds;
            m_err << "\r\033[Kwaiting for the team's engine to carry out the request… " << seconds << " s";
            m_err.flush();
        }
        return true;
    }

    void finished() override {
        if (m_shown > 0) {
            m_err << "\r\033[K";
            m_err.flush();
        }
        m_shown = 0;
    }

private:
    QTextStream &m_err;
    bool m_terminal;
    qint64 m_shown = 0; // the seconds the line shows; 0: no line
};

} // namespace slipway::cli
