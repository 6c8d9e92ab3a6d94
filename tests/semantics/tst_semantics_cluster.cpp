// Cluster rules (semantics.md sections 1, 4, 5; fine-print 4, 14): merge order, a restart on one
// server, call ids colliding across servers, the `-` flag, `clustrw` renaming, one agent on two
// servers, `servers` listing every partition, and the real three-server fixture.
#include "reportrun.h"
#include "support/fixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qw::test;

namespace {
constexpr qint64 T0 = 1800000000; // 2027-01-15 08:00:00 UTC
constexpr qint64 Hour = 3600;
const QString Restart = u"NONE|NONE|NONE|QUEUESTART|"_s;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class TestSemanticsCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restartOnOneServerWhileCallsOpenOnTwo();
    void partitionReadInItsOwnOrder();
    void mergeOrderDecidesSameSecond_data();
    void mergeOrderDecidesSameSecond();
    void dashDropsAgentEvents_data();
    void dashDropsAgentEvents();
    void clustrwRenamesAgents_data();
    void clustrwRenamesAgents();
    void oneAgentOnTwoServers_data();
    void oneAgentOnTwoServers();
    void serversListEveryPartition();
    void realClusterFixture();
};

void TestSemanticsCluster::restartOnOneServerWhileCallsOpenOnTwo()
{
    // A and B both have a waiting and a talking call when A crashes (QUEUESTART at 08:03:20);
    // B goes on. Asterisk restarts call ids, and B uses the same id as A: different calls.
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 - 600, Restart), ql(T0 + 100, u"1800000100.1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 110, u"1800000110.2|support|NONE|ENTERQUEUE||0622222222|2"_s),
              ql(T0 + 120, u"1800000110.2|support|Agent/101|CONNECT|10|1800000110.3|10"_s), ql(T0 + 200, Restart),
              ql(T0 + 300, u"1800000100.1|support|NONE|ENTERQUEUE||0699999999|1"_s),
              ql(T0 + 310, u"1800000100.1|support|Agent/101|CONNECT|10|1800000100.2|10"_s),
              ql(T0 + 350, u"1800000100.1|support|Agent/101|COMPLETECALLER|10|40|1"_s)});
    logs.add(u"B"_s,
             {ql(T0 - 600, Restart), ql(T0 + 105, u"1800000100.1|support|NONE|ENTERQUEUE||0633333333|1"_s),
              ql(T0 + 115, u"1800000115.4|support|NONE|ENTERQUEUE||0644444444|2"_s),
              ql(T0 + 125, u"1800000115.4|support|Agent/102|CONNECT|10|1800000115.5|10"_s),
              ql(T0 + 230, u"1800000100.1|support|NONE|ABANDON|1|1|125"_s),
              ql(T0 + 400, u"1800000115.4|support|Agent/102|COMPLETEAGENT|10|275|2"_s)});
    const ReportRun run = logs.report(u"cluster:A|B"_s, T0, T0 + Hour, {u"--calls"_s});
    QW_REQUIRE_OK(run);

    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 5);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1800000100.1"_s, u"support"_s, T0 + 100),
                    {{u"outcome"_s, u"other"_s}, {u"wait"_s, 100}, {u"talk"_s, Null}}); // 200 - 100
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1800000110.2"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s},
                     {u"wait"_s, 10}, // 120 - 110
                     {u"talk"_s, 80}, // 200 - 120
                     {u"agent"_s, u"Agent/101"_s},
                     {u"transferred"_s, false}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1800000100.1"_s, u"support"_s, T0 + 300),
                    {{u"outcome"_s, u"answered"_s}, {u"wait"_s, 10}, {u"talk"_s, 40}}); // 310-300, 350-310
    // B is untouched by A's restart.
    QW_CHECK_FIELDS(findCall(run.json, u"B"_s, u"1800000100.1"_s, u"support"_s),
                    {{u"enter"_s, T0 + 105}, {u"outcome"_s, u"abandon"_s}, {u"wait"_s, 125}}); // 230 - 105
    QW_CHECK_FIELDS(findCall(run.json, u"B"_s, u"1800000115.4"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s}, {u"wait"_s, 10}, {u"talk"_s, 275}}); // 125-115, 400-125

    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"A"_s),
                    {{u"offered"_s, 3},
                     {u"answered"_s, 2},
                     {u"unanswered_by_cause.other"_s, 1},
                     {u"answered_within_sl"_s, 2},
                     {u"service_level"_s, 2.0 / 3}, // 2 / (3 - 0)
                     {u"sl_answered"_s, 1},
                     {u"sl2"_s, 2.0 / 3}, // 2 / 3
                     {u"avg_wait_answered"_s, 10},
                     {u"total_talk"_s, 120}, // 80 + 40
                     {u"avg_talk"_s, 60},
                     {u"avg_wait_unanswered"_s, 100}});
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"B"_s),
                    {{u"offered"_s, 2},
                     {u"answered"_s, 1},
                     {u"unanswered_by_cause.abandon"_s, 1},
                     {u"unanswered_by_cause.other"_s, 0},
                     {u"service_level"_s, 0.5}, // 1 / (2 - 0)
                     {u"total_talk"_s, 275},
                     {u"avg_wait_unanswered"_s, 125}});
    const Fields totals {{u"offered"_s, 5},
                         {u"answered"_s, 3},
                         {u"unanswered"_s, 2},
                         {u"unanswered_by_cause.abandon"_s, 1},
                         {u"unanswered_by_cause.other"_s, 1},
                         {u"answered_within_sl"_s, 3}, // 10, 10, 10
                         {u"unanswered_within_sl"_s, 0}, // 100, 125
                         {u"service_level"_s, 0.6}, // 3 / (5 - 0)
                         {u"sl_answered"_s, 1}, // 3 / 3
                         {u"sl2"_s, 0.6}, // 3 / 5
                         {u"avg_wait_answered"_s, 10},
                         {u"max_wait_answered"_s, 10},
                         {u"total_talk"_s, 395}, // 80 + 40 + 275
                         {u"avg_talk"_s, 395.0 / 3},
                         {u"avg_wait_unanswered"_s, 112.5}}; // (100 + 125) / 2
    QW_CHECK_FIELDS(run.json.value(u"totals"_s), totals);
    QW_CHECK_FIELDS(entry(run.json, u"queues"_s, u"support"_s), totals); // the only queue
    QW_CHECK_FIELDS(run.json.value(u"agents"_s),
                    {{u"Agent/101.servers"_s, QJsonArray {u"A"_s}},
                     {u"Agent/101.answered"_s, 2},
                     {u"Agent/101.total_talk"_s, 120},
                     {u"Agent/102.servers"_s, QJsonArray {u"B"_s}},
                     {u"Agent/102.answered"_s, 1},
                     {u"Agent/102.total_talk"_s, 275}});
}

