#include "azurereport.h"

#include "definition/jsondepth.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

namespace slipway::azure {

namespace detail {

namespace {

// Members that only the Azure server keeps: identities, revisions, links, ids. Slipway keeps its own.
bool isServerMetadata(const QString &key) {
    static const QStringList keys{QStringLiteral("id"),
                                  QStringLiteral("revision"),
                                  QStringLiteral("url"),
                                  QStringLiteral("_links"),
                                  QStringLiteral("createdBy"),
                                  QStringLiteral("createdOn"),
                                  QStringLiteral("modifiedBy"),
                                  QStringLiteral("modifiedOn"),
                                  QStringLiteral("isDeleted"),
                                  QStringLiteral("source"),
                                  QStringLiteral("projectReference"),
                                  QStringLiteral("badgeUrl"),
                                  QStringLiteral("currentRelease"),
                                  QStringLiteral("owner"),
                                  QStringLiteral("deployStep"),
                                  QStringLiteral("refName"),
                                  QStringLiteral("comment"),
                                  QStringLiteral("pipelineProcess"),
                                  QStringLiteral("isNotificationOn"),
                                  QStringLiteral("rank"),
                                  QStringLiteral("jobId")};
    return keys.contains(key);
}

} // namespace

void Report::rest(const QJsonObject &object, const QString &path, std::initializer_list<const char *> handled) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = std::any_of(handled.begin(), handled.end(),
                                       [&](const char *key) { return it.key() == QLatin1String(key); });
        if (known || carriesNothing(it.value()))
            continue;
        if (isServerMetadata(it.key()))
            unmapped(member(path, it.key()),
                     QT_TRANSLATE_NOOP("Engine", "Azure server metadata; Slipway keeps its own"));
        else
            unmapped(member(path, it.key()), QT_TRANSLATE_NOOP("Engine", "not mapped: Slipway has no equivalent"));
    }
}

QString member(const QString &path, const QString &key) {
    if (key.isEmpty()) // JSON allows "" as a key; a dotted path would lose it (or be empty at the top)
        return path + QStringLiteral("[\"\"]");
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString member(const QString &path, const char *key) {
    return member(path, QString::fromLatin1(key));
}

QString element(const QString &path, qsizetype index) {
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

bool carriesNothing(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return true;
    case QJsonValue::Bool: return !value.toBool();
    case QJsonValue::Double: return value.toDouble() == 0;
    case QJsonValue::String: // an input's "false" is its default
        return value.toString().isEmpty() || value.toString() == QLatin1String("false");
    case QJsonValue::Array: return value.toArray().isEmpty();
    case QJsonValue::Object: return value.toObject().isEmpty();
    }
    return true;
}

QString text(const QJsonValue &value) {
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 16);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

qint64 number(const QJsonValue &value, qint64 fallback) {
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d >= -9.0e15 && d <= 9.0e15 ? qint64(d) : fallback; // beyond that it is not a count
    }
    bool ok = false;
    const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
    return ok ? parsed : fallback;
}

bool flag(const QJsonValue &value, bool fallback) {
    if (value.isBool())
        return value.toBool();
    const QString word = value.toString().trimmed();
    if (word.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (word.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return fallback;
}

int enumValue(const QJsonValue &value, EnumNames names) {
    if (value.isDouble())
        return int(number(value, -1));
    const QString word = value.toString().trimmed();
    bool numeric = false;
    const int parsed = word.toInt(&numeric);
    if (numeric)
        return parsed;
    for (const auto &[name, number] : names)
        if (word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return number;
    return -1;
}

qint64 flagsValue(const QJsonValue &value, EnumNames names) {
    if (value.isDouble())
        return number(value, 0);
    qint64 bits = 0;
    for (const QString &part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int bit = enumValue(QJsonValue(part.trimmed()), names);
        if (bit > 0)
            bits |= bit;
    }
    return bits;
}

QString minutesText(qint64 minutes) {
    if (minutes > 0 && minutes % (24 * 60) == 0)
        return QStringLiteral("%1d").arg(minutes / (24 * 60));
    if (minutes > 0 && minutes % 60 == 0)
        return QStringLiteral("%1h").arg(minutes / 60);
    return QStringLiteral("%1m").arg(minutes);
}

bool parseSuccessCriteria(const QString &criteria, QString &jsonPath, QString &equals) {
    static const QRegularExpression pattern(
        QStringLiteral(R"re(^\s*eq\(\s*root\[\s*'([^']+)'\s*\]\s*,\s*'([^']*)'\s*\)\s*$)re"));
    const QRegularExpressionMatch match = pattern.match(criteria);
    if (!match.hasMatch())
        return false;
    jsonPath = match.captured(1);
    equals = match.captured(2);
    return true;
}

} // namespace detail

bool looksLikeAzureDefinition(const QJsonObject &document) {
    return document.value(QLatin1String("environments")).isArray() && !document.contains(QLatin1String("stages"));
}

bool looksLikeSlipwayPipeline(const QJsonObject &document) {
    return document.value(QLatin1String("stages")).isArray() && !document.contains(QLatin1String("environments"));
}

Result<QJsonObject> readJsonText(const QByteArray &bytes) {
    QByteArray utf8 = bytes;
    const auto bom = [&](std::initializer_list<unsigned char> marks) {
        qsizetype i = 0;
        for (unsigned char mark : marks)
            if (i >= bytes.size() || static_cast<unsigned char>(bytes.at(i++)) != mark)
                return false;
        return true;
    };
    if (bom({0xFF, 0xFE}) || bom({0xFE, 0xFF})) {
        QStringDecoder decoder(bom({0xFF, 0xFE}) ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString decoded = decoder.decode(bytes.mid(2));
        if (decoder.hasError())
            return Error::validation(QT_TRANSLATE_NOOP("Engine", "not valid JSON: the UTF-16 text is malformed"));
        utf8 = decoded.toUtf8();
    } else if (bom({0xEF, 0xBB, 0xBF})) {
        utf8 = bytes.mid(3);
    }
    if (const qsizetype offset = offsetBeyondJsonDepth(utf8); offset >= 0)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "not valid JSON: nested deeper than %1 levels"),
                                 {QString::number(maxJsonDepth)});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "not valid JSON: %1 at offset %2"),
                                 {parseError.errorString(), QString::number(parseError.offset)});
    if (!document.isObject())
        return Error::validation(QT_TRANSLATE_NOOP("Engine", "not a definition: the JSON is not an object"));
    return document.object();
}

} // namespace slipway::azure
