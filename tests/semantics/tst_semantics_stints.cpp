// How stints close and which belong to a report (semantics.md sections 2-3, fine-print 6, 9, 10):
// QUEUESTART, a second ENTERQUEUE, the 4-hour horizon (exactly 14,400 s still closes), calls
// crossing `to`, and calls still open at the end of the data.
#include "reportrun.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qw::test;

namespace {
constexpr qint64 T0 = 1800000000; // 2027-01-15 08:00:00 UTC
constexpr qint64 Hour = 3600;

const QString Restart = u"NONE|NONE|NONE|QUEUESTART|"_s;

} // namespace

class TestSemanticsStints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueStartClosesOpenStints();
    void secondEnterQueueClosesOpenStint();
    void horizon();
    void periodEdges();
    void openAtEndOfDataIsLost();
};

void TestSemanticsStints::queueStartClosesOpenStints()
{
    // Partition A crashes at 08:06:40 (no closing lines) and writes QUEUESTART when it is back;
    // call ids restart with Asterisk, so 1800000100.1 is used again afterwards.
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 - Hour, Restart), ql(T0 + 100, u"1800000100.1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 200, u"1800000200.2|support|NONE|ENTERQUEUE||0622222222|2"_s),
              ql(T0 + 215, u"1800000200.2|support|Agent/101|CONNECT|15|1800000200.3|5"_s),
              ql(T0 + 250, u"1800000250.4|support|NONE|ENTERQUEUE||0633333333|2"_s),
              ql(T0 + 265, u"1800000250.4|support|Agent/102|RINGNOANSWER|15000"_s), ql(T0 + 400, Restart),
              ql(T0 + 460, u"1800000100.1|support|NONE|ENTERQUEUE||0644444444|1"_s),
              ql(T0 + 470, u"1800000100.1|support|Agent/101|CONNECT|10|1800000100.3|3"_s),
              ql(T0 + 530, u"1800000100.1|support|Agent/101|COMPLETEAGENT|10|60|1"_s)});
    const ReportRun run = logs.report(u"sql:A"_s, T0, T0 + Hour, {u"--calls"_s});
    QW_REQUIRE_OK(run);

    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 4);
    // Waiting at the restart: unanswered "other", wait 400 - 100 (fine-print 6).
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1800000100.1"_s, u"support"_s, T0 + 100),
                    {{u"outcome"_s, u"other"_s}, {u"wait"_s, 300}, {u"talk"_s, Null}, {u"agent"_s, Null}});
    // Talking at the restart: answered, wait 215 - 200, talk 400 - 215, not transferred.
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1800000200.2"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s},
                     {u"wait"_s, 15},
                     {u"talk"_s, 185},
                     {u"agent"_s, u"Agent/101"_s},
                     {u"transferred"_s, false}});
    // Ringing (still waiting) at the restart: other, wait 400 - 250.
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1800000250.4"_s, u"support"_s),
                    {{u"outcome"_s, u"other"_s}, {u"wait"_s, 150}});
    // The reused id after the restart is a new call: wait 470 - 460, talk 530 - 470.
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1800000100.1"_s, u"support"_s, T0 + 460),
                    {{u"outcome"_s, u"answered"_s}, {u"wait"_s, 10}, {u"talk"_s, 60}, {u"agent"_s, u"Agent/101"_s}});

    QW_CHECK_FIELDS(
        run.json.value(u"totals"_s),
        {{u"offered"_s, 4},
         {u"answered"_s, 2},
         {u"unanswered"_s, 2},
         {u"unanswered_by_cause"_s,
          QJsonObject {
              {u"abandon"_s, 0}, {u"timeout"_s, 0}, {u"exitempty"_s, 0}, {u"exitwithkey"_s, 0}, {u"other"_s, 2}}},
         {u"answered_within_sl"_s, 2}, // 15 and 10
         {u"unanswered_within_sl"_s, 0}, // 300 and 150
         {u"service_level"_s, 0.5}, // 2 / (4 - 0)
         {u"sl_answered"_s, 1}, // 2 / 2
         {u"sl2"_s, 0.5}, // (2 + 0) / 4
         {u"avg_wait_answered"_s, 12.5}, // (15 + 10) / 2
         {u"max_wait_answered"_s, 15},
         {u"total_talk"_s, 245}, // 185 + 60
         {u"avg_talk"_s, 122.5}, // 245 / 2
         {u"avg_wait_unanswered"_s, 225}, // (300 + 150) / 2
         {u"transfers"_s, 0},
         {u"ring_no_answer"_s, 1}});
    QW_CHECK_FIELDS(run.json.value(u"agents"_s),
                    {{u"Agent/101.answered"_s, 2}, // the talking call closed by the restart is credited
                     {u"Agent/101.total_talk"_s, 245},
                     {u"Agent/102.answered"_s, 0},
                     {u"Agent/102.ring_no_answer"_s, 1}});
}

