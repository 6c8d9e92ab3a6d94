#pragma once

#include "database/databaseurl.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace qw {

// A database error met while loading, with what the loader was doing when it came: the
// privilege and table the failing statement needs, so a refusal can name the missing grant.
struct StoreError
{
    // How the loader answers an error. Only what retrying can mend is retried.
    enum class Kind
    {
        Unreachable, // the server is away or the connection broke: retry, keep reading
        Transient, // a deadlock, a lock wait, or an error not known here: retry with growing pauses
        AccessDenied, // a missing grant or a refused login: someone must fix it
        ReadOnly, // the server takes no writes (read_only, super_read_only, a replica)
        MissingObject, // no such database, table or column
        RowRefused, // the rows sent: a constraint, a value the column refuses, a packet too big
    };

    StoreError() = default;
    explicit StoreError(QSqlError error, QString privilegeNeeded = {}, QString tableUsed = {}, bool carriedRows = false,
                        bool takenWithWarning = false)
        : sql(std::move(error))
        , privilege(std::move(privilegeNeeded))
        , table(std::move(tableUsed))
        , fromRows(carriedRows)
        , warning(takenWithWarning)
    { }

    QSqlError sql;
    QString privilege; // "INSERT", "UPDATE", ...; empty when the statement needs none
    QString table; // the table the statement works on; empty when none
    bool fromRows = false; // the statement carried queue_log rows (only those can be refused)
    // The server took the rows with a warning (LOAD DATA LOCAL's way of refusing one): about
    // the rows whatever its code.
    bool warning = false;
};

// Sorts an error by the server's own error code (QSqlError::nativeErrorCode(): MySQL's errno,
// SQLite's result code), never by the message, which the server may have translated.
class StoreErrorClassifier
{
public:
    static StoreError::Kind kindOf(DatabaseUrl::Driver driver, const StoreError& error);
    // True for the kinds retrying cannot mend: the loader stops and says what to fix.
    static bool isFatal(StoreError::Kind kind);
};

// The message that tells the operator what to fix, for the fatal kinds. `account` is the user
// the server matched (`loader@%`), `database` the database the loader writes to.
class StoreErrorText
{
    Q_DECLARE_TR_FUNCTIONS(qw::StoreErrorText)
public:
    static QString explain(StoreError::Kind kind, const StoreError& error, const QString& account,
                           const QString& database);
    // The server's text, without the driver's boilerplate.
    static QString serverText(const QSqlError& error);
    // `GRANT INSERT ON `db`.`queue_log` TO 'loader'@'%'`
    static QString grantStatement(const QString& privileges, const QString& database, const QString& table,
                                  const QString& account);
};

} // namespace qw
