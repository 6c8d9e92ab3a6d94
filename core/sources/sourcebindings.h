#pragma once

#include "database/databaseurl.h"
#include "sources/membernames.h"
#include "sources/realtimetable.h"

#include <optional>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <variant>

namespace qw {

// What backs the partitions a spec names: files or Asterisk realtime tables given by name, else
// the database's QueueMetrics-style queue_log table.
struct SourceBindings
{
    Q_DECLARE_TR_FUNCTIONS(qw::SourceBindings)

public:
    SourceBindings() = default;
    SourceBindings(std::optional<DatabaseUrl> url, QMap<QString, QString> files = {}, MemberNames members = {})
        : database(std::move(url))
        , partitionFiles(std::move(files))
        , memberNames(std::move(members))
    { }

    std::optional<DatabaseUrl> database;
    QMap<QString, QString> partitionFiles; // partition name -> queue_log file path
    MemberNames memberNames; // interface -> member name, per partition (default member logging)
    QMap<QString, RealtimeTable> partitionTables; // partition name -> Asterisk realtime table
    QTimeZone tableZone = QTimeZone::systemTimeZone(); // for tables given without tz= (the report's zone)

    // Parses "NAME=PATH" (the command line's --partition); a message on error.
    static std::variant<std::pair<QString, QString>, QString> parsePartitionFile(const QString& text);
    // "NAME=PATH" or "NAME=mysql://...?table=T" / "NAME=sqlite:PATH?table=T": adds the file or
    // the table; a message on error.
    std::optional<QString> addPartition(const QString& text);
    // Every partition given a file or a table, one "NAME=..." a line (the settings' form).
    QStringList partitionTexts() const;
};

} // namespace qw
