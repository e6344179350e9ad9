#include "filemodes.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace slipway {

bool makePrivateFolder(const QString &path) {
    if (!QDir().mkpath(path))
        return false;
    return ::chmod(QFile::encodeName(path).constData(), S_IRWXU) == 0;
}

bool makePrivateDatabaseFiles(const QString &databasePath) {
    const QByteArray name = QFile::encodeName(databasePath);
    const int fd = ::open(name.constData(), O_RDONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return false;
    (void)::fchmod(fd, S_IRUSR | S_IWUSR); // best effort: a file of another user's keeps its mode
    ::close(fd);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QByteArray companion = name + suffix;
        if (::access(companion.constData(), F_OK) == 0)
            (void)::chmod(companion.constData(), S_IRUSR | S_IWUSR);
    }
    return true;
}

} // namespace slipway