void TestSemanticsStints::secondEnterQueueClosesOpenStint()
{
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 - Hour, Restart),
              // waiting when the key enters again
              ql(T0 + 100, u"1800000100.1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 150, u"1800000100.1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 160, u"1800000100.1|support|Agent/101|CONNECT|10|1800000100.3|2"_s),
              ql(T0 + 220, u"1800000100.1|support|Agent/101|COMPLETEAGENT|10|60|1"_s),
              // talking when the key enters again
              ql(T0 + 300, u"1800000300.5|support|NONE|ENTERQUEUE||0655555555|1"_s),
              ql(T0 + 310, u"1800000300.5|support|Agent/102|CONNECT|10|1800000300.7|2"_s),
              ql(T0 + 400, u"1800000300.5|support|NONE|ENTERQUEUE||0655555555|1"_s),
              ql(T0 + 405, u"1800000300.5|support|NONE|ABANDON|1|1|5"_s)});
    const ReportRun run = logs.report(u"sql:A"_s, T0, T0 + Hour, {u"--calls"_s});
    QW_REQUIRE_OK(run);

    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 4);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1800000100.1"_s, u"support"_s, T0 + 100),
                    {{u"outcome"_s, u"other"_s}, {u"wait"_s, 50}}); // 150 - 100
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1800000100.1"_s, u"support"_s, T0 + 150),
                    {{u"outcome"_s, u"answered"_s}, {u"wait"_s, 10}, {u"talk"_s, 60}}); // 160-150, 220-160
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1800000300.5"_s, u"support"_s, T0 + 300),
                    {{u"outcome"_s, u"answered"_s},
                     {u"wait"_s, 10}, // 310 - 300
                     {u"talk"_s, 90}, // 400 - 310
                     {u"agent"_s, u"Agent/102"_s},
                     {u"transferred"_s, false}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1800000300.5"_s, u"support"_s, T0 + 400),
                    {{u"outcome"_s, u"abandon"_s}, {u"wait"_s, 5}}); // 405 - 400
    QW_CHECK_FIELDS(run.json.value(u"totals"_s),
                    {{u"offered"_s, 4},
                     {u"answered"_s, 2},
                     {u"unanswered_by_cause.abandon"_s, 1},
                     {u"unanswered_by_cause.other"_s, 1},
                     {u"answered_within_sl"_s, 2}, // 10, 10
                     {u"unanswered_within_sl"_s, 1}, // 5 (not 50)
                     {u"service_level"_s, 2.0 / 3}, // 2 / (4 - 1)
                     {u"sl_answered"_s, 1}, // 2 / 2
                     {u"sl2"_s, 0.75}, // (2 + 1) / 4
                     {u"total_talk"_s, 150}, // 60 + 90
                     {u"avg_talk"_s, 75},
                     {u"avg_wait_unanswered"_s, 27.5}}); // (50 + 5) / 2
}

