#include "postgrescursor.h"

#include <QSqlRecord>

namespace slipway {

namespace {

// What the SQLite cursor binds, in the types PostgreSQL's columns expect: flags are integers there too,
// a null QString is '', bytes are UTF-8 text (no column is bytea).
QVariant boundValue(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::Bool: return QVariant(qint64(value.toBool() ? 1 : 0));
    case QMetaType::QString: return value.toString().isNull() ? QVariant(QStringLiteral("")) : value;
    case QMetaType::QByteArray: return QVariant(QString::fromUtf8(value.toByteArray()));
    default: return value;
    }
}

} // namespace

PostgresCursor::PostgresCursor(const QSqlDatabase &database, QString sql, bool prepared)
    : m_query(database), m_sql(std::move(sql)), m_prepared(prepared) {}

bool PostgresCursor::exec(const QVariantList &values) {
    finish();
    if (!m_prepared)
        return m_query.exec(m_sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), boundValue(values.at(i)));
    return m_query.exec();
}

bool PostgresCursor::next() {
    m_onRow = m_query.next();
    for (QByteArray &text : m_text)
        text.clear();
    return m_onRow;
}

QVariant PostgresCursor::value(int column) const {
    if (!m_onRow || m_query.isNull(column))
        return {};
    const QVariant value = m_query.value(column);
    switch (value.typeId()) {
    case QMetaType::Bool: return QVariant(qint64(value.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return QVariant(value.toLongLong());
    default: return value;
    }
}

qint64 PostgresCursor::int64(int column) const {
    return value(column).toLongLong();
}

bool PostgresCursor::isNull(int column) const {
    return !m_onRow || m_query.isNull(column);
}

QByteArrayView PostgresCursor::bytes(int column) const {
    if (!m_onRow)
        return {};
    if (std::size_t(column) >= m_text.size())
        m_text.resize(std::size_t(column) + 1);
    m_text[std::size_t(column)] = m_query.value(column).toString().toUtf8();
    return m_text[std::size_t(column)];
}

void PostgresCursor::finish() {
    m_onRow = false;
    m_query.finish();
}

} // namespace slipway
