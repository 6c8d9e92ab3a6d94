// Reading partitions of the queue_log table from a real MariaDB (started by the test) and from
// SQLite: same events from both, paging inside runs of one second, polling with a cursor, and
// the table layouts QueueMetrics installations really have.
#include "database/databaseconnection.h"
#include "database/schema.h"
#include "readers/nativerangereader.h"
#include "readers/partitioncursor.h"
#include "readers/partitionreader.h"
#include "support/fixtures.h"
#include "support/queuelogtable.h"
#include "support/testmariadb.h"

#include <memory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::DatabaseConnection;
using qw::EventBatch;
using qw::PartitionCursor;
using qw::PartitionReader;
using qw::QueueLogEvent;
using qw::ReadStatus;

namespace {
QueueLogEvent makeEvent(const QString& partition, qint64 time, const QString& callId, const QString& verb = u"INFO"_s)
{
    QueueLogEvent event;
    event.partition = partition;
    event.time = time;
    event.callId = callId;
    event.queue = u"q"_s;
    event.agent = u"NONE"_s;
    event.verb = verb;
    return event;
}

// The fields that must survive a trip through the table (order is the table's own key).
QString withoutOrder(const QueueLogEvent& e)
{
    return e.partition + u'#' + e.toLine();
}
} // namespace

class TestPartitionReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mysqlAndSqliteGiveTheSameEvents();
    void pagesSplitInsideOneSecond_data();
    void pagesSplitInsideOneSecond();
    void rangeIsHalfOpenAndPartitionScoped_data();
    void rangeIsHalfOpenAndPartitionScoped();
    void cursorSameSecondAcrossPolls_data();
    void cursorSameSecondAcrossPolls();
    void cursorPicksUpLateRows_data();
    void cursorPicksUpLateRows();
    void cursorRemembersOnlyTheLateRowWindow();
    void stoppedPollDeliversTheRestNextTime();
    void stoppedRangeReadEndsAtOnce_data();
    void stoppedRangeReadEndsAtOnce();
    void stoppedNativeReadEndsAtOnce();
    void queueMetricsMyIsamTable();
    void singleDataColumnTable_data();
    void singleDataColumnTable();
    void oddFieldContentsSurvive_data();
    void oddFieldContentsSurvive();
    void longTextIsReadWhole();
    void missingTableIsAClearError();
    void unreachableServerIsAClearError();

private:
    DatabaseConnection& connection(const QString& driver);
    EventBatch readRange(const QString& driver, const QString& partition, qint64 from, qint64 to, int pageSize = 50000,
                         int* pages = nullptr);
    EventBatch poll(const QString& driver, const QString& partition, PartitionCursor& cursor, int pageSize = 50000);
    void insert(const QString& driver, const EventBatch& events, const QString& table = u"queue_log"_s);

    qw::test::TestMariaDb m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseConnection> m_mysql;
    std::unique_ptr<DatabaseConnection> m_sqlite;
};

DatabaseConnection& TestPartitionReader::connection(const QString& driver)
{
    return driver == u"mysql" ? *m_mysql : *m_sqlite;
}

void TestPartitionReader::insert(const QString& driver, const EventBatch& events, const QString& table)
{
    QVERIFY(qw::test::insertEvents(connection(driver), events, table));
}

EventBatch TestPartitionReader::readRange(const QString& driver, const QString& partition, qint64 from, qint64 to,
                                          int pageSize, int* pages)
{
    PartitionReader reader(connection(driver), partition);
    reader.setPageSize(pageSize);
    reader.setNativeRead(!pages); // counting pages is about the paged read
    EventBatch all;
    int batches = 0;
    const ReadStatus status = reader.readRange(from, to, [&](const EventBatch& batch) {
        all.append(batch);
        ++batches;
        return true;
    });
    if (status != ReadStatus::Finished)
        qWarning("%s", qPrintable(reader.errorString()));
    if (pages)
        *pages = batches;
    if (driver == u"mysql" && !pages) {
        if (qw::NativeRangeReader::isBuiltIn() && !qw::NativeRangeReader::canRead(connection(driver)))
            qWarning("built with the native reader, but it cannot read this connection");
        // MariaDB is read natively, in one streamed statement (NativeRangeReader): the pages of
        // QSqlQuery must give exactly the same events.
        PartitionReader paged(connection(driver), partition);
        paged.setPageSize(pageSize);
        paged.setNativeRead(false);
        EventBatch viaPages;
        paged.readRange(from, to, [&viaPages](const EventBatch& batch) {
            viaPages.append(batch);
            return true;
        });
        if (viaPages != all)
            qWarning("the native read and the paged read differ");
        const bool native = !qw::NativeRangeReader::isBuiltIn() || qw::NativeRangeReader::canRead(connection(driver));
        return viaPages == all && native ? all : EventBatch {};
    }
    return all;
}

