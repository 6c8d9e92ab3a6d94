#include "reports/figurehelp.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace qw {

QString FigureHelp::describe(const QString& key)
{
    // Built at each call: the texts follow the language chosen at run time.
    const QHash<QString, QString> help {
        {u"offered"_s,
         tr("Calls that entered the queue in the period and ended within 4 hours: answered plus unanswered. "
            "A call that entered a second queue counts there too.")},
        {u"answered"_s, tr("Calls an agent answered (a CONNECT, or a completed call).")},
        {u"unanswered"_s,
         tr("Calls that ended without an agent: the caller hung up, timed out, found no agents, "
            "pressed a key, or the server restarted.")},
        {u"abandon"_s, tr("The caller hung up while waiting.")},
        {u"timeout"_s, tr("The queue's maximum wait ran out.")},
        {u"exitempty"_s, tr("The call left because the queue had no agents who could take it.")},
        {u"exitwithkey"_s, tr("The caller pressed a key to leave the queue.")},
        {u"other"_s,
         tr("Unanswered for another reason: withdrawn, media incompatible, or the server restarted "
            "while the caller waited.")},
        {u"answered_within_sl"_s, tr("Answered calls that waited no longer than the service-level threshold.")},
        {u"unanswered_within_sl"_s,
         tr("Unanswered calls that gave up within the threshold: they count neither for nor against the "
            "service level.")},
        {u"service_level"_s,
         tr("Answered within the threshold, divided by offered minus unanswered within the threshold.")},
        {u"sl_answered"_s, tr("Answered within the threshold, divided by all answered calls (Asterisk's SL).")},
        {u"sl2"_s, tr("Calls that ended within the threshold, answered or not, divided by offered (Asterisk's SL2).")},
        {u"avg_wait_answered"_s, tr("Average time answered calls waited before an agent took them (ASA).")},
        {u"max_wait_answered"_s, tr("The longest wait of an answered call.")},
        {u"avg_talk"_s, tr("Average conversation of the answered calls whose talk time is known.")},
        {u"total_talk"_s, tr("All conversation time of the answered calls.")},
        {u"avg_wait_unanswered"_s, tr("Average time unanswered callers waited before their call ended.")},
        {u"transfers"_s, tr("Answered calls the agent transferred (blind, attended or old-style).")},
        {u"ring_no_answer"_s, tr("Times an agent's phone rang for a call and was not answered.")},
        {u"answered_share"_s, tr("Answered divided by offered.")},
        {u"logged_in"_s,
         tr("Time the agent was logged in (to any queue, or by agent login) within the period, "
            "up to now for a period still running.")},
        {u"paused"_s, tr("Time the agent was paused within the period, up to now for a period still running.")},
        {u"share_of_answered"_s, tr("Answered calls that waited at most this long, as a share of all answered.")},
        {u"share_of_unanswered"_s,
         tr("Unanswered calls that gave up within this many seconds, as a share of "
            "all unanswered.")},
        {u"calls"_s, tr("Unanswered calls that ended this way.")},
        {u"within_s"_s, tr("A wait in seconds: the row counts calls that waited at most this long.")},
        {u"wait"_s, tr("Seconds from entering the queue to the answer, or to the end of an unanswered call.")},
        {u"talk"_s, tr("Seconds of conversation; empty when the log does not tell.")},
        {u"outcome"_s, tr("Answered, or why the call went unanswered.")},
        {u"transferred"_s, tr("The agent transferred the call.")},
        {u"server"_s, tr("The Asterisk server (partition) the call or figure comes from.")},
        {u"servers"_s, tr("The servers the agent's calls and sessions come from.")},
    };
    return help.value(key);
}

} // namespace qw
