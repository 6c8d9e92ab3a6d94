// Calls (semantics.md section 2, fine-print 5, 7, 8, 10): how one stint's end decides its outcome,
// wait, talk, agent and transfer flag, checked through `calls` and the queue's KPI.
#include "reportrun.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qw::test;

namespace {
constexpr qint64 T0 = 1800000000; // 2027-01-15 08:00:00 UTC
constexpr qint64 E = T0 + 10; // the stint's ENTERQUEUE, 08:00:10 UTC
constexpr qint64 To = T0 + 3600; // every report here covers [08:00, 09:00) UTC
const QString Id = u"1800000010.1"_s;

// A line of the stint under test, `offset` seconds after its ENTERQUEUE.
QString line(qint64 offset, const QString& queueAgentVerbData)
{
    return ql(E + offset, Id + u'|' + queueAgentVerbData);
}

QString enter()
{
    return line(0, u"support|NONE|ENTERQUEUE||0612345678|1"_s);
}

const QJsonValue NoTalk; // null
const QJsonValue NoAgent; // null

QJsonObject expectCall(const QString& outcome, double wait, const QJsonValue& talk, const QJsonValue& agent,
                       bool transferred)
{
    return {{u"server"_s, u"A"_s}, {u"call_id"_s, Id},      {u"queue"_s, u"support"_s},
            {u"enter"_s, E},       {u"outcome"_s, outcome}, {u"wait"_s, wait},
            {u"talk"_s, talk},     {u"agent"_s, agent},     {u"transferred"_s, transferred}};
}

// The KPI of a report holding exactly one stint, straight from semantics.md section 6 with T = 20:
// answered_within_sl / unanswered_within_sl are 1 when the wait is <= 20; service_level =
// aws / (1 - uws) (null when the one call gave up within T); sl_answered = aws / answered (null when
// unanswered); sl2 = (aws + uws) / 1; averages over one call are that call's value, null when the
// call is not of the averaged kind; avg_talk is null for an answered stint without talk (fine-print 8).
Fields oneStintKpi(const QJsonObject& call, int rings)
{
    const QString outcome = call.value(u"outcome"_s).toString();
    const bool answered = outcome == u"answered"_s;
    const double wait = call.value(u"wait"_s).toDouble();
    const QJsonValue talk = call.value(u"talk"_s);
    const int within = wait <= 20 ? 1 : 0;
    const int aws = answered ? within : 0;
    const int uws = answered ? 0 : within;
    Fields fields {
        {u"offered"_s, 1},
        {u"answered"_s, answered ? 1 : 0},
        {u"unanswered"_s, answered ? 0 : 1},
        {u"answered_within_sl"_s, aws},
        {u"unanswered_within_sl"_s, uws},
        {u"service_level"_s, uws == 1 ? QJsonValue(Null) : QJsonValue(aws)},
        {u"sl_answered"_s, answered ? QJsonValue(aws) : QJsonValue(Null)},
        {u"sl2"_s, aws + uws},
        {u"avg_wait_answered"_s, answered ? QJsonValue(wait) : QJsonValue(Null)},
        {u"max_wait_answered"_s, answered ? QJsonValue(wait) : QJsonValue(Null)},
        {u"avg_talk"_s, talk.isNull() ? QJsonValue(Null) : talk},
        {u"total_talk"_s, talk.isNull() ? 0.0 : talk.toDouble()},
        {u"avg_wait_unanswered"_s, answered ? QJsonValue(Null) : QJsonValue(wait)},
        {u"transfers"_s, call.value(u"transferred"_s).toBool() ? 1 : 0},
        {u"ring_no_answer"_s, rings},
    };
    for (const QString& cause : {u"abandon"_s, u"timeout"_s, u"exitempty"_s, u"exitwithkey"_s, u"other"_s})
        fields.append({u"unanswered_by_cause."_s + cause, outcome == cause ? 1 : 0});
    return fields;
}
} // namespace

class TestSemanticsCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleStint_data();
    void singleStint();
    void sameCallInTwoQueues_data();
    void sameCallInTwoQueues();
    void eventsWithoutEnterQueueAreIgnored();
};

void TestSemanticsCalls::singleStint_data()
{
    QTest::addColumn<QStringList>("lines"); // after the ENTERQUEUE at E
    QTest::addColumn<QJsonObject>("call");
    QTest::addColumn<int>("rings"); // KPI ring_no_answer

    // Answered ends: wait = CONNECT - ENTERQUEUE, talk = end - CONNECT, agent = CONNECT's.
    QTest::addRow("COMPLETECALLER after CONNECT")
        << QStringList {line(15, u"support|Agent/101|CONNECT|15|1800000010.2|3"_s),
                        line(75, u"support|Agent/101|COMPLETECALLER|15|60|1"_s)}
        << expectCall(u"answered"_s, 15, 60, u"Agent/101"_s, false) // wait 15-0, talk 75-15
        << 0;
    QTest::addRow("COMPLETEAGENT after CONNECT")
        << QStringList {line(8, u"support|Agent/102|CONNECT|8|1800000010.2|2"_s),
                        line(308, u"support|Agent/102|COMPLETEAGENT|8|300|1"_s)}
        << expectCall(u"answered"_s, 8, 300, u"Agent/102"_s, false) // wait 8, talk 308-8
        << 0;
    // With a CONNECT the timestamps decide; the COMPLETE's data1/data2 are not used.
    QTest::addRow("COMPLETE data ignored after CONNECT")
        << QStringList {line(15, u"support|Agent/101|CONNECT|15|1800000010.2|3"_s),
                        line(75, u"support|Agent/101|COMPLETECALLER|99|999|1"_s)}
        << expectCall(u"answered"_s, 15, 60, u"Agent/101"_s, false) // wait 15, talk 75-15
        << 0;
    QTest::addRow("second CONNECT ignored")
        << QStringList {line(15, u"support|Agent/101|CONNECT|15|1800000010.2|3"_s),
                        line(40, u"support|Agent/102|CONNECT|40|1800000010.4|3"_s),
                        line(100, u"support|Agent/101|COMPLETEAGENT|15|85|1"_s)}
        << expectCall(u"answered"_s, 15, 85, u"Agent/101"_s, false) // first CONNECT: wait 15, talk 100-15
        << 0;
    QTest::addRow("TRANSFER") << QStringList {line(12, u"support|Agent/103|CONNECT|12|1800000010.2|4"_s),
                                              line(72, u"support|Agent/103|TRANSFER|2001|from-internal|12|60|1"_s)}
                              << expectCall(u"answered"_s, 12, 60, u"Agent/103"_s,
                                            true) // wait 12, talk 72-12, transferred
                              << 0;
    QTest::addRow("BLINDTRANSFER") << QStringList {line(5, u"support|Agent/110|CONNECT|5|1800000010.2|2"_s),
                                                   line(35, u"support|Agent/110|BLINDTRANSFER|sales|xfer|5|30|1"_s)}
                                   << expectCall(u"answered"_s, 5, 30, u"Agent/110"_s, true) // wait 5, talk 35-5
                                   << 0;
    QTest::addRow("ATTENDEDTRANSFER")
        << QStringList {line(20, u"support|Agent/104|CONNECT|20|1800000010.2|3"_s),
                        line(140, u"support|Agent/104|ATTENDEDTRANSFER|BRIDGE|5a1e3c|20|120|1"_s)}
        << expectCall(u"answered"_s, 20, 120, u"Agent/104"_s, true) // wait 20, talk 140-20
        << 0;
    // CONNECT and COMPLETE in the same second: a talk of 0 is a talk, not a missing one.
    QTest::addRow("zero talk") << QStringList {line(20, u"support|Agent/103|CONNECT|20|1800000010.2|3"_s),
                                               line(20, u"support|Agent/103|COMPLETEAGENT|20|0|1"_s)}
                               << expectCall(u"answered"_s, 20, 0, u"Agent/103"_s, false) // wait 20, talk 20-20
                               << 0;

    // COMPLETE* without CONNECT: wait = data1, talk = data2, agent = the COMPLETE's (fine-print 7).
    QTest::addRow("COMPLETECALLER without CONNECT")
        << QStringList {line(52, u"support|Agent/104|COMPLETECALLER|12|40|1"_s)}
        << expectCall(u"answered"_s, 12, 40, u"Agent/104"_s, false) // data1 12, data2 40
        << 0;
    QTest::addRow("COMPLETEAGENT without CONNECT, leading zeros")
        << QStringList {line(47, u"support|Agent/104|COMPLETEAGENT|007|040|1"_s)}
        << expectCall(u"answered"_s, 7, 40, u"Agent/104"_s, false) // "007" = 7, "040" = 40
        << 0;
    // Unusable data1/data2 (either one) -> neither is used: wait = end - ENTERQUEUE = 100, no talk.
    // CONTRACT: the agent is still the COMPLETE's: semantics.md section 5 credits "the COMPLETE's when
    // no CONNECT was seen"; the fall-back of section 3 speaks only of the times.
    const QStringList unusable {u"-5|40"_s, u"+5|40"_s, u"12.5|40"_s, u"|40"_s, u" 12|40"_s, u"12|4x"_s, u"12|"_s};
    for (const QString& data : unusable)
        QTest::addRow("COMPLETECALLER without CONNECT, data '%s'", qPrintable(data))
            << QStringList {line(100, u"support|Agent/104|COMPLETECALLER|"_s + data + u"|1"_s)}
            << expectCall(u"answered"_s, 100, NoTalk, u"Agent/104"_s, false) // wait 100-0
            << 0;
    QTest::addRow("COMPLETEAGENT without CONNECT, no data")
        << QStringList {line(100, u"support|Agent/104|COMPLETEAGENT|"_s)}
        << expectCall(u"answered"_s, 100, NoTalk, u"Agent/104"_s, false) // wait 100-0
        << 0;
    // Another answered end without CONNECT: wait = end - ENTERQUEUE, no talk, no agent.
    QTest::addRow("BLINDTRANSFER without CONNECT")
        << QStringList {line(50, u"support|Agent/110|BLINDTRANSFER|sales|xfer|50|0|1"_s)}
        << expectCall(u"answered"_s, 50, NoTalk, NoAgent, true) // wait 50-0
        << 0;
    // An agent value of NONE or empty is no agent; the stint is still answered (fine-print 5).
    QTest::addRow("CONNECT by NONE") << QStringList {line(9, u"support|NONE|CONNECT|9|1800000010.2|1"_s),
                                                     line(69, u"support|NONE|COMPLETECALLER|9|60|1"_s)}
                                     << expectCall(u"answered"_s, 9, 60, NoAgent, false) // wait 9, talk 69-9
                                     << 0;
    QTest::addRow("CONNECT by an empty agent")
        << QStringList {line(9, u"support||CONNECT|9|1800000010.2|1"_s), line(69, u"support||COMPLETEAGENT|9|60|1"_s)}
        << expectCall(u"answered"_s, 9, 60, NoAgent, false) // wait 9, talk 69-9
        << 0;

    // Unanswered ends: wait = end - ENTERQUEUE; the cause by the end verb.
    // CONTRACT: CALL "agent" is the answering agent, so null for every unanswered stint.
    QTest::addRow("ABANDON") << QStringList {line(30, u"support|NONE|ABANDON|1|1|30"_s)}
                             << expectCall(u"abandon"_s, 30, NoTalk, NoAgent, false) << 0;
    // The end verb alone decides: an ABANDON naming a member that rang too late is an abandon.
    QTest::addRow("ABANDON naming a member") << QStringList {line(30, u"support|Agent/105|ABANDON|1|1|30"_s)}
                                             << expectCall(u"abandon"_s, 30, NoTalk, NoAgent, false) << 0;
    QTest::addRow("EXITWITHTIMEOUT") << QStringList {line(300, u"support|NONE|EXITWITHTIMEOUT|1|1|300"_s)}
                                     << expectCall(u"timeout"_s, 300, NoTalk, NoAgent, false) << 0;
    QTest::addRow("EXITEMPTY") << QStringList {line(0, u"support|NONE|EXITEMPTY|1|1|0"_s)}
                               << expectCall(u"exitempty"_s, 0, NoTalk, NoAgent, false) << 0;
    QTest::addRow("EXITWITHKEY") << QStringList {line(12, u"support|NONE|EXITWITHKEY|5|1|1|12"_s)}
                                 << expectCall(u"exitwithkey"_s, 12, NoTalk, NoAgent, false) << 0;
    QTest::addRow("SYSCOMPAT") << QStringList {line(1, u"support|Agent/101|SYSCOMPAT|"_s)}
                               << expectCall(u"other"_s, 1, NoTalk, NoAgent, false) << 0;
    QTest::addRow("WITHDRAW") << QStringList {line(45, u"support|NONE|WITHDRAW|1|1|45|callback requested"_s)}
                              << expectCall(u"other"_s, 45, NoTalk, NoAgent, false) << 0;

    // Attempts keep the stint open; KPI ring_no_answer counts the RINGNOANSWER events while open.
    // CONTRACT: RINGCANCELED and AGENTDUMP are attempts but not "ring_no_answer" (the KPI names
    // RINGNOANSWER only; fine-print 10).
    QTest::addRow("attempts then answered")
        << QStringList {line(15, u"support|Agent/101|RINGNOANSWER|15000"_s),
                        line(30, u"support|Agent/102|AGENTDUMP|"_s),
                        line(45, u"support|Agent/103|RINGNOANSWER|15000"_s),
                        line(50, u"support|Agent/104|CONNECT|50|1800000010.9|5"_s),
                        line(110, u"support|Agent/104|COMPLETEAGENT|50|60|1"_s)}
        << expectCall(u"answered"_s, 50, 60, u"Agent/104"_s, false) // wait 50, talk 110-50
        << 2; // two RINGNOANSWER
    QTest::addRow("RINGCANCELED then ABANDON")
        << QStringList {line(15, u"support|Agent/101|RINGNOANSWER|15000"_s),
                        line(25, u"support|Agent/102|RINGCANCELED|10000"_s), line(25, u"support|NONE|ABANDON|1|1|25"_s)}
        << expectCall(u"abandon"_s, 25, NoTalk, NoAgent, false) << 1; // the RINGCANCELED is not counted
    // A RINGNOANSWER after the end is not one of the stint's while it is open (fine-print 10).
    QTest::addRow("RINGNOANSWER after the end")
        << QStringList {line(30, u"support|NONE|ABANDON|1|1|30"_s), line(31, u"support|Agent/103|RINGNOANSWER|1000"_s)}
        << expectCall(u"abandon"_s, 30, NoTalk, NoAgent, false) << 0;
    // Unknown verbs pass through harmlessly; verbs are case-sensitive ("connect" and "abandon" are
    // unknown), and CONFIGRELOAD is no restart.
    QTest::addRow("unknown and lower-case verbs")
        << QStringList {line(5, u"support|NONE|INFO|IVR|menu1"_s),         line(6, u"support|NONE|DID|0212345678"_s),
                        ql(E + 7, u"NONE|NONE|NONE|CONFIGRELOAD|"_s),      line(10, u"support|NONE|CALLERONHOLD|"_s),
                        line(20, u"support|Agent/101|connect|20|x|1"_s),   line(40, u"support|NONE|abandon|1|1|40"_s),
                        line(60, u"support|NONE|EXITWITHTIMEOUT|1|1|60"_s)}
        << expectCall(u"timeout"_s, 60, NoTalk, NoAgent, false) << 0;
}

