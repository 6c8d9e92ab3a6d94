#include "live/models/queuemodel.h"

#include "live/models/modelroles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace qw {

QueueModel::QueueModel(QObject* parent)
    : KeyedRowsModel(parent)
{ }

void QueueModel::apply(const LiveUpdate& update)
{
    const LiveSnapshot& snapshot = update.snapshot;
    QHash<QString, QList<qint64>> oldest;
    for (const auto& call : snapshot.waiting) {
        QList<qint64>& since = oldest[call.queue];
        if (since.size() <= call.partitionIndex)
            since.resize(call.partitionIndex + 1, 0);
        qint64& first = since[call.partitionIndex];
        first = first == 0 ? call.since : std::min(first, call.since);
    }
    QList<QueueRow> rows;
    for (auto it = snapshot.queues.cbegin(); it != snapshot.queues.cend(); ++it) {
        const LiveSnapshot::Queue& q = it.value();
        rows.append(QueueRow {it.key(), q.waiting, oldest.value(it.key()), q.talking, q.loggedIn, q.free, q.paused,
                              q.today.offered, q.today.answered, q.today.serviceLevel(), q.partitionMask});
    }
    applyRows(std::move(rows), update);
}

std::optional<qint64> QueueModel::longestWait(const QueueRow& row) const
{
    std::optional<qint64> longest;
    for (qsizetype p = 0; p < row.oldestWaitingSince.size(); ++p) {
        if (row.oldestWaitingSince[p] > 0)
            longest = std::max(longest.value_or(0), clockFor(quint64(1) << p) - row.oldestWaitingSince[p]);
    }
    return longest;
}

void QueueModel::setNow(qint64 now)
{
    tickTo(now, LongestWait, LongestWait);
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QueueRow& row = rowAt(index);
    if (role == KeyRole)
        return row.name;
    if (role == StaleRole)
        return !partitionsInTrouble(row.partitionMask).isEmpty();
    if (role == Qt::ToolTipRole)
        return staleText(row.partitionMask);
    if (role == StateRole) {
        if (row.waiting > 0 && row.free == 0)
            return u"unattended"_s; // callers waiting and nobody free to take them
        return row.waiting > 0 ? u"waiting"_s : u"idle"_s;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    switch (index.column()) {
    case Name:
        return row.name;
    case Waiting:
        return row.waiting;
    case LongestWait: {
        const std::optional<qint64> longest = longestWait(row);
        if (!longest)
            return raw ? QVariant(qint64(-1)) : QVariant(QString());
        return raw ? QVariant(*longest) : QVariant(durationText(*longest));
    }
    case Talking:
        return row.talking;
    case LoggedIn:
        return row.loggedIn;
    case Free:
        return row.free;
    case Paused:
        return row.paused;
    case Offered:
        return row.offeredToday;
    case Answered:
        return row.answeredToday;
    case ServiceLevel:
        if (!row.serviceLevelToday)
            return raw ? QVariant(-1.0) : QVariant(QString());
        return raw ? QVariant(*row.serviceLevelToday)
                   : QVariant(tr("%1 %").arg(QLocale().toString(*row.serviceLevelToday * 100, 'f', 0)));
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name:
            return tr("Queues with the same name on several servers are one queue.");
        case Waiting:
            return tr("Callers in the queue now, not yet answered (a caller waiting over 1,000 s is no longer "
                      "counted: its exit was not logged).");
        case LongestWait:
            return tr("How long the caller who has waited longest has been waiting.");
        case Talking:
            return tr("Calls of this queue in conversation with an agent now.");
        case LoggedIn:
            return tr("Agents who are members of this queue now, on a call or not.");
        case Free:
            return tr("Logged-in agents of this queue who are neither paused nor on a call.");
        case Paused:
            return tr("Logged-in agents of this queue who are paused and not on a call.");
        case Offered:
            return tr("Calls that entered this queue in the live window (since midnight unless a sliding window "
                      "is set) and have ended: answered plus unanswered. Calls still waiting or talking are not "
                      "counted yet.");
        case Answered:
            return tr("Calls of \"Offered today\" that an agent answered.");
        case ServiceLevel:
            return tr("Service level in the live window: calls answered within the threshold (20 s unless set), "
                      "divided by the offered calls minus those that gave up within the threshold. Empty when "
                      "nothing can be divided.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Queue");
    case Waiting:
        return tr("Waiting");
    case LongestWait:
        return tr("Longest wait");
    case Talking:
        return tr("Talking");
    case LoggedIn:
        return tr("Logged in");
    case Free:
        return tr("Free");
    case Paused:
        return tr("Paused");
    case Offered:
        return tr("Offered today");
    case Answered:
        return tr("Answered today");
    case ServiceLevel:
        return tr("SL today");
    default:
        return {};
    }
}

} // namespace qw
