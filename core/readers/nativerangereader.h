#pragma once

#include "readers/batchhandler.h"

#include <QCoreApplication>
#include <QString>

namespace qw {

class DatabaseConnection;
struct QueueLogTableLayout;

// A partition's rows of [from, to), read straight through the MariaDB client library that Qt's
// QMYSQL driver is built on, on the driver's own connection (QSqlDriver::handle(): the native
// access Qt documents for work its API does not cover). One prepared statement with bound values
// and a streamed result, as `mariadb --quick` reads: rows are handed on while the server still
// sends, integers arrive in binary, and each text value becomes a QString once. Reading through
// QSqlQuery instead buffers every page whole and converts each value to a QVariant: about half
// the speed, with the server doing more work per row.
//
// Built when the client library's headers are found (QUEUEWATCH_HAVE_MARIADB_CLIENT); without
// them, or on another driver, PartitionReader reads pages through QSqlQuery as before.
class NativeRangeReader
{
    Q_DECLARE_TR_FUNCTIONS(qw::NativeRangeReader)
public:
    // Whether this build has the native reader.
    static bool isBuiltIn();
    // Whether this build and this connection can read natively (an open QMYSQL connection).
    static bool canRead(const DatabaseConnection& connection);

    // Rows with from <= time_id < to, in (time_id, unique_row_count) order, in batches of
    // `batchSize`. On failure, `error` says why.
    static ReadStatus read(DatabaseConnection& connection, const QueueLogTableLayout& layout, const QString& partition,
                           qint64 from, qint64 to, qsizetype batchSize, const BatchHandler& handler, QString& error);
};

} // namespace qw
