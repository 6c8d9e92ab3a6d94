#pragma once

#include "live/liveupdate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qw {

// The words the live window, the wallboard and their tests use for each server's health, in
// one place so that every screen says the same thing.
class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(qw::HealthText)
public:
    enum class Level
    {
        None, // nothing to say
        Warning, // figures may be incomplete (silent, behind, rows from the future)
        Error // a server cannot be read
    };
    enum class Form
    {
        Full, // sentences with the database's message, for the live window
        Compact // a few words per problem, for the wallboard's one line
    };
    struct Banner
    {
        Level level = Level::None;
        QStringList lines; // one sentence per problem, servers with the same problem together
    };

    static QString stateText(PartitionHealth::State state); // "OK", "Quiet", "Silent", ...
    static QString stateWord(PartitionHealth::State state); // "ok", "quiet", ...: a stable key for JSON and delegates
    // What the banner says above the tables, or nothing when all is well.
    static Banner banner(const QList<PartitionHealth>& health, qint64 now, Form form = Form::Full);
    // One server in the status bar: "A: OK · data 10:42:10".
    static QString serverLabel(const PartitionHealth& health, qint64 now);
    // Everything known about one server, for its tooltip.
    static QString serverDetails(const PartitionHealth& health, qint64 now);
    // A server's manager interface: "OK", "down", ... (nothing when none is configured), and what
    // its tooltip adds: since when, why, and what the window shows of that server meanwhile.
    // A database connection's encryption: "Connection: encrypted (TLSv1.3, ...)"; nothing for files.
    static QString transportText(const Transport& transport);
    static QString managerWord(ServerPicture::State state);
    static QString managerDetails(const ServerPicture& manager, qint64 now);
    // "Read at 10:42:13", plus the servers last read at another time.
    static QString readTimes(const LiveUpdate& update);
    // A time shown to the user: "10:42:13", with the date when it is not the day of `now`.
    static QString timeText(qint64 time, qint64 now, bool seconds = true);
};

} // namespace qw
