#pragma once

#include "problem.h"
#include "specs.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace slipway {

// $(Name) macros, as Azure writes them in task inputs (docs/pipeline-format.md, "Variables in task inputs").
const QRegularExpression &macroPattern();
// The names a text refers to, in order, as written.
QStringList macroNames(const QString &text);

// The variables every deployment defines, besides Release.Artifacts.{alias}.{suffix}.
const QStringList &predefinedVariableNames();
const QStringList &artifactVariableSuffixes();

// Every input of a task that is expanded before it runs (script, program and arguments, folders, env values, the
// request's url, headers, body and expected value, the instructions).
QStringList expandedTexts(const TaskSpec &task);

// A warning for each $(name) in a task or gate that names no variable of its pipeline or stage and no predefined
// one: it stays as written at run time, where a shell runs $(name) as a command. Stages that link variable groups
// are skipped (their variables are not known here).
void checkMacroReferences(const QJsonObject &document, QList<Problem> &problems);

} // namespace slipway
