#include "readers/partitionreader.h"

#include "database/databaseconnection.h"
#include "readers/nativerangereader.h"
#include "readers/partitioncursor.h"

#include <condition_variable>
#include <mutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <vector>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// What the two lanes of an overlapped read share. Lane L fetches and hands on the pages
// k = L, L + 2, ...: it may fetch page k once page k - 1 has been fetched (that tells
// where k starts) and hands it on once page k - 1 has been handed on.
struct LaneBoard
{
    std::mutex mutex;
    std::condition_variable changed;
    qint64 startKnownFor = 0; // the page whose start is in `start`
    RowKey start;
    qint64 lastPage = std::numeric_limits<qint64>::max(); // known once a page comes back short
    qint64 turn = 0; // the page to hand on next
    bool stop = false;
    ReadStatus outcome = ReadStatus::Finished;
    QString error;

    void finish(ReadStatus status, const QString& message)
    {
        const std::lock_guard lock(mutex);
        if (!stop) {
            stop = true;
            outcome = status;
            error = message;
        }
        changed.notify_all();
    }
};

void runLane(qint64 firstPage, PartitionPage& page, const BatchHandler& handler, LaneBoard& board)
{
    for (qint64 k = firstPage;; k += 2) {
        RowKey from;
        {
            std::unique_lock lock(board.mutex);
            board.changed.wait(lock, [&] { return board.stop || board.startKnownFor == k || board.lastPage < k; });
            if (board.stop || board.lastPage < k)
                return;
            from = board.start;
        }
        if (!page.fetch(from)) {
            board.finish(ReadStatus::Failed, page.errorString());
            return;
        }
        const std::optional<RowKey> next = page.lastKeyIfFull();
        {
            std::unique_lock lock(board.mutex);
            if (next) {
                board.startKnownFor = k + 1;
                board.start = *next;
            } else {
                board.lastPage = k;
            }
            board.changed.notify_all();
            board.changed.wait(lock, [&] { return board.stop || board.turn == k; });
            if (board.stop)
                return;
        }
        RowKey last;
        const ReadStatus status = page.deliver({}, handler, last);
        if (status != ReadStatus::Finished) {
            board.finish(status, page.errorString());
            return;
        }
        const std::lock_guard lock(board.mutex);
        board.turn = k + 1;
        if (!next)
            board.stop = true; // the last page is handed on: both lanes are done
        board.changed.notify_all();
        if (!next)
            return;
    }
}
} // namespace

PartitionReader::PartitionReader(DatabaseConnection& connection, QString partition, QString table)
    : m_connection(connection)
    , m_partition(std::move(partition))
    , m_table(std::move(table))
{ }

bool PartitionReader::ensureLayout()
{
    m_error.clear();
    if (!m_connection.isOpen() && !m_connection.open(DatabaseConnection::OpenMode::MustExist)) {
        m_error = m_connection.errorString();
        return false;
    }
    if (m_layout)
        return true;
    auto layout = QueueLogTableLayout::discover(m_connection, m_table);
    if (auto* error = std::get_if<QString>(&layout)) {
        m_error = *error;
        return false;
    }
    m_layout = std::get<QueueLogTableLayout>(std::move(layout));
    return true;
}

ReadStatus PartitionReader::readSequential(RowKey start, qint64 to, const PartitionPage::RowFilter& keep,
                                           const BatchHandler& handler)
{
    PartitionPage page(m_connection, *m_layout, m_partition, to, m_pageSize, BatchSize);
    RowKey last = start;
    for (;;) {
        if (!page.fetch(last)) {
            m_error = page.errorString();
            return ReadStatus::Failed;
        }
        const ReadStatus status = page.deliver(keep, handler, last);
        if (status != ReadStatus::Finished) {
            m_error = page.errorString();
            return status;
        }
        if (page.rowCount() < m_pageSize)
            return ReadStatus::Finished;
    }
}

