// The live poller against a real MariaDB: new rows appear once; a quiet server is no alarm, a
// silent one with calls open is, and every server silent at once is the database behind; a
// database that goes away is back at the next poll after it returns, without restarting
// anything; one unreachable partition does not hold up the others; rows from a wrong clock
// are set aside; a table dropped and loaded again is rebuilt, not counted twice. Time is an
// injected clock.
#include "database/databaseconnection.h"
#include "database/schema.h"
#include "live/livemonitor.h"
#include "support/queuelogtable.h"
#include "support/testmariadb.h"

#include <atomic>
#include <memory>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::LiveUpdate;
using qw::PartitionHealth;

namespace {
constexpr qint64 T0 = 1800000000; // 2027-01-15 08:00:00 UTC

qw::QueueLogEvent row(const QString& partition, qint64 time, const QString& callId, const QString& verb,
                      const QString& agent = u"NONE"_s, const QString& queue = u"support"_s)
{
    qw::QueueLogEvent e = qw::test::makeEvent(partition, time, callId, queue, agent, verb);
    if (verb == u"ENTERQUEUE") {
        e.data[1] = u"5550100"_s;
        e.data[2] = u"1"_s;
    }
    return e;
}

PartitionHealth::State stateOf(const LiveUpdate& update, const QString& partition)
{
    for (const PartitionHealth& health : update.health) {
        if (health.partition == partition)
            return health.state;
    }
    return PartitionHealth::State::Error;
}
} // namespace

class TestLivePoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newRowsAppearOnce();
    void quietPartitionIsNoAlarm();
    void silentPartitionWithCallsOpen();
    void allSilentAtOnceIsTheDatabaseBehind();
    void databaseGoesAwayAndComesBack();
    void rowsFromTheFutureAreSetAside();
    void tableReloadedIsRebuiltNotAdded();
    void unreachablePartitionDoesNotHoldUpOthers();
    void midnightStartsANewWindow();

private:
    std::unique_ptr<qw::LiveMonitor> monitor(const QString& spec, qw::SourceBindings bindings, qint64 staleAfter = 300);
    LiveUpdate pollAndWait(qw::LiveMonitor& monitor, QSignalSpy& spy);
    void insert(const qw::EventBatch& rows);

    qw::test::TestMariaDb m_server;
    std::unique_ptr<qw::DatabaseConnection> m_connection;
    std::atomic<qint64> m_now {T0};
    int m_run = 0;
    QString m_prefix; // partition names of this test function, so runs never see each other's rows
};

void TestLivePoller::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_connection = std::make_unique<qw::DatabaseConnection>(m_server.url());
    QVERIFY(m_connection->open());
}

void TestLivePoller::init()
{
    m_now = T0;
    m_prefix = u"r%1"_s.arg(++m_run);
}

void TestLivePoller::insert(const qw::EventBatch& rows)
{
    if (!m_connection->isOpen())
        QVERIFY(m_connection->open());
    QVERIFY(qw::test::insertEvents(*m_connection, rows));
}

std::unique_ptr<qw::LiveMonitor> TestLivePoller::monitor(const QString& spec, qw::SourceBindings bindings,
                                                         qint64 staleAfter)
{
    qw::LiveSettings settings;
    settings.spec = std::get<qw::SourceSpec>(qw::SourceSpec::parse(spec));
    settings.bindings = std::move(bindings);
    settings.pollIntervalMs = 3600 * 1000; // the test polls by hand
    settings.window.zone = QTimeZone::utc();
    settings.staleAfterSeconds = staleAfter;
    return std::make_unique<qw::LiveMonitor>(settings, [this] { return m_now.load(); });
}

LiveUpdate TestLivePoller::pollAndWait(qw::LiveMonitor& monitor, QSignalSpy& spy)
{
    const qsizetype before = spy.count();
    monitor.pollNow();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > before, 20000);
    }();
    return spy.last().first().value<LiveUpdate>();
}

