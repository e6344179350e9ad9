#include "pipelinechecks.h"

#include "releasenameformat.h"

#include "core/result.h"

#include <QHash>
#include <QJsonArray>

namespace slipway {

namespace {

QString quoted(const QString &text) {
    return QLatin1Char('"') + text + QLatin1Char('"');
}

class SemanticChecker final {
public:
    SemanticChecker(const QJsonObject &document, const KnownPrincipals *principals, QList<Problem> &problems)
        : m_document(document), m_principals(principals), m_problems(problems),
          m_stages(document.value(QLatin1String("stages")).toArray()) {}

    void run() {
        checkStageNames();
        checkTriggers();
        checkCycles();
        checkArtifacts();
        checkReleaseNameFormat();
        checkStageContents();
        checkSchedules();
        checkVariableGroups(m_document, QString());
        for (qsizetype i = 0; i < m_stages.size(); ++i)
            checkVariableGroups(stageAt(i), stagePath(i));
    }

private:
    const QJsonObject &m_document;
    const KnownPrincipals *m_principals;
    QList<Problem> &m_problems;
    QJsonArray m_stages;
    QHash<QString, qsizetype> m_stageIndex;

    // The template stays with the problem so that a view can show it translated (models/errortext.h).
    void add(Problem::Severity severity, const QString &path, const char *source, const QStringList &arguments) {
        m_problems.append({severity, path, Error::fill(QString::fromUtf8(source), arguments), source, arguments});
    }
    void error(const QString &path, const char *source, const QStringList &arguments = {}) {
        add(Problem::Severity::Error, path, source, arguments);
    }
    void warning(const QString &path, const char *source, const QStringList &arguments = {}) {
        add(Problem::Severity::Warning, path, source, arguments);
    }
    static QString stagePath(qsizetype index) { return indexPath(QStringLiteral("stages"), index); }
    QJsonObject stageAt(qsizetype index) const { return m_stages.at(index).toObject(); }

    void checkStageNames() {
        if (m_document.value(QLatin1String("stages")).isArray() && m_stages.isEmpty())
            error(QStringLiteral("stages"), QT_TRANSLATE_NOOP("Engine", "a pipeline needs at least one stage"));
        for (qsizetype i = 0; i < m_stages.size(); ++i) {
            const QString name = stageAt(i).value(QLatin1String("name")).toString();
            if (name.isEmpty())
                continue;
            if (m_stageIndex.contains(name))
                error(joinPath(stagePath(i), QStringLiteral("name")),
                      QT_TRANSLATE_NOOP("Engine", "duplicate stage \"%1\" (also %2)"),
                      {name, stagePath(m_stageIndex.value(name))});
            else
                m_stageIndex.insert(name, i);
        }
    }

    QStringList triggerStages(qsizetype index) const {
        const QJsonObject trigger = stageAt(index).value(QLatin1String("trigger")).toObject();
        if (trigger.value(QLatin1String("type")).toString() != QLatin1String("afterStages"))
            return {};
        QStringList names;
        for (const QJsonValue &value : trigger.value(QLatin1String("stages")).toArray())
            names << value.toString();
        return names;
    }

    void checkTriggers() {
        for (qsizetype i = 0; i < m_stages.size(); ++i) {
            const QJsonObject trigger = stageAt(i).value(QLatin1String("trigger")).toObject();
            if (trigger.value(QLatin1String("type")).toString() != QLatin1String("afterStages"))
                continue;
            const QString listPath =
                joinPath(joinPath(stagePath(i), QStringLiteral("trigger")), QStringLiteral("stages"));
            const QStringList names = triggerStages(i);
            if (names.isEmpty() && trigger.value(QLatin1String("stages")).isArray())
                error(listPath, QT_TRANSLATE_NOOP("Engine", "must name at least one stage"));
            const QString self = stageAt(i).value(QLatin1String("name")).toString();
            for (qsizetype j = 0; j < names.size(); ++j) {
                if (names[j].isEmpty())
                    continue;
                if (!m_stageIndex.contains(names[j]))
                    error(indexPath(listPath, j), QT_TRANSLATE_NOOP("Engine", "unknown stage \"%1\""), {names[j]});
                else if (names[j] == self)
                    error(indexPath(listPath, j),
                          QT_TRANSLATE_NOOP("Engine", "stage \"%1\" cannot trigger after itself"), {self});
                else if (names.indexOf(names[j]) != j)
                    error(indexPath(listPath, j), QT_TRANSLATE_NOOP("Engine", "stage \"%1\" is listed twice"),
                          {names[j]});
            }
        }
    }

