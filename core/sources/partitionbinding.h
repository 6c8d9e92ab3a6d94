#pragma once

#include "database/databaseurl.h"
#include "parsing/parseproblem.h"
#include "readers/batchhandler.h"
#include "readers/partitioncursor.h"

#include <deque>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <variant>

namespace qw {

class DatabaseConnection;
class PartitionReader;
class QueueLogFileReader;

// The distinct queue and agent names of a partition's rows in a period (empty and NONE left out),
// as they are written, before any cluster rule.
struct PartitionNames
{
    QSet<QString> queues;
    QSet<QString> agents;
    // Which agent values occur with which of the verbs MemberSplit looks at (distinct pairs).
    QSet<std::pair<QString, QString>> memberLines;

    // Counts one event's names (the bindings that read events rather than ask a database).
    void add(const QueueLogEvent& event);
    // The verbs whose agents tell whether a server logs its members under two names.
    static const QStringList& memberVerbs();
};

// How far one poll of a followed partition reads.
struct PollLimits
{
    qint64 upTo = 0; // rows dated up to here are handed on; later ones wait for their time
    qint64 futureAfter = 0; // rows dated after this come from a wrong clock: counted, never handed on
};

// One partition of a cluster and what backs it: a queue_log file or a partition of the queue_log
// table. The pipeline's two drivers read it in their two ways:
//  - readRange(): the rows of [from, to), once (reports). May run in any thread: a database
//    binding opens its own connection in the thread that reads, as QtSql requires;
//  - follow(), then poll() again and again: each row once, as it arrives (the live view). A row
//    dated after the poll's upTo waits for its time; one dated after futureAfter comes from a
//    server with a wrong clock: it is set aside and counted (futureRows()), and never moves the
//    cursor or the live clocks ahead of real time.
class PartitionBinding
{
public:
    struct FutureRows
    {
        qint64 count = 0;
        qint64 earliest = 0;
    };
    enum class FollowMode
    {
        Growing, // a file is still being written: a last line without newline waits for it
        Once // one read of what is there now: a last line without newline is read as it is
    };

    virtual ~PartitionBinding() = default;

    virtual QString partition() const = 0;
    // Where the rows come from, for messages ("file /x/A.queue_log", "partition A of mysql://…").
    virtual QString origin() const = 0;
    // The message of the last read or poll that failed.
    virtual QString errorString() const = 0;
    // Lines skipped as malformed by the last read (files only).
    virtual ParseProblemLog problems() const { return {}; }

    // Events with from <= time < to, in the partition's own order.
    virtual ReadStatus readRange(qint64 from, qint64 to, const BatchHandler& handler) = 0;
    // The names used in [from, to), asked cheaply enough for a dialog (the report wizard's
    // filters). `connection` as for poll(); a message on failure.
    virtual std::variant<PartitionNames, QString> namesIn(qint64 from, qint64 to, DatabaseConnection* connection) = 0;

    // (Re)starts following at `from`: the next poll hands on every row from there.
    virtual void follow(qint64 from, FollowMode mode) = 0;
    // The rows not handed on before, within `limits`. `connection` is the follower's connection
    // to database() (null for a binding without one); the binding closes it when a query fails,
    // so the next poll opens a fresh one and the cursor delivers exactly what this one did not.
    virtual ReadStatus poll(const PollLimits& limits, DatabaseConnection* connection, const BatchHandler& handler) = 0;
    // The time of the newest row polled (HEARTBEAT rows included: they say the loader is alive).
    virtual qint64 newestTime() const = 0;
    virtual FutureRows futureRows() const { return {}; }
    // True after a poll that found rows it had handed on gone from the source (a table dropped
    // and loaded again): whatever was built from them must be rebuilt by following again.
    virtual bool rowsWentAway() const { return false; }
    // The database it reads, if any: a follower opens one connection per database and thread.
    virtual std::optional<DatabaseUrl> database() const { return std::nullopt; }
};

// What a binding read in its source's own order (a file, a realtime table) keeps while it
// follows: a row dated after the poll's upTo waits for its time, and everything after it waits
// behind it (the source cannot be read again from the middle); a row dated after futureAfter
// comes from a wrong clock: counted, never handed on. Rows before the start are dropped.
class OrderedFollow
{
public:
    void restart(qint64 from);
    // The waiting rows whose time has come, into `kept`.
    void takeDue(qint64 upTo, EventBatch& kept);
    // One row just read: into `kept`, to the waiting rows, to the future count, or dropped.
    void route(QueueLogEvent&& event, const PollLimits& limits, EventBatch& kept);

