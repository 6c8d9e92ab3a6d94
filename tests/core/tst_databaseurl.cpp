// Database URLs: what the user writes, what reaches QtSql, and that no password leaks.
#include "database/databaseconnection.h"
#include "database/databaseurl.h"
#include "readers/partitionreader.h"
#include "reports/partitioncatalog.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mysql();
    void mariadbSchemeAndDefaultPort();
    void tlsOptions();
    void sqlite_data();
    void sqlite();
    void errors_data();
    void errors();
    void passwordNeverEchoed_data();
    void passwordNeverEchoed();
    void sqliteReadersNeverCreate();
};

void TestDatabaseUrl::mysql()
{
    const auto parsed = DatabaseUrl::parse(u"mysql://qm@db.example.com:3307/queuemetrics"_s);
    const auto& url = std::get<DatabaseUrl>(parsed);
    QCOMPARE(url.driver(), DatabaseUrl::Driver::MySql);
    QCOMPARE(url.user(), u"qm"_s);
    QCOMPARE(url.host(), u"db.example.com"_s);
    QCOMPARE(url.port(), 3307);
    QCOMPARE(url.databaseName(), u"queuemetrics"_s);
    QCOMPARE(url.qtDriverName(), u"QMYSQL"_s);
    QCOMPARE(url.connectOptions(), QString());
    QCOMPARE(url.toDisplayString(), u"mysql://qm@db.example.com:3307/queuemetrics"_s);
}

void TestDatabaseUrl::mariadbSchemeAndDefaultPort()
{
    const DatabaseUrl url = std::get<DatabaseUrl>(DatabaseUrl::parse(u"mariadb://qm@10.0.0.5/qm"_s));
    QCOMPARE(url.port(), 3306);
    QCOMPARE(url.host(), u"10.0.0.5"_s);
}

void TestDatabaseUrl::tlsOptions()
{
    const auto parsed = DatabaseUrl::parse(
        u"mysql://qm@db:3306/qm?ssl-ca=/etc/ca.pem&ssl-cert=/etc/c.pem&ssl-key=/etc/k.pem&connect-timeout=5"_s);
    const auto& url = std::get<DatabaseUrl>(parsed);
    const QStringList options = url.connectOptions().split(u';');
    QVERIFY(options.contains(u"SSL_CA=/etc/ca.pem"_s));
    QVERIFY(options.contains(u"SSL_CERT=/etc/c.pem"_s));
    QVERIFY(options.contains(u"SSL_KEY=/etc/k.pem"_s));
    QVERIFY(options.contains(u"MYSQL_OPT_CONNECT_TIMEOUT=5"_s));
    // The display form keeps the options, so a message says exactly what was tried.
    QVERIFY(url.toDisplayString().contains(u"ssl-ca=/etc/ca.pem"_s));
}

void TestDatabaseUrl::sqlite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addRow("relative") << u"sqlite:demo.db"_s << u"demo.db"_s;
    QTest::addRow("absolute") << u"sqlite:/var/lib/qw/demo.db"_s << u"/var/lib/qw/demo.db"_s;
    QTest::addRow("url form") << u"sqlite:///var/lib/qw/demo.db"_s << u"/var/lib/qw/demo.db"_s;
    QTest::addRow("windows") << u"sqlite:C:/QueueWatch/demo.db"_s << u"C:/QueueWatch/demo.db"_s;
}

void TestDatabaseUrl::sqlite()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    const DatabaseUrl url = std::get<DatabaseUrl>(DatabaseUrl::parse(text));
    QCOMPARE(url.driver(), DatabaseUrl::Driver::Sqlite);
    QCOMPARE(url.databaseName(), path);
    QCOMPARE(url.qtDriverName(), u"QSQLITE"_s);
}

void TestDatabaseUrl::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("password in url") << u"mysql://qm:secret@db/qm"_s << u"QUEUEWATCH_DB_PASSWORD"_s;
    QTest::addRow("unknown scheme") << u"postgres://qm@db/qm"_s << u"\"postgres:\""_s;
    QTest::addRow("not a url") << u"db.example.com/qm"_s << u"mysql://"_s;
    QTest::addRow("bad port") << u"mysql://qm@db:99999/qm"_s << u"port"_s;
    QTest::addRow("port not a number") << u"mysql://db:abc/qm"_s << u"not valid"_s;
    QTest::addRow("sqlite with a server") << u"sqlite://qm:x@db/file"_s << u"sqlite:/path"_s;
    QTest::addRow("no host") << u"mysql://qm@:3306/qm"_s << u"host"_s;
    QTest::addRow("no database") << u"mysql://qm@db:3306/"_s << u"database"_s;
    QTest::addRow("nested database") << u"mysql://qm@db/a/b"_s << u"a/b"_s;
    QTest::addRow("unknown option") << u"mysql://qm@db/qm?sslmode=on"_s << u"sslmode"_s;
    QTest::addRow("option injection") << u"mysql://qm@db/qm?ssl-ca=a;UNIX_SOCKET=/x"_s << u"ssl-ca"_s;
    QTest::addRow("bad timeout") << u"mysql://qm@db/qm?connect-timeout=soon"_s << u"connect-timeout"_s;
    QTest::addRow("empty sqlite") << u"sqlite:"_s << u"sqlite:"_s;
}

void TestDatabaseUrl::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto parsed = DatabaseUrl::parse(text);
    const auto* error = std::get_if<QString>(&parsed);
    QVERIFY2(error, qPrintable(text));
    QVERIFY2(error->contains(mentions), qPrintable(*error));
    QVERIFY2(!error->contains(u"secret"_s), "a password must never appear in a message");
}

