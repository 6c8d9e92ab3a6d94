// Asterisk realtime queue_log tables as partitions, against a real MariaDB and SQLite: real
// queue_log lines (three Asterisk 22 servers and the bundled sample) are loaded into tables of
// the shapes Asterisk installations have (DATETIME(6), DATETIME, TIMESTAMP or VARCHAR(26) time;
// data1..data5, data1..data3 or one old data column; with and without id), written as the
// servers' local time, and every report and live state read from them must equal the one read
// from the same lines as queue_log files. Rows a table can hold and a file cannot (NULL time,
// garbage time) are skipped and named by id; a DST change in the server's zone is read exactly.
#include "database/databaseconnection.h"
#include "live/livedriver.h"
#include "live/livefeed.h"
#include "pipeline/cluster.h"
#include "reports/partitioncatalog.h"
#include "reports/reportdefinition.h"
#include "settings/liveviewsettings.h"
#include "sources/partitionbinding.h"
#include "sources/realtimebinding.h"
#include "support/fixtures.h"
#include "support/testmariadb.h"
#include "time/wallclocktext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Run = qw::test::ProgramRun;

struct Shape
{
    QString name;
    QString timeType; // SQL type of the time column
    bool id = true;
    int dataColumns = 5; // 0: one old `data` column
};
Q_DECLARE_METATYPE(Shape)

namespace {
const QString Zone = u"Europe/Rome"_s;

QStringList fileLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return lines;
}

QString quoted(const QString& value)
{
    QString text = value;
    text.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"''"_s);
    return u'\'' + text + u'\'';
}

// The wall-clock text Asterisk would write for an epoch second, with a made-up fraction that
// keeps the line order within the second.
QString wallTime(qint64 epoch, int index, const QString& type)
{
    QString text = qw::WallClockReader::wallText(epoch, QTimeZone(Zone.toUtf8()));
    if (type.contains(u"(6)"_s) || type.startsWith(u"VARCHAR"_s))
        text += u".%1"_s.arg(index % 1000000, 6, 10, QLatin1Char('0'));
    return text;
}

// CREATE TABLE and INSERTs for `lines` in one shape.
QString tableSql(const QString& table, const Shape& shape, const QStringList& lines)
{
    QStringList columns;
    if (shape.id)
        columns << u"id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY"_s;
    columns << u"time %1 NULL"_s.arg(shape.timeType) << u"callid VARCHAR(80) NOT NULL DEFAULT ''"_s
            << u"queuename VARCHAR(40) NOT NULL DEFAULT ''"_s << u"agent VARCHAR(80) NOT NULL DEFAULT ''"_s
            << u"event VARCHAR(40) NOT NULL DEFAULT ''"_s;
    if (shape.dataColumns == 0)
        columns << u"data VARCHAR(400) NOT NULL DEFAULT ''"_s;
    for (int i = 1; i <= shape.dataColumns; ++i)
        columns << u"data%1 VARCHAR(200) NOT NULL DEFAULT ''"_s.arg(i);
    QString sql = u"DROP TABLE IF EXISTS %1; CREATE TABLE %1 (%2);\n"_s.arg(table, columns.join(u", "_s));
    QStringList names {u"time"_s, u"callid"_s, u"queuename"_s, u"agent"_s, u"event"_s};
    if (shape.dataColumns == 0)
        names << u"data"_s;
    for (int i = 1; i <= shape.dataColumns; ++i)
        names << u"data%1"_s.arg(i);
    QStringList rows;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QStringList fields = lines[n].split(u'|');
        QStringList values {quoted(wallTime(fields[0].toLongLong(), int(n), shape.timeType))};
        for (int f = 1; f <= 4; ++f)
            values << quoted(fields.value(f));
        const QStringList data = fields.mid(5);
        if (shape.dataColumns == 0) {
            values << quoted(data.join(u'|'));
        } else {
            for (int d = 0; d < shape.dataColumns; ++d)
                values << quoted(d + 1 == shape.dataColumns ? data.mid(d).join(u'|') : data.value(d));
        }
        rows << u'(' + values.join(u", "_s) + u')';
        if (rows.size() == 500 || n + 1 == lines.size()) {
            sql += u"INSERT INTO %1 (%2) VALUES %3;\n"_s.arg(table, names.join(u", "_s), rows.join(u",\n"_s));
            rows.clear();
        }
    }
    return sql;
}

