// Agents (semantics.md sections 3 and 5, fine-print 5, 10-16): sessions, the logged-in union,
// pauses and their reasons, clipping to [from, to) and the 24 h look-back, restarts, rings and
// answered-call credit. Every report here covers [08:00, 09:00) UTC on 2027-01-15.
#include "reportrun.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qw::test;

namespace {
constexpr qint64 T0 = 1800000000; // 2027-01-15 08:00:00 UTC = `from`
constexpr qint64 To = T0 + 3600;

// Expected AGENT fields for an agent of partition A with no calls.
QJsonObject idle(int loggedIn, int paused, const QJsonObject& byReason)
{
    return {{u"servers"_s, QJsonArray {u"A"_s}},
            {u"answered"_s, 0},
            {u"total_talk"_s, 0},
            {u"ring_no_answer"_s, 0},
            {u"logged_in_time"_s, loggedIn},
            {u"paused_time"_s, paused},
            {u"paused_by_reason"_s, byReason}};
}

// Checks that `agents` lists exactly the expected agents with the expected fields.
QString agentsDifference(const QJsonObject& report, const QJsonObject& expected)
{
    QStringList problems;
    const QJsonObject agents = report.value(u"agents"_s).toObject();
    if (keysOf(agents) != keysOf(expected))
        problems << u"agents listed: "_s + keysOf(agents).join(u", "_s) + u"; expected: "_s
                + keysOf(expected).join(u", "_s);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString m = mismatches(agents.value(it.key()), fieldsOf(it.value().toObject()));
        if (!m.isEmpty())
            problems << it.key() + u":\n"_s + m;
    }
    return problems.join(u'\n');
}
} // namespace

#define QW_CHECK_AGENTS(report, expected)                                                                              \
    do {                                                                                                               \
        const QString qwAgents_ = agentsDifference((report), (expected));                                              \
        QVERIFY2(qwAgents_.isEmpty(), qPrintable(qwAgents_));                                                          \
    } while (false)

class TestSemanticsAgents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionsAndClipping();
    void pausesAndReasons();
    void restartEndsLoginsNotMembers();
    void ringNoAnswerByEventTime();
    void answeredCredit();
    void cutAtNow_data();
    void cutAtNow();
    void todayMadeAtNow();
};