void TestSemanticsCluster::partitionReadInItsOwnOrder()
{
    // A's clock stepped back 10 s between its 2nd and 3rd line. Read in A's own order (fine-print
    // 4): stint 1 is [100, 160] abandon 60, stint 2 [150, 170] abandon 20. (Sorting A by time would
    // instead close stint 1 as "other" at 150.) B merges around it.
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 + 100, u"c1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 160, u"c1|support|NONE|ABANDON|1|1|60"_s),
              ql(T0 + 150, u"c1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 170, u"c1|support|NONE|ABANDON|1|1|20"_s)});
    logs.add(u"B"_s,
             {ql(T0 + 155, u"c5|support|NONE|ENTERQUEUE||0655555555|1"_s),
              ql(T0 + 165, u"c5|support|NONE|ABANDON|1|1|10"_s)});
    const ReportRun run = logs.report(u"cluster:A|B"_s, T0, T0 + Hour, {u"--calls"_s});
    QW_REQUIRE_OK(run);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"c1"_s, u"support"_s, T0 + 100),
                    {{u"outcome"_s, u"abandon"_s}, {u"wait"_s, 60}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"c1"_s, u"support"_s, T0 + 150),
                    {{u"outcome"_s, u"abandon"_s}, {u"wait"_s, 20}});
    QW_CHECK_FIELDS(findCall(run.json, u"B"_s, u"c5"_s, u"support"_s), {{u"outcome"_s, u"abandon"_s}, {u"wait"_s, 10}});
    QW_CHECK_FIELDS(run.json.value(u"totals"_s),
                    {{u"offered"_s, 3},
                     {u"unanswered_by_cause.abandon"_s, 3},
                     {u"unanswered_by_cause.other"_s, 0},
                     {u"avg_wait_unanswered"_s, 30}}); // (60 + 20 + 10) / 3
}

