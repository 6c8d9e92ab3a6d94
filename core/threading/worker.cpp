#include "threading/worker.h"

namespace qw {

Worker::Worker(const QString& name, QObject* parent)
    : QObject(parent)
    , m_context(new QObject) // parentless: it moves to the thread, and is deleted there at the end
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

Worker::~Worker()
{
    for (Lane& lane : m_lanes) {
        if (lane.cancelled)
            *lane.cancelled = true;
    }
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void Worker::cancel(int lane)
{
    const auto found = m_lanes.find(lane);
    if (found == m_lanes.end())
        return;
    if (found->cancelled)
        *found->cancelled = true;
    found->settled = found->latest;
}

bool Worker::isBusy(int lane) const
{
    const auto found = m_lanes.constFind(lane);
    return found != m_lanes.cend() && found->settled != found->latest;
}

bool Worker::isCurrent(int lane, quint64 id) const
{
    const auto found = m_lanes.constFind(lane);
    return found != m_lanes.cend() && found->latest == id && found->settled != id;
}

void Worker::settle(int lane, quint64 id)
{
    const auto found = m_lanes.find(lane);
    if (found != m_lanes.end() && found->latest == id)
        found->settled = id;
}

} // namespace qw
