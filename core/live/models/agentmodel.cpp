#include "live/models/agentmodel.h"

#include "live/models/modelroles.h"

using namespace Qt::StringLiterals;

namespace qw {

AgentModel::AgentModel(QObject* parent)
    : KeyedRowsModel(parent)
{ }

QString AgentModel::stateText(LiveSnapshot::AgentState state)
{
    switch (state) {
    case LiveSnapshot::AgentState::Free:
        return tr("Free");
    case LiveSnapshot::AgentState::Paused:
        return tr("Paused");
    case LiveSnapshot::AgentState::Talking:
        return tr("On a call");
    case LiveSnapshot::AgentState::LoggedOff:
        return tr("Logged off");
    }
    return {};
}

QString AgentModel::stateText(LiveSnapshot::AgentState state, DeviceState device)
{
    if (state == LiveSnapshot::AgentState::Talking || state == LiveSnapshot::AgentState::Paused)
        return stateText(state);
    switch (device) {
    case DeviceState::Ringing:
    case DeviceState::RingInUse:
        return tr("Ringing");
    case DeviceState::Unavailable:
        return tr("Unavailable");
    case DeviceState::Invalid:
        return tr("Invalid device");
    default:
        return stateText(state);
    }
}

void AgentModel::apply(const LiveUpdate& update)
{
    const LiveSnapshot& snapshot = update.snapshot;
    QList<AgentRow> rows;
    for (auto it = snapshot.agents.cbegin(); it != snapshot.agents.cend(); ++it) {
        const LiveSnapshot::Agent& agent = it.value();
        rows.append(AgentRow {it.key(), agent.state, agent.pauseReason, agent.since,
                              snapshot.partitionNames(agent.partitionMask).join(u", "_s), agent.queues.join(u", "_s),
                              agent.answeredToday, agent.partitionMask, agent.device, agent.managedMask != 0});
    }
    applyRows(std::move(rows), update);
}

void AgentModel::setNow(qint64 now)
{
    tickTo(now, TimeInState, TimeInState);
}

QVariant AgentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AgentRow& row = rowAt(index);
    if (role == KeyRole)
        return row.name;
    if (role == StateRole)
        return QString::fromLatin1(agentStateName(row.state));
    if (role == StaleRole)
        return !partitionsInTrouble(row.partitionMask).isEmpty();
    if (role == Qt::ToolTipRole) {
        const QString stale = staleText(row.partitionMask);
        if (!stale.isEmpty() || index.column() != State)
            return stale;
        return row.managed ? tr("As its server's manager interface reports it now.")
                           : tr("As the queue_log says (no manager interface for its server).");
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    switch (index.column()) {
    case Name:
        return row.name;
    case State:
        return raw ? QVariant(int(row.state)) : QVariant(stateText(row.state, row.device));
    case PauseReason:
        return row.pauseReason;
    case TimeInState:
        return elapsedCell(row.since, raw, row.partitionMask);
    case Servers:
        return row.servers;
    case Queues:
        return row.queues;
    case AnsweredToday:
        return row.answeredToday;
    default:
        return {};
    }
}

QVariant AgentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name:
            return tr("The agent as queue_log names it (with clustrw, renamed per server: Agent/101 on A is "
                      "Agent/A-101).");
        case State:
            return tr("On a call while a call it answered is open (also without a login, as static members "
                      "take calls); otherwise Paused while any pause is open; Free while logged in to a queue; "
                      "else Logged off.");
        case PauseReason:
            return tr("The reason given with the most recent pause still open.");
        case TimeInState:
            return tr("Time since the state last changed (since the start of the live window when it has not "
                      "changed in it).");
        case Servers:
            return tr("The servers whose events make up this agent's row today.");
        case Queues:
            return tr("The queues the agent is a member of now.");
        case AnsweredToday:
            return tr("Calls this agent answered in the live window (since midnight unless a sliding window is "
                      "set) that have ended.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Agent");
    case State:
        return tr("State");
    case PauseReason:
        return tr("Pause reason");
    case TimeInState:
        return tr("Time in state");
    case Servers:
        return tr("Server");
    case Queues:
        return tr("Queues");
    case AnsweredToday:
        return tr("Answered today");
    default:
        return {};
    }
}

} // namespace qw
