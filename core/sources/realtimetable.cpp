#include "sources/realtimetable.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace qw {

bool RealtimeTable::looksLikeTable(const QString& text)
{
    return text.startsWith(u"mysql://") || text.startsWith(u"mariadb://") || text.startsWith(u"sqlite:");
}

std::variant<RealtimeTable, QString> RealtimeTable::parse(const QString& text)
{
    // table= and tz= belong to the table; everything else is the database URL's.
    const qsizetype question = text.indexOf(u'?');
    if (question < 0)
        return tr("A realtime table needs ?table=NAME after the database URL, for example "
                  "mysql://asterisk@pbx-a/asterisk?table=queue_log&tz=Europe/Rome.");
    RealtimeTable result;
    QUrlQuery kept;
    const QUrlQuery query(text.sliced(question + 1));
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"table")
            result.table = value;
        else if (key == u"tz")
            result.zoneId = value;
        else
            kept.addQueryItem(key, value);
    }
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_$]{0,63}$"_s);
    if (result.table.isEmpty())
        return tr("A realtime table needs ?table=NAME after the database URL.");
    if (!identifier.match(result.table).hasMatch())
        return tr("\"%1\" is not a table name: use letters, digits and \"_\".").arg(result.table.left(70));
    if (!result.zoneId.isEmpty() && !QTimeZone(result.zoneId.toUtf8()).isValid())
        return tr("Unknown time zone \"%1\" in tz=: use an IANA name such as Europe/Rome.").arg(result.zoneId.left(70));
    QString urlText = text.first(question);
    if (!kept.isEmpty())
        urlText += u'?' + kept.toString(QUrl::FullyEncoded);
    auto url = DatabaseUrl::parse(urlText);
    if (auto* error = std::get_if<QString>(&url))
        return *error;
    result.url = std::get<DatabaseUrl>(std::move(url));
    return result;
}

QString RealtimeTable::toText() const
{
    const QString base = url.toDisplayString();
    QUrlQuery query;
    query.addQueryItem(u"table"_s, table);
    if (!zoneId.isEmpty())
        query.addQueryItem(u"tz"_s, zoneId);
    return base + (base.contains(u'?') ? u'&' : u'?') + query.toString(QUrl::FullyEncoded);
}

QTimeZone RealtimeTable::zoneOr(const QTimeZone& fallback) const
{
    return zoneId.isEmpty() ? fallback : QTimeZone(zoneId.toUtf8());
}

} // namespace qw
