#pragma once

#include <atomic>
#include <memory>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace qw {

// What a request running in a Worker can ask of it: whether to stop early (a newer request of
// its lane replaced it, or the worker is going away), and a way to send something (progress)
// back to the owner's thread, delivered only while the request is still the newest.
class WorkerTask
{
public:
    bool isCancelled() const
    {
        return m_cancelled->load(std::memory_order_relaxed) || QThread::currentThread()->isInterruptionRequested();
    }
    // For code that polls a flag itself (the report runner): raised on cancel, not on interruption;
    // the worker raises every flag before it interrupts its thread.
    const std::atomic<bool>* cancelFlag() const { return m_cancelled.get(); }

    // Runs `call` in the owner's thread if this request is still the newest of its lane then.
    template<typename Call> void toOwner(Call call) const;

private:
    friend class Worker;
    WorkerTask(class Worker* worker, int lane, quint64 id, std::shared_ptr<std::atomic<bool>> cancelled)
        : m_worker(worker)
        , m_lane(lane)
        , m_id(id)
        , m_cancelled(std::move(cancelled))
    { }

    QPointer<class Worker> m_worker;
    int m_lane;
    quint64 m_id;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

// One worker thread, and the one way QueueWatch runs anything in the background:
//  - objects that must live in the thread (a poller with its timer and database connection, the
//    demo's writer) are adopted: created by the owner, moved in, deleted in the thread when the
//    worker ends;
//  - requests are functions run in the thread, in order; each belongs to a lane, and a newer
//    request of the same lane cancels the older one (its WorkerTask says so) and is the only
//    one whose result is delivered: a window never sees a stale result;
//  - results come back as calls in the owner's thread (the thread the Worker lives in);
//  - the destructor cancels everything, asks the thread to stop (requestInterruption), quits
//    and waits, so nothing outlives its owner.
class Worker : public QObject
{
    Q_OBJECT
public:
    explicit Worker(const QString& name, QObject* parent = nullptr);
    ~Worker() override;
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    // Moves a parentless object into the worker thread; it is deleted there when the worker ends.
    template<typename T> T* adopt(std::unique_ptr<T> object)
    {
        T* adopted = object.release();
        adopted->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, adopted, &QObject::deleteLater);
        return adopted;
    }

    // Runs work(task) in the worker thread, then deliver(result) in the owner's thread if the
    // request is still the newest of its lane. Starting a request cancels the lane's older one.
    template<typename Work, typename Deliver> void run(int lane, Work work, Deliver deliver);
    // Cancels the lane's request: its result (and anything it sends) is dropped.
    void cancel(int lane);
    // Whether a request of the lane has not been delivered or cancelled yet.
    bool isBusy(int lane) const;

    // Runs `call` in the worker thread without waiting (start a poller, ask for a poll).
    template<typename Call> void post(Call call)
    {
        QMetaObject::invokeMethod(m_context, std::move(call), Qt::QueuedConnection);
    }
    // Runs `call` in the worker thread and waits for it: to stop adopted objects in their thread.
    template<typename Call> void postAndWait(Call call)
    {
        QMetaObject::invokeMethod(m_context, std::move(call), Qt::BlockingQueuedConnection);
    }

private:
    friend class WorkerTask;
    struct Lane
    {
        quint64 latest = 0; // the newest request's id
        quint64 settled = 0; // the newest id delivered or cancelled
        std::shared_ptr<std::atomic<bool>> cancelled;
    };
    // In the owner's thread: whether `id` is still the lane's newest request, not cancelled.
    bool isCurrent(int lane, quint64 id) const;
    void settle(int lane, quint64 id);

    QThread m_thread;
    QObject* m_context; // lives in m_thread: queued calls run there
    QHash<int, Lane> m_lanes; // touched in the owner's thread only
};

template<typename Call> void WorkerTask::toOwner(Call call) const
{
    QMetaObject::invokeMethod(
        m_worker.data(),
        [worker = m_worker, lane = m_lane, id = m_id, call = std::move(call)]() mutable {
            if (worker && worker->isCurrent(lane, id))
                call();
        },
        Qt::QueuedConnection);
}

template<typename Work, typename Deliver> void Worker::run(int lane, Work work, Deliver deliver)
{
    cancel(lane);
    Lane& state = m_lanes[lane];
    const quint64 id = ++state.latest;
    state.cancelled = std::make_shared<std::atomic<bool>>(false);
    const WorkerTask task(this, lane, id, state.cancelled);
    post([task, work = std::move(work), deliver = std::move(deliver)]() mutable {
        if (task.isCancelled())
            return;
        auto result = work(task);
        task.toOwner([task, deliver = std::move(deliver), result = std::move(result)]() mutable {
            task.m_worker->settle(task.m_lane, task.m_id);
            deliver(std::move(result));
        });
    });
}

} // namespace qw
