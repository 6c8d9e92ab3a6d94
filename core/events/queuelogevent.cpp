#include "events/queuelogevent.h"

namespace qw {

QString QueueLogEvent::toLine() const
{
    qsizetype lastData = DataFieldCount;
    while (lastData > 0 && data[std::size_t(lastData - 1)].isEmpty())
        --lastData;

    QString line = QString::number(time) + u'|' + callId + u'|' + queue + u'|' + agent + u'|' + verb + u'|';
    for (qsizetype i = 0; i < lastData; ++i) {
        if (i > 0)
            line += u'|';
        line += data[std::size_t(i)];
    }
    return line;
}

} // namespace qw
