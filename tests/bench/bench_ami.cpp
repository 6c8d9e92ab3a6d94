// Benchmark of the manager interface (AMI):
//
//   bench_ami [--seconds N] [--servers N] [--parse-only]
//
//   1. the parser alone: events per second cut from a recorded Asterisk 22 session, replayed
//      from memory (target: at least 100,000 a second);
//   2. the live window with N real Asterisk servers (default 3) kept busy (callers joining and
//      leaving, members answering, pausing and unpausing): the longest stall of its event loop
//      over N seconds (target: at most 50 ms), and the events the managers received.
#include "live/models/livemodelset.h"
#include "mainwindow.h"
#include "manager/amimessage.h"
#include "manager/managedlive.h"
#include "stallwatchdog.h"
#include "support/amitestclient.h"
#include "support/testasterisk.h"
#include "support/testsettings.h"

#include <atomic>
#include <chrono>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void parserAlone()
{
    QFile file(QStringLiteral(QUEUEWATCH_FIXTURES_DIR) + u"/ami/instance-a/session.rx"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        out() << "no recorded session\n";
        return;
    }
    QByteArray session = file.readAll();
    session.remove(0, session.indexOf('\n') + 1); // the banner, once
    // A long stream: the recorded messages over and over, fed in network-sized pieces.
    QByteArray stream = "Asterisk Call Manager/11.0.0\r\n";
    while (stream.size() < 64 * 1024 * 1024)
        stream += session;
    constexpr qsizetype Piece = 16 * 1024;
    qw::AmiParser parser;
    QList<qw::AmiMessage> messages;
    qint64 count = 0;
    const auto start = std::chrono::steady_clock::now();
    for (qsizetype at = 0; at < stream.size(); at += Piece) {
        parser.feed(QByteArrayView(stream).sliced(at, std::min(Piece, stream.size() - at)), messages);
        count += messages.size();
        messages.clear();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    out() << u"Parser alone: %1 messages (%2 MB) in %3 s = %4 k messages/s\n"_s.arg(count)
                 .arg(stream.size() / (1024 * 1024))
                 .arg(seconds, 0, 'f', 3)
                 .arg(double(count) / seconds / 1000, 0, 'f', 0);
    out().flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(u"seconds"_s, u"How long the servers stay busy."_s, u"N"_s, u"30"_s);
    const QCommandLineOption serversOption(u"servers"_s, u"How many Asterisk servers."_s, u"N"_s, u"3"_s);
    const QCommandLineOption parseOnlyOption(u"parse-only"_s, u"Measure the parser alone."_s);
    parser.addOptions({secondsOption, serversOption, parseOnlyOption});
    parser.process(app);

    parserAlone();
    if (parser.isSet(parseOnlyOption))
        return 0;

    const int count = std::clamp(parser.value(serversOption).toInt(), 1, 5);
    std::vector<std::unique_ptr<qw::test::TestAsterisk>> servers;
    QStringList names;
    QStringList managers;
    for (int i = 0; i < count; ++i) {
        servers.push_back(std::make_unique<qw::test::TestAsterisk>());
        if (!servers.back()->start()) {
            out() << "cannot start Asterisk: " << servers.back()->errorString() << '\n';
            return 1;
        }
        const QString name = QString(QChar(u'A' + i));
        names << name;
        managers << u"%1=127.0.0.1:%2,user=qwtest"_s.arg(name).arg(servers.back()->amiPort());
    }
    qputenv("QUEUEWATCH_AMI_SECRET", QByteArray(qw::test::TestAsterisk::Secret));
    const qw::SourceSpec spec = std::get<qw::SourceSpec>(qw::SourceSpec::parse(u"cluster:"_s + names.join(u'|')));
    qw::ManagedLive managed;
    managed.configure(spec, std::get<qw::ManagerConfig>(qw::ManagerConfig::parse(managers.join(u'\n'))), {}, true);
    qw::LiveModelSet models;
    // How long the models take to take an update (the rest of a stall is painting or waiting for a core).
    double longestApplyMs = 0;
    QObject::connect(&managed, &qw::ManagedLive::updated, &models, [&](const qw::LiveUpdate& update) {
        QElapsedTimer applying;
        applying.start();
        models.apply(update);
        longestApplyMs = std::max(longestApplyMs, applying.nsecsElapsed() / 1e6);
    });
    qw::test::TestSettings settings;
    qw::MainWindow window(&models, settings, u"busy cluster"_s);
    window.resize(1920, 1080);
    window.show();
    qw::LiveUpdate empty;
    empty.snapshot.partitions = names;
    managed.takeUpdate(empty);

    // Keep every server busy, from a thread of its own (its manager calls block): members that
    // answer at once, a caller every 100 ms each, pauses going on and off.
    std::atomic<bool> busy {true};
    std::atomic<int> sent {0};
    std::vector<quint16> ports;
    for (const auto& server : servers)
        ports.push_back(server->amiPort());
    std::unique_ptr<QThread> load(QThread::create([&] {
        std::vector<std::unique_ptr<qw::test::AmiTestClient>> clients;
        for (std::size_t i = 0; i < ports.size(); ++i) {
            clients.push_back(std::make_unique<qw::test::AmiTestClient>());
            clients.back()->login(ports[i], u"qwtest"_s, QLatin1StringView(qw::test::TestAsterisk::Secret));
            for (int agent = 3; agent <= 9; ++agent)
                clients.back()->action(u"QueueAdd"_s,
                                       {{u"Queue"_s, u"sales"_s},
                                        {u"Interface"_s, u"Local/agent%1@agents/n"_s.arg(agent)},
                                        {u"MemberName"_s, u"Agent %1%2"_s.arg(names[int(i)]).arg(agent)}});
        }
        while (busy) {
            const int round = sent++;
            for (auto& client : clients) {
                client->action(u"Originate"_s,
                               {{u"Channel"_s, u"Local/sales@callers"_s},
                                {u"Application"_s, u"Wait"_s},
                                {u"Data"_s, u"5"_s},
                                {u"Variable"_s, u"__TALKTIME=2"_s},
                                {u"Async"_s, u"true"_s}});
                client->action(u"QueuePause"_s,
                               {{u"Interface"_s, u"Local/agent%1@agents/n"_s.arg(3 + round % 7)},
                                {u"Paused"_s, round % 2 ? u"true"_s : u"false"_s}});
            }
            QThread::msleep(100);
        }
    }));
    qw::bench::StallWatchdog watchdog;
    QElapsedTimer elapsed;
    QTimer::singleShot(3000, [&] { // after the first QueueStatus of each server
        load->start();
        watchdog.start();
        elapsed.start();
    });
    QTimer::singleShot(3000 + parser.value(secondsOption).toInt() * 1000, &app, &QApplication::quit);
    QApplication::exec();
    busy = false;
    load->wait();

    qsizetype members = 0;
    for (const qw::ServerPicture& picture : managed.pictures())
        members += picture.members.size();
    out() << u"The live window with %1 busy servers for %2 s: %3 callers sent, %4 members watched\n"_s.arg(count)
                 .arg(elapsed.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(sent.load() * count)
                 .arg(members);
    out() << u"  longest stall of the GUI event loop: %1 ms (target 50)\n"_s.arg(watchdog.longestStallMs(), 0, 'f', 1);
    out() << u"  longest update of the models: %1 ms\n"_s.arg(longestApplyMs, 0, 'f', 1);
    return 0;
}
