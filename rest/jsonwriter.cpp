#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::rest {

void JsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_started.isEmpty()) {
        if (m_started.last())
            m_out += ',';
        m_started.last() = true;
    }
}

JsonWriter &JsonWriter::beginObject() {
    separate();
    m_out += '{';
    m_started.append(false);
    return *this;
}

JsonWriter &JsonWriter::endObject() {
    m_out += '}';
    m_started.removeLast();
    return *this;
}

JsonWriter &JsonWriter::beginArray() {
    separate();
    m_out += '[';
    m_started.append(false);
    return *this;
}

JsonWriter &JsonWriter::endArray() {
    m_out += ']';
    m_started.removeLast();
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name) {
    separate();
    // Keys are the shapes' own ASCII names: nothing to escape.
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

void JsonWriter::string(QStringView text) {
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    // Over the UTF-8 text, byte by byte: only '"', '\\' and control characters are escaped.
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        default:
            if (byte < 0x20) {
                m_out += "\\u00";
                m_out += hex[byte >> 4];
                m_out += hex[byte & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

JsonWriter &JsonWriter::value(QStringView text) {
    separate();
    string(text);
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text) {
    const QString wide(text);
    return value(QStringView(wide));
}

JsonWriter &JsonWriter::value(qint64 number) {
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag) {
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null() {
    separate();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::rawMembers(QByteArrayView members) {
    if (members.isEmpty())
        return *this;
    separate();
    m_out += members;
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json) {
    separate();
    m_out += json;
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &json) {
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return null();
    case QJsonValue::Bool: return value(json.toBool());
    case QJsonValue::String: return value(QStringView(json.toString()));
    case QJsonValue::Object: return raw(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array: return raw(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Double: break;
    }
    // Numbers as Qt writes them (integers without a fraction), by way of a one-element array.
    const QByteArray array = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
    return raw(QByteArrayView(array).sliced(1, array.size() - 2));
}

} // namespace slipway::rest