void TestSemanticsCalls::singleStint()
{
    QFETCH(QStringList, lines);
    QFETCH(QJsonObject, call);
    QFETCH(int, rings);

    LogSet logs;
    logs.add(u"A"_s, QStringList {ql(T0 - 3600, u"NONE|NONE|NONE|QUEUESTART|"_s), enter()} + lines);
    const ReportRun run = logs.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(run);

    const QJsonArray calls = run.json.value(u"calls"_s).toArray();
    QVERIFY2(calls.size() == 1, qPrintable(run.out));
    QW_CHECK_FIELDS(calls.at(0), fieldsOf(call));

    const Fields kpi = oneStintKpi(call, rings);
    QW_CHECK_FIELDS(run.json.value(u"totals"_s), kpi);
    QW_CHECK_FIELDS(entry(run.json, u"queues"_s, u"support"_s), kpi);
    QW_CHECK_FIELDS(entry(run.json, u"servers"_s, u"A"_s), kpi);
    QCOMPARE(keysOf(run.json.value(u"queues"_s)), QStringList {u"support"_s});

    // The answering agent is credited (section 5); no other agent gets an answered call.
    const QJsonObject agents = run.json.value(u"agents"_s).toObject();
    for (auto it = agents.begin(); it != agents.end(); ++it) {
        const bool credited = call.value(u"agent"_s).toString() == it.key();
        QCOMPARE(it.value().toObject().value(u"answered"_s).toDouble(), credited ? 1.0 : 0.0);
    }
    if (const QString agent = call.value(u"agent"_s).toString(); !agent.isEmpty()) {
        QW_CHECK_FIELDS(entry(run.json, u"agents"_s, agent),
                        {{u"answered"_s, 1},
                         {u"total_talk"_s, call.value(u"talk"_s).isNull() ? 0.0 : call.value(u"talk"_s).toDouble()},
                         {u"servers"_s, QJsonArray {u"A"_s}}});
    }
    QVERIFY(!agents.contains(u"NONE"_s));
    QVERIFY(!agents.contains(QString()));
    // ENTERQUEUE at 08:00:10 UTC: hour 8.
    QW_CHECK_FIELDS(run.json.value(u"by_hour"_s),
                    {{u"8.hour"_s, 8},
                     {u"8.offered"_s, 1},
                     {u"8.answered"_s, call.value(u"outcome"_s) == u"answered"_s ? 1 : 0},
                     {u"8.unanswered"_s, call.value(u"outcome"_s) == u"answered"_s ? 0 : 1}});
}

