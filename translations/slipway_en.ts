<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Gui</name>
    <message numerus="yes">
        <location filename="../app/gui.cpp" line="+173"/>
        <location line="+3"/>
        <source>Engine: running, %n active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalInboxModel</name>
    <message numerus="yes">
        <location filename="../models/approvalinboxmodel.cpp" line="+27"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::ApprovalsPage</name>
    <message numerus="yes">
        <location filename="../views/approvalspage.cpp" line="+164"/>
        <source>Approve %n approval(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n approval(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n approval(s) %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::DashboardPage</name>
    <message numerus="yes">
        <location filename="../views/dashboardpage.cpp" line="+87"/>
        <source>Last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::PipelineDocumentModel</name>
    <message numerus="yes">
        <location filename="../models/pipelinedocumentmodel.cpp" line="+344"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::PipelineEditorDialog</name>
    <message numerus="yes">
        <location filename="../views/pipelineeditor.cpp" line="+391"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Not saved: fix the %n error(s) listed below first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::PipelineHistoryTab</name>
    <message numerus="yes">
        <location filename="../views/pipelinehistorytab.cpp" line="+100"/>
        <source>%n revision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::TimelinePlot</name>
    <message numerus="yes">
        <location filename="../views/timelineplot.cpp" line="+181"/>
        <source>%n deployment(s): %1 succeeded, %2 failed, %3 other
Click to zoom in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slipway::WhatsWherePage</name>
    <message numerus="yes">
        <location filename="../views/whatswherepage.cpp" line="+111"/>
        <source>%n stage(s) running a release.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