// The sample day moved onto the night Rome's clocks go back (2026-10-25, 03:00 CEST is 02:00
// CET): the hour from 02:00 to 03:00 is written twice.
QStringList onDaylightSavingNight(QStringList lines)
{
    const qint64 shift = 1792878000 - lines.first().section(u'|', 0, 0).toLongLong(); // 2026-10-24T22:00:00Z
    for (QString& line : lines)
        line = QString::number(line.section(u'|', 0, 0).toLongLong() + shift) + u'|' + line.section(u'|', 1);
    return lines;
}

QByteArray withoutWarnings(const QByteArray& json, QStringList* warnings = nullptr)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    if (warnings) {
        for (const QJsonValue& value : object.value(u"warnings"_s).toArray())
            warnings->append(value.toString());
    }
    object.remove(u"warnings"_s);
    return QJsonDocument(object).toJson();
}
} // namespace

class TestRealtimeTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyShapeReadsLikeTheFile_data();
    void everyShapeReadsLikeTheFile();
    void unreadableRowsAreNamedByIdAndSkipped();
    void namesLikeTheFile_data();
    void namesLikeTheFile();
    void daylightSavingChangeInTheServerZone();
    void twoServersInTwoDatabasesAndAFile();
    void sqliteTable();
    void liveFollowsNewRows_data();
    void liveFollowsNewRows();
    void badTableArgumentsAreRefused();
    void settingsCatalogAndDefinitions();

private:
    QString tableUrl(const QString& database, const QString& table) const
    {
        return u"mysql://root@127.0.0.1:%1/%2?table=%3&tz=%4"_s.arg(m_server.port()).arg(database, table, Zone);
    }
    Run report(const QStringList& arguments) const
    {
        return qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s), arguments);
    }
    // A day's report of one partition read from `where` (a file or a table), and the live state at noon.
    std::pair<Run, Run> readings(const QString& where, const QString& from, const QString& to,
                                 const QString& liveAt) const;

    qw::test::TestMariaDb m_server;
    QTemporaryDir m_dir;
    QString m_sampleB;
};

void TestRealtimeTables::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.execute(u"CREATE DATABASE asterisk_a; CREATE DATABASE asterisk_b;"_s));
    m_sampleB = QStringLiteral(QUEUEWATCH_RESOURCES_SAMPLE_DIR) + u"/B.queue_log"_s;
}

std::pair<Run, Run> TestRealtimeTables::readings(const QString& where, const QString& from, const QString& to,
                                                 const QString& liveAt) const
{
    const QStringList common {u"--source"_s, u"sql:B"_s, u"--partition"_s, u"B="_s + where, u"--tz"_s, u"UTC"_s};
    return {report(common + QStringList {u"--from"_s, from, u"--to"_s, to, u"--now"_s, to + u"T00:00:00Z"_s}),
            report(common + QStringList {u"--live-at"_s, liveAt})};
}

void TestRealtimeTables::everyShapeReadsLikeTheFile_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::newRow("DATETIME(6), data1..5, id") << Shape {u"rt_dt6"_s, u"DATETIME(6)"_s, true, 5};
    QTest::newRow("VARCHAR(26), old data, id") << Shape {u"rt_text"_s, u"VARCHAR(26)"_s, true, 0};
    QTest::newRow("DATETIME, data1..3, id") << Shape {u"rt_dt3"_s, u"DATETIME"_s, true, 3};
    QTest::newRow("TIMESTAMP, data1..5, id") << Shape {u"rt_ts"_s, u"TIMESTAMP"_s, true, 5};
    QTest::newRow("DATETIME(6), data1..5, no id") << Shape {u"rt_noid"_s, u"DATETIME(6)"_s, false, 5};
}

