#pragma once

#include "reports/report.h"

#include <QJsonObject>

namespace qw {

// The report as the CLI's JSON contract (report-json.md) lays it out. New fields may be
// added; the contract's fields keep their meaning.
QJsonObject reportToJson(const Report& report, bool withCalls);

} // namespace qw
