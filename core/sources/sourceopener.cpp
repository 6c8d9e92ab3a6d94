#include "sources/sourceopener.h"

namespace qw {

std::variant<PartitionSources, QString> SourceOpener::open(const SourceSpec& spec, const SourceBindings& bindings)
{
    PartitionSources sources;
    if (spec.kind() == SourceSpec::Kind::File) {
        sources.push_back(std::make_unique<FilePartitionSource>(spec.filePath(), spec.partitions().first().name));
        return sources;
    }
    for (const SpecPartition& partition : spec.partitions()) {
        const auto file = bindings.partitionFiles.constFind(partition.name);
        if (file != bindings.partitionFiles.cend()) {
            sources.push_back(std::make_unique<FilePartitionSource>(file.value(), partition.name));
        } else if (bindings.database) {
            sources.push_back(std::make_unique<SqlPartitionSource>(*bindings.database, partition.name));
        } else {
            return tr("Partition \"%1\" has nothing to read from: give a database URL, or a file for it "
                      "(%1=PATH).")
                .arg(partition.name);
        }
    }
    return sources;
}

std::variant<std::pair<QString, QString>, QString> SourceOpener::parsePartitionFile(const QString& text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals < 0)
        return tr("\"%1\" should be NAME=PATH, for example A=/var/log/asterisk/queue_log.").arg(text);
    const QString name = text.first(equals);
    const QString path = text.sliced(equals + 1);
    if (!SourceSpec::isValidPartitionName(name))
        return tr("\"%1\" is not a partition name: use 1 to 20 of A-Z, a-z, 0-9, \"_\" and \".\".").arg(name);
    if (path.isEmpty())
        return tr("The partition %1 needs a file path after \"=\".").arg(name);
    return std::pair {name, path};
}

} // namespace qw