void TestSemanticsCalls::sameCallInTwoQueues_data()
{
    // Support agent Agent/110 blind-transfers the caller into sales: one call id, two stints.
    const QString id = u"1800000100.7"_s;
    const QString blind = ql(T0 + 160, id + u"|support|Agent/110|BLINDTRANSFER|sales|xfer|8|52|1"_s);
    const QString salesEnter = ql(T0 + 160, id + u"|sales|NONE|ENTERQUEUE||0612345678|1"_s);
    const QStringList head {ql(T0 - 3600, u"NONE|NONE|NONE|QUEUESTART|"_s),
                            ql(T0 + 100, id + u"|support|NONE|ENTERQUEUE||0612345678|1"_s),
                            ql(T0 + 108, id + u"|support|Agent/110|CONNECT|8|1800000100.9|8"_s)};
    const QStringList tail {ql(T0 + 175, id + u"|sales|Agent/106|RINGNOANSWER|15000"_s),
                            ql(T0 + 178, id + u"|sales|Agent/108|CONNECT|18|1800000160.12|3"_s),
                            ql(T0 + 298, id + u"|sales|Agent/108|COMPLETECALLER|18|120|1"_s)};
    QTest::addColumn<QStringList>("lines");
    // Asterisk 22 writes the BLINDTRANSFER first (tests/fixtures A.queue_log line 137).
    QTest::addRow("transfer line first") << head + QStringList {blind, salesEnter} + tail;
    QTest::addRow("enterqueue line first") << head + QStringList {salesEnter, blind} + tail;
}

