// The throwaway MariaDB itself: a test process that dies must not leave its server running.
#include "support/testmariadb.h"

#include <cstdio>
#include <cstdlib>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
constexpr const char* CrashFlag = "--start-server-and-crash";

[[noreturn]] void startServerAndCrash()
{
    static qw::test::TestMariaDb server; // never destroyed: the process aborts
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        std::exit(1);
    }
    std::printf("%d %s\n", server.port(), qPrintable(server.directory()));
    std::fflush(stdout);
    std::abort();
}

bool portAnswers(int port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, quint16(port));
    return socket.waitForConnected(500);
}
} // namespace

class TestTestMariaDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverStopsWhenTheTestCrashes();
};

void TestTestMariaDb::serverStopsWhenTheTestCrashes()
{
#ifdef Q_OS_LINUX
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(CrashFlag)});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QStringList printed = QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed().split(u' ');
    QVERIFY2(printed.size() == 2, child.readAllStandardError().constData());
    const int port = printed[0].toInt();
    QVERIFY(port > 0);
    // The crashed process could not clean up its data directory; do it here.
    const auto removeDirectory = qScopeGuard([&printed] { QDir(printed[1]).removeRecursively(); });
    QVERIFY(printed[1].startsWith(u"/tmp/qwdb-"_s));

    const QDeadlineTimer deadline(15000);
    while (portAnswers(port) && !deadline.hasExpired())
        QThread::msleep(100);
    QVERIFY2(!portAnswers(port), "the server outlived the test process that started it");
#else
    QSKIP("parent-death signals are a Linux facility");
#endif
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], CrashFlag) == 0)
        startServerAndCrash();
    TestTestMariaDb test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_testmariadb.moc"
