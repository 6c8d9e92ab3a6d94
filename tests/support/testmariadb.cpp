#include "support/testmariadb.h"

#include "database/databaseconnection.h"
#include "database/schema.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace qw::test {

namespace {
int freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString processOutput(QProcess& process)
{
    return QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput()).trimmed();
}
} // namespace

TestMariaDb::TestMariaDb()
    // Socket paths are limited to about 107 characters: keep the directory short.
    : m_dir(std::make_unique<QTemporaryDir>(u"/tmp/qwdb-XXXXXX"_s))
{ }

TestMariaDb::~TestMariaDb()
{
    if (isRunning() && !stop())
        kill();
}

QString TestMariaDb::findProgram(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/usr/local/bin"_s});
    return path;
}

QString TestMariaDb::socketPath() const
{
    return m_dir->filePath(u"sock"_s);
}

DatabaseUrl TestMariaDb::url() const
{
    return std::get<DatabaseUrl>(
        DatabaseUrl::parse(u"mysql://root@127.0.0.1:%1/%2"_s.arg(m_port).arg(QLatin1StringView(DatabaseName))));
}

QStringList TestMariaDb::clientArguments() const
{
    return {u"--no-defaults"_s, u"--protocol=TCP"_s,
            u"-h127.0.0.1"_s,   u"-P"_s + QString::number(m_port),
            u"-uroot"_s,        QLatin1StringView(DatabaseName)};
}

bool TestMariaDb::installDataDirectory()
{
    const QString installer = findProgram(u"mariadb-install-db"_s);
    if (installer.isEmpty()) {
        m_error = u"mariadb-install-db not found: install the mariadb-server package"_s;
        return false;
    }
    // A temporary folder of its own: with the shared /tmp, two servers set up at once (ctest -j2)
    // broke each other's bootstrap ("Could not remove temporary table '/tmp/#sql-temptable-…'").
    if (!QDir(m_dir->path()).mkpath(u"tmp"_s)) {
        m_error = u"cannot create "_s + m_dir->filePath(u"tmp"_s);
        return false;
    }
    QProcess install;
    install.start(installer,
                  {u"--no-defaults"_s, u"--user=root"_s, u"--datadir="_s + m_dir->filePath(u"data"_s),
                   u"--tmpdir="_s + m_dir->filePath(u"tmp"_s), u"--auth-root-authentication-method=normal"_s,
                   u"--skip-test-db"_s, u"--force"_s, u"--innodb-log-file-size=32M"_s});
    if (!install.waitForFinished(120000) || install.exitStatus() != QProcess::NormalExit || install.exitCode() != 0) {
        m_error = u"mariadb-install-db failed: "_s + processOutput(install);
        return false;
    }
    m_installed = true;
    return true;
}

bool TestMariaDb::launch()
{
    const QString server = findProgram(u"mariadbd"_s);
    if (server.isEmpty()) {
        m_error = u"mariadbd not found: install the mariadb-server package"_s;
        return false;
    }
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(m_dir->filePath(u"server.log"_s), QIODevice::Append);
#ifdef Q_OS_LINUX
    m_server->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_server->start(server,
                    QStringList {u"--no-defaults"_s, u"--user=root"_s, u"--datadir="_s + m_dir->filePath(u"data"_s),
                                 u"--socket="_s + socketPath(), u"--pid-file="_s + m_dir->filePath(u"pid"_s),
                                 u"--tmpdir="_s + m_dir->filePath(u"tmp"_s), u"--port="_s + QString::number(m_port),
                                 u"--bind-address=127.0.0.1"_s, u"--skip-name-resolve"_s,
                                 u"--character-set-server=utf8mb4"_s, u"--collation-server=utf8mb4_unicode_ci"_s,
                                 u"--innodb-buffer-pool-size=256M"_s, u"--innodb-log-file-size=32M"_s,
                                 u"--innodb-flush-log-at-trx-commit=2"_s, u"--skip-log-bin"_s, u"--local-infile=1"_s,
                                 u"--max-connections=200"_s}
                        + m_extraArguments);
    if (!m_server->waitForStarted(10000)) {
        m_error = u"cannot start mariadbd: "_s + m_server->errorString();
        return false;
    }
    return waitUntilReady(30000);
}