void TestSemanticsCalls::sameCallInTwoQueues()
{
    QFETCH(QStringList, lines);
    LogSet logs;
    logs.add(u"A"_s, lines);
    const ReportRun run = logs.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(run);
    const QString id = u"1800000100.7"_s;

    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 2);
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, id, u"support"_s),
                    {{u"enter"_s, T0 + 100},
                     {u"outcome"_s, u"answered"_s},
                     {u"wait"_s, 8}, // 108 - 100
                     {u"talk"_s, 52}, // 160 - 108
                     {u"agent"_s, u"Agent/110"_s},
                     {u"transferred"_s, true}});
    QW_CHECK_FIELDS(findCall(run.json, u"A"_s, id, u"sales"_s),
                    {{u"enter"_s, T0 + 160},
                     {u"outcome"_s, u"answered"_s},
                     {u"wait"_s, 18}, // 178 - 160
                     {u"talk"_s, 120}, // 298 - 178
                     {u"agent"_s, u"Agent/108"_s},
                     {u"transferred"_s, false}});
    QW_CHECK_FIELDS(run.json.value(u"totals"_s),
                    {{u"offered"_s, 2},
                     {u"answered"_s, 2},
                     {u"transfers"_s, 1},
                     {u"ring_no_answer"_s, 1},
                     {u"total_talk"_s, 172}, // 52 + 120
                     {u"avg_talk"_s, 86}, // 172 / 2
                     {u"avg_wait_answered"_s, 13}, // (8 + 18) / 2
                     {u"max_wait_answered"_s, 18},
                     {u"answered_within_sl"_s, 2}, // 8 and 18 <= 20
                     {u"service_level"_s, 1}}); // 2 / (2 - 0)
    QW_CHECK_FIELDS(entry(run.json, u"queues"_s, u"support"_s),
                    {{u"offered"_s, 1}, {u"transfers"_s, 1}, {u"ring_no_answer"_s, 0}, {u"total_talk"_s, 52}});
    QW_CHECK_FIELDS(entry(run.json, u"queues"_s, u"sales"_s),
                    {{u"offered"_s, 1}, {u"transfers"_s, 0}, {u"ring_no_answer"_s, 1}, {u"total_talk"_s, 120}});
    QW_CHECK_FIELDS(run.json.value(u"agents"_s),
                    {{u"Agent/110.answered"_s, 1},
                     {u"Agent/110.total_talk"_s, 52},
                     {u"Agent/108.answered"_s, 1},
                     {u"Agent/108.total_talk"_s, 120},
                     {u"Agent/106.answered"_s, 0},
                     {u"Agent/106.ring_no_answer"_s, 1}});
    QW_CHECK_FIELDS(run.json.value(u"by_hour"_s), {{u"8.offered"_s, 2}, {u"8.answered"_s, 2}}); // both at 08:0x
}

