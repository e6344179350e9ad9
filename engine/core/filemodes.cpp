#include "filemodes.h"

#include <QDir>
#include <QFile>

#include <cerrno>
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
    // Never open and close an existing database file here: closing any descriptor of it drops every POSIX lock this
    // process holds on it, SQLite's too, and the next process to close its connection would take the engine's
    // write-ahead log for abandoned and delete it. A new file is made 0600 before SQLite has it open; an existing one
    // is changed by name.
    const QByteArray name = QFile::encodeName(databasePath);
    const int fd = ::open(name.constData(), O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd >= 0)
        ::close(fd);
    else if (errno != EEXIST)
        return false;
    (void)::chmod(name.constData(), S_IRUSR | S_IWUSR); // best effort: a file of another user's keeps its mode
    for (const char *suffix : {"-wal", "-shm"}) {
        const QByteArray companion = name + suffix;
        if (::access(companion.constData(), F_OK) == 0)
            (void)::chmod(companion.constData(), S_IRUSR | S_IWUSR);
    }
    return true;
}

} // namespace slipway
