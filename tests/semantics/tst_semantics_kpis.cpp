// KPIs (semantics.md section 6, report-json.md): service level and Asterisk's SL/SL2 with several
// thresholds (within SL is "wait <= T"), zero denominators as null, per queue / per server / totals,
// and by_hour in UTC, in Europe/Rome and across a DST change.
#include "reportrun.h"

#include <array>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace qw::test;

namespace {
constexpr qint64 T0 = 1800000000; // 2027-01-15 08:00:00 UTC (09:00 in Rome)
constexpr qint64 M = 1799971200; // 2027-01-15 00:00:00 UTC
constexpr qint64 Hour = 3600;

using HourCounts = QMap<int, std::array<int, 3>>; // hour -> offered, answered, unanswered

// Every one of the 24 by_hour entries: the listed hours with their counts, the others all 0.
Fields byHourFields(const HourCounts& counts)
{
    Fields fields;
    for (int hour = 0; hour < 24; ++hour) {
        const std::array<int, 3> c = counts.value(hour, {0, 0, 0});
        const QString at = QString::number(hour) + u'.';
        fields.append({at + u"hour"_s, hour});
        fields.append({at + u"offered"_s, c[0]});
        fields.append({at + u"answered"_s, c[1]});
        fields.append({at + u"unanswered"_s, c[2]});
    }
    return fields;
}
} // namespace

class TestSemanticsKpis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceLevelThresholds_data();
    void serviceLevelThresholds();
    void zeroDenominatorsAreNull();
    void perQueuePerServerAndTotals();
    void byHour_data();
    void byHour();
    void byHourAcrossDstChange();
};

void TestSemanticsKpis::serviceLevelThresholds_data()
{
    QTest::addColumn<QStringList>("slOption");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("aws"); // answered_within_sl
    QTest::addColumn<int>("uws"); // unanswered_within_sl
    // Answered waits 5, 10, 20, 21, 40; unanswered waits 3, 20, 25, 60; offered 9, answered 5.
    // service_level = aws / (9 - uws), sl_answered = aws / 5, sl2 = (aws + uws) / 9.
    QTest::addRow("default 20") << QStringList {} << 20 << 3 << 2; // {5,10,20}, {3,20}
    QTest::addRow("10") << QStringList {u"--sl"_s, u"10"_s} << 10 << 2 << 1; // {5,10}, {3}
    QTest::addRow("21") << QStringList {u"--sl"_s, u"21"_s} << 21 << 4 << 2; // {5,10,20,21}, {3,20}
    QTest::addRow("60") << QStringList {u"--sl"_s, u"60"_s} << 60 << 5 << 4; // all, all
    QTest::addRow("4") << QStringList {u"--sl"_s, u"4"_s} << 4 << 0 << 1; // none, {3}
}

