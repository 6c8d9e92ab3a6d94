#include "loader/storeerror.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace qw {

namespace {

using Kind = StoreError::Kind;

struct Code
{
    int number;
    Kind kind;
};

// MySQL and MariaDB server error numbers (mysqld_error.h). Client errors (2000 to 2999: no
// server, lost connection, a TLS failure) are all outages and handled by range.
constexpr std::array MySqlCodes {
    Code {1036, Kind::ReadOnly}, // ER_OPEN_AS_READONLY: the table is read only
    Code {1040, Kind::Unreachable}, // ER_CON_COUNT_ERROR: too many connections
    Code {1044, Kind::AccessDenied}, // ER_DBACCESS_DENIED_ERROR
    Code {1045, Kind::AccessDenied}, // ER_ACCESS_DENIED_ERROR: the login is refused
    Code {1046, Kind::MissingObject}, // ER_NO_DB_ERROR
    Code {1048, Kind::RowRefused}, // ER_BAD_NULL_ERROR
    Code {1049, Kind::MissingObject}, // ER_BAD_DB_ERROR: unknown database
    Code {1051, Kind::MissingObject}, // ER_BAD_TABLE_ERROR
    Code {1053, Kind::Unreachable}, // ER_SERVER_SHUTDOWN
    Code {1054, Kind::MissingObject}, // ER_BAD_FIELD_ERROR: unknown column
    Code {1062, Kind::RowRefused}, // ER_DUP_ENTRY
    Code {1109, Kind::MissingObject}, // ER_UNKNOWN_TABLE
    Code {1142, Kind::AccessDenied}, // ER_TABLEACCESS_DENIED_ERROR: "INSERT command denied"
    Code {1143, Kind::AccessDenied}, // ER_COLUMNACCESS_DENIED_ERROR
    Code {1146, Kind::MissingObject}, // ER_NO_SUCH_TABLE
    Code {1152, Kind::Unreachable}, // ER_ABORTING_CONNECTION
    Code {1153, Kind::RowRefused}, // ER_NET_PACKET_TOO_LARGE: more than max_allowed_packet
    Code {1154, Kind::Unreachable}, // ER_NET_READ_ERROR_FROM_PIPE
    Code {1155, Kind::Unreachable}, // ER_NET_FCNTL_ERROR
    Code {1156, Kind::Unreachable}, // ER_NET_PACKETS_OUT_OF_ORDER
    Code {1157, Kind::Unreachable}, // ER_NET_UNCOMPRESS_ERROR
    Code {1158, Kind::Unreachable}, // ER_NET_READ_ERROR
    Code {1159, Kind::Unreachable}, // ER_NET_READ_INTERRUPTED
    Code {1160, Kind::Unreachable}, // ER_NET_ERROR_ON_WRITE
    Code {1161, Kind::Unreachable}, // ER_NET_WRITE_INTERRUPTED
    Code {1184, Kind::Unreachable}, // ER_NEW_ABORTING_CONNECTION
    Code {1203, Kind::Unreachable}, // ER_TOO_MANY_USER_CONNECTIONS
    Code {1205, Kind::Transient}, // ER_LOCK_WAIT_TIMEOUT
    Code {1213, Kind::Transient}, // ER_LOCK_DEADLOCK
    Code {1216, Kind::RowRefused}, // ER_NO_REFERENCED_ROW: a foreign key
    Code {1227, Kind::AccessDenied}, // ER_SPECIFIC_ACCESS_DENIED_ERROR
    Code {1261, Kind::RowRefused}, // ER_WARN_TOO_FEW_RECORDS
    Code {1262, Kind::RowRefused}, // ER_WARN_TOO_MANY_RECORDS
    Code {1263, Kind::RowRefused}, // ER_WARN_NULL_TO_NOTNULL
    Code {1264, Kind::RowRefused}, // ER_WARN_DATA_OUT_OF_RANGE
    Code {1265, Kind::RowRefused}, // WARN_DATA_TRUNCATED
    Code {1290, Kind::ReadOnly}, // ER_OPTION_PREVENTS_STATEMENT: --read-only, super_read_only
    Code {1292, Kind::RowRefused}, // ER_TRUNCATED_WRONG_VALUE
    Code {1301, Kind::RowRefused}, // ER_WARN_ALLOWED_PACKET_OVERFLOWED
    Code {1356, Kind::MissingObject}, // ER_VIEW_INVALID: a view over missing columns
    Code {1366, Kind::RowRefused}, // ER_TRUNCATED_WRONG_VALUE_FOR_FIELD: e.g. text the charset lacks
    Code {1367, Kind::RowRefused}, // ER_ILLEGAL_VALUE_FOR_TYPE
    Code {1370, Kind::AccessDenied}, // ER_PROCACCESS_DENIED_ERROR
    Code {1406, Kind::RowRefused}, // ER_DATA_TOO_LONG
    Code {1411, Kind::RowRefused}, // ER_WRONG_VALUE_FOR_TYPE
    Code {1452, Kind::RowRefused}, // ER_NO_REFERENCED_ROW_2: a foreign key
    Code {1586, Kind::RowRefused}, // ER_DUP_ENTRY_WITH_KEY_NAME
    Code {1644, Kind::RowRefused}, // ER_SIGNAL_EXCEPTION: a trigger said no
    Code {1690, Kind::RowRefused}, // ER_DATA_OUT_OF_RANGE
    Code {1698, Kind::AccessDenied}, // ER_ACCESS_DENIED_NO_PASSWORD_ERROR
    Code {1792, Kind::ReadOnly}, // ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION
    Code {1820, Kind::AccessDenied}, // ER_MUST_CHANGE_PASSWORD
    Code {1836, Kind::ReadOnly}, // ER_READ_ONLY_MODE
    Code {1862, Kind::AccessDenied}, // ER_MUST_CHANGE_PASSWORD_LOGIN
    Code {1874, Kind::ReadOnly}, // ER_INNODB_READ_ONLY
    Code {1927, Kind::Unreachable}, // ER_CONNECTION_KILLED
    Code {1932, Kind::MissingObject}, // ER_NO_SUCH_TABLE_IN_ENGINE
    Code {3118, Kind::AccessDenied}, // MySQL ER_ACCOUNT_HAS_BEEN_LOCKED
    Code {3819, Kind::RowRefused}, // MySQL ER_CHECK_CONSTRAINT_VIOLATED
    Code {4025, Kind::RowRefused}, // MariaDB ER_CONSTRAINT_FAILED: a CHECK constraint
    Code {4031, Kind::Unreachable}, // ER_CLIENT_INTERACTION_TIMEOUT
    Code {4151, Kind::AccessDenied}, // MariaDB ER_ACCOUNT_HAS_BEEN_LOCKED
};

Kind mySqlKind(int code)
{
    if (code >= 2000 && code < 3000)
        return Kind::Unreachable; // CR_*: the client lost or never had the server
    const auto* found
        = std::find_if(MySqlCodes.begin(), MySqlCodes.end(), [code](const Code& c) { return c.number == code; });
    return found == MySqlCodes.end() ? Kind::Transient : found->kind;
}

// SQLite primary result codes (an extended code carries its primary one in the low byte).
Kind sqliteKind(int code)
{
    switch (code & 0xff) {
    case 3: // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return Kind::AccessDenied;
    case 8: // SQLITE_READONLY
        return Kind::ReadOnly;
    case 1: // SQLITE_ERROR: no such table or column (the loader's SQL is otherwise fixed)
        return Kind::MissingObject;
    case 18: // SQLITE_TOOBIG
    case 19: // SQLITE_CONSTRAINT
    case 20: // SQLITE_MISMATCH
        return Kind::RowRefused;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return Kind::Unreachable;
    default: // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL, ...
        return Kind::Transient;
    }
}

} // namespace

