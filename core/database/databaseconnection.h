#pragma once

#include "database/databaseurl.h"
#include "database/transport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace qw {

// An open QSqlDatabase that belongs to the thread that opened it and is removed when this
// object dies. QtSql connections may only be used from their own thread: each worker opens one.
class DatabaseConnection
{
    Q_DECLARE_TR_FUNCTIONS(qw::DatabaseConnection)
public:
    explicit DatabaseConnection(DatabaseUrl url);
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection&) = delete;
    DatabaseConnection& operator=(const DatabaseConnection&) = delete;

    // Readers never create a database: a SQLite file that is not there is an error ("no such
    // file") and nothing is written. Only the loader, the demo and the generator create one.
    enum class OpenMode
    {
        MayCreate,
        MustExist
    };

    // Opens (or reopens) the connection; false with errorString() set when it fails.
    bool open(OpenMode mode = OpenMode::MayCreate);
    bool isOpen() const;
    void close();

    QSqlDatabase database() const;
    const DatabaseUrl& url() const { return m_url; }
    const QString& connectionName() const { return m_name; }
    QString errorString() const { return m_error; }
    // How this open connection travels (encrypted or not), as the server reports it.
    const Transport& transport() const { return m_transport; }

    // How the table's partition column is quoted for this driver ("partition" is a reserved word).
    QString quotedIdentifier(const QString& name) const;

private:
    Transport readTransport(const QSqlDatabase& db) const;
    QString openFailure(const QSqlDatabase& db) const;

    DatabaseUrl m_url;
    QString m_name;
    QString m_error;
    Transport m_transport;
};

} // namespace qw
