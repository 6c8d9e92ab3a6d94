#include "live/livesettings.h"

#include "time/zonetime.h"

namespace qw {

qint64 LiveWindow::startAt(qint64 now) const
{
    if (slidingHours) {
        const qint64 start = now - qint64(*slidingHours) * 3600;
        return start - ((start % SlidingStep) + SlidingStep) % SlidingStep; // floor, also before 1970
    }
    const LocalCalendar calendar(zone, now - 86400, now + 86400);
    return calendar.startOfDay(now);
}

} // namespace qw
