#include "sources/realtimebinding.h"

#include "database/databaseconnection.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr qsizetype BatchSize = 4096;
constexpr qint64 SecondsPerDay = 86400;

QString wallTextOf(qint64 wallSeconds)
{
    return QDateTime::fromSecsSinceEpoch(wallSeconds, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}
} // namespace

RealtimeTableBinding::RealtimeTableBinding(RealtimeTable table, QString partition, QTimeZone zone)
    : m_table(std::move(table))
    , m_partition(std::move(partition))
    , m_zone(m_table.zoneOr(zone))
    , m_clock(m_zone)
{ }

RealtimeTableBinding::~RealtimeTableBinding() = default;

QString RealtimeTableBinding::origin() const
{
    return tr("realtime table %1 of %2").arg(m_table.table, m_table.url.toDisplayString());
}

bool RealtimeTableBinding::discover(DatabaseConnection& connection)
{
    if (m_layout && m_layoutConnection == &connection)
        return true;
    auto layout = RealtimeTableLayout::discover(connection, m_table.table);
    if (const auto* error = std::get_if<QString>(&layout)) {
        m_error = *error;
        return false;
    }
    m_layout = std::get<RealtimeTableLayout>(std::move(layout));
    m_layoutConnection = &connection;
    m_layoutText = m_layout->describe();
    return true;
}

ReadStatus RealtimeTableBinding::readWith(DatabaseConnection& connection, qint64 from, qint64 to,
                                          const BatchHandler& handler)
{
    if (!discover(connection))
        return ReadStatus::Failed;
    // The wall-clock bounds, a day wide on each side: the zone's offset, whatever it is, keeps
    // every row of [from, to) inside; the exact test is on the instant.
    WallClockReader clock(m_zone);
    RealtimeRows rows(connection, *m_layout, m_partition, clock);
    RealtimeCursor cursor;
    EventBatch batch;
    batch.reserve(BatchSize);
    bool stopped = false;
    const ReadStatus status
        = rows.read(cursor, WallClockReader::wallText(from - SecondsPerDay, m_zone),
                    WallClockReader::wallText(to + SecondsPerDay, m_zone), [&](QueueLogEvent& event) {
                        if (event.time < from || event.time >= to)
                            return true;
                        batch.append(std::move(event));
                        if (batch.size() >= BatchSize) {
                            if (!handler(batch)) {
                                stopped = true;
                                return false;
                            }
                            batch.clear();
                        }
                        return true;
                    });
    m_problems = rows.problems();
    m_error = rows.errorString();
    if (status != ReadStatus::Finished)
        return stopped ? ReadStatus::Stopped : status;
    if (!batch.isEmpty() && !handler(batch))
        return ReadStatus::Stopped;
    return ReadStatus::Finished;
}

ReadStatus RealtimeTableBinding::readRange(qint64 from, qint64 to, const BatchHandler& handler)
{
    DatabaseConnection connection(m_table.url);
    if (!connection.open(DatabaseConnection::OpenMode::MustExist)) {
        m_error = connection.errorString();
        return ReadStatus::Failed;
    }
    const ReadStatus status = readWith(connection, from, to, handler);
    m_layout.reset(); // its connection goes now
    m_layoutConnection = nullptr;
    return status;
}

