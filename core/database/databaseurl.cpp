#include "database/databaseurl.h"

#include <algorithm>
#include <QRegularExpression>
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

// The scheme of a URL ("postgres:"), or nothing when the text does not start with one: the
// only part of an unknown URL a message may repeat.
QString schemeOf(const QString& text)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]{0,19}:"_s);
    const auto match = scheme.match(text);
    return match.hasMatch() ? match.captured() : QString();
}

// What could be a password in a URL as written, however malformed: after "scheme://" and the
// user name, everything up to the last "@"; without an "@", a "host:port" whose port is not a
// number. Empty when nothing looks secret.
QString secretPart(const QString& text)
{
    const qsizetype slashes = text.indexOf(u"://"_s);
    const qsizetype start = slashes < 0 ? 0 : slashes + 3;
    const qsizetype at = text.lastIndexOf(u'@');
    if (at >= start) {
        if (slashes < 0)
            return text.left(at); // no recognisable user name: all of it could be secret
        const qsizetype colon = text.indexOf(u':', start);
        return colon >= 0 && colon < at ? text.mid(colon + 1, at - colon - 1) : QString();
    }
    qsizetype end = text.size();
    for (const QChar stop : {u'/', u'?', u'#'}) {
        const qsizetype found = text.indexOf(stop, start);
        if (found >= 0)
            end = std::min(end, found);
    }
    const qsizetype colon = text.indexOf(u':', start);
    if (slashes < 0 || colon < 0 || colon >= end)
        return {};
    const QString port = text.mid(colon + 1, end - colon - 1);
    static const QRegularExpression digits(u"^[0-9]*$"_s);
    return digits.match(port).hasMatch() ? QString() : port;
}

// Text from the URL made safe to show: the secret part, and every piece of it between URL
// delimiters (a password with a "/" in it splits into host and path), replaced by "***".
class Masker
{
public:
    explicit Masker(const QString& url)
    {
        const QString secret = secretPart(url);
        if (secret.isEmpty())
            return;
        m_secrets.append(secret);
        static const QRegularExpression delimiters(u"[/?#@:&=;]"_s);
        for (const QString& piece : secret.split(delimiters, Qt::SkipEmptyParts)) {
            if (piece != secret && piece.size() >= 3)
                m_secrets.append(piece);
        }
        // Longest first, so a piece never breaks up a longer match.
        std::sort(m_secrets.begin(), m_secrets.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
    }

    QString operator()(QString text) const
    {
        for (const QString& secret : m_secrets)
            text.replace(secret, u"***"_s);
        return text;
    }

private:
    QStringList m_secrets;
};
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
    // Every part of the text a message repeats goes through the masker: whatever else is wrong
    // with the URL, a password in it never reaches a terminal, a log or the journal.
    const Masker shown(text);
    if (text.startsWith(u"sqlite:")) {
        QString path = text.sliced(7);
        if (path.startsWith(u"//")) // sqlite:///abs/path or sqlite://rel
            path = path.sliced(2);
        if (path.isEmpty())
            return tr("\"sqlite:\" needs the path of the database file after it.");
        // "sqlite://user:password@host/..." is a server URL, not a file.
        if (text.startsWith(u"sqlite://") && path.section(u'/', 0, 0).contains(u'@'))
            return tr("\"%1\" names a server; a sqlite: URL names a file: sqlite:/path/to/queue_log.sqlite.")
                .arg(shown(text));
        return sqlite(path);
    }
    if (!text.startsWith(u"mysql://") && !text.startsWith(u"mariadb://")) {
        const QString scheme = schemeOf(text);
        return scheme.isEmpty()
            ? tr("Not a database URL: use mysql://user@host:port/database or sqlite:PATH.")
            : tr("Unknown kind of database URL \"%1\": use mysql://user@host:port/database or sqlite:PATH.")
                  .arg(scheme);
    }

    const QUrl url(text, QUrl::StrictMode);
    const bool passwordWritten = (text.contains(u'@') && !secretPart(text).isEmpty()) || !url.password().isEmpty()
        || url.userInfo().contains(u':');
    if (passwordWritten)
        return tr("Do not put the password in the database URL; set the %1 environment variable instead.")
            .arg(QLatin1StringView(PasswordVariable));
    if (!url.isValid()) {
        // QUrl's own message repeats the whole URL: only its first clause, the kind of problem.
        QString reason = url.errorString().section(u';', 0, 0);
        reason = reason.section(u" ("_s, 0, 0);
        return tr("The database URL \"%1\" is not valid: %2.").arg(shown(text), shown(reason));
    }

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
        return tr("The database name \"%1\" may not contain \"/\".").arg(shown(result.m_database));

    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!mySqlOptionNames().contains(key))
            return tr("Unknown database URL option \"%1\"; known options: %2.")
                .arg(shown(key), mySqlOptionNames().keys().join(u", "));
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

bool DatabaseUrl::asksForTls() const
{
    return std::any_of(m_options.keyBegin(), m_options.keyEnd(),
                       [](const QString& key) { return key.startsWith(u"ssl-"); });
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
