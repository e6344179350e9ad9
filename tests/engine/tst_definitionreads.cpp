// Only engine/definition/ reads the keys of a pipeline definition: everything else reads the typed specs
// the parser makes (docs/architecture.md, "Pipeline definitions"). This test greps the engine and REST
// sources for a read of a definition key and fails, naming file and line, on each one it finds.

#include "definition/schema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace slipway;

namespace {

// Every key the pipeline format knows, walked from the schema itself.
void collectKeys(const schema::Node *node, QSet<QString> &keys, QSet<const schema::Node *> &seen) {
    if (!node || seen.contains(node))
        return;
    seen.insert(node);
    QList<schema::Field> fields = node->head + node->tail;
    for (const QList<schema::Field> &variant : node->variants)
        fields += variant;
    for (const schema::Field &field : std::as_const(fields)) {
        keys.insert(field.key);
        collectKeys(field.node, keys, seen);
    }
    collectKeys(node->element, keys, seen);
}

QSet<QString> definitionKeys() {
    QSet<QString> keys;
    QSet<const schema::Node *> seen;
    collectKeys(&schema::pipeline(), keys, seen);
    return keys;
}

// Keys that the Azure API's request bodies (and its answer shapes) share with the file format: rest/ reads them there.
const QSet<QString> requestBodyKeys{
    QStringLiteral("alias"),       QStringLiteral("artifacts"), QStringLiteral("definitionId"),
    QStringLiteral("description"), QStringLiteral("name"),      QStringLiteral("tags"),
    QStringLiteral("url"),         QStringLiteral("variables"), QStringLiteral("demands"),
    QStringLiteral("enabled")}; // the agents query and an agent's PATCH body

// `x.value("key")`, `x.contains(QLatin1String("key"))`, `x[QStringLiteral("key")]`, `"key"_L1` forms.
const QRegularExpression keyRead(
    QStringLiteral(R"re((?:\.|->)(?:value|contains|take|find|constFind)\(\s*)re"
                   R"re((?:QLatin1String|QStringLiteral|QLatin1StringView|QStringView|QString)?\(?\s*u?"([A-Za-z]+)")re"
                   R"re(|\[\s*(?:QLatin1String|QStringLiteral)?\(?\s*u?"([A-Za-z]+)"\s*\)?(?:_L1|_s)?\s*\])re"));
// The parsed JSON of a definition, or its raw stage object: `stage.raw`, `definition->document` (not a call).
const QRegularExpression rawMember(QStringLiteral(R"re((?:\.|->)(?:raw|document)\b(?!\s*\())re"));

struct Finding final {
    QString place;
    QString line;
};

QList<Finding> findingsIn(const QString &relativePath, const QString &text, const QSet<QString> &keys) {
    const bool inRest = relativePath.startsWith(QLatin1String("rest/"));
    QList<Finding> found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        bool raw = rawMember.match(line).hasMatch();
        for (auto it = keyRead.globalMatch(line); it.hasNext() && !raw;) {
            const QRegularExpressionMatch match = it.next();
            const QString key = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
            raw = keys.contains(key) && !(inRest && requestBodyKeys.contains(key));
        }
        if (raw) // one finding per line
            found.append({QStringLiteral("%1:%2").arg(relativePath).arg(i + 1), line.trimmed()});
    }
    return found;
}

QString sourceRoot() {
    const QString overridden = qEnvironmentVariable("SLIPWAY_SCAN_ROOT"); // to run the check on another tree
    return overridden.isEmpty() ? QStringLiteral(SLIPWAY_SOURCE_DIR) : overridden;
}

} // namespace

class DefinitionReadsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theSchemaNamesTheKeysTheCheckLooksFor() {
        const QSet<QString> keys = definitionKeys();
        for (const char *key : {"preApprovals", "timeout", "continueOnError", "maxParallel", "daysToKeep",
                                "artifactFilters", "samplingInterval", "tagPattern", "onTimeout"})
            QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
    }

    void shouldFlagEveryKindOfRawRead() {
        // GIVEN lines the engine and REST layer held before the definition was typed
        const QSet<QString> keys = definitionKeys();
        const QStringList bad{
            QStringLiteral(R"x(const QJsonObject queue = definition->raw.value(QLatin1String("queue")).toObject();)x"),
            QStringLiteral(R"x(maxParallel = queue.value(QLatin1String("maxParallel")).toInt(0);)x"),
            QStringLiteral(R"x(if (task.contains(QLatin1String("workingDirectory"))))x"),
            QStringLiteral(R"x(const QString t = task[QStringLiteral("timeout")].toString();)x"),
            QStringLiteral(R"x(const QString path = source.settings.value(u"path"_s).toString();)x"),
            QStringLiteral(R"x(const QJsonArray s = (*definition)->document.value("schedules"_L1).toArray();)x"),
        };
        // WHEN each is checked, THEN each is one finding, in engine/ and in rest/ alike
        for (const QString &line : bad) {
            QCOMPARE(findingsIn(QStringLiteral("engine/runtime/x.cpp"), line, keys).size(), 1);
            QCOMPARE(findingsIn(QStringLiteral("rest/x.cpp"), line, keys).size(), 1);
        }
    }

    void shouldLeaveTypedReadsAndRequestBodiesAlone() {
        const QSet<QString> keys = definitionKeys();
        const QStringList fine{
            QStringLiteral(R"x(maxParallel = definition->queue.maxParallel;)x"),
            QStringLiteral(R"x(w.key("createdBy"_L1).raw(creator);)x"),
            QStringLiteral(R"x(QCOMPARE(query.value(QStringLiteral("api-version")), version);)x"),
            QStringLiteral(R"x(new DiffHighlighter(m_diff->document());)x"),
        };
        for (const QString &line : fine)
            QVERIFY2(findingsIn(QStringLiteral("engine/runtime/x.cpp"), line, keys).isEmpty(), qPrintable(line));
        // A request body's name is the Azure API's, in rest/; the same read in the engine is a definition read.
        const QString body = QStringLiteral(R"x(const QJsonValue name = body.value(QStringLiteral("name"));)x");
        QVERIFY(findingsIn(QStringLiteral("rest/releasescontroller.cpp"), body, keys).isEmpty());
        QCOMPARE(findingsIn(QStringLiteral("engine/services/x.cpp"), body, keys).size(), 1);
    }

    void shouldFindNoRawDefinitionReadOutsideTheDefinitionFolder() {
        const QSet<QString> keys = definitionKeys();
        const QDir root(sourceRoot());
        QVERIFY2(root.exists(QStringLiteral("engine/definition/schema.cpp")), qPrintable(root.path()));
        QList<Finding> found;
        int scanned = 0;
        for (const QString &folder : {QStringLiteral("engine"), QStringLiteral("rest")}) {
            QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = root.relativeFilePath(it.next());
                // The one walk over secret variables: the store needs it to seal the plaintext secrets of an older
                // database, and the store may not include the definition layer (tests/rules/enginewalls.cmake).
                // engine/azure/ reads Azure's release definitions, whose keys overlap the pipeline format's.
                if (path.startsWith(QLatin1String("engine/definition/")) ||
                    path.startsWith(QLatin1String("engine/azure/")) ||
                    path == QLatin1String("engine/core/secretfields.cpp"))
                    continue;
                QFile file(root.filePath(path));
                QVERIFY(file.open(QIODevice::ReadOnly));
                found += findingsIn(path, QString::fromUtf8(file.readAll()), keys);
                ++scanned;
            }
        }
        QVERIFY(scanned > 50); // the walk did reach the sources
        QStringList report;
        for (const Finding &finding : std::as_const(found))
            report << finding.place + QStringLiteral(": ") + finding.line;
        QVERIFY2(
            found.isEmpty(),
            qPrintable(QStringLiteral("%1 raw definition read(s) outside engine/definition/:\n").arg(found.size()) +
                       report.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(DefinitionReadsTest)
#include "tst_definitionreads.moc"