void TestSemanticsAgents::sessionsAndClipping()
{
    LogSet logs;
    logs.add(u"A"_s,
             {
                 ql(T0 - 86401, u"NONE|NONE|Agent/106|AGENTLOGIN|Local/106@agents"_s), // older than 24 h
                 ql(T0 - 86400, u"NONE|NONE|Agent/105|AGENTLOGIN|Local/105@agents"_s), // exactly 24 h
                 ql(T0 - 1000, u"MANAGER|support|Agent/107|ADDMEMBER|"_s),
                 ql(T0 - 300, u"NONE|NONE|Agent/104|AGENTLOGIN|Local/104@agents"_s),
                 ql(T0 - 100, u"MANAGER|support|Agent/107|REMOVEMEMBER|"_s),
                 ql(T0 + 100, u"NONE|NONE|Agent/109|AGENTLOGIN|Local/109@agents"_s),
                 ql(T0 + 100, u"NONE|support|Agent/110|AGENTCALLBACKLOGIN|110@agents"_s),
                 ql(T0 + 200, u"NONE|NONE|Agent/109|AGENTLOGIN|Local/109@agents"_s), // already open
                 ql(T0 + 300, u"MANAGER|support|Agent/102|ADDMEMBER|"_s),
                 ql(T0 + 400, u"NONE|NONE|Agent/110|AGENTLOGOFF|110@agents|300"_s),
                 ql(T0 + 500, u"MANAGER|support|Agent/103|ADDMEMBER|"_s),
                 ql(T0 + 600, u"NONE|NONE|Agent/101|AGENTLOGIN|Local/101@agents"_s),
                 ql(T0 + 700, u"NONE|NONE|Agent/109|AGENTLOGOFF|Local/109@agents|600"_s),
                 ql(T0 + 800, u"NONE|NONE|Agent/109|AGENTLOGOFF|Local/109@agents|0"_s), // not open
                 ql(T0 + 900, u"MANAGER|sales|Agent/102|ADDMEMBER|"_s),
                 ql(T0 + 1000, u"NONE|NONE|Agent/103|AGENTLOGIN|Local/103@agents"_s),
                 ql(T0 + 1500, u"MANAGER|support|Agent/102|REMOVEMEMBER|"_s),
                 ql(T0 + 1800, u"NONE|NONE|Agent/101|AGENTLOGOFF|Local/101@agents|1200"_s),
                 ql(T0 + 2000, u"NONE|NONE|Agent/103|AGENTLOGOFF|Local/103@agents|1000"_s),
                 ql(T0 + 2100, u"MANAGER|sales|Agent/102|REMOVEMEMBER|"_s),
                 ql(T0 + 2500, u"MANAGER|support|Agent/103|REMOVEMEMBER|"_s),
                 ql(T0 + 3000, u"NONE|NONE|Agent/108|AGENTLOGIN|Local/108@agents"_s),
                 ql(T0 + 4000, u"NONE|NONE|Agent/108|AGENTLOGOFF|Local/108@agents|1000"_s),
             });
    const ReportRun run = logs.report(u"sql:A"_s, T0, To);
    QW_REQUIRE_OK(run);
    QW_CHECK_AGENTS(run.json,
                    (QJsonObject {
                        {u"Agent/101"_s, idle(1200, 0, {})}, // [600, 1800)
                        {u"Agent/102"_s, idle(1800, 0, {})}, // support [300, 1500) U sales [900, 2100)
                        {u"Agent/103"_s, idle(2000, 0, {})}, // member [500, 2500) U login [1000, 2000)
                        {u"Agent/104"_s, idle(3600, 0, {})}, // from -300, clipped to [0, 3600)
                        {u"Agent/105"_s, idle(3600, 0, {})}, // look-back is inclusive (fine-print 15)
                        {u"Agent/108"_s, idle(600, 0, {})}, // [3000, 4000) cut at `to`
                        {u"Agent/109"_s, idle(600, 0, {})}, // re-login keeps its start: [100, 700)
                        {u"Agent/110"_s, idle(300, 0, {})}, // CALLBACKLOGIN closed by AGENTLOGOFF: [100, 400)
                        // Agent/106: its login is 24 h + 1 s old, not replayed: never logged in.
                        // Agent/107: its session ended before `from`: nothing inside the period.
                    }));
}

