#include "schemavalidator.h"

#include "values.h"

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace slipway {

namespace {

using schema::Kind;
using schema::Node;

int editDistance(const QString &a, const QString &b) {
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

class Validator final {
public:
    explicit Validator(QList<Problem> &problems) : m_problems(problems) {}

    void check(const QJsonValue &value, const Node &node, const QString &path) {
        switch (node.kind) {
        case Kind::String: expectString(value, path); break;
        case Kind::NonEmptyString:
            if (expectString(value, path) && value.toString().trimmed().isEmpty())
                error(path, QT_TRANSLATE_NOOP("Engine", "must not be empty"));
            break;
        case Kind::Bool:
            if (!value.isBool())
                error(path, QT_TRANSLATE_NOOP("Engine", "expected true or false"));
            break;
        case Kind::Integer: checkInteger(value, node, path); break;
        case Kind::Duration:
            if (expectString(value, path) && !parseDuration(value.toString()))
                error(path, QT_TRANSLATE_NOOP("Engine", "\"%1\" is not a duration (use e.g. \"5m\")"),
                      {value.toString()});
            break;
        case Kind::TimeOfDay:
            if (expectString(value, path) && !parseTimeOfDay(value.toString()))
                error(path, QT_TRANSLATE_NOOP("Engine", "\"%1\" is not a time of day (use \"HH:MM\", e.g. \"03:00\")"),
                      {value.toString()});
            break;
        case Kind::TimeZone:
            if (expectString(value, path) && !isKnownTimeZone(value.toString()))
                error(path, QT_TRANSLATE_NOOP("Engine", "\"%1\" is not an IANA time zone (e.g. \"Europe/Berlin\")"),
                      {value.toString()});
            break;
        case Kind::Day:
            if (expectString(value, path) && !parseDay(value.toString()))
                error(path,
                      QT_TRANSLATE_NOOP("Engine", "\"%1\" is not a day (use mon, tue, wed, thu, fri, sat or sun)"),
                      {value.toString()});
            break;
        case Kind::Enum:
            if (expectString(value, path) && !node.enumValues.contains(value.toString()))
                error(path, QT_TRANSLATE_NOOP("Engine", "\"%1\" is not one of %2"),
                      {value.toString(), node.enumValues.join(QStringLiteral(", "))});
            break;
        case Kind::StatusRange:
            if (expectString(value, path) && !parseStatusRange(value.toString()))
                error(path,
                      QT_TRANSLATE_NOOP("Engine",
                                        "\"%1\" is not an HTTP status or range (use e.g. \"200\" or \"200-299\")"),
                      {value.toString()});
            break;
        case Kind::StringMap: checkStringMap(value, path); break;
        case Kind::VariableMap: checkVariables(value, path); break;
        case Kind::Object: checkObject(value, node, path); break;
        case Kind::Array: checkArray(value, node, path); break;
        }
    }

private:
    QList<Problem> &m_problems;

    // The template stays with the problem so that a view can show it translated (models/errortext.h).
    void error(const QString &path, const char *source, const QStringList &arguments = {}) {
        m_problems.append(
            {Problem::Severity::Error, path, Error::fill(QString::fromUtf8(source), arguments), source, arguments});
    }

    bool expectString(const QJsonValue &value, const QString &path) {
        if (value.isString())
            return true;
        error(path, QT_TRANSLATE_NOOP("Engine", "expected a string"));
        return false;
    }

    void checkInteger(const QJsonValue &value, const Node &node, const QString &path) {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 1e9) {
            error(path, QT_TRANSLATE_NOOP("Engine", "expected a whole number"));
            return;
        }
        if (number < node.minimum)
            error(path, QT_TRANSLATE_NOOP("Engine", "%1 must be %2 or more"),
                  {QString::number(qint64(number)), QString::number(node.minimum)});
    }

    void checkStringMap(const QJsonValue &value, const QString &path) {
        if (!value.isObject()) {
            error(path, QT_TRANSLATE_NOOP("Engine", "expected an object of names and string values"));
            return;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().trimmed().isEmpty())
                error(path, QT_TRANSLATE_NOOP("Engine", "a name must not be empty"));
            expectString(it.value(), joinPath(path, it.key()));
        }
    }

    void checkVariables(const QJsonValue &value, const QString &path) {
        if (!value.isObject()) {
            error(path, QT_TRANSLATE_NOOP("Engine", "expected an object of variables"));
            return;
        }
        static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\-]*$"));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString itemPath = joinPath(path, it.key());
            if (!namePattern.match(it.key()).hasMatch())
                error(itemPath,
                      QT_TRANSLATE_NOOP("Engine", "\"%1\" is not a variable name (letters, digits, '_', '.', '-')"),
                      {it.key()});
            if (it.value().isString())
                continue;
            if (!it.value().isObject()) {
                error(itemPath, QT_TRANSLATE_NOOP("Engine", "expected a string or {\"value\": …}"));
                continue;
            }
            const QJsonObject variable = it.value().toObject();
            for (auto field = variable.begin(); field != variable.end(); ++field) {
                const QString fieldPath = joinPath(itemPath, field.key());
                // An exported secret has no value (null): importing it keeps the pipeline's current one.
                if (field.key() == QLatin1String("value")) {
                    if (!(field.value().isNull() && variable.value(QLatin1String("secret")).toBool()))
                        expectString(field.value(), fieldPath);
                } else if (field.key() == QLatin1String("secret") ||
                           field.key() == QLatin1String("settableAtRelease")) {
                    if (!field.value().isBool())
                        error(fieldPath, QT_TRANSLATE_NOOP("Engine", "expected true or false"));
                } else
                    unknownKey(
                        fieldPath, field.key(),
                        {QStringLiteral("value"), QStringLiteral("secret"), QStringLiteral("settableAtRelease")});
            }
            if (!variable.contains(QLatin1String("value")))
                error(joinPath(itemPath, QStringLiteral("value")), QT_TRANSLATE_NOOP("Engine", "is required"));
        }
    }

    void unknownKey(const QString &path, const QString &key, const QStringList &allowed) {
        for (const QString &candidate : allowed) {
            if (editDistance(key, candidate) <= 2) {
                error(path, QT_TRANSLATE_NOOP("Engine", "unknown key \"%1\" (did you mean \"%2\"?)"), {key, candidate});
                return;
            }
        }
        error(path, QT_TRANSLATE_NOOP("Engine", "unknown key \"%1\""), {key});
    }

    void checkObject(const QJsonValue &value, const Node &node, const QString &path) {
        if (!value.isObject()) {
            error(path, QT_TRANSLATE_NOOP("Engine", "expected an object"));
            return;
        }
        const QJsonObject object = value.toObject();
        QList<schema::Field> fields;
        bool typeKnown = true;
        if (node.isTyped()) {
            const QString type = object.value(node.discriminator).toString();
            typeKnown = node.variants.contains(type);
            fields = node.fieldsFor(typeKnown ? type : QString());
        } else {
            fields = node.head;
        }

        QStringList allowed;
        for (const schema::Field &field : fields)
            allowed << field.key;
        if (!typeKnown) // the type error is reported once; keys of any variant are not "unknown"
            for (const QString &variant : node.variantOrder)
                for (const schema::Field &field : node.variants.value(variant))
                    allowed << field.key;

        for (auto it = object.begin(); it != object.end(); ++it)
            if (!allowed.contains(it.key()))
                unknownKey(joinPath(path, it.key()), it.key(), allowed);

        for (const schema::Field &field : fields) {
            const QString fieldPath = joinPath(path, field.key);
            if (!object.contains(field.key)) {
                if (field.required)
                    error(fieldPath, QT_TRANSLATE_NOOP("Engine", "is required"));
                continue;
            }
            check(object.value(field.key), *field.node, fieldPath);
        }
    }

    void checkArray(const QJsonValue &value, const Node &node, const QString &path) {
        if (!value.isArray()) {
            error(path, QT_TRANSLATE_NOOP("Engine", "expected a list"));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), *node.element, indexPath(path, i));
    }
};

} // namespace

void validateAgainstSchema(const QJsonValue &value, const schema::Node &node, const QString &path,
                           QList<Problem> &problems) {
    Validator(problems).check(value, node, path);
}

} // namespace slipway
