#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace slipway::rest {

// A small ZIP archive of stored (uncompressed) files: what the release logs download needs.
class ZipWriter final {
public:
    void add(const QString &path, const QByteArray &content);
    QByteArray finish();

private:
    struct Entry final {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    QByteArray m_data;
    QList<Entry> m_entries;
};

quint32 crc32Of(const QByteArray &data);

} // namespace slipway::rest