void TestSemanticsAgents::pausesAndReasons()
{
    LogSet logs;
    logs.add(
        u"A"_s,
        {
            ql(T0 - 600, u"NONE|support|Agent/212|PAUSE|Lunch"_s),
            ql(T0 - 500, u"NONE|support|Agent/218|PAUSE|Lunch"_s), ql(T0 - 100, u"NONE|support|Agent/218|UNPAUSE|"_s),
            ql(T0, u"MANAGER|support|Agent/201|ADDMEMBER|"_s), ql(T0, u"MANAGER|support|Agent/208|ADDMEMBER|"_s),
            ql(T0, u"NONE|NONE|Agent/209|AGENTLOGIN|Local/209@agents"_s),
            // 201: one pause
            ql(T0 + 100, u"NONE|support|Agent/201|PAUSE|Lunch"_s),
            // 202: PAUSEALL and its per-queue PAUSEs in the same second, as Asterisk writes them
            ql(T0 + 100, u"NONE|NONE|Agent/202|PAUSEALL|Break"_s),
            ql(T0 + 100, u"NONE|support|Agent/202|PAUSE|Break"_s), ql(T0 + 100, u"NONE|sales|Agent/202|PAUSE|Break"_s),
            // 203: a newer pause takes the time, then the reason falls back
            ql(T0 + 100, u"NONE|support|Agent/203|PAUSE|Lunch"_s),
            // 204: a reason change makes that pause the most recent
            ql(T0 + 100, u"NONE|support|Agent/204|PAUSE|Lunch"_s),
            // 205: PAUSE again with the same reason changes nothing
            ql(T0 + 100, u"NONE|support|Agent/205|PAUSE|Lunch"_s),
            // 206: ADDMEMBER ... PAUSED opens a pause with an empty reason
            ql(T0 + 100, u"MANAGER|support|Agent/206|ADDMEMBER|PAUSED"_s),
            // 207: ADDMEMBER ... PAUSED on an open membership opens nothing
            ql(T0 + 100, u"MANAGER|support|Agent/207|ADDMEMBER|"_s),
            // 208: REMOVEMEMBER ends its queue's pause, not the PAUSEALL one
            ql(T0 + 100, u"NONE|support|Agent/208|PAUSE|Lunch"_s),
            // 209: a logoff ends every pause of the agent
            ql(T0 + 100, u"NONE|support|Agent/209|PAUSE|Lunch"_s),
            // 211: UNPAUSEALL ends only PAUSEALL, UNPAUSE only its queue
            ql(T0 + 100, u"NONE|support|Agent/211|PAUSE|Lunch"_s),
            // 213: PAUSEREASON, PENALTY, RINGINUSE change no state
            ql(T0 + 100, u"NONE|support|Agent/213|PAUSE|Lunch"_s),
            // 214: PAUSEALL with an empty reason
            ql(T0 + 100, u"NONE|NONE|Agent/214|PAUSEALL|"_s), ql(T0 + 100, u"NONE|support|Agent/214|PAUSE|"_s),
            // 215: two pauses in one second: the later row is the most recent
            ql(T0 + 100, u"NONE|support|Agent/215|PAUSE|Lunch"_s),
            ql(T0 + 100, u"NONE|sales|Agent/215|PAUSE|Coaching"_s),
            // 217: as 215, but the first reason never gets any time: omitted from paused_by_reason
            ql(T0 + 100, u"NONE|support|Agent/217|PAUSE|Lunch"_s),
            ql(T0 + 100, u"NONE|sales|Agent/217|PAUSE|Coaching"_s),
            ql(T0 + 150, u"NONE|NONE|Agent/209|PAUSEALL|Break"_s),
            ql(T0 + 200, u"NONE|sales|Agent/204|PAUSE|Coaching"_s),
            ql(T0 + 200, u"NONE|sales|Agent/205|PAUSE|Coaching"_s),
            ql(T0 + 200, u"MANAGER|support|Agent/206|ADDMEMBER|PAUSED"_s), // already a member: nothing
            ql(T0 + 200, u"MANAGER|support|Agent/207|ADDMEMBER|PAUSED"_s),
            ql(T0 + 200, u"NONE|NONE|Agent/208|PAUSEALL|Break"_s), ql(T0 + 200, u"NONE|NONE|Agent/211|UNPAUSEALL|"_s),
            ql(T0 + 200, u"NONE|support|Agent/213|PAUSEREASON|Coaching"_s),
            ql(T0 + 250, u"NONE|support|Agent/213|PENALTY|5"_s), ql(T0 + 260, u"NONE|support|Agent/213|RINGINUSE|1"_s),
            ql(T0 + 300, u"NONE|sales|Agent/203|PAUSE|Coaching"_s),
            ql(T0 + 300, u"NONE|support|Agent/204|PAUSE|Meeting"_s),
            ql(T0 + 300, u"NONE|support|Agent/205|PAUSE|Lunch"_s),
            ql(T0 + 300, u"MANAGER|support|Agent/207|REMOVEMEMBER|"_s),
            ql(T0 + 300, u"MANAGER|support|Agent/208|REMOVEMEMBER|"_s),
            ql(T0 + 300, u"NONE|support|Agent/211|UNPAUSE|"_s), ql(T0 + 300, u"NONE|support|Agent/212|UNPAUSE|"_s),
            ql(T0 + 300, u"NONE|support|Agent/213|UNPAUSE|"_s), ql(T0 + 400, u"NONE|NONE|Agent/202|UNPAUSEALL|Back"_s),
            ql(T0 + 400, u"NONE|support|Agent/202|UNPAUSE|Back"_s),
            ql(T0 + 400, u"NONE|sales|Agent/202|UNPAUSE|Back"_s), ql(T0 + 400, u"NONE|support|Agent/206|UNPAUSE|"_s),
            ql(T0 + 400, u"NONE|NONE|Agent/209|AGENTLOGOFF|Local/209@agents|400"_s),
            ql(T0 + 400, u"NONE|NONE|Agent/211|PAUSEALL|Break"_s), ql(T0 + 400, u"NONE|NONE|Agent/214|UNPAUSEALL|"_s),
            ql(T0 + 400, u"NONE|support|Agent/214|UNPAUSE|"_s), ql(T0 + 400, u"NONE|sales|Agent/215|UNPAUSE|"_s),
            ql(T0 + 400, u"NONE|sales|Agent/217|UNPAUSE|"_s), ql(T0 + 400, u"NONE|support|Agent/217|UNPAUSE|"_s),
            ql(T0 + 500, u"NONE|sales|Agent/203|UNPAUSE|"_s), ql(T0 + 500, u"NONE|sales|Agent/205|UNPAUSE|"_s),
            ql(T0 + 500, u"NONE|support|Agent/209|UNPAUSE|"_s), // nothing open any more
            ql(T0 + 500, u"NONE|support|Agent/211|UNPAUSE|"_s), // does not end the PAUSEALL
            ql(T0 + 500, u"NONE|support|Agent/215|UNPAUSE|"_s), ql(T0 + 600, u"NONE|support|Agent/204|UNPAUSE|"_s),
            ql(T0 + 600, u"NONE|NONE|Agent/208|UNPAUSEALL|"_s), ql(T0 + 600, u"NONE|NONE|Agent/211|UNPAUSEALL|"_s),
            ql(T0 + 700, u"NONE|support|Agent/201|UNPAUSE|"_s), ql(T0 + 700, u"NONE|support|Agent/205|UNPAUSE|"_s),
            ql(T0 + 800, u"NONE|support|Agent/203|UNPAUSE|"_s), ql(T0 + 900, u"NONE|sales|Agent/204|UNPAUSE|"_s),
            ql(T0 + 1000, u"MANAGER|support|Agent/206|REMOVEMEMBER|"_s),
            ql(T0 + 3000, u"MANAGER|support|Agent/201|REMOVEMEMBER|"_s),
            ql(T0 + 3300, u"NONE|support|Agent/212|PAUSE|Lunch"_s), // still open at `to`
        });
    const ReportRun run = logs.report(u"sql:A"_s, T0, To);
    QW_REQUIRE_OK(run);
    QW_CHECK_AGENTS(
        run.json,
        (QJsonObject {
            {u"Agent/201"_s, idle(3000, 600, {{u"Lunch"_s, 600}})}, // member [0, 3000), Lunch [100, 700)
            {u"Agent/202"_s, idle(0, 300, {{u"Break"_s, 300}})}, // three pauses, one run [100, 400)
            // Lunch [100, 300), Coaching [300, 500), back to Lunch [500, 800)
            {u"Agent/203"_s, idle(0, 700, {{u"Lunch"_s, 200 + 300}, {u"Coaching"_s, 200}})},
            // Lunch [100, 200), Coaching [200, 300), Meeting [300, 600), back to Coaching [600, 900)
            {u"Agent/204"_s, idle(0, 800, {{u"Lunch"_s, 100}, {u"Coaching"_s, 100 + 300}, {u"Meeting"_s, 300}})},
            // Lunch [100, 200), Coaching [200, 500) (the same-reason PAUSE at 300 is no change), Lunch
            // [500, 700)
            {u"Agent/205"_s, idle(0, 600, {{u"Lunch"_s, 100 + 200}, {u"Coaching"_s, 300}})},
            {u"Agent/206"_s, idle(900, 300, {{QString(), 300}})}, // member [100, 1000), pause [100, 400)
            {u"Agent/207"_s, idle(200, 0, {})}, // member [100, 300), never paused
            // member [0, 300); Lunch [100, 200); Break [200, 600) survives the REMOVEMEMBER
            {u"Agent/208"_s, idle(300, 500, {{u"Lunch"_s, 100}, {u"Break"_s, 400}})},
            // login [0, 400); Lunch [100, 150), Break [150, 400): the logoff ends both
            {u"Agent/209"_s, idle(400, 300, {{u"Lunch"_s, 50}, {u"Break"_s, 250}})},
            // Lunch [100, 300) despite the UNPAUSEALL; Break [400, 600) despite the UNPAUSE
            {u"Agent/211"_s, idle(0, 400, {{u"Lunch"_s, 200}, {u"Break"_s, 200}})},
            // Lunch from -600 clipped: [0, 300) and [3300, 3600) cut at `to`
            {u"Agent/212"_s, idle(0, 600, {{u"Lunch"_s, 300 + 300}})},
            {u"Agent/213"_s, idle(0, 200, {{u"Lunch"_s, 200}})}, // [100, 300), PAUSEREASON ignored
            {u"Agent/214"_s, idle(0, 300, {{QString(), 300}})}, // empty reason [100, 400)
            // Coaching (later row) [100, 400), then Lunch [400, 500)
            {u"Agent/215"_s, idle(0, 400, {{u"Coaching"_s, 300}, {u"Lunch"_s, 100}})},
            // Coaching [100, 400); Lunch had no time
            {u"Agent/217"_s, idle(0, 300, {{u"Coaching"_s, 300}})},
            // Agent/218: paused only before `from`: not listed.
        }));
}