void TestSemanticsCluster::mergeOrderDecidesSameSecond_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QJsonObject>("byReason");
    QTest::addColumn<QJsonArray>("servers");
    // Both pauses open in the same second: the later one in merged order (time, then position in
    // the spec) is the most recent (fine-print 14) and gets the whole run of 600 s.
    QTest::addRow("A first") << u"cluster:A|B"_s << QJsonObject {{u"Coaching"_s, 600}} << QJsonArray {u"A"_s, u"B"_s};
    QTest::addRow("B first") << u"cluster:B|A"_s << QJsonObject {{u"Lunch"_s, 600}} << QJsonArray {u"B"_s, u"A"_s};
}

void TestSemanticsCluster::mergeOrderDecidesSameSecond()
{
    QFETCH(QString, spec);
    QFETCH(QJsonObject, byReason);
    QFETCH(QJsonArray, servers);
    LogSet logs;
    logs.add(
        u"A"_s,
        {ql(T0 + 100, u"NONE|support|Agent/101|PAUSE|Lunch"_s), ql(T0 + 700, u"NONE|support|Agent/101|UNPAUSE|"_s)});
    logs.add(
        u"B"_s,
        {ql(T0 + 100, u"NONE|support|Agent/101|PAUSE|Coaching"_s), ql(T0 + 700, u"NONE|support|Agent/101|UNPAUSE|"_s)});
    const ReportRun run = logs.report(spec, T0, T0 + Hour);
    QW_REQUIRE_OK(run);
    QW_CHECK_FIELDS(entry(run.json, u"agents"_s, u"Agent/101"_s),
                    {{u"servers"_s, servers}, // spec order
                     {u"paused_time"_s, 600}, // union of [100, 700) on A and on B
                     {u"paused_by_reason"_s, byReason},
                     {u"logged_in_time"_s, 0}});
}

void TestSemanticsCluster::dashDropsAgentEvents_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QJsonObject>("agents");
    const auto agent = [](const QJsonArray& servers, int answered, int talk, int rings, int loggedIn, int paused,
                          const QJsonObject& byReason) {
        return QJsonObject {{u"servers"_s, servers},          {u"answered"_s, answered},
                            {u"total_talk"_s, talk},          {u"ring_no_answer"_s, rings},
                            {u"logged_in_time"_s, loggedIn},  {u"paused_time"_s, paused},
                            {u"paused_by_reason"_s, byReason}};
    };
    // B- loses AGENTLOGIN/OFF, ADDMEMBER/REMOVEMEMBER, PAUSE/UNPAUSE; its CONNECT, COMPLETE and
    // RINGNOANSWER (call events, with their agent field) stay.
    QTest::addRow("B-") << u"cluster:A|B-"_s
                        << QJsonObject {
                               {u"Agent/101"_s, agent({u"A"_s}, 0, 0, 0, 1000, 0, {})}, // A's [0, 1000) only
                               {u"Agent/201"_s, agent({u"B"_s}, 0, 0, 1, 0, 0, {})}, // its ring on B
                               {u"Agent/202"_s, agent({u"B"_s}, 1, 100, 0, 0, 0, {})}, // its answer on B
                           };
    // Without the flag the same files give B's sessions and pauses too.
    QTest::addRow("B") << u"cluster:A|B"_s
                       << QJsonObject {
                              // [0, 1000) on A united with [500, 3000) on B = [0, 3000)
                              {u"Agent/101"_s, agent({u"A"_s, u"B"_s}, 0, 0, 0, 3000, 0, {})},
                              {u"Agent/201"_s, agent({u"B"_s}, 0, 0, 1, 2000, 0, {})}, // [0, 2000)
                              {u"Agent/202"_s, agent({u"B"_s}, 1, 100, 0, 2000, 300, {{u"Lunch"_s, 300}})},
                          };
}