void TestRealtimeTables::everyShapeReadsLikeTheFile()
{
    QFETCH(Shape, shape);
    // TIMESTAMP columns convert through the session's zone: the server's default for the writer
    // (as for Asterisk's) and for QueueWatch alike, so the text read back is the text written.
    QVERIFY(m_server.execute(tableSql(shape.name, shape, fileLines(m_sampleB))));
    const auto [fileReport, fileLive]
        = readings(m_sampleB, u"2026-11-02"_s, u"2026-11-03"_s, u"2026-11-02T12:00:00Z"_s);
    QVERIFY2(fileReport.exitCode == 0, qPrintable(fileReport.err));
    QVERIFY(fileReport.out.contains("\"offered\""));
    const auto [tableReport, tableLive] = readings(tableUrl(u"queuewatch_test"_s, shape.name), u"2026-11-02"_s,
                                                   u"2026-11-03"_s, u"2026-11-02T12:00:00Z"_s);
    QVERIFY2(tableReport.exitCode == 0, qPrintable(tableReport.err));
    QCOMPARE(withoutWarnings(tableReport.out), withoutWarnings(fileReport.out));
    // The layout as found, in one line.
    const QString layout = tableReport.err;
    QVERIFY2(layout.contains(u"B: Asterisk realtime table %1: "_s.arg(shape.name)), qPrintable(layout));
    QVERIFY2(layout.contains(shape.dataColumns == 0 ? u"event, data"_s : u"data1..data%1"_s.arg(shape.dataColumns)),
             qPrintable(layout));
    QCOMPARE(layout.contains(u"no id column"_s), !shape.id);
    QCOMPARE(layout.contains(u"time (text)"_s), shape.timeType.startsWith(u"VARCHAR"_s));
    QVERIFY2(tableLive.exitCode == 0, qPrintable(tableLive.err));
    QCOMPARE(tableLive.out, fileLive.out);
    QVERIFY(fileLive.out.contains("\"waiting\""));
}