void TestSemanticsAgents::restartEndsLoginsNotMembers()
{
    // A restarts at 08:10 (QUEUESTART, persistentmembers=yes): AGENTLOGIN sessions of A end;
    // ADDMEMBER sessions and pauses survive; B is not touched.
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 - 3600, u"NONE|NONE|NONE|QUEUESTART|"_s),
              ql(T0, u"NONE|NONE|Agent/301|AGENTLOGIN|Local/301@agents"_s),
              ql(T0, u"MANAGER|support|Agent/302|ADDMEMBER|"_s),
              ql(T0, u"NONE|NONE|Agent/303|AGENTLOGIN|Local/303@agents"_s),
              ql(T0 + 100, u"NONE|NONE|Agent/303|PAUSEALL|Lunch"_s), ql(T0 + 600, u"NONE|NONE|NONE|QUEUESTART|"_s),
              ql(T0 + 700, u"MANAGER|support|Agent/302|ADDMEMBER|"_s), // surviving member: no change
              ql(T0 + 900, u"NONE|NONE|Agent/303|UNPAUSEALL|"_s),
              ql(T0 + 1200, u"MANAGER|support|Agent/302|REMOVEMEMBER|"_s),
              ql(T0 + 2000, u"NONE|NONE|Agent/301|AGENTLOGOFF|Local/301@agents|2000"_s)});
    logs.add(u"B"_s,
             {ql(T0 - 3600, u"NONE|NONE|NONE|QUEUESTART|"_s),
              ql(T0, u"NONE|NONE|Agent/304|AGENTLOGIN|Local/304@agents"_s),
              ql(T0 + 1500, u"NONE|NONE|Agent/304|AGENTLOGOFF|Local/304@agents|1500"_s)});
    const ReportRun run = logs.report(u"cluster:A|B"_s, T0, To);
    QW_REQUIRE_OK(run);
    QJsonObject agent304 = idle(1500, 0, {}); // [0, 1500): B's login is not A's
    agent304[u"servers"_s] = QJsonArray {u"B"_s};
    QW_CHECK_AGENTS(run.json,
                    (QJsonObject {
                        {u"Agent/301"_s, idle(600, 0, {})}, // [0, 600): ended by the QUEUESTART
                        {u"Agent/302"_s, idle(1200, 0, {})}, // [0, 1200): membership survives
                        // login [0, 600); the pause [100, 900) survives (fine-print 16)
                        {u"Agent/303"_s, idle(600, 800, {{u"Lunch"_s, 800}})},
                        {u"Agent/304"_s, agent304},
                    }));
}

