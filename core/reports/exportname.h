#pragma once

#include <QString>
#include <QTimeZone>

namespace qw {

// The file name an export dialog proposes: the report's title and the first day of its period,
// then what is exported, e.g. "Sales-daily-2026-11-02.pdf" or "Sales-daily-2026-11-02-calls.csv".
// Letters of any script are kept; characters that file systems refuse (/ \ : * ? " < > |),
// control characters and spaces become "-".
QString exportFileName(const QString& title, qint64 periodFrom, const QTimeZone& zone, const QString& what,
                       const QString& extension);

} // namespace qw
