// Live state (semantics.md section 7, report-json.md "Live state", fine-print 17-23): waiting and
// talking lists, agent states with `since` and `pause_reason`, queue summaries, stale protection at
// exactly 1000 s waiting and 14,500 s talking, the default window and --window-hours.
#include "reportrun.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qw::test;

namespace {
constexpr qint64 M = 1799971200; // 2027-01-15 00:00:00 UTC: the default window start in UTC
constexpr qint64 T0 = M + 8 * 3600; // 08:00:00 UTC

QJsonObject waiting(const QString& server, const QString& id, const QString& queue, qint64 since, const QString& caller,
                    const QJsonValue& position)
{
    return {{u"server"_s, server}, {u"call_id"_s, id},    {u"queue"_s, queue},
            {u"since"_s, since},   {u"caller"_s, caller}, {u"position"_s, position}};
}

QJsonObject talking(const QString& server, const QString& id, const QString& queue, const QString& agent, qint64 since)
{
    return {{u"server"_s, server}, {u"call_id"_s, id}, {u"queue"_s, queue}, {u"agent"_s, agent}, {u"since"_s, since}};
}

QJsonObject agent(const QString& state, const QJsonValue& reason, qint64 since, const QStringList& queues,
                  const QStringList& servers)
{
    return {{u"state"_s, state},
            {u"pause_reason"_s, reason},
            {u"since"_s, since},
            {u"queues"_s, QJsonArray::fromStringList(queues)},
            {u"servers"_s, QJsonArray::fromStringList(servers)}};
}

QJsonObject queue(int waitingCount, const QJsonValue& longest, int talkingCount, int loggedIn, int free, int paused)
{
    return {{u"waiting"_s, waitingCount},
            {u"longest_wait"_s, longest},
            {u"talking"_s, talkingCount},
            {u"logged_in"_s, loggedIn},
            {u"free"_s, free},
            {u"paused"_s, paused}};
}

QString key(const QJsonObject& item)
{
    return item.value(u"server"_s).toString() + u'/' + item.value(u"call_id"_s).toString() + u'/'
        + item.value(u"queue"_s).toString();
}

// Compares a live JSON object with the expected one: `at`, `window_start`; waiting/talking as sets
// keyed by (server, call id, queue); `agents` and `queues` with exactly the expected keys.
// CONTRACT: the order of the waiting/talking lists and of an agent's `queues`/`servers` is not
// specified, so they are compared as sets.
QString liveDifference(const QJsonObject& live, const QJsonObject& expected)
{
    QStringList problems;
    for (const QString& field : {u"at"_s, u"window_start"_s}) {
        if (expected.contains(field)) {
            if (const QString d = jsonDifference(live.value(field), expected.value(field), field); !d.isEmpty())
                problems << d;
        }
    }
    for (const QString& list : {u"waiting"_s, u"talking"_s}) {
        if (!expected.contains(list))
            continue;
        QStringList got;
        for (const QJsonValue& v : live.value(list).toArray())
            got << key(v.toObject());
        QStringList want;
        for (const QJsonValue& v : expected.value(list).toArray())
            want << key(v.toObject());
        got.sort();
        want.sort();
        if (got != want) {
            problems << list + u": got ["_s + got.join(u", "_s) + u"], expected ["_s + want.join(u", "_s) + u']';
            continue;
        }
        for (const QJsonValue& v : expected.value(list).toArray()) {
            const QJsonObject e = v.toObject();
            const QJsonObject a = findLive(live, list, e.value(u"server"_s).toString(),
                                           e.value(u"call_id"_s).toString(), e.value(u"queue"_s).toString());
            if (const QString m = mismatches(a, fieldsOf(e)); !m.isEmpty())
                problems << list + u' ' + key(e) + u":\n"_s + m;
        }
    }
    for (const QString& map : {u"agents"_s, u"queues"_s}) {
        if (!expected.contains(map))
            continue;
        const QJsonObject a = live.value(map).toObject();
        const QJsonObject e = expected.value(map).toObject();
        if (keysOf(a) != keysOf(e))
            problems << map + u" listed: ["_s + keysOf(a).join(u", "_s) + u"], expected ["_s + keysOf(e).join(u", "_s)
                    + u']';
        for (auto it = e.begin(); it != e.end(); ++it) {
            QJsonObject actualEntry = a.value(it.key()).toObject();
            QJsonObject expectedEntry = it.value().toObject();
            for (const QString& set : {u"queues"_s, u"servers"_s}) {
                if (expectedEntry.contains(set)) {
                    expectedEntry[set] = QJsonArray::fromStringList(sortedStrings(expectedEntry.value(set)));
                    if (actualEntry.value(set).isArray())
                        actualEntry[set] = QJsonArray::fromStringList(sortedStrings(actualEntry.value(set)));
                }
            }
            if (const QString m = mismatches(actualEntry, fieldsOf(expectedEntry)); !m.isEmpty())
                problems << map + u'.' + it.key() + u":\n"_s + m;
        }
    }
    return problems.join(u'\n');
}

#define QW_CHECK_LIVE(live, expected)                                                                                  \
    do {                                                                                                               \
        const QString qwLive_ = liveDifference((live), (expected));                                                    \
        QVERIFY2(qwLive_.isEmpty(), qPrintable(qwLive_));                                                              \
    } while (false)

const QJsonValue NoReason; // null
const QJsonValue NoPosition; // null
const QJsonValue NoLongest; // null
} // namespace

class TestSemanticsLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsAndQueues_data();
    void callsAndQueues();
    void agentStates_data();
    void agentStates();
    void staleProtection_data();
    void staleProtection();
    void window_data();
    void window();
    void agentOnSeveralCalls();
    void heartbeatAndUnknownVerbs();
    void callerAndPosition();
    void dashAndRenamingInLive();
};

void TestSemanticsLive::callsAndQueues_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QJsonObject>("expected");
    // Static members only (no logins): agents are talking or logged_off, queues count no agents.
    const QJsonObject a1 = waiting(u"A"_s, u"a1"_s, u"support"_s, T0, u"0611111111"_s, 1);
    const QJsonObject a2 = waiting(u"A"_s, u"a2"_s, u"sales"_s, T0 + 10, u"0622222222"_s, 1);
    const QJsonObject a3 = waiting(u"A"_s, u"a3"_s, u"support"_s, T0 + 15, u"0633333333"_s, 2);
    const QJsonObject b1 = waiting(u"B"_s, u"a1"_s, u"support"_s, T0 + 5, u"0699999999"_s, NoPosition); // empty data3
    QTest::addRow("08:00:00, the first ENTERQUEUE itself")
        << T0
        << QJsonObject {{u"at"_s, T0},
                        {u"window_start"_s, M},
                        {u"waiting"_s, QJsonArray {a1}},
                        {u"talking"_s, QJsonArray {}},
                        {u"agents"_s, QJsonObject {}},
                        {u"queues"_s, QJsonObject {{u"support"_s, queue(1, 0, 0, 0, 0, 0)}}}}; // longest T0 - T0
    QTest::addRow("08:00:20, four waiting on two servers")
        << T0 + 20
        << QJsonObject {{u"waiting"_s, QJsonArray {a1, a2, a3, b1}},
                        {u"talking"_s, QJsonArray {}},
                        {u"agents"_s, QJsonObject {}},
                        {u"queues"_s,
                         QJsonObject {{u"support"_s, queue(3, 20, 0, 0, 0, 0)}, // A a1 since T0
                                      {u"sales"_s, queue(1, 10, 0, 0, 0, 0)}}}}; // a2 since T0 + 10
    QTest::addRow("08:00:55, two talking")
        << T0 + 55
        << QJsonObject {{u"waiting"_s, QJsonArray {a2, a3}},
                        {u"talking"_s,
                         QJsonArray {talking(u"A"_s, u"a1"_s, u"support"_s, u"Agent/101"_s, T0 + 30),
                                     talking(u"B"_s, u"a1"_s, u"support"_s, u"Agent/201"_s, T0 + 50)}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"talking"_s, NoReason, T0 + 30, {}, {u"A"_s})},
                                      {u"Agent/201"_s, agent(u"talking"_s, NoReason, T0 + 50, {}, {u"B"_s})}}},
                        {u"queues"_s,
                         QJsonObject {{u"support"_s, queue(1, 40, 2, 0, 0, 0)}, // a3 since T0 + 15
                                      {u"sales"_s, queue(1, 45, 0, 0, 0, 0)}}}}; // a2 since T0 + 10
    QTest::addRow("08:02:10, nobody waiting")
        << T0 + 130
        << QJsonObject {{u"waiting"_s, QJsonArray {}},
                        {u"talking"_s,
                         QJsonArray {talking(u"A"_s, u"a2"_s, u"sales"_s, u"Agent/102"_s, T0 + 60),
                                     talking(u"B"_s, u"a1"_s, u"support"_s, u"Agent/201"_s, T0 + 50)}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"logged_off"_s, NoReason, T0 + 100, {}, {u"A"_s})},
                                      {u"Agent/102"_s, agent(u"talking"_s, NoReason, T0 + 60, {}, {u"A"_s})},
                                      {u"Agent/201"_s, agent(u"talking"_s, NoReason, T0 + 50, {}, {u"B"_s})}}},
                        {u"queues"_s,
                         QJsonObject {{u"support"_s, queue(0, NoLongest, 1, 0, 0, 0)},
                                      {u"sales"_s, queue(0, NoLongest, 1, 0, 0, 0)}}}};
    QTest::addRow("08:04:10, all over")
        << T0 + 250
        << QJsonObject {{u"waiting"_s, QJsonArray {}},
                        {u"talking"_s, QJsonArray {}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"logged_off"_s, NoReason, T0 + 100, {}, {u"A"_s})},
                                      {u"Agent/102"_s, agent(u"logged_off"_s, NoReason, T0 + 200, {}, {u"A"_s})},
                                      {u"Agent/201"_s, agent(u"logged_off"_s, NoReason, T0 + 150, {}, {u"B"_s})}}},
                        {u"queues"_s,
                         QJsonObject {{u"support"_s, queue(0, NoLongest, 0, 0, 0, 0)},
                                      {u"sales"_s, queue(0, NoLongest, 0, 0, 0, 0)}}}};
}