void TestSemanticsAgents::ringNoAnswerByEventTime()
{
    // AGENT ring_no_answer counts RINGNOANSWER events naming the agent by their own time in
    // [from, to), whatever their stint; the KPI counts those of counted stints while open.
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 - 100, u"r1|support|NONE|ENTERQUEUE||0611111111|1"_s), // before `from`
              ql(T0 + 10, u"r1|support|Agent/401|RINGNOANSWER|15000"_s),
              ql(T0 + 20, u"r1|support|Agent/405|CONNECT|120|r1.1|5"_s),
              ql(T0 + 80, u"r1|support|Agent/405|COMPLETEAGENT|120|60|1"_s),
              ql(T0 + 100, u"r3|support|NONE|ENTERQUEUE||0633333333|1"_s),
              ql(T0 + 120, u"r3|support|Agent/403|RINGNOANSWER|15000"_s),
              ql(T0 + 130, u"r3|support|NONE|ABANDON|1|1|30"_s),
              ql(T0 + 131, u"r3|support|Agent/403|RINGNOANSWER|1000"_s), // after r3 ended
              ql(T0 + 200, u"r9|support|Agent/404|RINGNOANSWER|15000"_s), // r9 never entered
              ql(T0 + 3570, u"r2|support|NONE|ENTERQUEUE||0622222222|1"_s),
              ql(T0 + 3590, u"r2|support|Agent/401|RINGNOANSWER|15000"_s),
              ql(T0 + 3610, u"r2|support|Agent/402|RINGNOANSWER|15000"_s), // after `to`
              ql(T0 + 3620, u"r2|support|Agent/401|CONNECT|50|r2.1|5"_s),
              ql(T0 + 3700, u"r2|support|Agent/401|COMPLETECALLER|50|80|1"_s)});
    const ReportRun run = logs.report(u"sql:A"_s, T0, To);
    QW_REQUIRE_OK(run);
    QW_CHECK_FIELDS(run.json.value(u"totals"_s),
                    {{u"offered"_s, 2}, // r3, r2 (r1 entered before `from`)
                     {u"answered"_s, 1},
                     {u"unanswered_by_cause.abandon"_s, 1},
                     {u"ring_no_answer"_s, 3}, // r3: 1 (the one after its end is not); r2: 2 (incl. after `to`)
                     {u"answered_within_sl"_s, 0}, // r2 waited 50
                     {u"unanswered_within_sl"_s, 0}, // r3 waited 30
                     {u"service_level"_s, 0}, // 0 / 2
                     {u"sl2"_s, 0}});
    QJsonObject agent401 = idle(0, 0, {});
    agent401[u"ring_no_answer"_s] = 2; // +10 (r1, not a report stint) and +3590 (r2)
    agent401[u"answered"_s] = 1; // r2
    agent401[u"total_talk"_s] = 80; // 3700 - 3620, after `to` but r2 is the report's
    QJsonObject agent403 = idle(0, 0, {});
    agent403[u"ring_no_answer"_s] = 2; // +120 and +131
    QJsonObject agent404 = idle(0, 0, {});
    agent404[u"ring_no_answer"_s] = 1;
    QW_CHECK_AGENTS(run.json,
                    (QJsonObject {
                        {u"Agent/401"_s, agent401}, {u"Agent/403"_s, agent403}, {u"Agent/404"_s, agent404},
                        // Agent/402: its only ring is after `to`.
                        // Agent/405: it answered r1, which is not in the report.
                    }));
}