void TestSemanticsKpis::serviceLevelThresholds()
{
    QFETCH(QStringList, slOption);
    QFETCH(int, threshold);
    QFETCH(int, aws);
    QFETCH(int, uws);
    LogSet logs;
    logs.add(u"A"_s,
             {
                 ql(T0, u"a1|support|NONE|ENTERQUEUE||0611111111|1"_s),
                 ql(T0 + 5, u"a1|support|Agent/101|CONNECT|5|a1.1|2"_s), // wait 5
                 ql(T0 + 10, u"a2|support|NONE|ENTERQUEUE||0622222222|2"_s),
                 ql(T0 + 20, u"a2|support|Agent/102|CONNECT|10|a2.1|2"_s), // wait 10
                 ql(T0 + 20, u"a3|support|NONE|ENTERQUEUE||0633333333|2"_s),
                 ql(T0 + 30, u"a4|support|NONE|ENTERQUEUE||0644444444|3"_s),
                 ql(T0 + 40, u"a3|support|Agent/103|CONNECT|20|a3.1|2"_s), // wait 20
                 ql(T0 + 40, u"a3|support|Agent/103|COMPLETEAGENT|20|0|1"_s), // talk 0
                 ql(T0 + 40, u"a5|support|NONE|ENTERQUEUE||0655555555|3"_s),
                 ql(T0 + 50, u"u1|support|NONE|ENTERQUEUE||0666666666|4"_s),
                 ql(T0 + 53, u"u1|support|NONE|ABANDON|4|4|3"_s), // wait 3
                 ql(T0 + 60, u"u2|support|NONE|ENTERQUEUE||0677777777|4"_s),
                 ql(T0 + 70, u"u3|support|NONE|ENTERQUEUE||0688888888|5"_s),
                 ql(T0 + 80, u"u2|support|NONE|ABANDON|3|4|20"_s), // wait 20
                 ql(T0 + 80, u"a5|support|Agent/105|BLINDTRANSFER|sales|xfer|40|0|3"_s), // wait 40, no talk
                 ql(T0 + 80, u"u4|support|NONE|ENTERQUEUE||0699999999|4"_s),
                 ql(T0 + 95, u"u3|support|NONE|EXITWITHTIMEOUT|2|5|25"_s), // wait 25
                 ql(T0 + 105, u"a1|support|Agent/101|COMPLETECALLER|5|100|1"_s), // talk 100
                 ql(T0 + 140, u"u4|support|NONE|EXITWITHKEY|1|1|4|60"_s), // wait 60
                 ql(T0 + 200, u"a4|support|Agent/104|COMPLETECALLER|21|50|3"_s), // no CONNECT: 21, 50
                 ql(T0 + 220, u"a2|support|Agent/102|COMPLETEAGENT|10|200|2"_s), // talk 200
             });
    const ReportRun run = logs.report(u"sql:A"_s, T0, T0 + Hour, slOption);
    QW_REQUIRE_OK(run);
    QCOMPARE(run.json.value(u"sl_threshold"_s).toDouble(), double(threshold));
    const Fields expected {
        {u"offered"_s, 9},
        {u"answered"_s, 5},
        {u"unanswered"_s, 4},
        {u"unanswered_by_cause"_s,
         QJsonObject {
             {u"abandon"_s, 2}, {u"timeout"_s, 1}, {u"exitempty"_s, 0}, {u"exitwithkey"_s, 1}, {u"other"_s, 0}}},
        {u"answered_within_sl"_s, aws},
        {u"unanswered_within_sl"_s, uws},
        {u"service_level"_s, double(aws) / (9 - uws)},
        {u"sl_answered"_s, double(aws) / 5},
        {u"sl2"_s, double(aws + uws) / 9},
        {u"avg_wait_answered"_s, 19.2}, // (5 + 10 + 20 + 21 + 40) / 5
        {u"max_wait_answered"_s, 40},
        {u"total_talk"_s, 350}, // 100 + 200 + 0 + 50
        {u"avg_talk"_s, 87.5}, // 350 / 4: a5 has no talk (fine-print 8)
        {u"avg_wait_unanswered"_s, 27}, // (3 + 20 + 25 + 60) / 4
        {u"transfers"_s, 1},
        {u"ring_no_answer"_s, 0},
    };
    QW_CHECK_FIELDS(run.json.value(u"totals"_s), expected);
    QW_CHECK_FIELDS(entry(run.json, u"queues"_s, u"support"_s), expected);
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"A"_s), expected);
}

