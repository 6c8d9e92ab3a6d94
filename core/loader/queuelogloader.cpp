#include "loader/queuelogloader.h"

#include "database/databaseconnection.h"
#include "database/schema.h"
#include "loader/loaderstate.h"
#include "parsing/queuelogparser.h"
#include "writers/queuelogtablewriter.h"

#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr qsizetype ReadChunkBytes = 1024 * 1024;
constexpr qint64 LoggedBadLines = 100; // each of the first ones is named; then a count

// The MySQL table's column widths: a longer value would fail the whole transaction in strict mode.
constexpr int CallIdWidth = 200;
constexpr int QueueWidth = 50;
constexpr int AgentWidth = 30;
constexpr int VerbWidth = 30;
constexpr int DataWidth = 200;
} // namespace

QueueLogLoader::QueueLogLoader(LoaderSettings settings, Log log)
    : m_settings(std::move(settings))
    , m_log(std::move(log))
    , m_follower(m_settings.path)
    , m_parser(std::make_unique<QueueLogParser>(m_settings.partition))
{ }

QueueLogLoader::~QueueLogLoader() = default;

bool QueueLogLoader::connect()
{
    m_connection = std::make_unique<DatabaseConnection>(m_settings.database);
    QString error;
    if (!m_connection->open()) {
        noteOutage(m_connection->errorString());
        disconnect();
        return false;
    }
    m_state = std::make_unique<LoaderState>(*m_connection);
    if (!Schema::create(*m_connection, &error) || !m_state->createTable()) {
        noteOutage(error.isEmpty() ? m_state->errorString() : error);
        disconnect();
        return false;
    }
    if (!m_warnedEngine) {
        m_warnedEngine = true;
        const QString engine = m_state->queueLogEngine();
        if (!engine.isEmpty() && engine.compare(u"InnoDB"_s, Qt::CaseInsensitive) != 0)
            m_log(tr("The queue_log table uses the %1 engine, which has no transactions: rows and the loader's "
                     "bookmark cannot be stored together. If the loader is killed between the two, up to %2 rows "
                     "may be stored twice on restart. Convert the table (ALTER TABLE queue_log ENGINE=InnoDB) "
                     "for exactly-once loading.")
                      .arg(engine)
                      .arg(m_settings.rowsPerTransaction));
    }
    m_writer = std::make_unique<QueueLogTableWriter>(*m_connection);
    const std::optional<LogPosition> stored = m_state->read(m_settings.partition);
    if (!m_state->errorString().isEmpty()) {
        noteOutage(m_state->errorString());
        disconnect();
        return false;
    }
    if (!m_resumed) {
        m_resumed = true;
        m_follower.resumeFrom(stored);
        if (stored)
            m_log(tr("Resuming partition %1 after line %2 of %3.")
                      .arg(m_settings.partition)
                      .arg(stored->lineNumber)
                      .arg(m_settings.path));
        else
            m_log(tr("Loading %1 into partition %2 from its first line.").arg(m_settings.path, m_settings.partition));
    } else {
        dropStoredAfterReconnect();
    }
    if (m_inOutage) {
        m_log(tr("The database is back after %1 s; %2 lines waiting are being stored.")
                  .arg(m_outageClock.elapsed() / 1000)
                  .arg(m_pending.size()));
        m_inOutage = false;
    }
    m_backoffMs = 0;
    return true;
}

void QueueLogLoader::disconnect()
{
    m_writer.reset();
    m_state.reset();
    m_connection.reset();
}

void QueueLogLoader::dropStoredAfterReconnect()
{
    // A commit whose answer was lost with the connection may have happened: the bookmark says.
    const std::optional<LogPosition> stored = m_state->read(m_settings.partition);
    if (!stored)
        return;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].after == *stored) {
            for (qsizetype j = 0; j <= i; ++j) {
                m_pendingBytes -= m_pending[j].bytes;
                if (m_pending[j].event)
                    ++m_rowsStored;
            }
            m_pending.remove(0, i + 1);
            return;
        }
    }
}

void QueueLogLoader::noteOutage(const QString& error)
{
    if (m_inOutage)
        return; // one message per outage, not one per retry
    m_inOutage = true;
    m_outageClock.start();
    m_log(tr("Cannot store rows: %1. Retrying; lines read meanwhile are kept (up to %2 MB).")
              .arg(error)
              .arg(m_settings.memoryLimitBytes / (1024 * 1024)));
}

