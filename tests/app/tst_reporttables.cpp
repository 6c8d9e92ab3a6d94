// The report views' tables hold the numbers of the CLI's JSON for the same report: the bundled
// sample is reported by queuewatch-report and, in process, through ReportJob and ReportTables;
// every model passes QAbstractItemModelTester. Long reports run in the background: they can be
// cancelled, a second run replaces the first, and the event loop keeps turning meanwhile.
#include "live/models/modelroles.h"
#include "reports/csvwriter.h"
#include "reports/reportdefinition.h"
#include "reports/reportjob.h"
#include "reports/reporttablemodel.h"
#include "reports/reporttables.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const QString SampleDir = QStringLiteral(QUEUEWATCH_SAMPLE_DIR);

qw::SourceBindings filesIn(const QString& dir)
{
    qw::SourceBindings bindings;
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        bindings.partitionFiles.insert(name, dir + u'/' + name + u".queue_log"_s);
    return bindings;
}

// The row of `table` whose first cell is `key`.
QVariantList rowOf(const qw::ReportTable& table, const QString& key)
{
    for (const QVariantList& row : table.rows) {
        if (row.value(0).toString() == key)
            return row;
    }
    return {};
}

int column(const qw::ReportTable& table, const QString& header)
{
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].header == header)
            return int(c);
    }
    qFatal("no column %s in %s", qPrintable(header), qPrintable(table.id));
}
} // namespace

class TestReportTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tablesHoldTheCliNumbers();
    void modelsPassTheTester();
    void csvOfATable();
    void longReportCanBeCancelled();
    void secondRunReplacesTheFirst();

private:
    qw::ReportRequest monthRequest(qint64 to) const;

    QJsonObject m_json;
    qw::Report m_report;
    qw::ReportTables m_tables;
    QTemporaryDir m_monthDir;
};

