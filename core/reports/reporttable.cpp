#include "reports/reporttable.h"

#include "analysis/reportformat.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
QString clockText(qint64 seconds)
{
    // Report durations reach hours (agents' logged-in time): always h:mm:ss.
    const qint64 s = std::max<qint64>(seconds, 0);
    return u"%1:%2:%3"_s.arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}
} // namespace

QString ReportTable::displayText(const QVariant& raw, ReportColumn::Kind kind, const QTimeZone& zone)
{
    if (raw.isNull())
        return {};
    switch (kind) {
    case ReportColumn::Kind::Text:
        return raw.toString();
    case ReportColumn::Kind::Count:
        return QString::number(raw.toLongLong());
    case ReportColumn::Kind::Seconds:
        return clockText(raw.toLongLong());
    case ReportColumn::Kind::Average:
        return QString::number(raw.toDouble(), 'f', 1);
    case ReportColumn::Kind::Ratio:
        return QString::number(raw.toDouble() * 100.0, 'f', 1) + u" %"_s;
    case ReportColumn::Kind::Time:
        return QDateTime::fromSecsSinceEpoch(raw.toLongLong(), zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case ReportColumn::Kind::Date:
        return QDateTime::fromSecsSinceEpoch(raw.toLongLong(), zone).date().toString(Qt::ISODate);
    }
    return raw.toString();
}

QString ReportTable::displayText(int row, int column, const QTimeZone& zone) const
{
    return displayText(rows.at(row).value(column), columns.at(column).kind, zone);
}

QByteArray reportTableCsv(const ReportTable& table, const QTimeZone& zone)
{
    QString csv;
    QStringList cells;
    for (const ReportColumn& column : table.columns)
        cells.append(csvField(column.header));
    csv += cells.join(u',') + u"\r\n"_s;
    for (const QVariantList& row : table.rows) {
        cells.clear();
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QVariant raw = row.value(c);
            const ReportColumn::Kind kind = table.columns[c].kind;
            if (raw.isNull())
                cells.append(QString());
            else if (kind == ReportColumn::Kind::Ratio)
                cells.append(QString::number(raw.toDouble() * 100.0, 'f', 1));
            else if (kind == ReportColumn::Kind::Count || kind == ReportColumn::Kind::Seconds)
                cells.append(QString::number(raw.toLongLong()));
            else if (kind == ReportColumn::Kind::Average)
                cells.append(QString::number(raw.toDouble(), 'f', 1));
            else
                cells.append(csvField(ReportTable::displayText(raw, kind, zone)));
        }
        csv += cells.join(u',') + u"\r\n"_s;
    }
    return csv.toUtf8();
}

} // namespace qw
