#pragma once

#include "database/databaseurl.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>
#include <variant>

namespace qw {

// One server's queue_log as Asterisk's realtime configuration writes it into a database table
// of its own (extconfig.conf: queue_log => mysql,...): no partition column, the server's local
// time in a `time` column, `data1`..`data5` or one old `data` column. Written as
//   mysql://USER@HOST[:PORT]/DATABASE?table=TABLE[&tz=ZONE][&ssl-ca=...]
//   sqlite:PATH?table=TABLE[&tz=ZONE]
// with the password from QUEUEWATCH_DB_PASSWORD, as for --db. Without tz the times are read in
// the report's zone (the live view's: the system's).
struct RealtimeTable
{
    Q_DECLARE_TR_FUNCTIONS(qw::RealtimeTable)

public:
    DatabaseUrl url;
    QString table;
    QString zoneId; // IANA id; empty: the reader's default zone

    // Whether `text` is meant as a table (a database URL) rather than a file path.
    static bool looksLikeTable(const QString& text);
    static std::variant<RealtimeTable, QString> parse(const QString& text);
    // Back to the written form, without secrets: what settings and definitions store.
    QString toText() const;
    QTimeZone zoneOr(const QTimeZone& fallback) const;

    friend bool operator==(const RealtimeTable&, const RealtimeTable&) = default;
};

} // namespace qw
