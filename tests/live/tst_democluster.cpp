// The embedded demo: it writes the day so far into SQLite, keeps appending as time goes on, and
// the live poller shows a moving call centre from it: agents in every state, calls waiting and
// talking, on all three servers.
#include "demo/democluster.h"
#include "live/livepoller.h"

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
};

void TestDemoCluster::demoMovesAndShowsEverything()
{
    QTemporaryDir dir;
    qint64 now = Morning;
    qw::DemoCluster::Settings settings;
    settings.databasePath = dir.filePath(u"demo.sqlite"_s);
    settings.timeZone = QTimeZone::utc();
    qw::DemoCluster demo(settings, [&now] { return now; });
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    const qint64 history = demo.rowsWritten();
    QVERIFY(history > 1000); // yesterday and this morning

    qw::LiveSettings live;
    live.spec = qw::DemoCluster::spec();
    live.bindings.database = demo.url();
    live.timeZone = QTimeZone::utc();
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

QTEST_GUILESS_MAIN(TestDemoCluster)
#include "tst_democluster.moc"
