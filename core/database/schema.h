#pragma once

#include <optional>
#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace qw {

class DatabaseConnection;

// Creates the queue_log table (and its indexes) when it is missing, from the schema files
// shipped in the resources. An existing table, QueueMetrics' own included, is left as it is.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(qw::Schema)
public:
    static bool create(DatabaseConnection& connection, QString* error, QSqlError* sqlError = nullptr);
    // Whether `table` exists in the connection's database and the user may see it (MySQL shows
    // only tables the user holds some privilege on). nullopt, with *sqlError, when the database
    // cannot say. Asking first spares a loader the CREATE privilege once the table is there:
    // CREATE TABLE IF NOT EXISTS needs it even then.
    static std::optional<bool> tableExists(const DatabaseConnection& connection, const QString& table,
                                           QSqlError* sqlError = nullptr);
    // The statements of the schema for this connection's driver, in order.
    static QStringList statements(const DatabaseConnection& connection);
};

} // namespace qw