void TestSemanticsLive::callsAndQueues()
{
    QFETCH(qint64, at);
    QFETCH(QJsonObject, expected);
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0, u"a1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 10, u"a2|sales|NONE|ENTERQUEUE||0622222222|1"_s),
              ql(T0 + 15, u"a3|support|NONE|ENTERQUEUE||0633333333|2"_s),
              ql(T0 + 30, u"a1|support|Agent/101|CONNECT|30|a1.1|5"_s),
              ql(T0 + 60, u"a2|sales|Agent/102|CONNECT|50|a2.1|4"_s),
              ql(T0 + 100, u"a1|support|Agent/101|COMPLETECALLER|30|70|1"_s),
              ql(T0 + 120, u"a3|support|NONE|ABANDON|1|2|105"_s),
              ql(T0 + 200, u"a2|sales|Agent/102|COMPLETEAGENT|50|140|1"_s)});
    logs.add(u"B"_s,
             {ql(T0 + 5, u"a1|support|NONE|ENTERQUEUE||0699999999|"_s),
              ql(T0 + 50, u"a1|support|Agent/201|CONNECT|45|a1.1|3"_s),
              ql(T0 + 150, u"a1|support|Agent/201|COMPLETEAGENT|45|100|1"_s)});
    const ReportRun run = logs.live(u"cluster:A|B"_s, at);
    QW_REQUIRE_OK(run);
    QW_CHECK_LIVE(run.json, expected);
}