    qint64 from() const { return m_from; }
    qint64 newest() const { return m_newest; }
    PartitionBinding::FutureRows future() const { return m_future; }

private:
    qint64 m_from = 0;
    std::deque<QueueLogEvent> m_early;
    qint64 m_newest = 0;
    PartitionBinding::FutureRows m_future;
};

class FilePartitionBinding final : public PartitionBinding
{
    Q_DECLARE_TR_FUNCTIONS(qw::FilePartitionBinding)
public:
    FilePartitionBinding(QString path, QString partition);
    ~FilePartitionBinding() override;

    QString partition() const override { return m_partition; }
    QString origin() const override;
    QString errorString() const override { return m_error; }
    ParseProblemLog problems() const override { return m_problems; }

    ReadStatus readRange(qint64 from, qint64 to, const BatchHandler& handler) override;
    std::variant<PartitionNames, QString> namesIn(qint64 from, qint64 to, DatabaseConnection* connection) override;

    void follow(qint64 from, FollowMode mode) override;
    ReadStatus poll(const PollLimits& limits, DatabaseConnection* connection, const BatchHandler& handler) override;
    qint64 newestTime() const override { return m_follow.newest(); }
    FutureRows futureRows() const override { return m_follow.future(); }

private:
    QString m_path;
    QString m_partition;
    QString m_error;
    ParseProblemLog m_problems;
    // Following:
    FollowMode m_mode = FollowMode::Growing;
    std::unique_ptr<QueueLogFileReader> m_follower;
    OrderedFollow m_follow;
};

class SqlPartitionBinding final : public PartitionBinding
{
    Q_DECLARE_TR_FUNCTIONS(qw::SqlPartitionBinding)
public:
    SqlPartitionBinding(DatabaseUrl url, QString partition);
    ~SqlPartitionBinding() override;

    QString partition() const override { return m_partition; }
    QString origin() const override;
    QString errorString() const override { return m_error; }

    ReadStatus readRange(qint64 from, qint64 to, const BatchHandler& handler) override;
    std::variant<PartitionNames, QString> namesIn(qint64 from, qint64 to, DatabaseConnection* connection) override;

    void follow(qint64 from, FollowMode mode) override;
    ReadStatus poll(const PollLimits& limits, DatabaseConnection* connection, const BatchHandler& handler) override;
    qint64 newestTime() const override { return m_cursor.newestTime(); }
    FutureRows futureRows() const override { return m_future; }
    bool rowsWentAway() const override { return m_rowsWentAway; }
    std::optional<DatabaseUrl> database() const override { return m_url; }

private:
    DatabaseUrl m_url;
    QString m_partition;
    QString m_error;
    // Following: a reader on the follower's connection, kept while that connection is the same.
    PartitionCursor m_cursor;
    std::unique_ptr<PartitionReader> m_reader;
    DatabaseConnection* m_readerConnection = nullptr;
    FutureRows m_future;
    bool m_rowsWentAway = false;
};

// A partition of the spec with nothing behind it: every read fails and says so.
class UnboundPartitionBinding final : public PartitionBinding
{
    Q_DECLARE_TR_FUNCTIONS(qw::UnboundPartitionBinding)
public:
    explicit UnboundPartitionBinding(QString partition);

    QString partition() const override { return m_partition; }
    QString origin() const override { return m_partition; }
    QString errorString() const override;

    ReadStatus readRange(qint64, qint64, const BatchHandler&) override { return ReadStatus::Failed; }
    std::variant<PartitionNames, QString> namesIn(qint64, qint64, DatabaseConnection*) override
    {
        return errorString();
    }
    void follow(qint64, FollowMode) override { }
    ReadStatus poll(const PollLimits&, DatabaseConnection*, const BatchHandler&) override { return ReadStatus::Failed; }
    qint64 newestTime() const override { return 0; }

private:
    QString m_partition;
};

} // namespace qw
