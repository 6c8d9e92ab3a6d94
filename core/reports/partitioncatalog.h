#pragma once

#include "sources/sourcebindings.h"
#include "sources/sourcespec.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <variant>

namespace qw {

class DatabaseConnection;

// One partition a report can read, as the report wizard lists it.
struct PartitionInfo
{
    enum class Origin
    {
        Database,
        File,
        RealtimeTable
    };

    QString name;
    Origin origin = Origin::Database;
    QString detail; // for a realtime table: its columns in one line (RealtimeTableLayout::describe)
    qint64 newestTime = 0; // epoch seconds of the newest event; 0 when there is none
    QString problem; // why it cannot be used (unreadable file, name a spec cannot hold); empty: fine

    bool hasEvents() const { return newestTime > 0; }
    friend bool operator==(const PartitionInfo&, const PartitionInfo&) = default;
};
using PartitionInfoList = QList<PartitionInfo>;

// The queues and agents that occur in some partitions during a period: what the report's
// filters can choose from. Agents are named as the report will name them (renamed per
// partition for clustrw specs).
struct CatalogNames
{
    QStringList queues;
    QStringList agents;
    // What to tell about partitions that log members under two names (see MemberSplit).
    QStringList memberSplitAdvice;

    friend bool operator==(const CatalogNames&, const CatalogNames&) = default;
};

// What a queue_log table and partition files hold, asked cheaply enough for a dialog: the
// partitions with their newest event, and the distinct queues and agents of a period. Every
// call runs on the caller's thread (use CatalogLoader from a GUI).
class PartitionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(qw::PartitionCatalog)
public:
    // The table's partitions ordered by name, or the database's error.
    static std::variant<PartitionInfoList, QString>
    databasePartitions(DatabaseConnection& connection, const QString& table = QStringLiteral("queue_log"));
    // A partition backed by a queue_log file: its newest event is the last valid line. An
    // unreadable file gives a message naming it.
    static std::variant<PartitionInfo, QString> filePartition(const QString& name, const QString& path);
    // A partition backed by an Asterisk realtime table (read on a connection of its own): its
    // layout in `detail` and, unless told LayoutOnly, its newest row (which costs a scan of a
    // table without an id); a table that cannot be read gives a message.
    enum class TableDetail
    {
        LayoutOnly,
        WithNewestRow
    };
    static std::variant<PartitionInfo, QString> tablePartition(const QString& name, const RealtimeTable& table,
                                                               const QTimeZone& defaultZone,
                                                               TableDetail detail = TableDetail::WithNewestRow);
    // Everything the bindings offer, ordered by name: a file replaces a database partition of
    // the same name, as Cluster::open does. `connection` may be null when there is no database.
    // A bad file is listed with its problem; a database that cannot be read is an error.
    static std::variant<PartitionInfoList, QString> partitions(const SourceBindings& bindings,
                                                               DatabaseConnection* connection);

    // Distinct queues and agents of the spec's partitions with from <= time < to, sorted. "NONE"
    // and empty values are left out.
    static std::variant<CatalogNames, QString> names(const SourceSpec& spec, const SourceBindings& bindings,
                                                     DatabaseConnection* connection, qint64 from, qint64 to);
};

} // namespace qw

Q_DECLARE_METATYPE(qw::PartitionInfoList)
Q_DECLARE_METATYPE(qw::CatalogNames)
