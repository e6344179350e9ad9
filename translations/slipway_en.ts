<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConditionsSummary</name>
    <message numerus="yes">
        <location filename="../views/conditionssummary.cpp" line="+62"/>
        <source>%n gate(s) (every %1, at most %2</source>
        <translation>
            <numerusform>%n gate (every %1, at most %2</numerusform>
            <numerusform>%n gates (every %1, at most %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message numerus="yes">
        <location filename="../models/errortext.cpp" line="+60"/>
        <source>%n file(s) copied to %1</source>
        <translation>
            <numerusform>%n file copied to %1</numerusform>
            <numerusform>%n files copied to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message numerus="yes">
        <location filename="../app/guiwiring.cpp" line="+144"/>
        <source>Engine: running, %n active</source>
        <translation>
            <numerusform>Engine: running, %n active</numerusform>
            <numerusform>Engine: running, %n active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageStatus</name>
    <message numerus="yes">
        <location filename="../models/statuspresentation.cpp" line="+33"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalInboxModel</name>
    <message numerus="yes">
        <location filename="../models/approvalinboxmodel.cpp" line="+42"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalsPage</name>
    <message numerus="yes">
        <location filename="../views/approvalsactions.cpp" line="+81"/>
        <source>Approve %n approval(s):</source>
        <translation>
            <numerusform>Approve %n approval:</numerusform>
            <numerusform>Approve %n approvals:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n item(s):</source>
        <translation>
            <numerusform>Reject %n item:</numerusform>
            <numerusform>Reject %n items:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Resume %n manual intervention(s):</source>
        <translation>
            <numerusform>Resume %n manual intervention:</numerusform>
            <numerusform>Resume %n manual interventions:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Approve %n approval(s), starting no earlier than %1 (%2 UTC):</source>
        <translation>
            <numerusform>Approve %n approval, starting no earlier than %1 (%2 UTC):</numerusform>
            <numerusform>Approve %n approvals, starting no earlier than %1 (%2 UTC):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Hand %n approval(s) to %1:</source>
        <translation>
            <numerusform>Hand %n approval to %1:</numerusform>
            <numerusform>Hand %n approvals to %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n approval(s) approved.</source>
        <translation>
            <numerusform>%n approval approved.</numerusform>
            <numerusform>%n approvals approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) rejected.</source>
        <translation>
            <numerusform>%n item rejected.</numerusform>
            <numerusform>%n items rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n manual intervention(s) resumed.</source>
        <translation>
            <numerusform>%n manual intervention resumed.</numerusform>
            <numerusform>%n manual interventions resumed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n approval(s) deferred to %1.</source>
        <translation>
            <numerusform>%n approval deferred to %1.</numerusform>
            <numerusform>%n approvals deferred to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n approval(s) handed to %1.</source>
        <translation>
            <numerusform>%n approval handed to %1.</numerusform>
            <numerusform>%n approvals handed to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::DashboardPage</name>
    <message numerus="yes">
        <location filename="../views/dashboardpage.cpp" line="+98"/>
        <source>Last %n days</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::MainWindow</name>
    <message numerus="yes">
        <location filename="../views/mainwindowsession.cpp" line="+29"/>
        <source>%n deployment(s) of this window are running, queued or waiting.</source>
        <translation>
            <numerusform>%n deployment of this window is running, queued or waiting.</numerusform>
            <numerusform>%n deployments of this window are running, queued or waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Slipway stays open: %n deployment(s) active.</source>
        <translation>
            <numerusform>Slipway stays open: %n deployment active.</numerusform>
            <numerusform>Slipway stays open: %n deployments active.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::PipelineDocumentModel</name>
    <message numerus="yes">
        <location filename="../models/pipelinedocumentmodel.cpp" line="+344"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::PipelineEditorDialog</name>
    <message numerus="yes">
        <location filename="../views/pipelineeditor.cpp" line="+183"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Not saved: fix the %n error(s) listed above first.</source>
        <translation>
            <numerusform>Not saved: fix the %n error listed above first.</numerusform>
            <numerusform>Not saved: fix the %n errors listed above first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Imported %1; fix the %n error(s) listed above, then save.</source>
        <translation>
            <numerusform>Imported %1; fix the %n error listed above, then save.</numerusform>
            <numerusform>Imported %1; fix the %n errors listed above, then save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::PipelineHistoryTab</name>
    <message numerus="yes">
        <location filename="../views/pipelinehistorytab.cpp" line="+98"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::TimelinePlot</name>
    <message numerus="yes">
        <location filename="../views/timelineplot.cpp" line="+182"/>
        <source>%n deployment(s): %1 succeeded, %2 failed, %3 other
Click to zoom in</source>
        <translation>
            <numerusform>%n deployment: %1 succeeded, %2 failed, %3 other
Click to zoom in</numerusform>
            <numerusform>%n deployments: %1 succeeded, %2 failed, %3 other
Click to zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::WhatsWherePage</name>
    <message numerus="yes">
        <location filename="../views/whatswherepage.cpp" line="+151"/>
        <source>%n stage(s) running a release.</source>
        <translation>
            <numerusform>%n stage running a release.</numerusform>
            <numerusform>%n stages running a release.</numerusform>
        </translation>
    </message>
</context>
</TS>