void TestRealtimeTables::unreadableRowsAreNamedByIdAndSkipped()
{
    // A real table also holds what no file has: a NULL time, text that is no time, a row some
    // other program inserted, a realtime member spec in the agent field.
    const Shape shape {u"rt_dirty"_s, u"VARCHAR(26)"_s, true, 5};
    QVERIFY(m_server.execute(
        tableSql(shape.name, shape, fileLines(m_sampleB))
        + u"INSERT INTO rt_dirty (time, callid, queuename, agent, event) VALUES "
          "(NULL, 'x1', 'sales', 'NONE', 'ENTERQUEUE'), ('yesterday', 'x2', 'sales', 'NONE', 'ENTERQUEUE'), "
          "('2026-11-02 13:00:00.000001', 'x3', 'sales', 'Agent/999', 'RINGING');"
          "INSERT INTO rt_dirty (time, callid, queuename, agent, event, data1) VALUES "
          "('2026-11-02 21:00:01', 'MANAGER', 'sales', 'Local/551@default/n,0,551,hint:5', 'ADDMEMBER', '');"_s));
    const Run run = report({u"--source"_s, u"sql:B"_s, u"--partition"_s,
                            u"B="_s + tableUrl(u"queuewatch_test"_s, shape.name), u"--tz"_s, u"UTC"_s, u"--from"_s,
                            u"2026-11-02"_s, u"--to"_s, u"2026-11-03"_s, u"--now"_s, u"2026-11-03T00:00:00Z"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList warnings;
    const QByteArray figures = withoutWarnings(run.out, &warnings);
    const QString all = warnings.join(u'\n');
    const qint64 rows = fileLines(m_sampleB).size();
    QVERIFY2(all.contains(u"2 malformed line(s) skipped"_s), qPrintable(all));
    QVERIFY2(all.contains(u"row id %1 skipped: the time is empty"_s.arg(rows + 1)), qPrintable(all));
    QVERIFY2(all.contains(u"row id %1 skipped: the time is not a date and time (\"yesterday\")"_s.arg(rows + 2)),
             qPrintable(all));
    // The member spec names its interface, as a file's ADDMEMBER does.
    const Run agents
        = report({u"--source"_s, u"sql:B"_s, u"--partition"_s, u"B="_s + tableUrl(u"queuewatch_test"_s, shape.name),
                  u"--tz"_s, u"UTC"_s, u"--live-at"_s, u"2026-11-02T20:00:05Z"_s});
    QVERIFY2(agents.exitCode == 0, qPrintable(agents.err));
    QVERIFY2(agents.out.contains("Local/551@default/n\""), agents.out.constData());
    QVERIFY(!agents.out.contains("hint:5"));
    QVERIFY(!figures.isEmpty());
}

void TestRealtimeTables::namesLikeTheFile_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const Shape full {u"rt_names5"_s, u"DATETIME(6)"_s, true, 5};
    QTest::newRow("whole day") << full << u"2026-11-02T00:00:00Z"_s << u"2026-11-03T00:00:00Z"_s;
    QTest::newRow("an afternoon") << full << u"2026-11-02T13:20:00Z"_s << u"2026-11-02T16:45:30Z"_s;
    QTest::newRow("old data, no id") << Shape {u"rt_names1"_s, u"VARCHAR(26)"_s, false, 0} << u"2026-11-02T08:00:00Z"_s
                                     << u"2026-11-02T20:00:00Z"_s;
}

void TestRealtimeTables::namesLikeTheFile()
{
    // The wizard's lists: the queues, agents and member lines of a period, from the table as from
    // the same lines in a file, realtime member specs and '|' in a name included.
    QFETCH(Shape, shape);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QStringList lines = fileLines(m_sampleB);
    const qint64 middle = QDateTime::fromString(u"2026-11-02T15:00:00Z"_s, Qt::ISODate).toSecsSinceEpoch();
    lines << QString::number(middle) + u"|MANAGER|sales|Local/551@default/n,0,551,hint:5|ADDMEMBER|"_s
          << QString::number(middle + 1) + u"|MANAGER|pipe_queue|Agent/777|ADDMEMBER|"_s;
    // The last one's queue is "pipe|queue" in the table (a '|' only a table can hold).
    QVERIFY(m_server.execute(
        tableSql(shape.name, shape, lines.first(lines.size() - 1))
        + u"INSERT INTO %1 (time, callid, queuename, agent, event) VALUES (%2, 'MANAGER', 'pipe|queue', "
          "'Agent/777', 'ADDMEMBER');"_s.arg(shape.name, quoted(wallTime(middle + 1, 0, shape.timeType)))));
    const QString file = m_dir.filePath(shape.name + u".queue_log"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        // The member spec as the file's reading of the table row gives it: its interface.
        out.write(lines.join(u'\n').replace(u",0,551,hint:5"_s, QString()).toUtf8() + '\n');
    }
    const qint64 start = QDateTime::fromString(from, Qt::ISODate).toSecsSinceEpoch();
    const qint64 end = QDateTime::fromString(to, Qt::ISODate).toSecsSinceEpoch();

    qw::FilePartitionBinding fromFile(file, u"B"_s);
    const auto expected = fromFile.namesIn(start, end, nullptr);
    QVERIFY(std::holds_alternative<qw::PartitionNames>(expected));
    const auto table = qw::RealtimeTable::parse(tableUrl(u"queuewatch_test"_s, shape.name));
    QVERIFY(std::holds_alternative<qw::RealtimeTable>(table));
    qw::RealtimeTableBinding fromTable(std::get<qw::RealtimeTable>(table), u"B"_s, QTimeZone::utc());
    qw::DatabaseConnection connection(std::get<qw::RealtimeTable>(table).url);
    const auto found = fromTable.namesIn(start, end, &connection);
    if (const auto* error = std::get_if<QString>(&found))
        QFAIL(qPrintable(*error));
    const auto& want = std::get<qw::PartitionNames>(expected);
    const auto& got = std::get<qw::PartitionNames>(found);
    QVERIFY(want.queues.size() > 1 && want.agents.size() > 1 && !want.memberLines.isEmpty());
    QCOMPARE(got.queues, want.queues);
    QCOMPARE(got.agents, want.agents);
    QCOMPARE(got.memberLines, want.memberLines);
    QCOMPARE(got.agents.contains(u"Local/551@default/n"_s), start <= middle && middle < end);
}

void TestRealtimeTables::daylightSavingChangeInTheServerZone()
{
    // The hour written twice is told apart by the row order.
    const QStringList lines = onDaylightSavingNight(fileLines(m_sampleB));
    const QString shifted = m_dir.filePath(u"B-dst.queue_log"_s);
    QFile file(shifted);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join(u'\n').toUtf8() + '\n');
    file.close();
    for (const Shape& shape :
         {Shape {u"rt_dst6"_s, u"DATETIME(6)"_s, true, 5}, Shape {u"rt_dsttext"_s, u"VARCHAR(26)"_s, true, 0}}) {
        QVERIFY(m_server.execute(tableSql(shape.name, shape, lines)));
        const auto [fileReport, fileLive]
            = readings(shifted, u"2026-10-24"_s, u"2026-10-26"_s, u"2026-10-25T01:30:00Z"_s);
        const auto [tableReport, tableLive] = readings(tableUrl(u"queuewatch_test"_s, shape.name), u"2026-10-24"_s,
                                                       u"2026-10-26"_s, u"2026-10-25T01:30:00Z"_s);
        QVERIFY2(fileReport.exitCode == 0 && tableReport.exitCode == 0, qPrintable(tableReport.err + fileReport.err));
        QCOMPARE(withoutWarnings(tableReport.out), withoutWarnings(fileReport.out));
        QCOMPARE(tableLive.out, fileLive.out);
        // Hours of the report in Rome: the repeated hour's calls land where the file's do.
        const QStringList rome {u"--source"_s,   u"sql:B"_s, u"--tz"_s,       Zone,       u"--from"_s,
                                u"2026-10-25"_s, u"--to"_s,  u"2026-10-26"_s, u"--now"_s, u"2026-10-26T00:00:00Z"_s};
        const Run fileRome = report(rome + QStringList {u"--partition"_s, u"B="_s + shifted});
        const Run tableRome
            = report(rome + QStringList {u"--partition"_s, u"B="_s + tableUrl(u"queuewatch_test"_s, shape.name)});
        QCOMPARE(withoutWarnings(tableRome.out), withoutWarnings(fileRome.out));
    }
}

