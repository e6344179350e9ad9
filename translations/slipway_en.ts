<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Engine</name>
    <message numerus="yes">
        <location filename="../models/errortext.cpp" line="+52"/>
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
        <location filename="../app/gui.cpp" line="+173"/>
        <location line="+3"/>
        <source>Engine: running, %n active</source>
        <translation>
            <numerusform>Engine: running, %n active</numerusform>
            <numerusform>Engine: running, %n active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalInboxModel</name>
    <message numerus="yes">
        <location filename="../models/approvalinboxmodel.cpp" line="+30"/>
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
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalsPage</name>
    <message numerus="yes">
        <location filename="../views/approvalspage.cpp" line="+164"/>
        <source>Approve %n approval(s): %1</source>
        <translation>
            <numerusform>Approve %n approval: %1</numerusform>
            <numerusform>Approve %n approvals: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n approval(s): %1</source>
        <translation>
            <numerusform>Reject %n approval: %1</numerusform>
            <numerusform>Reject %n approvals: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n approval(s) %1.</source>
        <translation>
            <numerusform>%n approval %1.</numerusform>
            <numerusform>%n approvals %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::DashboardPage</name>
    <message numerus="yes">
        <location filename="../views/dashboardpage.cpp" line="+87"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
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
        <location filename="../views/pipelineeditor.cpp" line="+391"/>
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
        <location line="+9"/>
        <source>Not saved: fix the %n error(s) listed below first.</source>
        <translation>
            <numerusform>Not saved: fix the %n error listed below first.</numerusform>
            <numerusform>Not saved: fix the %n errors listed below first.</numerusform>
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
        <location filename="../views/timelineplot.cpp" line="+181"/>
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
        <location filename="../views/whatswherepage.cpp" line="+109"/>
        <source>%n stage(s) running a release.</source>
        <translation>
            <numerusform>%n stage running a release.</numerusform>
            <numerusform>%n stages running a release.</numerusform>
        </translation>
    </message>
</context>
</TS>
