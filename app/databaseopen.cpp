#include "databaseopen.h"

#include "errortext.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include <cerrno>
#include <unistd.h>

namespace slipway {

namespace {

// Whether this process may write `path`; false on a read-only mount even for root (EROFS).
bool writable(const QString &path) {
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

} // namespace

QString databaseProblemBeforeOpening(const QString &path) {
    if (isServerLocation(path))
        return {}; // only connecting tells
    const QFileInfo info(path);
    if (!info.exists()) {
        const QFileInfo folder(info.absolutePath());
        if (folder.exists() && !writable(folder.absoluteFilePath()))
            return DatabaseChooser::tr("%1 cannot be created: the folder %2 is read-only.")
                .arg(path, folder.absoluteFilePath());
        return {};
    }
    if (info.isDir())
        return DatabaseChooser::tr("%1 is a folder, not a Slipway database.").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseChooser::tr("%1 cannot be read: %2.").arg(path, file.errorString());
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        return DatabaseChooser::tr("%1 is not a Slipway database (it is not an SQLite file).").arg(path);
    if (!writable(path))
        return DatabaseChooser::tr("%1 is read-only: Slipway needs to write its database.").arg(path);
    // SQLite keeps its write-ahead log beside the file.
    if (!writable(info.absolutePath()))
        return DatabaseChooser::tr("%1 cannot be used: its folder %2 is read-only.").arg(path, info.absolutePath());
    return {};
}

QString databaseProblem(const QString &path, const Error &error) {
    if (isServerLocation(path)) { // the store's sentence, as the CLI prints it; its URI never shows a password
        QString sentence = errorText(error);
        if (!sentence.isEmpty())
            sentence[0] = sentence[0].toUpper();
        return sentence.endsWith(QLatin1Char('.')) ? sentence : sentence + QLatin1Char('.');
    }
    const QString said = error.message;
    if (said.contains(QLatin1String("not a database")) || said.contains(QLatin1String("not a Slipway database")))
        return DatabaseChooser::tr("%1 is not a Slipway database (it is damaged, or another kind of file).").arg(path);
    if (said.contains(QLatin1String("malformed")))
        return DatabaseChooser::tr("%1 is damaged: the database disk image is malformed.").arg(path);
    if (said.contains(QLatin1String("readonly")) || said.contains(QLatin1String("read-only")))
        return DatabaseChooser::tr("%1 is read-only: Slipway needs to write its database.").arg(path);
    if (said.contains(QLatin1String("newer Slipway")))
        return errorText(error);
    return DatabaseChooser::tr("%1 cannot be opened: %2").arg(path, errorText(error));
}

DatabaseRecovery DatabaseChooser::askAboutDatabase(const QString &problem) {
    QMessageBox box(QMessageBox::Warning, tr("Slipway cannot open the database"), problem);
    box.setObjectName(QStringLiteral("databaseProblem"));
    box.setInformativeText(
        tr("The database is left as it is. Choose another database file, create a new one, or quit."));
    QPushButton *another = box.addButton(tr("&Choose another file…"), QMessageBox::AcceptRole);
    another->setObjectName(QStringLiteral("databaseChooseAnother"));
    QPushButton *create = box.addButton(tr("Create a &new database…"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("databaseCreateNew"));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("databaseQuit"));
    box.setDefaultButton(another);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() == another)
        return DatabaseRecovery::ChooseAnother;
    if (box.clickedButton() == create)
        return DatabaseRecovery::CreateNew;
    return DatabaseRecovery::Quit;
}

QString DatabaseChooser::chooseExistingDatabase() {
    return QFileDialog::getOpenFileName(nullptr, tr("Choose a Slipway database"),
                                        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                        tr("Slipway databases (*.db *.sqlite);;All files (*)"));
}

QString DatabaseChooser::chooseNewDatabase() {
    // Confirming an existing file here would replace nothing: openSessionAsking refuses existing files.
    return QFileDialog::getSaveFileName(nullptr, tr("Create a Slipway database"),
                                        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                            QStringLiteral("/slipway.db"),
                                        tr("Slipway databases (*.db)"));
}

Result<std::unique_ptr<AppSession>> openSessionAsking(const QString &database, const QString &user,
                                                      const DatabaseChooser &chooser, QString *opened,
                                                      PasswordKeyring *keyring, const QString &displayName) {
    QString path = AppSession::resolvePath(database);
    QString problem;
    for (;;) {
        if (problem.isEmpty())
            problem = databaseProblemBeforeOpening(path);
        if (problem.isEmpty()) {
            Result<std::unique_ptr<AppSession>> session = AppSession::open(path, user, keyring, displayName);
            if (session) {
                if (opened)
                    *opened = path;
                return session;
            }
            problem = databaseProblem(path, session.error());
        }
        switch (chooser.ask(problem)) {
        case DatabaseRecovery::Quit: return Error::validation(problem);
        case DatabaseRecovery::ChooseAnother:
            if (const QString chosen = chooser.chooseExisting(); !chosen.isEmpty()) {
                path = chosen;
                problem.clear();
            }
            break;
        case DatabaseRecovery::CreateNew:
            if (const QString chosen = chooser.chooseNew(); !chosen.isEmpty()) {
                if (QFileInfo::exists(chosen)) {
                    problem =
                        DatabaseChooser::tr("%1 already exists: a new database needs a new file name.").arg(chosen);
                } else {
                    path = chosen;
                    problem.clear();
                }
            }
            break;
        }
    }
}

} // namespace slipway