void TestRealtimeTables::twoServersInTwoDatabasesAndAFile()
{
    const QString a = qw::test::fixturePath(u"asterisk22-cluster/A.queue_log"_s);
    const QString b = qw::test::fixturePath(u"asterisk22-cluster/B.queue_log"_s);
    const QString c = qw::test::fixturePath(u"asterisk22-cluster/C.queue_log"_s);
    QVERIFY(m_server.execute(
        u"USE asterisk_a;"_s + tableSql(u"queue_log"_s, {u""_s, u"DATETIME(6)"_s, true, 5}, fileLines(a))
        + u"USE asterisk_b;"_s + tableSql(u"queue_log"_s, {u""_s, u"VARCHAR(26)"_s, true, 0}, fileLines(b))));
    const qint64 first = fileLines(a).first().section(u'|', 0, 0).toLongLong();
    const QString day = QDateTime::fromSecsSinceEpoch(first, QTimeZone::utc()).toString(u"yyyy-MM-dd"_s);
    const QString next = QDateTime::fromSecsSinceEpoch(first, QTimeZone::utc()).addDays(1).toString(u"yyyy-MM-dd"_s);
    const QString at = QDateTime::fromSecsSinceEpoch(first + 150, QTimeZone::utc()).toString(Qt::ISODate);
    const QStringList common {u"--source"_s, u"cluster:A|B|C"_s, u"--tz"_s, u"UTC"_s, u"--partition"_s, u"C="_s + c};
    const QStringList files {u"--partition"_s, u"A="_s + a, u"--partition"_s, u"B="_s + b};
    const QStringList tables {u"--partition"_s, u"A="_s + tableUrl(u"asterisk_a"_s, u"queue_log"_s), u"--partition"_s,
                              u"B="_s + tableUrl(u"asterisk_b"_s, u"queue_log"_s)};
    const QStringList period {u"--from"_s, day, u"--to"_s, next, u"--now"_s, next + u"T00:00:00Z"_s};
    const Run fromFiles = report(common + files + period);
    const Run fromTables = report(common + tables + period);
    QVERIFY2(fromFiles.exitCode == 0 && fromTables.exitCode == 0, qPrintable(fromTables.err + fromFiles.err));
    QVERIFY(fromFiles.out.contains("\"offered\""));
    QCOMPARE(withoutWarnings(fromTables.out), withoutWarnings(fromFiles.out));
    const Run liveFiles = report(common + files + QStringList {u"--live-at"_s, at});
    const Run liveTables = report(common + tables + QStringList {u"--live-at"_s, at});
    QVERIFY2(liveTables.exitCode == 0, qPrintable(liveTables.err));
    QCOMPARE(liveTables.out, liveFiles.out);
}

