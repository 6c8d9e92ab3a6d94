#include "sources/sourcebindings.h"

#include "sources/sourcespec.h"

namespace qw {

std::variant<std::pair<QString, QString>, QString> SourceBindings::parsePartitionFile(const QString& text)
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

std::optional<QString> SourceBindings::addPartition(const QString& text)
{
    const auto parsed = parsePartitionFile(text);
    if (const auto* error = std::get_if<QString>(&parsed))
        return *error;
    const auto& [name, where] = std::get<std::pair<QString, QString>>(parsed);
    if (!RealtimeTable::looksLikeTable(where)) {
        partitionTables.remove(name);
        partitionFiles.insert(name, where);
        return std::nullopt;
    }
    auto table = RealtimeTable::parse(where);
    if (const auto* error = std::get_if<QString>(&table))
        return tr("Partition %1: %2").arg(name, *error);
    partitionFiles.remove(name);
    partitionTables.insert(name, std::get<RealtimeTable>(std::move(table)));
    return std::nullopt;
}

QStringList SourceBindings::partitionTexts() const
{
    QStringList texts;
    for (auto it = partitionFiles.cbegin(); it != partitionFiles.cend(); ++it)
        texts.append(it.key() + u'=' + it.value());
    for (auto it = partitionTables.cbegin(); it != partitionTables.cend(); ++it)
        texts.append(it.key() + u'=' + it->toText());
    return texts;
}

} // namespace qw
