// queuewatch-action: what the window's supervisor actions do, for scripts and cron ("pause the
// whole sales queue at noon"), through the same routing: connects to the servers' manager
// interfaces, then prints their status or performs one action and says how it ended.
#include "i18n/translations.h"
#include "manager/managermonitor.h"
#include "program/program.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode
{
    Success = 0,
    BadArguments = 2,
    ServerFailed = 3
};

class ActionCli
{
    Q_DECLARE_TR_FUNCTIONS(ActionCli)
};

int fail(int code, const QString& message)
{
    QTextStream(stderr) << "queuewatch-action: " << message << '\n';
    return code;
}

QString stateWord(qw::ServerPicture::State state)
{
    switch (state) {
    case qw::ServerPicture::State::Ready:
        return u"ready"_s;
    case qw::ServerPicture::State::Connecting:
        return u"connecting"_s;
    case qw::ServerPicture::State::Down:
        return u"down"_s;
    case qw::ServerPicture::State::Refused:
        return u"refused"_s;
    case qw::ServerPicture::State::NotConfigured:
        break;
    }
    return u"not_configured"_s;
}

QString deviceWord(qw::DeviceState state)
{
    static const char* const words[]
        = {"unknown", "not_in_use", "in_use", "busy", "invalid", "unavailable", "ringing", "ring_in_use", "on_hold"};
    const int index = int(state);
    return QString::fromLatin1(index >= 0 && index < int(std::size(words)) ? words[index] : "unknown");
}

