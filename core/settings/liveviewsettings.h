#pragma once

#include "live/livesettings.h"

#include <QCoreApplication>
#include <QString>
#include <variant>

class QSettings;

namespace qw {

// What the live window shows, as the user chose it in the settings dialog: the demo, or a
// database and a source spec, and how often to poll. Stored in QSettings as plain text, which
// is why it has no password field: passwords stay in memory, in the environment, or (when the
// user asks for it) in the OS keychain.
struct LiveViewSettings
{
    Q_DECLARE_TR_FUNCTIONS(qw::LiveViewSettings)

public:
    static constexpr int DefaultPollSeconds = 5;
    static constexpr int MinPollSeconds = 1;
    static constexpr int MaxPollSeconds = 3600;

    bool demo = true;
    QString databaseUrl; // as typed, e.g. mysql://qw@db.example:3306/queuemetrics
    QString sourceSpec; // e.g. cluster:A|B-|C
    int pollSeconds = DefaultPollSeconds;
    QString memberNamesFile; // a member-names JSON file (see MemberNames); empty: none
    int windowHours = 0; // the live window: 0 since local midnight, else a sliding window of N hours
    // The servers' manager interfaces, one a line: "A=host:port,user=USER[,tls][,plain][,device=DEVICE]"
    // (read by ManagerConfig; never a secret). Empty: the queue_log alone.
    QString managers;
    bool actionsEnabled = false; // supervisor actions (pause, log on/off, listen) from the window
    // The passwords typed for this database and for the servers' managers go to the OS keychain
    // and come from there at the next start (see SourceSecrets).
    bool rememberPassword = false;
    bool rememberManagerSecrets = false;
    // Partitions read from elsewhere than the database's queue_log table, one a line: NAME=FILE, or
    // an Asterisk realtime table NAME=mysql://USER@HOST/DATABASE?table=TABLE&tz=ZONE (see
    // RealtimeTable; the password is the database's).
    QString partitions;

    // Values from a settings file are not trusted: anything unreadable falls back to its default.
    static LiveViewSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    // The live window these settings ask for (in the system's zone).
    LiveWindow window() const;

    // What the window calls this source: "demo cluster", or the spec and where it is read.
    QString description() const;

    // What is wrong with the database URL or the spec, in words; empty when they can be used.
    QString databaseUrlProblem() const;
    QString sourceSpecProblem() const;
    // What is wrong with the member-names file (it cannot be read, or holds nonsense); empty when
    // there is none or it can be used.
    QString memberNamesProblem() const;
    // What is wrong with a line of `partitions`; empty when they can all be used.
    QString partitionsProblem() const;

    // The poller's settings for a database source (not the demo), or the first problem.
    std::variant<LiveSettings, QString> toLiveSettings(const QString& sessionPassword = {}) const;

    friend bool operator==(const LiveViewSettings&, const LiveViewSettings&) = default;
};

} // namespace qw

Q_DECLARE_METATYPE(qw::LiveViewSettings)
