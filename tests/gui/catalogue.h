#pragma once

// Reading Qt Linguist catalogues (.ts) and checking what a window shows against one of them.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QTableView>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QXmlStreamReader>

#include <algorithm>

namespace slipway::testing {

struct Message final {
    QString context, source, type; // type: "" (finished), "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; // the translation, or its plural forms
};

inline QList<Message> readCatalogue(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            message = {context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
        else if (name == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms << xml.readElementText();
            else
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            messages << message;
        }
    }
    return messages;
}

inline QStringList placeholders(const QString &text) {
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

inline bool hasMnemonic(const QString &text) {
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&(?![&\\s]|[a-z]+;)"));
    return mnemonic.match(text).hasMatch();
}

// What is wrong with a catalogue: unfinished or vanished messages, empty translations, lost placeholders
// or mnemonics. An English catalogue holds plural forms only.
inline QStringList catalogueProblems(const QList<Message> &messages, bool pluralOnly) {
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("[%1] %2: ").arg(m.context, m.source);
        if (!m.type.isEmpty())
            problems << where + m.type;
        if (pluralOnly && !m.numerus)
            problems << where + QStringLiteral("not a plural");
        if (m.forms.size() != (m.numerus ? 2 : 1))
            problems << where + QStringLiteral("%1 forms").arg(m.forms.size());
        for (const QString &form : m.forms) {
            // A singular may say "the last day" without its %n; the plural form keeps it.
            QStringList expected = placeholders(m.source);
            if (m.numerus && &form != &m.forms.last() && !form.contains(QLatin1String("%n")))
                expected.removeAll(QStringLiteral("%n"));
            if (form.trimmed().isEmpty())
                problems << where + QStringLiteral("empty translation");
            else if (placeholders(form) != expected)
                problems << where + QStringLiteral("placeholders differ in \"%1\"").arg(form);
            else if (hasMnemonic(m.source) != hasMnemonic(form))
                problems << where + QStringLiteral("mnemonic lost or added in \"%1\"").arg(form);
        }
    }
    return problems;
}

// lupdate over the sources the build reads, as tools/update-translations.sh runs it, into `ts`.
inline bool runLupdate(const QString &ts, bool pluralOnly, QString *error) {
    QStringList arguments{QStringLiteral("-extensions"), QStringLiteral("cpp,h"),        QStringLiteral("-locations"),
                          QStringLiteral("relative"),    QStringLiteral("-no-obsolete"), QStringLiteral("-silent")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    for (const char *folder : {"app", "views", "models", "engine", "rest"})
        arguments << QStringLiteral(SLIPWAY_SOURCE_DIR "/") + QLatin1String(folder);
    arguments << QStringLiteral("-ts") << ts;
    QProcess lupdate;
    lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"), arguments);
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate (Debian: qt6-l10n-tools) failed: ") + lupdate.errorString() +
                 QString::fromLocal8Bit(lupdate.readAllStandardError());
        return false;
    }
    return true;
}

// Checks every text a window shows: each must be a translation from the catalogue (its arguments checked
// the same way), a text of Qt's own catalogue, or data (names, numbers, dates). English that has a
// translation, and words the catalogue does not know, are reported.
class Checker final {
public:
    // `data`: names that may show as they are; `dataViews`: views and combo boxes (by objectName) whose
    // items are user data (only their headers are words); `pending`: widgets left out, with the reason.
    Checker(const QList<Message> &catalogue, QStringList data, QSet<QString> dataViews = {}, QSet<QString> pending = {})
        : m_data(std::move(data)), m_dataViews(std::move(dataViews)), m_pending(std::move(pending)) {
        for (const Message &m : catalogue)
            for (const QString &form : m.forms) {
                if (hasLetters(stripPlaceholders(plain(form))) || joinsPlaceholders(plain(form)))
                    m_translated << Pattern::of(form, true) << Pattern::of(form, false);
                if (form.contains(QLatin1Char('\n'))) // each line of a message may be shown on its own
                    for (const QString &line : form.split(QLatin1Char('\n')))
                        if (hasLetters(stripPlaceholders(plain(line))))
                            m_translated << Pattern::of(line, true) << Pattern::of(line, false);
                if (plain(form) != plain(m.source) && hasLetters(stripPlaceholders(plain(m.source))))
                    m_english << Pattern::of(m.source, true);
            }
        for (const char *button :
             {"OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort", "Retry", "Ignore",
              "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "Restore Defaults"})
            m_exact << plain(QCoreApplication::translate("QPlatformTheme", button));
        const QLocale locale;
        for (int i = 1; i <= 12; ++i)
            for (QLocale::FormatType type : {QLocale::LongFormat, QLocale::ShortFormat})
                m_data << locale.monthName(i, type) << locale.standaloneMonthName(i, type);
        for (int i = 1; i <= 7; ++i)
            for (QLocale::FormatType type : {QLocale::LongFormat, QLocale::ShortFormat})
                m_data << locale.dayName(i, type) << locale.standaloneDayName(i, type);
        for (const char *same : {"Slipway", "REST", "API", "JSON", "CSV", "UTC", "GMT", "HTTP", "SQLite", "ID", "OK"})
            m_data << QString::fromLatin1(same);
        std::sort(m_data.begin(), m_data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    QStringList check(const QString &where, QWidget *root) const {
        QStringList found;
        // A text of several lines (a tooltip made of sentences) is checked line by line.
        for (const auto &[origin, shown] : texts(root, m_dataViews, m_pending))
            for (const QString &line : shown.split(QLatin1Char('\n')))
                if (const QString text = plain(line); !accepted(text, 0) && !acceptedSentences(text))
                    found << QStringLiteral("%1 (%2): %3 \"%4\"")
                                 .arg(where, origin,
                                      isEnglish(text) ? QStringLiteral("English")
                                                      : QStringLiteral("not in the catalogue"),
                                      text);
        return found;
    }

private:
    // A message as a pattern, with its longest literal part: a text without that part cannot match, and checking that
    // first spares most of the ~3,000 regular expressions for each text a window shows.
    struct Pattern final {
        QRegularExpression expression;
        QString literal;
        static Pattern of(const QString &form, bool lazy) {
            const QStringList parts = plain(form).split(QRegularExpression(QStringLiteral("%(\\d+|n)")));
            QString longest;
            for (const QString &part : parts)
                if (part.trimmed().size() > longest.size())
                    longest = part.trimmed();
            return {pattern(parts, lazy), longest};
        }
        bool matches(const QString &text, QRegularExpressionMatch *match = nullptr) const {
            if (!text.contains(literal))
                return false;
            QRegularExpressionMatch found = expression.match(text);
            if (match)
                *match = found;
            return found.hasMatch();
        }
    };
    QList<Pattern> m_translated, m_english;
    mutable QHash<QString, bool> m_acceptedAtDepth[5]; // what accepted() found, by depth (windows repeat their texts)
    QSet<QString> m_exact;
    QStringList m_data;
    QSet<QString> m_dataViews, m_pending;

    static QString plain(QString text) {
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        return text.simplified();
    }
    static QString stripPlaceholders(QString text) {
        return text.remove(QRegularExpression(QStringLiteral("%(\\d+|n)")));
    }
    // "%1: %2", "%1 · %2": punctuation between placeholders, whose arguments are then checked themselves.
    static bool joinsPlaceholders(const QString &form) {
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        return form.count(placeholder) >= 2;
    }
    static bool hasLetters(const QString &text) {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    }
    // A message from the parts between its placeholders, which become groups, lazy or greedy (one of the two
    // splits "%2 %3" as shown); a space before a last, empty argument may be gone (the shown text is trimmed).
    static QRegularExpression pattern(const QStringList &parts, bool lazy) {
        QStringList escaped;
        for (const QString &part : parts)
            escaped << QRegularExpression::escape(part).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        QString text = escaped.join(lazy ? QStringLiteral("(.*?)") : QStringLiteral("(.*)"));
        if (text.endsWith(QLatin1String("\\s+(.*?)")) || text.endsWith(QLatin1String("\\s+(.*)")))
            text.replace(text.lastIndexOf(QLatin1String("\\s+")), 3, QStringLiteral("\\s*"));
        return QRegularExpression(QLatin1Char('^') + text + QLatin1Char('$'));
    }

    bool isData(QString text) const {
        static const QRegularExpression zone(QStringLiteral("\\b[A-Z][A-Za-z_]+(/[A-Z][A-Za-z0-9_+\\-]*)+")); // Etc/UTC
        text.remove(zone);
        // Durations as the format writes them ("5m", "0s") and release names ("Release-2") are data too.
        static const QRegularExpression values(QStringLiteral("\\b(\\d+[smhd]|Release-\\d+)\\b"));
        text.remove(values);
        for (const QString &datum : m_data)
            if (!datum.isEmpty())
                text.remove(datum);
        return !hasLetters(text);
    }
    bool isEnglish(const QString &text) const {
        return std::any_of(m_english.cbegin(), m_english.cend(),
                           [&text](const Pattern &english) { return english.matches(text); });
    }
    // Sentences put together by the code ("Starts when … . Deploys without …"), each one a message.
    bool acceptedSentences(const QString &text) const {
        static const QRegularExpression boundary(QStringLiteral("(?<=[.!?;])\\s+"));
        const QStringList sentences = text.split(boundary, Qt::SkipEmptyParts);
        return sentences.size() > 1 && std::all_of(sentences.cbegin(), sentences.cend(), [this](const QString &part) {
                   return accepted(part, 0) || accepted(part.chopped(1), 0);
               });
    }
    bool accepted(const QString &text, int depth) const {
        const auto known = m_acceptedAtDepth[depth].constFind(text);
        if (known != m_acceptedAtDepth[depth].cend())
            return *known;
        const bool result = acceptedFirstTime(text, depth);
        m_acceptedAtDepth[depth].insert(text, result);
        return result;
    }
    bool acceptedFirstTime(const QString &text, int depth) const {
        if (!hasLetters(text) || m_exact.contains(text) || isData(text))
            return true;
        if (depth > 3)
            return false;
        for (const Pattern &translated : m_translated) {
            QRegularExpressionMatch match;
            if (!translated.matches(text, &match))
                continue;
            bool all = true;
            for (int i = 1; i <= match.lastCapturedIndex() && all; ++i)
                all = accepted(match.captured(i).simplified(), depth + 1);
            if (all)
                return true;
        }
        return false;
    }

    static void addActions(const QList<QAction *> &actions, QStringList &out) {
        for (QAction *action : actions) {
            out << action->text() << action->statusTip() << action->toolTip();
            if (action->menu())
                addActions(action->menu()->actions(), out);
        }
    }
    // Each shown text with the widget that shows it (class and objectName).
    static QList<std::pair<QString, QString>> texts(QWidget *root, const QSet<QString> &dataViews,
                                                    const QSet<QString> &pending) {
        QList<std::pair<QString, QString>> all;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        static const QRegularExpression time(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\s+"));
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || pending.contains(w->objectName()) ||
                (w->parentWidget() && pending.contains(w->parentWidget()->objectName())))
                continue;
            const bool data = dataViews.contains(w->objectName());
            QStringList out;
            out << w->toolTip() << (w->isWindow() ? w->windowTitle() : QString());
            if (auto *label = qobject_cast<QLabel *>(w)) {
                // A label elided to its width ("Database: /tmp/…/x.db") is checked through its full tooltip.
                if (!label->text().contains(QChar(0x2026)) || w->toolTip().isEmpty())
                    out << label->text();
            } else if (auto *button = qobject_cast<QAbstractButton *>(w))
                out << button->text();
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                out << box->title();
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                out << edit->placeholderText();
            else if (auto *combo = qobject_cast<QComboBox *>(w); combo && !data)
                for (int i = 0; i < combo->count(); ++i)
                    out << combo->itemText(i);
            else if (auto *bar = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < bar->count(); ++i)
                    out << bar->tabText(i) << bar->tabToolTip(i);
            else if (auto *log = qobject_cast<QPlainTextEdit *>(w))
                for (QString line : log->toPlainText().split(QLatin1Char('\n')))
                    out << line.remove(time);
            else if (auto *view = qobject_cast<QAbstractItemView *>(w);
                     view && view->model() && !qobject_cast<QHeaderView *>(w)) // its view reads the headers
                addModel(view, view->rootIndex(), data ? -1 : 0, qobject_cast<QTreeView *>(w) ? 2 : 0, out);
            else if (auto *menus = qobject_cast<QMenuBar *>(w))
                addActions(menus->actions(), out);
            const QString origin =
                QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
            for (const QString &text : std::as_const(out))
                all.append({origin, text});
        }
        return all;
    }
    // A view's headers and its rows (a tree's down to `deepest`); depth -1: only the headers.
    static bool hidden(const QAbstractItemView *view, int column) {
        if (const auto *tree = qobject_cast<const QTreeView *>(view))
            return tree->isColumnHidden(column);
        if (const auto *table = qobject_cast<const QTableView *>(view))
            return table->isColumnHidden(column);
        return false;
    }
    static void addModel(const QAbstractItemView *view, const QModelIndex &parent, int depth, int deepest,
                         QStringList &out) {
        const QAbstractItemModel *model = view->model();
        if (depth <= 0)
            for (int column = 0; column < model->columnCount(); ++column)
                if (!hidden(view, column))
                    out << model->headerData(column, Qt::Horizontal).toString()
                        << model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        if (depth < 0) // the items are data
            return;
        for (int row = 0; row < std::min(model->rowCount(parent), 40); ++row)
            for (int column = 0; column < model->columnCount(parent); ++column) {
                if (hidden(view, column))
                    continue;
                const QModelIndex index = model->index(row, column, parent);
                out << index.data().toString() << index.data(Qt::ToolTipRole).toString();
                if (column == 0 && depth < deepest)
                    addModel(view, index, depth + 1, deepest, out);
            }
    }
};

} // namespace slipway::testing
