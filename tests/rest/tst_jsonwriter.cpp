// The REST layer's JSON text writer: what it writes parses back to the same values, escaping and
// separators included, and a release written as text has the shape the QJsonObject route had.
#include "azureshapes.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace slipway;
using namespace slipway::rest;
using namespace Qt::StringLiterals;

class JsonWriterTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesWhatParsesBackToTheSameValues() {
        const QString awkward = u"quote \" backslash \\ newline \n tab \t bell \x07 é ü 日本 😀 </script>"_s;
        JsonWriter w;
        w.beginObject()
            .field("text"_L1, QStringView(awkward))
            .field("empty"_L1, QStringView(QString()))
            .field("latin"_L1, "plain"_L1)
            .field("big"_L1, qint64(9'007'199'254'740'993))
            .field("negative"_L1, -42)
            .field("yes"_L1, true)
            .field("no"_L1, false);
        w.key("nothing"_L1).null();
        w.key("list"_L1)
            .beginArray()
            .value(1)
            .value(u"two"_s)
            .beginObject()
            .endObject()
            .beginArray()
            .endArray()
            .endArray();
        w.field("fraction"_L1, QJsonValue(2.5)).field("whole"_L1, QJsonValue(3.0));
        w.field("fragment"_L1, QJsonValue(QJsonObject{{u"a"_s, QJsonArray{1, u"b"_s}}}));
        w.key("raw"_L1).raw("{\"r\":[true]}");
        w.rawMembers("\"m1\":1,\"m2\":\"x\"").rawMembers({});
        w.endObject();

        QJsonParseError error;
        const QJsonObject back = QJsonDocument::fromJson(w.text(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.value(u"text"_s).toString(), awkward);
        QCOMPARE(back.value(u"empty"_s).toString(), QString());
        QCOMPARE(back.value(u"latin"_s).toString(), u"plain"_s);
        QCOMPARE(back.value(u"big"_s).toInteger(), qint64(9'007'199'254'740'993));
        QCOMPARE(back.value(u"negative"_s).toInt(), -42);
        QCOMPARE(back.value(u"yes"_s).toBool(false), true);
        QCOMPARE(back.value(u"no"_s).toBool(true), false);
        QVERIFY(back.value(u"nothing"_s).isNull());
        QCOMPARE(back.value(u"list"_s).toArray(), (QJsonArray{1, u"two"_s, QJsonObject(), QJsonArray()}));
        QCOMPARE(back.value(u"fraction"_s).toDouble(), 2.5);
        QVERIFY(w.text().contains("\"whole\":3,")); // a whole number without a fraction, as Qt writes it
        QCOMPARE(back.value(u"fragment"_s).toObject().value(u"a"_s).toArray(), (QJsonArray{1, u"b"_s}));
        QCOMPARE(back.value(u"raw"_s).toObject().value(u"r"_s).toArray(), QJsonArray{true});
        QCOMPARE(back.value(u"m2"_s).toString(), u"x"_s);
        QCOMPARE(back.size(), 15);
        // Control characters are escaped, the rest is UTF-8 as it is.
        QVERIFY(w.text().contains("\\u0007"));
        QVERIFY(w.text().contains("\\\""));
        QVERIFY(w.text().contains(u"日本"_s.toUtf8()));
    }

    void aReleaseHasItsAzureShapeWithSecretsLeftOut() {
        ReleaseDetails details;
        ReleaseRecord &r = details.release;
        r.id = 12;
        r.name = u"Release-12"_s;
        r.pipelineId = 3;
        r.pipelineName = u"Web \"shop\""_s;
        r.revisionId = 77;
        r.revision = 2;
        r.createdBy = u"carol"_s;
        r.createdAt = QDateTime(QDate(2026, 11, 27), QTime(8, 5, 3, 9), Qt::UTC);
        r.variables = QJsonObject{{u"region"_s, u"eu"_s}};
        StageDetails stage;
        stage.stage.id = 40;
        stage.stage.name = u"Prod"_s;
        stage.stage.rank = 1;
        DeploymentRecord d;
        d.id = 90;
        d.attempt = 2;
        d.requestedBy = u"dave"_s;
        d.queuedAt = r.createdAt.addSecs(60);
        stage.deployments << d;
        details.stages << stage;
        PipelineDefinition definition;
        definition.name = r.pipelineName;
        definition.variables = {VariableDefinition{u"region"_s, u"us"_s, false, true},
                                VariableDefinition{u"password"_s, u"hunter2"_s, true, false}};
        StageDefinition prod;
        prod.name = u"Prod"_s;
        definition.stages << prod;

        const AzureShapes shapes(u"http://127.0.0.1:8080/DefaultCollection"_s, u"Default"_s);
        const QByteArray text = shapes.release(details, &definition, {});
        QJsonParseError error;
        const QJsonObject release = QJsonDocument::fromJson(text, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(release.value(u"id"_s).toInt(), 12);
        QCOMPARE(release.value(u"createdOn"_s).toString(), u"2026-11-27T08:05:03.009Z"_s);
        QCOMPARE(release.value(u"createdBy"_s).toObject(), shapes.person(u"carol"_s));
        QCOMPARE(release.value(u"releaseDefinition"_s).toObject().value(u"name"_s).toString(), r.pipelineName);
        QCOMPARE(release.value(u"url"_s).toString(),
                 u"http://127.0.0.1:8080/DefaultCollection/Default/_apis/Release/releases/12"_s);
        const QJsonObject environment = release.value(u"environments"_s).toArray().first().toObject();
        QCOMPARE(environment.value(u"name"_s).toString(), u"Prod"_s);
        const QJsonObject step = environment.value(u"deploySteps"_s).toArray().first().toObject();
        QCOMPARE(step.value(u"attempt"_s).toInt(), 2);
        QCOMPARE(step.value(u"requestedBy"_s).toObject().value(u"uniqueName"_s).toString(), u"dave"_s);
        QVERIFY(environment.value(u"conditions"_s).isArray());
        QVERIFY(environment.value(u"preApprovalsSnapshot"_s).isObject());
        const QJsonObject variables = release.value(u"variables"_s).toObject();
        QCOMPARE(variables.value(u"region"_s).toObject().value(u"value"_s).toString(), u"eu"_s);
        QVERIFY(variables.value(u"password"_s).toObject().value(u"value"_s).isNull());
        QVERIFY(!text.contains("hunter2"));
        // The summary is the same members, as an object.
        QCOMPARE(shapes.releaseSummary(r).value(u"name"_s).toString(), u"Release-12"_s);
    }
};

QTEST_GUILESS_MAIN(JsonWriterTest)
#include "tst_jsonwriter.moc"