void TestSemanticsCluster::dashDropsAgentEvents()
{
    QFETCH(QString, spec);
    QFETCH(QJsonObject, agents);
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0, u"MANAGER|support|Agent/101|ADDMEMBER|"_s),
              ql(T0 + 1000, u"MANAGER|support|Agent/101|REMOVEMEMBER|"_s)});
    logs.add(u"B"_s,
             {ql(T0, u"NONE|NONE|Agent/201|AGENTLOGIN|PJSIP/201"_s), ql(T0, u"MANAGER|support|Agent/202|ADDMEMBER|"_s),
              ql(T0 + 100, u"NONE|support|Agent/202|PAUSE|Lunch"_s),
              ql(T0 + 200, u"b1|support|NONE|ENTERQUEUE||0612345678|1"_s),
              ql(T0 + 215, u"b1|support|Agent/201|RINGNOANSWER|15000"_s),
              ql(T0 + 220, u"b1|support|Agent/202|CONNECT|20|b1.1|5"_s),
              ql(T0 + 320, u"b1|support|Agent/202|COMPLETEAGENT|20|100|1"_s),
              ql(T0 + 400, u"NONE|support|Agent/202|UNPAUSE|"_s),
              ql(T0 + 500, u"MANAGER|support|Agent/101|ADDMEMBER|"_s),
              ql(T0 + 2000, u"NONE|NONE|Agent/201|AGENTLOGOFF|PJSIP/201|2000"_s),
              ql(T0 + 2000, u"MANAGER|support|Agent/202|REMOVEMEMBER|"_s),
              ql(T0 + 3000, u"MANAGER|support|Agent/101|REMOVEMEMBER|"_s)});
    const ReportRun run = logs.report(spec, T0, T0 + Hour, {u"--calls"_s});
    QW_REQUIRE_OK(run);
    QCOMPARE(keysOf(run.json.value(u"agents"_s)), keysOf(agents));
    for (auto it = agents.begin(); it != agents.end(); ++it)
        QW_CHECK_FIELDS(entry(run.json, u"agents"_s, it.key()), fieldsOf(it.value().toObject()));
    // B's call figures are the same either way: wait 220 - 200, talk 320 - 220.
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"B"_s),
                    {{u"offered"_s, 1}, {u"answered"_s, 1}, {u"ring_no_answer"_s, 1}, {u"total_talk"_s, 100}});
    QW_CHECK_FIELDS(findCall(run.json, u"B"_s, u"b1"_s, u"support"_s), {{u"agent"_s, u"Agent/202"_s}});
    QVERIFY(run.json.value(u"servers"_s).toObject().contains(u"A"_s));
}

void TestSemanticsCluster::clustrwRenamesAgents_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("sipLoggedIn");
    QTest::addRow("clustrw") << u"clustrw:A|B"_s << 1500; // SIP/200's ADDMEMBER..REMOVEMEMBER on B, renamed
    QTest::addRow("clustrw, B-") << u"clustrw:A|B-"_s << 0; // B's member events dropped, its calls kept
}

