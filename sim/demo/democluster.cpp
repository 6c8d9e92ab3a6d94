#include "demo/democluster.h"

#include "database/schema.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace qw {

DemoCluster::DemoCluster(Settings settings, Clock clock, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
    , m_timer(this) // a child, so it moves along if the demo is moved to a worker thread
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!catchUp()) {
            m_timer.stop();
            Q_EMIT failed(m_error);
        }
    });
}

DemoCluster::~DemoCluster() = default;

SourceSpec DemoCluster::spec()
{
    return SourceSpec::cluster({{u"A"_s, false}, {u"B"_s, false}, {u"C"_s, false}});
}

QTimeZone DemoCluster::centreZone() const
{
    return QTimeZone(m_utcOffset);
}

DatabaseUrl DemoCluster::url() const
{
    return DatabaseUrl::sqlite(m_settings.databasePath);
}

qint64 DemoCluster::rowsWritten() const
{
    return m_writer ? m_writer->rowsWritten() : 0;
}

bool DemoCluster::start()
{
    QFile::remove(m_settings.databasePath);
    QFile::remove(m_settings.databasePath + u"-wal"_s);
    QFile::remove(m_settings.databasePath + u"-shm"_s);
    m_connection = std::make_unique<DatabaseConnection>(url());
    if (!m_connection->open()) {
        m_error = m_connection->errorString();
        return false;
    }
    // Write-ahead logging: the poller's connection reads while this one appends.
    QSqlQuery(u"PRAGMA journal_mode=WAL"_s, m_connection->database());
    if (!Schema::create(*m_connection, &m_error))
        return false;
    m_writer = std::make_unique<QueueLogTableWriter>(*m_connection);

    const qint64 now = m_clock();
    GeneratorConfig config;
    config.seed = m_settings.seed;
    config.partitions = {u"A"_s, u"B"_s, u"C"_s};
    config.queues = {u"support"_s, u"sales"_s, u"billing"_s};
    config.agentsPerPartition = m_settings.agentsPerServer;
    config.agentNumberStep = 100; // each person works on one server: Agent/101, Agent/201, ...
    config.callsPerDayPerPartition = m_settings.callsPerDayPerServer;
    config.restartsPerDay = m_settings.restartsPerDay;
    config.peakOccupancy = m_settings.peakOccupancy;
    // The simulated centre's own clock says late morning whenever the demo starts, so a
    // newcomer sees a busy centre at any hour; the offset stays within what a zone can be.
    constexpr qint64 BusyHour = 11 * 3600;
    qint64 offset = ((BusyHour - now) % 86400 + 86400) % 86400;
    if (offset > 12 * 3600)
        offset -= 86400;
    m_utcOffset = int(offset);
    config.utcOffsetSeconds = m_utcOffset;
    // The simulation starts a day before the centre's midnight, so agents logged in yesterday
    // are there this morning (the live view looks back 24 hours for them).
    const qint64 centreMidnight = now - ((now + offset) % 86400 + 86400) % 86400;
    config.from = centreMidnight - 86400;
    config.to = config.from + 400LL * 86400;
    m_generator = std::make_unique<CallCentreGenerator>(config);
    m_hasNext = false;
    if (!catchUp())
        return false;
    m_timer.start();
    return true;
}

void DemoCluster::begin()
{
    if (start())
        Q_EMIT started();
    else
        Q_EMIT failed(m_error);
}

void DemoCluster::stop()
{
    m_timer.stop();
    m_writer.reset();
    m_connection.reset();
}

bool DemoCluster::catchUp()
{
    const qint64 now = m_clock();
    EventBatch due;
    if (m_hasNext) {
        if (m_next.time > now)
            return true;
        due.append(m_next);
        m_hasNext = false;
    }
    QueueLogEvent event;
    while (m_generator->next(event)) {
        if (event.time > now) {
            m_next = event;
            m_hasNext = true;
            break;
        }
        due.append(event);
        if (due.size() >= 5000) {
            if (!m_writer->append(due)) {
                m_error = m_writer->errorString();
                return false;
            }
            due.clear();
        }
    }
    if (!m_writer->append(due)) {
        m_error = m_writer->errorString();
        return false;
    }
    return true;
}

} // namespace qw