void TestSemanticsStints::horizon()
{
    // A report of one day from 08:00 UTC; data is read up to to + 4 h, so everything below is seen.
    const qint64 from = T0;
    const qint64 to = T0 + 24 * Hour;
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 - Hour, Restart),
              // h1: ends exactly 14,400 s after its ENTERQUEUE -> counted, abandon, wait 14,400
              ql(T0 + 100, u"h1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              // h2: ends 14,401 s after -> lost
              ql(T0 + 200, u"h2|support|NONE|ENTERQUEUE||0622222222|2"_s),
              // h3: answered, completes exactly 14,400 s after -> wait 20, talk 14,700 - 320 = 14,380
              ql(T0 + 300, u"h3|support|NONE|ENTERQUEUE||0633333333|3"_s),
              ql(T0 + 320, u"h3|support|Agent/101|CONNECT|20|h3.1|5"_s),
              // h4: never closed before the restart far away -> lost
              ql(T0 + 400, u"h4|support|NONE|ENTERQUEUE||0644444444|4"_s),
              // h5: talking, then the same key enters again 14,401 s later -> h5 lost, a fresh stint
              ql(T0 + 500, u"h5|support|NONE|ENTERQUEUE||0655555555|5"_s),
              ql(T0 + 510, u"h5|support|Agent/102|CONNECT|10|h5.1|5"_s),
              // h6: still waiting when a QUEUESTART comes 14,401 s later -> lost, not "other"
              ql(T0 + 600, u"h6|support|NONE|ENTERQUEUE||0666666666|6"_s),
              ql(T0 + 14500, u"h1|support|NONE|ABANDON|1|1|14400"_s),
              ql(T0 + 14601, u"h2|support|NONE|ABANDON|1|1|14401"_s),
              ql(T0 + 14700, u"h3|support|Agent/101|COMPLETECALLER|20|14380|3"_s),
              ql(T0 + 14901, u"h5|support|NONE|ENTERQUEUE||0655555555|1"_s), // h5': enters at T0 + 14,901
              ql(T0 + 14911, u"h5|support|NONE|ABANDON|1|1|10"_s), // h5': abandon, wait 10
              ql(T0 + 15001, Restart),
              // h9: enters and nothing more is ever written -> lost
              ql(T0 + 20000, u"h9|support|NONE|ENTERQUEUE||0699999999|1"_s)});
    logs.add(u"B"_s,
             {ql(T0 - Hour, Restart),
              // h8: the same key enters again exactly 14,400 s later -> h8 other, wait 14,400
              ql(T0 + 600, u"h8|support|NONE|ENTERQUEUE||0688888888|1"_s),
              // h7: waiting when B restarts exactly 14,400 s later -> other, wait 14,400
              ql(T0 + 700, u"h7|support|NONE|ENTERQUEUE||0677777777|2"_s),
              ql(T0 + 15000, u"h8|support|NONE|ENTERQUEUE||0688888888|1"_s), // h8': enters
              ql(T0 + 15030, u"h8|support|NONE|ABANDON|1|1|30"_s), // h8': abandon, wait 30
              ql(T0 + 15100, Restart)});
    const ReportRun run = logs.report(u"cluster:A|B"_s, from, to, {u"--calls"_s});
    QW_REQUIRE_OK(run);

    // Counted: h1, h3, h5', h7, h8, h8'. Lost: h2, h4, h5, h6, h9.
    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 6);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"h1"_s, u"support"_s),
                    {{u"outcome"_s, u"abandon"_s}, {u"wait"_s, 14400}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"h3"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s}, {u"wait"_s, 20}, {u"talk"_s, 14380}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"h5"_s, u"support"_s),
                    {{u"enter"_s, T0 + 14901}, {u"outcome"_s, u"abandon"_s}, {u"wait"_s, 10}});
    QW_CHECK_FIELDS(findCall(run.json, u"B"_s, u"h7"_s, u"support"_s),
                    {{u"outcome"_s, u"other"_s}, {u"wait"_s, 14400}});
    QW_CHECK_FIELDS(findCall(run.json, u"B"_s, u"h8"_s, u"support"_s, T0 + 600),
                    {{u"outcome"_s, u"other"_s}, {u"wait"_s, 14400}});
    QW_CHECK_FIELDS(findCall(run.json, u"B"_s, u"h8"_s, u"support"_s, T0 + 15000),
                    {{u"outcome"_s, u"abandon"_s}, {u"wait"_s, 30}});
    for (const QString& lost : {u"h2"_s, u"h4"_s, u"h6"_s, u"h9"_s})
        QVERIFY2(findCall(run.json, u"A"_s, lost, u"support"_s).isEmpty(), qPrintable(lost));

    QW_CHECK_FIELDS(run.json.value(u"totals"_s),
                    {{u"offered"_s, 6},
                     {u"answered"_s, 1},
                     {u"unanswered"_s, 5},
                     {u"unanswered_by_cause.abandon"_s, 3}, // h1, h5', h8'
                     {u"unanswered_by_cause.other"_s, 2}, // h7, h8
                     {u"answered_within_sl"_s, 1}, // h3: 20 <= 20
                     {u"unanswered_within_sl"_s, 1}, // h5': 10
                     {u"service_level"_s, 0.2}, // 1 / (6 - 1)
                     {u"sl_answered"_s, 1},
                     {u"sl2"_s, 1.0 / 3}, // (1 + 1) / 6
                     {u"avg_wait_answered"_s, 20},
                     {u"max_wait_answered"_s, 20},
                     {u"total_talk"_s, 14380},
                     {u"avg_talk"_s, 14380},
                     {u"avg_wait_unanswered"_s, 8648}}); // (14400 + 10 + 14400 + 14400 + 30) / 5
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"A"_s),
                    {{u"offered"_s, 3}, {u"answered"_s, 1}, {u"unanswered_by_cause.abandon"_s, 2}});
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"B"_s),
                    {{u"offered"_s, 3}, {u"unanswered_by_cause.abandon"_s, 1}, {u"unanswered_by_cause.other"_s, 2}});
    // h1, h3 (08:01, 08:05) and h7, h8 (08:10, 08:11) at hour 8; h5' and h8' (12:08, 12:10) at hour 12.
    QW_CHECK_FIELDS(run.json.value(u"by_hour"_s),
                    {{u"8.offered"_s, 4},
                     {u"8.answered"_s, 1},
                     {u"8.unanswered"_s, 3},
                     {u"12.hour"_s, 12},
                     {u"12.offered"_s, 2},
                     {u"12.answered"_s, 0},
                     {u"12.unanswered"_s, 2},
                     {u"13.offered"_s, 0}}); // h9 at 13:33 is lost: not in by_hour
    // Agent/102 answered only the lost h5: no credit, no listing.
    QCOMPARE(keysOf(run.json.value(u"agents"_s)), QStringList {u"Agent/101"_s});
    QVERIFY2(warnsLost(run.json, 5), qPrintable(warningsOf(run.json).join(u'\n')));
}

