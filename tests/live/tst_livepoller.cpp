// The live poller against a real MariaDB: new rows appear once, silent partitions turn stale
// and back, a database that goes away and comes back is followed without restarting anything,
// and one unreachable partition does not hold up the others. Time is an injected clock.
#include "database/databaseconnection.h"
#include "live/livemonitor.h"
#include "support/queuelogtable.h"
#include "support/testmariadb.h"

#include <atomic>
#include <memory>
#include <QFile>
#include <QSignalSpy>
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
    void silentPartitionTurnsStaleAndBack();
    void databaseGoesAwayAndComesBack();
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
    settings.maxBackoffMs = 4 * settings.pollIntervalMs;
    settings.timeZone = QTimeZone::utc();
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

void TestLivePoller::silentPartitionTurnsStaleAndBack()
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

    m_now = T0 + 100; // 110 s since the newest row of either
    update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Stale);
    QCOMPARE(stateOf(update, b), PartitionHealth::State::Stale);
    QCOMPARE(update.health.first().since, T0 - 10 + 60); // stale since the newest row + 60 s

    insert({row(a, T0 + 95, u"z"_s, u"HEARTBEAT"_s)}); // a loader's heartbeat is a sign of life
    update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Ok);
    QCOMPARE(stateOf(update, b), PartitionHealth::State::Stale);
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

    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    insert({row(a, T0 - 20, u"c2"_s, u"ENTERQUEUE"_s)});
    // Backing off, the partition sits out a poll or two; then it is read again.
    for (int attempt = 0; attempt < 4 && stateOf(update, a) != PartitionHealth::State::Ok; ++attempt)
        update = pollAndWait(*live, spy);
    QCOMPARE(stateOf(update, a), PartitionHealth::State::Ok);
    QCOMPARE(update.eventsTotal, qint64(2)); // the row written during the outage, once
    QCOMPARE(update.snapshot.waiting.size(), 2);
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
