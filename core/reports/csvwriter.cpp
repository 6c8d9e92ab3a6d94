#include "reports/csvwriter.h"

#include "engine/callrecord.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
QString quoted(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString result = text;
    result.replace(u'"', u"\"\""_s);
    return u'"' + result + u'"';
}

// Numbers as the reader's spreadsheet takes them: the locale's decimal mark, no grouping.
QString number(const QLocale& locale, double value, int decimals)
{
    return locale.toString(value, 'f', decimals);
}
} // namespace

QChar csvSeparator(const QLocale& locale)
{
    // Where the comma is the decimal mark, spreadsheets split CSV at semicolons.
    return locale.decimalPoint() == u","_s ? u';' : u',';
}

QString csvTextCell(const QString& text)
{
    QString cell = text;
    // A NUL cuts C strings short in the tools that read CSV: never write one.
    cell.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    // Spreadsheets run cells starting with these as formulas (a caller id such as
    // =HYPERLINK("http://...") would be a link to anywhere).
    static const QString triggers = u"=+-@\t\r"_s;
    if (!cell.isEmpty() && triggers.contains(cell.front()))
        cell.prepend(u'\'');
    return quoted(cell);
}

QStringList csvHeaders(const ReportColumn& column)
{
    switch (column.kind) {
    case ReportColumn::Kind::Seconds:
    case ReportColumn::Kind::Average:
        return {column.key + u"_s"_s};
    case ReportColumn::Kind::Ratio:
        return {column.key + u"_pct"_s};
    case ReportColumn::Kind::Time:
        return {column.key, column.key + u"_local"_s};
    default:
        return {column.key};
    }
}

QByteArray reportTableCsv(const ReportTable& table, const QTimeZone& zone, QLocale locale)
{
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const QChar separator = csvSeparator(locale);
    QString csv;
    QStringList cells;
    for (const ReportColumn& column : table.columns) {
        for (const QString& header : csvHeaders(column))
            cells.append(csvTextCell(header));
    }
    csv += cells.join(separator) + u"\r\n"_s;
    for (const QVariantList& row : table.rows) {
        cells.clear();
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QVariant raw = row.value(c);
            const ReportColumn::Kind kind = table.columns[c].kind;
            if (raw.isNull()) {
                cells.append(QString());
                if (kind == ReportColumn::Kind::Time)
                    cells.append(QString());
                continue;
            }
            switch (kind) {
            case ReportColumn::Kind::Count:
            case ReportColumn::Kind::Seconds:
                cells.append(QString::number(raw.toLongLong()));
                break;
            case ReportColumn::Kind::Average:
                cells.append(number(locale, raw.toDouble(), 1));
                break;
            case ReportColumn::Kind::Ratio:
                cells.append(number(locale, raw.toDouble() * 100.0, 1));
                break;
            case ReportColumn::Kind::Time:
                cells.append(QString::number(raw.toLongLong()));
                cells.append(QDateTime::fromSecsSinceEpoch(raw.toLongLong(), zone).toString(u"yyyy-MM-dd HH:mm:ss"_s));
                break;
            case ReportColumn::Kind::Date:
                cells.append(QDateTime::fromSecsSinceEpoch(raw.toLongLong(), zone).date().toString(Qt::ISODate));
                break;
            case ReportColumn::Kind::Outcome:
                cells.append(QString::fromLatin1(outcomeName(CallOutcome(raw.toInt()))));
                break;
            case ReportColumn::Kind::Flag:
                cells.append(raw.toBool() ? u"true"_s : u"false"_s);
                break;
            case ReportColumn::Kind::Text:
            case ReportColumn::Kind::Formatted:
                cells.append(csvTextCell(raw.toString()));
                break;
            }
        }
        csv += cells.join(separator) + u"\r\n"_s;
    }
    return csv.toUtf8();
}

} // namespace qw
