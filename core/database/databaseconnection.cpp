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
    m_transport = {};
    if (!db.open()) {
        m_error = openFailure(db);
        return false;
    }
    if (m_url.driver() == DatabaseUrl::Driver::MySql) {
        QSqlQuery(u"SET NAMES utf8mb4"_s, db);
        m_transport = readTransport(db);
        // Asked for TLS means encrypted or nothing: a client library that fell back to plain
        // text (a server without TLS) must not carry a single row.
        if (m_url.asksForTls() && m_transport.kind != Transport::Kind::Encrypted) {
            db.close();
            m_error = tr("Cannot open %1: the URL asks for TLS (ssl-...) but the server did not encrypt the "
                         "connection; it was closed before reading anything. Enable TLS on the server "
                         "(ssl_cert, ssl_key) or remove the ssl- options.")
                          .arg(m_url.toDisplayString());
            m_transport = {};
            return false;
        }
    }
    m_error.clear();
    return true;
}

Transport DatabaseConnection::readTransport(const QSqlDatabase& db) const
{
    Transport transport;
    QSqlQuery query(db);
    if (query.exec(u"SHOW SESSION STATUS WHERE Variable_name IN ('Ssl_version', 'Ssl_cipher')"_s)) {
        while (query.next()) {
            const QString name = query.value(0).toString();
            (name.compare(u"Ssl_version", Qt::CaseInsensitive) == 0 ? transport.protocol : transport.cipher)
                = query.value(1).toString();
        }
    }
    if (!transport.cipher.isEmpty())
        transport.kind = Transport::Kind::Encrypted;
    else
        transport.kind = m_url.options().contains(u"socket"_s) ? Transport::Kind::Local : Transport::Kind::Plain;
    return transport;
}

QString DatabaseConnection::openFailure(const QSqlDatabase& db) const
{
    const QSqlError error = db.lastError();
    QString message = tr("Cannot open %1: %2").arg(m_url.toDisplayString(), error.text());
    if (m_url.driver() != DatabaseUrl::Driver::MySql)
        return message;
    // The client library's words are terse; say what usually causes them.
    const QString code = error.nativeErrorCode();
    if (code == u"2026") { // CR_SSL_CONNECTION_ERROR
        message += u' '
            + tr("The TLS handshake failed: check that ssl-ca names the authority that signed the server's "
                 "certificate, and that ssl-cert and ssl-key belong together.");
    } else if (code == u"1045") { // ER_ACCESS_DENIED_ERROR, also for accounts that require TLS
        message += u' '
            + (m_url.asksForTls() ? tr("Check the user and password; an account that requires a client "
                                       "certificate (REQUIRE X509) also needs ssl-cert and ssl-key in the URL.")
                                  : tr("Check the user and password; an account that requires TLS (REQUIRE SSL) "
                                       "needs ssl-ca in the URL."));
    }
    return message;
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
