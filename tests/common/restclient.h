#pragma once

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace slipway::testing {

struct Reply final {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray values() const { return object().value(QStringLiteral("value")).toArray(); }
    QString message() const { return object().value(QStringLiteral("message")).toString(); }
};

// Real HTTP against a server on 127.0.0.1, waiting on the reply's own signal (no sleeps).
class RestClient final {
public:
    RestClient(quint16 port, QString token, QString collection = QStringLiteral("DefaultCollection"))
        : m_base(QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(collection)), m_token(std::move(token)) {}

    QString base() const { return m_base; }
    void setToken(const QString &token) { m_token = token; }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {}, bool authenticate = true) {
        QNetworkRequest request(QUrl(m_base + path));
        request.setRawHeader("Accept", "application/json;api-version=7.2-preview.9");
        request.setRawHeader("X-TFS-FedAuthRedirect", "Suppress");
        if (authenticate && !m_token.isEmpty())
            request.setRawHeader("Authorization", "Basic " + QByteArray(":" + m_token.toUtf8()).toBase64());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json; charset=utf-8"));
        for (const auto &[key, value] : headers)
            request.setRawHeader(key, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a hung server fails the test instead of hanging it
        if (!reply->isFinished())
            loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &[key, value] : reply->rawHeaderPairs())
            result.headers.insert(key.toLower(), value);
        reply->deleteLater();
        return result;
    }
    Reply get(const QString &path) { return send("GET", path); }
    Reply patch(const QString &path, const QJsonValue &body) { return send("PATCH", path, json(body)); }
    Reply post(const QString &path, const QJsonValue &body) { return send("POST", path, json(body)); }

    static QByteArray json(const QJsonValue &value) {
        return value.isArray() ? QJsonDocument(value.toArray()).toJson() : QJsonDocument(value.toObject()).toJson();
    }

private:
    QNetworkAccessManager m_network;
    QString m_base;
    QString m_token;
};

} // namespace slipway::testing
