// The live models: every one passes QAbstractItemModelTester (alone and under a sorting proxy),
// a normal poll updates rows by key (exact signal counts, never a reset), a selection survives
// it, time columns tick between polls, and only a rebuilt window resets.
#include "live/models/agentmodel.h"
#include "live/models/callsmodel.h"
#include "live/models/modelroles.h"
#include "live/models/partitionhealthmodel.h"
#include "live/models/queuemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::LiveSnapshot;
using qw::LiveUpdate;

namespace {
constexpr qint64 At = 1800000000;

LiveSnapshot::Queue queue(int waiting, std::optional<qint64> longest, int talking, int free)
{
    LiveSnapshot::Queue q;
    q.waiting = waiting;
    q.longestWait = longest;
    q.talking = talking;
    q.loggedIn = free + talking;
    q.free = free;
    return q;
}

// A server read in this poll, its newest row at `newest`.
qw::PartitionHealth fineServer(const QString& name, qint64 newest)
{
    qw::PartitionHealth health;
    health.partition = name;
    health.since = At - 1000;
    health.newestRow = newest;
    health.lastSuccessfulPoll = At;
    health.trustedUntil = At;
    return health;
}

LiveUpdate firstUpdate()
{
    LiveUpdate update;
    update.generation = 1;
    LiveSnapshot& s = update.snapshot;
    s.at = At;
    s.partitions = {u"A"_s, u"B"_s};
    s.queues.insert(u"support"_s, queue(1, 30, 1, 0));
    s.queues.insert(u"sales"_s, queue(0, std::nullopt, 0, 2));
    s.waiting.append({0, u"c1"_s, u"support"_s, At - 30, u"5550100"_s, 1, 1});
    s.talking.append({1, u"c2"_s, u"support"_s, u"Agent/7"_s, At - 90});
    LiveSnapshot::Agent talking;
    talking.state = LiveSnapshot::AgentState::Talking;
    talking.since = At - 90;
    talking.partitionMask = 2;
    s.agents.insert(u"Agent/7"_s, talking);
    LiveSnapshot::Agent paused;
    paused.state = LiveSnapshot::AgentState::Paused;
    paused.pauseReason = u"Lunch"_s;
    paused.since = At - 600;
    paused.partitionMask = 1;
    s.agents.insert(u"Agent/8"_s, paused);
    update.health = {fineServer(u"A"_s, At - 5), fineServer(u"B"_s, At - 9)};
    return update;
}

// The next poll: sales went away, billing came, support changed; a call was answered.
LiveUpdate secondUpdate()
{
    LiveUpdate update = firstUpdate();
    LiveSnapshot& s = update.snapshot;
    s.at = At + 5;
    s.queues.remove(u"sales"_s);
    s.queues.insert(u"billing"_s, queue(0, std::nullopt, 0, 1));
    s.queues[u"support"_s] = queue(2, 35, 1, 0);
    s.waiting.append({1, u"c3"_s, u"support"_s, At + 1, u"5550111"_s, 2, 2});
    s.agents[u"Agent/8"_s].state = LiveSnapshot::AgentState::Free;
    s.agents[u"Agent/8"_s].pauseReason.clear();
    s.agents[u"Agent/8"_s].since = At + 3;
    update.health[1].state = qw::PartitionHealth::State::Error;
    update.health[1].error = u"Lost connection to server"_s;
    return update;
}

int rowOf(const QAbstractItemModel& model, const QString& key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(qw::KeyRole).toString() == key)
            return row;
    }
    return -1;
}
} // namespace

class TestLiveModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTheTester();
    void pollUpdatesByKey();
    void selectionSurvivesAPoll();
    void timesTickBetweenPolls();
    void rebuiltWindowResets();
    void rolesGiveRawValuesAndStates();
};

void TestLiveModels::modelsPassTheTester()
{
    qw::QueueModel queues;
    qw::AgentModel agents;
    qw::CallsModel waiting(qw::CallsModel::Kind::Waiting);
    qw::CallsModel talking(qw::CallsModel::Kind::Talking);
    qw::PartitionHealthModel health;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::vector<std::unique_ptr<QSortFilterProxyModel>> proxies;
    for (QAbstractItemModel* model :
         std::initializer_list<QAbstractItemModel*> {&queues, &agents, &waiting, &talking, &health}) {
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        auto proxy = std::make_unique<QSortFilterProxyModel>();
        proxy->setSourceModel(model);
        proxy->setSortRole(qw::SortRole);
        proxy->sort(1, Qt::DescendingOrder);
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        proxies.push_back(std::move(proxy));
    }
    for (const LiveUpdate& update : {firstUpdate(), secondUpdate(), firstUpdate()}) {
        queues.apply(update);
        agents.apply(update);
        waiting.apply(update);
        talking.apply(update);
        health.apply(update);
        queues.setNow(update.snapshot.at + 1);
        agents.setNow(update.snapshot.at + 1);
        waiting.setNow(update.snapshot.at + 1);
    }
    QCOMPARE(queues.rowCount(), 2);
    QCOMPARE(waiting.rowCount(), 1);
}