void TestSemanticsKpis::zeroDenominatorsAreNull()
{
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0, u"z1|billing|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 5, u"z1|billing|NONE|ABANDON|1|1|5"_s), // wait 5
              ql(T0 + 10, u"z2|billing|NONE|ENTERQUEUE||0622222222|1"_s),
              ql(T0 + 20, u"z2|billing|NONE|ABANDON|1|1|10"_s), // wait 10
              ql(T0 + 30, u"z3|sales|NONE|ENTERQUEUE||0633333333|1"_s),
              ql(T0 + 42, u"z3|sales|Agent/301|BLINDTRANSFER|support|xfer|12|0|1"_s)}); // 12, no talk
    logs.add(u"B"_s, {ql(T0 - Hour, u"NONE|NONE|NONE|QUEUESTART|"_s)});
    logs.add(u"C"_s, {ql(T0 - 60, u"NONE|NONE|NONE|HEARTBEAT|"_s)});
    const ReportRun run = logs.report(u"cluster:A|B|C"_s, T0, T0 + Hour);
    QW_REQUIRE_OK(run);

    // Only unanswered calls, all within SL: every denominator but sl2's and the unanswered
    // average's is 0.
    QW_CHECK_FIELDS(entry(run.json, u"queues"_s, u"billing"_s),
                    {{u"offered"_s, 2},
                     {u"answered"_s, 0},
                     {u"unanswered"_s, 2},
                     {u"unanswered_by_cause.abandon"_s, 2},
                     {u"answered_within_sl"_s, 0},
                     {u"unanswered_within_sl"_s, 2},
                     {u"service_level"_s, Null}, // 0 / (2 - 2)
                     {u"sl_answered"_s, Null}, // 0 / 0
                     {u"sl2"_s, 1}, // (0 + 2) / 2
                     {u"avg_wait_answered"_s, Null},
                     {u"max_wait_answered"_s, Null},
                     {u"avg_talk"_s, Null},
                     {u"total_talk"_s, 0},
                     {u"avg_wait_unanswered"_s, 7.5}}); // (5 + 10) / 2
    // Answered without any talk: avg_talk null, total_talk 0; nothing unanswered.
    QW_CHECK_FIELDS(entry(run.json, u"queues"_s, u"sales"_s),
                    {{u"offered"_s, 1},
                     {u"answered"_s, 1},
                     {u"answered_within_sl"_s, 1},
                     {u"service_level"_s, 1}, // 1 / (1 - 0)
                     {u"sl_answered"_s, 1},
                     {u"sl2"_s, 1},
                     {u"avg_wait_answered"_s, 12},
                     {u"max_wait_answered"_s, 12},
                     {u"avg_talk"_s, Null}, // 0 / 0 stints with a talk
                     {u"total_talk"_s, 0},
                     {u"avg_wait_unanswered"_s, Null},
                     {u"transfers"_s, 1}});
    const Fields a {{u"offered"_s, 3},
                    {u"answered"_s, 1},
                    {u"unanswered"_s, 2},
                    {u"answered_within_sl"_s, 1},
                    {u"unanswered_within_sl"_s, 2},
                    {u"service_level"_s, 1}, // 1 / (3 - 2)
                    {u"sl_answered"_s, 1}, // 1 / 1
                    {u"sl2"_s, 1}, // (1 + 2) / 3
                    {u"avg_wait_answered"_s, 12},
                    {u"max_wait_answered"_s, 12},
                    {u"avg_talk"_s, Null},
                    {u"total_talk"_s, 0},
                    {u"avg_wait_unanswered"_s, 7.5},
                    {u"transfers"_s, 1}};
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"A"_s), a);
    QW_CHECK_FIELDS(run.json.value(u"totals"_s), a);
    // B and C have no calls at all.
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"B"_s), emptyKpi());
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"C"_s), emptyKpi());

    // A period without any stint: everything empty, every partition still listed.
    const ReportRun empty = logs.report(u"cluster:A|B|C"_s, T0 + 2 * Hour, T0 + 3 * Hour);
    QW_REQUIRE_OK(empty);
    QW_CHECK_FIELDS(empty.json.value(u"totals"_s), emptyKpi());
    QCOMPARE(keysOf(empty.json.value(u"queues"_s)), QStringList {});
    QCOMPARE(keysOf(empty.json.value(u"servers"_s)), (QStringList {u"A"_s, u"B"_s, u"C"_s}));
    for (const QString& server : {u"A"_s, u"B"_s, u"C"_s})
        QW_CHECK_FIELDS(entry(empty.json, u"servers"_s, server), emptyKpi());
    QCOMPARE(empty.json.value(u"by_hour"_s).toArray().size(), 24);
    QW_CHECK_FIELDS(empty.json.value(u"by_hour"_s), byHourFields({}));
}