// Malformed URLs that contain a password (the shared list the CLI tests use as well): the
// message may say what is wrong, but never repeats the password or a piece of it.
void TestDatabaseUrl::passwordNeverEchoed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets");
    const QStringList whole {u"S3cr3tPw"_s};
    QTest::addRow("plain") << u"mysql://qm:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("unknown scheme") << u"postgres://qm:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("single slash") << u"mysql:/qm:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("no slashes") << u"mysql:qm:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("no colon after the scheme") << u"mysql//qm:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("no scheme") << u"qm:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("bad port") << u"mysql://qm:S3cr3tPw@db:99999/qm"_s << whole;
    QTest::addRow("port not a number") << u"mysql://qm:S3cr3tPw@db:port/qm"_s << whole;
    QTest::addRow("no host") << u"mysql://qm:S3cr3tPw@/qm"_s << whole;
    QTest::addRow("no database") << u"mysql://qm:S3cr3tPw@db"_s << whole;
    QTest::addRow("nested database") << u"mysql://qm:S3cr3tPw@db/a/b"_s << whole;
    QTest::addRow("unknown option") << u"mysql://qm:S3cr3tPw@db/qm?frob=1"_s << whole;
    QTest::addRow("space in host") << u"mysql://qm:S3cr3tPw@d b/qm"_s << whole;
    QTest::addRow("two at signs") << u"mysql://qm:S3cr3tPw@@db/qm"_s << whole;
    QTest::addRow("at sign in password") << u"mysql://qm:S3cr@3tPw@db/qm"_s << QStringList {u"S3cr@3tPw"_s, u"3tPw"_s};
    QTest::addRow("slash in password") << u"mysql://qm:S3cr/3tPw@db/qm"_s << QStringList {u"S3cr/3tPw"_s, u"3tPw"_s};
    QTest::addRow("colon in password") << u"mysql://qm:S3cr:3tPw@db/qm"_s << QStringList {u"S3cr:3tPw"_s, u"3tPw"_s};
    QTest::addRow("question mark in password")
        << u"mysql://qm:S3cr?3tPw@db/qm"_s << QStringList {u"S3cr?3tPw"_s, u"3tPw"_s};
    QTest::addRow("hash in password") << u"mysql://qm:S3cr#3tPw@db/qm"_s << QStringList {u"S3cr#3tPw"_s, u"3tPw"_s};
    QTest::addRow("bad percent escape") << u"mysql://qm:S3c%zzPw@db/qm"_s << QStringList {u"S3c%zzPw"_s, u"zzPw"_s};
    QTest::addRow("invalid character") << u"mysql://qm:S3cr\u00e9tPw@db/qm"_s << QStringList {u"S3cr\u00e9tPw"_s};
    QTest::addRow("password only") << u"mysql://:S3cr3tPw@db/qm"_s << whole;
    QTest::addRow("password as the port, no host") << u"mysql://qm:S3cr3tPw/qm"_s << whole;
    QTest::addRow("sqlite with a server") << u"sqlite://qm:S3cr3tPw@db/file.db"_s << whole;
    QTest::addRow("mariadb") << u"mariadb://qm:S3cr3tPw@db/qm?ssl-ca=/x"_s << whole;
}

void TestDatabaseUrl::passwordNeverEchoed()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    const auto parsed = DatabaseUrl::parse(text);
    const auto* error = std::get_if<QString>(&parsed);
    QVERIFY2(error, qPrintable(u"accepted: "_s + text));
    QVERIFY(!error->isEmpty());
    for (const QString& secret : secrets)
        QVERIFY2(!error->contains(secret), qPrintable(*error));
}

void TestDatabaseUrl::sqliteReadersNeverCreate()
{
    // Every reading path (the report's partition reader, the live feed's, the wizard's catalog)
    // opens with MustExist: a missing SQLite file is "no such file", and stays missing.
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.sqlite"_s);
    const DatabaseUrl url = std::get<DatabaseUrl>(DatabaseUrl::parse(u"sqlite:"_s + missing));

    qw::DatabaseConnection connection(url);
    QVERIFY(!connection.open(qw::DatabaseConnection::OpenMode::MustExist));
    QVERIFY2(connection.errorString().contains(u"no such file"_s), qPrintable(connection.errorString()));
    QVERIFY(connection.errorString().contains(missing));
    QVERIFY(!QFileInfo::exists(missing));

    qw::PartitionReader reader(connection, u"A"_s);
    QCOMPARE(reader.readRange(0, 2000000000, [](qw::EventBatch&) { return true; }), qw::ReadStatus::Failed);
    QVERIFY2(reader.errorString().contains(u"no such file"_s), qPrintable(reader.errorString()));
    QVERIFY(!QFileInfo::exists(missing));

    qw::DatabaseConnection catalogConnection(url);
    const auto partitions = qw::PartitionCatalog::databasePartitions(catalogConnection);
    QVERIFY(std::holds_alternative<QString>(partitions));
    QVERIFY2(std::get<QString>(partitions).contains(u"no such file"_s), qPrintable(std::get<QString>(partitions)));
    QVERIFY(!QFileInfo::exists(missing));

    // A folder is not a database file either.
    const DatabaseUrl folder = DatabaseUrl::sqlite(dir.path());
    qw::DatabaseConnection folderConnection(folder);
    QVERIFY(!folderConnection.open(qw::DatabaseConnection::OpenMode::MustExist));
    QVERIFY2(folderConnection.errorString().contains(u"not a file"_s), qPrintable(folderConnection.errorString()));

    // Writers (loader, demo, generator) may create it.
    qw::DatabaseConnection writer(url);
    QVERIFY2(writer.open(), qPrintable(writer.errorString()));
    QVERIFY(QFileInfo::exists(missing));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
