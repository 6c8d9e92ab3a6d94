// QueueWatch next to a real Asterisk 22 on its default member logging (log_membername_as_agent
// = no): members are added (one of them paused), paused with reasons, unpaused and removed over
// the manager interface while callers wait and one leaves from the middle of the line. At each
// step the live state of queuewatch-report (with a member-names file made from QueueStatus, as a
// user would keep it) is compared with what the server's own QueueStatus says at that moment:
// one agent per member, with its state, pause reason and queues; each queue's logged-in and
// paused counts; each waiting caller's place. Without the file the split is reported; a report of
// the same log credits one agent per member.
#include "support/amitestclient.h"
#include "support/fixtures.h"
#include "support/testasterisk.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using qw::test::AmiMessage;

namespace {
const QString Sales = u"sales"_s;

struct Member
{
    QString interface;
    QString name;
};
const Member Three {u"Local/agent3@agents/n"_s, u"Agent Three"_s};
const Member Four {u"Local/agent4@agents/n"_s, u"Agent Four"_s};
const Member Five {u"Local/agent5@agents/n"_s, u"Agent Five"_s};
} // namespace

class TestAsteriskMembers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void membersAndCallersMatchTheServer();

private:
    void addMember(const Member& member, bool paused);
    void pause(const Member& member, bool paused, const QString& reason = {});
    void originateCaller(int number);
    QList<AmiMessage> queueStatus();
    // The member-names file a user would keep: interface -> name, static members flagged.
    QString writeMemberNames(const QList<AmiMessage>& status);
    QJsonObject liveAt(qint64 at, bool withMap);
    // Compares the live state with the server's QueueStatus taken just before; "" when equal.
    QString differences(const QList<AmiMessage>& status, const QJsonObject& live);
    // Checks that the server has `callers` waiting in sales and `pausedMembers` paused there, then
    // compares the live state with it.
    void checkAgainstTheServer(const QString& step, int callers, int pausedMembers);

    qw::test::TestAsterisk m_asterisk;
    qw::test::AmiTestClient m_ami;
    QTemporaryDir m_dir;
    QString m_memberNames;
};

void TestAsteriskMembers::initTestCase()
{
    QVERIFY2(m_asterisk.start(), qPrintable(m_asterisk.errorString()));
    QVERIFY2(m_ami.login(m_asterisk.amiPort(), QLatin1StringView(qw::test::TestAsterisk::User),
                         QLatin1StringView(qw::test::TestAsterisk::Secret)),
             qPrintable(m_ami.errorString()));
}

void TestAsteriskMembers::addMember(const Member& member, bool paused)
{
    const auto reply = m_ami.action(u"QueueAdd"_s,
                                    {{u"Queue"_s, Sales},
                                     {u"Interface"_s, member.interface},
                                     {u"StateInterface"_s, member.interface.chopped(2)},
                                     {u"MemberName"_s, member.name},
                                     {u"Paused"_s, paused ? u"true"_s : u"false"_s}});
    QVERIFY2(reply && reply->success(), qPrintable(reply ? reply->response.value(u"Message"_s) : m_ami.errorString()));
}

void TestAsteriskMembers::pause(const Member& member, bool paused, const QString& reason)
{
    QList<QPair<QString, QString>> headers {
        {u"Interface"_s, member.interface}, {u"Queue"_s, Sales}, {u"Paused"_s, paused ? u"true"_s : u"false"_s}};
    if (!reason.isEmpty())
        headers.append({u"Reason"_s, reason});
    const auto reply = m_ami.action(u"QueuePause"_s, headers);
    QVERIFY2(reply && reply->success(), qPrintable(reply ? reply->response.value(u"Message"_s) : m_ami.errorString()));
}

void TestAsteriskMembers::originateCaller(int number)
{
    const auto reply = m_ami.action(u"Originate"_s,
                                    {{u"Channel"_s, u"Local/sales@callers"_s},
                                     {u"Application"_s, u"Wait"_s},
                                     {u"Data"_s, u"300"_s},
                                     {u"CallerID"_s, u"\"Caller %1\" <55500%1>"_s.arg(number)},
                                     {u"Variable"_s, u"__TALKTIME=60"_s},
                                     {u"Async"_s, u"true"_s}});
    QVERIFY2(reply && reply->success(), qPrintable(m_ami.errorString()));
    // One caller at a time, so each joins behind the ones before.
    QVERIFY2(m_ami.waitForEvent(u"QueueCallerJoin"_s, 20000), "the caller never joined the queue");
}

QList<AmiMessage> TestAsteriskMembers::queueStatus()
{
    const auto reply = m_ami.action(u"QueueStatus"_s);
    return reply ? reply->events : QList<AmiMessage> {};
}

