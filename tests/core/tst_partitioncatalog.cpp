// The partition catalog the report wizard lists from: partitions of a real MariaDB table with
// their newest event, partitions backed by files (newest = last valid line, however far from
// the end), the queues and agents of a period, and clear messages for bad files and for a
// database that is not there. Also the loader that asks all this from a worker thread.
#include "database/databaseconnection.h"
#include "reports/catalogloader.h"
#include "reports/partitioncatalog.h"
#include "support/queuelogtable.h"
#include "support/testmariadb.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::PartitionCatalog;
using qw::PartitionInfo;

namespace {
constexpr qint64 Day = 1793577600; // 2026-11-02T00:00:00Z
constexpr qint64 NewestA = Day + 10 * 3600;
constexpr qint64 NewestB = Day + 11 * 3600;
constexpr qint64 NewestC = Day + 12 * 3600;

using qw::test::makeEvent;

// One answered call ending at `end`, and the agent's login before it.
qw::EventBatch answeredCall(const QString& partition, qint64 end, const QString& queue, const QString& agent)
{
    const QString id = partition + u"-"_s + QString::number(end);
    return {makeEvent(partition, end - 600, id + u"-login"_s, u"NONE"_s, agent, u"AGENTLOGIN"_s),
            makeEvent(partition, end - 120, id, queue, u"NONE"_s, u"ENTERQUEUE"_s),
            makeEvent(partition, end - 100, id, queue, agent, u"CONNECT"_s),
            makeEvent(partition, end, id, queue, agent, u"COMPLETECALLER"_s)};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The message of a failed call, for QVERIFY2 (which builds its message even when it passes).
template<typename Value> QString errorOf(const std::variant<Value, QString>& result)
{
    const auto* error = std::get_if<QString>(&result);
    return error ? *error : QString();
}

QStringList namesOf(const qw::PartitionInfoList& partitions)
{
    QStringList names;
    for (const PartitionInfo& info : partitions)
        names.append(info.name);
    return names;
}
} // namespace

class TestPartitionCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsDatabasePartitions();
    void namesOfAPeriod();
    void filePartitionIsItsLastValidLine();
    void filesJoinTheDatabase();
    void loaderAnswersInItsOwnThread();
    void stoppedDatabaseIsAClearError(); // stops the server: keep last

private:
    qw::test::TestMariaDb m_server;
    QTemporaryDir m_dir;
};

void TestPartitionCatalog::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qw::DatabaseConnection connection(m_server.url());
    QVERIFY2(connection.open(), qPrintable(connection.errorString()));
    qw::EventBatch events = answeredCall(u"A"_s, NewestA, u"sales"_s, u"Agent/101"_s);
    events += answeredCall(u"B"_s, NewestB, u"support"_s, u"Agent/201"_s);
    events += answeredCall(u"C"_s, NewestC - 3600, u"sales"_s, u"Agent/301"_s);
    events += makeEvent(u"C"_s, NewestC, u"restart"_s, u"NONE"_s, u"NONE"_s, u"QUEUESTART"_s);
    events += makeEvent(u"bad-name"_s, Day, u"x"_s, u"sales"_s, u"Agent/1"_s, u"ENTERQUEUE"_s);
    QVERIFY(qw::test::insertEvents(connection, events));
}

void TestPartitionCatalog::listsDatabasePartitions()
{
    qw::DatabaseConnection connection(m_server.url());
    auto listed = PartitionCatalog::databasePartitions(connection);
    QVERIFY2(std::holds_alternative<qw::PartitionInfoList>(listed), qPrintable(errorOf(listed)));
    const auto partitions = std::get<qw::PartitionInfoList>(listed);
    QCOMPARE(namesOf(partitions), QStringList({u"A"_s, u"B"_s, u"C"_s, u"bad-name"_s})); // binary order
    QCOMPARE(partitions[0].newestTime, NewestA);
    QCOMPARE(partitions[1].newestTime, NewestB);
    QCOMPARE(partitions[2].newestTime, NewestC); // the QUEUESTART, a row like any other
    QVERIFY(partitions[0].problem.isEmpty());
    QCOMPARE(partitions[0].origin, PartitionInfo::Origin::Database);
    // A partition a spec cannot name is listed, with the reason.
    QVERIFY2(partitions[3].problem.contains(u"20"_s), qPrintable(partitions[3].problem));
}

