// The documentation stays in the repository and in step with the code: a source comment cites only documents
// that are in docs/ (and their headings, never another document's numbered sections), every link between the
// documents leads somewhere, and every CMake target that docs/architecture.md names exists.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <optional>

namespace {

const QString root = QStringLiteral(SLIPWAY_SOURCE_DIR);

QString readText(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct Comment final {
    int line;
    QString text;
};

// The comments of a C++ file, each line of a block comment on its own; string, character and raw string
// literals are skipped, so a URL or a file name in a literal is not taken for a citation.
QList<Comment> commentsOf(const QString &code) {
    QList<Comment> comments;
    int line = 1;
    const qsizetype n = code.size();
    auto at = [&](qsizetype i) { return i >= 0 && i < n ? code.at(i) : QChar(); };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('/')) {
            const qsizetype end = code.indexOf(QLatin1Char('\n'), i);
            comments.append({line, code.mid(i + 2, (end < 0 ? n : end) - i - 2)});
            i = (end < 0 ? n : end) - 1;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            qsizetype end = code.indexOf(QStringLiteral("*/"), i + 2);
            end = end < 0 ? n : end;
            const QStringList lines = code.mid(i + 2, end - i - 2).split(QLatin1Char('\n'));
            for (qsizetype k = 0; k < lines.size(); ++k)
                comments.append({line + int(k), lines.at(k)});
            line += int(lines.size()) - 1;
            i = end + 1;
        } else if (c == QLatin1Char('R') && at(i + 1) == QLatin1Char('"') &&
                   (i == 0 || !(code.at(i - 1).isLetterOrNumber() || code.at(i - 1) == QLatin1Char('_')))) {
            const qsizetype open = code.indexOf(QLatin1Char('('), i + 2);
            if (open < 0)
                break;
            const QString close = QLatin1Char(')') + code.mid(i + 2, open - i - 2) + QLatin1Char('"');
            qsizetype end = code.indexOf(close, open);
            end = end < 0 ? n : end;
            line += int(QStringView(code).mid(i, end - i).count(QLatin1Char('\n')));
            i = end + close.size() - 1;
        } else if (c == QLatin1Char('"') || (c == QLatin1Char('\'') && !at(i - 1).isLetterOrNumber())) {
            qsizetype j = i + 1; // a digit separator (1'000) is no character literal
            while (j < n && code.at(j) != c && code.at(j) != QLatin1Char('\n'))
                j += code.at(j) == QLatin1Char('\\') ? 2 : 1;
            i = j < n && code.at(j) == QLatin1Char('\n') ? j - 1 : j; // an unclosed quote ends with its line
        }
    }
    return comments;
}

// GitHub's anchor of a Markdown heading: lower case, links and emphasis reduced to their text, punctuation
// dropped, spaces as hyphens.
QString anchorOf(QString heading) {
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    heading.replace(link, QStringLiteral("\\1"));
    QString anchor;
    for (const QChar c : heading.trimmed().toLower())
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    return anchor;
}

