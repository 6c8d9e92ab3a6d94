#include "loader/queuelogloader.h"

#include "database/databaseconnection.h"
#include "loader/loaderpreflight.h"
#include "loader/loaderstate.h"
#include "parsing/queuelogparser.h"
#include "writers/queuelogtablewriter.h"

#include <QSqlDatabase>
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
    , m_rejectedFile(m_settings.rejectedPath.isEmpty() ? m_settings.path + u".rejected"_s : m_settings.rejectedPath)
    , m_parser(std::make_unique<QueueLogParser>(m_settings.partition))
    , m_batchLimit(m_settings.rowsPerTransaction)
{ }

QueueLogLoader::~QueueLogLoader() = default;

QueueLogLoader::Step QueueLogLoader::connect()
{
    m_connection = std::make_unique<DatabaseConnection>(m_settings.database);
    if (!m_connection->open()) {
        // Copied out first: no QSqlDatabase handle may outlive the connection that failed() drops.
        const QSqlError error = m_connection->database().lastError();
        return failed(StoreError {error}, m_connection->errorString());
    }
    m_state = std::make_unique<LoaderState>(*m_connection);
    m_writer = std::make_unique<QueueLogTableWriter>(*m_connection);
    LoaderPreflight preflight(*m_connection, *m_state, *m_writer);
    const std::optional<StoreError> error = preflight.run();
    m_account = preflight.account();
    if (error)
        return failed(*error);
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
    const std::optional<LogPosition> stored = m_state->read(m_settings.partition);
    if (!m_state->errorString().isEmpty())
        return failed(StoreError {m_state->lastError(), u"SELECT"_s, QLatin1StringView(LoaderState::TableName)});
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
        dropStoredAfterReconnect(stored);
    }
    // The pause is reset only once rows are committed: a server that takes the connection but
    // not the rows must not be retried at full speed.
    return Step::Next;
}

void QueueLogLoader::disconnect()
{
    m_writer.reset();
    m_state.reset();
    m_connection.reset();
}

void QueueLogLoader::dropStoredAfterReconnect(const std::optional<LogPosition>& stored)
{
    // A commit whose answer was lost with the connection may have happened: the bookmark says.
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
            m_suspect = std::max<qsizetype>(0, m_suspect - (i + 1));
            return;
        }
    }
}

QueueLogLoader::Step QueueLogLoader::failed(const StoreError& error, const QString& message)
{
    const StoreError::Kind kind = StoreErrorClassifier::kindOf(m_settings.database.driver(), error);
    if (StoreErrorClassifier::isFatal(kind)) {
        // Before the login the server has matched no account yet: the URL's user stands in.
        const QString account = m_account.isEmpty() ? m_settings.database.user() : m_account;
        m_log(StoreErrorText::explain(kind, error, account, m_settings.database.databaseName()));
        m_exitCode = DatabaseRefuses;
        disconnect();
        return Step::Stop;
    }
    noteOutage(kind, message.isEmpty() ? error.sql.text() : message);
    disconnect();
    return Step::Pause;
}

void QueueLogLoader::noteOutage(StoreError::Kind kind, const QString& error)
{
    if (m_inOutage)
        return; // one message per outage, not one per retry
    m_inOutage = true;
    m_outageUnreachable = kind == StoreError::Kind::Unreachable;
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
            pending.raw = line.bytes;
            pending.file = line.file;
            // Its QStrings (UTF-16: twice the line's bytes) and the line itself.
            pending.bytes += 3 * line.bytes.size();
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

QueueLogLoader::Step QueueLogLoader::storeBatch()
{
    const qsizetype count = std::min(m_pending.size(), m_batchLimit);
    EventBatch events;
    events.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        if (m_pending[i].event)
            events.append(*m_pending[i].event);
    }
    const std::optional<StoreError> error = commitBatch(events, m_pending[count - 1].after);
    if (!error) {
        committed(count, events.size());
        return Step::Next;
    }
    if (StoreErrorClassifier::kindOf(m_settings.database.driver(), *error) == StoreError::Kind::RowRefused)
        return isolate(count, *error);
    return failed(*error);
}

std::optional<StoreError> QueueLogLoader::commitBatch(const EventBatch& events, const LogPosition& after)
{
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return StoreError {db.lastError()};
    std::optional<StoreError> error;
    if (!events.isEmpty() && !m_writer->insert(events))
        error = StoreError {m_writer->lastError(), u"INSERT"_s, u"queue_log"_s, true, m_writer->lastErrorIsWarning()};
    else if (!m_state->write(m_settings.partition, after))
        error = StoreError {m_state->lastError(), u"INSERT, UPDATE"_s, QLatin1StringView(LoaderState::TableName)};
    else if (!db.commit())
        error = StoreError {db.lastError()};
    else
        return std::nullopt;
    db.rollback();
    return error;
}