QString TestAsteriskMembers::writeMemberNames(const QList<AmiMessage>& status)
{
    QJsonObject members;
    QMap<QString, QJsonArray> staticQueues;
    for (const AmiMessage& event : status) {
        if (!event.isEvent(u"QueueMember"_s))
            continue;
        const QString location = event.value(u"Location"_s);
        if (event.value(u"Membership"_s) == u"static")
            staticQueues[location].append(event.value(u"Queue"_s));
        members.insert(location, event.value(u"Name"_s));
    }
    for (auto it = staticQueues.cbegin(); it != staticQueues.cend(); ++it)
        members.insert(it.key(), QJsonObject {{u"name"_s, members.value(it.key())}, {u"static"_s, it.value()}});
    const QString path = m_dir.filePath(u"members.json"_s);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(QJsonObject {{u"A"_s, members}}).toJson());
    return path;
}

QJsonObject TestAsteriskMembers::liveAt(qint64 at, bool withMap)
{
    QStringList arguments {u"--source"_s,  u"sql:A"_s,          u"--partition"_s, u"A="_s + m_asterisk.queueLogPath(),
                           u"--live-at"_s, QString::number(at), u"--now"_s,       QString::number(at)};
    if (withMap)
        arguments << u"--member-names"_s << m_memberNames;
    const qw::test::ProgramRun run = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s), arguments);
    if (run.exitCode != 0)
        qWarning("queuewatch-report failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out).object();
}

QString TestAsteriskMembers::differences(const QList<AmiMessage>& status, const QJsonObject& live)
{
    QStringList problems;
    const QJsonObject agents = live.value(u"agents"_s).toObject();
    const QJsonObject queues = live.value(u"queues"_s).toObject();
    QMap<QString, QSet<QString>> memberQueues; // name -> queues the server lists it in
    QMap<QString, int> loggedIn;
    QMap<QString, int> paused;
    for (const AmiMessage& event : status) {
        if (event.isEvent(u"QueueMember"_s)) {
            const QString name = event.value(u"Name"_s);
            const QString queue = event.value(u"Queue"_s);
            memberQueues[name].insert(queue);
            ++loggedIn[queue];
            const bool isPaused = event.value(u"Paused"_s) == u"1";
            const bool inCall = event.value(u"InCall"_s) == u"1";
            if (isPaused && !inCall)
                ++paused[queue];
            const QJsonObject agent = agents.value(name).toObject();
            const QString expected = inCall ? u"talking"_s : (isPaused ? u"paused"_s : u"free"_s);
            if (agent.value(u"state"_s).toString() != expected)
                problems << u"%1: state %2, the server says %3"_s.arg(name, agent.value(u"state"_s).toString(),
                                                                      expected);
            if (isPaused && !inCall && agent.value(u"pause_reason"_s).toString() != event.value(u"PausedReason"_s))
                problems << u"%1: pause reason \"%2\", the server says \"%3\""_s.arg(
                    name, agent.value(u"pause_reason"_s).toString(), event.value(u"PausedReason"_s));
        } else if (event.isEvent(u"QueueEntry"_s)) {
            const QString id = event.value(u"Uniqueid"_s);
            bool found = false;
            for (const QJsonValue& waiting : live.value(u"waiting"_s).toArray()) {
                if (waiting.toObject().value(u"call_id"_s).toString() != id)
                    continue;
                found = true;
                if (waiting.toObject().value(u"place"_s).toInteger() != event.value(u"Position"_s).toLongLong())
                    problems << u"caller %1: place %2, the server says %3"_s.arg(id)
                                    .arg(waiting.toObject().value(u"place"_s).toInteger())
                                    .arg(event.value(u"Position"_s));
            }
            if (!found)
                problems << u"caller %1 is not waiting in the live state"_s.arg(id);
        }
    }
    for (auto it = memberQueues.cbegin(); it != memberQueues.cend(); ++it) {
        QSet<QString> listed;
        for (const QJsonValue& queue : agents.value(it.key()).toObject().value(u"queues"_s).toArray())
            listed.insert(queue.toString());
        if (listed != it.value())
            problems << u"%1: in queues %2, the server says %3"_s.arg(
                it.key(), QStringList(listed.cbegin(), listed.cend()).join(u','),
                QStringList(it->cbegin(), it->cend()).join(u','));
    }
    for (const QString& queue : {Sales, u"support"_s}) {
        const QJsonObject figures = queues.value(queue).toObject();
        if (figures.value(u"logged_in"_s).toInt() != loggedIn.value(queue))
            problems << u"%1: %2 logged in, the server says %3"_s.arg(queue)
                            .arg(figures.value(u"logged_in"_s).toInt())
                            .arg(loggedIn.value(queue));
        if (figures.value(u"paused"_s).toInt() != paused.value(queue))
            problems << u"%1: %2 paused, the server says %3"_s.arg(queue)
                            .arg(figures.value(u"paused"_s).toInt())
                            .arg(paused.value(queue));
    }
    // One agent per member: no interface is an agent of its own.
    for (auto it = agents.constBegin(); it != agents.constEnd(); ++it) {
        if (it.key().contains(u'/'))
            problems << u"an interface listed as an agent: "_s + it.key();
    }
    if (!live.value(u"member_split"_s).toObject().isEmpty())
        problems << u"a split is reported although the map joins the names"_s;
    return problems.join(u'\n');
}

