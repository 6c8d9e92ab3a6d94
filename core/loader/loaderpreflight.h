#pragma once

#include "loader/storeerror.h"

#include <optional>
#include <QString>

namespace qw {

class DatabaseConnection;
class LoaderState;
class QueueLogTableWriter;

// What the loader makes sure of on every (re)connect, before it sends a row: both tables are
// there (created only when missing, so CREATE is needed only the first time), and each
// statement it will run is allowed, tried with a condition no row meets. A missing grant, a
// read-only server or a missing column thus shows before any row goes out: no backlog is loaded
// in vain and no auto-increment id is spent.
class LoaderPreflight
{
public:
    // The privileges the loader needs, as the README lists them.
    static constexpr const char* QueueLogPrivileges = "INSERT";
    static constexpr const char* StatePrivileges = "SELECT, INSERT, UPDATE";

    LoaderPreflight(DatabaseConnection& connection, LoaderState& state, QueueLogTableWriter& writer);

    // nullopt when all is well; else the first error, with the privilege and table it concerns.
    std::optional<StoreError> run();
    // The account the server matched (`loader@%`), for messages; empty on SQLite.
    const QString& account() const { return m_account; }

private:
    std::optional<StoreError> readAccount();
    std::optional<StoreError> ensureTable(const QString& table, const QString& privileges);

    DatabaseConnection& m_connection;
    LoaderState& m_state;
    QueueLogTableWriter& m_writer;
    QString m_account;
};

} // namespace qw