void TestSemanticsAgents::answeredCredit()
{
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0 + 10, u"c1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 20, u"c1|support|Agent/501|CONNECT|10|c1.1|2"_s),
              ql(T0 + 80, u"c1|support|Agent/501|COMPLETEAGENT|10|60|1"_s),
              ql(T0 + 100, u"c2|support|NONE|ENTERQUEUE||0622222222|1"_s),
              ql(T0 + 105, u"c2|support|Agent/501|CONNECT|5|c2.1|2"_s),
              ql(T0 + 135, u"c2|support|Agent/501|TRANSFER|2001|from-internal|5|30|1"_s),
              ql(T0 + 200, u"c3|support|NONE|ENTERQUEUE||0633333333|1"_s),
              ql(T0 + 255, u"c3|support|Agent/502|COMPLETECALLER|10|45|1"_s),
              ql(T0 + 300, u"c4|support|NONE|ENTERQUEUE||0644444444|1"_s),
              ql(T0 + 310, u"c4|support|NONE|CONNECT|10|c4.1|2"_s),
              ql(T0 + 370, u"c4|support|NONE|COMPLETECALLER|10|60|1"_s),
              ql(T0 + 400, u"c5|support|NONE|ENTERQUEUE||0655555555|1"_s),
              ql(T0 + 430, u"c5|support|Agent/503|BLINDTRANSFER|sales|xfer|30|0|1"_s),
              ql(T0 + 500, u"c6|support|NONE|ENTERQUEUE||0666666666|1"_s),
              ql(T0 + 530, u"c6|support|Agent/504|COMPLETEAGENT|-5|40|1"_s)});
    const ReportRun run = logs.report(u"sql:A"_s, T0, To);
    QW_REQUIRE_OK(run);
    QJsonObject agent501 = idle(0, 0, {});
    agent501[u"answered"_s] = 2; // c1 and c2 (a transfer is answered)
    agent501[u"total_talk"_s] = 90; // 60 + 30
    QJsonObject agent502 = idle(0, 0, {});
    agent502[u"answered"_s] = 1; // c3: the COMPLETE's agent when no CONNECT was seen
    agent502[u"total_talk"_s] = 45; // data2
    // c6: COMPLETE without CONNECT whose hold time "-5" is unusable (fine-print 7): neither time
    // is used, so no talk, but the call is still Agent/504's (docs/decisions.md).
    QJsonObject agent504 = idle(0, 0, {});
    agent504[u"answered"_s] = 1;
    // c4 was answered by NONE (no agent, fine-print 5); c5's BLINDTRANSFER without CONNECT has no
    // agent (section 2), so Agent/503 is credited nothing and not listed.
    QW_CHECK_AGENTS(run.json,
                    (QJsonObject {{u"Agent/501"_s, agent501}, {u"Agent/502"_s, agent502}, {u"Agent/504"_s, agent504}}));
    QW_CHECK_FIELDS(run.json.value(u"totals"_s),
                    // 60+30+45+60 over the four calls with a talk (c5 and c6 have none, fine-print 8)
                    {{u"answered"_s, 6}, {u"total_talk"_s, 195}, {u"avg_talk"_s, 195.0 / 4}});
}

