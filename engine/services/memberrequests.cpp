#include "memberrequests.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QThread>

namespace slipway {

namespace {

// An Error's template must outlive it (the view translates it later): templates that come back from an engine are
// kept, once each. They are the engine's own QT_TRANSLATE_NOOP texts, a bounded set.
const char *internedTemplate(const QString &text) {
    static QMutex mutex;
    static QHash<QString, QByteArray> kept;
    if (text.isEmpty() || text.size() > 1000)
        return nullptr;
    QMutexLocker lock(&mutex);
    if (kept.size() > 2000 && !kept.contains(text))
        return nullptr;
    auto found = kept.find(text);
    if (found == kept.end())
        found = kept.insert(text, text.toUtf8());
    return found->constData();
}

Error noEngine() {
    return Error::busy(QT_TRANSLATE_NOOP("Engine", "no engine carried out the request: on a team database a member's "
                                                   "actions run on an engine; start one with slipway --headless "
                                                   "--database URI as an engine login (docs/team-setup.md)"));
}

} // namespace

Result<QJsonObject> MemberRequests::requestVariables(const PipelineDefinition &definition,
                                                     const QHash<QString, QString> &given) {
    QJsonObject values;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const VariableDefinition *variable = definition.variable(it.key());
        if (variable && variable->secret)
            return Error::forbidden(QT_TRANSLATE_NOOP("Engine", "variable \"%1\" is secret: on a team database a "
                                                                "member's request would carry its value in clear, so "
                                                                "only an admin sets it (docs/team-setup.md)"),
                                    {variable->name});
        values.insert(it.key(), it.value());
    }
    return values;
}

QHash<QString, QString> MemberRequests::variablesOf(const QJsonObject &payload) {
    QHash<QString, QString> variables;
    const QJsonObject given = payload.value(QLatin1String("variableValues")).toObject();
    for (auto it = given.begin(); it != given.end(); ++it)
        variables.insert(it.key(), it.value().toString());
    return variables;
}

int MemberRequests::timeoutMs() {
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("SLIPWAY_REQUEST_TIMEOUT_MS", &ok);
    return ok && configured > 0 ? configured : 30000;
}

Result<QJsonObject> MemberRequests::run(const QString &kind, const QJsonObject &payload) {
    // Said at once rather than after the wait: nobody would carry it out.
    Result<bool> engine = m_store.requests().engineConnected();
    if (!engine)
        return engine.error();
    if (!*engine)
        return noEngine();
    qint64 id = 0;
    // In a transaction: a submission is never sent twice, as a lone statement might be after a lost connection.
    const Status submitted = m_store.transaction([&]() -> Status {
        Result<qint64> made =
            m_store.requests().submit(kind, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        if (!made)
            return made.error();
        id = *made;
        return {};
    });
    if (!submitted)
        return submitted.error();
    const Result<QJsonObject> answer = awaitAnswer(id);
    if (m_waiter)
        m_waiter->finished();
    return answer;
}

bool MemberRequests::pause(int pauseMs, qint64 waitedMs) {
    if (m_waiter)
        return m_waiter->pause(pauseMs, waitedMs);
    QThread::msleep(pauseMs); // the answer is a commit in another process; no signal crosses to this thread
    return true;
}

Result<QJsonObject> MemberRequests::awaitAnswer(qint64 id) {
    QElapsedTimer waited;
    waited.start();
    int pauseMs = 1;
    bool stopped = false; // the user stopped waiting: taken back unless an engine has begun it
    for (qint64 withdrawAt = timeoutMs();;) {
        Result<std::optional<RequestRecord>> request = m_store.requests().request(id);
        if (!request)
            return request.error();
        if (*request && (*request)->status != QLatin1String("pending"))
            return decode((*request)->status, (*request)->result);
        if (stopped || waited.elapsed() >= withdrawAt) {
            // An engine that has begun it holds its row until it answers: then the answer is read above. One that
            // died meanwhile left it pending, and the next try takes it back.
            Result<bool> withdrawn = m_store.requests().withdraw(id);
            if (withdrawn && *withdrawn)
                return stopped ? Error::conflict(QT_TRANSLATE_NOOP("Engine", "you stopped waiting: the request was "
                                                                             "taken back and nothing was done"))
                               : noEngine();
            if (withdrawAt >= 10 * qint64(timeoutMs()) || waited.elapsed() >= 10 * qint64(timeoutMs()))
                return Error::busy(QT_TRANSLATE_NOOP("Engine", "the engine has not answered request %1 yet; it may "
                                                               "still be carried out"),
                                   {QString::number(id)});
            if (!stopped)
                withdrawAt += timeoutMs();
        }
        stopped = !pause(pauseMs, waited.elapsed()) || stopped;
        pauseMs = std::min(pauseMs * 2, 50);
    }
}

QString MemberRequests::encode(const Result<QJsonObject> &outcome) {
    QJsonObject answer;
    if (outcome) {
        answer = *outcome;
    } else {
        const Error &error = outcome.error();
        answer.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("kind"), int(error.kind)},
                                  {QStringLiteral("message"), error.message},
                                  {QStringLiteral("template"), QString::fromUtf8(error.source ? error.source : "")},
                                  {QStringLiteral("args"), QJsonArray::fromStringList(error.arguments)}});
    }
    return QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> MemberRequests::decode(const QString &status, const QString &result) {
    if (status == QLatin1String("withdrawn"))
        return noEngine();
    const QJsonObject answer = QJsonDocument::fromJson(result.toUtf8()).object();
    if (status == QLatin1String("done"))
        return answer;
    const QJsonObject refusal = answer.value(QStringLiteral("error")).toObject();
    const int kind = refusal.value(QStringLiteral("kind")).toInt(int(ErrorKind::Storage));
    Error error;
    error.kind = kind >= 0 && kind <= int(ErrorKind::Busy) ? ErrorKind(kind) : ErrorKind::Storage;
    error.message = refusal.value(QStringLiteral("message")).toString(QStringLiteral("the engine refused the request"));
    error.source = internedTemplate(refusal.value(QStringLiteral("template")).toString());
    for (const QJsonValue &argument : refusal.value(QStringLiteral("args")).toArray())
        error.arguments << argument.toString();
    return error;
}

} // namespace slipway
