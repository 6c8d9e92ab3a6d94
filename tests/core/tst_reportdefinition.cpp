// Report definitions: named periods worked out in the report's zone (weeks from Monday, months,
// DST days), requests built from them, and saved definitions that are checked when read back.
#include "reports/reportdefinition.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::PeriodPreset;

namespace {
qint64 at(const char* iso, const QTimeZone& zone)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(iso).left(10), Qt::ISODate),
                     QTime::fromString(QString::fromLatin1(iso).mid(11), Qt::ISODate), zone)
        .toSecsSinceEpoch();
}
} // namespace

class TestReportDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets_data();
    void presets();
    void dstDayIsShorter();
    void requestCarriesEverything();
    void badDefinitionsAreRefused();
    void jsonRoundTrip();
    void jsonIsChecked_data();
    void jsonIsChecked();
};

void TestReportDefinition::presets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    // "Now" is Wednesday 2026-11-25 15:30 in Europe/Rome.
    QTest::newRow("today") << int(PeriodPreset::Today) << u"2026-11-25T00:00:00"_s << u"2026-11-26T00:00:00"_s;
    QTest::newRow("yesterday") << int(PeriodPreset::Yesterday) << u"2026-11-24T00:00:00"_s << u"2026-11-25T00:00:00"_s;
    QTest::newRow("this week") << int(PeriodPreset::ThisWeek) << u"2026-11-23T00:00:00"_s << u"2026-11-30T00:00:00"_s;
    QTest::newRow("last week") << int(PeriodPreset::LastWeek) << u"2026-11-16T00:00:00"_s << u"2026-11-23T00:00:00"_s;
    QTest::newRow("this month") << int(PeriodPreset::ThisMonth) << u"2026-11-01T00:00:00"_s << u"2026-12-01T00:00:00"_s;
    QTest::newRow("last month") << int(PeriodPreset::LastMonth) << u"2026-10-01T00:00:00"_s << u"2026-11-01T00:00:00"_s;
}

void TestReportDefinition::presets()
{
    QFETCH(int, preset);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QTimeZone rome("Europe/Rome");
    const qint64 now = at("2026-11-25T15:30:00", rome);
    const qw::ReportPeriod period = qw::PeriodPresets::periodAt(PeriodPreset(preset), now, rome);
    const QString format = u"yyyy-MM-ddTHH:mm:ss"_s;
    QCOMPARE(QDateTime::fromSecsSinceEpoch(period.from, rome).toString(format), from);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(period.to, rome).toString(format), to);
}

void TestReportDefinition::dstDayIsShorter()
{
    // 2026-03-29: Rome moves from +01:00 to +02:00; that day has 23 hours.
    const QTimeZone rome("Europe/Rome");
    const qw::ReportPeriod period
        = qw::PeriodPresets::periodAt(PeriodPreset::Today, at("2026-03-29T12:00:00", rome), rome);
    QCOMPARE(period.to - period.from, qint64(23 * 3600));
    // And "last month" across the October change has 31 days and one extra hour.
    const qw::ReportPeriod october
        = qw::PeriodPresets::periodAt(PeriodPreset::LastMonth, at("2026-11-10T09:00:00", rome), rome);
    QCOMPARE(october.to - october.from, qint64(31 * 86400 + 3600));
}