void TestSemanticsKpis::perQueuePerServerAndTotals()
{
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0, u"s1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 10, u"s1|support|Agent/101|CONNECT|10|s1.1|3"_s), // wait 10
              ql(T0 + 100, u"s2|support|NONE|ENTERQUEUE||0622222222|1"_s),
              ql(T0 + 130, u"s1|support|Agent/101|COMPLETEAGENT|10|120|1"_s), // talk 120
              ql(T0 + 130, u"s2|support|NONE|ABANDON|1|1|30"_s), // wait 30
              ql(T0 + 200, u"s3|sales|NONE|ENTERQUEUE||0633333333|1"_s),
              ql(T0 + 230, u"s3|sales|Agent/102|CONNECT|30|s3.1|4"_s), // wait 30
              ql(T0 + 290, u"s3|sales|Agent/102|COMPLETECALLER|30|60|1"_s)}); // talk 60
    logs.add(u"B"_s,
             {ql(T0 + 50, u"s4|support|NONE|ENTERQUEUE||0644444444|1"_s),
              ql(T0 + 55, u"s4|support|Agent/101|CONNECT|5|s4.1|2"_s), // wait 5
              ql(T0 + 95, u"s4|support|Agent/101|TRANSFER|2000|from-internal|5|40|1"_s), // talk 40
              ql(T0 + 300, u"s5|sales|NONE|ENTERQUEUE||0655555555|1"_s),
              ql(T0 + 300, u"s5|sales|NONE|EXITEMPTY|1|1|0"_s), // wait 0
              ql(T0 + 400, u"s6|sales|NONE|ENTERQUEUE||0666666666|1"_s),
              ql(T0 + 415, u"s6|sales|Agent/103|RINGNOANSWER|15000"_s),
              ql(T0 + 460, u"s6|sales|NONE|EXITWITHTIMEOUT|1|1|60"_s)}); // wait 60
    const ReportRun run = logs.report(u"cluster:A|B"_s, T0, T0 + Hour);
    QW_REQUIRE_OK(run);

    QW_CHECK_FIELDS(run.json,
                    {{u"source"_s, u"cluster:A|B"_s},
                     {u"period"_s, QJsonObject {{u"from"_s, T0}, {u"to"_s, T0 + Hour}, {u"tz"_s, u"UTC"_s}}},
                     {u"sl_threshold"_s, 20},
                     {u"calls"_s, Absent}}); // only with --calls
    QVERIFY(run.json.value(u"warnings"_s).isArray());
    QCOMPARE(keysOf(run.json.value(u"queues"_s)), (QStringList {u"sales"_s, u"support"_s}));
    QCOMPARE(keysOf(run.json.value(u"servers"_s)), (QStringList {u"A"_s, u"B"_s}));

    const auto causes = [](int abandon, int timeout, int exitempty) {
        return QJsonObject {{u"abandon"_s, abandon},
                            {u"timeout"_s, timeout},
                            {u"exitempty"_s, exitempty},
                            {u"exitwithkey"_s, 0},
                            {u"other"_s, 0}};
    };
    // support: s1 (A, ans 10/120), s2 (A, abandon 30), s4 (B, ans 5/40, transfer)
    QW_CHECK_FIELDS(entry(run.json, u"queues"_s, u"support"_s),
                    {{u"offered"_s, 3},
                     {u"answered"_s, 2},
                     {u"unanswered"_s, 1},
                     {u"unanswered_by_cause"_s, causes(1, 0, 0)},
                     {u"answered_within_sl"_s, 2}, // 10, 5
                     {u"unanswered_within_sl"_s, 0}, // 30
                     {u"service_level"_s, 2.0 / 3}, // 2 / (3 - 0)
                     {u"sl_answered"_s, 1}, // 2 / 2
                     {u"sl2"_s, 2.0 / 3}, // 2 / 3
                     {u"avg_wait_answered"_s, 7.5}, // (10 + 5) / 2
                     {u"max_wait_answered"_s, 10},
                     {u"avg_talk"_s, 80}, // (120 + 40) / 2
                     {u"total_talk"_s, 160},
                     {u"avg_wait_unanswered"_s, 30},
                     {u"transfers"_s, 1},
                     {u"ring_no_answer"_s, 0}});
    // sales: s3 (A, ans 30/60), s5 (B, exitempty 0), s6 (B, timeout 60, one ring)
    QW_CHECK_FIELDS(entry(run.json, u"queues"_s, u"sales"_s),
                    {{u"offered"_s, 3},
                     {u"answered"_s, 1},
                     {u"unanswered"_s, 2},
                     {u"unanswered_by_cause"_s, causes(0, 1, 1)},
                     {u"answered_within_sl"_s, 0}, // 30
                     {u"unanswered_within_sl"_s, 1}, // 0 (not 60)
                     {u"service_level"_s, 0}, // 0 / (3 - 1)
                     {u"sl_answered"_s, 0}, // 0 / 1
                     {u"sl2"_s, 1.0 / 3}, // (0 + 1) / 3
                     {u"avg_wait_answered"_s, 30},
                     {u"max_wait_answered"_s, 30},
                     {u"avg_talk"_s, 60},
                     {u"total_talk"_s, 60},
                     {u"avg_wait_unanswered"_s, 30}, // (0 + 60) / 2
                     {u"transfers"_s, 0},
                     {u"ring_no_answer"_s, 1}});
    // server A: s1, s2, s3
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"A"_s),
                    {{u"offered"_s, 3},
                     {u"answered"_s, 2},
                     {u"unanswered"_s, 1},
                     {u"unanswered_by_cause"_s, causes(1, 0, 0)},
                     {u"answered_within_sl"_s, 1}, // 10 (not 30)
                     {u"unanswered_within_sl"_s, 0},
                     {u"service_level"_s, 1.0 / 3}, // 1 / 3
                     {u"sl_answered"_s, 0.5}, // 1 / 2
                     {u"sl2"_s, 1.0 / 3},
                     {u"avg_wait_answered"_s, 20}, // (10 + 30) / 2
                     {u"max_wait_answered"_s, 30},
                     {u"avg_talk"_s, 90}, // (120 + 60) / 2
                     {u"total_talk"_s, 180},
                     {u"avg_wait_unanswered"_s, 30},
                     {u"transfers"_s, 0},
                     {u"ring_no_answer"_s, 0}});
    // server B: s4, s5, s6
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"B"_s),
                    {{u"offered"_s, 3},
                     {u"answered"_s, 1},
                     {u"unanswered"_s, 2},
                     {u"unanswered_by_cause"_s, causes(0, 1, 1)},
                     {u"answered_within_sl"_s, 1}, // 5
                     {u"unanswered_within_sl"_s, 1}, // 0
                     {u"service_level"_s, 0.5}, // 1 / (3 - 1)
                     {u"sl_answered"_s, 1}, // 1 / 1
                     {u"sl2"_s, 2.0 / 3}, // (1 + 1) / 3
                     {u"avg_wait_answered"_s, 5},
                     {u"max_wait_answered"_s, 5},
                     {u"avg_talk"_s, 40},
                     {u"total_talk"_s, 40},
                     {u"avg_wait_unanswered"_s, 30}, // (0 + 60) / 2
                     {u"transfers"_s, 1},
                     {u"ring_no_answer"_s, 1}});
    QW_CHECK_FIELDS(run.json.value(u"totals"_s),
                    {{u"offered"_s, 6},
                     {u"answered"_s, 3},
                     {u"unanswered"_s, 3},
                     {u"unanswered_by_cause"_s, causes(1, 1, 1)},
                     {u"answered_within_sl"_s, 2}, // 10, 5
                     {u"unanswered_within_sl"_s, 1}, // 0
                     {u"service_level"_s, 0.4}, // 2 / (6 - 1)
                     {u"sl_answered"_s, 2.0 / 3}, // 2 / 3
                     {u"sl2"_s, 0.5}, // (2 + 1) / 6
                     {u"avg_wait_answered"_s, 15}, // (10 + 30 + 5) / 3
                     {u"max_wait_answered"_s, 30},
                     {u"avg_talk"_s, 220.0 / 3}, // (120 + 60 + 40) / 3
                     {u"total_talk"_s, 220},
                     {u"avg_wait_unanswered"_s, 30}, // (30 + 0 + 60) / 3
                     {u"transfers"_s, 1},
                     {u"ring_no_answer"_s, 1}});
    QW_CHECK_FIELDS(run.json.value(u"agents"_s),
                    {{u"Agent/101"_s,
                      QJsonObject {{u"servers"_s, QJsonArray {u"A"_s, u"B"_s}},
                                   {u"answered"_s, 2},
                                   {u"total_talk"_s, 160},
                                   {u"ring_no_answer"_s, 0},
                                   {u"logged_in_time"_s, 0},
                                   {u"paused_time"_s, 0},
                                   {u"paused_by_reason"_s, QJsonObject {}}}},
                     {u"Agent/102.servers"_s, QJsonArray {u"A"_s}},
                     {u"Agent/102.answered"_s, 1},
                     {u"Agent/102.total_talk"_s, 60},
                     {u"Agent/103.servers"_s, QJsonArray {u"B"_s}},
                     {u"Agent/103.ring_no_answer"_s, 1},
                     {u"Agent/103.answered"_s, 0}});
    QCOMPARE(run.json.value(u"by_hour"_s).toArray().size(), 24);
    QW_CHECK_FIELDS(run.json.value(u"by_hour"_s), byHourFields({{8, {6, 3, 3}}})); // all at 08:0x UTC
}