void TestSemanticsStints::periodEdges()
{
    // Report [08:00, 09:00): membership by ENTERQUEUE time; each stint followed to its end.
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 - Hour, Restart),
              // p1 entered before `from`: not in the report, its agent not credited
              ql(T0 - 30, u"p1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 5, u"p1|support|Agent/201|CONNECT|35|p1.1|3"_s),
              // p2 enters exactly at `from`: counted
              ql(T0, u"p2|support|NONE|ENTERQUEUE||0622222222|2"_s), ql(T0 + 12, u"p2|support|NONE|ABANDON|1|2|12"_s),
              ql(T0 + 65, u"p1|support|Agent/201|COMPLETEAGENT|35|60|1"_s),
              // p3 enters 10 s before `to` and is answered after it: counted in full
              ql(T0 + 3590, u"p3|support|NONE|ENTERQUEUE||0633333333|1"_s),
              ql(T0 + 3605, u"p3|support|Agent/202|RINGNOANSWER|15000"_s),
              ql(T0 + 3620, u"p3|support|Agent/203|CONNECT|30|p3.1|5"_s),
              // p4 enters exactly at `to`: not counted
              ql(T0 + 3600, u"p4|support|NONE|ENTERQUEUE||0644444444|2"_s),
              ql(T0 + 3610, u"p4|support|NONE|ABANDON|1|2|10"_s),
              ql(T0 + 3800, u"p3|support|Agent/203|COMPLETECALLER|30|180|1"_s)});
    const ReportRun run = logs.report(u"sql:A"_s, T0, T0 + Hour, {u"--calls"_s});
    QW_REQUIRE_OK(run);

    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 2);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"p2"_s, u"support"_s),
                    {{u"enter"_s, T0}, {u"outcome"_s, u"abandon"_s}, {u"wait"_s, 12}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"p3"_s, u"support"_s),
                    {{u"enter"_s, T0 + 3590},
                     {u"outcome"_s, u"answered"_s},
                     {u"wait"_s, 30}, // 3620 - 3590
                     {u"talk"_s, 180}, // 3800 - 3620
                     {u"agent"_s, u"Agent/203"_s}});
    QW_CHECK_FIELDS(run.json.value(u"totals"_s),
                    {{u"offered"_s, 2},
                     {u"answered"_s, 1},
                     {u"unanswered_by_cause.abandon"_s, 1},
                     {u"answered_within_sl"_s, 0}, // 30 > 20
                     {u"unanswered_within_sl"_s, 1}, // 12
                     {u"service_level"_s, 0}, // 0 / (2 - 1)
                     {u"sl_answered"_s, 0}, // 0 / 1
                     {u"sl2"_s, 0.5}, // (0 + 1) / 2
                     {u"avg_wait_answered"_s, 30},
                     {u"total_talk"_s, 180},
                     {u"avg_wait_unanswered"_s, 12},
                     // p3's RINGNOANSWER after `to` counts for its stint (fine-print 10)
                     {u"ring_no_answer"_s, 1}});
    // Agent/203 gets p3 with its whole talk; Agent/202's ring is after `to`; Agent/201's call is
    // not in the report.
    QCOMPARE(keysOf(run.json.value(u"agents"_s)), QStringList {u"Agent/203"_s});
    QW_CHECK_FIELDS(entry(run.json, u"agents"_s, u"Agent/203"_s),
                    {{u"answered"_s, 1}, {u"total_talk"_s, 180}, {u"ring_no_answer"_s, 0}});
    QW_CHECK_FIELDS(run.json.value(u"period"_s), {{u"from"_s, T0}, {u"to"_s, T0 + Hour}, {u"tz"_s, u"UTC"_s}});
}