void TestPartitionCatalog::namesOfAPeriod()
{
    qw::DatabaseConnection connection(m_server.url());
    const qw::SourceBindings bindings {m_server.url(), {}};
    const auto names = [&](const QString& spec, qint64 from, qint64 to) {
        auto result = PartitionCatalog::names(std::get<qw::SourceSpec>(qw::SourceSpec::parse(spec)), bindings,
                                              &connection, from, to);
        if (const auto* error = std::get_if<QString>(&result))
            qWarning("%s", qPrintable(*error));
        return std::get<qw::CatalogNames>(result);
    };
    qw::CatalogNames all = names(u"cluster:A|B|C"_s, Day, Day + 86400);
    QCOMPARE(all.queues, QStringList({u"sales"_s, u"support"_s})); // "NONE" is no queue
    QCOMPARE(all.agents, QStringList({u"Agent/101"_s, u"Agent/201"_s, u"Agent/301"_s}));
    QCOMPARE(names(u"sql:B"_s, Day, Day + 86400).queues, QStringList({u"support"_s}));
    // clustrw: the agents as the report will name them.
    QCOMPARE(names(u"clustrw:A|B"_s, Day, Day + 86400).agents, QStringList({u"Agent/A-101"_s, u"Agent/B-201"_s}));
    // Only the period's rows: B's call ended at 11:00, A's at 10:00.
    QCOMPARE(names(u"cluster:A|B"_s, NewestA + 1, Day + 86400).queues, QStringList({u"support"_s}));
    QCOMPARE(names(u"cluster:A|B|C"_s, Day + 86400, Day + 2 * 86400), qw::CatalogNames());
}

void TestPartitionCatalog::filePartitionIsItsLastValidLine()
{
    // Valid lines, then more than the first tail window of bad ones: the window has to grow.
    QByteArray bytes;
    for (int i = 0; i < 2000; ++i)
        bytes += QByteArray::number(Day + i) + "|call" + QByteArray::number(i) + "|sales|NONE|ENTERQUEUE||5550100|1\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "not a queue_log line\n";
    bytes += "12x|bad|epoch|NONE|ENTERQUEUE"; // no newline at the end either
    const QString path = m_dir.filePath(u"A.queue_log"_s);
    QVERIFY(writeFile(path, bytes));
    auto info = PartitionCatalog::filePartition(u"A"_s, path);
    QVERIFY2(std::holds_alternative<PartitionInfo>(info), qPrintable(errorOf(info)));
    QCOMPARE(std::get<PartitionInfo>(info).newestTime, Day + 1999);
    QCOMPARE(std::get<PartitionInfo>(info).origin, PartitionInfo::Origin::File);

    const QString empty = m_dir.filePath(u"empty.queue_log"_s);
    QVERIFY(writeFile(empty, "\n\n"));
    info = PartitionCatalog::filePartition(u"E"_s, empty);
    QVERIFY(std::holds_alternative<PartitionInfo>(info));
    QVERIFY(!std::get<PartitionInfo>(info).hasEvents());

    const QString missing = m_dir.filePath(u"missing.queue_log"_s);
    info = PartitionCatalog::filePartition(u"M"_s, missing);
    QVERIFY(std::holds_alternative<QString>(info));
    QVERIFY2(std::get<QString>(info).contains(missing), qPrintable(errorOf(info)));

    // Names from a file, in the period only.
    const qw::SourceBindings bindings {std::nullopt, {{u"A"_s, path}}};
    auto names = PartitionCatalog::names(std::get<qw::SourceSpec>(qw::SourceSpec::parse(u"sql:A"_s)), bindings, nullptr,
                                         Day, Day + 10);
    QVERIFY(std::holds_alternative<qw::CatalogNames>(names));
    QCOMPARE(std::get<qw::CatalogNames>(names).queues, QStringList({u"sales"_s}));
    QVERIFY(std::get<qw::CatalogNames>(names).agents.isEmpty());
    // A partition with nothing behind it is named.
    names = PartitionCatalog::names(std::get<qw::SourceSpec>(qw::SourceSpec::parse(u"sql:Z"_s)), bindings, nullptr, Day,
                                    Day + 10);
    QVERIFY(std::holds_alternative<QString>(names));
    QVERIFY(std::get<QString>(names).contains(u"\"Z\""_s));
}

