#pragma once

#include <Qt>

namespace qw {

// Roles every QueueWatch model answers. Sorting, filtering, charts and exports read the raw
// roles, never the display text.
enum ModelRole
{
    SortRole = Qt::UserRole, // raw value: numbers, epoch seconds, durations in seconds
    StateRole, // a state word for delegates ("free", "paused", "error", ...)
    KeyRole, // the row's identity (queue name, agent, server + call id)
    StaleRole, // true while a server the row depends on is not up to date: views grey the row
};

} // namespace qw
