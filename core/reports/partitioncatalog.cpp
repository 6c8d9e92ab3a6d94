#include "reports/partitioncatalog.h"

#include "database/databaseconnection.h"
#include "engine/membersplit.h"
#include "parsing/queuelogparser.h"
#include "pipeline/cluster.h"
#include "pipeline/clusterevent.h"
#include "readers/queuelogfilereader.h"
#include "readers/realtimerows.h"

#include <algorithm>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr qint64 TailChunk = 64 * 1024;

QStringList sortedNames(const QSet<QString>& names)
{
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return sorted;
}

// The time of the last line of `bytes` that parses. When the bytes start mid-file their first
// line may be cut, so it is not trusted.
std::optional<qint64> lastEventTime(const QByteArray& bytes, bool firstLineIsPartial)
{
    QueueLogParser parser;
    qsizetype end = bytes.size();
    while (end > 0) {
        const qsizetype newline = bytes.lastIndexOf('\n', end - 1);
        const qsizetype start = newline + 1;
        if (newline < 0 && firstLineIsPartial)
            break; // the window cut this line: it is read whole by the next, wider window
        const auto result = parser.parse(QByteArrayView(bytes).sliced(start, end - start), 0);
        if (const auto* event = std::get_if<QueueLogEvent>(&result))
            return event->time;
        if (newline < 0)
            break;
        end = newline;
    }
    return std::nullopt;
}
} // namespace

std::variant<PartitionInfoList, QString> PartitionCatalog::databasePartitions(DatabaseConnection& connection,
                                                                              const QString& table)
{
    if (!connection.isOpen() && !connection.open(DatabaseConnection::OpenMode::MustExist))
        return connection.errorString();
    const QString column = connection.quotedIdentifier(u"partition"_s);
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    // With the (partition, time_id, ...) key this is one index probe per partition.
    const QString sql
        = u"SELECT %1, MAX(time_id) FROM %2 GROUP BY %1 ORDER BY %1"_s.arg(column, connection.quotedIdentifier(table));
    if (!query.exec(sql))
        return tr("Cannot list the partitions of %1: %2").arg(table, query.lastError().text());
    PartitionInfoList partitions;
    while (query.next()) {
        PartitionInfo info;
        info.name = query.value(0).toString();
        info.newestTime = query.value(1).toLongLong();
        if (!SourceSpec::isValidPartitionName(info.name))
            info.problem = tr("A source spec cannot name this partition: names are 1 to 20 of A-Z, a-z, 0-9, "
                              "\"_\" and \".\".");
        partitions.append(info);
    }
    if (query.lastError().isValid())
        return tr("Cannot list the partitions of %1: %2").arg(table, query.lastError().text());
    return partitions;
}

std::variant<PartitionInfo, QString> PartitionCatalog::filePartition(const QString& name, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1 (partition %2): %3").arg(path, name, file.errorString());
    PartitionInfo info;
    info.name = name;
    info.origin = PartitionInfo::Origin::File;
    const qint64 size = file.size();
    // Files are written in time order: the newest event is the last line that parses. Read a
    // window from the end, wider each time it holds no valid line.
    for (qint64 window = TailChunk;; window *= 2) {
        const qint64 start = std::max<qint64>(0, size - window);
        if (!file.seek(start))
            return tr("Cannot read %1: %2").arg(path, file.errorString());
        const QByteArray bytes = file.read(size - start);
        if (bytes.size() != size - start)
            return tr("Cannot read %1: %2").arg(path, file.errorString());
        if (const auto time = lastEventTime(bytes, start > 0)) {
            info.newestTime = *time;
            break;
        }
        if (start == 0)
            break; // no valid line at all: an empty partition
    }
    return info;
}