EventBatch TestPartitionReader::poll(const QString& driver, const QString& partition, PartitionCursor& cursor,
                                     int pageSize)
{
    PartitionReader reader(connection(driver), partition);
    reader.setPageSize(pageSize);
    EventBatch all;
    const ReadStatus status = reader.readNew(cursor, [&all](const EventBatch& batch) {
        all.append(batch);
        return true;
    });
    if (status != ReadStatus::Finished)
        qWarning("%s", qPrintable(reader.errorString()));
    return all;
}

void TestPartitionReader::initTestCase()
{
    // A missing MariaDB is a failure, never a skip: these tests are the only proof the reader works.
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_mysql = std::make_unique<DatabaseConnection>(m_server.url());
    QVERIFY2(m_mysql->open(), qPrintable(m_mysql->errorString()));

    QVERIFY(m_dir.isValid());
    m_sqlite = std::make_unique<DatabaseConnection>(qw::DatabaseUrl::sqlite(m_dir.filePath(u"qw.sqlite"_s)));
    QVERIFY2(m_sqlite->open(), qPrintable(m_sqlite->errorString()));
    QString error;
    QVERIFY2(qw::Schema::create(*m_sqlite, &error), qPrintable(error));
}

void TestPartitionReader::mysqlAndSqliteGiveTheSameEvents()
{
    // The three real Asterisk 22 logs, interleaved by time as loaders running side by side would.
    EventBatch fromFiles;
    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s})
        fromFiles.append(
            qw::test::readQueueLogFile(qw::test::fixturePath(u"asterisk22-cluster/%1.queue_log"_s.arg(name)), name));
    QVERIFY(fromFiles.size() > 400);
    EventBatch interleaved = fromFiles;
    std::stable_sort(interleaved.begin(), interleaved.end(),
                     [](const auto& a, const auto& b) { return a.time < b.time; });
    insert(u"mysql"_s, interleaved);
    insert(u"sqlite"_s, interleaved);

    for (const QString& name : {u"A"_s, u"B"_s, u"C"_s}) {
        const EventBatch mysql = readRange(u"mysql"_s, name, 0, PartitionReader::EndOfTime, 50);
        const EventBatch sqlite = readRange(u"sqlite"_s, name, 0, PartitionReader::EndOfTime, 50);
        QCOMPARE(mysql.size(), sqlite.size());
        QCOMPARE(mysql, sqlite); // every field, the row key included
        // And the same as the file, line for line.
        QStringList fileLines;
        for (const QueueLogEvent& e : fromFiles) {
            if (e.partition == name)
                fileLines.append(withoutOrder(e));
        }
        QStringList tableLines;
        for (const QueueLogEvent& e : mysql)
            tableLines.append(withoutOrder(e));
        QCOMPARE(tableLines, fileLines);
    }
}

void TestPartitionReader::pagesSplitInsideOneSecond_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addRow("mysql") << u"mysql"_s;
    QTest::addRow("sqlite") << u"sqlite"_s;
}