namespace {
QStringList nowLines()
{
    return {ql(T0 - 600, u"NONE|NONE|Agent/101|AGENTLOGIN|Local/101@agents"_s),
            ql(T0 + 60, u"n1|support|NONE|ENTERQUEUE||0611111111|1"_s),
            ql(T0 + 100, u"n1|support|Agent/101|CONNECT|40|n1.1|2"_s),
            ql(T0 + 160, u"n1|support|Agent/101|COMPLETECALLER|40|60|1"_s),
            ql(T0 + 300, u"NONE|NONE|Agent/101|PAUSEALL|Lunch"_s),
            ql(T0 + 600, u"MANAGER|support|Agent/102|ADDMEMBER|"_s),
            ql(T0 + 1200, u"MANAGER|support|Agent/102|REMOVEMEMBER|"_s),
            ql(T0 + 1500, u"NONE|NONE|Agent/103|AGENTLOGIN|Local/103@agents"_s),
            ql(T0 + 2400, u"NONE|NONE|Agent/103|AGENTLOGOFF|Local/103@agents|900"_s),
            ql(T0 + 3000, u"NONE|NONE|Agent/104|AGENTLOGIN|Local/104@agents"_s)};
}
} // namespace

void TestSemanticsAgents::cutAtNow_data()
{
    // report-json.md: an interval still open at the end is cut at min(to, now). The report covers
    // [08:00, 09:00); Agent/101 logs in at 07:50 and never leaves, pauses at 08:05 (Lunch) and never
    // unpauses; Agent/102 is a member 08:10-08:20; Agent/103 logs in at 08:25 and off at 08:40;
    // Agent/104 logs in at 08:50. Agent/101 also answers a call at 08:01:40 (talk 60 s).
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QJsonObject>("agents");
    const auto agent = [](int loggedIn, int paused, const QJsonObject& byReason, int answered, int talk) {
        QJsonObject figures = idle(loggedIn, paused, byReason);
        figures[u"answered"_s] = answered;
        figures[u"total_talk"_s] = talk;
        return figures;
    };
    // Made at 08:30: 101 in [08:00, 08:30) = 1800, paused [08:05, 08:30) = 1500; 102 closed before
    // now: 600; 103 [08:25, 08:30) = 300, its logoff at 08:40 comes after now; 104 starts after now:
    // no time, no call, not listed.
    QTest::addRow("made at 08:30") << T0 + 1800
                                   << QJsonObject {{u"Agent/101"_s, agent(1800, 1500, {{u"Lunch"_s, 1500}}, 1, 60)},
                                                   {u"Agent/102"_s, idle(600, 0, {})},
                                                   {u"Agent/103"_s, idle(300, 0, {})}};
    // Made after the period: everything runs to `to` (09:00). 101: 3600, paused 3300; 103: 900;
    // 104: [08:50, 09:00) = 600.
    QTest::addRow("made after the period")
        << T0 + 7200
        << QJsonObject {{u"Agent/101"_s, agent(3600, 3300, {{u"Lunch"_s, 3300}}, 1, 60)},
                        {u"Agent/102"_s, idle(600, 0, {})},
                        {u"Agent/103"_s, idle(900, 0, {})},
                        {u"Agent/104"_s, idle(600, 0, {})}};
    // Made exactly at `to`: the same as after it.
    QTest::addRow("made at the end") << To
                                     << QJsonObject {{u"Agent/101"_s, agent(3600, 3300, {{u"Lunch"_s, 3300}}, 1, 60)},
                                                     {u"Agent/102"_s, idle(600, 0, {})},
                                                     {u"Agent/103"_s, idle(900, 0, {})},
                                                     {u"Agent/104"_s, idle(600, 0, {})}};
    // Made before the period starts: no agent time at all; Agent/101 is listed for its call only.
    QTest::addRow("made before the period") << T0 - 60 << QJsonObject {{u"Agent/101"_s, agent(0, 0, {}, 1, 60)}};
}

