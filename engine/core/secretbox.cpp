#include "secretbox.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace slipway {

namespace {

const QLatin1String prefix("slipway:v1:");
constexpr std::size_t nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0; // thread-safe, idempotent
    return ready;
}

} // namespace

SecretBox::SecretBox(QByteArray key, QString where) : m_key(std::move(key)), m_where(std::move(where)) {
    if (m_key.size() != keyBytes) {
        sodium_memzero(m_key.data(), std::size_t(m_key.size()));
        m_key.clear();
        m_problem = QStringLiteral("%1 is not a %2-byte key").arg(m_where).arg(keyBytes);
    }
}

SecretBox SecretBox::withoutKey(QString problem) {
    SecretBox box;
    box.m_problem = std::move(problem);
    return box;
}

SecretBox::~SecretBox() {
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), std::size_t(m_key.size()));
}

SecretBox::SecretBox(SecretBox &&other) noexcept
    : m_key(std::move(other.m_key)), m_where(std::move(other.m_where)), m_problem(std::move(other.m_problem)),
      m_mismatched(other.m_mismatched) {
    other.m_key.clear();
}

SecretBox &SecretBox::operator=(SecretBox &&other) noexcept {
    if (this != &other) {
        if (!m_key.isEmpty())
            sodium_memzero(m_key.data(), std::size_t(m_key.size()));
        m_key = std::move(other.m_key);
        other.m_key.clear();
        m_where = std::move(other.m_where);
        m_problem = std::move(other.m_problem);
        m_mismatched = other.m_mismatched;
    }
    return *this;
}

bool SecretBox::isSealed(const QString &value) {
    return value.startsWith(prefix);
}

QByteArray SecretBox::randomKey() {
    QByteArray key(keyBytes, Qt::Uninitialized);
    if (sodiumReady())
        randombytes_buf(key.data(), std::size_t(key.size()));
    else
        key.clear();
    return key;
}

QString SecretBox::problem() const {
    if (!m_problem.isEmpty())
        return m_problem;
    return QStringLiteral("%1 does not match").arg(m_where);
}

QByteArray SecretBox::keyCheck() const {
    if (!hasKey() || !sodiumReady())
        return {};
    static const char context[] = "slipway key check v1";
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(context), sizeof context - 1,
                       reinterpret_cast<const unsigned char *>(m_key.constData()), std::size_t(m_key.size()));
    return QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toBase64();
}

Result<QString> SecretBox::seal(const QString &plain) const {
    if (isSealed(plain))
        return plain;
    if (!hasKey() || m_mismatched || !sodiumReady())
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "a secret cannot be encrypted: %1"), {problem()});
    const QByteArray message = plain.toUtf8();
    QByteArray sealed(qsizetype(nonceBytes) + message.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                      Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + nonceBytes, &written, reinterpret_cast<const unsigned char *>(message.constData()),
        std::size_t(message.size()), reinterpret_cast<const unsigned char *>(prefix.data()), std::size_t(prefix.size()),
        nullptr, nonce, reinterpret_cast<const unsigned char *>(m_key.constData()));
    sealed.resize(qsizetype(nonceBytes + written));
    return QString(prefix + QString::fromLatin1(sealed.toBase64()));
}

Result<QString> SecretBox::open(const QString &value) const {
    if (!isSealed(value))
        return value;
    if (!hasKey() || m_mismatched || !sodiumReady())
        return Error::storage(problem());
    const QByteArray sealed = QByteArray::fromBase64(value.mid(prefix.size()).toLatin1());
    if (sealed.size() < qsizetype(nonceBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return Error::storage(QStringLiteral("the stored value is damaged"));
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    QByteArray plain(sealed.size(), Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr, nonce + nonceBytes,
            std::size_t(sealed.size()) - nonceBytes, reinterpret_cast<const unsigned char *>(prefix.data()),
            std::size_t(prefix.size()), nonce, reinterpret_cast<const unsigned char *>(m_key.constData())) != 0)
        return Error::storage(problem()); // wrong key or a changed value: authentication fails either way
    plain.resize(qsizetype(length));
    return QString::fromUtf8(plain);
}

QString keyFilePath(const QString &databasePath) {
    const QString named = qEnvironmentVariable("SLIPWAY_KEY_FILE");
    return named.isEmpty() ? QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".key") : named;
}

Result<QByteArray> readKeyFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot read the key file %1: %2"),
                              {path, file.errorString()});
    const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
    if (key.size() != SecretBox::keyBytes)
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "the key file %1 does not hold a %2-byte key"),
                              {path, QString::number(SecretBox::keyBytes)});
    return key;
}

Status createKeyFile(const QString &path, const QByteArray &key) {
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot create the key file %1: %2"),
                              {path, QString::fromLocal8Bit(strerror(errno))});
    const QByteArray text = key.toBase64() + '\n';
    const bool written = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 &&
                         ::write(fd, text.constData(), std::size_t(text.size())) == text.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        ::unlink(name.constData());
        return Error::storage(QT_TRANSLATE_NOOP("Engine", "cannot write the key file %1"), {path});
    }
    return {};
}

} // namespace slipway