void TestPartitionCatalog::filesJoinTheDatabase()
{
    const QString fileB = m_dir.filePath(u"B.queue_log"_s);
    QVERIFY(writeFile(fileB, QByteArray::number(Day + 5) + "|c1|files|NONE|ENTERQUEUE||5550100|1\n"));
    const QString missing = m_dir.filePath(u"nothing-here"_s);
    const qw::SourceBindings bindings {m_server.url(), {{u"B"_s, fileB}, {u"Z"_s, missing}}};
    qw::DatabaseConnection connection(m_server.url());
    auto listed = PartitionCatalog::partitions(bindings, &connection);
    QVERIFY2(std::holds_alternative<qw::PartitionInfoList>(listed), qPrintable(errorOf(listed)));
    const auto partitions = std::get<qw::PartitionInfoList>(listed);
    QCOMPARE(namesOf(partitions), QStringList({u"A"_s, u"B"_s, u"C"_s, u"Z"_s, u"bad-name"_s}));
    // The file replaces the table's B, as it does when the report reads.
    QCOMPARE(partitions[1].origin, PartitionInfo::Origin::File);
    QCOMPARE(partitions[1].newestTime, Day + 5);
    // A bad file does not hide the rest: it is listed with its problem.
    QCOMPARE(partitions[3].origin, PartitionInfo::Origin::File);
    QVERIFY2(partitions[3].problem.contains(missing), qPrintable(partitions[3].problem));
    // Without a database, files alone.
    listed = PartitionCatalog::partitions({std::nullopt, {{u"B"_s, fileB}}}, nullptr);
    QCOMPARE(namesOf(std::get<qw::PartitionInfoList>(listed)), QStringList({u"B"_s}));
}

void TestPartitionCatalog::loaderAnswersInItsOwnThread()
{
    qw::CatalogLoader loader(qw::SourceBindings {m_server.url(), {}});
    QSignalSpy partitions(&loader, &qw::CatalogLoader::partitionsLoaded);
    QSignalSpy names(&loader, &qw::CatalogLoader::namesLoaded);
    QSignalSpy failures(&loader, &qw::CatalogLoader::failed);
    QThread* deliveredIn = nullptr;
    connect(&loader, &qw::CatalogLoader::partitionsLoaded, this, [&] { deliveredIn = QThread::currentThread(); });
    loader.loadPartitions();
    QVERIFY(loader.isLoading(qw::CatalogLoader::Query::Partitions));
    QTRY_COMPARE_WITH_TIMEOUT(partitions.count(), 1, 10000);
    QVERIFY(!loader.isLoading(qw::CatalogLoader::Query::Partitions));
    QCOMPARE(deliveredIn, QThread::currentThread());
    QCOMPARE(namesOf(partitions.first().first().value<qw::PartitionInfoList>()).size(), 4);

    // Several requests in a row: only the newest one's answer arrives.
    const auto spec = [](const QString& text) {
        return std::get<qw::SourceSpec>(qw::SourceSpec::parse(text));
    };
    loader.loadNames(spec(u"sql:A"_s), Day, Day + 86400);
    loader.loadNames(spec(u"sql:B"_s), Day, Day + 86400);
    QTRY_COMPARE_WITH_TIMEOUT(names.count(), 1, 10000);
    QTest::qWait(200);
    QCOMPARE(names.count(), 1);
    QCOMPARE(names.first().first().value<qw::CatalogNames>().queues, QStringList({u"support"_s}));
    QCOMPARE(failures.count(), 0);
}

void TestPartitionCatalog::stoppedDatabaseIsAClearError()
{
    QVERIFY(m_server.stop());
    qw::DatabaseConnection connection(m_server.url());
    const auto listed = PartitionCatalog::databasePartitions(connection);
    QVERIFY(std::holds_alternative<QString>(listed));
    const QString message = std::get<QString>(listed);
    QVERIFY2(message.contains(u"Cannot open"_s) && message.contains(u"127.0.0.1"_s), qPrintable(message));

    qw::CatalogLoader loader(qw::SourceBindings {m_server.url(), {}});
    QSignalSpy failures(&loader, &qw::CatalogLoader::failed);
    loader.loadPartitions();
    QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, 20000);
    QCOMPARE(failures.first().at(0).value<qw::CatalogLoader::Query>(), qw::CatalogLoader::Query::Partitions);
    QVERIFY2(failures.first().at(1).toString().contains(u"Cannot open"_s),
             qPrintable(failures.first().at(1).toString()));
}

QTEST_GUILESS_MAIN(TestPartitionCatalog)
#include "tst_partitioncatalog.moc"