void TestRealtimeTables::sqliteTable()
{
    const QString path = m_dir.filePath(u"asterisk.sqlite"_s);
    {
        qw::DatabaseConnection connection(qw::DatabaseUrl::sqlite(path));
        QVERIFY(connection.open());
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(u"CREATE TABLE queue_log (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT, callid TEXT, "
                           "queuename TEXT, agent TEXT, event TEXT, data1 TEXT, data2 TEXT, data3 TEXT, data4 TEXT, "
                           "data5 TEXT)"_s));
        QVERIFY(connection.database().transaction());
        QVERIFY(query.prepare(u"INSERT INTO queue_log (time, callid, queuename, agent, event, data1, data2, data3, "
                              "data4, data5) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
        const QStringList lines = fileLines(m_sampleB);
        for (qsizetype n = 0; n < lines.size(); ++n) {
            const QStringList fields = lines[n].split(u'|');
            query.addBindValue(wallTime(fields[0].toLongLong(), int(n), u"VARCHAR"_s));
            for (int f = 1; f <= 8; ++f)
                query.addBindValue(fields.value(f));
            query.addBindValue(fields.mid(9).join(u'|'));
            QVERIFY(query.exec());
        }
        QVERIFY(connection.database().commit());
    }
    const auto [fileReport, fileLive]
        = readings(m_sampleB, u"2026-11-02"_s, u"2026-11-03"_s, u"2026-11-02T12:00:00Z"_s);
    const auto [tableReport, tableLive] = readings(u"sqlite:%1?table=queue_log&tz=%2"_s.arg(path, Zone),
                                                   u"2026-11-02"_s, u"2026-11-03"_s, u"2026-11-02T12:00:00Z"_s);
    QVERIFY2(tableReport.exitCode == 0, qPrintable(tableReport.err));
    QCOMPARE(withoutWarnings(tableReport.out), withoutWarnings(fileReport.out));
    QCOMPARE(tableLive.out, fileLive.out);
}

void TestRealtimeTables::liveFollowsNewRows_data()
{
    QTest::addColumn<bool>("daylightSavingNight");
    QTest::newRow("a normal day, polled at noon") << false;
    // Polled in the second pass of the repeated hour: the next poll starts there.
    QTest::newRow("the DST night, polled at 02:30 CET") << true;
}

void TestRealtimeTables::liveFollowsNewRows()
{
    // The live driver on a table that grows between polls, next to the same lines in a file
    // that grows the same way: the same state after each poll.
    QFETCH(bool, daylightSavingNight);
    const QStringList lines = daylightSavingNight ? onDaylightSavingNight(fileLines(m_sampleB)) : fileLines(m_sampleB);
    qsizetype half = lines.size() / 2;
    if (daylightSavingNight) {
        const auto second = std::find_if(lines.cbegin(), lines.cend(), [](const QString& line) {
            return line.section(u'|', 0, 0).toLongLong() >= 1792891800; // 2026-10-25T01:30:00Z, 02:30 CET
        });
        half = second - lines.cbegin();
    }
    const Shape shape {u"rt_live"_s, u"DATETIME(6)"_s, true, 5};
    QVERIFY(m_server.execute(tableSql(shape.name, shape, lines.first(half))));
    const QString path = m_dir.filePath(u"B-live.queue_log"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.first(half).join(u'\n').toUtf8() + '\n');
    file.flush();

    qw::LiveSettings settings;
    settings.spec = std::get<qw::SourceSpec>(qw::SourceSpec::parse(u"sql:B"_s));
    settings.window.zone = QTimeZone::utc();
    qw::LiveSettings fromFile = settings;
    fromFile.bindings.partitionFiles.insert(u"B"_s, path);
    qw::LiveSettings fromTable = settings;
    QVERIFY(!fromTable.bindings.addPartition(u"B="_s + tableUrl(u"queuewatch_test"_s, shape.name)).has_value());
    qw::LiveDriver fileDriver(fromFile, std::get<qw::Cluster>(qw::Cluster::open(fromFile.spec, fromFile.bindings)),
                              qw::PartitionBinding::FollowMode::Growing);
    qw::LiveDriver tableDriver(fromTable, std::get<qw::Cluster>(qw::Cluster::open(fromTable.spec, fromTable.bindings)),
                               qw::PartitionBinding::FollowMode::Growing);
    const qint64 lastTime = lines.last().section(u'|', 0, 0).toLongLong();
    const auto compare = [&](qint64 at) {
        const QByteArray fileState = qw::LiveFeed::render(fileDriver.poll(at, at), false);
        const QByteArray tableState = qw::LiveFeed::render(tableDriver.poll(at, at), false);
        QVERIFY(fileState.contains("\"agents\""));
        QCOMPARE(tableState, fileState);
    };
    const qint64 middle = lines[half - 1].section(u'|', 0, 0).toLongLong();
    compare(middle);
    QVERIFY(
        m_server.execute(tableSql(u"rt_live_rest"_s, shape, lines.mid(half))
                         + u"INSERT INTO rt_live (time, callid, queuename, agent, event, data1, data2, data3, "
                           "data4, data5) SELECT time, callid, queuename, agent, event, data1, data2, data3, data4, "
                           "data5 FROM rt_live_rest ORDER BY id;"_s));
    file.write(lines.mid(half).join(u'\n').toUtf8() + '\n');
    file.close();
    // Soon after the second poll's first rows (their agents' "since" shows any hour misread),
    // then at the end of the day.
    compare(lines[std::min(half + 30, lines.size() - 1)].section(u'|', 0, 0).toLongLong());
    compare(lastTime);
    fileDriver.close();
    tableDriver.close();
}

void TestRealtimeTables::badTableArgumentsAreRefused()
{
    for (const auto& [argument, expected] :
         {std::pair {u"B=mysql://root@127.0.0.1:1/x"_s, u"?table="_s},
          std::pair {u"B=mysql://root@127.0.0.1:1/x?table=queue_log;DROP"_s, u"not a table name"_s},
          std::pair {u"B=mysql://root@127.0.0.1:1/x?table=queue_log&tz=Mars/Olympus"_s, u"Unknown time zone"_s},
          std::pair {u"B=mysql://root:secret@127.0.0.1:1/x?table=queue_log"_s, u"password"_s}}) {
        const Run run = report({u"--source"_s, u"sql:B"_s, u"--partition"_s, argument, u"--from"_s, u"2026-11-02"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"secret"_s));
    }
    // A table that is not there, or not a realtime queue_log: a clear message, nothing read.
    const Run missing
        = report({u"--source"_s, u"sql:B"_s, u"--partition"_s,
                  u"B="_s + tableUrl(u"queuewatch_test"_s, u"no_such_table"_s), u"--from"_s, u"2026-11-02"_s});
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(u"does not exist"_s), qPrintable(missing.err));
}