void TestPartitionReader::pagesSplitInsideOneSecond()
{
    QFETCH(QString, driver);
    EventBatch rows;
    rows.append(makeEvent(u"PAGE"_s, 999, u"before"_s));
    for (int i = 0; i < 25; ++i)
        rows.append(makeEvent(u"PAGE"_s, 1000, u"same-%1"_s.arg(i)));
    rows.append(makeEvent(u"PAGE"_s, 1001, u"after"_s));
    insert(driver, rows);

    for (const int pageSize : {1, 2, 4, 7, 26, 27, 28, 1000}) {
        int pages = 0;
        const EventBatch got = readRange(driver, u"PAGE"_s, 0, PartitionReader::EndOfTime, pageSize, &pages);
        QCOMPARE(got.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(got[i].callId, rows[i].callId);
        QCOMPARE(pages, int((rows.size() + pageSize - 1) / pageSize));
    }
}

void TestPartitionReader::rangeIsHalfOpenAndPartitionScoped_data()
{
    pagesSplitInsideOneSecond_data();
}

void TestPartitionReader::rangeIsHalfOpenAndPartitionScoped()
{
    QFETCH(QString, driver);
    EventBatch rows;
    for (qint64 t = 2000; t < 2010; ++t) {
        rows.append(makeEvent(u"RANGE"_s, t, u"r%1"_s.arg(t)));
        rows.append(makeEvent(u"OTHER"_s, t, u"o%1"_s.arg(t)));
    }
    insert(driver, rows);
    const EventBatch got = readRange(driver, u"RANGE"_s, 2003, 2007, 2);
    QCOMPARE(got.size(), 4);
    QCOMPARE(got.first().time, qint64(2003));
    QCOMPARE(got.last().time, qint64(2006));
    for (const QueueLogEvent& e : got)
        QCOMPARE(e.partition, u"RANGE"_s);
    QVERIFY(readRange(driver, u"RANGE"_s, 2005, 2005).isEmpty());
    QVERIFY(readRange(driver, u"NOSUCH"_s, 0, PartitionReader::EndOfTime).isEmpty());
}

void TestPartitionReader::cursorSameSecondAcrossPolls_data()
{
    pagesSplitInsideOneSecond_data();
}

void TestPartitionReader::cursorSameSecondAcrossPolls()
{
    QFETCH(QString, driver);
    PartitionCursor cursor(5000);
    insert(
        driver,
        {makeEvent(u"POLL"_s, 5000, u"a"_s), makeEvent(u"POLL"_s, 5001, u"b"_s), makeEvent(u"POLL"_s, 5001, u"c"_s)});
    EventBatch got = poll(driver, u"POLL"_s, cursor, 2);
    QCOMPARE(got.size(), 3);

    // More rows of the second already seen, then of a later one.
    insert(
        driver,
        {makeEvent(u"POLL"_s, 5001, u"d"_s), makeEvent(u"POLL"_s, 5001, u"e"_s), makeEvent(u"POLL"_s, 5002, u"f"_s)});
    got = poll(driver, u"POLL"_s, cursor, 2);
    QCOMPARE(got.size(), 3);
    QCOMPARE(got[0].callId, u"d"_s);
    QCOMPARE(got[1].callId, u"e"_s);
    QCOMPARE(got[2].callId, u"f"_s);

    QVERIFY(poll(driver, u"POLL"_s, cursor).isEmpty()); // nothing new: nothing twice
    // Rows before the cursor's start are never part of the live window.
    insert(driver, {makeEvent(u"POLL"_s, 4000, u"old"_s)});
    QVERIFY(poll(driver, u"POLL"_s, cursor).isEmpty());
}

void TestPartitionReader::cursorPicksUpLateRows_data()
{
    pagesSplitInsideOneSecond_data();
}

void TestPartitionReader::cursorPicksUpLateRows()
{
    QFETCH(QString, driver);
    PartitionCursor cursor(6000, 60);
    insert(driver, {makeEvent(u"LATE"_s, 6000, u"a"_s), makeEvent(u"LATE"_s, 6100, u"b"_s)});
    QCOMPARE(poll(driver, u"LATE"_s, cursor).size(), 2);

    // A loader that was behind uploads rows older than the newest one already delivered.
    insert(driver,
           {makeEvent(u"LATE"_s, 6050, u"late-in-window"_s), makeEvent(u"LATE"_s, 6100, u"same-second"_s),
            makeEvent(u"LATE"_s, 6010, u"too-late"_s)});
    const EventBatch got = poll(driver, u"LATE"_s, cursor);
    QStringList ids;
    for (const QueueLogEvent& e : got)
        ids.append(e.callId);
    // Within the 60 s late-row window: delivered, once. Older than that: the documented limit.
    QCOMPARE(ids, (QStringList {u"late-in-window"_s, u"same-second"_s}));
    QVERIFY(poll(driver, u"LATE"_s, cursor).isEmpty());
}

void TestPartitionReader::cursorRemembersOnlyTheLateRowWindow()
{
    PartitionCursor cursor(0, 10);
    for (qint64 t = 0; t < 1000; ++t)
        cursor.markSeen(t, t);
    cursor.prune();
    QCOMPARE(cursor.pollFrom(), qint64(989));
    QCOMPARE(cursor.rememberedKeys(), qsizetype(11)); // 989..999
    QVERIFY(cursor.hasSeen(995, 995));
    QVERIFY(!cursor.hasSeen(500, 500));
}

void TestPartitionReader::stoppedPollDeliversTheRestNextTime()
{
    EventBatch rows;
    for (int i = 0; i < 10; ++i)
        rows.append(makeEvent(u"STOP"_s, 7000 + i, u"s%1"_s.arg(i)));
    insert(u"mysql"_s, rows);
    PartitionCursor cursor(7000);
    PartitionReader reader(connection(u"mysql"_s), u"STOP"_s);
    reader.setPageSize(4);
    EventBatch taken;
    QCOMPARE(reader.readNew(cursor,
                            [&taken](const EventBatch& batch) {
                                if (!taken.isEmpty())
                                    return false; // cancelled: the second page is not taken
                                taken.append(batch);
                                return true;
                            }),
             ReadStatus::Stopped);
    QCOMPARE(taken.size(), 4);
    const EventBatch rest = poll(u"mysql"_s, u"STOP"_s, cursor, 4);
    QCOMPARE(rest.size(), 6);
    QCOMPARE(rest.first().callId, u"s4"_s);
}

void TestPartitionReader::stoppedRangeReadEndsAtOnce_data()
{
    QTest::addColumn<int>("stopAfter");
    for (int batches : {1, 2, 3, 9})
        QTest::addRow("after %d batches", batches) << batches;
}

void TestPartitionReader::stoppedRangeReadEndsAtOnce()
{
    // Ten pages of three rows, read by two lanes; a cancel ends both, with no batch after it.
    QFETCH(int, stopAfter);
    const QString partition = u"CANCEL%1"_s.arg(stopAfter);
    EventBatch rows;
    for (int i = 0; i < 30; ++i)
        rows.append(makeEvent(partition, 10000 + i / 4, u"k%1"_s.arg(i)));
    insert(u"mysql"_s, rows);
    PartitionReader reader(*m_mysql, partition);
    reader.setPageSize(3);
    reader.setNativeRead(false); // the paged read's two lanes
    QStringList seen;
    int calls = 0;
    QCOMPARE(reader.readRange(0, PartitionReader::EndOfTime,
                              [&](const EventBatch& batch) {
                                  if (++calls > stopAfter)
                                      return false;
                                  for (const QueueLogEvent& e : batch)
                                      seen.append(e.callId);
                                  return true;
                              }),
             ReadStatus::Stopped);
    QCOMPARE(calls, stopAfter + 1);
    QCOMPARE(seen.size(), 3 * stopAfter);
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i], u"k%1"_s.arg(i)); // in order, whichever lane read the page
}