std::variant<PartitionInfo, QString> PartitionCatalog::tablePartition(const QString& name, const RealtimeTable& table,
                                                                      const QTimeZone& defaultZone, TableDetail detail)
{
    DatabaseConnection connection(table.url);
    if (!connection.open(DatabaseConnection::OpenMode::MustExist))
        return connection.errorString();
    auto discovered = RealtimeTableLayout::discover(connection, table.table);
    if (const auto* error = std::get_if<QString>(&discovered))
        return *error;
    const RealtimeTableLayout& layout = std::get<RealtimeTableLayout>(discovered);
    PartitionInfo info;
    info.name = name;
    info.origin = PartitionInfo::Origin::RealtimeTable;
    info.detail = layout.describe();
    if (detail == TableDetail::LayoutOnly)
        return info;
    // The newest row by the table's own order (the last written), with a readable time.
    const QString time = connection.quotedIdentifier(u"time"_s);
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT CAST(%1 AS %2) FROM %3 WHERE %1 IS NOT NULL ORDER BY %4 DESC LIMIT 20"_s.arg(
            time, connection.url().driver() == DatabaseUrl::Driver::MySql ? u"CHAR"_s : u"TEXT"_s,
            connection.quotedIdentifier(table.table), layout.hasId ? connection.quotedIdentifier(u"id"_s) : time)))
        return tr("Cannot read %1: %2").arg(table.table, query.lastError().text());
    WallClockReader clock(table.zoneOr(defaultZone));
    while (query.next() && info.newestTime == 0) {
        if (const auto reading = clock.read(query.value(0).toString()))
            info.newestTime = reading->utc;
    }
    return info;
}

std::variant<PartitionInfoList, QString> PartitionCatalog::partitions(const SourceBindings& bindings,
                                                                      DatabaseConnection* connection)
{
    PartitionInfoList listed;
    if (connection) {
        auto fromDatabase = databasePartitions(*connection);
        if (const auto* error = std::get_if<QString>(&fromDatabase))
            return *error;
        listed = std::get<PartitionInfoList>(std::move(fromDatabase));
    }
    // A file or a table replaces a database partition of the same name; one it cannot read is
    // listed with its problem.
    const auto list = [&listed](const QString& name, PartitionInfo::Origin origin,
                                const std::variant<PartitionInfo, QString>& found) {
        PartitionInfo info;
        if (const auto* error = std::get_if<QString>(&found)) {
            info.name = name;
            info.origin = origin;
            info.problem = *error;
        } else {
            info = std::get<PartitionInfo>(found);
        }
        listed.removeIf([&](const PartitionInfo& other) { return other.name == info.name; });
        listed.append(info);
    };
    for (auto it = bindings.partitionFiles.cbegin(); it != bindings.partitionFiles.cend(); ++it)
        list(it.key(), PartitionInfo::Origin::File, filePartition(it.key(), it.value()));
    for (auto it = bindings.partitionTables.cbegin(); it != bindings.partitionTables.cend(); ++it)
        list(it.key(), PartitionInfo::Origin::RealtimeTable, tablePartition(it.key(), it.value(), bindings.tableZone));
    std::sort(listed.begin(), listed.end(),
              [](const PartitionInfo& a, const PartitionInfo& b) { return a.name < b.name; });
    return listed;
}

std::variant<CatalogNames, QString> PartitionCatalog::names(const SourceSpec& spec, const SourceBindings& bindings,
                                                            DatabaseConnection* connection, qint64 from, qint64 to)
{
    auto opened = Cluster::open(spec, bindings);
    if (const auto* error = std::get_if<QString>(&opened))
        return *error;
    QSet<QString> queues;
    QSet<QString> agents;
    QStringList advice;
    for (ClusterPartition& partition : std::get<Cluster>(opened).partitions()) {
        auto found = partition.binding().namesIn(from, to, connection);
        if (const auto* error = std::get_if<QString>(&found))
            return *error;
        const PartitionNames& names = std::get<PartitionNames>(found);
        queues.unite(names.queues);
        // Agents as the report names them (the cluster's rule for this partition, clustrw's renaming).
        for (const QString& agent : names.agents)
            agents.insert(partition.rewrittenAgent(agent));
        MemberSplit split;
        for (const auto& [agent, verb] : names.memberLines)
            split.note(partition.rewrittenAgent(agent), classifyVerb(verb));
        if (split.found())
            advice.append(MemberSplit::advice(partition.binding().partition(), split.interfaces()));
    }
    return CatalogNames {sortedNames(queues), sortedNames(agents), advice};
}

} // namespace qw
