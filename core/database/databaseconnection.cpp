#include "database/databaseconnection.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"queuewatch-"_s + QString::number(++counter);
}

} // namespace

DatabaseConnection::DatabaseConnection(DatabaseUrl url)
    : m_url(std::move(url))
    , m_name(uniqueConnectionName())
{ }

DatabaseConnection::~DatabaseConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool DatabaseConnection::open(OpenMode mode)
{
    if (!QSqlDatabase::isDriverAvailable(m_url.qtDriverName())) {
        m_error = tr("The Qt database driver %1 is not installed.").arg(m_url.qtDriverName());
        return false;
    }
    // SQLite creates a missing file on open: a reader that mistyped a path would leave an empty
    // database behind and report nothing. Checked at every open, reopens included.
    if (mode == OpenMode::MustExist && m_url.driver() == DatabaseUrl::Driver::Sqlite
        && !QFileInfo(m_url.databaseName()).isFile()) {
        close();
        m_error = QFileInfo::exists(m_url.databaseName())
            ? tr("Cannot open %1: not a file.").arg(m_url.toDisplayString())
            : tr("Cannot open %1: no such file.").arg(m_url.toDisplayString());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(m_url.qtDriverName(), m_name);
        db.setDatabaseName(m_url.databaseName());
        if (m_url.driver() == DatabaseUrl::Driver::MySql) {
            // "localhost" makes the client library use its default socket and ignore the port.
            const bool portGiven = m_url.port() != DatabaseUrl::DefaultMySqlPort;
            db.setHostName(m_url.host() == u"localhost" && portGiven && !m_url.options().contains(u"socket"_s)
                               ? u"127.0.0.1"_s
                               : m_url.host());
            db.setPort(m_url.port());
            db.setUserName(m_url.user());
            db.setPassword(m_url.password());
            // Without a limit a host that does not answer holds the caller (the live poller's
            // thread) for the system's TCP timeout, minutes; ten seconds is plenty on a LAN.
            QString options = m_url.connectOptions();
            if (!m_url.options().contains(u"connect-timeout"_s))
                options += (options.isEmpty() ? u""_s : u";"_s) + u"MYSQL_OPT_CONNECT_TIMEOUT=10"_s;
            db.setConnectOptions(options);
        }
    } else if (db.isOpen()) {
        db.close();
    }
    if (!db.open()) {
        m_error = tr("Cannot open %1: %2").arg(m_url.toDisplayString(), db.lastError().text());
        return false;
    }
    if (m_url.driver() == DatabaseUrl::Driver::MySql)
        QSqlQuery(u"SET NAMES utf8mb4"_s, db);
    m_error.clear();
    return true;
}

bool DatabaseConnection::isOpen() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_name, false);
    return db.isValid() && db.isOpen();
}

void DatabaseConnection::close()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (db.isValid())
        db.close();
}

QSqlDatabase DatabaseConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString DatabaseConnection::quotedIdentifier(const QString& name) const
{
    const QSqlDatabase db = database();
    if (!db.isValid() || !db.driver())
        return name;
    return db.driver()->escapeIdentifier(name, QSqlDriver::FieldName);
}

} // namespace qw
