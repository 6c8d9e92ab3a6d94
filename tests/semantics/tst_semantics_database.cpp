// The same report read from queue_log files and from the MariaDB queue_log table must be the same
// JSON (semantics.md section 1: the order inside a partition is the file line or unique_row_count).
// Uses the real Asterisk 22 fixture; a MariaDB that cannot start is a failure, not a skip.
#include "database/databaseconnection.h"
#include "reportrun.h"
#include "support/fixtures.h"
#include "support/queuelogtable.h"
#include "support/testmariadb.h"

#include <memory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace qw::test;

namespace {
const QStringList Partitions {u"A"_s, u"B"_s, u"C"_s};

QString fixtureFile(const QString& partition)
{
    return fixturePath(u"asterisk22-cluster/%1.queue_log"_s.arg(partition));
}
} // namespace

class TestSemanticsDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filesAndDatabaseAgree_data();
    void filesAndDatabaseAgree();
    void cleanupTestCase();

private:
    std::unique_ptr<TestMariaDb> m_server;
};

void TestSemanticsDatabase::initTestCase()
{
    m_server = std::make_unique<TestMariaDb>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    qw::DatabaseConnection connection(m_server->url());
    QVERIFY2(connection.open(), qPrintable(connection.errorString()));
    for (const QString& partition : Partitions) {
        const qw::EventBatch events = readQueueLogFile(fixtureFile(partition), partition);
        QVERIFY2(!events.isEmpty(), qPrintable(fixtureFile(partition)));
        QVERIFY(insertEvents(connection, events));
    }
}

void TestSemanticsDatabase::cleanupTestCase()
{
    m_server.reset();
}

void TestSemanticsDatabase::filesAndDatabaseAgree_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("options");
    // 2026-11-24 04:50 to 05:00 UTC holds every call of the fixture (04:50:59 to 04:56:54).
    const QStringList period {u"--from"_s, u"1795495800"_s, u"--to"_s, u"1795496400"_s, u"--tz"_s, u"UTC"_s};
    QTest::addRow("cluster:A|B|C") << u"cluster:A|B|C"_s << period + QStringList {u"--calls"_s};
    QTest::addRow("cluster:A|B-|C") << u"cluster:A|B-|C"_s << period + QStringList {u"--calls"_s};
    QTest::addRow("clustrw:A|B-|C") << u"clustrw:A|B-|C"_s << period + QStringList {u"--calls"_s};
    QTest::addRow("clustrw:C|A") << u"clustrw:C|A"_s << period + QStringList {u"--calls"_s};
    QTest::addRow("sql:B, SL 10") << u"sql:B"_s << period + QStringList {u"--sl"_s, u"10"_s};
    QTest::addRow("cluster, ISO period in Rome")
        << u"cluster:C-|B|A"_s
        << QStringList {u"--from"_s, u"2026-11-24T05:50:00"_s, u"--to"_s,   u"2026-11-24T05:55:00"_s,
                        u"--tz"_s,   u"Europe/Rome"_s,         u"--calls"_s};
    // Live states: mid-traffic, and at C's restart second.
    QTest::addRow("live cluster:A|B|C") << u"cluster:A|B|C"_s
                                        << QStringList {u"--live-at"_s, u"1795496100"_s, u"--tz"_s, u"UTC"_s};
    QTest::addRow("live clustrw:A|B-|C") << u"clustrw:A|B-|C"_s
                                         << QStringList {u"--live-at"_s, u"1795496021"_s, u"--tz"_s, u"UTC"_s};
}

void TestSemanticsDatabase::filesAndDatabaseAgree()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, options);
    QStringList files;
    for (const QString& partition : Partitions)
        files << u"--partition"_s << partition + u'=' + fixtureFile(partition);

    // Both runs made at the same moment: the report names it ("now").
    const QStringList made {u"--now"_s, u"1900000000"_s};
    const ReportRun fromFiles = runReport(QStringList {u"--source"_s, spec} + options + made + files);
    QW_REQUIRE_OK(fromFiles);
    const ReportRun fromDatabase
        = runReport(QStringList {u"--source"_s, spec, u"--db"_s, m_server->url().toDisplayString()} + options + made);
    QW_REQUIRE_OK(fromDatabase);

    // Not an empty comparison: the files give something to compare.
    const bool live = options.contains(u"--live-at"_s);
    if (live)
        QVERIFY2(!fromFiles.json.value(u"agents"_s).toObject().isEmpty(), qPrintable(fromFiles.out.left(2000)));
    else
        QVERIFY2(fromFiles.json.value(u"totals"_s).toObject().value(u"offered"_s).toDouble() > 0,
                 qPrintable(fromFiles.out.left(2000)));

    // Everything but the warnings must be identical; the warnings may name the source they come
    // from (a file path or the database), so only their number must agree.
    QJsonObject fileJson = fromFiles.json;
    QJsonObject databaseJson = fromDatabase.json;
    const QJsonArray fileWarnings = fileJson.take(u"warnings"_s).toArray();
    const QJsonArray databaseWarnings = databaseJson.take(u"warnings"_s).toArray();
    QW_COMPARE_JSON(QJsonValue(databaseJson), QJsonValue(fileJson));
    QVERIFY2(fileWarnings.size() == databaseWarnings.size(),
             qPrintable(stringsOf(fileWarnings).join(u'\n') + u"\n--- vs ---\n"_s
                        + stringsOf(databaseWarnings).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSemanticsDatabase)
#include "tst_semantics_database.moc"
