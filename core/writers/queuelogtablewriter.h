#pragma once

#include "events/queuelogevent.h"

#include <QCoreApplication>
#include <QString>

namespace qw {

class DatabaseConnection;

// Appends events to a queue_log table, many rows per INSERT (bound values, never SQL text) and
// one transaction per append(): a failure leaves none of the batch behind. Each event goes to
// the partition named in it; unique_row_count follows the order given.
class QueueLogTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(qw::QueueLogTableWriter)
public:
    static constexpr qsizetype RowsPerStatement = 1000;

    explicit QueueLogTableWriter(DatabaseConnection& connection, QString table = QStringLiteral("queue_log"));

    bool append(const EventBatch& events);
    // The same INSERTs inside a transaction the caller opened (and commits with its own rows).
    bool insert(const EventBatch& events);
    QString errorString() const { return m_error; }
    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    bool insertEscaped(const EventBatch& events);
    bool insertLoadData(const EventBatch& events);

    DatabaseConnection& m_connection;
    QString m_table;
    QString m_error;
    qint64 m_rowsWritten = 0;
    int m_loadDataWorks = -1; // -1: not tried yet; 0: refused here; 1: works
};

} // namespace qw