void TestReportTables::initTestCase()
{
    QProcess cli;
    cli.start(qw::test::binaryPath(u"queuewatch-report"_s), {u"--demo"_s, u"--tz"_s, u"UTC"_s, u"--calls"_s});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    m_json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QVERIFY(!m_json.isEmpty());

    // The same report in process, through the background job the window uses.
    qw::ReportDefinition definition;
    definition.sourceSpec = u"cluster:A|B|C"_s;
    definition.preset = qw::PeriodPreset::Custom;
    definition.customFrom = m_json.value(u"period"_s).toObject().value(u"from"_s).toInteger();
    definition.customTo = m_json.value(u"period"_s).toObject().value(u"to"_s).toInteger();
    definition.timeZone = u"UTC"_s;
    // Made after the period, as the CLI's run (on the wall clock) is: agent time runs to its end.
    const auto request = definition.toRequest(filesIn(SampleDir), definition.customTo);
    QVERIFY(std::holds_alternative<qw::ReportRequest>(request));
    qw::ReportJob job;
    QSignalSpy finished(&job, &qw::ReportJob::finished);
    job.start(std::get<qw::ReportRequest>(request));
    QVERIFY(job.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto result = finished.first().first().value<qw::ReportResult>();
    m_report = result.report;
    m_tables = result.tables; // built by the job, in its worker thread
    QCOMPARE(m_tables.calls.rows.size(), qsizetype(m_report.calls.size()));

    // A month of a three-server centre for the long-running tests.
    QProcess generate;
    generate.start(qw::test::binaryPath(u"queuewatch-generate"_s),
                   {u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-01"_s, u"--output-dir"_s, m_monthDir.path()});
    QVERIFY(generate.waitForFinished(120000));
    QCOMPARE(generate.exitCode(), 0);
}

void TestReportTables::tablesHoldTheCliNumbers()
{
    const QJsonObject totals = m_json.value(u"totals"_s).toObject();
    const qw::ReportTable& byQueue = m_tables.answeredByQueue;
    const QJsonObject queues = m_json.value(u"queues"_s).toObject();
    QCOMPARE(byQueue.rows.size(), queues.size() + 1); // and the "All queues" row
    const QList<std::pair<QString, QString>> kpis {
        {u"Offered"_s, u"offered"_s},
        {u"Answered"_s, u"answered"_s},
        {u"Unanswered"_s, u"unanswered"_s},
        {u"Answered within SL"_s, u"answered_within_sl"_s},
        {u"Unanswered within SL"_s, u"unanswered_within_sl"_s},
        {u"SL"_s, u"service_level"_s},
        {u"Avg wait answered"_s, u"avg_wait_answered"_s},
        {u"Max wait"_s, u"max_wait_answered"_s},
        {u"Avg talk"_s, u"avg_talk"_s},
        {u"Talk time"_s, u"total_talk"_s},
        {u"Transfers"_s, u"transfers"_s},
    };
    const auto compareKpis = [&](const qw::ReportTable& table, const QString& key, const QJsonObject& expected) {
        const QVariantList row = rowOf(table, key);
        QVERIFY2(!row.isEmpty(), qPrintable(key));
        for (const auto& [header, field] : kpis) {
            const QVariant cell = row.value(column(table, header));
            const QJsonValue want = expected.value(field);
            if (want.isNull()) {
                QVERIFY2(cell.isNull(), qPrintable(key + u' ' + field));
                continue;
            }
            QVERIFY2(qFuzzyCompare(cell.toDouble() + 1.0, want.toDouble() + 1.0),
                     qPrintable(u"%1 %2: %3 vs %4"_s.arg(key, field).arg(cell.toDouble()).arg(want.toDouble())));
        }
    };
    for (auto it = queues.begin(); it != queues.end(); ++it)
        compareKpis(byQueue, it.key(), it.value().toObject());
    compareKpis(byQueue, u"All queues"_s, totals);
    const QJsonObject servers = m_json.value(u"servers"_s).toObject();
    QCOMPARE(m_tables.servers.rows.size(), servers.size());
    for (auto it = servers.begin(); it != servers.end(); ++it)
        compareKpis(m_tables.servers, it.key(), it.value().toObject());

    // Agents: time, calls and servers, and paused time by reason.
    const QJsonObject agents = m_json.value(u"agents"_s).toObject();
    QCOMPARE(m_tables.agents.rows.size(), agents.size());
    qsizetype reasons = 0;
    for (auto it = agents.begin(); it != agents.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        const QVariantList row = rowOf(m_tables.agents, it.key());
        QCOMPARE(row.value(column(m_tables.agents, u"Logged in"_s)).toLongLong(),
                 a.value(u"logged_in_time"_s).toInteger());
        QCOMPARE(row.value(column(m_tables.agents, u"Paused"_s)).toLongLong(), a.value(u"paused_time"_s).toInteger());
        QCOMPARE(row.value(column(m_tables.agents, u"Answered"_s)).toLongLong(), a.value(u"answered"_s).toInteger());
        QCOMPARE(row.value(column(m_tables.agents, u"Talk time"_s)).toLongLong(), a.value(u"total_talk"_s).toInteger());
        QCOMPARE(row.value(column(m_tables.agents, u"Ring no answer"_s)).toLongLong(),
                 a.value(u"ring_no_answer"_s).toInteger());
        QStringList serverNames;
        for (const QJsonValue& server : a.value(u"servers"_s).toArray())
            serverNames.append(server.toString());
        QCOMPARE(row.value(column(m_tables.agents, u"Servers"_s)).toString(), serverNames.join(u", "_s));
        reasons += a.value(u"paused_by_reason"_s).toObject().size();
    }
    QCOMPARE(m_tables.agentPauses.rows.size(), reasons);

    // Distribution by hour.
    const QJsonArray byHour = m_json.value(u"by_hour"_s).toArray();
    QCOMPARE(m_tables.byHour.rows.size(), byHour.size());
    for (qsizetype h = 0; h < byHour.size(); ++h) {
        const QJsonObject hour = byHour[h].toObject();
        QCOMPARE(m_tables.byHour.rows[h].value(1).toLongLong(), hour.value(u"offered"_s).toInteger());
        QCOMPARE(m_tables.byHour.rows[h].value(2).toLongLong(), hour.value(u"answered"_s).toInteger());
    }

    // Causes, and the buckets worked out here from the JSON call list.
    const QJsonObject causes = totals.value(u"unanswered_by_cause"_s).toObject();
    qint64 causeSum = 0;
    for (const QVariantList& row : m_tables.unansweredByCause.rows)
        causeSum += row.value(1).toLongLong();
    QCOMPARE(causeSum, totals.value(u"unanswered"_s).toInteger());
    // The cause cell holds the outcome; the view shows its words.
    const QVariantList abandonRow = rowOf(m_tables.unansweredByCause, QString::number(int(qw::CallOutcome::Abandon)));
    QCOMPARE(abandonRow.value(1).toLongLong(), causes.value(u"abandon"_s).toInteger());
    QCOMPARE(qw::ReportTable::displayText(abandonRow.value(0), qw::ReportColumn::Kind::Outcome, QTimeZone::utc()),
             qw::ReportTables::causeText(qw::CallOutcome::Abandon));
    const QJsonArray calls = m_json.value(u"calls"_s).toArray();
    QCOMPARE(m_tables.calls.rows.size(), calls.size());
    for (const QVariantList& bucket : m_tables.serviceLevelBuckets.rows) {
        qint64 within = 0;
        for (const QJsonValue& call : calls) {
            const QJsonObject c = call.toObject();
            if (c.value(u"outcome"_s).toString() == u"answered"
                && c.value(u"wait"_s).toInteger() <= bucket.value(0).toLongLong())
                ++within;
        }
        QCOMPARE(bucket.value(1).toLongLong(), within);
    }
    // Within the threshold of the report, the bucket equals answered_within_sl.
    QCOMPARE(rowOf(m_tables.serviceLevelBuckets, u"20"_s).value(1).toLongLong(),
             totals.value(u"answered_within_sl"_s).toInteger());
}

void TestReportTables::modelsPassTheTester()
{
    for (const qw::ReportTable* table : m_tables.all()) {
        qw::ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(*table, QTimeZone::utc());
        QCOMPARE(model.rowCount(), int(table->rows.size()));
        QCOMPARE(model.columnCount(), int(table->columns.size()));
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            // Every figure says what it counts (names, times and labels explain themselves).
            const qw::ReportColumn& columnOf = table->columns[c];
            if (columnOf.isNumeric() && columnOf.key != u"within_s" && columnOf.key != u"value")
                QVERIFY2(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                         qPrintable(table->id + u": "_s + columnOf.key));
        }
    }
    // Raw sort values: durations sort as numbers, not as "10:00" < "9:59" text.
    qw::ReportTableModel calls;
    calls.setTable(m_tables.calls, QTimeZone::utc());
    const int wait = column(m_tables.calls, u"Wait"_s);
    QCOMPARE(calls.index(0, wait).data(qw::SortRole).typeId(), QMetaType::LongLong);
    QVERIFY(calls.index(0, wait).data().toString().contains(u':'));
}

void TestReportTables::csvOfATable()
{
    const QByteArray csv = qw::reportTableCsv(m_tables.answeredByQueue, QTimeZone::utc());
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), m_tables.answeredByQueue.rows.size() + 1);
    // Keys with their units: durations in seconds (_s), ratios as percentages (_pct).
    QCOMPARE(lines.first().trimmed(),
             QByteArray("queue,offered,answered,unanswered,answered_within_sl,unanswered_within_sl,service_level_pct,"
                        "avg_wait_answered_s,max_wait_answered_s,avg_talk_s,total_talk_s,avg_wait_unanswered_s,"
                        "transfers"));
    const QJsonObject totals = m_json.value(u"totals"_s).toObject();
    const QList<QByteArray> all = lines.last().trimmed().split(',');
    QCOMPARE(all.value(0), QByteArray("All queues"));
    QCOMPARE(all.value(1).toLongLong(), totals.value(u"offered"_s).toInteger());
    // 0.857... is written 85.7; the total talk in whole seconds, as the JSON has it.
    QCOMPARE(all.value(6), QByteArray::number(totals.value(u"service_level"_s).toDouble() * 100.0, 'f', 1));
    QCOMPARE(all.value(10).toLongLong(), totals.value(u"total_talk"_s).toInteger());
}