    // Depth-first search over "runs after" edges; each cycle is reported once, at its first stage. Iterative
    // (an explicit stack of frames), so a chain of any length cannot overflow the call stack.
    void checkCycles() {
        enum class Mark { None, Visiting, Done };
        struct Frame final {
            qsizetype index;
            QString name;
            QStringList next; // the stages it runs after
            qsizetype position = 0;
        };
        QList<Mark> marks(m_stages.size(), Mark::None);
        QList<Frame> stack;
        QHash<qsizetype, qsizetype> onPath; // stage index -> its frame's position in the stack
        const auto enter = [&](qsizetype index) {
            marks[index] = Mark::Visiting;
            onPath.insert(index, stack.size());
            stack.append({index, stageAt(index).value(QLatin1String("name")).toString(), triggerStages(index)});
        };
        for (qsizetype i = 0; i < m_stages.size(); ++i) {
            if (marks[i] != Mark::None)
                continue;
            enter(i);
            while (!stack.isEmpty()) {
                Frame &frame = stack.last();
                if (frame.position == frame.next.size()) {
                    marks[frame.index] = Mark::Done;
                    onPath.remove(frame.index);
                    stack.removeLast();
                    continue;
                }
                const QString name = frame.next.at(frame.position++);
                const qsizetype next = m_stageIndex.value(name, -1);
                if (next < 0 || name == frame.name)
                    continue;
                if (marks[next] == Mark::Visiting)
                    reportCycle(stack, onPath.value(next), name);
                else if (marks[next] == Mark::None)
                    enter(next);
            }
        }
    }

    template <typename Frames>
    void reportCycle(const Frames &stack, qsizetype from, const QString &closingName) {
        QStringList names;
        for (qsizetype k = from; k < stack.size(); ++k)
            names << quoted(stageAt(stack.at(k).index).value(QLatin1String("name")).toString());
        names << quoted(closingName);
        error(joinPath(stagePath(stack.at(from).index), QStringLiteral("trigger")),
              QT_TRANSLATE_NOOP("Engine", "stages %1 form a cycle"), {names.join(QStringLiteral(" → "))});
    }

    void checkArtifacts() {
        const QJsonArray artifacts = m_document.value(QLatin1String("artifacts")).toArray();
        QHash<QString, qsizetype> aliases;
        qsizetype primary = -1;
        for (qsizetype i = 0; i < artifacts.size(); ++i) {
            const QJsonObject artifact = artifacts.at(i).toObject();
            const QString path = indexPath(QStringLiteral("artifacts"), i);
            const QString alias = artifact.value(QLatin1String("alias")).toString();
            if (!alias.isEmpty() && aliases.contains(alias))
                error(joinPath(path, QStringLiteral("alias")),
                      QT_TRANSLATE_NOOP("Engine", "duplicate artifact alias \"%1\" (also %2)"),
                      {alias, indexPath(QStringLiteral("artifacts"), aliases.value(alias))});
            else if (!alias.isEmpty())
                aliases.insert(alias, i);
            if (artifact.value(QLatin1String("primary")).toBool()) {
                if (primary >= 0)
                    error(joinPath(path, QStringLiteral("primary")),
                          QT_TRANSLATE_NOOP("Engine", "only one artifact source can be primary (%1 is)"),
                          {indexPath(QStringLiteral("artifacts"), primary)});
                else
                    primary = i;
            }
        }
        for (qsizetype i = 0; i < m_stages.size(); ++i) {
            const QJsonArray filters = stageAt(i).value(QLatin1String("artifactFilters")).toArray();
            for (qsizetype j = 0; j < filters.size(); ++j) {
                const QString alias = filters.at(j).toObject().value(QLatin1String("alias")).toString();
                if (!alias.isEmpty() && !aliases.contains(alias))
                    error(joinPath(indexPath(joinPath(stagePath(i), QStringLiteral("artifactFilters")), j),
                                   QStringLiteral("alias")),
                          QT_TRANSLATE_NOOP("Engine", "unknown artifact \"%1\""), {alias});
            }
        }
    }

    void checkReleaseNameFormat() {
        const QJsonValue format = m_document.value(QLatin1String("releaseNameFormat"));
        if (!format.isString())
            return;
        const QStringList variables = m_document.value(QLatin1String("variables")).toObject().keys();
        for (const QString &token : unknownReleaseNameTokens(format.toString(), variables))
            error(QStringLiteral("releaseNameFormat"), QT_TRANSLATE_NOOP("Engine", "unknown token %1"), {token});
        for (const QString &token : unclosedReleaseNameTokens(format.toString()))
            error(QStringLiteral("releaseNameFormat"),
                  QT_TRANSLATE_NOOP("Engine", "the token \"%1\" is not closed: add \")\" after its name"), {token});
    }