void QueueLogLoader::fitColumns(QueueLogEvent& event, qint64 lineNumber)
{
    bool cut = false;
    const auto fit = [&cut](QString& value, int width) {
        if (value.size() > width) {
            value.truncate(width);
            cut = true;
        }
    };
    fit(event.callId, CallIdWidth);
    fit(event.queue, QueueWidth);
    fit(event.agent, AgentWidth);
    fit(event.verb, VerbWidth);
    for (QString& data : event.data)
        fit(data, DataWidth);
    if (cut && ++m_cutFields <= LoggedBadLines)
        m_log(tr("Line %1: a field is longer than its column; stored cut short.").arg(lineNumber));
}

void QueueLogLoader::readLines()
{
    const qsizetype room = m_settings.memoryLimitBytes - m_pendingBytes;
    if (room <= 0)
        return; // the database is behind: stop reading until it catches up
    const QList<LogFollower::Line> lines = m_follower.read(std::min(room, ReadChunkBytes));
    for (const QString& note : m_follower.takeNotes())
        m_log(note);
    for (const LogFollower::Line& line : lines) {
        Pending pending;
        pending.after = line.after;
        pending.bytes = qsizetype(sizeof(Pending)); // a bad line keeps only its position
        auto parsed = m_parser->parse(line.bytes, line.number);
        if (auto* event = std::get_if<QueueLogEvent>(&parsed)) {
            fitColumns(*event, line.number);
            pending.event = std::move(*event);
            pending.bytes += 2 * line.bytes.size(); // its QStrings: UTF-16, twice the line's bytes
        } else if (const auto* problem = std::get_if<ParseProblem>(&parsed)) {
            if (++m_badLines <= LoggedBadLines)
                m_log(tr("Not loaded: %1").arg(problem->message()));
            else if (m_badLines == LoggedBadLines + 1)
                m_log(tr("More bad lines follow; they are counted, not listed."));
        }
        m_pendingBytes += pending.bytes;
        m_pending.append(std::move(pending));
    }
}

bool QueueLogLoader::storeBatch()
{
    const qsizetype count = std::min<qsizetype>(m_pending.size(), m_settings.rowsPerTransaction);
    EventBatch events;
    events.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        if (m_pending[i].event)
            events.append(*m_pending[i].event);
    }
    QSqlDatabase db = m_connection->database();
    const auto fail = [&](const QString& error) {
        db.rollback();
        noteOutage(error);
        disconnect();
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    if (!m_writer->insert(events))
        return fail(m_writer->errorString());
    if (!m_state->write(m_settings.partition, m_pending[count - 1].after))
        return fail(m_state->errorString());
    if (!db.commit())
        return fail(db.lastError().text());
    for (qsizetype i = 0; i < count; ++i)
        m_pendingBytes -= m_pending[i].bytes;
    m_pending.remove(0, count);
    m_rowsStored += events.size();
    return true;
}

bool QueueLogLoader::waitFor(int ms, const std::atomic<bool>& stop)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        if (stop)
            return false;
        QThread::msleep(std::min<qint64>(50, ms - clock.elapsed() + 1));
    }
    return !stop;
}

int QueueLogLoader::run(const std::atomic<bool>& stop)
{
    if (m_settings.partition.isEmpty() || m_settings.partition.size() > 20) {
        m_log(tr("The partition name must have 1 to 20 characters."));
        return 1;
    }
    while (!stop) {
        if (!m_connection && !connect()) {
            // Keep reading (within the memory limit) while the database is away.
            if (m_resumed)
                readLines();
            m_backoffMs = std::clamp(m_backoffMs * 2, 250, m_settings.maxBackoffMs);
            if (!waitFor(m_backoffMs, stop))
                break;
            continue;
        }
        // Read ahead only a transaction's worth while storing keeps up: memory stays small.
        if (m_pending.size() < m_settings.rowsPerTransaction)
            readLines();
        if (!m_pending.isEmpty()) {
            storeBatch();
            continue;
        }
        if (m_settings.once) {
            if (!m_follower.errorString().isEmpty()) {
                m_log(m_follower.errorString());
                return 1;
            }
            break;
        }
        if (!waitFor(m_settings.pollIntervalMs, stop))
            break;
    }
    m_log(tr("Stopped: %1 rows stored, %2 bad lines skipped.").arg(m_rowsStored).arg(m_badLines));
    return 0;
}

} // namespace qw
