#include "readers/partitioncursor.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace qw {

PartitionCursor::PartitionCursor(qint64 startTime, qint64 lateRowWindow)
    : m_startTime(startTime)
    , m_lateRowWindow(std::max<qint64>(0, lateRowWindow))
    , m_newestTime(startTime)
{ }

qint64 PartitionCursor::pollFrom() const
{
    return std::max(m_startTime, m_newestTime - m_lateRowWindow);
}

bool PartitionCursor::hasSeen(qint64 time, qint64 rowKey) const
{
    return m_seen.contains({time, rowKey});
}

void PartitionCursor::markSeen(qint64 time, qint64 rowKey)
{
    m_seen.insert({time, rowKey});
    m_newestTime = std::max(m_newestTime, time);
}

qsizetype PartitionCursor::rememberedUpTo(qint64 time) const
{
    const auto end = m_seen.upper_bound({time, std::numeric_limits<qint64>::max()});
    return qsizetype(std::distance(m_seen.begin(), end));
}

void PartitionCursor::prune()
{
    const auto firstKept = m_seen.lower_bound({pollFrom(), std::numeric_limits<qint64>::min()});
    m_seen.erase(m_seen.begin(), firstKept);
}

} // namespace qw
