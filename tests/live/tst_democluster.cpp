// The embedded demo: it writes the day so far into SQLite, keeps appending as time goes on, and
// the live poller shows a moving call centre from it: agents in every state, calls waiting and
// talking, on all three servers; and its day so far looks like a normal working day whenever it
// is started (a quiet night, calls mostly in opening hours, mostly green figures).
#include "demo/democluster.h"
#include "live/livepoller.h"
#include "wallboard/tilestate.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Morning = 1800000000 + 2 * 3600; // 2027-01-15 10:00 UTC
}

class TestDemoCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoMovesAndShowsEverything();
    void dayLooksNormal_data();
    void dayLooksNormal();
};

void TestDemoCluster::demoMovesAndShowsEverything()
{
    QTemporaryDir dir;
    qint64 now = Morning;
    qw::DemoCluster::Settings settings;
    settings.databasePath = dir.filePath(u"demo.sqlite"_s);
    qw::DemoCluster demo(settings, [&now] { return now; });
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    const qint64 history = demo.rowsWritten();
    QVERIFY(history > 1000); // yesterday and this morning

    qw::LiveSettings live;
    live.spec = qw::DemoCluster::spec();
    live.bindings.database = demo.url();
    live.window.zone = demo.centreZone();
    live.pollIntervalMs = 3600 * 1000;
    qw::LivePoller poller(live, [&now] { return now; });
    qw::LiveUpdate last;
    connect(&poller, &qw::LivePoller::updated, this, [&last](const qw::LiveUpdate& update) { last = update; });
    poller.start();
    QVERIFY(last.eventsTotal > 0);
    QCOMPARE(last.snapshot.partitions, (QStringList {u"A"_s, u"B"_s, u"C"_s}));

    // Ten minutes of demo time, a poll every 5 s: collect what the panels would have shown.
    std::set<qw::LiveSnapshot::AgentState> states;
    std::set<int> talkingServers;
    int sawWaiting = 0;
    qint64 newEvents = 0;
    for (int step = 0; step < 120; ++step) {
        now += 5;
        QVERIFY2(demo.catchUp(), qPrintable(demo.errorString()));
        poller.pollNow();
        newEvents += last.eventsThisPoll;
        for (const auto& agent : last.snapshot.agents)
            states.insert(agent.state);
        for (const auto& call : last.snapshot.talking)
            talkingServers.insert(call.partitionIndex);
        sawWaiting += last.snapshot.waiting.isEmpty() ? 0 : 1;
        for (const qw::PartitionHealth& health : last.health)
            QCOMPARE(health.state, qw::PartitionHealth::State::Ok);
    }
    QVERIFY(demo.rowsWritten() > history); // it kept writing
    QVERIFY(newEvents > 50);
    QVERIFY(states.count(qw::LiveSnapshot::AgentState::Talking));
    QVERIFY(states.count(qw::LiveSnapshot::AgentState::Free));
    QVERIFY(states.count(qw::LiveSnapshot::AgentState::Paused));
    QCOMPARE(talkingServers.size(), std::size_t(3));
    QVERIFY(sawWaiting > 0);
    // Each person works on one server: no agent name is on two servers at once.
    for (auto it = last.snapshot.agents.cbegin(); it != last.snapshot.agents.cend(); ++it)
        QVERIFY2(last.snapshot.partitionNames(it->partitionMask).size() <= 1, qPrintable(it.key()));
}

void TestDemoCluster::dayLooksNormal_data()
{
    QTest::addColumn<qint64>("startedAt");
    // Started at any hour of the real day, the demo's centre is in its late morning.
    QTest::newRow("03:00 UTC") << qint64(1800000000 - 5 * 3600);
    QTest::newRow("10:00 UTC") << Morning;
    QTest::newRow("21:30 UTC") << qint64(1800000000 + 13 * 3600 + 1800);
}

void TestDemoCluster::dayLooksNormal()
{
    QFETCH(qint64, startedAt);
    QTemporaryDir dir;
    qw::DemoCluster::Settings settings;
    settings.databasePath = dir.filePath(u"demo.sqlite"_s);
    qw::DemoCluster demo(settings, [startedAt] { return startedAt; });
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    const QTimeZone zone = demo.centreZone();
    QCOMPARE(QDateTime::fromSecsSinceEpoch(startedAt, zone).time().hour(), 11);

    qw::LiveSettings live;
    live.spec = qw::DemoCluster::spec();
    live.bindings.database = demo.url();
    live.window.zone = zone;
    qw::LivePoller poller(live, [startedAt] { return startedAt; });
    qw::LiveUpdate last;
    connect(&poller, &qw::LivePoller::updated, this, [&last](const qw::LiveUpdate& update) { last = update; });
    poller.start();
    const qw::LiveSnapshot& snapshot = last.snapshot;
    QCOMPARE(QDateTime::fromSecsSinceEpoch(snapshot.windowStart, zone).time(), QTime(0, 0)); // the centre's day

    // Calls mostly in opening hours: the seven night hours before 07:00 hold under a fifth of the
    // day so far (11 hours).
    const QList<qw::HistoryPoint> centre = snapshot.history.value(QString());
    QVERIFY(!centre.isEmpty());
    qint64 night = 0;
    qint64 all = 0;
    qint64 offeredBefore = 0;
    for (const qw::HistoryPoint& point : centre) {
        const qint64 offered = point.todaySoFar.offered - offeredBefore; // the interval's own calls
        offeredBefore = point.todaySoFar.offered;
        all += offered;
        if (point.start < snapshot.windowStart + 7 * 3600)
            night += offered;
    }
    QVERIFY2(all > 1000, qPrintable(QString::number(all)));
    QVERIFY2(night * 5 < all, qPrintable(u"%1 of %2 calls before 07:00"_s.arg(night).arg(all)));

    // A healthy centre: no queue's service level today in the wallboard's red (under 60 %) nor a
    // suspicious 100 %, and at its default thresholds at least one queue calm.
    int calm = 0;
    for (auto it = snapshot.queues.cbegin(); it != snapshot.queues.cend(); ++it) {
        const auto sl = it->today.serviceLevel();
        QVERIFY2(sl && *sl >= 0.60 && *sl <= 0.99, qPrintable(u"%1: %2"_s.arg(it.key()).arg(sl.value_or(-1))));
        const qw::TileFigures figures = qw::tileFigures(snapshot, {it.key()}, startedAt);
        calm += qw::tileState(figures, qw::TileThresholds {}).level == qw::TileLevel::Normal ? 1 : 0;
    }
    QCOMPARE(snapshot.queues.size(), 3);
    QVERIFY(calm >= 1);
    // Agents come and go: some are on shift now, and some of today's shifts have not begun or are over.
    int loggedIn = 0;
    int loggedOff = 0;
    for (const auto& agent : snapshot.agents)
        (agent.state == qw::LiveSnapshot::AgentState::LoggedOff ? loggedOff : loggedIn) += 1;
    QVERIFY2(loggedIn >= 15, qPrintable(QString::number(loggedIn)));
    QVERIFY2(loggedOff >= 1, qPrintable(QString::number(loggedOff)));
}

QTEST_GUILESS_MAIN(TestDemoCluster)
#include "tst_democluster.moc"
