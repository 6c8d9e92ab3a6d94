#pragma once

#include "database/databaseurl.h"
#include "events/queuelogevent.h"
#include "loader/logfollower.h"

#include <atomic>
#include <functional>
#include <memory>
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
// lines and late lines are stored like any other. While the database is away, reading goes on
// up to a memory limit and the store is retried with growing pauses; one message per outage.
class QueueLogLoader
{
    Q_DECLARE_TR_FUNCTIONS(qw::QueueLogLoader)
public:
    using Log = std::function<void(const QString& message)>;

    QueueLogLoader(LoaderSettings settings, Log log);
    ~QueueLogLoader();

    // Runs until `stop` is set or, with `once`, until the file is loaded. 0 when all went well,
    // 1 when the loader cannot work at all (bad settings, a table it cannot create).
    int run(const std::atomic<bool>& stop);

    qint64 rowsStored() const { return m_rowsStored; }
    qint64 badLines() const { return m_badLines; }

private:
    struct Pending
    {
        std::optional<QueueLogEvent> event; // none for a bad line: only its position counts
        LogPosition after;
        qsizetype bytes = 0;
    };

    bool connect();
    void disconnect();
    bool storeBatch();
    void readLines();
    void dropStoredAfterReconnect();
    void noteOutage(const QString& error);
    bool waitFor(int ms, const std::atomic<bool>& stop);
    void fitColumns(QueueLogEvent& event, qint64 lineNumber);

    LoaderSettings m_settings;
    Log m_log;
    LogFollower m_follower;
    std::unique_ptr<QueueLogParser> m_parser;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<LoaderState> m_state;
    std::unique_ptr<QueueLogTableWriter> m_writer;
    QList<Pending> m_pending;
    qsizetype m_pendingBytes = 0;
    bool m_resumed = false;
    bool m_warnedEngine = false;
    bool m_inOutage = false;
    QElapsedTimer m_outageClock;
    int m_backoffMs = 0;
    qint64 m_rowsStored = 0;
    qint64 m_badLines = 0;
    qint64 m_cutFields = 0;
};

} // namespace qw
