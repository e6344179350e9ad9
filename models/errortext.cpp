#include "errortext.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace slipway {

namespace {

QString translated(const char *source, const QStringList &arguments, const QString &fallback) {
    if (!source)
        return fallback;
    return Error::fill(QCoreApplication::translate("Engine", source), arguments);
}

} // namespace

QString engineTemplateText(const char *source, const QStringList &arguments, const QString &fallback) {
    return translated(source, arguments, fallback);
}

namespace {

QString word(const char *text) {
    return QCoreApplication::translate("Status", text);
}

// A task's state: its own entries, as languages with genders need them ("la tâche" is "réussie").
struct TaskWord final {
    const char *source;
    const char *comment;
};
QString taskWord(TaskWord text) {
    return QCoreApplication::translate("Status", text.source, text.comment);
}

// One sentence the engine writes. `match` is the English it stores; `source` the template to translate
// when it differs (a plural). Per argument: 'p' as it is, 't' a task status name, 'n' an engine sentence
// itself, '#' the count of a plural (then left out of the arguments).
struct Sentence final {
    const char *match;
    const char *kinds;
    const char *source = nullptr;
};

// The engine's log lines and messages (engine/runtime, engine/services), most specific first.
const Sentence sentences[] = {
    {QT_TRANSLATE_NOOP("Engine", "Deploying %1 to %2, attempt %3"), "ppp"},
    {QT_TRANSLATE_NOOP("Engine", "Artifact %1: version %2"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "Skipped %1: %2"), "pn"},
    {QT_TRANSLATE_NOOP("Engine", "Task %1: %2 (%3)"), "ptn"},
    {QT_TRANSLATE_NOOP("Engine", "Task %1: %2"), "pt"},
    {QT_TRANSLATE_NOOP("Engine", "Task %1 (%2)"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "Output truncated after %1 lines; the task keeps running"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "Waiting for a manual intervention: %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "Waiting %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "Kept existing %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "Copied %1"), "p"},
    {"%1 file(s) copied to %2", "#p", QT_TRANSLATE_N_NOOP("Engine", "%n file(s) copied to %1")},
    {QT_TRANSLATE_NOOP("Engine", "resumed: no answer within %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "rejected: no answer within %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "resumed by %1: %2"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "resumed by %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "rejected by %1: %2"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "rejected by %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "override by %1: %2"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "override by %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "reassigned to %1: %2"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "reassigned to %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "reassigned from %1 by %2"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "skipped: %1 approved stage \"%2\" of this release"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "not needed: rejected"), ""},
    {QT_TRANSLATE_NOOP("Engine", "not needed: %1 decided"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "approval timed out at %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "the folder %1 does not exist"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "cannot copy %1 to %2"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "request to %1 failed: %2"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "status %1 is outside %2"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "%1 is \"%2\", not \"%3\""), "ppp"},
    {QT_TRANSLATE_NOOP("Engine", "tasks of type \"%1\" are not supported by this version of Slipway yet"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "interrupted: the engine running it (%1, pid %2) stopped"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "interrupted: Slipway was shut down while it ran"), ""},
    {QT_TRANSLATE_NOOP("Engine", "canceled on request"), ""},
    {QT_TRANSLATE_NOOP("Engine", "canceled: a newer release, %1, was deployed instead"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "canceled: the release was abandoned"), ""},
    {QT_TRANSLATE_NOOP("Engine", "canceled by %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "not run: %1"), "n"},
    {QT_TRANSLATE_NOOP("Engine", "disabled"), ""},
    {QT_TRANSLATE_NOOP("Engine", "condition \"%1\" not met"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "cannot record task %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "cannot record the deployment's start"), ""},
    {QT_TRANSLATE_NOOP("Engine", "timed out after %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "the process crashed"), ""},
    {QT_TRANSLATE_NOOP("Engine", "exit code %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "cannot start %1: %2"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "the gates did not pass within %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "all gates passed"), ""},
    {QT_TRANSLATE_NOOP("Engine", "gate evaluation stopped"), ""},
    {QT_TRANSLATE_NOOP("Engine", "scheduled deployment"), ""},
    {QT_TRANSLATE_NOOP("Engine", "waiting for an agent of pool %1 with %2 = %3"), "ppp"}, // rules/agentmatch.cpp
    {QT_TRANSLATE_NOOP("Engine", "waiting for an agent of pool %1 with the capability %2"), "pp"},
    {QT_TRANSLATE_NOOP("Engine", "waiting for an agent of pool %1"), "p"},
    {QT_TRANSLATE_NOOP("Engine", "Initialize"), ""}, // the engine's own first step of a deployment
};

// Refusals that carry a state's wire name ("approved") among their arguments, which the user reads in words.
// Per argument: 'p' as it is, 'a' an approval status, 'o' an operation status, 'd' a deployment status.
struct StateArguments final {
    const char *source;
    const char *kinds;
};
const StateArguments stateArguments[] = {
    {"approval %1 is no longer pending (%2)", "pa"},
    {"approval %1 is no longer pending (%2 by %3)", "pap"},
    {"deployment %1 has already finished (%2)", "pd"},
    {"deployment %1 is no longer waiting for approval %2 (%3)", "ppo"},
    {"stage \"%1\" of release %2 already has deployment %3 (%4)", "pppo"},
};

template <typename State>
QString stateWord(const QString &name) {
    const std::optional<State> state = fromString<State>(name);
    return state ? statusText(*state) : name;
}

QStringList argumentsInWords(const Error &error) {
    for (const StateArguments &known : stateArguments) {
        if (qstrcmp(known.source, error.source) != 0)
            continue;
        QStringList arguments = error.arguments;
        for (qsizetype i = 0; known.kinds[i] && i < arguments.size(); ++i) {
            switch (known.kinds[i]) {
            case 'a': arguments[i] = stateWord<ApprovalStatus>(arguments.at(i)); break;
            case 'o': arguments[i] = stateWord<OperationStatus>(arguments.at(i)); break;
            case 'd': arguments[i] = stateWord<DeploymentStatus>(arguments.at(i)); break;
            default: break;
            }
        }
        return arguments;
    }
    return error.arguments;
}

QRegularExpression patternOf(const char *match) {
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    const QString text = QString::fromUtf8(match);
    QString pattern = QStringLiteral("^");
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch found = it.next();
        pattern += QRegularExpression::escape(text.mid(at, found.capturedStart() - at)) + QStringLiteral("(.*?)");
        at = found.capturedEnd();
    }
    pattern += QRegularExpression::escape(text.mid(at)) + QLatin1Char('$');
    return QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption);
}

const QList<QRegularExpression> &patterns() {
    static const QList<QRegularExpression> compiled = [] {
        QList<QRegularExpression> list;
        for (const Sentence &sentence : sentences)
            list << patternOf(sentence.match);
        return list;
    }();
    return compiled;
}

// The sentence's arguments in the user's language, or nothing when a status argument is no status.
std::optional<QStringList> argumentsOf(const Sentence &sentence, const QRegularExpressionMatch &found, int &count) {
    QStringList arguments;
    for (int i = 0; sentence.kinds[i]; ++i) {
        const QString value = found.captured(i + 1);
        switch (sentence.kinds[i]) {
        case 't': {
            const std::optional<TaskStatus> status = fromString<TaskStatus>(value);
            if (!status)
                return std::nullopt;
            arguments << statusText(*status);
            break;
        }
        case 'n': arguments << engineText(value); break;
        case '#': count = value.toInt(); break;
        default: arguments << value;
        }
    }
    return arguments;
}

} // namespace

QString errorText(const Error &error) {
    return error.source ? translated(error.source, argumentsInWords(error), error.message) : error.message;
}

QString problemMessage(const Problem &problem) {
    return translated(problem.source, problem.arguments, problem.message);
}

QString problemText(const Problem &problem) {
    const QString message = problemMessage(problem);
    return problem.path.isEmpty() ? message : problem.path + QStringLiteral(": ") + message;
}

QString statusText(ReleaseStatus status) {
    switch (status) {
    case ReleaseStatus::Draft: return word(QT_TRANSLATE_NOOP("Status", "Draft"));
    case ReleaseStatus::Active: return word(QT_TRANSLATE_NOOP("Status", "Active"));
    case ReleaseStatus::Abandoned: return word(QT_TRANSLATE_NOOP("Status", "Abandoned"));
    }
    return {};
}

QString statusText(DeploymentStatus status) {
    switch (status) {
    case DeploymentStatus::NotDeployed: return word(QT_TRANSLATE_NOOP("Status", "Not deployed"));
    case DeploymentStatus::InProgress: return word(QT_TRANSLATE_NOOP("Status", "In progress"));
    case DeploymentStatus::Succeeded: return word(QT_TRANSLATE_NOOP("Status", "Succeeded"));
    case DeploymentStatus::PartiallySucceeded: return word(QT_TRANSLATE_NOOP("Status", "Partially succeeded"));
    case DeploymentStatus::Failed: return word(QT_TRANSLATE_NOOP("Status", "Failed"));
    case DeploymentStatus::Canceled: return word(QT_TRANSLATE_NOOP("Status", "Canceled"));
    case DeploymentStatus::Interrupted: return word(QT_TRANSLATE_NOOP("Status", "Interrupted"));
    }
    return {};
}

QString statusText(OperationStatus status) {
    switch (status) {
    case OperationStatus::Queued: return word(QT_TRANSLATE_NOOP("Status", "Queued"));
    case OperationStatus::PendingApproval: return word(QT_TRANSLATE_NOOP("Status", "Awaiting approval"));
    case OperationStatus::EvaluatingGates: return word(QT_TRANSLATE_NOOP("Status", "Evaluating gates"));
    case OperationStatus::Deferred: return word(QT_TRANSLATE_NOOP("Status", "Deferred"));
    case OperationStatus::Running: return word(QT_TRANSLATE_NOOP("Status", "Running"));
    case OperationStatus::PendingIntervention: return word(QT_TRANSLATE_NOOP("Status", "Awaiting intervention"));
    case OperationStatus::Cancelling: return word(QT_TRANSLATE_NOOP("Status", "Canceling"));
    case OperationStatus::Done: return word(QT_TRANSLATE_NOOP("Status", "Done"));
    }
    return {};
}

QString statusText(TaskStatus status) {
    switch (status) {
    case TaskStatus::Pending: return taskWord(QT_TRANSLATE_NOOP3("Status", "Pending", "task"));
    case TaskStatus::InProgress: return taskWord(QT_TRANSLATE_NOOP3("Status", "In progress", "task"));
    case TaskStatus::Succeeded: return taskWord(QT_TRANSLATE_NOOP3("Status", "Succeeded", "task"));
    case TaskStatus::Failed: return taskWord(QT_TRANSLATE_NOOP3("Status", "Failed", "task"));
    case TaskStatus::Skipped: return taskWord(QT_TRANSLATE_NOOP3("Status", "Skipped", "task"));
    case TaskStatus::Canceled: return taskWord(QT_TRANSLATE_NOOP3("Status", "Canceled", "task"));
    case TaskStatus::Interrupted: return taskWord(QT_TRANSLATE_NOOP3("Status", "Interrupted", "task"));
    }
    return {};
}

QString statusText(ApprovalStatus status) {
    switch (status) {
    case ApprovalStatus::Pending: return word(QT_TRANSLATE_NOOP("Status", "Pending"));
    case ApprovalStatus::Approved: return word(QT_TRANSLATE_NOOP("Status", "Approved"));
    case ApprovalStatus::Rejected: return word(QT_TRANSLATE_NOOP("Status", "Rejected"));
    case ApprovalStatus::Reassigned: return word(QT_TRANSLATE_NOOP("Status", "Reassigned"));
    case ApprovalStatus::Canceled: return word(QT_TRANSLATE_NOOP("Status", "Canceled"));
    case ApprovalStatus::Skipped: return word(QT_TRANSLATE_NOOP("Status", "Skipped"));
    }
    return {};
}

QString engineText(const QString &english) {
    if (english.isEmpty())
        return english;
    const QList<QRegularExpression> &compiled = patterns();
    for (qsizetype i = 0; i < compiled.size(); ++i) {
        const QRegularExpressionMatch found = compiled.at(i).match(english);
        if (!found.hasMatch())
            continue;
        const Sentence &sentence = sentences[i];
        int count = -1;
        const std::optional<QStringList> arguments = argumentsOf(sentence, found, count);
        if (!arguments)
            continue;
        const char *source = sentence.source ? sentence.source : sentence.match;
        return Error::fill(QCoreApplication::translate("Engine", source, nullptr, count), *arguments);
    }
    return english;
}

} // namespace slipway
