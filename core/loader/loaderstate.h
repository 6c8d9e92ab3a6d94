#pragma once

#include "loader/logposition.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlError>

namespace qw {

class DatabaseConnection;

// The loader's bookmark, kept in the database next to the rows (table queuewatch_loader_state,
// one row per partition). It is written in the same transaction as the rows it covers, so a
// kill at any moment leaves rows and bookmark agreeing: nothing is lost or loaded twice.
class LoaderState
{
    Q_DECLARE_TR_FUNCTIONS(qw::LoaderState)
public:
    static constexpr const char* TableName = "queuewatch_loader_state";

    explicit LoaderState(DatabaseConnection& connection);

    bool createTable();
    // nullopt with an empty errorString(): nothing loaded yet for this partition.
    std::optional<LogPosition> read(const QString& partition);
    // Inside the caller's transaction. An INSERT that updates the partition's row when it is
    // there (MySQL: needs INSERT and UPDATE on the table).
    bool write(const QString& partition, const LogPosition& position);
    // write()'s two halves with a condition no row meets: a missing grant or a read-only server
    // shows before any row is sent.
    bool probeInsert();
    bool probeUpdate();

    // The queue_log table's engine on MySQL/MariaDB ("InnoDB", "MyISAM"); empty on SQLite.
    QString queueLogEngine();

    QString errorString() const { return m_error; }
    QSqlError lastError() const { return m_sqlError; }

private:
    bool fail(const QString& message, const QSqlError& error);

    DatabaseConnection& m_connection;
    QString m_error;
    QSqlError m_sqlError;
};

} // namespace qw