QSet<QString> anchorsOf(const QString &markdown) {
    QSet<QString> anchors;
    bool fenced = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```")))
            fenced = !fenced;
        else if (!fenced && line.startsWith(QLatin1Char('#')))
            anchors << anchorOf(QString(line).remove(QRegularExpression(QStringLiteral("^#+\\s*"))));
    }
    return anchors;
}

// What is wrong with one citation of a document, or nothing. `cited` is relative to the repository; a bare file
// name is looked for in docs/, then at the top.
std::optional<QString> citationProblem(const QString &cited, const QString &anchor, bool numberedSection) {
    QString path = cited.contains(QLatin1Char('/')) ? cited : QStringLiteral("docs/") + cited;
    if (!cited.contains(QLatin1Char('/')) && !QFile::exists(root + QLatin1Char('/') + path))
        path = cited; // README.md
    if (!QFile::exists(root + QLatin1Char('/') + path))
        return QStringLiteral("cites %1, which is not in the repository: say the rule, or cite a document of docs/")
            .arg(cited);
    if (numberedSection)
        return QStringLiteral("cites a numbered section of %1; the documents of docs/ are cited by heading, "
                              "as docs/domain.md#approvals")
            .arg(cited);
    if (!anchor.isEmpty() && !anchorsOf(readText(root + QLatin1Char('/') + path)).contains(anchor))
        return QStringLiteral("cites %1#%2, but %1 has no such heading").arg(path, anchor);
    return std::nullopt;
}

QStringList sourceFiles() {
    QStringList files;
    for (const char *folder : {"app", "engine", "models", "views", "rest", "tests", "bench"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

QString relative(const QString &path) {
    return QDir(root).relativeFilePath(path);
}

} // namespace

class DocReferencesTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theCheckSeesCitationsOnlyInComments() {
        const QList<Comment> found = commentsOf(QStringLiteral(
            "auto a = \"see gui.md\"; // one (rest.md §I)\nauto b = R\"x(// not)\" )x\"; int c = 1'000;\n"
            "/* two\n   three */ char d = '\"'; // four\n"));
        QCOMPARE(found.size(), 4);
        QCOMPARE(found.at(0).line, 1);
        QCOMPARE(found.at(0).text, QStringLiteral(" one (rest.md §I)"));
        QCOMPARE(found.at(1).text, QStringLiteral(" two"));
        QCOMPARE(found.at(2).line, 4);
        QCOMPARE(found.at(3).text, QStringLiteral(" four"));
        QCOMPARE(anchorOf(QStringLiteral("History: Dashboard, timeline, What's where, Compare")),
                 QStringLiteral("history-dashboard-timeline-whats-where-compare"));
        QCOMPARE(anchorOf(QStringLiteral("Queues ([queuing policies](domain.md#queuing-policies))")),
                 QStringLiteral("queues-queuing-policies"));
        QVERIFY(citationProblem(QStringLiteral("gui.md"), {}, false));
        QVERIFY(citationProblem(QStringLiteral("domain.md"), {}, true));
        QVERIFY(citationProblem(QStringLiteral("docs/domain.md"), QStringLiteral("no-such-heading"), false));
        QVERIFY(!citationProblem(QStringLiteral("docs/domain.md"), QStringLiteral("approvals"), false));
    }

    // A comment that cites a specification the repository does not hold sends the reader to a file they lack.
    void sourceCommentsCiteOnlyDocumentsOfTheRepository() {
        static const QRegularExpression citation(
            QStringLiteral("((?:[A-Za-z0-9_.-]+/)*[A-Za-z0-9_-]+\\.md)\\b(?:#([A-Za-z0-9_-]+))?(\\s*§)?"));
        QStringList problems;
        const QStringList files = sourceFiles();
        QVERIFY2(files.size() > 100, qPrintable(root));
        for (const QString &file : files)
            for (const Comment &comment : commentsOf(readText(file)))
                for (QRegularExpressionMatchIterator it = citation.globalMatch(comment.text); it.hasNext();) {
                    const QRegularExpressionMatch m = it.next();
                    if (const auto problem = citationProblem(m.captured(1), m.captured(2), m.hasCaptured(3)))
                        problems << QStringLiteral("%1:%2: %3").arg(relative(file)).arg(comment.line).arg(*problem);
                }
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("%1 citations of documents not in docs/ (listed above)").arg(problems.size())));
    }

    // Every relative link of the documents leads to a file of the repository, and to a heading of it.
    void theDocumentsLinkToWhatExists() {
        static const QRegularExpression link(QStringLiteral("\\]\\(([^)#\\s]*)(?:#([^)\\s]*))?\\)"));
        QStringList problems;
        QStringList documents{root + QStringLiteral("/README.md")};
        for (const QString &name : QDir(root + QStringLiteral("/docs")).entryList({QStringLiteral("*.md")}))
            documents << root + QStringLiteral("/docs/") + name;
        for (const QString &document : std::as_const(documents)) {
            const QString text = readText(document);
            for (QRegularExpressionMatchIterator it = link.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString target = m.captured(1);
                if (target.contains(QLatin1String("://")) || target.startsWith(QLatin1String("mailto:")))
                    continue;
                const QString path =
                    target.isEmpty() ? document : QFileInfo(document).dir().filePath(target); // "#x": this document
                if (!QFileInfo::exists(path))
                    problems
                        << QStringLiteral("%1: a link to %2, which does not exist").arg(relative(document), target);
                else if (!m.captured(2).isEmpty() && path.endsWith(QLatin1String(".md")) &&
                         !anchorsOf(readText(path)).contains(m.captured(2)))
                    problems << QStringLiteral("%1: a link to %2#%3, which has no such heading")
                                    .arg(relative(document), target, m.captured(2));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // docs/architecture.md says which targets make the layers; a renamed or split target must change it too.
    void theArchitectureNamesOnlyTargetsThatExist() {
        const QStringList known =
            readText(QStringLiteral(SLIPWAY_TARGET_LIST)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(known.contains(QStringLiteral("slipway_common")), SLIPWAY_TARGET_LIST);
        const bool benchBuilt = std::any_of(known.cbegin(), known.cend(),
                                            [](const QString &t) { return t.startsWith(QLatin1String("bench_")); });
        static const QRegularExpression named(QStringLiteral("`((?:slipway|tst|bench)_[a-z0-9_]+)`"));
        const QString architecture = readText(root + QStringLiteral("/docs/architecture.md"));
        QVERIFY(!architecture.isEmpty());
        QStringList missing;
        int checked = 0;
        for (QRegularExpressionMatchIterator it = named.globalMatch(architecture); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target.startsWith(QLatin1String("bench_")) && !benchBuilt)
                continue; // configured without the benchmarks (SLIPWAY_BUILD_BENCH=OFF)
            ++checked;
            if (!known.contains(target))
                missing << target;
        }
        QVERIFY(checked > 0);
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("docs/architecture.md names targets that no CMake file defines: ") +
                            missing.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(DocReferencesTest)
#include "tst_docreferences.moc"
