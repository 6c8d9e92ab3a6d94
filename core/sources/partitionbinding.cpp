#include "sources/partitionbinding.h"

#include "database/databaseconnection.h"
#include "readers/partitionreader.h"
#include "readers/queuelogfilereader.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// Empty and NONE name no queue and no agent.
bool isName(const QString& value)
{
    return !value.isEmpty() && value != u"NONE";
}

} // namespace

const QStringList& PartitionNames::memberVerbs()
{
    // The verbs MemberSplit looks at.
    static const QStringList verbs {u"ADDMEMBER"_s,  u"REMOVEMEMBER"_s, u"AGENTLOGIN"_s, u"AGENTCALLBACKLOGIN"_s,
                                    u"CONNECT"_s,    u"PAUSE"_s,        u"UNPAUSE"_s,    u"PAUSEALL"_s,
                                    u"UNPAUSEALL"_s, u"RINGNOANSWER"_s};
    return verbs;
}

void PartitionNames::add(const QueueLogEvent& event)
{
    if (isName(event.queue))
        queues.insert(event.queue);
    if (isName(event.agent)) {
        agents.insert(event.agent);
        if (memberVerbs().contains(event.verb))
            memberLines.insert({event.agent, event.verb});
    }
}

void OrderedFollow::restart(qint64 from)
{
    m_from = from;
    m_early.clear();
    m_newest = 0;
    m_future = {};
}

void OrderedFollow::takeDue(qint64 upTo, EventBatch& kept)
{
    while (!m_early.empty() && m_early.front().time <= upTo) {
        m_newest = std::max(m_newest, m_early.front().time);
        if (m_early.front().time >= m_from)
            kept.append(std::move(m_early.front()));
        m_early.pop_front();
    }
}

void OrderedFollow::route(QueueLogEvent&& event, const PollLimits& limits, EventBatch& kept)
{
    if (event.time > limits.futureAfter) {
        m_future.earliest = m_future.count == 0 ? event.time : std::min(m_future.earliest, event.time);
        ++m_future.count;
        return;
    }
    if (event.time > limits.upTo || !m_early.empty()) {
        m_early.push_back(std::move(event));
        return;
    }
    m_newest = std::max(m_newest, event.time);
    if (event.time >= m_from)
        kept.append(std::move(event));
}

FilePartitionBinding::FilePartitionBinding(QString path, QString partition)
    : m_path(std::move(path))
    , m_partition(std::move(partition))
{ }

FilePartitionBinding::~FilePartitionBinding() = default;

QString FilePartitionBinding::origin() const
{
    return tr("file %1").arg(m_path);
}

ReadStatus FilePartitionBinding::readRange(qint64 from, qint64 to, const BatchHandler& handler)
{
    // A file has no index: read it all and keep the events of the period, in file order.
    QueueLogFileReader reader(m_path, m_partition);
    EventBatch kept;
    const ReadStatus status = reader.readAvailable([&](EventBatch& batch) {
        kept.clear();
        for (QueueLogEvent& event : batch) {
            if (event.time >= from && event.time < to)
                kept.append(std::move(event));
        }
        return kept.isEmpty() || handler(kept);
    });
    m_problems = reader.problems();
    m_error = reader.errorString();
    return status;
}

std::variant<PartitionNames, QString> FilePartitionBinding::namesIn(qint64 from, qint64 to, DatabaseConnection*)
{
    PartitionNames names;
    const ReadStatus status = readRange(from, to, [&names](EventBatch& batch) {
        for (const QueueLogEvent& event : std::as_const(batch))
            names.add(event);
        return true;
    });
    if (status == ReadStatus::Failed)
        return m_error;
    return names;
}

void FilePartitionBinding::follow(qint64 from, FollowMode mode)
{
    m_mode = mode;
    m_follower.reset();
    m_follow.restart(from);
}

ReadStatus FilePartitionBinding::poll(const PollLimits& limits, DatabaseConnection*, const BatchHandler& handler)
{
    if (!m_follower)
        m_follower = std::make_unique<QueueLogFileReader>(
            m_path, m_partition,
            m_mode == FollowMode::Growing ? QueueLogFileReader::Mode::Follow : QueueLogFileReader::Mode::WholeFile);
    EventBatch kept;
    m_follow.takeDue(limits.upTo, kept);
    if (!kept.isEmpty() && !handler(kept))
        return ReadStatus::Stopped; // followers never stop a poll half-way; a stop ends the view
    const ReadStatus status = m_follower->readAvailable([&](EventBatch& batch) {
        kept.clear();
        for (QueueLogEvent& event : batch)
            m_follow.route(std::move(event), limits, kept);
        return kept.isEmpty() || handler(kept);
    });
    m_error = m_follower->errorString();
    m_problems = m_follower->problems();
    if (status == ReadStatus::Failed)
        m_follower.reset(); // try to open it again next time
    return status;
}