void TestSemanticsCluster::clustrwRenamesAgents()
{
    QFETCH(QString, spec);
    QFETCH(int, sipLoggedIn);
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 - Hour, Restart), ql(T0, u"MANAGER|support|Agent/101|ADDMEMBER|"_s),
              ql(T0 + 10, u"a1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 15, u"a1|support|101|RINGNOANSWER|5000"_s), // bare name -> A-101
              ql(T0 + 20, u"a1|support|Agent/101|CONNECT|10|a1.1|5"_s), // -> Agent/A-101
              ql(T0 + 80, u"a1|support|Agent/101|COMPLETEAGENT|10|60|1"_s),
              ql(T0 + 90, u"a2|support|NONE|ENTERQUEUE||0622222222|1"_s),
              ql(T0 + 95, u"a2|support|Local/300@agents/n|RINGNOANSWER|5000"_s), // Local/A-300@agents/n
              ql(T0 + 100, u"a2|support||CONNECT|10|a2.1|5"_s), // empty: no agent, not renamed
              ql(T0 + 130, u"a2|support||COMPLETECALLER|10|30|1"_s),
              ql(T0 + 1000, u"MANAGER|support|Agent/101|REMOVEMEMBER|"_s)});
    logs.add(u"B"_s,
             {ql(T0 - Hour, Restart), ql(T0, u"MANAGER|support|SIP/200|ADDMEMBER|"_s),
              ql(T0 + 20, u"a1|support|NONE|ENTERQUEUE||0633333333|1"_s),
              ql(T0 + 30, u"a1|support|SIP/200|CONNECT|10|a1.1|5"_s), // -> SIP/B-200
              ql(T0 + 90, u"a1|support|SIP/200|COMPLETECALLER|10|60|1"_s),
              ql(T0 + 100, u"b2|support|NONE|ENTERQUEUE||0644444444|2"_s),
              ql(T0 + 105, u"b2|support|PJSIP/alice|RINGNOANSWER|5000"_s), // -> PJSIP/B-alice
              ql(T0 + 110, u"b2|support|NONE|ABANDON|2|2|10"_s),
              ql(T0 + 200, u"b3|sales|NONE|ENTERQUEUE||0655555555|1"_s),
              ql(T0 + 205, u"b3|sales|Agent/101|CONNECT|5|b3.1|2"_s), // -> Agent/B-101
              ql(T0 + 265, u"b3|sales|Agent/101|COMPLETEAGENT|5|60|1"_s),
              ql(T0 + 1500, u"MANAGER|support|SIP/200|REMOVEMEMBER|"_s)});
    const ReportRun run = logs.report(spec, T0, T0 + Hour, {u"--calls"_s});
    QW_REQUIRE_OK(run);

    QCOMPARE(keysOf(run.json.value(u"agents"_s)),
             sorted({u"Agent/A-101"_s, u"A-101"_s, u"Local/A-300@agents/n"_s, u"SIP/B-200"_s, u"PJSIP/B-alice"_s,
                     u"Agent/B-101"_s}));
    QW_CHECK_FIELDS(run.json.value(u"agents"_s),
                    {{u"Agent/A-101.servers"_s, QJsonArray {u"A"_s}},
                     {u"Agent/A-101.answered"_s, 1},
                     {u"Agent/A-101.total_talk"_s, 60}, // 80 - 20
                     {u"Agent/A-101.ring_no_answer"_s, 0},
                     {u"Agent/A-101.logged_in_time"_s, 1000}, // ADDMEMBER/REMOVEMEMBER renamed too
                     {u"A-101.servers"_s, QJsonArray {u"A"_s}},
                     {u"A-101.ring_no_answer"_s, 1},
                     {u"A-101.answered"_s, 0},
                     {u"Local/A-300@agents/n.ring_no_answer"_s, 1},
                     {u"SIP/B-200.servers"_s, QJsonArray {u"B"_s}},
                     {u"SIP/B-200.answered"_s, 1},
                     {u"SIP/B-200.total_talk"_s, 60}, // 90 - 30
                     {u"SIP/B-200.logged_in_time"_s, sipLoggedIn},
                     {u"PJSIP/B-alice.servers"_s, QJsonArray {u"B"_s}},
                     {u"PJSIP/B-alice.ring_no_answer"_s, 1},
                     {u"Agent/B-101.servers"_s, QJsonArray {u"B"_s}},
                     {u"Agent/B-101.answered"_s, 1},
                     {u"Agent/B-101.total_talk"_s, 60}, // 265 - 205
                     {u"Agent/B-101.logged_in_time"_s, 0}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"a1"_s, u"support"_s), {{u"agent"_s, u"Agent/A-101"_s}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"a2"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s}, {u"agent"_s, Null}, {u"talk"_s, 30}}); // 130 - 100
    QW_CHECK_FIELDS(findCall(run.json, u"B"_s, u"a1"_s, u"support"_s), {{u"agent"_s, u"SIP/B-200"_s}});
    QW_CHECK_FIELDS(findCall(run.json, u"B"_s, u"b3"_s, u"sales"_s), {{u"agent"_s, u"Agent/B-101"_s}});
    QW_CHECK_FIELDS(findCall(run.json, u"B"_s, u"b2"_s, u"support"_s), {{u"agent"_s, Null}});
    QW_CHECK_FIELDS(run.json.value(u"totals"_s),
                    {{u"offered"_s, 5}, {u"answered"_s, 4}, {u"ring_no_answer"_s, 3}, {u"total_talk"_s, 210}});
}

