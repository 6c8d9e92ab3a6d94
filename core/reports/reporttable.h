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
        Average, // seconds, fractional
        Time, // epoch seconds, shown in the report's zone
        Date, // epoch seconds of a local midnight, shown as a date
        Formatted, // text already formatted as a figure ("85.7 %", "0:42"): aligned as a number
        Outcome, // a CallOutcome (int): its words on screen, its JSON name in CSV
        Flag, // bool: "yes" or nothing on screen, true/false in CSV
    };
    // The CSV header (stable, not translated; the CSV writer adds the unit: "wait" -> "wait_s").
    QString key;
    QString header; // on screen and in print (translated)
    Kind kind = Kind::Text;

    // Numbers sort with nulls first and are right-aligned.
    bool isNumeric() const
    {
        return kind == Kind::Count || kind == Kind::Seconds || kind == Kind::Ratio || kind == Kind::Average;
    }
    bool alignsRight() const { return isNumeric() || kind == Kind::Formatted; }
};

struct ReportTable
{
    QString id; // stable, for file names: "answered-by-queue"
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;

    // The text a cell shows (the view, the PDF): "1:02:03", "85.7 %", "2026-11-02 14:05:00".
    // Counts and percentages are written in the user's locale (QLocale()), with its thousands
    // separator; durations as qw::durationText writes them everywhere ("0:42", "1:02:03").
    QString displayText(int row, int column, const QTimeZone& zone) const;
    static QString displayText(const QVariant& raw, ReportColumn::Kind kind, const QTimeZone& zone);
};

} // namespace qw
