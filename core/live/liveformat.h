#pragma once

#include "live/livesnapshot.h"
#include "live/liveupdate.h"

#include <QJsonObject>

namespace qw {

// The live state as the CLI's JSON contract lays it out ("Live state" in the README), with
// "partitions": each partition's health, when `health` is given.
QJsonObject liveToJson(const LiveSnapshot& snapshot, const QList<PartitionHealth>& health = {});

} // namespace qw
