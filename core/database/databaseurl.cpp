#include "database/databaseurl.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// URL option -> QMYSQL connect option.
const QMap<QString, QString>& mySqlOptionNames()
{
    static const QMap<QString, QString> names {
        {u"ssl-ca"_s, u"SSL_CA"_s},
        {u"ssl-capath"_s, u"SSL_CAPATH"_s},
        {u"ssl-cert"_s, u"SSL_CERT"_s},
        {u"ssl-key"_s, u"SSL_KEY"_s},
        {u"ssl-cipher"_s, u"SSL_CIPHER"_s},
        {u"socket"_s, u"UNIX_SOCKET"_s},
        {u"connect-timeout"_s, u"MYSQL_OPT_CONNECT_TIMEOUT"_s},
        {u"read-timeout"_s, u"MYSQL_OPT_READ_TIMEOUT"_s},
        {u"write-timeout"_s, u"MYSQL_OPT_WRITE_TIMEOUT"_s},
    };
    return names;
}

bool isTimeoutOption(const QString& key)
{
    return key.endsWith(u"-timeout");
}
} // namespace

DatabaseUrl DatabaseUrl::sqlite(const QString& path)
{
    DatabaseUrl url;
    url.m_driver = Driver::Sqlite;
    url.m_database = path;
    return url;
}

std::variant<DatabaseUrl, QString> DatabaseUrl::parse(const QString& text)
{
    if (text.startsWith(u"sqlite:")) {
        QString path = text.sliced(7);
        if (path.startsWith(u"//")) // sqlite:///abs/path or sqlite://rel
            path = path.sliced(2);
        if (path.isEmpty())
            return tr("\"sqlite:\" needs the path of the database file after it.");
        return sqlite(path);
    }
    if (!text.startsWith(u"mysql://") && !text.startsWith(u"mariadb://"))
        return tr("Unknown database URL \"%1\": use mysql://user@host:port/database or sqlite:PATH.").arg(text);

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return tr("The database URL is not valid: %1").arg(url.errorString());
    if (!url.password().isEmpty() || url.userInfo().contains(u':'))
        return tr("Do not put the password in the database URL; set the %1 environment variable instead.")
            .arg(QLatin1StringView(PasswordVariable));

    DatabaseUrl result;
    result.m_driver = Driver::MySql;
    result.m_user = url.userName();
    result.m_host = url.host();
    result.m_port = url.port(DefaultMySqlPort);
    result.m_database = url.path().sliced(url.path().startsWith(u'/') ? 1 : 0);
    if (result.m_host.isEmpty())
        return tr("The database URL has no host name: mysql://user@HOST:port/database.");
    if (result.m_port <= 0 || result.m_port > 65535)
        return tr("The database port must be between 1 and 65535.");
    if (result.m_database.isEmpty())
        return tr("The database URL has no database name: mysql://user@host:port/DATABASE.");
    if (result.m_database.contains(u'/'))
        return tr("The database name \"%1\" may not contain \"/\".").arg(result.m_database);

    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!mySqlOptionNames().contains(key))
            return tr("Unknown database URL option \"%1\"; known options: %2.")
                .arg(key, mySqlOptionNames().keys().join(u", "));
        if (value.isEmpty() || value.contains(u';'))
            return tr("The database URL option \"%1\" needs a value without \";\".").arg(key);
        if (isTimeoutOption(key)) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds <= 0)
                return tr("The database URL option \"%1\" takes a number of seconds.").arg(key);
        }
        result.m_options.insert(key, value);
    }
    return result;
}

QString DatabaseUrl::qtDriverName() const
{
    return m_driver == Driver::MySql ? u"QMYSQL"_s : u"QSQLITE"_s;
}

QString DatabaseUrl::connectOptions() const
{
    QStringList parts;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        parts.append(mySqlOptionNames().value(it.key()) + u'=' + it.value());
    return parts.join(u';');
}

QString DatabaseUrl::toDisplayString() const
{
    if (m_driver == Driver::Sqlite)
        return u"sqlite:"_s + m_database;
    QUrl url;
    url.setScheme(u"mysql"_s);
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u'/' + m_database);
    QUrlQuery query;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString();
}

QString DatabaseUrl::password() const
{
    return m_sessionPassword.isEmpty() ? qEnvironmentVariable(PasswordVariable) : m_sessionPassword;
}

} // namespace qw