void TestSemanticsKpis::byHour_data()
{
    QTest::addColumn<QString>("tz");
    QTest::addColumn<HourCounts>("counts");
    // Stints (UTC): 00:00:00 abandon, 08:59:59 answered, 09:00:00 abandon, 10:30 answered,
    // 23:59:59 answered (all on 01-15), 10:00 on 01-16 abandon.
    QTest::addRow("UTC") << u"UTC"_s
                         << HourCounts {
                                {0, {1, 0, 1}}, {8, {1, 1, 0}}, {9, {1, 0, 1}}, {10, {2, 1, 1}}, {23, {1, 1, 0}}};
    // Rome is UTC+1 in January: 01:00, 09:59:59, 10:00, 11:30, 00:59:59 (next day), 11:00.
    QTest::addRow("Europe/Rome")
        << u"Europe/Rome"_s
        << HourCounts {{0, {1, 1, 0}}, {1, {1, 0, 1}}, {9, {1, 1, 0}}, {10, {1, 0, 1}}, {11, {2, 1, 1}}};
}

void TestSemanticsKpis::byHour()
{
    QFETCH(QString, tz);
    QFETCH(HourCounts, counts);
    LogSet logs;
    logs.add(u"A"_s,
             {
                 ql(M, u"u1|support|NONE|ENTERQUEUE||0611111111|1"_s),
                 ql(M + 5, u"u1|support|NONE|ABANDON|1|1|5"_s),
                 ql(M + 32399, u"u2|support|NONE|ENTERQUEUE||0622222222|1"_s), // 08:59:59
                 ql(M + 32400, u"u3|support|NONE|ENTERQUEUE||0633333333|2"_s), // 09:00:00
                 ql(M + 32404, u"u2|support|Agent/101|CONNECT|5|u2.1|2"_s),
                 ql(M + 32410, u"u3|support|NONE|ABANDON|1|2|10"_s),
                 ql(M + 32464, u"u2|support|Agent/101|COMPLETEAGENT|5|60|1"_s),
                 ql(M + 37800, u"u4|support|NONE|ENTERQUEUE||0644444444|1"_s), // 10:30
                 ql(M + 37810, u"u4|support|Agent/101|CONNECT|10|u4.1|2"_s),
                 ql(M + 37870, u"u4|support|Agent/101|COMPLETEAGENT|10|60|1"_s),
                 ql(M + 86399, u"u5|support|NONE|ENTERQUEUE||0655555555|1"_s), // 23:59:59
                 ql(M + 86409, u"u5|support|Agent/101|CONNECT|10|u5.1|2"_s),
                 ql(M + 86469, u"u5|support|Agent/101|COMPLETEAGENT|10|60|1"_s),
                 ql(M + 122400, u"u6|support|NONE|ENTERQUEUE||0666666666|1"_s), // 01-16 10:00
                 ql(M + 122420, u"u6|support|NONE|ABANDON|1|1|20"_s),
             });
    // Two days given as epochs, so the same six stints belong in both zones.
    const ReportRun run = logs.report(u"sql:A"_s, M, M + 2 * 86400, {u"--tz"_s, tz});
    QW_REQUIRE_OK(run);
    QCOMPARE(run.json.value(u"period"_s).toObject().value(u"tz"_s).toString(), tz);
    QCOMPARE(run.json.value(u"by_hour"_s).toArray().size(), 24);
    QW_CHECK_FIELDS(run.json.value(u"by_hour"_s), byHourFields(counts));
    QW_CHECK_FIELDS(run.json.value(u"totals"_s), {{u"offered"_s, 6}, {u"answered"_s, 3}});
}