void TestLiveModels::pollUpdatesByKey()
{
    qw::QueueModel model;
    model.apply(firstUpdate());
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.apply(secondUpdate());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1); // sales
    QCOMPARE(inserted.count(), 1); // billing
    // support, and B falling into error: every row is told once, as how stale rows look changed.
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(rowOf(model, u"support"_s), qw::QueueModel::Waiting).data().toInt(), 2);

    // The same snapshot again: nothing to tell the views.
    model.apply(secondUpdate());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);

    qw::CallsModel waiting(qw::CallsModel::Kind::Waiting);
    waiting.apply(firstUpdate());
    QSignalSpy callInserted(&waiting, &QAbstractItemModel::rowsInserted);
    QSignalSpy callChanged(&waiting, &QAbstractItemModel::dataChanged);
    waiting.apply(secondUpdate());
    QCOMPARE(callInserted.count(), 1);
    QCOMPARE(callChanged.count(), 1); // c1 is the same call, restyled once for B's error; no other change
    QCOMPARE(waiting.rowCount(), 2);
}

void TestLiveModels::selectionSurvivesAPoll()
{
    qw::AgentModel model;
    model.apply(firstUpdate());
    QItemSelectionModel selection(&model);
    const int row = rowOf(model, u"Agent/8"_s);
    selection.select(model.index(row, 0), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    model.apply(secondUpdate());
    QVERIFY(selection.hasSelection());
    QCOMPARE(selection.selectedRows().first().data(qw::KeyRole).toString(), u"Agent/8"_s);
    QCOMPARE(selection.selectedRows().first().siblingAtColumn(qw::AgentModel::State).data().toString(),
             qw::AgentModel::stateText(LiveSnapshot::AgentState::Free));
}

void TestLiveModels::timesTickBetweenPolls()
{
    qw::QueueModel queues;
    queues.apply(firstUpdate());
    const QModelIndex longest = queues.index(rowOf(queues, u"support"_s), qw::QueueModel::LongestWait);
    QCOMPARE(longest.data(qw::SortRole).toLongLong(), qint64(30));
    QCOMPARE(longest.data().toString(), u"0:30"_s);
    QSignalSpy changed(&queues, &QAbstractItemModel::dataChanged);
    queues.setNow(At + 45);
    QCOMPARE(changed.count(), 1);
    const auto args = changed.first();
    QCOMPARE(args.at(0).value<QModelIndex>().column(), int(qw::QueueModel::LongestWait));
    QCOMPARE(args.at(1).value<QModelIndex>().column(), int(qw::QueueModel::LongestWait));
    QCOMPARE(longest.data(qw::SortRole).toLongLong(), qint64(75));
    QCOMPARE(longest.data().toString(), u"1:15"_s);

    qw::AgentModel agents;
    agents.apply(firstUpdate());
    agents.setNow(At + 3600);
    QCOMPARE(agents.index(rowOf(agents, u"Agent/8"_s), qw::AgentModel::TimeInState).data().toString(), u"1:10:00"_s);
}

void TestLiveModels::rebuiltWindowResets()
{
    qw::CallsModel talking(qw::CallsModel::Kind::Talking);
    talking.apply(firstUpdate());
    QSignalSpy reset(&talking, &QAbstractItemModel::modelReset);
    LiveUpdate next = secondUpdate();
    talking.apply(next);
    QCOMPARE(reset.count(), 0);
    next.generation = 2; // midnight: a new window
    talking.apply(next);
    QCOMPARE(reset.count(), 1);
}

void TestLiveModels::rolesGiveRawValuesAndStates()
{
    qw::AgentModel agents;
    agents.apply(firstUpdate());
    const int paused = rowOf(agents, u"Agent/8"_s);
    QCOMPARE(agents.index(paused, qw::AgentModel::State).data(qw::StateRole).toString(), u"paused"_s);
    QCOMPARE(agents.index(paused, qw::AgentModel::PauseReason).data().toString(), u"Lunch"_s);
    QCOMPARE(agents.index(paused, qw::AgentModel::Servers).data().toString(), u"A"_s);
    QCOMPARE(agents.index(rowOf(agents, u"Agent/7"_s), qw::AgentModel::Servers).data().toString(), u"B"_s);

    qw::QueueModel queues;
    queues.apply(firstUpdate());
    // support: a caller waiting and nobody free.
    QCOMPARE(queues.index(rowOf(queues, u"support"_s), 0).data(qw::StateRole).toString(), u"unattended"_s);
    QCOMPARE(queues.index(rowOf(queues, u"sales"_s), qw::QueueModel::LongestWait).data().toString(), QString());

    qw::PartitionHealthModel health;
    health.apply(secondUpdate());
    QCOMPARE(health.index(1, qw::PartitionHealthModel::State).data(qw::StateRole).toString(), u"error"_s);
    QCOMPARE(health.index(1, qw::PartitionHealthModel::Error).data().toString(), u"Lost connection to server"_s);
    QCOMPARE(health.headerData(0, Qt::Horizontal).toString(), u"Server"_s);
}

QTEST_GUILESS_MAIN(TestLiveModels)
#include "tst_livemodels.moc"
