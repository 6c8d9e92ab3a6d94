#pragma once

#include "database/databaseurl.h"
#include "sources/membernames.h"

#include <optional>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <variant>

namespace qw {

// What backs the partitions a spec names: files given by name, else the database.
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

    // Parses "NAME=PATH" (the command line's --partition); a message on error.
    static std::variant<std::pair<QString, QString>, QString> parsePartitionFile(const QString& text);
};

} // namespace qw