void TestSemanticsLive::agentStates_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QJsonObject>("expected");
    const QStringList a {u"A"_s};
    const QStringList b {u"B"_s};
    const QStringList support {u"support"_s};
    const QStringList sales {u"sales"_s};
    // Agent/101 logged in (queue-less) since yesterday 23:00; Agent/102 a member of support since
    // yesterday, paused "Lunch" since 23:59. Neither changed in the window yet: since = window_start.
    // Agent/108 and Agent/109 and queue vip appear only before the window: never listed (fine-print 17).
    QTest::addRow("08:00:05")
        << T0 + 5
        << QJsonObject {
               {u"window_start"_s, M},
               {u"waiting"_s, QJsonArray {waiting(u"A"_s, u"a1"_s, u"support"_s, T0, u"0611111111"_s, 1)}},
               {u"talking"_s, QJsonArray {}},
               {u"agents"_s,
                QJsonObject {{u"Agent/101"_s, agent(u"free"_s, NoReason, M, {}, a)}, // no window event names it yet
                             {u"Agent/102"_s, agent(u"paused"_s, u"Lunch"_s, M, support, a)}}},
               {u"queues"_s, QJsonObject {{u"support"_s, queue(1, 5, 0, 1, 0, 1)}}}};
    QTest::addRow("08:00:45")
        << T0 + 45
        << QJsonObject {{u"waiting"_s, QJsonArray {}},
                        {u"talking"_s, QJsonArray {talking(u"A"_s, u"a1"_s, u"support"_s, u"Agent/101"_s, T0 + 30)}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"talking"_s, NoReason, T0 + 30, support, a)},
                                      {u"Agent/102"_s, agent(u"paused"_s, u"Lunch"_s, M, support, a)},
                                      // PAUSEALL + PAUSE support at +40; its login gives it the queues naming it
                                      {u"Agent/201"_s, agent(u"paused"_s, u"Break"_s, T0 + 40, support, b)}}},
                        // logged in: 101 (talking), 102, 201; paused: 102, 201
                        {u"queues"_s, QJsonObject {{u"support"_s, queue(0, NoLongest, 1, 3, 0, 2)}}}};
    QTest::addRow("08:02:30")
        << T0 + 150
        << QJsonObject {{u"talking"_s, QJsonArray {talking(u"A"_s, u"a2"_s, u"sales"_s, u"Agent/103"_s, T0 + 60)}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"free"_s, NoReason, T0 + 100, support, a)},
                                      {u"Agent/102"_s, agent(u"paused"_s, u"Lunch"_s, M, support, a)},
                                      // paused at +120 during its call: still talking, no pause_reason shown
                                      {u"Agent/103"_s, agent(u"talking"_s, NoReason, T0 + 60, sales, a)},
                                      {u"Agent/201"_s, agent(u"free"_s, NoReason, T0 + 90, support, b)}}},
                        {u"queues"_s,
                         QJsonObject {{u"support"_s, queue(0, NoLongest, 0, 3, 2, 1)},
                                      {u"sales"_s, queue(0, NoLongest, 1, 1, 0, 0)}}}};
    QTest::addRow("08:04:20")
        << T0 + 260
        << QJsonObject {{u"talking"_s, QJsonArray {}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"free"_s, NoReason, T0 + 100, support, a)},
                                      {u"Agent/102"_s, agent(u"paused"_s, u"Lunch"_s, M, support, a)},
                                      // paused since its call ended at +200; the reason changed at +250, since not
                                      {u"Agent/103"_s, agent(u"paused"_s, u"Meeting"_s, T0 + 200, sales, a)},
                                      {u"Agent/201"_s, agent(u"free"_s, NoReason, T0 + 90, support, b)}}},
                        {u"queues"_s,
                         QJsonObject {{u"support"_s, queue(0, NoLongest, 0, 3, 2, 1)},
                                      {u"sales"_s, queue(0, NoLongest, 0, 1, 0, 1)}}}};
    // UNPAUSE and PAUSE in the same second end one paused run and start another (fine-print 14, 20).
    QTest::addRow("08:04:50") << T0 + 290
                              << QJsonObject {
                                     {u"agents"_s,
                                      QJsonObject {{u"Agent/101"_s, agent(u"free"_s, NoReason, T0 + 100, support, a)},
                                                   {u"Agent/102"_s, agent(u"paused"_s, u"Lunch"_s, M, support, a)},
                                                   {u"Agent/103"_s, agent(u"paused"_s, u"Lunch"_s, T0 + 280, sales, a)},
                                                   {u"Agent/201"_s, agent(u"free"_s, NoReason, T0 + 90, support, b)}}}};
    QTest::addRow("08:07:30")
        << T0 + 450
        << QJsonObject {{u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"logged_off"_s, NoReason, T0 + 400, {}, a)}, // login over
                                      {u"Agent/102"_s, agent(u"free"_s, NoReason, T0 + 300, support, a)},
                                      {u"Agent/103"_s, agent(u"paused"_s, u"Lunch"_s, T0 + 280, sales, a)},
                                      {u"Agent/201"_s, agent(u"free"_s, NoReason, T0 + 90, support, b)}}},
                        {u"queues"_s,
                         QJsonObject {{u"support"_s, queue(0, NoLongest, 0, 2, 2, 0)}, // 102, 201
                                      {u"sales"_s, queue(0, NoLongest, 0, 1, 0, 1)}}}};
    // REMOVEMEMBER ends Agent/103's membership and its pause on sales.
    QTest::addRow("08:10:00") << T0 + 600
                              << QJsonObject {
                                     {u"agents"_s,
                                      QJsonObject {{u"Agent/101"_s, agent(u"logged_off"_s, NoReason, T0 + 400, {}, a)},
                                                   {u"Agent/102"_s, agent(u"free"_s, NoReason, T0 + 300, support, a)},
                                                   {u"Agent/103"_s, agent(u"logged_off"_s, NoReason, T0 + 500, {}, a)},
                                                   {u"Agent/201"_s, agent(u"free"_s, NoReason, T0 + 90, support, b)}}},
                                     {u"queues"_s,
                                      QJsonObject {{u"support"_s, queue(0, NoLongest, 0, 2, 2, 0)},
                                                   {u"sales"_s, queue(0, NoLongest, 0, 0, 0, 0)}}}};
}