void TestPartitionReader::stoppedNativeReadEndsAtOnce()
{
    // The streamed read: a stop after the first batch ends it, with nothing handed on after it,
    // and the connection is usable again at once (the rows still coming are dropped).
    if (!qw::NativeRangeReader::isBuiltIn())
        QSKIP("built without the MariaDB client library");
    EventBatch rows;
    for (int i = 0; i < 3 * int(PartitionReader::BatchSize); ++i)
        rows.append(makeEvent(u"STREAM"_s, 20000 + i / 10, u"n%1"_s.arg(i)));
    insert(u"mysql"_s, rows);
    PartitionReader reader(*m_mysql, u"STREAM"_s);
    int calls = 0;
    qsizetype seen = 0;
    QCOMPARE(reader.readRange(0, PartitionReader::EndOfTime,
                              [&](const EventBatch& batch) {
                                  if (++calls > 1)
                                      return false;
                                  seen += batch.size();
                                  return true;
                              }),
             ReadStatus::Stopped);
    QCOMPARE(calls, 2);
    QCOMPARE(seen, PartitionReader::BatchSize);
    QCOMPARE(readRange(u"mysql"_s, u"STREAM"_s, 0, 100000).size(), rows.size());
}

void TestPartitionReader::queueMetricsMyIsamTable()
{
    // QueueMetrics' own table: MyISAM, latin1, and an auto-increment column that is the last part
    // of a composite key, so MyISAM counts it per (partition, time_id) instead of globally.
    QVERIFY2(m_server.execute(uR"(CREATE TABLE qm_queue_log (
            `partition` varchar(20) NOT NULL default '',
            time_id int(11) unsigned NOT NULL default '0',
            call_id varchar(200) NOT NULL,
            queue varchar(50) NOT NULL,
            agent varchar(30) NOT NULL,
            verb varchar(30) NOT NULL,
            data1 varchar(200) NOT NULL default '',
            data2 varchar(200) NOT NULL default '',
            data3 varchar(200) NOT NULL default '',
            data4 varchar(200) NOT NULL default '',
            data5 varchar(200) NOT NULL default '',
            serverid varchar(10) NOT NULL default '',
            unique_row_count int(10) unsigned NOT NULL auto_increment,
            PRIMARY KEY (`partition`, time_id, unique_row_count),
            KEY idx_sel (`partition`, time_id, queue(2)),
            KEY by_hotdesk (verb, time_id)
        ) ENGINE=MyISAM DEFAULT CHARSET=latin1;)"_s),
             qPrintable(m_server.errorString()));

    EventBatch rows;
    for (int i = 0; i < 5; ++i)
        rows.append(makeEvent(u"P1"_s, 8000, u"x%1"_s.arg(i)));
    rows.append(makeEvent(u"P1"_s, 8001, u"y"_s));
    insert(u"mysql"_s, rows, u"qm_queue_log"_s);

    // The counter really is per second here: the row of 8001 got 1 again.
    QSqlQuery check(m_mysql->database());
    QVERIFY(check.exec(u"SELECT unique_row_count FROM qm_queue_log WHERE time_id = 8001"_s));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toInt(), 1);

    PartitionReader reader(*m_mysql, u"P1"_s, u"qm_queue_log"_s);
    reader.setPageSize(2);
    EventBatch got;
    QCOMPARE(reader.readRange(0, PartitionReader::EndOfTime,
                              [&got](const EventBatch& b) {
                                  got.append(b);
                                  return true;
                              }),
             ReadStatus::Finished);
    QStringList ids;
    for (const QueueLogEvent& e : got)
        ids.append(e.callId);
    QCOMPARE(ids, (QStringList {u"x0"_s, u"x1"_s, u"x2"_s, u"x3"_s, u"x4"_s, u"y"_s}));

    // Polling: rows of a second seen, and a late row whose counter restarts at 1 in its second.
    PartitionCursor cursor(8000);
    QCOMPARE(reader.readNew(cursor, [](const EventBatch& b) { return !b.isEmpty(); }), ReadStatus::Finished);
    insert(
        u"mysql"_s,
        {makeEvent(u"P1"_s, 8001, u"y2"_s), makeEvent(u"P1"_s, 7999 + 2, u"y3"_s), makeEvent(u"P1"_s, 8000, u"late"_s)},
        u"qm_queue_log"_s);
    EventBatch fresh;
    QCOMPARE(reader.readNew(cursor,
                            [&fresh](const EventBatch& b) {
                                fresh.append(b);
                                return true;
                            }),
             ReadStatus::Finished);
    ids.clear();
    for (const QueueLogEvent& e : fresh)
        ids.append(e.callId);
    QCOMPARE(ids, (QStringList {u"late"_s, u"y2"_s, u"y3"_s}));
}

