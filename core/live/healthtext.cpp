#include "live/healthtext.h"

#include <climits>
#include <QDateTime>
#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
using State = PartitionHealth::State;

// A message from elsewhere (the database's) ends as a sentence, so the next one can follow it.
QString sentence(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(u'.') || trimmed.endsWith(u'!') || trimmed.endsWith(u'?'))
        return trimmed;
    return trimmed + u'.';
}

// "A", "A and B", "A, B and C": the servers that share one problem.
QString namesOf(const QStringList& names)
{
    if (names.size() <= 1)
        return names.value(0);
    return HealthText::tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(u", "_s), names.last());
}
} // namespace

QString HealthText::stateText(State state)
{
    switch (state) {
    case State::Ok:
        return tr("OK");
    case State::Quiet:
        return tr("Quiet");
    case State::Silent:
        return tr("Silent");
    case State::Behind:
        return tr("Behind");
    case State::Error:
        return tr("Error");
    }
    return {};
}

QString HealthText::stateWord(State state)
{
    switch (state) {
    case State::Ok:
        return u"ok"_s;
    case State::Quiet:
        return u"quiet"_s;
    case State::Silent:
        return u"silent"_s;
    case State::Behind:
        return u"behind"_s;
    case State::Error:
        return u"error"_s;
    }
    return {};
}

QString HealthText::timeText(qint64 time, qint64 now, bool seconds)
{
    if (time <= 0)
        return tr("never");
    const QDateTime moment = QDateTime::fromSecsSinceEpoch(time);
    const QString clock = moment.toString(seconds ? u"HH:mm:ss"_s : u"HH:mm"_s);
    if (moment.date() == QDateTime::fromSecsSinceEpoch(now).date())
        return clock;
    return moment.toString(u"yyyy-MM-dd "_s) + clock;
}

HealthText::Banner HealthText::banner(const QList<PartitionHealth>& health, qint64 now, Form form)
{
    Banner banner;
    // Servers with the same problem (the same database message, say) share one sentence.
    QMap<QString, QStringList> errors;
    QMap<QString, qint64> errorSince;
    QMap<QString, qint64> errorTrusted;
    QStringList silent;
    QStringList behind;
    qint64 behindSince = 0;
    qint64 silentSince = 0;
    qint64 newest = 0;
    for (const PartitionHealth& h : health) {
        newest = std::max(newest, h.newestRow);
        if (h.state == State::Error) {
            errors[h.error].append(h.partition);
            errorSince[h.error] = errorSince.contains(h.error) ? std::min(errorSince[h.error], h.since) : h.since;
            errorTrusted[h.error] = std::max(errorTrusted.value(h.error), h.trustedUntil);
        } else if (h.state == State::Behind) {
            behind.append(h.partition);
            behindSince = h.since;
        } else if (h.state == State::Silent) {
            silent.append(h.partition);
            silentSince = silentSince == 0 ? h.since : std::min(silentSince, h.since);
        }
    }
    const bool compact = form == Form::Compact;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QStringList& names = it.value();
        const QString since = timeText(errorSince[it.key()], now, false);
        const qint64 trusted = errorTrusted.value(it.key());
        QString line;
        if (compact) {
            line = names.size() == 1 ? tr("Server %1 cannot be read since %2").arg(names.first(), since)
                                     : tr("Servers %1 cannot be read since %2").arg(namesOf(names), since);
            if (trusted > 0)
                line += u' ' + tr("(figures as of %1)").arg(timeText(trusted, now, false));
        } else {
            line = names.size() == 1
                ? tr("Server %1 cannot be read since %2: %3").arg(names.first(), since, sentence(it.key()))
                : tr("Servers %1 cannot be read since %2: %3").arg(namesOf(names), since, sentence(it.key()));
            line += u' ';
            if (trusted <= 0)
                line += names.size() == 1 ? tr("Nothing of it has been read yet.")
                                          : tr("Nothing of theirs has been read yet.");
            else
                line += (names.size() == 1
                             ? tr("Its calls and agents are greyed, their times stopped at %1, the last read.")
                             : tr("Their calls and agents are greyed, their times stopped at %1, the last read."))
                            .arg(timeText(trusted, now));
        }
        banner.lines.append(line);
        banner.level = Level::Error;
    }
    if (!behind.isEmpty()) {
        banner.lines.append(
            compact ? tr("No new rows from any server since %1: the database is behind")
                          .arg(timeText(behindSince, now, false))
                    : tr("No new rows from any server since %1 (data as of %2): the database, or the replica "
                         "QueueWatch reads, is behind, or the loaders have stopped. Calls and agents are "
                         "greyed, their times stopped at %1.")
                          .arg(timeText(behindSince, now, false), timeText(newest, now)));
    }
    if (!silent.isEmpty()) {
        const QString since = timeText(silentSince, now, false);
        if (compact)
            banner.lines.append(silent.size() == 1 ? tr("Server %1 silent since %2").arg(silent.first(), since)
                                                   : tr("Servers %1 silent since %2").arg(namesOf(silent), since));
        else
            banner.lines.append(
                silent.size() == 1
                    ? tr("No new rows from server %1 since %2 while calls of it are open: the server, its "
                         "loader or the database may have stopped. Its calls and agents are greyed.")
                          .arg(silent.first(), since)
                    : tr("No new rows from servers %1 since %2 while calls of theirs are open: the servers, "
                         "their loaders or the database may have stopped. Their calls and agents are greyed.")
                          .arg(namesOf(silent), since));
    }
    for (const PartitionHealth& h : health) {
        if (h.futureRows <= 0)
            continue;
        const int count = int(std::min<qint64>(h.futureRows, INT_MAX));
        banner.lines.append(compact ? tr("Server %1: clock ahead?").arg(h.partition)
                                    : tr("Server %1 has %n row(s) dated %2 or later, in the future: its clock may "
                                         "be wrong. They are set aside, not shown.",
                                         nullptr, count)
                                          .arg(h.partition, timeText(h.firstFutureRow, now)));
    }
    if (banner.level == Level::None && !banner.lines.isEmpty())
        banner.level = Level::Warning;
    return banner;
}