void TestSemanticsCluster::oneAgentOnTwoServers_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QJsonArray>("servers");
    QTest::addRow("A|B") << u"cluster:A|B"_s << QJsonArray {u"A"_s, u"B"_s};
    QTest::addRow("B|A") << u"cluster:B|A"_s << QJsonArray {u"B"_s, u"A"_s};
}

void TestSemanticsCluster::oneAgentOnTwoServers()
{
    QFETCH(QString, spec);
    QFETCH(QJsonArray, servers);
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0, u"MANAGER|support|Agent/101|ADDMEMBER|"_s),
              ql(T0 + 100, u"MANAGER|support|Agent/102|ADDMEMBER|"_s),
              ql(T0 + 100, u"s1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 110, u"s1|support|Agent/101|CONNECT|10|s1.1|3"_s),
              ql(T0 + 170, u"s1|support|Agent/101|COMPLETEAGENT|10|60|1"_s),
              ql(T0 + 1000, u"MANAGER|support|Agent/102|REMOVEMEMBER|"_s),
              ql(T0 + 1200, u"MANAGER|support|Agent/101|REMOVEMEMBER|"_s)});
    logs.add(u"B"_s,
             {ql(T0 + 200, u"MANAGER|support|Agent/102|REMOVEMEMBER|"_s), // B never opened it
              ql(T0 + 600, u"MANAGER|support|Agent/101|ADDMEMBER|"_s),
              ql(T0 + 700, u"s2|support|NONE|ENTERQUEUE||0622222222|1"_s),
              ql(T0 + 705, u"s2|support|Agent/101|CONNECT|5|s2.1|3"_s),
              ql(T0 + 795, u"s2|support|Agent/101|COMPLETECALLER|5|90|1"_s),
              ql(T0 + 1800, u"MANAGER|support|Agent/101|REMOVEMEMBER|"_s)});
    const ReportRun run = logs.report(spec, T0, T0 + Hour);
    QW_REQUIRE_OK(run);
    // CONTRACT: one agent key on two partitions is one agent; its logged-in time is the union of
    // its sessions on both (section 5: "logged-in time is the length of that union").
    QW_CHECK_FIELDS(entry(run.json, u"agents"_s, u"Agent/101"_s),
                    {{u"servers"_s, servers},
                     {u"answered"_s, 2},
                     {u"total_talk"_s, 150}, // 60 + 90
                     {u"logged_in_time"_s, 1800}}); // [0, 1200) on A united with [600, 1800) on B
    // What A opened only A closes: B's REMOVEMEMBER changes nothing, A's session runs [100, 1000).
    // CONTRACT: AGENT servers lists the partitions its figures came from; B contributed none.
    QW_CHECK_FIELDS(entry(run.json, u"agents"_s, u"Agent/102"_s),
                    {{u"servers"_s, QJsonArray {u"A"_s}}, {u"logged_in_time"_s, 900}});
    // Queues of the same name on several partitions are one queue.
    QCOMPARE(keysOf(run.json.value(u"queues"_s)), QStringList {u"support"_s});
    QW_CHECK_FIELDS(entry(run.json, u"queues"_s, u"support"_s), {{u"offered"_s, 2}, {u"answered"_s, 2}});
}

void TestSemanticsCluster::serversListEveryPartition()
{
    // B has only its QUEUESTART, C is an empty file: both are listed, with nothing counted.
    LogSet logs;
    logs.add(
        u"A"_s,
        {ql(T0 + 10, u"x1|support|NONE|ENTERQUEUE||0611111111|1"_s), ql(T0 + 40, u"x1|support|NONE|ABANDON|1|1|30"_s)});
    logs.add(u"B"_s, {ql(T0 - Hour, Restart)});
    logs.addBytes(u"C"_s, {});
    const ReportRun run = logs.report(u"cluster:A|B|C"_s, T0, T0 + Hour);
    QW_REQUIRE_OK(run);
    QCOMPARE(keysOf(run.json.value(u"servers"_s)), (QStringList {u"A"_s, u"B"_s, u"C"_s}));
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"B"_s), emptyKpi());
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"C"_s), emptyKpi());
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"A"_s), {{u"offered"_s, 1}, {u"unanswered_by_cause.abandon"_s, 1}});
}

