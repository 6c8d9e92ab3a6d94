#pragma once

#include "database/databaseconnection.h"
#include "generation/callcentregenerator.h"
#include "sources/sourcespec.h"
#include "writers/queuelogtablewriter.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <QTimeZone>

namespace qw {

// The embedded demo: a simulated three-server cluster (cluster:A|B|C, queues support, sales and
// billing on every server) written into an SQLite queue_log table as it happens. start() writes
// the day so far at once, then a timer appends each event when its time comes, so a newcomer
// sees every panel move within seconds. The app reads it through the same poller as a real
// MariaDB. Restarts happen now and then, as in real clusters.
//
// Whenever it starts, the simulated centre is in its late morning: its own clock (centreZone())
// is set so. The live view reads the demo's day in that zone, so "today" is a normal working
// day so far (a quiet night, the morning ramp), staffed for a healthy service level with the
// odd amber moment, while every time shown stays the real one.
class DemoCluster : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // epoch seconds; injected by tests

    struct Settings
    {
        QString databasePath; // the SQLite file; replaced at start
        quint64 seed = 7;
        int callsPerDayPerServer = 2000;
        int agentsPerServer = 10;
        double restartsPerDay = 0.5;
        double peakOccupancy = 0.3; // agents about a third busy at the peak: mostly green, some amber
    };

    explicit DemoCluster(Settings settings, Clock clock = {}, QObject* parent = nullptr);
    ~DemoCluster() override;

    // Creates the database and writes everything up to now; false with errorString() on failure.
    bool start();
    // Writes the events whose time has come (the timer calls it every second).
    bool catchUp();

    static SourceSpec spec();
    DatabaseUrl url() const;
    // The simulated centre's own time zone (a fixed offset from UTC), known once start() ran:
    // the live view's day follows it.
    QTimeZone centreZone() const;
    QString errorString() const { return m_error; }
    qint64 rowsWritten() const;

public Q_SLOTS:
    // For a demo moved to a worker thread: start() there, then started() or failed().
    void begin();
    // Stops writing and closes the database, in the thread that opened it.
    void stop();

Q_SIGNALS:
    void started();
    void failed(const QString& message);

private:
    Settings m_settings;
    Clock m_clock;
    std::unique_ptr<CallCentreGenerator> m_generator;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<QueueLogTableWriter> m_writer;
    int m_utcOffset = 0;
    QueueLogEvent m_next; // generated, not yet due
    bool m_hasNext = false;
    QTimer m_timer;
    QString m_error;
};

} // namespace qw
