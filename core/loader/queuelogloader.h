#pragma once

#include "database/databaseurl.h"
#include "events/queuelogevent.h"
#include "loader/logfollower.h"
#include "loader/rejectedlines.h"
#include "loader/storeerror.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace qw {

class DatabaseConnection;
class LoaderState;
class QueueLogParser;
class QueueLogTableWriter;

struct LoaderSettings
{
    DatabaseUrl database;
    QString partition;
    QString path;
    QString rejectedPath; // lines the database refuses for good; empty: `path` + ".rejected"
    bool once = false; // load what is there, then stop
    int pollIntervalMs = 1000;
    qsizetype memoryLimitBytes = 64 * 1024 * 1024; // lines read but not yet stored
    int rowsPerTransaction = 20000;
    int maxBackoffMs = 30000;
};

// Copies one server's queue_log into its partition of the queue_log table, every line once.
// Lines are taken from a LogFollower (rotation, partial last lines), parsed (bad lines logged
// with their number and kept out), and stored in transactions that also move the loader's
// bookmark (LoaderState), so a kill at any moment neither loses nor repeats a row. Identical
// lines and late lines are stored like any other.
//
// Failures are told apart by the database's error code. An outage (no server, a lost
// connection, a deadlock) is retried with growing pauses, reset only once rows are committed,
// while reading goes on up to a memory limit; one message per outage. What retrying cannot mend
// (a missing grant, a read-only server, a missing table or column) stops the loader with a
// message naming the fix, before any row is sent where it can be foreseen (LoaderPreflight). A
// row the table refuses (a constraint, a value its column does not take) is found by halving
// the failed transaction down to that one line; when the same line is refused again, it is
// written to the rejected-lines file and the bookmark moves past it with the rows after it.
class QueueLogLoader
{
    Q_DECLARE_TR_FUNCTIONS(qw::QueueLogLoader)
public:
    using Log = std::function<void(const QString& message)>;

    // What run() returns (and the program exits with).
    enum ExitCode
    {
        Done = 0,
        CannotStart = 1, // bad settings, or with `once` a file that cannot be read
        DatabaseRefuses = 3, // a missing grant, a read-only server, a missing table or column
        RejectedFileUnwritable = 4, // a refused line could not be set aside: it was kept back
    };

    QueueLogLoader(LoaderSettings settings, Log log);
    ~QueueLogLoader();

    // Runs until `stop` is set or, with `once`, until the file is loaded.
    int run(const std::atomic<bool>& stop);

    qint64 rowsStored() const { return m_rowsStored; }
    qint64 badLines() const { return m_badLines; }
    qint64 rejectedLines() const { return m_rejected; }

private:
    struct Pending
    {
        std::optional<QueueLogEvent> event; // none for a bad or set-aside line: only its position counts
        QByteArray raw; // the line as read, to set it aside if the database refuses it
        QString file;
        LogPosition after;
        qsizetype bytes = 0;
    };
    // What the main loop does after a step: go on, pause before retrying, or stop.
    enum class Step
    {
        Next,
        Pause,
        Stop,
    };

    Step connect();
    void disconnect();
    Step storeBatch();
    std::optional<StoreError> commitBatch(const EventBatch& events, const LogPosition& after);
    void committed(qsizetype count, qsizetype rows);
    Step failed(const StoreError& error, const QString& message = {});
    Step isolate(qsizetype count, const StoreError& error);
    Step setAside(Pending& line, const StoreError& error);
    void readLines();
    void dropStoredAfterReconnect(const std::optional<LogPosition>& stored);
    void noteOutage(StoreError::Kind kind, const QString& error);
    bool pause(const std::atomic<bool>& stop);
    bool waitFor(int ms, const std::atomic<bool>& stop);
    void fitColumns(QueueLogEvent& event, qint64 lineNumber);
    QString summary() const;

    LoaderSettings m_settings;
    Log m_log;
    LogFollower m_follower;
    RejectedLines m_rejectedFile;
    std::unique_ptr<QueueLogParser> m_parser;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<LoaderState> m_state;
    std::unique_ptr<QueueLogTableWriter> m_writer;
    QString m_account; // the database user as the server matched it, for messages
    QList<Pending> m_pending;
    qsizetype m_pendingBytes = 0;
    bool m_resumed = false;
    bool m_warnedEngine = false;
    bool m_inOutage = false;
    bool m_outageUnreachable = false; // the server was away, not merely busy
    QElapsedTimer m_outageClock;
    int m_backoffMs = 0;
    int m_exitCode = Done;
    // Finding a refused row: at most m_batchLimit lines per transaction; the first m_suspect
    // pending lines hold a row that was refused; m_refusedOnce is the single line refused once.
    qsizetype m_batchLimit = 0;
    qsizetype m_suspect = 0;
    struct Refusal
    {
        LogPosition after;
        QString code;
    };
    std::optional<Refusal> m_refusedOnce;
    qint64 m_rowsStored = 0;
    qint64 m_badLines = 0;
    qint64 m_cutFields = 0;
    qint64 m_rejected = 0;
};

} // namespace qw
