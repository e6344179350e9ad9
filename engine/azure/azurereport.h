#pragma once

#include "azureimport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

#include <initializer_list>
#include <utility>

namespace slipway::azure::detail {

// The mapper's shared pieces: the report it writes and readers that accept Azure's string or numeric forms.

class Report final {
public:
    // `source` is a template marked QT_TRANSLATE_NOOP("Engine", …): the window shows it in the user's language.
    void mapped(const QString &path, const char *source, const QStringList &arguments = {}) {
        note(path, source, arguments, true);
    }
    void unmapped(const QString &path, const char *source, const QStringList &arguments = {}) {
        note(path, source, arguments, false);
    }
    // A note for each member of `object` not in `handled` that carries information (empty values carry none).
    void rest(const QJsonObject &object, const QString &path, std::initializer_list<const char *> handled);

    QList<MappingNote> notes;
    QStringList secrets;

private:
    void note(const QString &path, const char *source, const QStringList &arguments, bool mapped) {
        notes.append({path, Error::fill(QString::fromUtf8(source), arguments), mapped, source, arguments});
    }
};

QString member(const QString &path, const QString &key);
QString member(const QString &path, const char *key);
QString element(const QString &path, qsizetype index);

// null, "", [], {}, false and 0 say nothing an import would lose.
bool carriesNothing(const QJsonValue &value);

// A string, or a number written as text.
QString text(const QJsonValue &value);
// A number, or a string holding one; `fallback` otherwise.
qint64 number(const QJsonValue &value, qint64 fallback = 0);
// A flag: true/false or "true"/"false".
bool flag(const QJsonValue &value, bool fallback = false);

// An Azure enum written by name (any case) or by number: its number, or -1.
using EnumNames = std::initializer_list<std::pair<const char *, int>>;
int enumValue(const QJsonValue &value, EnumNames names);

// A flags enum: a number, or names joined by commas ("monday, tuesday").
qint64 flagsValue(const QJsonValue &value, EnumNames names);

// Minutes as a Slipway duration ("90m" -> "90m", 1440 -> "1d").
QString minutesText(qint64 minutes);

// Azure's `eq(root['status'], 'green')` success criteria as a JSON path and the text it must equal.
bool parseSuccessCriteria(const QString &criteria, QString &jsonPath, QString &equals);

// Each Azure stage's mapped name, by the Azure name.
struct StageNames final {
    QHash<QString, QString> byAzureName;
};

// The parts of an environment (stages.cpp) and of its deploy phases (tasks.cpp).
struct StageContext final {
    const QStringList &artifactAliases;
    const StageNames &stages;
    QJsonObject &pipelineVariables; // a gate's service connection adds a variable to set
};
QJsonObject mapEnvironment(const QJsonObject &environment, const QString &path, const StageContext &context,
                           Report &report);
// The demands of every job of a stage, as the stage's demands.
QJsonObject mapDemands(const QJsonArray &phases);
QJsonArray mapDeployPhases(const QJsonArray &phases, const QString &path, QJsonObject &pipelineVariables,
                           Report &report);
// An InvokeRESTAPI task's inputs as the fields of an httpRequest task or an http gate (no name or type).
QJsonObject mapRestCall(const QJsonObject &inputs, const QString &path, QJsonObject &pipelineVariables, Report &report);
// Variables of the definition or a stage, in Slipway's variable map form.
QJsonObject mapVariables(const QJsonObject &variables, const QString &path, Report &report);
// Azure's variable group ids as the names of Slipway groups ("azure-variable-group-7"), each listed.
QJsonArray mapVariableGroups(const QJsonValue &ids, const QString &path, Report &report);
// A release or stage schedule; empty when it names no day.
QJsonObject mapSchedule(const QJsonObject &schedule, const QString &path, bool release, Report &report);

} // namespace slipway::azure::detail
