#include "loader/loaderstate.h"

#include "database/databaseconnection.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace qw {

LoaderState::LoaderState(DatabaseConnection& connection)
    : m_connection(connection)
{ }

bool LoaderState::fail(const QString& message, const QSqlError& error)
{
    m_sqlError = error;
    m_error = message;
    return false;
}

bool LoaderState::createTable()
{
    const bool mysql = m_connection.url().driver() == DatabaseUrl::Driver::MySql;
    const QString partition = m_connection.quotedIdentifier(u"partition"_s);
    const QString sql = u"CREATE TABLE IF NOT EXISTS "_s + QLatin1StringView(TableName) + u" ("_s + partition
        + (mysql ? u" VARCHAR(20) NOT NULL PRIMARY KEY, file_key VARCHAR(64) NOT NULL, file_offset BIGINT NOT NULL, "
                   u"line_number BIGINT NOT NULL, updated_at BIGINT NOT NULL) ENGINE=InnoDB"_s
                 : u" TEXT NOT NULL PRIMARY KEY, file_key TEXT NOT NULL, file_offset INTEGER NOT NULL, "
                   u"line_number INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s);
    QSqlQuery query(m_connection.database());
    if (!query.exec(sql))
        return fail(tr("Cannot create %1: %2").arg(QLatin1StringView(TableName), query.lastError().text()),
                    query.lastError());
    return true;
}

std::optional<LogPosition> LoaderState::read(const QString& partition)
{
    m_error.clear();
    m_sqlError = {};
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT file_key, file_offset, line_number FROM "_s + QLatin1StringView(TableName) + u" WHERE "_s
                  + m_connection.quotedIdentifier(u"partition"_s) + u" = ?"_s);
    query.addBindValue(partition);
    if (!query.exec()) {
        fail(tr("Cannot read where the loader stopped: %1").arg(query.lastError().text()), query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return LogPosition {query.value(0).toByteArray(), query.value(1).toLongLong(), query.value(2).toLongLong()};
}

bool LoaderState::write(const QString& partition, const LogPosition& position)
{
    const bool mysql = m_connection.url().driver() == DatabaseUrl::Driver::MySql;
    const QString columns
        = m_connection.quotedIdentifier(u"partition"_s) + u", file_key, file_offset, line_number, updated_at"_s;
    // MySQL's REPLACE would need DELETE as well: an upsert asks only for INSERT and UPDATE.
    QSqlQuery query(m_connection.database());
    query.prepare((mysql ? u"INSERT INTO "_s : u"INSERT OR REPLACE INTO "_s) + QLatin1StringView(TableName) + u" ("_s
                  + columns + u") VALUES (?, ?, ?, ?, ?)"_s
                  + (mysql
                         ? u" ON DUPLICATE KEY UPDATE file_key = ?, file_offset = ?, line_number = ?, updated_at = ?"_s
                         : QString()));
    const QString key = QString::fromLatin1(position.fileKey);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    query.addBindValue(partition);
    for (int round = 0; round < (mysql ? 2 : 1); ++round) {
        query.addBindValue(key);
        query.addBindValue(position.offset);
        query.addBindValue(position.lineNumber);
        query.addBindValue(now);
    }
    if (!query.exec())
        return fail(tr("Cannot record where the loader stands: %1").arg(query.lastError().text()), query.lastError());
    return true;
}

bool LoaderState::probeInsert()
{
    const bool mysql = m_connection.url().driver() == DatabaseUrl::Driver::MySql;
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"INSERT INTO "_s + QLatin1StringView(TableName) + u" ("_s
                    + m_connection.quotedIdentifier(u"partition"_s)
                    + u", file_key, file_offset, line_number, updated_at) SELECT '', '', 0, 0, 0"_s
                    + (mysql ? u" FROM DUAL"_s : QString()) + u" WHERE 1 = 0"_s))
        return fail(tr("Cannot record where the loader stands: %1").arg(query.lastError().text()), query.lastError());
    return true;
}

bool LoaderState::probeUpdate()
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"UPDATE "_s + QLatin1StringView(TableName) + u" SET updated_at = 0 WHERE 1 = 0"_s))
        return fail(tr("Cannot record where the loader stands: %1").arg(query.lastError().text()), query.lastError());
    return true;
}

QString LoaderState::queueLogEngine()
{
    if (m_connection.url().driver() != DatabaseUrl::Driver::MySql)
        return {};
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                    u"AND TABLE_NAME = 'queue_log'"_s)
        || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace qw
