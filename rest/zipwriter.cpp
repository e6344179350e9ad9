#include "zipwriter.h"

#include <array>

namespace slipway::rest {

namespace {
void put16(QByteArray &out, quint16 v) {
    out.append(char(v & 0xff)).append(char(v >> 8));
}
void put32(QByteArray &out, quint32 v) {
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}
} // namespace

quint32 crc32Of(const QByteArray &data) {
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void ZipWriter::add(const QString &path, const QByteArray &content) {
    Entry entry{path.toUtf8(), crc32Of(content), quint32(content.size()), quint32(m_data.size())};
    put32(m_data, 0x04034b50);
    put16(m_data, 20);     // version needed
    put16(m_data, 0x0800); // UTF-8 names
    put16(m_data, 0);      // stored
    put16(m_data, 0);      // time
    put16(m_data, 0x21);   // date: 1980-01-01
    put32(m_data, entry.crc);
    put32(m_data, entry.size);
    put32(m_data, entry.size);
    put16(m_data, quint16(entry.name.size()));
    put16(m_data, 0);
    m_data.append(entry.name).append(content);
    m_entries << entry;
}

QByteArray ZipWriter::finish() {
    const quint32 directoryStart = quint32(m_data.size());
    for (const Entry &e : std::as_const(m_entries)) {
        put32(m_data, 0x02014b50);
        put16(m_data, 20);
        put16(m_data, 20);
        put16(m_data, 0x0800);
        put16(m_data, 0);
        put16(m_data, 0);
        put16(m_data, 0x21);
        put32(m_data, e.crc);
        put32(m_data, e.size);
        put32(m_data, e.size);
        put16(m_data, quint16(e.name.size()));
        put16(m_data, 0);
        put16(m_data, 0);
        put16(m_data, 0);
        put16(m_data, 0);
        put32(m_data, 0);
        put32(m_data, e.offset);
        m_data.append(e.name);
    }
    const quint32 directorySize = quint32(m_data.size()) - directoryStart;
    put32(m_data, 0x06054b50);
    put16(m_data, 0);
    put16(m_data, 0);
    put16(m_data, quint16(m_entries.size()));
    put16(m_data, quint16(m_entries.size()));
    put32(m_data, directorySize);
    put32(m_data, directoryStart);
    put16(m_data, 0);
    return m_data;
}

} // namespace slipway::rest
