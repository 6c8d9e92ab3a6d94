// Database URLs: what the user writes, what reaches QtSql, and that no password leaks.
#include "database/databaseurl.h"

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
    QTest::addRow("unknown scheme") << u"postgres://qm@db/qm"_s << u"postgres://"_s;
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

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
