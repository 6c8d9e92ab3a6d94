#include "readers/partitionpage.h"

#include "database/databaseconnection.h"

#include <limits>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// The text columns travel packed into one value per row, separated by this character:
// one driver conversion per row instead of one per column (about 40 % faster with QMYSQL).
constexpr char16_t FieldSeparator = u'\x1f';
constexpr qsizetype FixedTextColumns = 4; // call_id, queue, agent, verb

// Decimal digits up to the separator; the number, with `position` moved past the separator.
std::optional<qint64> leadingNumber(QStringView text, qsizetype& position)
{
    qint64 value = 0;
    const qsizetype start = position;
    while (position < text.size() && text[position] != FieldSeparator) {
        const char16_t c = text[position].unicode();
        if (c < u'0' || c > u'9' || position - start > 18)
            return std::nullopt;
        value = value * 10 + (c - u'0');
        ++position;
    }
    if (position == start || position == text.size())
        return std::nullopt;
    ++position;
    return value;
}

// time_id, unique_row_count and the text columns as one value, separated by FieldSeparator.
QString packedColumnsExpression(const DatabaseConnection& connection, const QStringList& columns)
{
    QStringList parts {u"time_id"_s, u"unique_row_count"_s};
    for (const QString& column : columns)
        parts.append(u"IFNULL("_s + column + u", '')"_s);
    if (connection.url().driver() == DatabaseUrl::Driver::MySql)
        return u"CONCAT("_s + parts.join(u", CHAR(31 USING utf8mb4), "_s) + u')';
    return parts.join(u" || char(31) || "_s);
}
} // namespace

void splitDataColumn(QStringView data, QueueLogEvent& event)
{
    qsizetype start = 0;
    for (std::size_t field = 0; field < QueueLogEvent::DataFieldCount; ++field) {
        const qsizetype bar = field + 1 < QueueLogEvent::DataFieldCount ? data.indexOf(u'|', start) : -1;
        if (bar < 0) {
            event.data[field] = data.sliced(start).toString();
            return;
        }
        event.data[field] = data.sliced(start, bar - start).toString();
        start = bar + 1;
    }
}

std::variant<QueueLogTableLayout, QString> QueueLogTableLayout::discover(DatabaseConnection& connection,
                                                                         const QString& table)
{
    const QSqlRecord record = connection.database().record(table);
    if (record.isEmpty())
        return PartitionPage::tr("The table \"%1\" does not exist in %2.")
            .arg(table, connection.url().toDisplayString());
    for (const QString& required :
         {u"time_id"_s, u"call_id"_s, u"queue"_s, u"agent"_s, u"verb"_s, u"unique_row_count"_s, u"partition"_s}) {
        if (!record.contains(required))
            return PartitionPage::tr("The table \"%1\" has no column \"%2\": it is not a queue_log table.")
                .arg(table, required);
    }
    QueueLogTableLayout layout;
    layout.table = table;
    layout.textColumns = {u"call_id"_s, u"queue"_s, u"agent"_s, u"verb"_s};
    for (int i = 1; i <= QueueLogEvent::DataFieldCount; ++i) {
        const QString name = u"data"_s + QString::number(i);
        if (record.contains(name))
            layout.textColumns.append(name);
    }
    layout.singleDataColumn = layout.textColumns.size() == FixedTextColumns && record.contains(u"data"_s);
    if (layout.singleDataColumn)
        layout.textColumns.append(u"data"_s);
    return layout;
}

PartitionPage::PartitionPage(DatabaseConnection& connection, const QueueLogTableLayout& layout, QString partition,
                             qint64 to, int pageSize, qsizetype batchSize)
    : m_connection(connection)
    , m_layout(layout)
    // A copy of its own: the two lanes of a read stamp every event with the name, and one
    // shared reference count bouncing between two cores costs more than the copy.
    , m_partition(QString(partition.constData(), partition.size()))
    , m_to(to)
    , m_pageSize(pageSize)
    , m_batchSize(batchSize)
    , m_query(connection.database())
{
    // QMYSQL holds the whole page anyway, and seeking in it is what lets a reader learn where
    // the next page starts before handing this one on. QSQLITE would cache rows to seek: not there.
    m_query.setForwardOnly(connection.url().driver() == DatabaseUrl::Driver::Sqlite);
    // Keyset paging: the first condition is a range on the (partition, time_id, unique_row_count)
    // index; the second skips what the previous page already returned in its last second.
    const bool bounded = m_to != std::numeric_limits<qint64>::max();
    m_query.prepare(u"SELECT "_s + packedColumnsExpression(connection, layout.textColumns) + u" FROM "_s
                    + connection.quotedIdentifier(layout.table) + u" WHERE "_s
                    + connection.quotedIdentifier(u"partition"_s)
                    + u" = ? AND time_id >= ? AND (time_id > ? OR unique_row_count > ?)"_s
                    + (bounded ? u" AND time_id < ?"_s : QString()) + u" ORDER BY time_id, unique_row_count LIMIT "_s
                    + QString::number(m_pageSize));
}

