#pragma once

#include "core/result.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace slipway {
class AppSession;
}

namespace slipway::cli {

// What a command needs: its positional words (after the command words), the parsed options,
// the session, and where to write.
struct Invocation final {
    QStringList words;
    const QCommandLineParser &options;
    AppSession &session;
    bool json = false;
    QTextStream &out;
    QTextStream &err;
};

// Exactly `count` words after the command, else the usage line.
Status needWords(const Invocation &call, int count, const QString &usage);

Status pipelineImport(const Invocation &call);
Status pipelineExport(const Invocation &call);
Status pipelineValidate(const Invocation &call);
Status pipelineList(const Invocation &call);
Status artifactAdd(const Invocation &call);
Status releaseCreate(const Invocation &call);
Status releaseList(const Invocation &call);
Status releaseShow(const Invocation &call);
Status releaseAbandon(const Invocation &call);
Status userAdd(const Invocation &call);
Status userRemove(const Invocation &call);
Status userList(const Invocation &call);
Status deploy(const Invocation &call);
Status cancel(const Invocation &call);
Status logs(const Invocation &call);
Status intervention(const Invocation &call);
Status approvals(const Invocation &call);
Status approve(const Invocation &call);
Status reject(const Invocation &call);
Status defer(const Invocation &call);
Status reassign(const Invocation &call);
Status gateIgnore(const Invocation &call);
Status groupAdd(const Invocation &call);
Status tokenCreate(const Invocation &call);
Status tokenRevoke(const Invocation &call);
Status retention(const Invocation &call);
Status auditVerify(const Invocation &call);
Status demoData(const Invocation &call);
Status agentList(const Invocation &call);
Status agentDisable(const Invocation &call);
Status agentEnable(const Invocation &call);
Status variableGroupAdd(const Invocation &call);
Status variableGroupSet(const Invocation &call);
Status variableGroupUnset(const Invocation &call);
Status variableGroupList(const Invocation &call);
Status variableGroupShow(const Invocation &call);
Status variableGroupRemove(const Invocation &call);

// `slipway db init|copy`: they name their databases themselves and open no session.
Status database(const QStringList &words, QTextStream &out, QTextStream &err);

} // namespace slipway::cli