void TestSemanticsCluster::realClusterFixture()
{
    // The real Asterisk 22 files (tests/fixtures/asterisk22-cluster), figures read off their lines.
    QStringList arguments;
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        arguments << u"--partition"_s << name + u'=' + fixturePath(u"asterisk22-cluster/%1.queue_log"_s.arg(name));
    // 2026-11-24 04:50:00 to 05:00:00 UTC covers all calls (04:50:59 to 04:56:54).
    const ReportRun run = runReport(QStringList {u"--source"_s, u"cluster:A|B|C"_s, u"--from"_s, u"1795495800"_s,
                                                 u"--to"_s, u"1795496400"_s, u"--tz"_s, u"UTC"_s, u"--calls"_s}
                                    + arguments);
    QW_REQUIRE_OK(run);

    // Call id 1795495865.0 on A and on B: two calls (A lines 4,5,27; B lines 2,3,16).
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1795495865.0"_s, u"support"_s),
                    {{u"enter"_s, 1795495865},
                     {u"outcome"_s, u"answered"_s},
                     {u"wait"_s, 5}, // 870 - 865
                     {u"talk"_s, 50}, // 920 - 870
                     {u"agent"_s, u"Agent/101"_s}});
    QW_CHECK_FIELDS(findCall(run.json, u"B"_s, u"1795495865.0"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s},
                     {u"wait"_s, 2}, // 867 - 865
                     {u"talk"_s, 28}, // 895 - 867
                     {u"agent"_s, u"Agent/101"_s}});
    // C was killed; its QUEUESTART at 1795496021 closes what was open there (C lines 8, 10, 50, 59).
    QW_CHECK_FIELDS(findCall(run.json, u"C"_s, u"pbx-c-1795495882.6"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s},
                     {u"wait"_s, 5}, // 887 - 882
                     {u"talk"_s, 134}, // 6021 - 5887
                     {u"agent"_s, u"Agent/101"_s},
                     {u"transferred"_s, false}});
    QW_CHECK_FIELDS(findCall(run.json, u"C"_s, u"pbx-c-1795495970.54"_s, u"sales"_s),
                    {{u"outcome"_s, u"other"_s}, {u"wait"_s, 51}}); // 6021 - 5970
    QW_CHECK_FIELDS(findCall(run.json, u"C"_s, u"pbx-c-1795495981.74"_s, u"sales"_s),
                    {{u"outcome"_s, u"other"_s}, {u"wait"_s, 40}}); // 6021 - 5981
    QW_CHECK_FIELDS(findCall(run.json, u"C"_s, u"pbx-c-1795495865.0"_s, u"sales"_s),
                    {{u"outcome"_s, u"timeout"_s}, {u"wait"_s, 50}}); // 915 - 865
    // A blind transfer from support into sales (A lines 129-142).
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1795496144.126"_s, u"support"_s),
                    {{u"outcome"_s, u"answered"_s},
                     {u"wait"_s, 3}, // 147 - 144
                     {u"talk"_s, 26}, // 173 - 147
                     {u"agent"_s, u"Agent/110"_s},
                     {u"transferred"_s, true}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, u"1795496144.126"_s, u"sales"_s),
                    {{u"enter"_s, 1795496173},
                     {u"outcome"_s, u"answered"_s},
                     {u"wait"_s, 2}, // 175 - 173
                     {u"talk"_s, 61}, // 236 - 175
                     {u"agent"_s, u"Agent/108"_s},
                     {u"transferred"_s, false}});
    // Every ENTERQUEUE of the files (122) is a stint of the period; none is lost.
    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 122);
    QW_CHECK_FIELDS(run.json.value(u"totals"_s), {{u"offered"_s, 122}, {u"transfers"_s, 2}});
    QCOMPARE(keysOf(run.json.value(u"queues"_s)), (QStringList {u"billing"_s, u"sales"_s, u"support"_s}));
}

QTEST_GUILESS_MAIN(TestSemanticsCluster)
#include "tst_semantics_cluster.moc"
