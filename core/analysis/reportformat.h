#pragma once

#include "analysis/report.h"

#include <QByteArray>
#include <QJsonObject>

namespace qw {

// The report as the CLI's JSON contract (report-json.md) lays it out. New fields may be
// added; the contract's fields keep their meaning.
QJsonObject reportToJson(const Report& report, bool withCalls);

// CSV for spreadsheets: the per-queue KPI table, or with `calls` one row per call. Text
// fields that a spreadsheet would run as a formula are prefixed with an apostrophe.
QByteArray queueTableCsv(const Report& report);
QByteArray callListCsv(const Report& report);

// One CSV field, quoted when it needs it (RFC 4180).
QString csvField(const QString& text);

} // namespace qw