void TestSemanticsKpis::byHourAcrossDstChange()
{
    // 2027-10-31 in Rome has 25 hours: 02:00-03:00 runs twice (CEST, then CET).
    LogSet logs;
    logs.add(u"A"_s,
             {
                 ql(1824933599, u"d0|support|NONE|ENTERQUEUE||0600000000|1"_s), // 1 s before `from`
                 ql(1824933609, u"d0|support|NONE|ABANDON|1|1|10"_s),
                 ql(1824939000, u"d1|support|NONE|ENTERQUEUE||0611111111|1"_s), // 01:30 CEST
                 ql(1824939010, u"d1|support|NONE|ABANDON|1|1|10"_s),
                 ql(1824942600, u"d2|support|NONE|ENTERQUEUE||0622222222|1"_s), // 02:30 CEST
                 ql(1824942605, u"d2|support|Agent/101|CONNECT|5|d2.1|2"_s),
                 ql(1824942665, u"d2|support|Agent/101|COMPLETEAGENT|5|60|1"_s),
                 ql(1824946200, u"d3|support|NONE|ENTERQUEUE||0633333333|1"_s), // 02:30 CET
                 ql(1824946210, u"d3|support|NONE|ABANDON|1|1|10"_s),
                 ql(1825021800, u"d4|support|NONE|ENTERQUEUE||0644444444|1"_s), // 23:30 CET
                 ql(1825021810, u"d4|support|NONE|ABANDON|1|1|10"_s),
             });
    const ReportRun run = runReport(QStringList {u"--source"_s, u"sql:A"_s, u"--from"_s, u"2027-10-31T00:00:00"_s,
                                                 u"--to"_s, u"2027-11-01T00:00:00"_s, u"--tz"_s, u"Europe/Rome"_s}
                                    + logs.partitionArguments());
    QW_REQUIRE_OK(run);
    // 00:00 CEST = 2027-10-30 22:00 UTC; 00:00 CET on 11-01 = 2027-10-31 23:00 UTC.
    QW_CHECK_FIELDS(run.json.value(u"period"_s),
                    {{u"from"_s, 1824933600}, {u"to"_s, 1825023600}, {u"tz"_s, u"Europe/Rome"_s}});
    QW_CHECK_FIELDS(run.json.value(u"by_hour"_s), byHourFields({{1, {1, 0, 1}}, {2, {2, 1, 1}}, {23, {1, 0, 1}}}));
}

QTEST_GUILESS_MAIN(TestSemanticsKpis)
#include "tst_semantics_kpis.moc"
