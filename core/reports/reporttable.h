#pragma once

#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace qw {

// One table of a report, as plain data: the view's models, the CSV export and the PDF all read
// it, so the three always show the same numbers. Cells hold raw values (counts and seconds as
// qint64, ratios as double 0..1, times as epoch seconds); a null QVariant is "no value" (a
// ratio with nothing to divide by), never 0.
struct ReportColumn
{
    enum class Kind : quint8
    {
        Text,
        Count,
        Seconds, // a duration
        Ratio, // shown as a percentage
        Average, // seconds, with a decimal
        Time, // epoch seconds, shown in the report's zone
        Date, // epoch seconds of a local midnight, shown as a date
    };
    QString header;
    Kind kind = Kind::Text;

    bool isNumeric() const { return kind != Kind::Text; }
};

struct ReportTable
{
    QString id; // stable, for file names: "answered-by-queue"
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;

    // The text a cell shows (the view, the PDF): "1:02:03", "85.0 %", "2026-11-02 14:05:00".
    QString displayText(int row, int column, const QTimeZone& zone) const;
    static QString displayText(const QVariant& raw, ReportColumn::Kind kind, const QTimeZone& zone);
};

// RFC 4180 CSV of a table, with a header row. Numbers stay numbers (seconds, counts, ratios as
// percentages with one decimal) so spreadsheets can compute with them; times are local ISO text.
QByteArray reportTableCsv(const ReportTable& table, const QTimeZone& zone);

} // namespace qw
