#include "pipeline/clustermerger.h"

namespace qw {

bool BatchInput::next(ClusterEventBatch& batch)
{
    if (m_taken)
        return false;
    m_taken = true;
    batch = std::move(m_batch);
    return true;
}

ClusterMerger::ClusterMerger(std::vector<MergeInput*> inputs)
    : m_inputs(std::move(inputs))
    , m_cursors(m_inputs.size())
{
    for (std::size_t i = 0; i < m_inputs.size(); ++i)
        refill(i);
}

bool ClusterMerger::refill(std::size_t input)
{
    Cursor& cursor = m_cursors[input];
    cursor.index = 0;
    cursor.batch.clear();
    while (!cursor.ended && cursor.batch.isEmpty()) {
        if (!m_inputs[input]->next(cursor.batch))
            cursor.ended = true;
    }
    return !cursor.ended;
}

const ClusterEvent* ClusterMerger::next()
{
    // Few partitions: a scan of the heads beats a heap. Ties in time go to the input that comes
    // first in the spec.
    std::size_t best = m_cursors.size();
    qint64 bestTime = 0;
    for (std::size_t i = 0; i < m_cursors.size(); ++i) {
        const Cursor& cursor = m_cursors[i];
        if (cursor.ended)
            continue;
        const qint64 time = cursor.batch[cursor.index].event.time;
        if (best == m_cursors.size() || time < bestTime) {
            best = i;
            bestTime = time;
        }
    }
    if (best == m_cursors.size())
        return nullptr;
    Cursor& cursor = m_cursors[best];
    const ClusterEvent* event = &cursor.batch[cursor.index];
    if (++cursor.index == cursor.batch.size()) {
        // The event must outlive the refill: keep the finished batch until the next call.
        m_lastBatch = std::move(cursor.batch);
        refill(best);
        return &m_lastBatch.last();
    }
    return event;
}

} // namespace qw
