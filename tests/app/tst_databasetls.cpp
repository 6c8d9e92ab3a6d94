// TLS to MariaDB, against real servers started with certificates this test makes: the URL's
// ssl-ca, ssl-cert and ssl-key give an encrypted connection (and the status bar says so); a
// wrong authority, an account that requires TLS reached without it, and a server without TLS
// when TLS was asked for all fail with a message that says what to fix, never silently in
// plain text. A SELECT-only account that requires TLS runs the loader's data through a report
// and the live window.
#include "database/databaseconnection.h"
#include "live/livemonitor.h"
#include "live/models/livemodelset.h"
#include "mainwindow.h"
#include "support/fixtures.h"
#include "support/testcertificates.h"
#include "support/testmariadb.h"
#include "support/testsettings.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Run = qw::test::ProgramRun;

namespace {
constexpr auto Password = "tls-only";

qw::DatabaseUrl parsed(const QString& text, const QString& password = {})
{
    auto url = std::get<qw::DatabaseUrl>(qw::DatabaseUrl::parse(text));
    url.setSessionPassword(password);
    return url;
}
} // namespace

class TestDatabaseTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encryptedWithTheAuthority();
    void wrongAuthorityFailsClearly();
    void accountRequiringTlsRefusedWithoutIt();
    void accountRequiringClientCertificate();
    void serverWithoutTlsWhenTlsAskedFor();
    void selectOnlyAccountOverTlsRunsReportAndLiveWindow();

private:
    QString url(const QString& user, const QString& options = {}) const
    {
        return u"mysql://%1@127.0.0.1:%2/queuewatch_test%3"_s.arg(user).arg(m_server.port()).arg(options);
    }
    QString withCa() const { return u"?ssl-ca="_s + m_certificates.caFile(); }

    qw::test::TestCertificates m_certificates;
    qw::test::TestMariaDb m_server;
};

void TestDatabaseTls::initTestCase()
{
    QCoreApplication::setOrganizationName(u"QueueWatchTests"_s);
    QCoreApplication::setApplicationName(u"tst_databasetls"_s);
    QVERIFY2(m_certificates.create(), qPrintable(m_certificates.errorString()));
    m_server.setServerArguments({u"--ssl-ca="_s + m_certificates.caFile(),
                                 u"--ssl-cert="_s + m_certificates.serverCertificate(),
                                 u"--ssl-key="_s + m_certificates.serverKey()});
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.execute(
        u"CREATE USER 'secure'@'%' IDENTIFIED BY '%1' REQUIRE SSL;"
        u"GRANT SELECT ON queuewatch_test.queue_log TO 'secure'@'%';"
        u"CREATE USER 'certified'@'%' IDENTIFIED BY '%1' REQUIRE SUBJECT '/CN=queuewatch supervisor';"
        u"GRANT SELECT ON queuewatch_test.queue_log TO 'certified'@'%';"_s.arg(QLatin1StringView(Password))));
    // A real server's log, loaded over TLS by the loader (root may connect either way).
    qputenv("QUEUEWATCH_DB_PASSWORD", "");
    const Run loaded = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-loader"_s),
                                            {u"--db"_s, url(u"root"_s, withCa()), u"--partition"_s, u"A"_s, u"--once"_s,
                                             QStringLiteral(QUEUEWATCH_RESOURCES_SAMPLE_DIR) + u"/A.queue_log"_s},
                                            60000);
    QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
}

void TestDatabaseTls::encryptedWithTheAuthority()
{
    qw::DatabaseConnection encrypted(parsed(url(u"secure"_s, withCa()), QLatin1StringView(Password)));
    QVERIFY2(encrypted.open(), qPrintable(encrypted.errorString()));
    QCOMPARE(encrypted.transport().kind, qw::Transport::Kind::Encrypted);
    QVERIFY2(encrypted.transport().protocol.startsWith(u"TLSv1."_s), qPrintable(encrypted.transport().protocol));
    QVERIFY(!encrypted.transport().cipher.isEmpty());

    // The same server without ssl- options: root may, and it is reported as not encrypted.
    qw::DatabaseConnection plain(m_server.url());
    QVERIFY2(plain.open(), qPrintable(plain.errorString()));
    QCOMPARE(plain.transport().kind, qw::Transport::Kind::Plain);
}

void TestDatabaseTls::wrongAuthorityFailsClearly()
{
    qw::DatabaseConnection wrong(
        parsed(url(u"secure"_s, u"?ssl-ca="_s + m_certificates.otherCaFile()), QLatin1StringView(Password)));
    QVERIFY(!wrong.open());
    const QString message = wrong.errorString();
    QVERIFY2(message.contains(u"TLS handshake failed"_s), qPrintable(message));
    QVERIFY2(message.contains(u"ssl-ca"_s), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1StringView(Password)), qPrintable(message));
    // Root, who could connect in the clear, does not either: TLS was asked for.
    qw::DatabaseConnection rootWrong(parsed(url(u"root"_s, u"?ssl-ca="_s + m_certificates.otherCaFile())));
    QVERIFY(!rootWrong.open());
    QVERIFY2(rootWrong.errorString().contains(u"TLS handshake failed"_s), qPrintable(rootWrong.errorString()));
}

