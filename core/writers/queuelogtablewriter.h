#pragma once

#include "events/queuelogevent.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace qw {

class DatabaseConnection;

// Appends events to a queue_log table, many rows per INSERT (bound values, never SQL text) and
// one transaction per append(): a failure leaves none of the batch behind. Each event goes to
// the partition named in it; unique_row_count follows the order given. On MySQL/MariaDB a row
// the server takes with a warning (a value cut to fit its column, a row a constraint skipped)
// fails the write like an error: rows are stored as given or not at all.
class QueueLogTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(qw::QueueLogTableWriter)
public:
    static constexpr qsizetype RowsPerStatement = 1000;
    // Qt's SQLite driver looks up every bound value's parameter name by a linear scan of the
    // statement's parameters: the cost per row grows with the statement, so SQLite gets short ones.
    static constexpr qsizetype SqliteRowsPerStatement = 50;

    explicit QueueLogTableWriter(DatabaseConnection& connection, QString table = QStringLiteral("queue_log"));

    bool append(const EventBatch& events);
    // The same INSERTs inside a transaction the caller opened (and commits with its own rows).
    bool insert(const EventBatch& events);
    // Runs the loader's INSERT with a condition no row meets: a missing grant, a read-only
    // server or a missing column shows now, before any row is sent, and spends no
    // auto-increment id.
    bool probe();
    QString errorString() const { return m_error; }
    // The database's error (or the first warning) behind the last failure, with its native code.
    QSqlError lastError() const { return m_sqlError; }
    // The last failure is the server taking rows with a warning rather than an error: always
    // something about the rows themselves.
    bool lastErrorIsWarning() const { return m_warned; }
    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    enum class LoadData
    {
        Stored,
        Failed, // the statement failed as a whole: nothing of it is in the transaction
        Refused, // the server took it with warnings: some rows are in the transaction, or cut
    };

    bool insertEscaped(const EventBatch& events);
    LoadData insertLoadData(const EventBatch& events);
    bool takenWithoutWarnings();
    bool fail(const QSqlError& error);
    QString columnList() const;

    DatabaseConnection& m_connection;
    QString m_table;
    QString m_error;
    QSqlError m_sqlError;
    bool m_warned = false;
    qint64 m_rowsWritten = 0;
    int m_loadDataWorks = -1; // -1: not tried yet; 0: refused here; 1: works
};

} // namespace qw