QString HealthText::serverLabel(const PartitionHealth& health, qint64 now)
{
    QString text = health.partition + u": "_s + stateText(health.state);
    if (health.state == State::Error)
        return text + u' ' + tr("since %1").arg(timeText(health.since, now, false));
    if (health.newestRow > 0)
        text += u" \u00B7 "_s + tr("data %1").arg(timeText(health.newestRow, now));
    return text;
}

QString HealthText::serverDetails(const PartitionHealth& health, qint64 now)
{
    QStringList lines;
    lines << tr("Server %1: %2 since %3").arg(health.partition, stateText(health.state), timeText(health.since, now));
    lines << tr("Data as of (newest row): %1").arg(timeText(health.newestRow, now));
    lines << tr("Last successful read: %1").arg(timeText(health.lastSuccessfulPoll, now));
    lines << tr("Calls open: %1").arg(health.openCalls);
    if (const QString transport = transportText(health.transport); !transport.isEmpty())
        lines << transport;
    if (health.isTrouble() && health.trustedUntil > 0)
        lines << tr("Its figures are as of %1").arg(timeText(health.trustedUntil, now));
    if (health.futureRows > 0)
        lines << tr("%n row(s) from the future set aside, the first dated %1", nullptr,
                    int(std::min<qint64>(health.futureRows, INT_MAX)))
                     .arg(timeText(health.firstFutureRow, now));
    if (!health.error.isEmpty())
        lines << tr("Error: %1").arg(health.error);
    return lines.join(u'\n');
}

QString HealthText::transportText(const Transport& transport)
{
    switch (transport.kind) {
    case Transport::Kind::Encrypted:
        return tr("Connection: encrypted (%1, %2)").arg(transport.protocol, transport.cipher);
    case Transport::Kind::Plain:
        return tr("Connection: not encrypted");
    case Transport::Kind::Local:
        break;
    }
    return {};
}

QString HealthText::managerWord(ServerPicture::State state)
{
    switch (state) {
    case ServerPicture::State::Ready:
        return tr("OK");
    case ServerPicture::State::Connecting:
        return tr("connecting");
    case ServerPicture::State::Down:
        return tr("down");
    case ServerPicture::State::Refused:
        return tr("refused the login");
    case ServerPicture::State::NotConfigured:
        break;
    }
    return {};
}

QString HealthText::managerDetails(const ServerPicture& manager, qint64 now)
{
    if (manager.state == ServerPicture::State::NotConfigured)
        return tr("No manager interface: members and states from queue_log alone.");
    QStringList lines;
    lines << tr("Manager interface: %1 since %2").arg(managerWord(manager.state), timeText(manager.since, now));
    if (!manager.message.isEmpty() && !manager.isReady())
        lines << manager.message;
    lines << (manager.isReady() ? tr("Members, device states and places in line from the server itself.")
                                : tr("Meanwhile members and states from queue_log alone."));
    return lines.join(u'\n');
}

QString HealthText::readTimes(const LiveUpdate& update)
{
    const qint64 at = update.snapshot.at;
    QString text = tr("Read at %1").arg(timeText(at, at));
    QStringList others;
    for (const PartitionHealth& h : update.health) {
        if (h.lastSuccessfulPoll != at)
            others << tr("%1 last read %2").arg(h.partition, timeText(h.lastSuccessfulPoll, at));
    }
    if (!others.isEmpty())
        text += u" ("_s + others.join(u", "_s) + u')';
    return text;
}

} // namespace qw