void TestSemanticsStints::openAtEndOfDataIsLost()
{
    // The data ends with one call talking and one waiting: neither reaches an end, so both are
    // lost (fine-print 9) and the report has no counted stint at all.
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 - Hour, Restart), ql(T0 + 100, u"o1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 110, u"o1|support|Agent/101|CONNECT|10|o1.1|2"_s),
              ql(T0 + 200, u"o2|sales|NONE|ENTERQUEUE||0622222222|1"_s)});
    const ReportRun run = logs.report(u"sql:A"_s, T0, T0 + Hour, {u"--calls"_s});
    QW_REQUIRE_OK(run);
    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 0);
    QCOMPARE(keysOf(run.json.value(u"queues"_s)), QStringList {});
    QCOMPARE(keysOf(run.json.value(u"agents"_s)), QStringList {});
    QW_CHECK_FIELDS(run.json.value(u"totals"_s),
                    {{u"offered"_s, 0}, {u"answered"_s, 0}, {u"service_level"_s, Null}, {u"avg_talk"_s, Null}});
    QW_CHECK_FIELDS(run.json.value(u"by_hour"_s), {{u"8.offered"_s, 0}});
    QVERIFY2(warnsLost(run.json, 2), qPrintable(warningsOf(run.json).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSemanticsStints)
#include "tst_semantics_stints.moc"