void TestRealtimeTables::settingsCatalogAndDefinitions()
{
    const Shape shape {u"rt_saved"_s, u"DATETIME(6)"_s, true, 5};
    QVERIFY(m_server.execute(tableSql(shape.name, shape, fileLines(m_sampleB))));
    const QString table = tableUrl(u"queuewatch_test"_s, shape.name);

    // The live view's settings: the line is checked, and the live state reads the table.
    qw::LiveViewSettings settings;
    settings.demo = false;
    settings.databaseUrl = m_server.url().toDisplayString();
    settings.sourceSpec = u"sql:B"_s;
    settings.partitions = u"B=mysql://root@127.0.0.1:1/x?tz=Europe/Rome"_s;
    QVERIFY(settings.partitionsProblem().contains(u"table="_s));
    settings.partitions = u"# Asterisk writes B's own table\nB="_s + table;
    QCOMPARE(settings.partitionsProblem(), QString());
    const auto live = settings.toLiveSettings();
    QVERIFY(std::holds_alternative<qw::LiveSettings>(live));
    QCOMPARE(std::get<qw::LiveSettings>(live).bindings.partitionTables.value(u"B"_s).table, shape.name);

    // The wizard's list of servers: the table, its newest row and its layout.
    auto listed = qw::PartitionCatalog::partitions(std::get<qw::LiveSettings>(live).bindings, nullptr);
    QVERIFY(std::holds_alternative<qw::PartitionInfoList>(listed));
    const qw::PartitionInfoList partitions = std::get<qw::PartitionInfoList>(listed);
    QCOMPARE(partitions.size(), 1);
    QCOMPARE(partitions[0].origin, qw::PartitionInfo::Origin::RealtimeTable);
    QCOMPARE(partitions[0].newestTime, fileLines(m_sampleB).last().section(u'|', 0, 0).toLongLong());
    QVERIFY2(partitions[0].detail.contains(u"data1..data5"_s), qPrintable(partitions[0].detail));

    // A saved definition keeps where B is read from, and queuewatch-report finds it there.
    qw::ReportDefinition definition;
    definition.sourceSpec = u"sql:B"_s;
    definition.preset = qw::PeriodPreset::Custom;
    definition.customFrom = 1793577600; // 2026-11-02T00:00:00Z
    definition.customTo = 1793664000;
    definition.timeZone = u"UTC"_s;
    definition.partitions = {u"B="_s + table};
    const auto reread = qw::ReportDefinition::fromJson(definition.toJson());
    QVERIFY(std::holds_alternative<qw::ReportDefinition>(reread));
    QCOMPARE(std::get<qw::ReportDefinition>(reread), definition);
    const QString path = m_dir.filePath(u"b-from-table.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(definition.toJson());
    file.close();
    const Run saved = report({u"--definition"_s, path, u"--now"_s, u"2026-11-03T00:00:00Z"_s});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    const Run fromFile
        = report({u"--source"_s, u"sql:B"_s, u"--partition"_s, u"B="_s + m_sampleB, u"--tz"_s, u"UTC"_s, u"--from"_s,
                  u"2026-11-02"_s, u"--to"_s, u"2026-11-03"_s, u"--now"_s, u"2026-11-03T00:00:00Z"_s});
    QVERIFY(fromFile.out.contains("\"offered\""));
    const auto figures = [](const QByteArray& json) {
        QJsonObject object = QJsonDocument::fromJson(json).object();
        object.remove(u"warnings"_s);
        object.remove(u"title"_s);
        object.remove(u"definition"_s);
        return QJsonDocument(object.value(u"queues"_s).toArray()).toJson();
    };
    QCOMPARE(figures(saved.out), figures(fromFile.out));
    // A definition naming a bad partition is refused with the field named.
    QJsonObject bad = QJsonDocument::fromJson(definition.toJson()).object();
    bad.insert(u"partitions"_s, QJsonArray {u"B=mysql://root@127.0.0.1:1/x"_s});
    const auto refused = qw::ReportDefinition::fromJson(QJsonDocument(bad).toJson());
    QVERIFY(std::holds_alternative<QString>(refused));
    QVERIFY2(std::get<QString>(refused).startsWith(u"\"partitions\""_s), qPrintable(std::get<QString>(refused)));
}

QTEST_GUILESS_MAIN(TestRealtimeTables)
#include "tst_realtimetables.moc"
