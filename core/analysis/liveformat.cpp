#include "analysis/liveformat.h"

#include "analysis/jsonvalues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace qw {

QJsonObject liveToJson(const LiveSnapshot& snapshot)
{
    QJsonArray waiting;
    for (const auto& call : snapshot.waiting) {
        waiting.append(QJsonObject {{u"server"_s, snapshot.partitions.value(call.partitionIndex)},
                                    {u"call_id"_s, call.callId},
                                    {u"queue"_s, call.queue},
                                    {u"since"_s, call.since},
                                    {u"caller"_s, call.caller},
                                    {u"position"_s, jsonOrNull(call.position)}});
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
    return QJsonObject {{u"at"_s, snapshot.at},  {u"window_start"_s, snapshot.windowStart},
                        {u"waiting"_s, waiting}, {u"talking"_s, talking},
                        {u"agents"_s, agents},   {u"queues"_s, queues}};
}

} // namespace qw
