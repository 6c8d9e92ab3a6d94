#pragma once

#include <QCoreApplication>
#include <QString>

namespace qw {

class DatabaseConnection;

// Creates the queue_log table (and its indexes) when it is missing, from the schema files
// shipped in the resources. An existing table, QueueMetrics' own included, is left as it is.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(qw::Schema)
public:
    static bool create(DatabaseConnection& connection, QString* error);
    // The statements of the schema for this connection's driver, in order.
    static QStringList statements(const DatabaseConnection& connection);
};

} // namespace qw
