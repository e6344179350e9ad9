#pragma once

#include "appsession.h"

#include <QCoreApplication>

#include <functional>

namespace slipway {

// What to do when the database cannot be opened at start (B12).
enum class DatabaseRecovery { ChooseAnother, CreateNew, Quit };

// How the start asks; the defaults are a message box (buttons databaseChooseAnother, databaseCreateNew,
// databaseQuit) and file dialogs. Tests replace the file dialogs.
struct DatabaseChooser final {
    Q_DECLARE_TR_FUNCTIONS(DatabaseChooser)

public:
    std::function<DatabaseRecovery(const QString &problem)> ask = askAboutDatabase;
    std::function<QString()> chooseExisting = chooseExistingDatabase; // empty: canceled
    std::function<QString()> chooseNew = chooseNewDatabase;           // empty: canceled

    static DatabaseRecovery askAboutDatabase(const QString &problem);
    static QString chooseExistingDatabase();
    static QString chooseNewDatabase();
};

// Why `path` cannot be used, in words ("… is not a Slipway database", "… is read-only"), before anything
// opens it: empty when nothing speaks against trying.
QString databaseProblemBeforeOpening(const QString &path);
// The same, from what opening it said.
QString databaseProblem(const QString &path, const Error &error);

// Opens `database` (resolved as AppSession::open does, with `keyring`'s team passwords). When it cannot be used,
// asks through `chooser` until one opens or the user quits (then an error). The file that failed is never written
// to: a file that is not an SQLite database, or that cannot be written, is not even opened. A team server that
// cannot be reached (or refuses the password, or lacks the database) is told in the store's one sentence, within
// the connection timeout. `displayName` is who acts on whichever file opens (AppSession::open).
Result<std::unique_ptr<AppSession>> openSessionAsking(const QString &database, const QString &user,
                                                      const DatabaseChooser &chooser, QString *opened = nullptr,
                                                      PasswordKeyring *keyring = nullptr,
                                                      const QString &displayName = {});

} // namespace slipway