SqlPartitionBinding::SqlPartitionBinding(DatabaseUrl url, QString partition)
    : m_url(std::move(url))
    , m_partition(std::move(partition))
{ }

SqlPartitionBinding::~SqlPartitionBinding() = default;

QString SqlPartitionBinding::origin() const
{
    return tr("partition %1 of %2").arg(m_partition, m_url.toDisplayString());
}

ReadStatus SqlPartitionBinding::readRange(qint64 from, qint64 to, const BatchHandler& handler)
{
    DatabaseConnection connection(m_url);
    if (!connection.open(DatabaseConnection::OpenMode::MustExist)) {
        m_error = connection.errorString();
        return ReadStatus::Failed;
    }
    PartitionReader reader(connection, m_partition);
    const ReadStatus status = reader.readRange(from, to, handler);
    m_error = reader.errorString();
    return status;
}

std::variant<PartitionNames, QString> SqlPartitionBinding::namesIn(qint64 from, qint64 to,
                                                                   DatabaseConnection* connection)
{
    if (!connection)
        return tr("No connection to %1.").arg(m_url.toDisplayString());
    if (!connection->isOpen() && !connection->open(DatabaseConnection::OpenMode::MustExist))
        return connection->errorString();
    const auto distinct = [&](const QString& column, QSet<QString>& values) -> std::optional<QString> {
        QSqlQuery query(connection->database());
        query.setForwardOnly(true);
        query.prepare(u"SELECT DISTINCT %1 FROM queue_log WHERE %2 = ? AND time_id >= ? AND time_id < ?"_s.arg(
            column, connection->quotedIdentifier(u"partition"_s)));
        query.addBindValue(m_partition);
        query.addBindValue(from);
        query.addBindValue(to);
        if (!query.exec())
            return tr("Cannot read the %1 names of partition %2: %3")
                .arg(column, m_partition, query.lastError().text());
        while (query.next()) {
            const QString value = query.value(0).toString();
            if (isName(value))
                values.insert(value);
        }
        return std::nullopt;
    };
    PartitionNames names;
    if (auto error = distinct(u"queue"_s, names.queues))
        return *error;
    if (auto error = distinct(u"agent"_s, names.agents))
        return *error;
    QSqlQuery lines(connection->database());
    lines.setForwardOnly(true);
    lines.prepare(u"SELECT DISTINCT agent, verb FROM queue_log WHERE %1 = ? AND time_id >= ? AND time_id < ? "
                  "AND verb IN ('%2')"_s.arg(connection->quotedIdentifier(u"partition"_s),
                                             PartitionNames::memberVerbs().join(u"', '"_s)));
    lines.addBindValue(m_partition);
    lines.addBindValue(from);
    lines.addBindValue(to);
    if (!lines.exec())
        return tr("Cannot read the member lines of partition %1: %2").arg(m_partition, lines.lastError().text());
    while (lines.next()) {
        if (isName(lines.value(0).toString()))
            names.memberLines.insert({lines.value(0).toString(), lines.value(1).toString()});
    }
    return names;
}

void SqlPartitionBinding::follow(qint64 from, FollowMode)
{
    m_cursor = PartitionCursor(from);
    m_reader.reset();
    m_readerConnection = nullptr;
    m_future = {};
    m_rowsWentAway = false;
}

ReadStatus SqlPartitionBinding::poll(const PollLimits& limits, DatabaseConnection* connection,
                                     const BatchHandler& handler)
{
    m_rowsWentAway = false;
    if (!connection) {
        m_error = tr("No connection to %1.").arg(m_url.toDisplayString());
        return ReadStatus::Failed;
    }
    if (!m_reader || m_readerConnection != connection) {
        m_reader = std::make_unique<PartitionReader>(*connection, m_partition);
        m_readerConnection = connection;
    }
    ReadStatus status = m_reader->readNew(m_cursor, handler, limits.upTo);
    m_rowsWentAway = status == ReadStatus::Finished && m_reader->lastReadFoundRowsGone();
    if (status == ReadStatus::Finished) {
        if (const auto later = m_reader->countAfter(limits.futureAfter))
            m_future = {later->count, later->earliest};
        else
            status = ReadStatus::Failed;
    }
    m_error = m_reader->errorString();
    // A failed query usually means the server went away: the next poll opens a new connection.
    if (status == ReadStatus::Failed)
        connection->close();
    return status;
}

UnboundPartitionBinding::UnboundPartitionBinding(QString partition)
    : m_partition(std::move(partition))
{ }

QString UnboundPartitionBinding::errorString() const
{
    return tr("Partition \"%1\" has nothing to read from: give a database URL, or a file for it (%1=PATH).")
        .arg(m_partition);
}

} // namespace qw
