#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <variant>

namespace qw {

// Where the queue_log table lives, as the user writes it:
//   mysql://user@host:port/database[?ssl-ca=...&ssl-cert=...&ssl-key=...&ssl-capath=...&ssl-cipher=...
//                                    &socket=PATH&connect-timeout=S]
//   sqlite:PATH
// The password never appears in the URL: it comes from the QUEUEWATCH_DB_PASSWORD environment
// variable, so it stays off command lines, settings files and logs.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(qw::DatabaseUrl)
public:
    enum class Driver
    {
        MySql,
        Sqlite
    };

    static constexpr const char* PasswordVariable = "QUEUEWATCH_DB_PASSWORD";
    static constexpr int DefaultMySqlPort = 3306;

    static std::variant<DatabaseUrl, QString> parse(const QString& text);
    static DatabaseUrl sqlite(const QString& path);

    Driver driver() const { return m_driver; }
    const QString& user() const { return m_user; }
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& databaseName() const { return m_database; } // the file path for SQLite
    const QMap<QString, QString>& options() const { return m_options; }

    QString qtDriverName() const;
    // QSqlDatabase::setConnectOptions() text for the options given.
    QString connectOptions() const;
    // Whether the URL asks for TLS (any ssl-* option): then the connection is encrypted or fails.
    bool asksForTls() const;
    // The URL as the user wrote it, minus anything secret: safe for logs and messages.
    QString toDisplayString() const;

    // A password typed into the application: held in memory for this run only, never saved,
    // shown or compared. Without one, password() reads the environment variable.
    void setSessionPassword(const QString& password) { m_sessionPassword = password; }
    QString password() const;

    friend bool operator==(const DatabaseUrl& a, const DatabaseUrl& b)
    {
        return a.m_driver == b.m_driver && a.m_user == b.m_user && a.m_host == b.m_host && a.m_port == b.m_port
            && a.m_database == b.m_database && a.m_options == b.m_options;
    }

private:
    Driver m_driver = Driver::Sqlite;
    QString m_user;
    QString m_host;
    int m_port = DefaultMySqlPort;
    QString m_database;
    QMap<QString, QString> m_options;
    QString m_sessionPassword;
};

} // namespace qw
