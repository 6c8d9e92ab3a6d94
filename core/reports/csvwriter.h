#pragma once

#include "reports/reporttable.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace qw {

// The one CSV writer of QueueWatch: queuewatch-report --format csv and the report window's
// "Export table as CSV" both write a ReportTable with it, so both follow the same rules
// (README "CSV"):
// - UTF-8, RFC 4180 quoting, CRLF line ends, a header row;
// - the header is each column's key with its unit: durations "_s" (whole seconds; averages with
//   one decimal), ratios "_pct" (a percentage with one decimal, 85.7 for 0.857); a time gives two
//   columns, KEY in epoch seconds and KEY_local as "yyyy-MM-dd HH:mm:ss" in the report's zone;
// - numbers in the C locale (a dot for decimals, no thousands separator), or for the window's
//   export in the user's locale (its decimal mark; then ';' separates the cells where that mark
//   is a comma, as spreadsheets there expect); no value: empty;
// - text cells are never run by a spreadsheet: one starting with = + - @, a tab or a CR gets an
//   apostrophe in front; a NUL byte becomes U+FFFD.
QByteArray reportTableCsv(const ReportTable& table, const QTimeZone& zone, QLocale locale = QLocale::c());

// The cell separator for numbers in `locale`: ',' or, where the comma is the decimal mark, ';'.
QChar csvSeparator(const QLocale& locale);

// One text cell by the rules above (formula guard, NUL, quoting).
QString csvTextCell(const QString& text);

// The header cells a column gives (one, or two for a time).
QStringList csvHeaders(const ReportColumn& column);

} // namespace qw