void TestReportDefinition::requestCarriesEverything()
{
    qw::ReportDefinition definition;
    definition.sourceSpec = u" cluster:A|B-|C "_s;
    definition.preset = PeriodPreset::Custom;
    definition.customFrom = 1'790'000'000;
    definition.customTo = 1'790'086'400;
    definition.timeZone = u"UTC"_s;
    definition.queues = {u"support"_s};
    definition.agents = {u"Agent/101"_s, u"Agent/102"_s};
    definition.slThreshold = 30;
    qw::SourceBindings bindings;
    bindings.partitionFiles.insert(u"A"_s, u"/tmp/a"_s);
    const auto request = definition.toRequest(bindings, 1'790'040'000);
    QVERIFY(std::holds_alternative<qw::ReportRequest>(request));
    const qw::ReportRequest& r = std::get<qw::ReportRequest>(request);
    QCOMPARE(r.options.now, std::optional<qint64>(1'790'040'000)); // agent time stops there
    QCOMPARE(r.spec.toString(), u"cluster:A|B-|C"_s);
    QCOMPARE(r.options.from, qint64(1'790'000'000));
    QCOMPARE(r.options.to, qint64(1'790'086'400));
    QCOMPARE(r.options.slThreshold, qint64(30));
    QCOMPARE(r.options.queues, QSet<QString>({u"support"_s}));
    QCOMPARE(r.options.agents.size(), 2);
    QVERIFY(r.options.withCalls);
    QCOMPARE(r.bindings.partitionFiles.value(u"A"_s), u"/tmp/a"_s);
}

void TestReportDefinition::badDefinitionsAreRefused()
{
    qw::ReportDefinition definition;
    definition.sourceSpec = u"cluster:A||B"_s;
    QVERIFY(std::holds_alternative<QString>(definition.toRequest({}, 1'790'000'000)));
    definition.sourceSpec = u"sql:A"_s;
    definition.timeZone = u"Mars/Olympus"_s;
    QVERIFY(std::get<QString>(definition.toRequest({}, 1'790'000'000)).contains(u"Mars/Olympus"_s));
    definition.timeZone = u"UTC"_s;
    definition.preset = PeriodPreset::Custom;
    definition.customFrom = 2000;
    definition.customTo = 1000;
    QVERIFY(std::holds_alternative<QString>(definition.toRequest({}, 1'790'000'000)));
    definition.customTo = 2000 + 500LL * 86400;
    QVERIFY(std::holds_alternative<QString>(definition.toRequest({}, 1'790'000'000)));
}

void TestReportDefinition::jsonRoundTrip()
{
    qw::ReportDefinition definition;
    definition.title = u"Weekly – Süd"_s;
    definition.sourceSpec = u"clustrw:A|B|C"_s;
    definition.preset = PeriodPreset::Custom;
    definition.customFrom = 1'790'000'000;
    definition.customTo = 1'790'600'000;
    definition.timeZone = u"America/New_York"_s;
    definition.queues = {u"sales"_s, u"billing"_s};
    definition.slThreshold = 45;
    const auto back = qw::ReportDefinition::fromJson(definition.toJson());
    if (const auto* error = std::get_if<QString>(&back))
        QFAIL(qPrintable(*error));
    QCOMPARE(std::get<qw::ReportDefinition>(back), definition);

    definition.preset = PeriodPreset::LastWeek; // a preset: its dates are worked out at each run
    const auto preset = qw::ReportDefinition::fromJson(definition.toJson());
    QCOMPARE(std::get<qw::ReportDefinition>(preset).preset, PeriodPreset::LastWeek);
}

void TestReportDefinition::jsonIsChecked_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{\"format\":1,") << u"line 1, column 13"_s;
    QTest::newRow("array") << QByteArray("[1]") << u"object"_s;
    QTest::newRow("future format") << QByteArray(R"({"format":2})") << u"format"_s;
    QTest::newRow("bad spec") << QByteArray(R"({"format":1,"source":"cluster:","period":"today"})") << u"source"_s;
    QTest::newRow("bad period") << QByteArray(R"({"format":1,"source":"sql:A","period":"fortnight"})")
                                << u"fortnight"_s;
    QTest::newRow("custom without dates")
        << QByteArray(R"({"format":1,"source":"sql:A","period":"custom"})") << u"custom"_s;
    QTest::newRow("bad zone") << QByteArray(R"({"format":1,"source":"sql:A","period":"today","time_zone":"Nowhere"})")
                              << u"Nowhere"_s;
    QTest::newRow("queues not names") << QByteArray(R"({"format":1,"source":"sql:A","period":"today","queues":[1,2]})")
                                      << u"queues"_s;
    QTest::newRow("negative sl") << QByteArray(R"({"format":1,"source":"sql:A","period":"today","sl_threshold":-5})")
                                 << u"sl_threshold"_s;
}

void TestReportDefinition::jsonIsChecked()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto result = qw::ReportDefinition::fromJson(json);
    QVERIFY(std::holds_alternative<QString>(result));
    QVERIFY2(std::get<QString>(result).contains(mentions, Qt::CaseInsensitive), qPrintable(std::get<QString>(result)));
}

QTEST_GUILESS_MAIN(TestReportDefinition)
#include "tst_reportdefinition.moc"