void TestPartitionReader::singleDataColumnTable_data()
{
    pagesSplitInsideOneSecond_data();
}

void TestPartitionReader::singleDataColumnTable()
{
    QFETCH(QString, driver);
    DatabaseConnection& db = connection(driver);
    const QString table = u"old_queue_log_"_s + driver;
    const QString partition = db.quotedIdentifier(u"partition"_s);
    QSqlQuery query(db.database());
    QVERIFY(query.exec(
        u"CREATE TABLE %1 (%2 varchar(20), time_id int, call_id varchar(200), queue varchar(50), "
        "agent varchar(30), verb varchar(30), data varchar(400), unique_row_count int)"_s.arg(table, partition)));
    QVERIFY(query.exec(u"INSERT INTO %1 VALUES ('OLD', 10, 'c1', 'q', 'Agent/1', 'CONNECT', '5|c1.2|3', 1), "
                       "('OLD', 11, 'c1', 'q', 'Agent/1', 'ATTENDEDTRANSFER', 'LINK|a|b|5|60|1', 2), "
                       "('OLD', 12, 'c2', 'q', NULL, 'ENTERQUEUE', NULL, 3)"_s.arg(table)));
    PartitionReader reader(db, u"OLD"_s, table);
    EventBatch got;
    QCOMPARE(reader.readRange(0, PartitionReader::EndOfTime,
                              [&got](const EventBatch& b) {
                                  got.append(b);
                                  return true;
                              }),
             ReadStatus::Finished);
    QCOMPARE(got.size(), 3);
    QCOMPARE(got[0].data1(), u"5"_s);
    QCOMPARE(got[0].data3(), u"3"_s);
    QCOMPARE(got[1].data5(), u"60|1"_s);
    // NULLs (old tables allow them) read as empty fields, not as a failure.
    QCOMPARE(got[2].agent, QString());
    QCOMPARE(got[2].data1(), QString());
    QCOMPARE(got[2].verb, u"ENTERQUEUE"_s);
}