bool PartitionPage::fetch(RowKey start)
{
    m_query.finish();
    m_query.bindValue(0, m_partition);
    m_query.bindValue(1, start.time);
    m_query.bindValue(2, start.time);
    m_query.bindValue(3, start.key);
    if (m_to != std::numeric_limits<qint64>::max())
        m_query.bindValue(4, m_to);
    if (!m_query.exec()) {
        m_error = tr("Cannot read partition %1: %2").arg(m_partition, m_query.lastError().text());
        return false;
    }
    // The driver holds the whole page, so its size is known (QSQLITE does not count: -1).
    m_rows = m_query.size();
    return true;
}

std::optional<RowKey> PartitionPage::lastKeyIfFull()
{
    if (m_rows < m_pageSize || !m_query.last())
        return std::nullopt;
    const QString packed = m_query.value(0).toString();
    m_query.seek(QSql::BeforeFirstRow);
    qsizetype position = 0;
    const std::optional<qint64> time = leadingNumber(packed, position);
    const std::optional<qint64> key = time ? leadingNumber(packed, position) : std::nullopt;
    if (!key)
        return std::nullopt;
    return RowKey {*time, *key};
}

ReadStatus PartitionPage::deliver(const RowFilter& keep, const BatchHandler& handler, RowKey& last)
{
    EventBatch batch;
    batch.reserve(m_batchSize);
    int rows = 0;
    while (m_query.next()) {
        ++rows;
        const QString packed = m_query.value(0).toString();
        qsizetype textStart = 0;
        const std::optional<qint64> time = leadingNumber(packed, textStart);
        const std::optional<qint64> key = time ? leadingNumber(packed, textStart) : std::nullopt;
        if (!key) {
            m_error = tr("Partition %1 has a row without a valid time_id or unique_row_count.").arg(m_partition);
            return ReadStatus::Failed;
        }
        last = {*time, *key};
        if (keep && !keep(last.time, last.key))
            continue;
        QueueLogEvent event;
        event.partition = m_partition;
        event.time = last.time;
        event.order = last.key;
        if (!unpackRow(QStringView(packed).sliced(textStart), event) && !readRowUnpacked(last.time, last.key, event)) {
            m_error = tr("Cannot read row %1 of partition %2.").arg(last.key).arg(m_partition);
            return ReadStatus::Failed;
        }
        batch.append(std::move(event));
        if (batch.size() >= m_batchSize) {
            if (!handler(batch))
                return ReadStatus::Stopped;
            batch.clear();
        }
    }
    if (m_query.lastError().isValid()) {
        m_error = tr("Reading partition %1 failed: %2").arg(m_partition, m_query.lastError().text());
        return ReadStatus::Failed;
    }
    m_rows = rows;
    m_query.finish();
    if (!batch.isEmpty() && !handler(batch))
        return ReadStatus::Stopped;
    return ReadStatus::Finished;
}

void PartitionPage::fillDataFields(const QStringView* fields, qsizetype count, QueueLogEvent& event) const
{
    if (m_layout.singleDataColumn) {
        splitDataColumn(count > 0 ? fields[0] : QStringView(), event);
        return;
    }
    for (qsizetype i = 0; i < count; ++i)
        event.data[std::size_t(i)] = fields[i].toString();
}

bool PartitionPage::unpackRow(QStringView packed, QueueLogEvent& event)
{
    std::array<QStringView, FixedTextColumns + QueueLogEvent::DataFieldCount> fields;
    const qsizetype expected = m_layout.textColumns.size();
    qsizetype start = 0;
    for (qsizetype field = 0; field < expected; ++field) {
        const qsizetype separator = packed.indexOf(FieldSeparator, start);
        const bool last = field + 1 == expected;
        if (last != (separator < 0))
            return false; // a field holds the separator itself: the caller reads the row unpacked
        const qsizetype end = last ? packed.size() : separator;
        fields[std::size_t(field)] = packed.sliced(start, end - start);
        start = end + 1;
    }
    event.callId = fields[0].toString();
    event.queue = m_pool.intern(fields[1]);
    event.agent = m_pool.intern(fields[2]);
    event.verb = m_pool.intern(fields[3]);
    fillDataFields(fields.data() + FixedTextColumns, expected - FixedTextColumns, event);
    return true;
}

bool PartitionPage::readRowUnpacked(qint64 time, qint64 key, QueueLogEvent& event)
{
    QSqlQuery query(m_connection.database());
    if (!query.prepare(u"SELECT "_s + m_layout.textColumns.join(u", "_s) + u" FROM "_s
                       + m_connection.quotedIdentifier(m_layout.table) + u" WHERE "_s
                       + m_connection.quotedIdentifier(u"partition"_s)
                       + u" = ? AND time_id = ? AND unique_row_count = ?"_s))
        return false;
    query.bindValue(0, m_partition);
    query.bindValue(1, time);
    query.bindValue(2, key);
    if (!query.exec() || !query.next())
        return false;
    std::array<QString, FixedTextColumns + QueueLogEvent::DataFieldCount> values;
    std::array<QStringView, FixedTextColumns + QueueLogEvent::DataFieldCount> views;
    for (int i = 0; i < int(m_layout.textColumns.size()); ++i) {
        values[std::size_t(i)] = query.value(i).toString();
        views[std::size_t(i)] = values[std::size_t(i)];
    }
    event.callId = values[0];
    event.queue = values[1];
    event.agent = values[2];
    event.verb = values[3];
    fillDataFields(views.data() + FixedTextColumns, m_layout.textColumns.size() - FixedTextColumns, event);
    return true;
}

} // namespace qw