void TestSemanticsLive::agentStates()
{
    QFETCH(qint64, at);
    QFETCH(QJsonObject, expected);
    LogSet logs;
    logs.add(u"A"_s,
             {
                 ql(M - 7200, u"MANAGER|support|Agent/102|ADDMEMBER|"_s),
                 ql(M - 5000, u"MANAGER|support|Agent/109|ADDMEMBER|"_s),
                 ql(M - 3600, u"NONE|NONE|Agent/101|AGENTLOGIN|Local/101@agents"_s),
                 ql(M - 1000, u"MANAGER|support|Agent/109|REMOVEMEMBER|"_s),
                 ql(M - 600, u"x1|vip|NONE|ENTERQUEUE||0610000000|1"_s),
                 ql(M - 500, u"x1|vip|Agent/108|CONNECT|100|x1.1|5"_s),
                 ql(M - 60, u"NONE|support|Agent/102|PAUSE|Lunch"_s),
                 ql(T0, u"a1|support|NONE|ENTERQUEUE||0611111111|1"_s),
                 ql(T0 + 20, u"a1|support|Agent/101|RINGNOANSWER|15000"_s),
                 ql(T0 + 30, u"a1|support|Agent/101|CONNECT|30|a1.1|10"_s),
                 ql(T0 + 50, u"MANAGER|sales|Agent/103|ADDMEMBER|"_s),
                 ql(T0 + 55, u"a2|sales|NONE|ENTERQUEUE||0622222222|1"_s),
                 ql(T0 + 60, u"a2|sales|Agent/103|CONNECT|5|a2.1|3"_s),
                 ql(T0 + 100, u"a1|support|Agent/101|COMPLETECALLER|30|70|1"_s),
                 ql(T0 + 120, u"NONE|sales|Agent/103|PAUSE|Coaching"_s),
                 ql(T0 + 200, u"a2|sales|Agent/103|COMPLETEAGENT|5|140|1"_s),
                 ql(T0 + 250, u"NONE|sales|Agent/103|PAUSE|Meeting"_s),
                 ql(T0 + 280, u"NONE|sales|Agent/103|UNPAUSE|"_s),
                 ql(T0 + 280, u"NONE|sales|Agent/103|PAUSE|Lunch"_s),
                 ql(T0 + 300, u"NONE|support|Agent/102|UNPAUSE|"_s),
                 ql(T0 + 400, u"NONE|NONE|Agent/101|AGENTLOGOFF|Local/101@agents|30400"_s),
                 ql(T0 + 500, u"MANAGER|sales|Agent/103|REMOVEMEMBER|"_s),
             });
    logs.add(u"B"_s,
             {ql(T0 + 10, u"NONE|NONE|Agent/201|AGENTLOGIN|Local/201@agents"_s),
              ql(T0 + 40, u"NONE|NONE|Agent/201|PAUSEALL|Break"_s),
              ql(T0 + 40, u"NONE|support|Agent/201|PAUSE|Break"_s), ql(T0 + 90, u"NONE|NONE|Agent/201|UNPAUSEALL|"_s),
              ql(T0 + 90, u"NONE|support|Agent/201|UNPAUSE|"_s)});
    const ReportRun run = logs.live(u"cluster:A|B"_s, at);
    QW_REQUIRE_OK(run);
    QW_CHECK_LIVE(run.json, expected);
}

void TestSemanticsLive::staleProtection_data()
{
    constexpr qint64 E = M + 3600; // 01:00 UTC
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject s1 = waiting(u"A"_s, u"s1"_s, u"support"_s, E, u"0611111111"_s, 1);
    const QJsonObject s2w = waiting(u"A"_s, u"s2"_s, u"support"_s, E + 100, u"0622222222"_s, 2);
    const QJsonObject s3 = talking(u"A"_s, u"s3"_s, u"support"_s, u"Agent/102"_s, E + 210);
    const QJsonObject s2t = talking(u"A"_s, u"s2"_s, u"support"_s, u"Agent/101"_s, E + 1300);
    const QStringList support {u"support"_s};
    const QStringList a {u"A"_s};
    QTest::addRow("s1 waited 999 s")
        << E + 999
        << QJsonObject {
               {u"waiting"_s, QJsonArray {s1, s2w}},
               {u"talking"_s, QJsonArray {s3}},
               {u"agents"_s, QJsonObject {{u"Agent/102"_s, agent(u"talking"_s, NoReason, E + 210, support, a)}}},
               {u"queues"_s, QJsonObject {{u"support"_s, queue(2, 999, 1, 1, 0, 0)}}}};
    QTest::addRow("s1 waited 1000 s: hidden")
        << E + 1000
        << QJsonObject {{u"waiting"_s, QJsonArray {s2w}},
                        {u"queues"_s, QJsonObject {{u"support"_s, queue(1, 900, 1, 1, 0, 0)}}}};
    QTest::addRow("s2 waited 999 s") << E + 1099
                                     << QJsonObject {
                                            {u"waiting"_s, QJsonArray {s2w}},
                                            {u"queues"_s, QJsonObject {{u"support"_s, queue(1, 999, 1, 1, 0, 0)}}}};
    QTest::addRow("s2 waited 1000 s: hidden")
        << E + 1100
        << QJsonObject {{u"waiting"_s, QJsonArray {}},
                        {u"queues"_s, QJsonObject {{u"support"_s, queue(0, NoLongest, 1, 1, 0, 0)}}}};
    // s2 waited 1200 s, then was answered: shown talking (fine-print 18).
    QTest::addRow("s2 answered after 1200 s")
        << E + 1300
        << QJsonObject {{u"waiting"_s, QJsonArray {}},
                        {u"talking"_s, QJsonArray {s3, s2t}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"talking"_s, NoReason, E + 1300, {}, a)},
                                      {u"Agent/102"_s, agent(u"talking"_s, NoReason, E + 210, support, a)}}},
                        {u"queues"_s, QJsonObject {{u"support"_s, queue(0, NoLongest, 2, 1, 0, 0)}}}};
    QTest::addRow("s3 talked 14,499 s")
        << E + 14709
        << QJsonObject {{u"talking"_s, QJsonArray {s3, s2t}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"talking"_s, NoReason, E + 1300, {}, a)},
                                      {u"Agent/102"_s, agent(u"talking"_s, NoReason, E + 210, support, a)}}}};
    // Hidden at CONNECT + 14,500: Agent/102's talking state ends there, it is a free member again.
    QTest::addRow("s3 talked 14,500 s: hidden")
        << E + 14710
        << QJsonObject {{u"talking"_s, QJsonArray {s2t}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"talking"_s, NoReason, E + 1300, {}, a)},
                                      {u"Agent/102"_s, agent(u"free"_s, NoReason, E + 14710, support, a)}}},
                        {u"queues"_s, QJsonObject {{u"support"_s, queue(0, NoLongest, 1, 1, 1, 0)}}}};
    // 15,699 s after s2's ENTERQUEUE: the report's 4 h horizon does not apply to the live view.
    QTest::addRow("s2 talked 14,499 s") << E + 15799 << QJsonObject {{u"talking"_s, QJsonArray {s2t}}};
    QTest::addRow("s2 talked 14,500 s: hidden")
        << E + 15800
        << QJsonObject {{u"waiting"_s, QJsonArray {}},
                        {u"talking"_s, QJsonArray {}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"logged_off"_s, NoReason, E + 15800, {}, a)},
                                      {u"Agent/102"_s, agent(u"free"_s, NoReason, E + 14710, support, a)}}},
                        {u"queues"_s, QJsonObject {{u"support"_s, queue(0, NoLongest, 0, 1, 1, 0)}}}};
}