ReadStatus PartitionReader::readOverlapped(RowKey start, qint64 to, const BatchHandler& handler)
{
    LaneBoard board;
    board.start = start;

    // The second lane has its own connection, opened and closed in its own thread, as QtSql requires.
    const DatabaseUrl url = m_connection.url();
    const QueueLogTableLayout& layout = *m_layout;
    std::unique_ptr<QThread> helper(QThread::create([&] {
        DatabaseConnection connection(url);
        if (!connection.open(DatabaseConnection::OpenMode::MustExist)) {
            board.finish(ReadStatus::Failed, connection.errorString());
            return;
        }
        PartitionPage page(connection, layout, m_partition, to, m_pageSize, BatchSize);
        runLane(1, page, handler, board);
    }));
    helper->start();
    {
        PartitionPage page(m_connection, layout, m_partition, to, m_pageSize, BatchSize);
        runLane(0, page, handler, board);
    }
    helper->wait();
    m_error = board.error;
    return board.outcome;
}

ReadStatus PartitionReader::readRange(qint64 from, qint64 to, const BatchHandler& handler)
{
    if (from >= to)
        return ReadStatus::Finished;
    if (!ensureLayout())
        return ReadStatus::Failed;
    if (m_native && NativeRangeReader::canRead(m_connection)) {
        const ReadStatus status
            = NativeRangeReader::read(m_connection, *m_layout, m_partition, from, to, BatchSize, handler, m_error);
        if (status == ReadStatus::Failed)
            m_layout.reset(); // the table may have been altered: look at it again next time
        return status;
    }
    const RowKey start {from, -1};
    if (m_overlapped && m_connection.url().driver() == DatabaseUrl::Driver::MySql)
        return readOverlapped(start, to, handler);
    return readSequential(start, to, {}, handler);
}

ReadStatus PartitionReader::readNew(PartitionCursor& cursor, const BatchHandler& handler, qint64 upTo)
{
    m_rowsGone = false;
    if (!ensureLayout())
        return ReadStatus::Failed;
    // Every key remembered up to `upTo` must come back in this read; fewer means rows went away.
    const qsizetype expected = cursor.rememberedUpTo(upTo);
    qsizetype metAgain = 0;
    // A row counts as seen only once the handler has taken it, so a stopped or failed poll
    // delivers the rest next time.
    const BatchHandler deliver = [&cursor, &handler](EventBatch& batch) {
        std::vector<std::pair<qint64, qint64>> keys; // the handler may move the events away
        keys.reserve(std::size_t(batch.size()));
        for (const QueueLogEvent& event : batch)
            keys.emplace_back(event.time, event.order);
        if (!handler(batch))
            return false;
        for (const auto& [time, key] : keys)
            cursor.markSeen(time, key);
        cursor.prune();
        return true;
    };
    const qint64 to = upTo == EndOfTime ? EndOfTime : upTo + 1;
    const ReadStatus status = readSequential(
        {cursor.pollFrom(), -1}, to,
        [&cursor, &metAgain](qint64 time, qint64 key) {
            if (!cursor.hasSeen(time, key))
                return true;
            ++metAgain;
            return false;
        },
        deliver);
    if (status == ReadStatus::Finished)
        m_rowsGone = metAgain < expected;
    else if (status == ReadStatus::Failed)
        m_layout.reset(); // the table may have been dropped or altered: look at it again next time
    return status;
}

std::optional<PartitionReader::LaterRows> PartitionReader::countAfter(qint64 time)
{
    if (!ensureLayout())
        return std::nullopt;
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT COUNT(*), MIN(time_id) FROM "_s + m_connection.quotedIdentifier(m_table) + u" WHERE "_s
                  + m_connection.quotedIdentifier(u"partition"_s) + u" = ? AND time_id > ?"_s);
    query.addBindValue(m_partition);
    query.addBindValue(time);
    if (!query.exec() || !query.next()) {
        m_error = tr("Cannot read partition %1: %2").arg(m_partition, query.lastError().text());
        m_layout.reset();
        return std::nullopt;
    }
    return LaterRows {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

} // namespace qw