void TestSemanticsAgents::cutAtNow()
{
    QFETCH(qint64, now);
    QFETCH(QJsonObject, agents);
    LogSet logs;
    logs.add(u"A"_s, nowLines());
    const ReportRun run = logs.report(u"sql:A"_s, T0, To, {u"--now"_s, QString::number(now)});
    QW_REQUIRE_OK(run);
    QW_CHECK_AGENTS(run.json, agents);
    QCOMPARE(run.json.value(u"now"_s).toInteger(), now); // the report says when it was made
    // Calls are not cut at now: the call is counted whenever the report is made.
    QW_CHECK_FIELDS(run.json.value(u"totals"_s), {{u"offered"_s, 1}, {u"answered"_s, 1}, {u"total_talk"_s, 60}});
}

void TestSemanticsAgents::todayMadeAtNow()
{
    // The case: a "today" report (no --from/--to) made in the morning. --now takes an ISO
    // time like --from; the default period is the day of now, [00:00, 24:00) UTC on 2027-01-15.
    LogSet logs;
    logs.add(u"A"_s, nowLines());
    const ReportRun run
        = runReport(QStringList {u"--source"_s, u"sql:A"_s, u"--tz"_s, u"UTC"_s, u"--now"_s, u"2027-01-15T08:30:00"_s}
                    + logs.partitionArguments());
    QW_REQUIRE_OK(run);
    QW_CHECK_FIELDS(run.json,
                    {{u"period.from"_s, T0 - 8 * 3600}, {u"period.to"_s, T0 + 16 * 3600}, {u"now"_s, T0 + 1800}});
    // Agent/101 logged in at 07:50: [07:50, 08:30) = 2400 s, not the 16 h 10 min to midnight;
    // paused [08:05, 08:30) = 1500. 102: 600. 103: [08:25, 08:30) = 300. 104 comes after now.
    QJsonObject agent101 = idle(2400, 1500, {{u"Lunch"_s, 1500}});
    agent101[u"answered"_s] = 1;
    agent101[u"total_talk"_s] = 60;
    QW_CHECK_AGENTS(run.json,
                    (QJsonObject {{u"Agent/101"_s, agent101},
                                  {u"Agent/102"_s, idle(600, 0, {})},
                                  {u"Agent/103"_s, idle(300, 0, {})}}));
    for (const QJsonValue& agent : run.json.value(u"agents"_s).toObject())
        QVERIFY(agent.toObject().value(u"logged_in_time"_s).toInteger() <= 8 * 3600 + 1800); // elapsed today
}

QTEST_GUILESS_MAIN(TestSemanticsAgents)
#include "tst_semantics_agents.moc"
