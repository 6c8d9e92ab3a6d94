#include "support/testasterisk.h"

#include "support/amitestclient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace qw::test {

namespace {
const QString AsteriskDir = QStringLiteral(QUEUEWATCH_ASTERISK_DIR); // tests/asterisk

quint16 freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

TestAsterisk::TestAsterisk()
    // The control socket lives under the folder, and socket paths are short: keep it in /tmp.
    : m_dir(std::make_unique<QTemporaryDir>(u"/tmp/qwast-XXXXXX"_s))
{ }

TestAsterisk::~TestAsterisk()
{
    stop();
}

QString TestAsterisk::queueLogPath() const
{
    return m_dir->filePath(u"log/queue_log"_s);
}

bool TestAsterisk::unpack()
{
    QProcess tar;
    tar.start(u"tar"_s, {u"-xJf"_s, AsteriskDir + u"/asterisk-22-debian12-x86_64.tar.xz"_s, u"-C"_s, m_dir->path()});
    if (!tar.waitForFinished(60000) || tar.exitCode() != 0) {
        m_error = u"cannot unpack the test Asterisk: "_s + QString::fromLocal8Bit(tar.readAllStandardError());
        return false;
    }
    return true;
}

bool TestAsterisk::configure()
{
    const QDir root(m_dir->path());
    for (const QString& folder :
         {u"etc"_s, u"var/lib"_s, u"var/spool"_s, u"var/cache"_s, u"run"_s, u"log"_s, u"moh"_s, u"agi-bin"_s}) {
        if (!root.mkpath(folder)) {
            m_error = u"cannot create "_s + root.filePath(folder);
            return false;
        }
    }
    // One second of silence (8 kHz signed linear) for the callers' music on hold.
    QFile silence(root.filePath(u"moh/silence.sln"_s));
    if (!silence.open(QIODevice::WriteOnly) || silence.write(QByteArray(16000, '\0')) != 16000) {
        m_error = u"cannot write the music on hold"_s;
        return false;
    }
    const QDir templates(AsteriskDir + u"/etc"_s);
    for (const QString& name : templates.entryList({u"*.conf"_s}, QDir::Files)) {
        QFile in(templates.filePath(name));
        if (!in.open(QIODevice::ReadOnly)) {
            m_error = u"cannot read "_s + in.fileName();
            return false;
        }
        QString text = QString::fromUtf8(in.readAll());
        text.replace(u"@ROOT@"_s, root.path())
            .replace(u"@PREFIX@"_s, root.filePath(u"asterisk"_s))
            .replace(u"@AMI_PORT@"_s, QString::number(m_port))
            .replace(u"@AMI_USER@"_s, QLatin1StringView(User))
            .replace(u"@AMI_SECRET@"_s, QLatin1StringView(Secret));
        QFile out(root.filePath(u"etc/"_s + name));
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0) {
            m_error = u"cannot write "_s + out.fileName();
            return false;
        }
    }
    return true;
}

bool TestAsterisk::waitUntilBooted(int timeoutMs)
{
    // The manager accepts logins a moment before the queue module is loaded: FullyBooted says
    // everything is.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = u"Asterisk stopped while starting: "_s + QString::fromLocal8Bit(m_process->readAll());
            return false;
        }
        AmiTestClient client;
        if (client.login(m_port, QLatin1StringView(User), QLatin1StringView(Secret), 2000)
            && client.waitForEvent(u"FullyBooted"_s, 5000))
            return true;
        QThread::msleep(100);
    }
    m_error = u"Asterisk did not finish starting: "_s + QString::fromLocal8Bit(m_process->readAll()).right(2000);
    return false;
}

bool TestAsterisk::start()
{
    if (!m_dir->isValid()) {
        m_error = u"no temporary folder: "_s + m_dir->errorString();
        return false;
    }
    m_port = freeTcpPort();
    if (m_port == 0) {
        m_error = u"no free port"_s;
        return false;
    }
    return unpack() && configure() && launch();
}

bool TestAsterisk::restart()
{
    stop();
    return launch();
}

void TestAsterisk::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool TestAsterisk::launch()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_process->start(m_dir->filePath(u"asterisk/sbin/asterisk"_s),
                     {u"-C"_s, m_dir->filePath(u"etc/asterisk.conf"_s), u"-f"_s, u"-n"_s});
    if (!m_process->waitForStarted(10000)) {
        m_error = u"cannot start Asterisk: "_s + m_process->errorString();
        return false;
    }
    return waitUntilBooted(60000);
}

bool TestAsterisk::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return true;
    m_process->terminate();
    if (m_process->waitForFinished(10000))
        return true;
    m_process->kill();
    return m_process->waitForFinished(5000);
}

} // namespace qw::test