void QueueLogLoader::committed(qsizetype count, qsizetype rows)
{
    if (m_inOutage) {
        const QString seconds = QString::number(m_outageClock.elapsed() / 1000.0, 'f', 1);
        if (m_outageUnreachable)
            m_log(tr("The database is back after %1 s; %2 lines waiting are being stored.")
                      .arg(seconds)
                      .arg(m_pending.size()));
        else
            m_log(tr("Rows are stored again after %1 s; %2 lines waiting.").arg(seconds).arg(m_pending.size()));
        m_inOutage = false;
    }
    for (qsizetype i = 0; i < count; ++i)
        m_pendingBytes -= m_pending[i].bytes;
    m_pending.remove(0, count);
    m_rowsStored += rows;
    m_backoffMs = 0;
    m_refusedOnce.reset();
    // Past the lines that held a refusal, transactions grow back to their full size.
    m_suspect = std::max<qsizetype>(0, m_suspect - count);
    if (m_suspect == 0)
        m_batchLimit = std::min<qsizetype>(m_settings.rowsPerTransaction, m_batchLimit * 2);
}

QueueLogLoader::Step QueueLogLoader::isolate(qsizetype count, const StoreError& error)
{
    // The transaction is rolled back; its first half goes alone next, then the second, and so
    // on down to the one line refused. Each try is answered at once: no pause, no reconnect.
    if (count > 1) {
        m_suspect = count;
        m_batchLimit = count / 2;
        return Step::Next;
    }
    Pending& line = m_pending.front();
    const QString code = error.sql.nativeErrorCode();
    // A refusal repeats for the same line; an error that came and went does not. Only the
    // server's answer counts: an outage in between neither confirms nor clears it.
    if (!m_refusedOnce || m_refusedOnce->after != line.after || m_refusedOnce->code != code) {
        m_refusedOnce = Refusal {line.after, code};
        return Step::Next;
    }
    return setAside(line, error);
}

QueueLogLoader::Step QueueLogLoader::setAside(Pending& line, const StoreError& error)
{
    const QString reason = StoreErrorText::serverText(error.sql)
        + (error.sql.nativeErrorCode().isEmpty() ? QString() : u" (error "_s + error.sql.nativeErrorCode() + u')');
    const qint64 number = line.after.lineNumber;
    if (!m_rejectedFile.add(number, line.file, line.raw, reason)) {
        m_log(tr("Line %1 of %2 is refused by the database (%3) and cannot be set aside: %4. Stopping so that it "
                 "is not lost; it is tried again at the next start.")
                  .arg(number)
                  .arg(line.file, reason, m_rejectedFile.errorString()));
        m_exitCode = RejectedFileUnwritable;
        return Step::Stop;
    }
    if (++m_rejected <= LoggedBadLines)
        m_log(tr("Line %1 of %2 is refused by the database: %3. Not stored; set aside in %4.")
                  .arg(number)
                  .arg(line.file, reason, m_rejectedFile.path()));
    else if (m_rejected == LoggedBadLines + 1)
        m_log(
            tr("More lines are refused; they are set aside in %1 and counted, not listed.").arg(m_rejectedFile.path()));
    // From now on only its position counts: the next transaction moves the bookmark past it.
    line.event.reset();
    m_pendingBytes -= line.bytes - qsizetype(sizeof(Pending));
    line.bytes = qsizetype(sizeof(Pending));
    line.raw.clear();
    m_refusedOnce.reset();
    m_suspect = 0;
    m_batchLimit = std::min<qsizetype>(m_settings.rowsPerTransaction, 2);
    return Step::Next;
}

bool QueueLogLoader::pause(const std::atomic<bool>& stop)
{
    m_backoffMs = std::clamp(m_backoffMs * 2, 250, m_settings.maxBackoffMs);
    return waitFor(m_backoffMs, stop);
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

QString QueueLogLoader::summary() const
{
    QString text = tr("%1 rows stored, %2 bad lines skipped").arg(m_rowsStored).arg(m_badLines);
    if (m_rejected > 0)
        text += tr(", %1 lines refused by the database and set aside in %2").arg(m_rejected).arg(m_rejectedFile.path());
    return text;
}

int QueueLogLoader::run(const std::atomic<bool>& stop)
{
    if (m_settings.partition.isEmpty() || m_settings.partition.size() > 20) {
        m_log(tr("The partition name must have 1 to 20 characters."));
        return CannotStart;
    }
    if (!m_rejectedFile.checkWritable()) {
        m_log(tr("%1 Lines the database refuses could not be set aside: give a writable --rejected file.")
                  .arg(m_rejectedFile.errorString()));
        return RejectedFileUnwritable;
    }
    while (!stop) {
        Step step = m_connection ? Step::Next : connect();
        if (step == Step::Next) {
            // Read ahead only a transaction's worth while storing keeps up: memory stays small.
            if (m_pending.size() < m_settings.rowsPerTransaction)
                readLines();
            if (m_pending.isEmpty()) {
                if (m_settings.once) {
                    if (!m_follower.errorString().isEmpty()) {
                        m_log(m_follower.errorString());
                        return CannotStart;
                    }
                    break;
                }
                if (!waitFor(m_settings.pollIntervalMs, stop))
                    break;
                continue;
            }
            step = storeBatch();
        }
        if (step == Step::Next)
            continue;
        if (step == Step::Stop) {
            m_log(tr("Stopped: %1.").arg(summary()));
            return m_exitCode;
        }
        // Keep reading (within the memory limit) while the database is away.
        if (m_resumed)
            readLines();
        if (!pause(stop))
            break;
    }
    m_log(tr("Stopped: %1.").arg(summary()));
    return Done;
}

} // namespace qw