void TestSemanticsLive::staleProtection()
{
    QFETCH(qint64, at);
    QFETCH(QJsonObject, expected);
    constexpr qint64 E = M + 3600;
    LogSet logs;
    logs.add(u"A"_s,
             {ql(E, u"MANAGER|support|Agent/102|ADDMEMBER|"_s),
              ql(E, u"s1|support|NONE|ENTERQUEUE||0611111111|1"_s), // never ends
              ql(E + 100, u"s2|support|NONE|ENTERQUEUE||0622222222|2"_s),
              ql(E + 200, u"s3|support|NONE|ENTERQUEUE||0633333333|3"_s),
              ql(E + 210, u"s3|support|Agent/102|CONNECT|10|s3.1|2"_s), // never ends
              ql(E + 1300, u"s2|support|Agent/101|CONNECT|1200|s2.1|5"_s)}); // never ends
    const ReportRun run = logs.live(u"sql:A"_s, at);
    QW_REQUIRE_OK(run);
    QW_CHECK_LIVE(run.json, expected);
}

void TestSemanticsLive::window_data()
{
    QTest::addColumn<QString>("atArgument");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject w1 = talking(u"A"_s, u"w1"_s, u"support"_s, u"Agent/101"_s, M - 90);
    const QJsonObject w2 = talking(u"A"_s, u"w2"_s, u"support"_s, u"Agent/102"_s, M + 20);
    const QStringList a {u"A"_s};
    // w1 entered yesterday 23:58:20 and connected at 23:58:30; w2 entered at 00:00:10 today.
    // Calls are replayed from the window start only: the default window (UTC midnight) misses w1.
    QTest::addRow("default window")
        << QString::number(M + 300) << QStringList {}
        << QJsonObject {{u"at"_s, M + 300},
                        {u"window_start"_s, M},
                        {u"talking"_s, QJsonArray {w2}},
                        {u"agents"_s, QJsonObject {{u"Agent/102"_s, agent(u"talking"_s, NoReason, M + 20, {}, a)}}}};
    // A sliding window starts on the quarter hour at or before at - N h (README, "The live
    // window"): 23:05 yesterday is taken back to 23:00.
    QTest::addRow("sliding window of 1 hour")
        << QString::number(M + 300) << QStringList {u"--window-hours"_s, u"1"_s}
        << QJsonObject {{u"window_start"_s, M - 3600},
                        {u"talking"_s, QJsonArray {w1, w2}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"talking"_s, NoReason, M - 90, {}, a)},
                                      {u"Agent/102"_s, agent(u"talking"_s, NoReason, M + 20, {}, a)}}}};
    QTest::addRow("sliding window on the quarter hour")
        << QString::number(M + 1000) << QStringList {u"--window-hours"_s, u"1"_s}
        << QJsonObject {{u"window_start"_s, M - 2700}, {u"talking"_s, QJsonArray {w2}}}; // w1 ended at 00:10
    // 00:05 UTC is 01:05 in Rome: its midnight is 23:00 UTC the day before (fine-print 23).
    QTest::addRow("midnight in Europe/Rome")
        << QString::number(M + 300) << QStringList {u"--tz"_s, u"Europe/Rome"_s}
        << QJsonObject {{u"at"_s, M + 300}, {u"window_start"_s, M - 3600}, {u"talking"_s, QJsonArray {w1, w2}}};
    QTest::addRow("ISO time in Europe/Rome") << u"2027-01-15T01:05:00"_s << QStringList {u"--tz"_s, u"Europe/Rome"_s}
                                             << QJsonObject {{u"at"_s, M + 300}, {u"window_start"_s, M - 3600}};
    // CONTRACT: w1's COMPLETE at 00:10 names Agent/101 in the window, but its call is not known
    // there: Agent/101 is listed, never changed state in the window, so logged_off since window_start.
    QTest::addRow("default window, after w1's end")
        << QString::number(M + 700) << QStringList {}
        << QJsonObject {{u"window_start"_s, M},
                        {u"talking"_s, QJsonArray {w2}},
                        {u"agents"_s,
                         QJsonObject {{u"Agent/101"_s, agent(u"logged_off"_s, NoReason, M, {}, a)},
                                      {u"Agent/102"_s, agent(u"talking"_s, NoReason, M + 20, {}, a)}}}};
}

