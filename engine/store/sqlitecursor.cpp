#include "sqlitecursor.h"

#include <sqlite3.h>

namespace slipway {

SqliteCursor::~SqliteCursor() {
    sqlite3_finalize(m_statement);
}

bool SqliteCursor::bind(int index, const QVariant &value) {
    if (!value.isValid() || value.isNull()) {
        // A null QString is still text: '' rather than NULL, as text columns expect.
        if (value.typeId() == QMetaType::QString)
            return sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC) == SQLITE_OK;
        return sqlite3_bind_null(m_statement, index) == SQLITE_OK;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return sqlite3_bind_int64(m_statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double: return sqlite3_bind_double(m_statement, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT) == SQLITE_OK;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(m_statement, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8) == SQLITE_OK;
    }
    }
}

bool SqliteCursor::exec(const QVariantList &values) {
    finish();
    sqlite3_clear_bindings(m_statement);
    m_error.clear();
    m_errorCode = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!bind(int(i) + 1, values.at(i))) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            m_errorCode = sqlite3_errcode(m_db) & 0xff;
            return false;
        }
    }
    const int step = sqlite3_step(m_statement);
    if (step != SQLITE_ROW && step != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_errorCode = step & 0xff;
        sqlite3_reset(m_statement);
        return false;
    }
    m_pendingRow = step == SQLITE_ROW;
    return true;
}

bool SqliteCursor::next() {
    if (m_pendingRow) {
        m_pendingRow = false;
        m_onRow = true;
        return true;
    }
    if (!m_onRow)
        return false;
    m_onRow = sqlite3_step(m_statement) == SQLITE_ROW;
    return m_onRow;
}

QVariant SqliteCursor::value(int column) const {
    if (!m_onRow)
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_NULL: return {};
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                                   sqlite3_column_bytes(m_statement, column)));
    default:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                          sqlite3_column_bytes(m_statement, column)));
    }
}

qint64 SqliteCursor::int64(int column) const {
    return m_onRow ? qint64(sqlite3_column_int64(m_statement, column)) : 0;
}

bool SqliteCursor::isNull(int column) const {
    return !m_onRow || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView SqliteCursor::bytes(int column) const {
    if (!m_onRow)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

void SqliteCursor::finish() {
    m_pendingRow = false;
    m_onRow = false;
    sqlite3_reset(m_statement);
}

} // namespace slipway
