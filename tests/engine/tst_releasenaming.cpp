#include "definition/releasenameformat.h"

#include <QTest>

using namespace slipway;

class ReleaseNamingTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shouldRenderEveryToken_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rev") << QStringLiteral("Release-$(Rev:r)") << QStringLiteral("Release-7");
        QTest::newRow("rev padded") << QStringLiteral("R$(Rev:rrr)") << QStringLiteral("R007");
        QTest::newRow("rev case") << QStringLiteral("$(rev:rr)") << QStringLiteral("07");
        QTest::newRow("date") << QStringLiteral("$(Date:yyyyMMdd)") << QStringLiteral("20260305");
        QTest::newRow("date short") << QStringLiteral("$(Date:yy-M-d H:mm:ss)") << QStringLiteral("26-3-5 8:04:09");
        QTest::newRow("date padded time") << QStringLiteral("$(Date:HHmm)") << QStringLiteral("0804");
        QTest::newRow("build number") << QStringLiteral("$(Build.BuildNumber)") << QStringLiteral("1.4.2");
        QTest::newRow("build definition") << QStringLiteral("$(Build.DefinitionName)") << QStringLiteral("web");
        QTest::newRow("release definition")
            << QStringLiteral("$(Release.DefinitionName) #$(Rev:r)") << QStringLiteral("Shop #7");
        QTest::newRow("variable, any case") << QStringLiteral("$(REGION)-$(Rev:r)") << QStringLiteral("eu-7");
        QTest::newRow("unclosed token stays literal") << QStringLiteral("$(Foo-$(Rev:r)") << QStringLiteral("$(Foo-7");
        QTest::newRow("literal text") << QStringLiteral("nightly") << QStringLiteral("nightly");
    }

    void shouldRenderEveryToken() {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        ReleaseNameContext context;
        context.revision = 7;
        context.localTime = QDateTime(QDate(2026, 3, 5), QTime(8, 4, 9));
        context.pipelineName = QStringLiteral("Shop");
        context.buildNumber = QStringLiteral("1.4.2");
        context.buildDefinitionName = QStringLiteral("web");
        context.variables.insert(QStringLiteral("region"), QStringLiteral("eu"));
        QCOMPARE(renderReleaseName(format, context), expected);
    }

    void shouldListUnknownTokens() {
        QCOMPARE(unknownReleaseNameTokens(QStringLiteral("$(Rev:r)-$(Foo)-$(Date:yy)-$(region)-$(Rev:x)-$(Date:)"),
                                          {QStringLiteral("Region")}),
                 (QStringList{QStringLiteral("$(Foo)"), QStringLiteral("$(Rev:x)"), QStringLiteral("$(Date:)")}));
        QVERIFY(unknownReleaseNameTokens(QStringLiteral("$(Build.BuildNumber)$(Build.DefinitionName)"
                                                        "$(Release.DefinitionName)"),
                                         {})
                    .isEmpty());
    }

    void shouldListUnclosedTokens() {
        QCOMPARE(unclosedReleaseNameTokens(QStringLiteral("Release-$(Rev:r)-$(Foo")),
                 QStringList{QStringLiteral("$(Foo")});
        QCOMPARE(unclosedReleaseNameTokens(QStringLiteral("$(Foo-$(Rev:r)")), QStringList{QStringLiteral("$(Foo-")});
        QCOMPARE(unclosedReleaseNameTokens(QStringLiteral("a$(b$(c")),
                 (QStringList{QStringLiteral("$(b"), QStringLiteral("$(c")}));
        QVERIFY(unclosedReleaseNameTokens(QStringLiteral("$(Rev:r) (nightly) $(Date:yy)")).isEmpty());
        // An unclosed token no longer swallows the next one: only "$(Foo-" is wrong here.
        QVERIFY(unknownReleaseNameTokens(QStringLiteral("$(Foo-$(Rev:r)"), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ReleaseNamingTest)
#include "tst_releasenaming.moc"
