#include "live/liveformat.h"

#include "live/healthtext.h"

#include "json/jsonvalues.h"
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// Zero means "never" in PartitionHealth; JSON says it with null.
QJsonValue timeOrNull(qint64 time)
{
    return time > 0 ? QJsonValue(time) : QJsonValue(QJsonValue::Null);
}

QJsonObject healthToJson(const QList<PartitionHealth>& health)
{
    QJsonObject partitions;
    for (const PartitionHealth& partition : health) {
        partitions.insert(
            partition.partition,
            QJsonObject {
                {u"state"_s, HealthText::stateWord(partition.state)},
                {u"since"_s, timeOrNull(partition.since)},
                {u"newest_row"_s, timeOrNull(partition.newestRow)},
                {u"last_read"_s, timeOrNull(partition.lastSuccessfulPoll)},
                {u"open_calls"_s, partition.openCalls},
                {u"future_rows"_s, partition.futureRows},
                {u"error"_s, partition.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(partition.error)}});
    }
    return partitions;
}
} // namespace

QJsonObject liveToJson(const LiveSnapshot& snapshot, const QList<PartitionHealth>& health)
{
    QJsonArray waiting;
    for (const auto& call : snapshot.waiting) {
        waiting.append(QJsonObject {{u"server"_s, snapshot.partitions.value(call.partitionIndex)},
                                    {u"call_id"_s, call.callId},
                                    {u"queue"_s, call.queue},
                                    {u"since"_s, call.since},
                                    {u"caller"_s, call.caller},
                                    {u"position"_s, jsonOrNull(call.position)},
                                    {u"place"_s, jsonOrNull(call.place)}});
    }
    QJsonArray talking;
    for (const auto& call : snapshot.talking) {
        talking.append(QJsonObject {{u"server"_s, snapshot.partitions.value(call.partitionIndex)},
                                    {u"call_id"_s, call.callId},
                                    {u"queue"_s, call.queue},
                                    {u"agent"_s, jsonOrNull(call.agent)},
                                    {u"since"_s, call.since}});
    }
    QJsonObject agents;
    for (auto it = snapshot.agents.cbegin(); it != snapshot.agents.cend(); ++it) {
        const auto& agent = it.value();
        const bool paused = agent.state == LiveSnapshot::AgentState::Paused;
        agents.insert(
            it.key(),
            QJsonObject {{u"state"_s, QLatin1StringView(agentStateName(agent.state))},
                         {u"pause_reason"_s, paused ? QJsonValue(agent.pauseReason) : QJsonValue(QJsonValue::Null)},
                         {u"since"_s, agent.since},
                         {u"queues"_s, QJsonArray::fromStringList(agent.queues)},
                         {u"servers"_s, QJsonArray::fromStringList(snapshot.partitionNames(agent.partitionMask))}});
    }
    QJsonObject queues;
    for (auto it = snapshot.queues.cbegin(); it != snapshot.queues.cend(); ++it) {
        const auto& queue = it.value();
        queues.insert(it.key(),
                      QJsonObject {{u"waiting"_s, queue.waiting},
                                   {u"longest_wait"_s, jsonOrNull(queue.longestWait)},
                                   {u"talking"_s, queue.talking},
                                   {u"logged_in"_s, queue.loggedIn},
                                   {u"free"_s, queue.free},
                                   {u"paused"_s, queue.paused},
                                   {u"today"_s,
                                    QJsonObject {{u"offered"_s, queue.today.offered},
                                                 {u"answered"_s, queue.today.answered},
                                                 {u"unanswered"_s, queue.today.unanswered},
                                                 {u"service_level"_s, jsonOrNull(queue.today.serviceLevel())}}}});
    }
    // Servers whose log names members two ways, with interfaces seen only adding or removing them.
    QJsonObject memberSplit;
    for (auto it = snapshot.memberSplit.cbegin(); it != snapshot.memberSplit.cend(); ++it)
        memberSplit.insert(snapshot.partitions.value(it.key()), QJsonArray::fromStringList(it.value()));
    QJsonObject live {{u"at"_s, snapshot.at},          {u"window_start"_s, snapshot.windowStart},
                      {u"waiting"_s, waiting},         {u"talking"_s, talking},
                      {u"agents"_s, agents},           {u"queues"_s, queues},
                      {u"member_split"_s, memberSplit}};
    if (!health.isEmpty())
        live.insert(u"partitions"_s, healthToJson(health));
    return live;
}

} // namespace qw
