// Queue members on Asterisk's default member logging (log_membername_as_agent = no): ADDMEMBER
// and REMOVEMEMBER name the member's interface, every other line its member name. Without a map
// the member is two agents and the report and live state say so; with a member-names file it is
// one agent in reports and the live state alike. Also: the caller's current place in line, and
// static members. The lines are shaped like those a real Asterisk 22 wrote (its README's sample).
#include "reportrun.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace qw::test;

namespace {
constexpr qint64 M = 1799971200; // 2027-01-15 00:00:00 UTC
constexpr qint64 T = M + 9 * 3600; // 09:00:00

const QString Interface = u"Local/agent3@agents/n"_s;
const QString Name = u"Agent Three"_s;

// A member added (by interface), paused and unpaused (by name), a call answered and completed
// (by name), then removed (by interface): Asterisk 22's own lines for it.
QStringList memberDay()
{
    return {ql(T, u"NONE|NONE|NONE|QUEUESTART|"_s),
            ql(T + 4, u"MANAGER|sales|%1|ADDMEMBER|"_s.arg(Interface)),
            ql(T + 4, u"NONE|sales|%1|PAUSE|lunch break"_s.arg(Name)),
            ql(T + 5, u"c1|sales|NONE|ENTERQUEUE||5551000|1"_s),
            ql(T + 5, u"NONE|sales|%1|UNPAUSE|"_s.arg(Name)),
            ql(T + 6, u"c1|sales|%1|CONNECT|1|c1.2|0"_s.arg(Name)),
            ql(T + 12, u"c1|sales|%1|COMPLETEAGENT|1|6|1"_s.arg(Name)),
            ql(T + 600, u"NONE|sales|%1|PAUSE|meeting"_s.arg(Name)),
            ql(T + 900, u"MANAGER|sales|%1|REMOVEMEMBER|"_s.arg(Interface))};
}

QString writeMemberNames(const LogSet& logs, const QByteArray& json)
{
    const QString path = logs.filePath(u"members.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(json);
    return path;
}

QString memberMap(const LogSet& logs)
{
    return writeMemberNames(logs, R"({"A": {"Local/agent3@agents/n": "Agent Three"}})");
}
} // namespace

class TestSemanticsMembers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutAMapTheMemberIsTwoAgents();
    void theMapMakesOneAgentLive();
    void removedMeansGone();
    void addedPausedEndsWithTheUnpauseByName();
    void theMapMakesOneAgentInReports();
    void clustrwRenamesTheName();
    void placeInLine();
    void staticMembersAreFree();
    void badMemberNamesFile_data();
    void badMemberNamesFile();
};

void TestSemanticsMembers::withoutAMapTheMemberIsTwoAgents()
{
    LogSet logs;
    logs.add(u"A"_s, memberDay());
    // At 09:00:08 the member is on a call; its ADDMEMBER made the interface a logged-in agent of
    // its own, and the name, which took the call, is in no queue.
    const ReportRun run = logs.live(u"sql:A"_s, T + 8);
    QW_REQUIRE_OK(run);
    QCOMPARE(keysOf(run.json.value(u"agents"_s)), (QStringList {Name, Interface}));
    QW_CHECK_FIELDS(run.json,
                    {{u"agents." + Interface + u".state"_s, u"free"_s},
                     {u"agents." + Name + u".state"_s, u"talking"_s},
                     {u"agents." + Name + u".queues"_s, QJsonArray()},
                     {u"member_split.A"_s, QJsonArray {Interface}}});
    const ReportRun report = logs.report(u"sql:A"_s, T, T + 3600);
    QW_REQUIRE_OK(report);
    const QString warnings = warningsOf(report.json).join(u'\n');
    QVERIFY2(warnings.contains(u"log_membername_as_agent = yes"_s) && warnings.contains(Interface),
             qPrintable(warnings));
}

void TestSemanticsMembers::theMapMakesOneAgentLive()
{
    LogSet logs;
    logs.add(u"A"_s, memberDay());
    const QStringList map {u"--member-names"_s, memberMap(logs)};
    // Talking at 09:00:08, free at 09:05, paused "meeting" at 09:12: one agent, in queue sales.
    const ReportRun talking = logs.live(u"sql:A"_s, T + 8, map);
    QW_REQUIRE_OK(talking);
    QCOMPARE(keysOf(talking.json.value(u"agents"_s)), QStringList {Name});
    QW_CHECK_FIELDS(talking.json,
                    {{u"agents." + Name + u".state"_s, u"talking"_s},
                     {u"agents." + Name + u".queues"_s, QJsonArray {u"sales"_s}},
                     {u"queues.sales.logged_in"_s, 1},
                     {u"queues.sales.talking"_s, 1},
                     {u"member_split"_s, QJsonObject()}});
    const ReportRun free = logs.live(u"sql:A"_s, T + 300, map);
    QW_REQUIRE_OK(free);
    QW_CHECK_FIELDS(free.json,
                    {{u"agents." + Name + u".state"_s, u"free"_s},
                     {u"agents." + Name + u".since"_s, T + 12},
                     {u"queues.sales.free"_s, 1}});
    const ReportRun paused = logs.live(u"sql:A"_s, T + 720, map);
    QW_REQUIRE_OK(paused);
    QW_CHECK_FIELDS(paused.json,
                    {{u"agents." + Name + u".state"_s, u"paused"_s},
                     {u"agents." + Name + u".pause_reason"_s, u"meeting"_s},
                     {u"queues.sales.paused"_s, 1}});
}