void TestSemanticsLive::window()
{
    QFETCH(QString, atArgument);
    QFETCH(QStringList, extra);
    QFETCH(QJsonObject, expected);
    LogSet logs;
    logs.add(u"A"_s,
             {ql(M - 100, u"w1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(M - 90, u"w1|support|Agent/101|CONNECT|10|w1.1|3"_s),
              ql(M + 10, u"w2|support|NONE|ENTERQUEUE||0622222222|1"_s),
              ql(M + 20, u"w2|support|Agent/102|CONNECT|10|w2.1|2"_s),
              ql(M + 600, u"w1|support|Agent/101|COMPLETEAGENT|10|690|1"_s),
              ql(M + 1200, u"w2|support|Agent/102|COMPLETECALLER|10|1180|1"_s)});
    QStringList arguments {u"--source"_s, u"sql:A"_s, u"--live-at"_s, atArgument};
    if (!extra.contains(u"--tz"_s))
        arguments << u"--tz"_s << u"UTC"_s;
    const ReportRun run = runReport(arguments + extra + logs.partitionArguments());
    QW_REQUIRE_OK(run);
    QW_CHECK_LIVE(run.json, expected);
}

void TestSemanticsLive::agentOnSeveralCalls()
{
    // A static member on two calls at once is talking until its last call ends (fine-print 19),
    // and `since` stays at the start of the talking state (fine-print 20).
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0, u"c7|support|NONE|ENTERQUEUE||0677777777|1"_s),
              ql(T0 + 5, u"c8|sales|NONE|ENTERQUEUE||0688888888|1"_s),
              ql(T0 + 10, u"c7|support|Agent/105|CONNECT|10|c7.1|2"_s),
              ql(T0 + 20, u"c8|sales|Agent/105|CONNECT|15|c8.1|2"_s),
              ql(T0 + 50, u"c7|support|Agent/105|COMPLETEAGENT|10|40|1"_s),
              ql(T0 + 80, u"c8|sales|Agent/105|COMPLETECALLER|15|60|1"_s)});
    const QStringList a {u"A"_s};
    const struct
    {
        qint64 at;
        QJsonObject agent105;
        int talkingCount;
    } moments[] = {{T0 + 30, agent(u"talking"_s, NoReason, T0 + 10, {}, a), 2},
                   {T0 + 60, agent(u"talking"_s, NoReason, T0 + 10, {}, a), 1},
                   {T0 + 90, agent(u"logged_off"_s, NoReason, T0 + 80, {}, a), 0}};
    for (const auto& moment : moments) {
        const ReportRun run = logs.live(u"sql:A"_s, moment.at);
        QW_REQUIRE_OK(run);
        QW_CHECK_LIVE(run.json, (QJsonObject {{u"agents"_s, QJsonObject {{u"Agent/105"_s, moment.agent105}}}}));
        QCOMPARE(run.json.value(u"talking"_s).toArray().size(), moment.talkingCount);
    }
}