void TestLivePoller::newRowsAppearOnce()
{
    const QString a = m_prefix + u"A"_s;
    const QString b = m_prefix + u"B"_s;
    qw::SourceBindings bindings;
    bindings.database = m_server.url();
    insert({row(a, T0 - 100, u"a1"_s, u"ENTERQUEUE"_s)});
    auto live = monitor(u"cluster:%1|%2"_s.arg(a, b), bindings);
    QSignalSpy spy(live.get(), &qw::LiveMonitor::updated);
    live->start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    LiveUpdate update = spy.last().first().value<LiveUpdate>();
    QCOMPARE(update.eventsTotal, qint64(1));
    QCOMPARE(update.snapshot.waiting.size(), 1);

    // Rows of both partitions, one in the same second as a row already delivered.
    insert({row(a, T0 - 100, u"a2"_s, u"ENTERQUEUE"_s), row(b, T0 - 50, u"b1"_s, u"ENTERQUEUE"_s)});
    update = pollAndWait(*live, spy);
    QCOMPARE(update.eventsThisPoll, qint64(2));
    QCOMPARE(update.snapshot.waiting.size(), 3);
    update = pollAndWait(*live, spy);
    QCOMPARE(update.eventsThisPoll, qint64(0)); // nothing twice
    QCOMPARE(update.eventsTotal, qint64(3));

    insert({row(b, T0 - 20, u"b1"_s, u"CONNECT"_s, u"Agent/7"_s)});
    update = pollAndWait(*live, spy);
    QCOMPARE(update.snapshot.waiting.size(), 2);
    QCOMPARE(update.snapshot.talking.size(), 1);
    QCOMPARE(update.snapshot.talking.first().agent, u"Agent/7"_s);
    QCOMPARE(update.snapshot.talking.first().partitionIndex, 1);
}

void TestLivePoller::quietPartitionIsNoAlarm()
{
    const QString a = m_prefix + u"A"_s;
    const QString b = m_prefix + u"B"_s;
    qw::SourceBindings bindings;
    bindings.database = m_server.url();
    insert({row(a, T0 - 10, u"x"_s, u"INFO"_s), row(b, T0 - 10, u"y"_s, u"INFO"_s)});
    auto live = monitor(u"cluster:%1|%2"_s.arg(a, b), bindings, 60);
    QSignalSpy spy(live.get(), &qw::LiveMonitor::updated);
    live->start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    LiveUpdate update = spy.last().first().value<LiveUpdate>();
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Ok);
    QCOMPARE(stateOf(update, b), PartitionHealth::State::Ok);
    QCOMPARE(update.health[0].newestRow, T0 - 10);

    // 110 s without a row, but no call is open on either: nothing is missing.
    m_now = T0 + 100;
    update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Quiet);
    QCOMPARE(stateOf(update, b), PartitionHealth::State::Quiet);
    QVERIFY(!update.anyTrouble());
    QCOMPARE(update.health[0].since, T0 - 10); // quiet since its last row
    QCOMPARE(update.health[0].trustedUntil, T0 + 100); // its figures are current
    QCOMPARE(update.health[0].lastSuccessfulPoll, T0 + 100);
    QCOMPARE(update.dataAsOf(), T0 - 10);

    insert({row(a, T0 + 95, u"z"_s, u"HEARTBEAT"_s)}); // a loader's heartbeat is a sign of life
    update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Ok);
    QCOMPARE(stateOf(update, b), PartitionHealth::State::Quiet);
}