std::variant<PartitionNames, QString> RealtimeTableBinding::namesIn(qint64 from, qint64 to,
                                                                    DatabaseConnection* connection)
{
    if (!connection)
        return tr("No connection to %1.").arg(m_table.url.toDisplayString());
    if (!connection->isOpen() && !connection->open(DatabaseConnection::OpenMode::MustExist))
        return connection->errorString();
    if (!discover(*connection))
        return m_error;
    // The distinct (queue, agent, verb) of the period, asked of the server rather than read row
    // by row: the names only. Bounds are the wall-clock texts of `from` and `to` in the table's
    // zone; when one falls in the hour a DST change writes twice, up to an hour more is included.
    const auto text = [&](qsizetype column) {
        return m_layout->textExpression(*connection, column);
    };
    const QString time = connection->quotedIdentifier(u"time"_s);
    QSqlQuery query(connection->database());
    query.setForwardOnly(true);
    const bool prepared = query.prepare(u"SELECT DISTINCT %1, %2, %3 FROM %4 WHERE %5 >= ? AND %5 < ?"_s.arg(
        text(1), text(2), text(3), connection->quotedIdentifier(m_layout->table), time));
    query.addBindValue(WallClockReader::wallText(from, m_zone));
    query.addBindValue(WallClockReader::wallText(to, m_zone));
    if (!prepared || !query.exec())
        return tr("Cannot read the names in the table %1: %2").arg(m_layout->table, query.lastError().text());
    PartitionNames names;
    QueueLogEvent event;
    while (query.next()) {
        // Columns 1, 2 and 3 of textColumns, as the row's file line holds them.
        event.queue = RealtimeRows::asLineField(1, query.value(0).toString());
        event.agent = RealtimeRows::asLineField(2, query.value(1).toString());
        event.verb = RealtimeRows::asLineField(3, query.value(2).toString());
        if (!event.verb.isEmpty()) // a row without a verb is a malformed line
            names.add(event);
    }
    if (query.lastError().isValid())
        return tr("Cannot read the names in the table %1: %2").arg(m_layout->table, query.lastError().text());
    return names;
}

void RealtimeTableBinding::follow(qint64 from, FollowMode)
{
    m_follow.restart(from);
    m_cursor = {};
    m_seen.clear();
    m_newestWall = 0;
    m_clock.reset();
}

ReadStatus RealtimeTableBinding::poll(const PollLimits& limits, DatabaseConnection* connection,
                                      const BatchHandler& handler)
{
    if (!connection || (!connection->isOpen() && !connection->open(DatabaseConnection::OpenMode::MustExist))) {
        m_error
            = connection ? connection->errorString() : tr("No connection to %1.").arg(m_table.url.toDisplayString());
        return ReadStatus::Failed;
    }
    if (!discover(*connection))
        return ReadStatus::Failed;
    EventBatch kept;
    m_follow.takeDue(limits.upTo, kept);
    // Rows from a day before the start: a server's clock going back a little is still read.
    QString fromText = WallClockReader::wallText(m_follow.from() - SecondsPerDay, m_zone);
    RealtimeCursor cursor = m_cursor;
    if (!m_layout->hasId) {
        // No id to follow: the late-row window before the newest time, read again each poll.
        cursor = {};
        if (m_newestWall > 0)
            fromText = std::max(fromText, wallTextOf(m_newestWall - LateRowWindow));
    }
    RealtimeRows rows(*connection, *m_layout, m_partition, m_clock);
    const ReadStatus status = rows.read(cursor, fromText, {}, [&](QueueLogEvent& event) {
        if (!m_layout->hasId) {
            const QString text = event.toLine();
            const qint64 wall = event.time + m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(event.time));
            m_newestWall = std::max(m_newestWall, wall);
            if (m_seen.contains(text))
                return true;
            m_seen.insert(text, wall);
        }
        m_follow.route(std::move(event), limits, kept);
        return true;
    });
    m_problems = rows.problems();
    // The rows read before a failure are handed on and the cursor stays after them: the next
    // poll, on a fresh connection, goes on from there and nothing comes twice.
    m_cursor = cursor;
    const bool hasId = m_layout->hasId;
    if (status == ReadStatus::Failed) {
        m_error = rows.errorString();
        connection->close();
        m_layout.reset();
    } else {
        m_error.clear();
    }
    if (!hasId) {
        for (auto it = m_seen.begin(); it != m_seen.end();)
            it = it.value() < m_newestWall - 2 * LateRowWindow ? m_seen.erase(it) : std::next(it);
    }
    if (!kept.isEmpty() && !handler(kept))
        return ReadStatus::Stopped;
    return status == ReadStatus::Failed ? ReadStatus::Failed : ReadStatus::Finished;
}

} // namespace qw