void TestAsteriskMembers::checkAgainstTheServer(const QString& step, int callers, int pausedMembers)
{
    // The server's view and the log's at the same moment: nothing changes between the two reads
    // (every change in this test is one the test makes).
    const QList<AmiMessage> status = queueStatus();
    int waiting = 0;
    int paused = 0;
    for (const AmiMessage& event : status) {
        if (event.isEvent(u"QueueEntry"_s) && event.value(u"Queue"_s) == Sales)
            ++waiting;
        if (event.isEvent(u"QueueMember"_s) && event.value(u"Queue"_s) == Sales && event.value(u"Paused"_s) == u"1")
            ++paused;
    }
    QVERIFY2(waiting == callers && paused == pausedMembers,
             qPrintable(u"%1: the server has %2 callers and %3 paused members"_s.arg(step).arg(waiting).arg(paused)));
    const qint64 at = QDateTime::currentSecsSinceEpoch();
    const QJsonObject live = liveAt(at, true);
    QVERIFY2(!live.isEmpty(), qPrintable(step));
    const QString problems = differences(status, live);
    QVERIFY2(problems.isEmpty(), qPrintable(step + u":\n"_s + problems));
}

void TestAsteriskMembers::membersAndCallersMatchTheServer()
{
    addMember(Three, false);
    addMember(Four, true); // added paused: ADDMEMBER|PAUSED under the interface
    addMember(Five, false);
    pause(Three, true, u"coaching"_s);
    pause(Five, true, u"lunch"_s);
    m_memberNames = writeMemberNames(queueStatus());

    // Everyone paused: four callers wait in line.
    for (int caller = 1; caller <= 4; ++caller)
        originateCaller(caller);
    checkAgainstTheServer(u"four callers waiting, every member paused"_s, 4, 3);

    // The second caller hangs up: those behind move up.
    QString second;
    for (const AmiMessage& event : queueStatus()) {
        if (event.isEvent(u"QueueEntry"_s) && event.value(u"Position"_s) == u"2")
            second = event.value(u"Channel"_s);
    }
    QVERIFY(!second.isEmpty());
    const auto hangup = m_ami.action(u"Hangup"_s, {{u"Channel"_s, second}});
    QVERIFY(hangup && hangup->success());
    QVERIFY(m_ami.waitForEvent(u"QueueCallerAbandon"_s, 20000));
    checkAgainstTheServer(u"a caller left from the middle of the line"_s, 3, 3);

    // The member added paused is unpaused (by name in the log): it takes the first caller.
    pause(Four, false);
    QVERIFY(m_ami.waitForEvent(u"AgentConnect"_s, 20000));
    checkAgainstTheServer(u"the member added paused took a call"_s, 2, 2);

    // A pause reason changes; a member is removed while paused: it is gone.
    pause(Five, true, u"meeting"_s);
    const auto removed = m_ami.action(u"QueueRemove"_s, {{u"Queue"_s, Sales}, {u"Interface"_s, Three.interface}});
    QVERIFY(removed && removed->success());
    checkAgainstTheServer(u"a paused member was removed"_s, 2, 1);
    const QJsonObject gone = liveAt(QDateTime::currentSecsSinceEpoch(), true);
    QCOMPARE(gone.value(u"agents"_s).toObject().value(Three.name).toObject().value(u"state"_s).toString(),
             u"logged_off"_s);

    // Without the map the same log shows the split, and says which server.
    const QJsonObject unmapped = liveAt(QDateTime::currentSecsSinceEpoch(), false);
    QVERIFY(unmapped.value(u"member_split"_s).toObject().contains(u"A"_s));
    QVERIFY(unmapped.value(u"agents"_s).toObject().contains(Four.interface));

    // The log is Asterisk's default member logging indeed: the member added paused is logged under
    // its interface, its unpause under its name.
    QFile log(m_asterisk.queueLogPath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray lines = log.readAll();
    QVERIFY2(lines.contains("|sales|Local/agent4@agents/n|ADDMEMBER|PAUSED"), lines.constData());
    QVERIFY2(lines.contains("|sales|Agent Four|UNPAUSE|"), lines.constData());
    QVERIFY2(lines.contains("|ABANDON|"), lines.constData());

    // A report of the same log credits one agent per member.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qw::test::ProgramRun report
        = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s),
                               {u"--source"_s, u"sql:A"_s, u"--partition"_s, u"A="_s + m_asterisk.queueLogPath(),
                                u"--member-names"_s, m_memberNames, u"--from"_s, QString::number(now - 3600), u"--to"_s,
                                QString::number(now + 60), u"--now"_s, QString::number(now + 1)});
    QCOMPARE(report.exitCode, 0);
    const QJsonObject agents = QJsonDocument::fromJson(report.out).object().value(u"agents"_s).toObject();
    for (auto it = agents.constBegin(); it != agents.constEnd(); ++it)
        QVERIFY2(!it.key().contains(u'/'), qPrintable(it.key()));
    QVERIFY(agents.value(Three.name).toObject().value(u"logged_in_time"_s).toInteger() > 0);
    QVERIFY(agents.value(Four.name).toObject().value(u"logged_in_time"_s).toInteger() > 0);
}

QTEST_GUILESS_MAIN(TestAsteriskMembers)
#include "tst_asteriskmembers.moc"