void TestLivePoller::silentPartitionWithCallsOpen()
{
    const QString a = m_prefix + u"A"_s;
    const QString b = m_prefix + u"B"_s;
    qw::SourceBindings bindings;
    bindings.database = m_server.url();
    insert({row(a, T0 - 10, u"a1"_s, u"ENTERQUEUE"_s), row(b, T0 - 10, u"y"_s, u"INFO"_s)});
    auto live = monitor(u"cluster:%1|%2"_s.arg(a, b), bindings, 60);
    QSignalSpy spy(live.get(), &qw::LiveMonitor::updated);
    live->start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);

    m_now = T0 + 45; // still inside 60 s of A's row
    insert({row(b, T0 + 40, u"y2"_s, u"INFO"_s)});
    LiveUpdate update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Ok);
    QCOMPARE(update.health[0].openCalls, 1);

    // A's caller is still waiting but A has written nothing for 110 s while B goes on: A is silent.
    m_now = T0 + 100;
    insert({row(b, T0 + 99, u"y3"_s, u"INFO"_s)});
    update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Silent);
    QCOMPARE(stateOf(update, b), PartitionHealth::State::Ok);
    QCOMPARE(update.health[0].since, T0 - 10 + 60);
    QCOMPARE(update.health[0].trustedUntil, T0 + 45); // its figures as of the last poll it was fine
    QVERIFY(update.anyTrouble());

    insert({row(a, T0 + 101, u"a1"_s, u"ABANDON"_s)});
    m_now = T0 + 105;
    update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Ok);
    QCOMPARE(update.health[0].trustedUntil, T0 + 105);
}

void TestLivePoller::allSilentAtOnceIsTheDatabaseBehind()
{
    // A replica whose replication stopped: the rows stop for every server at once while the
    // clock goes on and calls are open.
    const QString a = m_prefix + u"A"_s;
    const QString b = m_prefix + u"B"_s;
    qw::SourceBindings bindings;
    bindings.database = m_server.url();
    insert({row(a, T0 - 20, u"a1"_s, u"ENTERQUEUE"_s), row(b, T0 - 10, u"b1"_s, u"ENTERQUEUE"_s),
            row(b, T0 - 5, u"b1"_s, u"CONNECT"_s, u"Agent/7"_s)});
    auto live = monitor(u"cluster:%1|%2"_s.arg(a, b), bindings, 60);
    QSignalSpy spy(live.get(), &qw::LiveMonitor::updated);
    live->start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);

    m_now = T0 + 120;
    const LiveUpdate update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Behind);
    QCOMPARE(stateOf(update, b), PartitionHealth::State::Behind);
    QCOMPARE(update.health[0].since, T0 - 5 + 60); // the database's newest row + 60 s
    QCOMPARE(update.health[1].since, T0 - 5 + 60);
    QCOMPARE(update.dataAsOf(), T0 - 5);
    QCOMPARE(update.health[1].newestRow, T0 - 5);
    QCOMPARE(update.health[0].newestRow, T0 - 20);
}

void TestLivePoller::databaseGoesAwayAndComesBack()
{
    const QString a = m_prefix + u"A"_s;
    qw::SourceBindings bindings;
    bindings.database = m_server.url();
    insert({row(a, T0 - 30, u"c1"_s, u"ENTERQUEUE"_s)});
    auto live = monitor(u"sql:%1"_s.arg(a), bindings);
    QSignalSpy spy(live.get(), &qw::LiveMonitor::updated);
    live->start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    QCOMPARE(spy.last().first().value<LiveUpdate>().eventsTotal, qint64(1));

    QVERIFY(m_server.stop());
    m_connection->close();
    LiveUpdate update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Error);
    QVERIFY(!update.health.first().error.isEmpty());
    QCOMPARE(update.snapshot.waiting.size(), 1); // what was known stays on screen

    QCOMPARE(update.health.first().trustedUntil, T0); // the figures stay as of the last read
    QCOMPARE(update.health.first().lastSuccessfulPoll, T0);
    m_now = T0 + 20;
    update = pollAndWait(*live, spy); // still away: tried again, still in error, since unchanged
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Error);
    QCOMPARE(update.health.first().since, T0);

    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    insert({row(a, T0 - 20, u"c2"_s, u"ENTERQUEUE"_s)});
    // No backoff to sit out: the very next poll reads it again.
    m_now = T0 + 25;
    update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Ok);
    QCOMPARE(update.health.first().lastSuccessfulPoll, T0 + 25);
    QCOMPARE(update.eventsTotal, qint64(2)); // the row written during the outage, once
    QCOMPARE(update.snapshot.waiting.size(), 2);
}

