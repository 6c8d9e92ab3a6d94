// The live session: the demo starts in its own writer thread and feeds the poller; a database
// source opens with a password typed for this run only; switching sources stops what ran before;
// a choice that cannot be used is reported and leaves nothing running.
#include "database/databaseconnection.h"
#include "demo/demobackend.h"
#include "live/livesession.h"
#include "support/queuelogtable.h"
#include "support/testmariadb.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::LiveUpdate;
using State = qw::PartitionHealth::State;

class TestLiveSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoFeedsThePoller();
    void databaseWithSessionPassword();
    void unusableChoiceIsReported();
    void learnedNamesAreThereFromTheStart();

private:
    qw::LiveViewSettings databaseChoice(const QString& spec) const;

    qw::test::TestMariaDb m_server;
};

void TestLiveSession::initTestCase()
{
    qRegisterMetaType<qw::LiveUpdate>();
    qunsetenv(qw::DatabaseUrl::PasswordVariable);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    // A user with a password, as on real servers; root of the test server has none.
    QVERIFY(m_server.execute(u"CREATE USER 'watcher'@'%' IDENTIFIED BY 'typed-in-dialog';"
                             u"GRANT SELECT ON queuewatch_test.* TO 'watcher'@'%';"_s));
}

qw::LiveViewSettings TestLiveSession::databaseChoice(const QString& spec) const
{
    qw::LiveViewSettings choice;
    choice.demo = false;
    choice.databaseUrl = u"mysql://watcher@127.0.0.1:%1/queuewatch_test"_s.arg(m_server.port());
    choice.sourceSpec = spec;
    choice.pollSeconds = 1;
    return choice;
}

void TestLiveSession::demoFeedsThePoller()
{
    qw::LiveSession session;
    session.setDemoFactory(qw::DemoBackend::factory());
    QSignalSpy opened(&session, &qw::LiveSession::opened);
    QSignalSpy updates(&session, &qw::LiveSession::updated);
    QSignalSpy failures(&session, &qw::LiveSession::failed);
    qw::LiveViewSettings demo;
    demo.pollSeconds = 1;
    session.open(demo);
    QVERIFY(session.isDemo());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(updates.count() >= 2, 30000);
    const LiveUpdate first = updates.first().first().value<LiveUpdate>();
    QCOMPARE(first.snapshot.partitions, QStringList({u"A"_s, u"B"_s, u"C"_s}));
    QVERIFY(first.eventsTotal > 0);
    QVERIFY(!first.snapshot.agents.isEmpty());
    QCOMPARE(failures.count(), 0);

    // The demo keeps writing while the session lives: later polls see newer rows.
    QTRY_VERIFY_WITH_TIMEOUT(updates.last().first().value<LiveUpdate>().eventsTotal > first.eventsTotal, 30000);
}

void TestLiveSession::databaseWithSessionPassword()
{
    const QString partition = u"sessA"_s;
    {
        qw::DatabaseConnection root(m_server.url());
        QVERIFY(root.open());
        qw::QueueLogEvent e;
        e.partition = partition;
        e.time = QDateTime::currentSecsSinceEpoch() - 5;
        e.callId = u"c1"_s;
        e.queue = u"support"_s;
        e.agent = u"NONE"_s;
        e.verb = u"ENTERQUEUE"_s;
        e.data[1] = u"5550100"_s;
        e.data[2] = u"1"_s;
        QVERIFY(qw::test::insertEvents(root, {e}));
    }

    qw::LiveSession session;
    session.setDemoFactory(qw::DemoBackend::factory());
    QSignalSpy opened(&session, &qw::LiveSession::opened);
    QSignalSpy updates(&session, &qw::LiveSession::updated);
    session.open(databaseChoice(u"sql:"_s + partition), u"typed-in-dialog"_s);
    QVERIFY(!session.isDemo());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    // The window's status line names the source and where it is read, never the password.
    const QString sourceText = opened.first().first().toString();
    QVERIFY2(sourceText.startsWith(u"sql:sessA on "_s), qPrintable(sourceText));
    QVERIFY2(sourceText.contains(u"watcher@127.0.0.1"_s), qPrintable(sourceText));
    QVERIFY2(!sourceText.contains(u"typed-in-dialog"_s), qPrintable(sourceText));
    QTRY_VERIFY_WITH_TIMEOUT(updates.count() >= 1, 20000);
    LiveUpdate update = updates.last().first().value<LiveUpdate>();
    QCOMPARE(update.health.size(), 1);
    QCOMPARE(update.health.first().state, State::Ok);
    QCOMPARE(update.snapshot.waiting.size(), 1);

    // Without the password (none in the environment either) the server refuses, and says so.
    updates.clear();
    session.open(databaseChoice(u"sql:"_s + partition));
    QTRY_VERIFY_WITH_TIMEOUT(updates.count() >= 1, 20000);
    update = updates.last().first().value<LiveUpdate>();
    QCOMPARE(update.health.first().state, State::Error);
    QVERIFY2(update.health.first().error.contains(u"denied"_s, Qt::CaseInsensitive),
             qPrintable(update.health.first().error));

    // Switching to the demo stops the database poller: only demo partitions arrive from now on.
    updates.clear();
    qw::LiveViewSettings demo;
    demo.pollSeconds = 1;
    session.open(demo);
    QTRY_VERIFY_WITH_TIMEOUT(updates.count() >= 2, 30000);
    for (const QList<QVariant>& arguments : updates)
        QCOMPARE(arguments.first().value<LiveUpdate>().snapshot.partitions.size(), 3);
}

void TestLiveSession::unusableChoiceIsReported()
{
    qw::LiveSession session;
    QSignalSpy updates(&session, &qw::LiveSession::updated);
    QSignalSpy failures(&session, &qw::LiveSession::failed);
    session.open(databaseChoice(u"cluster:A||B"_s));
    QCOMPARE(failures.count(), 1);
    QVERIFY(!failures.first().first().toString().isEmpty());
    QVERIFY(session.sourceText().isEmpty());
    QTest::qWait(1500);
    QCOMPARE(updates.count(), 0); // nothing was started

    // A program without the simulator (no demo factory) says so instead of showing nothing.
    session.open(qw::LiveViewSettings {});
    QCOMPARE(failures.count(), 2);
    QVERIFY2(failures.last().first().toString().contains(u"no demo"_s), qPrintable(failures.last().first().toString()));
    QVERIFY(!session.isDemo());
}

void TestLiveSession::learnedNamesAreThereFromTheStart()
{
    // Names the managers taught earlier go in with the source: one start, not one more when
    // they are told again.
    qw::MemberNames learned;
    learned.set(u"sessB"_s, u"Local/agent3@agents/n"_s, qw::MemberInfo {u"Agent Three"_s, {}});
    qw::LiveSession session;
    QSignalSpy opened(&session, &qw::LiveSession::opened);
    session.open(databaseChoice(u"sql:sessB"_s), u"typed-in-dialog"_s, learned);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    QCOMPARE(session.reportBindings().memberNames, learned);
    session.setLearnedMemberNames(learned);
    QTest::qWait(200);
    QCOMPARE(opened.count(), 1);
    // Something new is: the view is rebuilt with it.
    learned.set(u"sessB"_s, u"Local/agent4@agents/n"_s, qw::MemberInfo {u"Agent Four"_s, {}});
    session.setLearnedMemberNames(learned);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 10000);
    QCOMPARE(session.reportBindings().memberNames, learned);
}

QTEST_GUILESS_MAIN(TestLiveSession)
#include "tst_livesession.moc"