// The status of every server: per queue, its members and its callers, as the managers say.
QJsonObject statusJson(const qw::ServerPictures& pictures, qint64 now)
{
    QJsonObject servers;
    for (const qw::ServerPicture& picture : pictures) {
        QJsonObject queues;
        for (const qw::ManagedMember& member : picture.members) {
            QJsonObject queue = queues.value(member.queue).toObject();
            QJsonArray members = queue.value(u"members"_s).toArray();
            members.append(QJsonObject {{u"name"_s, member.name},
                                        {u"interface"_s, member.interface},
                                        {u"state"_s, deviceWord(member.device)},
                                        {u"paused"_s, member.paused},
                                        {u"reason"_s, member.paused ? QJsonValue(member.pauseReason) : QJsonValue()},
                                        {u"in_call"_s, member.inCall},
                                        {u"membership"_s, member.isStatic ? u"static"_s : u"dynamic"_s}});
            queue.insert(u"members"_s, members);
            queues.insert(member.queue, queue);
        }
        for (const qw::ManagedCaller& caller : picture.callers) {
            QJsonObject queue = queues.value(caller.queue).toObject();
            QJsonArray callers = queue.value(u"callers"_s).toArray();
            callers.append(QJsonObject {{u"call_id"_s, caller.uniqueId},
                                        {u"caller"_s, caller.callerId},
                                        {u"position"_s, caller.position},
                                        {u"wait"_s, now - caller.since}});
            queue.insert(u"callers"_s, callers);
            queues.insert(caller.queue, queue);
        }
        servers.insert(
            picture.partition,
            QJsonObject {{u"state"_s, stateWord(picture.state)},
                         {u"message"_s, picture.message.isEmpty() ? QJsonValue() : QJsonValue(picture.message)},
                         {u"queues"_s, queues}});
    }
    return QJsonObject {{u"servers"_s, servers}};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qw::setUpProgram(app, u"queuewatch-action"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        ActionCli::tr("Supervisor actions on the queues of an Asterisk cluster, through each server's manager "
                      "interface.\nCommands: status, pause, unpause, logon, logoff, listen, whisper, barge.\n"
                      "Secrets come from QUEUEWATCH_AMI_SECRET_<SERVER> or QUEUEWATCH_AMI_SECRET.\n"
                      "Exit status: 0 done, 2 bad arguments, 3 a server cannot be reached or refused the action."));
    qw::addCommonOptions(parser);
    parser.addPositionalArgument(u"command"_s,
                                 ActionCli::tr("status, pause, unpause, logon, logoff, listen, whisper or barge."));
    parser.addOptions({
        {u"ami"_s,
         ActionCli::tr(
             "A server's manager interface (repeatable): NAME=HOST:PORT,user=USER[,tls][,plain][,device=DEVICE]."),
         ActionCli::tr("server")},
        {u"source"_s,
         ActionCli::tr("The source spec the window shows (cluster:A|B-, clustrw:A|B): how agents are named. "
                       "Default: every --ami server merged."),
         ActionCli::tr("spec")},
        {u"agent"_s, ActionCli::tr("The agent, as the window names it, or a member's interface."),
         ActionCli::tr("name")},
        {u"queue"_s, ActionCli::tr("The queue (default: every queue of the agent)."), ActionCli::tr("name")},
        {u"reason"_s, ActionCli::tr("The pause reason."), ActionCli::tr("text")},
        {u"server"_s, ActionCli::tr("Act on this server only (logon: the server to add the member on)."),
         ActionCli::tr("name")},
        {u"interface"_s, ActionCli::tr("logon: the member's interface, e.g. PJSIP/101."), ActionCli::tr("interface")},
        {u"member-name"_s, ActionCli::tr("logon: the member name (default: --agent)."), ActionCli::tr("name")},
        {u"penalty"_s, ActionCli::tr("logon: the member's penalty (default 0)."), ActionCli::tr("n")},
        {u"supervisor"_s,
         ActionCli::tr("listen, whisper, barge: the supervisor's device (default: the server's device=)."),
         ActionCli::tr("device")},
        {u"timeout"_s, ActionCli::tr("Seconds to wait for the servers (default 10)."), ActionCli::tr("seconds")},
    });
    if (const auto done = qw::readCommandLine(parser, u"queuewatch-action"_s, BadArguments))
        return *done;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(BadArguments,
                    ActionCli::tr("Give one command: status, pause, unpause, logon, logoff, listen, whisper "
                                  "or barge; see --help."));
    const QString command = positional.first();
    const std::optional<qw::SupervisorAction::Kind> kind = qw::SupervisorAction::kindFromName(command);
    if (command != u"status" && !kind)
        return fail(BadArguments, ActionCli::tr("Unknown command \"%1\"; see --help.").arg(command));
    if (command == u"status") // a contract for scripts: the same bytes in every language, messages included
        qw::installTranslations(app, u"en"_s);

    const auto config = qw::ManagerConfig::parse(parser.values(u"ami"_s).join(u'\n'));
    if (const auto* error = std::get_if<QString>(&config))
        return fail(BadArguments, *error);
    const qw::ManagerConfig& managers = std::get<qw::ManagerConfig>(config);
    if (managers.isEmpty())
        return fail(BadArguments, ActionCli::tr("Give at least one --ami server."));
    const QString specText
        = parser.isSet(u"source"_s) ? parser.value(u"source"_s) : u"cluster:"_s + managers.servers.keys().join(u'|');
    const auto spec = qw::SourceSpec::parse(specText);
    if (const auto* error = std::get_if<qw::SourceSpec::Error>(&spec))
        return fail(BadArguments, error->message);
    // A manager for a server the source does not name would be connected for nothing.
    if (const QString problem = managers.problemFor(std::get<qw::SourceSpec>(spec), specText); !problem.isEmpty())
        return fail(BadArguments, problem);

    qw::SupervisorAction action;
    if (kind) {
        action.kind = *kind;
        action.agent = parser.value(u"agent"_s);
        action.queue = parser.value(u"queue"_s);
        action.reason = parser.value(u"reason"_s);
        action.server = parser.value(u"server"_s);
        action.interface = parser.value(u"interface"_s);
        action.memberName = parser.value(u"member-name"_s);
        action.supervisorDevice = parser.value(u"supervisor"_s);
        bool ok = true;
        action.penalty = parser.isSet(u"penalty"_s) ? parser.value(u"penalty"_s).toInt(&ok) : 0;
        if (!ok || action.penalty < 0)
            return fail(BadArguments, ActionCli::tr("--penalty takes a whole number from 0."));
        if (action.agent.isEmpty())
            return fail(BadArguments, ActionCli::tr("%1 needs --agent.").arg(command));
    }
    bool ok = true;
    const int timeout = parser.isSet(u"timeout"_s) ? parser.value(u"timeout"_s).toInt(&ok) : 10;
    if (!ok || timeout < 1 || timeout > 600)
        return fail(BadArguments, ActionCli::tr("--timeout takes a number of seconds from 1 to 600."));

    // Connect to every server, and wait until each is ready, down or refused.
    qw::ManagerMonitor monitor(managers, std::get<qw::SourceSpec>(spec));
    QEventLoop settled;
    const auto allSettled = [&monitor, &managers] {
        for (const qw::ServerPicture& picture : monitor.pictures()) {
            if (managers.servers.contains(picture.partition) && picture.state == qw::ServerPicture::State::Connecting)
                return false;
        }
        return true;
    };
    QObject::connect(&monitor, &qw::ManagerMonitor::picturesChanged, &settled, [&] {
        if (allSettled())
            settled.quit();
    });
    QTimer::singleShot(timeout * 1000, &settled, &QEventLoop::quit);
    monitor.start();
    settled.exec();

    int code = Success;
    for (const qw::ServerPicture& picture : monitor.pictures()) {
        if (!managers.servers.contains(picture.partition) || picture.isReady())
            continue;
        code = ServerFailed;
        fail(ServerFailed,
             picture.message.isEmpty()
                 ? ActionCli::tr("%1: no answer from its manager interface.").arg(picture.partition)
                 : picture.message);
    }

    if (command == u"status") {
        QTextStream(stdout) << QJsonDocument(statusJson(monitor.pictures(), QDateTime::currentSecsSinceEpoch()))
                                   .toJson(QJsonDocument::Indented);
        return code;
    }

    QEventLoop performed;
    qw::ActionOutcome outcome;
    monitor.perform(action, [&](const qw::ActionOutcome& result) {
        outcome = result;
        performed.quit();
    });
    if (outcome.messages.isEmpty()) // answered later, from the servers
        performed.exec();
    for (const QString& message : outcome.messages)
        QTextStream(outcome.ok ? stdout : stderr) << message << '\n';
    return outcome.ok ? Success : ServerFailed;
}