void TestSemanticsCalls::eventsWithoutEnterQueueAreIgnored()
{
    // The key 1800000050.3 has no ENTERQUEUE in the data: its CONNECT and COMPLETE count for nothing.
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 - 3600, u"NONE|NONE|NONE|QUEUESTART|"_s),
              ql(T0 + 50, u"1800000050.3|sales|Agent/101|CONNECT|5|1800000050.5|2"_s),
              ql(T0 + 110, u"1800000050.3|sales|Agent/101|COMPLETEAGENT|5|60|1"_s), enter(),
              line(30, u"support|NONE|ABANDON|1|1|30"_s)});
    const ReportRun run = logs.report(u"sql:A"_s, T0, To, {u"--calls"_s});
    QW_REQUIRE_OK(run);
    QCOMPARE(run.json.value(u"calls"_s).toArray().size(), 1);
    QCOMPARE(keysOf(run.json.value(u"queues"_s)), QStringList {u"support"_s});
    QW_CHECK_FIELDS(
        run.json.value(u"totals"_s),
        {{u"offered"_s, 1}, {u"answered"_s, 0}, {u"unanswered_by_cause.abandon"_s, 1}, {u"total_talk"_s, 0}});
    QCOMPARE(keysOf(run.json.value(u"agents"_s)), QStringList {}); // no credit, no session
}

QTEST_GUILESS_MAIN(TestSemanticsCalls)
#include "tst_semantics_calls.moc"
