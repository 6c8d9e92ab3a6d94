#include "loader/loaderpreflight.h"

#include "database/databaseconnection.h"
#include "database/schema.h"
#include "loader/loaderstate.h"
#include "writers/queuelogtablewriter.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace qw {

LoaderPreflight::LoaderPreflight(DatabaseConnection& connection, LoaderState& state, QueueLogTableWriter& writer)
    : m_connection(connection)
    , m_state(state)
    , m_writer(writer)
{ }

std::optional<StoreError> LoaderPreflight::readAccount()
{
    m_account.clear();
    if (m_connection.url().driver() != DatabaseUrl::Driver::MySql)
        return std::nullopt;
    // The account the server matched, host pattern included: the one a GRANT must name.
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"SELECT CURRENT_USER()"_s))
        return StoreError {query.lastError()};
    if (query.next())
        m_account = query.value(0).toString();
    return std::nullopt;
}

std::optional<StoreError> LoaderPreflight::ensureTable(const QString& table, const QString& privileges)
{
    QSqlError sqlError;
    const std::optional<bool> exists = Schema::tableExists(m_connection, table, &sqlError);
    if (!exists)
        return StoreError {sqlError};
    if (*exists)
        return std::nullopt;
    // Missing, or there but out of the user's sight (no privilege on it at all): either way the
    // user needs its privileges on it, and CREATE if it is really missing.
    const bool created
        = table == u"queue_log" ? Schema::create(m_connection, nullptr, &sqlError) : m_state.createTable();
    if (created)
        return std::nullopt;
    if (table != u"queue_log")
        sqlError = m_state.lastError();
    return StoreError {sqlError, privileges + u", CREATE"_s, table};
}

std::optional<StoreError> LoaderPreflight::run()
{
    const QString state = QLatin1StringView(LoaderState::TableName);
    if (auto error = readAccount())
        return error;
    if (auto error = ensureTable(u"queue_log"_s, QLatin1StringView(QueueLogPrivileges)))
        return error;
    if (auto error = ensureTable(state, QLatin1StringView(StatePrivileges)))
        return error;
    if (!m_writer.probe())
        return StoreError {m_writer.lastError(), u"INSERT"_s, u"queue_log"_s};
    if (!m_state.probeInsert())
        return StoreError {m_state.lastError(), u"INSERT"_s, state};
    if (!m_state.probeUpdate())
        return StoreError {m_state.lastError(), u"UPDATE"_s, state};
    return std::nullopt;
}

} // namespace qw
