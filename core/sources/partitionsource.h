#pragma once

#include "database/databaseurl.h"
#include "parsing/parseproblem.h"
#include "readers/batchhandler.h"

#include <memory>
#include <QCoreApplication>
#include <QString>

namespace qw {

// One partition of a source, whatever backs it: a queue_log file or a partition of the
// queue_log table. read() may run in any thread; a database-backed partition opens its own
// connection in the thread that reads, as QtSql requires.
class PartitionSource
{
public:
    virtual ~PartitionSource() = default;

    virtual QString partition() const = 0;
    // Where the rows come from, for messages ("file /x/A.queue_log", "mysql://…/qm partition A").
    virtual QString origin() const = 0;
    // Events with from <= time < to, in the partition's own order.
    virtual ReadStatus read(qint64 from, qint64 to, const BatchHandler& handler) = 0;
    virtual QString errorString() const = 0;
    // Lines skipped as malformed during the last read (files only).
    virtual ParseProblemLog problems() const { return {}; }
};

class FilePartitionSource final : public PartitionSource
{
    Q_DECLARE_TR_FUNCTIONS(qw::FilePartitionSource)
public:
    FilePartitionSource(QString path, QString partition);

    QString partition() const override { return m_partition; }
    QString origin() const override;
    ReadStatus read(qint64 from, qint64 to, const BatchHandler& handler) override;
    QString errorString() const override { return m_error; }
    ParseProblemLog problems() const override { return m_problems; }

private:
    QString m_path;
    QString m_partition;
    QString m_error;
    ParseProblemLog m_problems;
};

class SqlPartitionSource final : public PartitionSource
{
    Q_DECLARE_TR_FUNCTIONS(qw::SqlPartitionSource)
public:
    SqlPartitionSource(DatabaseUrl url, QString partition);

    QString partition() const override { return m_partition; }
    QString origin() const override;
    ReadStatus read(qint64 from, qint64 to, const BatchHandler& handler) override;
    QString errorString() const override { return m_error; }

private:
    DatabaseUrl m_url;
    QString m_partition;
    QString m_error;
};

using PartitionSources = std::vector<std::unique_ptr<PartitionSource>>;

} // namespace qw
