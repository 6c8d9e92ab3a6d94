#pragma once

#include "database/databaseurl.h"
#include "sources/partitionsource.h"
#include "sources/sourcespec.h"

#include <optional>
#include <QCoreApplication>
#include <QMap>
#include <variant>

namespace qw {

// What backs the partitions a spec names: files given by name, else the database.
struct SourceBindings
{
    std::optional<DatabaseUrl> database;
    QMap<QString, QString> partitionFiles; // partition name -> queue_log file path
};

class SourceOpener
{
    Q_DECLARE_TR_FUNCTIONS(qw::SourceOpener)
public:
    // One PartitionSource per partition of the spec, in spec order; or a message naming the
    // partition that has nothing behind it.
    static std::variant<PartitionSources, QString> open(const SourceSpec& spec, const SourceBindings& bindings);

    // Parses "NAME=PATH" (the report CLI's --partition); a message on error.
    static std::variant<std::pair<QString, QString>, QString> parsePartitionFile(const QString& text);
};

} // namespace qw