void TestSemanticsMembers::removedMeansGone()
{
    LogSet logs;
    logs.add(u"A"_s, memberDay());
    // REMOVEMEMBER (by interface) ends the session and the "meeting" pause opened by name.
    const ReportRun run = logs.live(u"sql:A"_s, T + 1200, {u"--member-names"_s, memberMap(logs)});
    QW_REQUIRE_OK(run);
    QW_CHECK_FIELDS(run.json,
                    {{u"agents." + Name + u".state"_s, u"logged_off"_s},
                     {u"agents." + Name + u".pause_reason"_s, Null},
                     {u"agents." + Name + u".queues"_s, QJsonArray()},
                     {u"queues.sales.logged_in"_s, 0},
                     {u"queues.sales.paused"_s, 0}});
}

void TestSemanticsMembers::addedPausedEndsWithTheUnpauseByName()
{
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T, u"MANAGER|sales|%1|ADDMEMBER|PAUSED"_s.arg(Interface)),
              ql(T + 60, u"NONE|sales|%1|UNPAUSE|"_s.arg(Name))});
    // Without the map the pause opened under the interface never ends.
    const ReportRun stuck = logs.live(u"sql:A"_s, T + 120);
    QW_REQUIRE_OK(stuck);
    QW_CHECK_FIELDS(stuck.json, {{u"agents." + Interface + u".state"_s, u"paused"_s}});
    const ReportRun run = logs.live(u"sql:A"_s, T + 120, {u"--member-names"_s, memberMap(logs)});
    QW_REQUIRE_OK(run);
    QW_CHECK_FIELDS(run.json,
                    {{u"agents." + Name + u".state"_s, u"free"_s},
                     {u"agents." + Name + u".since"_s, T + 60},
                     {u"queues.sales.free"_s, 1},
                     {u"queues.sales.paused"_s, 0}});
}

void TestSemanticsMembers::theMapMakesOneAgentInReports()
{
    LogSet logs;
    logs.add(u"A"_s, memberDay());
    const ReportRun run = logs.report(u"sql:A"_s, T, T + 3600, {u"--member-names"_s, memberMap(logs)});
    QW_REQUIRE_OK(run);
    QCOMPARE(keysOf(run.json.value(u"agents"_s)), QStringList {Name});
    // Logged in from 09:00:04 to 09:15:00 (896 s); paused 09:00:04-09:00:05 (lunch break, 1 s)
    // and 09:10:00-09:15:00 (meeting, 300 s, ended by the removal); one answered call.
    QW_CHECK_FIELDS(
        run.json,
        {{u"agents." + Name + u".answered"_s, 1},
         {u"agents." + Name + u".logged_in_time"_s, 896},
         {u"agents." + Name + u".paused_time"_s, 301},
         {u"agents." + Name + u".paused_by_reason"_s, QJsonObject {{u"lunch break"_s, 1}, {u"meeting"_s, 300}}}});
    const QString warnings = warningsOf(run.json).join(u'\n');
    QVERIFY2(!warnings.contains(u"log_membername_as_agent"_s), qPrintable(warnings));
}

void TestSemanticsMembers::clustrwRenamesTheName()
{
    LogSet logs;
    logs.add(u"A"_s, memberDay());
    logs.add(u"B"_s, {});
    // The map works on the interface as logged; clustrw then renames the member name.
    const ReportRun run = logs.live(u"clustrw:A|B"_s, T + 8, {u"--member-names"_s, memberMap(logs)});
    QW_REQUIRE_OK(run);
    QCOMPARE(keysOf(run.json.value(u"agents"_s)), QStringList {u"A-Agent Three"_s});
    QW_CHECK_FIELDS(
        run.json,
        {{u"agents.A-Agent Three.state"_s, u"talking"_s}, {u"agents.A-Agent Three.queues"_s, QJsonArray {u"sales"_s}}});
}

