#pragma once

#include "database/databaseconnection.h"
#include "readers/batchhandler.h"
#include "readers/partitioncursor.h"
#include "readers/partitionreader.h"
#include "readers/queuelogfilereader.h"

#include <memory>
#include <QCoreApplication>

namespace qw {

// Where the live poller gets the new rows of one partition: a partition of the queue_log table
// (read after a cursor) or a queue_log file being written (followed). poll() hands on only rows
// it has not handed on before, each once.
class PartitionFeed
{
public:
    virtual ~PartitionFeed() = default;
    virtual ReadStatus poll(const BatchHandler& handler) = 0;
    // The time of the newest row seen (HEARTBEAT rows included: they say the loader is alive).
    virtual qint64 newestTime() const = 0;
    virtual QString errorString() const = 0;
};

class SqlPartitionFeed final : public PartitionFeed
{
public:
    // `connection` is the poller's, shared by all its partitions and used from its thread only.
    SqlPartitionFeed(DatabaseConnection& connection, const QString& partition, qint64 from);

    ReadStatus poll(const BatchHandler& handler) override;
    qint64 newestTime() const override { return m_cursor.newestTime(); }
    QString errorString() const override { return m_reader.errorString(); }

private:
    DatabaseConnection& m_connection;
    PartitionReader m_reader;
    PartitionCursor m_cursor;
};

class FilePartitionFeed final : public PartitionFeed
{
public:
    FilePartitionFeed(const QString& path, const QString& partition, qint64 from);

    ReadStatus poll(const BatchHandler& handler) override;
    qint64 newestTime() const override { return m_newest; }
    QString errorString() const override { return m_error; }

private:
    QString m_path;
    QString m_partition;
    qint64 m_from;
    std::unique_ptr<QueueLogFileReader> m_reader;
    qint64 m_newest;
    QString m_error;
};

// A partition of the spec with nothing behind it: every poll fails and says so.
class UnboundPartitionFeed final : public PartitionFeed
{
    Q_DECLARE_TR_FUNCTIONS(qw::UnboundPartitionFeed)
public:
    explicit UnboundPartitionFeed(const QString& partition);
    ReadStatus poll(const BatchHandler&) override { return ReadStatus::Failed; }
    qint64 newestTime() const override { return 0; }
    QString errorString() const override { return m_error; }

private:
    QString m_error;
};

} // namespace qw
