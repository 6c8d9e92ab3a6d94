#pragma once

#include "database/databaseconnection.h"
#include "readers/batchhandler.h"
#include "readers/partitioncursor.h"
#include "readers/partitionreader.h"
#include "readers/queuelogfilereader.h"

#include <deque>
#include <memory>
#include <QCoreApplication>

namespace qw {

// Where the live poller gets the new rows of one partition: a partition of the queue_log table
// (read after a cursor) or a queue_log file being written (followed). poll() hands on only rows
// it has not handed on before, each once, and only rows dated up to the poll's `now`: a row
// from a server whose clock is ahead waits for its time, and one dated beyond `now` +
// FutureGrace is set aside and counted (futureRows()), so a wrong clock can never move the
// cursor or the live clocks ahead of the real time.
class PartitionFeed
{
public:
    static constexpr qint64 FutureGrace = 60; // seconds ahead that are only a clock a little fast

    struct FutureRows
    {
        qint64 count = 0;
        qint64 earliest = 0;
    };

    virtual ~PartitionFeed() = default;
    virtual ReadStatus poll(qint64 now, const BatchHandler& handler) = 0;
    // The time of the newest row handed on (HEARTBEAT rows included: they say the loader is alive).
    virtual qint64 newestTime() const = 0;
    virtual QString errorString() const = 0;
    virtual FutureRows futureRows() const { return {}; }
    // True after a poll that found rows it had handed on gone from the source (a table dropped
    // and loaded again): the state built from them must be rebuilt from the rows.
    virtual bool rowsWentAway() const { return false; }
    // Whether it reads through the poller's database connection.
    virtual bool usesDatabase() const { return false; }
};

class SqlPartitionFeed final : public PartitionFeed
{
public:
    // `connection` is the poller's, shared by all its partitions and used from its thread only.
    SqlPartitionFeed(DatabaseConnection& connection, const QString& partition, qint64 from);

    ReadStatus poll(qint64 now, const BatchHandler& handler) override;
    qint64 newestTime() const override { return m_cursor.newestTime(); }
    QString errorString() const override { return m_reader.errorString(); }
    FutureRows futureRows() const override { return m_future; }
    bool rowsWentAway() const override { return m_rowsWentAway; }
    bool usesDatabase() const override { return true; }

private:
    DatabaseConnection& m_connection;
    PartitionReader m_reader;
    PartitionCursor m_cursor;
    FutureRows m_future;
    bool m_rowsWentAway = false;
};

class FilePartitionFeed final : public PartitionFeed
{
public:
    FilePartitionFeed(const QString& path, const QString& partition, qint64 from);

    ReadStatus poll(qint64 now, const BatchHandler& handler) override;
    qint64 newestTime() const override { return m_newest; }
    QString errorString() const override { return m_error; }
    FutureRows futureRows() const override { return m_future; }

private:
    QString m_path;
    QString m_partition;
    qint64 m_from;
    std::unique_ptr<QueueLogFileReader> m_reader;
    // Rows a little ahead of the clock, in file order: handed on once their time has come.
    std::deque<QueueLogEvent> m_early;
    qint64 m_newest;
    FutureRows m_future;
    QString m_error;
};

// A partition of the spec with nothing behind it: every poll fails and says so.
class UnboundPartitionFeed final : public PartitionFeed
{
    Q_DECLARE_TR_FUNCTIONS(qw::UnboundPartitionFeed)
public:
    explicit UnboundPartitionFeed(const QString& partition);
    ReadStatus poll(qint64, const BatchHandler&) override { return ReadStatus::Failed; }
    qint64 newestTime() const override { return 0; }
    QString errorString() const override { return m_error; }

private:
    QString m_error;
};

} // namespace qw