StoreError::Kind StoreErrorClassifier::kindOf(DatabaseUrl::Driver driver, const StoreError& error)
{
    bool isNumber = false;
    const int code = error.sql.nativeErrorCode().toInt(&isNumber);
    Kind kind = Kind::Transient;
    if (isNumber)
        kind = driver == DatabaseUrl::Driver::MySql ? mySqlKind(code) : sqliteKind(code);
    else if (error.sql.type() == QSqlError::ConnectionError)
        kind = Kind::Unreachable;
    // Only a statement that carried rows can refuse rows. The same code on the bookmark means
    // the bookmark table itself refuses what the loader writes: setting lines aside would not help.
    if (kind == Kind::RowRefused && !error.fromRows)
        return Kind::MissingObject;
    if (error.fromRows && error.warning && !StoreErrorClassifier::isFatal(kind))
        return Kind::RowRefused;
    return kind;
}

bool StoreErrorClassifier::isFatal(StoreError::Kind kind)
{
    return kind == Kind::AccessDenied || kind == Kind::ReadOnly || kind == Kind::MissingObject;
}

QString StoreErrorText::serverText(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

QString StoreErrorText::grantStatement(const QString& privileges, const QString& database, const QString& table,
                                       const QString& account)
{
    const auto quotedName = [](QString name) -> QString {
        return u'`' + name.replace(u'`', u"``"_s) + u'`';
    };
    const auto quotedPart = [](QString part) -> QString {
        return u'\'' + part.replace(u'\'', u"''"_s) + u'\'';
    };
    const qsizetype at = account.lastIndexOf(u'@');
    const QString user = at < 0 ? account : account.left(at);
    const QString host = at < 0 ? u"%"_s : account.mid(at + 1);
    return u"GRANT "_s + privileges + u" ON "_s + quotedName(database) + u'.' + quotedName(table) + u" TO "_s
        + quotedPart(user) + u'@' + quotedPart(host);
}

QString StoreErrorText::explain(StoreError::Kind kind, const StoreError& error, const QString& account,
                                const QString& database)
{
    const QString server = serverText(error.sql);
    const QString who = account.isEmpty() ? tr("(unnamed)") : account;
    switch (kind) {
    case Kind::AccessDenied:
        if (!error.privilege.isEmpty() && !error.table.isEmpty())
            return tr("The database user %1 lacks %2 on %3: %4; then start the loader again. (The server said: %5)")
                .arg(who, error.privilege, error.table, grantStatement(error.privilege, database, error.table, account),
                     server);
        return tr("The database refuses the user %1: %2. Check the user, its password (QUEUEWATCH_DB_PASSWORD) "
                  "and its grants, then start the loader again.")
            .arg(who, server);
    case Kind::ReadOnly:
        return tr("The database server is read-only (read_only or super_read_only is set, or it is a replica): "
                  "it refuses to store rows. Point --db at the primary server, or lift read-only there, then start "
                  "the loader again. (The server said: %1)")
            .arg(server);
    case Kind::MissingObject:
        if (error.table == u"queue_log")
            return tr("The table queue_log does not take what the loader writes: %1. It needs the columns "
                      "`partition`, time_id, call_id, queue, agent, verb and data1 to data5 (see resources/sql in "
                      "the sources); fix it, then start the loader again.")
                .arg(server);
        if (!error.table.isEmpty())
            return tr("The table %1 does not take what the loader writes: %2. Fix it, then start the loader again.")
                .arg(error.table, server);
        return tr("The database lacks what the loader needs: %1. Fix it, then start the loader again.").arg(server);
    case Kind::Unreachable:
    case Kind::Transient:
    case Kind::RowRefused:
        break;
    }
    return server;
}

} // namespace qw