void TestSemanticsLive::heartbeatAndUnknownVerbs()
{
    // CONTRACT: HEARTBEAT rows are ignored, so they name no agent or queue; an unknown verb is
    // "kept and passed through", so a window event with it names its agent and queue. A queue
    // NONE is never listed.
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0, u"NONE|ghost|Agent/999|HEARTBEAT|"_s), ql(T0 + 10, u"NONE|other|Agent/998|FOOBAR|x"_s),
              ql(T0 + 20, u"NONE|NONE|Agent/997|PAUSEALL|Break"_s)});
    const ReportRun run = logs.live(u"sql:A"_s, T0 + 100);
    QW_REQUIRE_OK(run);
    const QStringList a {u"A"_s};
    QW_CHECK_LIVE(run.json,
                  (QJsonObject {{u"agents"_s,
                                 QJsonObject {{u"Agent/998"_s, agent(u"logged_off"_s, NoReason, M, {}, a)},
                                              // paused without any session (fine-print 16)
                                              {u"Agent/997"_s, agent(u"paused"_s, u"Break"_s, T0 + 20, {}, a)}}},
                                {u"queues"_s, QJsonObject {{u"other"_s, queue(0, NoLongest, 0, 0, 0, 0)}}}}));
}

void TestSemanticsLive::callerAndPosition()
{
    // `caller` is data2 as written; `position` is data3 when all digits, else null (fine-print 21).
    LogSet logs;
    logs.add(u"A"_s,
             {ql(T0, u"p1|support|NONE|ENTERQUEUE||0611111111|1|Rossi | Mario"_s),
              ql(T0 + 10, u"p2|support|NONE|ENTERQUEUE||0622222222|x"_s),
              ql(T0 + 20, u"p3|support|NONE|ENTERQUEUE||Anonymous|"_s),
              ql(T0 + 25, u"p5|support|NONE|ENTERQUEUE||0655555555"_s), // Asterisk 1.4: no position
              ql(T0 + 30, u"p4|support|NONE|ENTERQUEUE|http://crm/x|0644444444|007"_s)});
    const ReportRun run = logs.live(u"sql:A"_s, T0 + 50);
    QW_REQUIRE_OK(run);
    QW_CHECK_LIVE(
        run.json,
        (QJsonObject {{u"waiting"_s,
                       QJsonArray {waiting(u"A"_s, u"p1"_s, u"support"_s, T0, u"0611111111"_s, 1),
                                   waiting(u"A"_s, u"p2"_s, u"support"_s, T0 + 10, u"0622222222"_s, NoPosition),
                                   waiting(u"A"_s, u"p3"_s, u"support"_s, T0 + 20, u"Anonymous"_s, NoPosition),
                                   waiting(u"A"_s, u"p5"_s, u"support"_s, T0 + 25, u"0655555555"_s, NoPosition),
                                   waiting(u"A"_s, u"p4"_s, u"support"_s, T0 + 30, u"0644444444"_s, 7)}},
                      {u"queues"_s, QJsonObject {{u"support"_s, queue(5, 50, 0, 0, 0, 0)}}}}));
}

void TestSemanticsLive::dashAndRenamingInLive()
{
    // clustrw:A|B-: agents are listed after the dash rule and the rewrite. B's AGENTLOGIN is
    // dropped, so Agent/B-201 has no session: talking on its call, and no queues.
    LogSet logs;
    logs.add(u"A"_s, {ql(T0, u"MANAGER|support|Agent/101|ADDMEMBER|"_s)});
    logs.add(u"B"_s,
             {ql(T0, u"NONE|NONE|Agent/201|AGENTLOGIN|Local/201@agents"_s),
              ql(T0 + 10, u"b1|support|NONE|ENTERQUEUE||0611111111|1"_s),
              ql(T0 + 20, u"b1|support|Agent/201|CONNECT|10|b1.1|2"_s)});
    const ReportRun run = logs.live(u"clustrw:A|B-"_s, T0 + 30);
    QW_REQUIRE_OK(run);
    QW_CHECK_LIVE(
        run.json,
        (QJsonObject {{u"waiting"_s, QJsonArray {}},
                      {u"talking"_s, QJsonArray {talking(u"B"_s, u"b1"_s, u"support"_s, u"Agent/B-201"_s, T0 + 20)}},
                      {u"agents"_s,
                       QJsonObject {{u"Agent/A-101"_s, agent(u"free"_s, NoReason, T0, {u"support"_s}, {u"A"_s})},
                                    {u"Agent/B-201"_s, agent(u"talking"_s, NoReason, T0 + 20, {}, {u"B"_s})}}},
                      // logged in: Agent/A-101 only (free)
                      {u"queues"_s, QJsonObject {{u"support"_s, queue(0, NoLongest, 1, 1, 1, 0)}}}}));
}

QTEST_GUILESS_MAIN(TestSemanticsLive)
#include "tst_semantics_live.moc"
