#include "canonicalwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace slipway {

namespace {

using schema::Kind;
using schema::Node;

class Writer final {
public:
    QByteArray out;

    void value(const QJsonValue &v, const Node *node, int depth) {
        if (node && node->kind == Kind::Object && v.isObject())
            return object(v.toObject(), *node, depth);
        if (node && node->kind == Kind::Array && v.isArray())
            return array(v.toArray(), node->element, depth);
        if (node && node->kind == Kind::VariableMap && v.isObject())
            return variables(v.toObject(), depth);
        if (v.isObject())
            return plainObject(v.toObject(), depth);
        if (v.isArray())
            return array(v.toArray(), nullptr, depth);
        scalar(v);
    }

private:
    void indent(int depth) { out.append(QByteArray(depth * 2, ' ')); }

    void scalar(const QJsonValue &v) {
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (std::floor(d) == d && std::abs(d) < 9e15) {
                out.append(QByteArray::number(qint64(d)));
                return;
            }
        }
        // QJsonDocument does the escaping; strip the surrounding array brackets.
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        out.append(wrapped.mid(1, wrapped.size() - 2));
    }

    void key(const QString &name, int depth) {
        indent(depth);
        scalar(QJsonValue(name));
        out.append(": ");
    }

    template <typename Emit>
    void members(qsizetype count, int depth, Emit emit) {
        if (count == 0) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        for (qsizetype i = 0; i < count; ++i) {
            emit(i, depth + 1);
            out.append(i + 1 < count ? ",\n" : "\n");
        }
        indent(depth);
        out.append('}');
    }

    void object(const QJsonObject &o, const Node &node, int depth) {
        const QString type = node.isTyped() ? o.value(node.discriminator).toString() : QString();
        QList<schema::Field> present;
        for (const schema::Field &field : node.fieldsFor(type))
            if (o.contains(field.key))
                present << field;
        members(present.size(), depth, [&](qsizetype i, int inner) {
            key(present[i].key, inner);
            value(o.value(present[i].key), present[i].node, inner);
        });
    }

    void plainObject(const QJsonObject &o, int depth) {
        const QStringList keys = o.keys();
        members(keys.size(), depth, [&](qsizetype i, int inner) {
            key(keys[i], inner);
            value(o.value(keys[i]), nullptr, inner);
        });
    }

    void variables(const QJsonObject &o, int depth) {
        const QStringList keys = o.keys();
        members(keys.size(), depth, [&](qsizetype i, int inner) {
            key(keys[i], inner);
            const QJsonValue v = o.value(keys[i]);
            if (!v.isObject())
                return scalar(v);
            const QJsonObject long_ = v.toObject();
            const bool secret = long_.value(QLatin1String("secret")).toBool();
            const bool settable = long_.value(QLatin1String("settableAtRelease")).toBool();
            if (!secret && !settable)
                return scalar(long_.value(QLatin1String("value")));
            // Long form keeps a fixed key order too.
            QList<std::pair<QString, QJsonValue>> fields{
                {QStringLiteral("value"), long_.value(QLatin1String("value"))}};
            if (secret)
                fields.append({QStringLiteral("secret"), true});
            if (settable)
                fields.append({QStringLiteral("settableAtRelease"), true});
            members(fields.size(), inner, [&](qsizetype j, int innermost) {
                key(fields[j].first, innermost);
                scalar(fields[j].second);
            });
        });
    }

    void array(const QJsonArray &a, const Node *element, int depth) {
        if (a.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (qsizetype i = 0; i < a.size(); ++i) {
            indent(depth + 1);
            value(a.at(i), element, depth + 1);
            out.append(i + 1 < a.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append(']');
    }
};

} // namespace

QByteArray writeCanonical(const QJsonObject &document, const schema::Node &root) {
    Writer writer;
    writer.value(document, &root, 0);
    writer.out.append('\n');
    return writer.out;
}

} // namespace slipway
