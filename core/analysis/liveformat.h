#pragma once

#include "analysis/livesnapshot.h"

#include <QJsonObject>

namespace qw {

// The live state as the CLI's JSON contract lays it out (report-json.md, "Live state").
QJsonObject liveToJson(const LiveSnapshot& snapshot);

} // namespace qw