qw::ReportRequest TestReportTables::monthRequest(qint64 to) const
{
    qw::ReportDefinition definition;
    definition.sourceSpec = u"cluster:A|B|C"_s;
    definition.preset = qw::PeriodPreset::Custom;
    definition.customFrom = QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    definition.customTo = to;
    definition.timeZone = u"UTC"_s;
    return std::get<qw::ReportRequest>(definition.toRequest(filesIn(m_monthDir.path()), to));
}

void TestReportTables::longReportCanBeCancelled()
{
    qw::ReportJob job;
    QSignalSpy progress(&job, &qw::ReportJob::progress);
    QSignalSpy finished(&job, &qw::ReportJob::finished);
    QSignalSpy cancelled(&job, &qw::ReportJob::cancelled);
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    job.start(monthRequest(QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch()));
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 60000);
    QVERIFY(ticks > 0); // the event loop turned while the report ran
    job.cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!job.isRunning());
    QTest::qWait(1500);
    QCOMPARE(finished.count(), 0);
}

void TestReportTables::secondRunReplacesTheFirst()
{
    qw::ReportJob job;
    QSignalSpy finished(&job, &qw::ReportJob::finished);
    const qint64 firstWeek = QDateTime(QDate(2026, 10, 8), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 twoDays = QDateTime(QDate(2026, 10, 3), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    job.start(monthRequest(firstWeek));
    job.start(monthRequest(twoDays));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first().first().value<qw::ReportResult>().report.to, twoDays);
    QTest::qWait(500);
    QCOMPARE(finished.count(), 1); // the replaced run never reports
}

QTEST_GUILESS_MAIN(TestReportTables)
#include "tst_reporttables.moc"