void TestLivePoller::rowsFromTheFutureAreSetAside()
{
    const QString a = m_prefix + u"A"_s;
    qw::SourceBindings bindings;
    bindings.database = m_server.url();
    const qint64 farAhead = T0 + 3 * 365 * 86400; // a server whose clock says three years on
    insert({row(a, T0 - 30, u"f1"_s, u"ENTERQUEUE"_s), row(a, farAhead, u"f0"_s, u"ENTERQUEUE"_s)});
    auto live = monitor(u"sql:%1"_s.arg(a), bindings, 60);
    QSignalSpy spy(live.get(), &qw::LiveMonitor::updated);
    live->start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    LiveUpdate update = spy.last().first().value<LiveUpdate>();
    QCOMPARE(update.snapshot.waiting.size(), 1); // only the caller of now
    QCOMPARE(update.health[0].futureRows, qint64(1));
    QCOMPARE(update.health[0].firstFutureRow, farAhead);
    QCOMPARE(update.health[0].newestRow, T0 - 30); // the wrong clock moved nothing
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Ok);

    // The view keeps moving: rows of now still arrive, and the live clock is the real one.
    insert({row(a, T0 + 10, u"f2"_s, u"ENTERQUEUE"_s), row(a, T0 + 40, u"f1"_s, u"ABANDON"_s)});
    m_now = T0 + 20;
    update = pollAndWait(*live, spy);
    QCOMPARE(update.snapshot.waiting.size(), 2); // the ABANDON at T0 + 40 waits for its time
    QCOMPARE(update.snapshot.at, T0 + 20);
    m_now = T0 + 50;
    update = pollAndWait(*live, spy);
    QCOMPARE(update.snapshot.waiting.size(), 1); // now it is due, and applied once
    QCOMPARE(update.snapshot.waiting.first().callId, u"f2"_s);
    QCOMPARE(update.snapshot.queues.value(u"support"_s).today.unanswered, qint64(1));
    QCOMPARE(update.health[0].newestRow, T0 + 40);
    QCOMPARE(update.health[0].futureRows, qint64(1));
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Ok);
}

void TestLivePoller::tableReloadedIsRebuiltNotAdded()
{
    // The table dropped and created again under the window, then loaded again: the reloaded
    // rows get new keys. The view must show the day once, not the old rows plus the new.
    qw::test::TestMariaDb server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    qw::DatabaseConnection connection(server.url());
    QVERIFY(connection.open());
    const QString a = u"A"_s;
    const qw::EventBatch day {row(a, T0 - 300, u"d1"_s, u"ENTERQUEUE"_s), row(a, T0 - 290, u"d1"_s, u"ABANDON"_s),
                              row(a, T0 - 200, u"d2"_s, u"ENTERQUEUE"_s), row(a, T0 - 100, u"d2"_s, u"ABANDON"_s)};
    QVERIFY(qw::test::insertEvents(connection, day));
    qw::SourceBindings bindings;
    bindings.database = server.url();
    auto live = monitor(u"sql:A"_s, bindings);
    QSignalSpy spy(live.get(), &qw::LiveMonitor::updated);
    live->start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    LiveUpdate update = spy.last().first().value<LiveUpdate>();
    QCOMPARE(update.snapshot.queues.value(u"support"_s).today.offered, qint64(2));
    const quint64 generation = update.generation;

    QSqlQuery drop(connection.database());
    QVERIFY(drop.exec(u"DROP TABLE queue_log"_s));
    update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Error);
    QCOMPARE(update.snapshot.queues.value(u"support"_s).today.offered, qint64(2)); // the last known

    // Created again and loaded again: the auto-increment starts over, but one padding row
    // written and deleted first shifts every key, as a reload into a used table would.
    QString schemaError;
    QVERIFY2(qw::Schema::create(connection, &schemaError), qPrintable(schemaError));
    QVERIFY(qw::test::insertEvents(connection, {row(a, T0 - 400, u"pad"_s, u"INFO"_s)}));
    QVERIFY(drop.exec(u"DELETE FROM queue_log"_s));
    QVERIFY(qw::test::insertEvents(connection, day));
    update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Ok);
    QCOMPARE(update.snapshot.queues.value(u"support"_s).today.offered, qint64(2));
    QVERIFY(update.generation != generation); // rebuilt from the rows
    QCOMPARE(update.eventsTotal, qint64(4));
}

