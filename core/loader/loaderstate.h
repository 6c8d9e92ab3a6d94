#pragma once

#include "loader/logposition.h"

#include <optional>
#include <QCoreApplication>

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
    // Inside the caller's transaction.
    bool write(const QString& partition, const LogPosition& position);

    // The queue_log table's engine on MySQL/MariaDB ("InnoDB", "MyISAM"); empty on SQLite.
    QString queueLogEngine();

    QString errorString() const { return m_error; }

private:
    DatabaseConnection& m_connection;
    QString m_error;
};

} // namespace qw