bool TestMariaDb::waitUntilReady(int timeoutMs)
{
    const QString admin = findProgram(u"mariadb-admin"_s);
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_server->state() == QProcess::NotRunning) {
            QFile log(m_dir->filePath(u"server.log"_s));
            log.open(QIODevice::ReadOnly);
            m_error = u"mariadbd exited while starting: "_s + QString::fromLocal8Bit(log.readAll().right(2000));
            return false;
        }
        QProcess ping;
        ping.start(admin, {u"--no-defaults"_s, u"--socket="_s + socketPath(), u"-uroot"_s, u"--silent"_s, u"ping"_s});
        if (ping.waitForFinished(5000) && ping.exitStatus() == QProcess::NormalExit && ping.exitCode() == 0)
            return true;
        QThread::msleep(50);
    }
    m_error = u"mariadbd did not answer within %1 ms"_s.arg(timeoutMs);
    return false;
}

bool TestMariaDb::start()
{
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary directory: "_s + m_dir->errorString();
        return false;
    }
    if (!m_installed && !installDataDirectory())
        return false;
    const bool firstStart = m_port == 0;
    // The port stays the same across restarts, so URLs handed out earlier keep working.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (firstStart)
            m_port = freeTcpPort();
        if (launch())
            break;
        kill();
        if (!firstStart || attempt == 4)
            return false;
    }
    if (!firstStart)
        return true;

    QProcess client;
    QStringList arguments = clientArguments();
    arguments.removeLast();
    arguments << u"-e"_s << u"CREATE DATABASE IF NOT EXISTS %1"_s.arg(QLatin1StringView(DatabaseName));
    client.start(findProgram(u"mariadb"_s), arguments);
    if (!client.waitForFinished(30000) || client.exitCode() != 0) {
        m_error = u"cannot create the test database: "_s + processOutput(client);
        return false;
    }
    DatabaseConnection connection(url());
    if (!connection.open()) {
        m_error = connection.errorString();
        return false;
    }
    QString schemaError;
    if (!Schema::create(connection, &schemaError)) {
        m_error = schemaError;
        return false;
    }
    return true;
}

bool TestMariaDb::execute(const QString& sql)
{
    QProcess client;
    client.start(findProgram(u"mariadb"_s), clientArguments());
    if (!client.waitForStarted(10000)) {
        m_error = u"cannot run the mariadb client: "_s + client.errorString();
        return false;
    }
    client.write(sql.toUtf8());
    client.closeWriteChannel();
    if (!client.waitForFinished(600000) || client.exitCode() != 0) {
        m_error = u"SQL failed: "_s + processOutput(client);
        return false;
    }
    return true;
}

bool TestMariaDb::stop()
{
    if (!isRunning())
        return true;
    m_server->terminate(); // SIGTERM: a clean shutdown
    if (m_server->waitForFinished(30000))
        return true;
    m_error = u"mariadbd did not stop within 30 s"_s;
    return false;
}

void TestMariaDb::kill()
{
    if (!m_server)
        return;
    m_server->kill();
    m_server->waitForFinished(10000);
}

bool TestMariaDb::isRunning() const
{
    return m_server && m_server->state() != QProcess::NotRunning;
}

} // namespace qw::test

namespace qw::test {

double TestMariaDb::serverCpuSeconds() const
{
#ifdef Q_OS_LINUX
    if (!m_server)
        return 0;
    QFile stat(u"/proc/%1/stat"_s.arg(m_server->processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // Fields 14 and 15 (utime, stime) in clock ticks, after the command name in parentheses.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
#else
    return 0;
#endif
}

} // namespace qw::test
