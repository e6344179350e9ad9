#pragma once

#include "core/result.h"
#include "domain/enginetext.h"

namespace slipway {

// Why the engine cannot use its database, named from SQLite's own error text, or a team server out of reach.
enum class StorageCause { Malformed, ReadOnly, DiskFull, Locked, Unreachable, Other };

StorageCause storageCauseOf(const QString &message);
// The database itself fails or is busy (not a refusal of the change): the engine names it and tries again.
inline bool isStorageTrouble(const Error &error) {
    return error.kind == ErrorKind::Storage || error.kind == ErrorKind::Busy;
}

// A problem the engine reports to its window (its database fails): the cause in words, with the untranslated
// template (context "Engine") and its arguments, so a German engine says it in German.
struct EngineProblem final {
    StorageCause cause = StorageCause::Other;
    const char *source = nullptr;
    QStringList arguments;

    QString english() const { return Error::fill(QString::fromUtf8(source), arguments); }
    QString text() const; // in the application's language

    // What a failed read or write of `databasePath` means for the user.
    static EngineProblem ofStorage(const QString &databasePath, const Error &error);
};

// How long the engine waits before it tries a failing database again: doubling from `first`, never more than
// `longest`, back to `first` once it works again.
class Backoff final {
public:
    Backoff(int firstMs, int longestMs) : m_first(firstMs), m_longest(longestMs), m_current(firstMs) {}
    int currentMs() const { return m_current; }
    int failed() { return m_current = qMin(m_longest, m_current * 2); }
    void reset() { m_current = m_first; }

private:
    int m_first;
    int m_longest;
    int m_current;
};

} // namespace slipway
