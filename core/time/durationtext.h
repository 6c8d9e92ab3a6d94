#pragma once

#include <QString>

namespace qw {

// "0:42", "12:05", "1:02:03": how the live view writes a duration.
QString durationText(qint64 seconds);

} // namespace qw