    void checkApprovers(const QJsonValue &approvals, const QString &path) {
        if (!m_principals)
            return;
        const QJsonArray approvers = approvals.toObject().value(QLatin1String("approvers")).toArray();
        for (qsizetype i = 0; i < approvers.size(); ++i) {
            const QString approver = approvers.at(i).toString();
            if (approver.isEmpty())
                continue;
            const bool isGroup = approver.startsWith(QLatin1String("group:"));
            const QString name = isGroup ? approver.mid(6) : approver;
            const bool known = isGroup ? m_principals->groups.contains(name) : m_principals->users.contains(name);
            if (!known)
                error(indexPath(joinPath(path, QStringLiteral("approvers")), i),
                      isGroup ? QT_TRANSLATE_NOOP("Engine", "unknown group \"%1\"")
                              : QT_TRANSLATE_NOOP("Engine", "unknown user \"%1\""),
                      {name});
        }
    }

    void checkStageContents() {
        for (qsizetype i = 0; i < m_stages.size(); ++i) {
            const QJsonObject stage = stageAt(i);
            const QString path = stagePath(i);
            for (const char *key : {"preApprovals", "postApprovals"}) {
                const QString name = QString::fromLatin1(key);
                const QJsonValue approvals = stage.value(name);
                if (approvals.isObject() &&
                    approvals.toObject().value(QLatin1String("approvers")).toArray().isEmpty() &&
                    approvals.toObject().value(QLatin1String("approvers")).isArray())
                    error(joinPath(joinPath(path, name), QStringLiteral("approvers")),
                          QT_TRANSLATE_NOOP("Engine", "must name at least one approver"));
                checkApprovers(approvals, joinPath(path, name));
            }
            const QJsonArray tasks = stage.value(QLatin1String("tasks")).toArray();
            for (qsizetype t = 0; t < tasks.size(); ++t) {
                const QJsonObject task = tasks.at(t).toObject();
                if (task.value(QLatin1String("type")).toString() == QLatin1String("manualIntervention"))
                    checkApprovers(task, indexPath(joinPath(path, QStringLiteral("tasks")), t));
            }
            const QString trigger = stage.value(QLatin1String("trigger"))
                                        .toObject()
                                        .value(QLatin1String("type"))
                                        .toString(QStringLiteral("manual"));
            if (tasks.isEmpty() && (trigger != QLatin1String("manual") || stage.contains(QLatin1String("schedule"))))
                warning(joinPath(path, QStringLiteral("tasks")),
                        QT_TRANSLATE_NOOP("Engine", "stage \"%1\" is triggered automatically but has no tasks"),
                        {stage.value(QLatin1String("name")).toString()});
        }
    }

    // Group names compare case-insensitively, as the library's names do.
    void checkVariableGroups(const QJsonObject &owner, const QString &path) {
        const QJsonArray groups = owner.value(QLatin1String("variableGroups")).toArray();
        const QString listPath = joinPath(path, QStringLiteral("variableGroups"));
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString name = groups.at(i).toString();
            const QString folded = name.toCaseFolded();
            if (name.isEmpty())
                continue;
            if (seen.contains(folded))
                error(indexPath(listPath, i), QT_TRANSLATE_NOOP("Engine", "duplicate variable group \"%1\" (also %2)"),
                      {name, indexPath(listPath, seen.value(folded))});
            else
                seen.insert(folded, i);
        }
    }

    void checkSchedules() {
        auto checkDays = [this](const QJsonValue &schedule, const QString &path) {
            const QJsonValue days = schedule.toObject().value(QLatin1String("days"));
            if (days.isArray() && days.toArray().isEmpty())
                error(joinPath(path, QStringLiteral("days")),
                      QT_TRANSLATE_NOOP("Engine", "must name at least one day"));
        };
        const QJsonArray schedules = m_document.value(QLatin1String("schedules")).toArray();
        for (qsizetype i = 0; i < schedules.size(); ++i)
            checkDays(schedules.at(i), indexPath(QStringLiteral("schedules"), i));
        for (qsizetype i = 0; i < m_stages.size(); ++i)
            if (stageAt(i).contains(QLatin1String("schedule")))
                checkDays(stageAt(i).value(QLatin1String("schedule")),
                          joinPath(stagePath(i), QStringLiteral("schedule")));
    }
};

} // namespace

void checkPipelineSemantics(const QJsonObject &document, const KnownPrincipals *principals, QList<Problem> &problems) {
    SemanticChecker(document, principals, problems).run();
}

} // namespace slipway