void TestPartitionReader::longTextIsReadWhole()
{
    // A column declared longer than the native reader's buffers (a MEDIUMTEXT data1): its value
    // comes back whole, not cut.
    QSqlQuery query(m_mysql->database());
    QVERIFY(query.exec(u"CREATE TABLE long_queue_log LIKE queue_log"_s));
    QVERIFY(query.exec(u"ALTER TABLE long_queue_log MODIFY data1 MEDIUMTEXT"_s));
    QueueLogEvent big = makeEvent(u"LONG"_s, 100, u"c1"_s, u"INFO"_s);
    big.data[0] = QString(70000, u'x') + u"end"_s;
    QueueLogEvent small = makeEvent(u"LONG"_s, 101, u"c2"_s, u"INFO"_s);
    small.data[0] = u"short"_s;
    QueueLogEvent bigger = makeEvent(u"LONG"_s, 102, u"c3"_s, u"INFO"_s);
    bigger.data[0] = QString(90000, u'y');
    insert(u"mysql"_s, {big, small, bigger}, u"long_queue_log"_s);
    PartitionReader reader(*m_mysql, u"LONG"_s, u"long_queue_log"_s);
    EventBatch got;
    QCOMPARE(reader.readRange(0, 1000,
                              [&got](const EventBatch& b) {
                                  got.append(b);
                                  return true;
                              }),
             ReadStatus::Finished);
    QCOMPARE(got.size(), 3);
    QCOMPARE(got[0].data1(), big.data1());
    QCOMPARE(got[1].data1(), u"short"_s);
    QCOMPARE(got[2].data1(), bigger.data1());
}

void TestPartitionReader::oddFieldContentsSurvive_data()
{
    pagesSplitInsideOneSecond_data();
}

void TestPartitionReader::oddFieldContentsSurvive()
{
    // The reader packs the text columns of a row with a control character between them; a field
    // that holds that character itself, pipes, non-Latin text or NULL must still come back as is.
    QFETCH(QString, driver);
    QueueLogEvent odd = makeEvent(u"ODD"_s, 9000, u"c\x1f1"_s, u"PAUSE"_s);
    odd.data[0] = u"Pause \x1f with unit separator"_s;
    odd.data[1] = u"caf\u00e9 | \u65e5\u672c | \U0001F600"_s;
    odd.data[4] = u"rest|of|line"_s;
    QueueLogEvent plain = makeEvent(u"ODD"_s, 9001, u"c2"_s, u"UNPAUSE"_s);
    insert(driver, {odd, plain});

    const EventBatch got = readRange(driver, u"ODD"_s, 0, PartitionReader::EndOfTime);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[0].callId, odd.callId);
    QCOMPARE(got[0].data1(), odd.data1());
    QCOMPARE(got[0].data2(), odd.data2());
    QCOMPARE(got[0].data5(), odd.data5());
    QCOMPARE(got[1].verb, u"UNPAUSE"_s);
}

void TestPartitionReader::missingTableIsAClearError()
{
    PartitionReader reader(*m_mysql, u"A"_s, u"no_such_table"_s);
    QCOMPARE(reader.readRange(0, 10, [](const EventBatch&) { return true; }), ReadStatus::Failed);
    QVERIFY2(reader.errorString().contains(u"no_such_table"_s), qPrintable(reader.errorString()));
}

void TestPartitionReader::unreachableServerIsAClearError()
{
    // A port nobody listens on: the reader reports where it tried, without any password.
    qputenv(qw::DatabaseUrl::PasswordVariable, "hunter2");
    const auto url
        = std::get<qw::DatabaseUrl>(qw::DatabaseUrl::parse(u"mysql://root@127.0.0.1:1/nothing?connect-timeout=2"_s));
    DatabaseConnection db(url);
    PartitionReader reader(db, u"A"_s);
    QCOMPARE(reader.readRange(0, 10, [](const EventBatch&) { return true; }), ReadStatus::Failed);
    QVERIFY2(reader.errorString().contains(u"127.0.0.1:1"_s), qPrintable(reader.errorString()));
    QVERIFY(!reader.errorString().contains(u"hunter2"_s));
    qunsetenv(qw::DatabaseUrl::PasswordVariable);
}

QTEST_GUILESS_MAIN(TestPartitionReader)
#include "tst_partitionreader.moc"