void TestDatabaseTls::accountRequiringTlsRefusedWithoutIt()
{
    qw::DatabaseConnection withoutTls(parsed(url(u"secure"_s), QLatin1StringView(Password)));
    QVERIFY(!withoutTls.open());
    const QString message = withoutTls.errorString();
    QVERIFY2(message.contains(u"Access denied"_s), qPrintable(message)); // the server's own words
    QVERIFY2(message.contains(u"REQUIRE SSL"_s) && message.contains(u"ssl-ca"_s), qPrintable(message));
}

void TestDatabaseTls::accountRequiringClientCertificate()
{
    // The authority alone is not enough for this account; with the client certificate it is.
    qw::DatabaseConnection caOnly(parsed(url(u"certified"_s, withCa()), QLatin1StringView(Password)));
    QVERIFY(!caOnly.open());
    QVERIFY2(caOnly.errorString().contains(u"ssl-cert and ssl-key"_s), qPrintable(caOnly.errorString()));
    const QString options
        = withCa() + u"&ssl-cert="_s + m_certificates.clientCertificate() + u"&ssl-key="_s + m_certificates.clientKey();
    qw::DatabaseConnection certified(parsed(url(u"certified"_s, options), QLatin1StringView(Password)));
    QVERIFY2(certified.open(), qPrintable(certified.errorString()));
    QCOMPARE(certified.transport().kind, qw::Transport::Kind::Encrypted);
}

void TestDatabaseTls::serverWithoutTlsWhenTlsAskedFor()
{
    qw::test::TestMariaDb plainServer;
    QVERIFY2(plainServer.start(), qPrintable(plainServer.errorString()));
    const QString text
        = u"mysql://root@127.0.0.1:%1/queuewatch_test?ssl-ca=%2"_s.arg(plainServer.port()).arg(m_certificates.caFile());
    qw::DatabaseConnection connection(parsed(text));
    QVERIFY(!connection.open());
    const QString message = connection.errorString();
    QVERIFY2(message.contains(u"TLS"_s) || message.contains(u"SSL"_s), qPrintable(message));
    QVERIFY(!connection.isOpen());
    // And a report asked to read there exits with that message, having read nothing.
    const Run report = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s),
                                            {u"--db"_s, text, u"--source"_s, u"sql:A"_s, u"--from"_s, u"2026-11-01"_s,
                                             u"--to"_s, u"2026-11-02"_s, u"--tz"_s, u"UTC"_s});
    QVERIFY(report.exitCode != 0);
    QVERIFY(report.out.isEmpty());
    QVERIFY2(report.err.contains(u"TLS"_s) || report.err.contains(u"SSL"_s), qPrintable(report.err));
}

void TestDatabaseTls::selectOnlyAccountOverTlsRunsReportAndLiveWindow()
{
    const QStringList arguments {u"--source"_s,   u"sql:A"_s, u"--tz"_s,       u"UTC"_s,   u"--from"_s,
                                 u"2026-11-01"_s, u"--to"_s,  u"2026-12-01"_s, u"--now"_s, u"2026-12-01T00:00:00Z"_s};
    const Run asRoot = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s),
                                            QStringList {u"--db"_s, m_server.url().toDisplayString()} + arguments);
    QVERIFY2(asRoot.exitCode == 0, qPrintable(asRoot.err));
    qputenv("QUEUEWATCH_DB_PASSWORD", Password);
    const Run overTls = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-report"_s),
                                             QStringList {u"--db"_s, url(u"secure"_s, withCa())} + arguments);
    qputenv("QUEUEWATCH_DB_PASSWORD", "");
    QVERIFY2(overTls.exitCode == 0, qPrintable(overTls.err));
    QVERIFY(asRoot.out.contains("\"offered\""));
    QCOMPARE(overTls.out, asRoot.out);

    // The live window on the same account: its server's tooltip says the connection is encrypted.
    qw::LiveSettings settings;
    settings.spec = std::get<qw::SourceSpec>(qw::SourceSpec::parse(u"sql:A"_s));
    settings.bindings.database = parsed(url(u"secure"_s, withCa()), QLatin1StringView(Password));
    settings.pollIntervalMs = 1000;
    qw::LiveModelSet models;
    qw::LiveMonitor monitor(settings);
    connect(&monitor, &qw::LiveMonitor::updated, &models, &qw::LiveModelSet::apply);
    qw::test::TestSettings appSettings;
    qw::MainWindow window(&models, appSettings, u"sql:A"_s);
    window.show();
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.serverToolTips().isEmpty() && !window.serverToolTips().first().isEmpty(), 20000);
    const QString tip = window.serverToolTips().first();
    QVERIFY2(tip.contains(u"Connection: encrypted (TLSv1."_s), qPrintable(tip));
    QVERIFY2(window.serverTexts().first().startsWith(u"A: "_s), qPrintable(window.serverTexts().first()));
    QVERIFY2(!window.serverTexts().first().contains(u"Error"_s), qPrintable(window.serverTexts().first()));
}

QTEST_MAIN(TestDatabaseTls)
#include "tst_databasetls.moc"