void TestSemanticsMembers::placeInLine()
{
    LogSet logs;
    // Asterisk logs each caller's position as it enters; those behind move up when one leaves.
    logs.add(u"A"_s,
             {ql(T, u"c1|support|NONE|ENTERQUEUE||5550001|1"_s), ql(T + 10, u"c2|support|NONE|ENTERQUEUE||5550002|2"_s),
              ql(T + 20, u"c3|support|NONE|ENTERQUEUE||5550003|3"_s),
              ql(T + 30, u"c4|support|NONE|ENTERQUEUE||5550004|4"_s), ql(T + 40, u"c2|support|NONE|ABANDON|2|2|30"_s),
              ql(T + 50, u"c1|support|Agent/1|CONNECT|50|c1.1|2"_s),
              ql(T + 60, u"c5|support|NONE|ENTERQUEUE||5550005|3"_s),
              ql(T + 70, u"v1|support|NONE|ENTERQUEUE||5550006|1"_s), // a caller of higher priority
              ql(T + 75, u"x1|sales|NONE|ENTERQUEUE||5550007|1"_s)});
    const ReportRun run = logs.live(u"sql:A"_s, T + 80);
    QW_REQUIRE_OK(run);
    // Line after all that: v1, c3, c4, c5; sales has x1 alone.
    QW_CHECK_FIELDS(findLive(run.json, u"waiting"_s, u"A"_s, u"v1"_s, u"support"_s),
                    {{u"place"_s, 1}, {u"position"_s, 1}});
    QW_CHECK_FIELDS(findLive(run.json, u"waiting"_s, u"A"_s, u"c3"_s, u"support"_s),
                    {{u"place"_s, 2}, {u"position"_s, 3}});
    QW_CHECK_FIELDS(findLive(run.json, u"waiting"_s, u"A"_s, u"c4"_s, u"support"_s),
                    {{u"place"_s, 3}, {u"position"_s, 4}});
    QW_CHECK_FIELDS(findLive(run.json, u"waiting"_s, u"A"_s, u"c5"_s, u"support"_s),
                    {{u"place"_s, 4}, {u"position"_s, 3}});
    QW_CHECK_FIELDS(findLive(run.json, u"waiting"_s, u"A"_s, u"x1"_s, u"sales"_s), {{u"place"_s, 1}});
}

void TestSemanticsMembers::staticMembersAreFree()
{
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T, u"NONE|NONE|NONE|QUEUESTART|"_s), ql(T + 100, u"c1|support|NONE|ENTERQUEUE||5551000|1"_s),
              ql(T + 110, u"c1|support|Agent One|CONNECT|10|c1.2|3"_s),
              ql(T + 170, u"c1|support|Agent One|COMPLETECALLER|10|60|1"_s)});
    const QString map
        = writeMemberNames(logs, R"({"A": {"Local/agent1@agents/n": {"name": "Agent One", "static": ["support"]}}})");
    // A static member logs no session: with the file it is a free member of support, not logged off.
    const ReportRun idle = logs.live(u"sql:A"_s, T + 50, {u"--member-names"_s, map});
    QW_REQUIRE_OK(idle);
    QW_CHECK_FIELDS(idle.json,
                    {{u"agents.Agent One.state"_s, u"free"_s},
                     {u"agents.Agent One.queues"_s, QJsonArray {u"support"_s}},
                     {u"agents.Agent One.servers"_s, QJsonArray {u"A"_s}},
                     {u"queues.support.logged_in"_s, 1},
                     {u"queues.support.free"_s, 1}});
    const ReportRun busy = logs.live(u"sql:A"_s, T + 120, {u"--member-names"_s, map});
    QW_REQUIRE_OK(busy);
    QW_CHECK_FIELDS(busy.json, {{u"agents.Agent One.state"_s, u"talking"_s}, {u"queues.support.free"_s, 0}});
    const ReportRun after = logs.live(u"sql:A"_s, T + 200, {u"--member-names"_s, map});
    QW_REQUIRE_OK(after);
    QW_CHECK_FIELDS(after.json, {{u"agents.Agent One.state"_s, u"free"_s}, {u"agents.Agent One.since"_s, T + 170}});
    // Reports count its calls, not a logged-in time the log does not hold, and say so.
    const ReportRun report = logs.report(u"sql:A"_s, T, T + 3600, {u"--member-names"_s, map});
    QW_REQUIRE_OK(report);
    QW_CHECK_FIELDS(report.json, {{u"agents.Agent One.answered"_s, 1}, {u"agents.Agent One.logged_in_time"_s, 0}});
    const QString warnings = warningsOf(report.json).join(u'\n');
    QVERIFY2(warnings.contains(u"Static members of server A (Agent One)"_s), qPrintable(warnings));
}

void TestSemanticsMembers::badMemberNamesFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("not JSON") << QByteArray("{\"A\": ") << u"line 1, column"_s;
    QTest::addRow("bad partition") << QByteArray(R"({"A!": {}})") << u"\"A!\""_s;
    QTest::addRow("a number for a name") << QByteArray("{\"A\": {\n\"SIP/1\": 5}}") << u":2: \"SIP/1\""_s;
    QTest::addRow("empty name") << QByteArray(R"({"A": {"SIP/1": " "}})") << u"\"SIP/1\""_s;
    QTest::addRow("static not a list") << QByteArray(R"({"A": {"SIP/1": {"name": "x", "static": "q"}}})")
                                       << u"static"_s;
}

void TestSemanticsMembers::badMemberNamesFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    LogSet logs;
    logs.add(u"A"_s, memberDay());
    const ReportRun run = logs.live(u"sql:A"_s, T + 8, {u"--member-names"_s, writeMemberNames(logs, json)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions) && run.err.contains(u"members.json"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestSemanticsMembers)
#include "tst_semantics_members.moc"