void TestLivePoller::unreachablePartitionDoesNotHoldUpOthers()
{
    const QString a = m_prefix + u"A"_s;
    const QString c = m_prefix + u"C"_s;
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"C.queue_log"_s);
    qw::SourceBindings bindings;
    bindings.database = m_server.url();
    bindings.partitionFiles.insert(c, missing); // C's log is not there (yet)
    auto live = monitor(u"cluster:%1|%2"_s.arg(a, c), bindings);
    QSignalSpy spy(live.get(), &qw::LiveMonitor::updated);
    live->start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    LiveUpdate update = spy.last().first().value<LiveUpdate>();
    QCOMPARE(stateOf(update, c), PartitionHealth::State::Error);
    QVERIFY2(update.health[1].error.contains(missing), qPrintable(update.health[1].error));

    insert({row(a, T0 - 5, u"a1"_s, u"ENTERQUEUE"_s)});
    update = pollAndWait(*live, spy);
    QCOMPARE(update.snapshot.waiting.size(), 1); // A goes on
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Ok);

    QFile file(missing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::number(T0 - 4) + "|c1|support|NONE|ENTERQUEUE||5550199|1\n");
    file.close();
    for (int attempt = 0; attempt < 4 && stateOf(update, c) != PartitionHealth::State::Ok; ++attempt)
        update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, c), PartitionHealth::State::Ok);
    QCOMPARE(update.snapshot.waiting.size(), 2);
}

void TestLivePoller::midnightStartsANewWindow()
{
    const QString a = m_prefix + u"A"_s;
    const qint64 midnight = T0 + 16 * 3600; // 2027-01-16 00:00 UTC
    qw::SourceBindings bindings;
    bindings.database = m_server.url();
    insert({row(a, midnight - 60, u"late"_s, u"ENTERQUEUE"_s), row(a, midnight - 30, u"late"_s, u"ABANDON"_s),
            row(a, midnight - 100, u"MANAGER"_s, u"ADDMEMBER"_s, u"Agent/1"_s)});
    m_now = midnight - 10;
    auto live = monitor(u"sql:%1"_s.arg(a), bindings);
    QSignalSpy spy(live.get(), &qw::LiveMonitor::updated);
    live->start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    LiveUpdate update = spy.last().first().value<LiveUpdate>();
    const quint64 generation = update.generation;
    QCOMPARE(update.snapshot.queues.value(u"support"_s).today.offered, qint64(1));

    m_now = midnight + 10;
    update = pollAndWait(*live, spy);
    QVERIFY(update.generation != generation);
    QCOMPARE(update.snapshot.windowStart, midnight);
    QCOMPARE(update.snapshot.queues.value(u"support"_s).today.offered, qint64(0)); // a new day
    QVERIFY(update.snapshot.agents.contains(u"Agent/1"_s)); // still a member from yesterday
}

QTEST_GUILESS_MAIN(TestLivePoller)
#include "tst_livepoller.moc"
