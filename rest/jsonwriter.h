#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringView>

namespace slipway::rest {

// Compact JSON written straight into one buffer. The responses' hot shapes (a release, its
// environments) are written with it: building them as QJsonObjects and serialising those cost more
// than creating the release.
class JsonWriter final {
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QLatin1StringView name);

    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &value(const QJsonValue &json);      // any JSON value, written compactly
    JsonWriter &raw(QByteArrayView json);           // text that is already one JSON value
    JsonWriter &rawMembers(QByteArrayView members); // `"a":1,"b":2` into the open object (nothing if empty)

    // key + value in one call.
    template <typename T>
    JsonWriter &field(QLatin1StringView name, const T &v) {
        return key(name).value(v);
    }

    QByteArray take() { return std::move(m_out); }
    const QByteArray &text() const { return m_out; }

private:
    QByteArray m_out;
    QList<bool> m_started; // per open object or array: has it a member yet
    bool m_afterKey = false;

    void separate(); // the comma before a value or key, unless it follows a key
    void string(QStringView text);
};

} // namespace slipway::rest
