// The servers' manager interfaces against two real Asterisk 22 servers, A and B, shown as
// cluster:A|B- (B's agent events dropped from the figures, but not from its members or the
// actions): a static member that queue_log never names appears with its device state; a member
// ringing shows "Ringing"; a pause from the window reaches the right server and only that one;
// an agent on both servers is paused on both at once; log on and log off go round; listening and
// whispering originate from the supervisor's device and the server starts the spy; a killed
// server is marked down, its actions fail clearly, and it comes back by itself; a wrong secret is
// told once; queuewatch-action status says what the window shows.
#include "dialogs/settingsdialog.h"
#include "live/livedriver.h"
#include "live/models/agentmodel.h"
#include "live/models/livemodelset.h"
#include "mainwindow.h"
#include "manager/managedlive.h"
#include "panels/agentactions.h"
#include "panels/tablepanel.h"
#include "support/amitestclient.h"
#include "support/fixtures.h"
#include "support/testasterisk.h"
#include "support/testsettings.h"

#include <optional>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::test::AmiMessage;

namespace {
const QString Secret = QLatin1StringView(qw::test::TestAsterisk::Secret);

QString screenshotPath(const QString& name)
{
    QDir output(QCoreApplication::applicationDirPath());
    output.mkpath(u"screenshots"_s);
    return output.filePath(u"screenshots/"_s + name);
}
} // namespace

class TestManagers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void staticMemberAppearsWithItsDeviceState();
    void managersTeachMemberNames();
    void ringingMemberShowsRinging();
    void pauseReachesTheRightServerOnly();
    void agentOnTwoServersIsPausedOnBoth();
    void logOnAndLogOffGoRound();
    void listenAndWhisperStartTheSpy();
    void statusEqualsTheWindow();
    void managerOutsideTheSourceIsRefused();
    void windowShowsManagerStatesAndActions();
    void killedServerIsDownAndComesBack();
    void wrongSecretIsToldOnce();
    void unwritableAuditLogIsTold();

private:
    qw::ManagerConfig config(const QString& secretNote = {}) const;
    qw::LiveUpdate logUpdate() const; // the queue_log picture, as the live driver makes it now
    qw::LiveSnapshot merged(); // the window's view: the log's with the managers merged in
    qw::ActionOutcome perform(const qw::SupervisorAction& action);
    QList<AmiMessage> status(qw::test::AmiTestClient& client, const QString& queue = {});
    static std::optional<AmiMessage> member(const QList<AmiMessage>& status, const QString& name, const QString& queue);
    void addMember(qw::test::AmiTestClient& client, const QString& name, const QString& interface,
                   const QString& stateInterface = {});
    QByteArray queueLog(const qw::test::TestAsterisk& server) const;

    qw::test::TestAsterisk m_a;
    qw::test::TestAsterisk m_b;
    qw::test::AmiTestClient m_amiA;
    qw::test::AmiTestClient m_amiB;
    qw::SourceSpec m_spec;
    std::unique_ptr<qw::ManagedLive> m_managed;
    QTemporaryDir m_dir;
};

qw::ManagerConfig TestManagers::config(const QString&) const
{
    const auto parsed = qw::ManagerConfig::parse(
        u"A=127.0.0.1:%1,user=qwtest,device=Local/supervisor@supervisor/n\n"
        "B=127.0.0.1:%2,user=qwtest,device=Local/supervisor@supervisor/n"_s.arg(m_a.amiPort())
            .arg(m_b.amiPort()));
    return std::get<qw::ManagerConfig>(parsed);
}

void TestManagers::initTestCase()
{
    QVERIFY2(m_a.start(), qPrintable(m_a.errorString()));
    QVERIFY2(m_b.start(), qPrintable(m_b.errorString()));
    QVERIFY2(m_amiA.login(m_a.amiPort(), u"qwtest"_s, Secret), qPrintable(m_amiA.errorString()));
    QVERIFY2(m_amiB.login(m_b.amiPort(), u"qwtest"_s, Secret), qPrintable(m_amiB.errorString()));
    qputenv("QUEUEWATCH_AMI_SECRET", Secret.toUtf8());
    m_spec = std::get<qw::SourceSpec>(qw::SourceSpec::parse(u"cluster:A|B-"_s));
    m_managed = std::make_unique<qw::ManagedLive>();
    m_managed->setLearnedNamesPath(m_dir.filePath(u"learned.json"_s));
    m_managed->setAuditLogPath(m_dir.filePath(u"audit.log"_s));
    m_managed->configure(m_spec, config(), {}, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_managed->pictures().size() == 2 && m_managed->pictures()[0].isReady()
                                 && m_managed->pictures()[1].isReady(),
                             20000);
}

qw::LiveUpdate TestManagers::logUpdate() const
{
    qw::LiveSettings settings;
    settings.spec = m_spec;
    settings.bindings.partitionFiles = {{u"A"_s, m_a.queueLogPath()}, {u"B"_s, m_b.queueLogPath()}};
    // As the window does: the member names the managers taught rewrite the log.
    const auto learned = qw::MemberNames::readFile(m_dir.filePath(u"learned.json"_s));
    if (const auto* names = std::get_if<qw::MemberNames>(&learned))
        settings.bindings.memberNames = *names;
    qw::LiveDriver driver(settings, std::get<qw::Cluster>(qw::Cluster::open(m_spec, settings.bindings)),
                          qw::PartitionBinding::FollowMode::Once);
    return driver.poll(QDateTime::currentSecsSinceEpoch());
}

qw::LiveSnapshot TestManagers::merged()
{
    QSignalSpy updates(m_managed.get(), &qw::ManagedLive::updated);
    m_managed->takeUpdate(logUpdate());
    return updates.last().first().value<qw::LiveUpdate>().snapshot;
}

qw::ActionOutcome TestManagers::perform(const qw::SupervisorAction& action)
{
    std::optional<qw::ActionOutcome> outcome;
    m_managed->perform(action, [&outcome](const qw::ActionOutcome& result) { outcome = result; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    }();
    return outcome.value_or(qw::ActionOutcome {});
}

QList<AmiMessage> TestManagers::status(qw::test::AmiTestClient& client, const QString& queue)
{
    const auto reply = client.action(u"QueueStatus"_s,
                                     queue.isEmpty() ? QList<QPair<QString, QString>> {}
                                                     : QList<QPair<QString, QString>> {{u"Queue"_s, queue}});
    return reply ? reply->events : QList<AmiMessage> {};
}

std::optional<AmiMessage> TestManagers::member(const QList<AmiMessage>& status, const QString& name,
                                               const QString& queue)
{
    for (const AmiMessage& event : status) {
        if (event.isEvent(u"QueueMember"_s) && event.value(u"Name"_s) == name && event.value(u"Queue"_s) == queue)
            return event;
    }
    return std::nullopt;
}

void TestManagers::addMember(qw::test::AmiTestClient& client, const QString& name, const QString& interface,
                             const QString& stateInterface)
{
    const auto reply
        = client.action(u"QueueAdd"_s,
                        {{u"Queue"_s, u"sales"_s},
                         {u"Interface"_s, interface},
                         {u"StateInterface"_s, stateInterface.isEmpty() ? interface.chopped(2) : stateInterface},
                         {u"MemberName"_s, name}});
    QVERIFY2(reply && reply->success(), qPrintable(reply ? reply->response.value(u"Message"_s) : client.errorString()));
}

QByteArray TestManagers::queueLog(const qw::test::TestAsterisk& server) const
{
    QFile file(server.queueLogPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestManagers::staticMemberAppearsWithItsDeviceState()
{
    // Agent One is defined in A's queues.conf: no line of A's queue_log names it.
    QVERIFY(!queueLog(m_a).contains("Agent One"));
    QTRY_VERIFY_WITH_TIMEOUT(merged().agents.contains(u"Agent One"_s), 10000);
    const qw::LiveSnapshot view = merged();
    const qw::LiveSnapshot::Agent one = view.agents.value(u"Agent One"_s);
    QCOMPARE(one.state, qw::LiveSnapshot::AgentState::Free);
    QCOMPARE(one.device, qw::DeviceState::NotInUse);
    QCOMPARE(one.queues, QStringList {u"support"_s});
    QVERIFY(one.managedMask != 0);
    QCOMPARE(view.queues.value(u"support"_s).loggedIn, 2); // Agent One and Agent Two
    // Its time in state runs from what the servers say of it (its login, last call or pause),
    // not from the start of the window.
    qint64 newest = 0;
    for (qw::test::AmiTestClient* server : {&m_amiA, &m_amiB}) {
        const std::optional<AmiMessage> listed = member(status(*server, u"support"_s), u"Agent One"_s, u"support"_s);
        QVERIFY(listed);
        for (const QString& field : {u"LoginTime"_s, u"LastCall"_s, u"LastPause"_s})
            newest = std::max(newest, listed->value(field).toLongLong());
    }
    QVERIFY(newest > view.windowStart);
    QCOMPARE(one.since, newest);
}

void TestManagers::managersTeachMemberNames()
{
    // QueueStatus gives each member's interface and name: remembered for the log's rewrite and
    // for reports, static members flagged.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir.filePath(u"learned.json"_s)), 10000);
    const auto learned = qw::MemberNames::readFile(m_dir.filePath(u"learned.json"_s));
    QVERIFY(std::holds_alternative<qw::MemberNames>(learned));
    const qw::MemberInfo one = std::get<qw::MemberNames>(learned).of(u"A"_s).value(u"Local/agent1@agents/n"_s);
    QCOMPARE(one.name, u"Agent One"_s);
    QCOMPARE(one.staticQueues, QStringList {u"support"_s});
}

void TestManagers::ringingMemberShowsRinging()
{
    addMember(m_amiB, u"Agent Six"_s, u"Local/agent6@agents/n"_s, u"Custom:agent6"_s);
    const auto ring
        = m_amiB.action(u"Setvar"_s, {{u"Variable"_s, u"DEVICE_STATE(Custom:agent6)"_s}, {u"Value"_s, u"RINGING"_s}});
    QVERIFY(ring && ring->success());
    QTRY_COMPARE_WITH_TIMEOUT(merged().agents.value(u"Agent Six"_s).device, qw::DeviceState::Ringing, 10000);
    const qw::LiveSnapshot::Agent six = merged().agents.value(u"Agent Six"_s);
    QCOMPARE(qw::AgentModel::stateText(six.state, six.device), u"Ringing"_s);
}

void TestManagers::pauseReachesTheRightServerOnly()
{
    addMember(m_amiA, u"Agent Three"_s, u"Local/agent3@agents/n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(merged().agents.value(u"Agent Three"_s).managedMask != 0, 10000);
    qw::SupervisorAction action;
    action.kind = qw::SupervisorAction::Kind::Pause;
    action.agent = u"Agent Three"_s;
    action.reason = u"coaching"_s;
    const qw::ActionOutcome outcome = perform(action);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages.join(u'\n')));
    QCOMPARE(outcome.messages.size(), 1);
    QVERIFY(outcome.messages.first().startsWith(u"A: "_s));
    const std::optional<AmiMessage> onA = member(status(m_amiA, u"sales"_s), u"Agent Three"_s, u"sales"_s);
    QVERIFY(onA);
    QCOMPARE(onA->value(u"Paused"_s), u"1"_s);
    QCOMPARE(onA->value(u"PausedReason"_s), u"coaching"_s);
    QTRY_VERIFY_WITH_TIMEOUT(queueLog(m_a).contains("|sales|Agent Three|PAUSE|coaching"), 5000);
    // Written down: when, who, where, what, on whom, and how it ended.
    QFile audit(m_dir.filePath(u"audit.log"_s));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = audit.readAll().trimmed().split('\n');
    const QList<QByteArray> fields = lines.last().split('\t');
    QCOMPARE(fields.size(), 6);
    QVERIFY(QDateTime::fromString(QString::fromUtf8(fields[0]), Qt::ISODateWithMs).isValid());
    QCOMPARE(fields[2], "A");
    QCOMPARE(fields[3], "pause");
    QVERIFY2(fields[4].startsWith("Local/agent3@agents/n"), fields[4].constData());
    QVERIFY2(fields[5].startsWith("ok: "), fields[5].constData());
    QVERIFY(!queueLog(m_b).contains("PAUSE|coaching"));
    QTRY_COMPARE_WITH_TIMEOUT(merged().agents.value(u"Agent Three"_s).pauseReason, u"coaching"_s, 10000);
}

void TestManagers::agentOnTwoServersIsPausedOnBoth()
{
    // Logged on to both servers at once; B is flagged '-' in the spec, and still takes the pause.
    addMember(m_amiA, u"Agent Seven"_s, u"Local/agent7@agents/n"_s);
    addMember(m_amiB, u"Agent Seven"_s, u"Local/agent7@agents/n"_s);
    QTRY_COMPARE_WITH_TIMEOUT(merged().agents.value(u"Agent Seven"_s).managedMask, quint64(3), 10000);
    qw::SupervisorAction action;
    action.kind = qw::SupervisorAction::Kind::Pause;
    action.agent = u"Agent Seven"_s;
    action.reason = u"meeting"_s;
    const qw::ActionOutcome outcome = perform(action);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages.join(u'\n')));
    QCOMPARE(outcome.messages.size(), 2);
    for (qw::test::AmiTestClient* server : {&m_amiA, &m_amiB}) {
        const std::optional<AmiMessage> seven = member(status(*server, u"sales"_s), u"Agent Seven"_s, u"sales"_s);
        QVERIFY(seven);
        QCOMPARE(seven->value(u"Paused"_s), u"1"_s);
    }
}

void TestManagers::logOnAndLogOffGoRound()
{
    qw::SupervisorAction logOn;
    logOn.kind = qw::SupervisorAction::Kind::LogOn;
    logOn.agent = u"Agent Eight"_s;
    logOn.server = u"B"_s;
    logOn.queue = u"sales"_s;
    logOn.interface = u"Local/agent8@agents/n"_s;
    logOn.penalty = 2;
    qw::ActionOutcome outcome = perform(logOn);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages.join(u'\n')));
    const std::optional<AmiMessage> added = member(status(m_amiB, u"sales"_s), u"Agent Eight"_s, u"sales"_s);
    QVERIFY(added);
    QCOMPARE(added->value(u"Penalty"_s), u"2"_s);
    QCOMPARE(added->value(u"Membership"_s), u"dynamic"_s);
    QTRY_VERIFY_WITH_TIMEOUT(merged().agents.value(u"Agent Eight"_s).queues.contains(u"sales"_s), 10000);

    qw::SupervisorAction logOff;
    logOff.kind = qw::SupervisorAction::Kind::LogOff;
    logOff.agent = u"Agent Eight"_s;
    outcome = perform(logOff);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages.join(u'\n')));
    QVERIFY(!member(status(m_amiB, u"sales"_s), u"Agent Eight"_s, u"sales"_s));
    QTRY_VERIFY_WITH_TIMEOUT(merged().agents.value(u"Agent Eight"_s).queues.isEmpty(), 10000);
    // A static member cannot be logged off from here, and says why.
    qw::SupervisorAction staticOff;
    staticOff.kind = qw::SupervisorAction::Kind::LogOff;
    staticOff.agent = u"Agent One"_s;
    outcome = perform(staticOff);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.messages.join(u'\n').contains(u"static member"_s), qPrintable(outcome.messages.join(u'\n')));
}

void TestManagers::listenAndWhisperStartTheSpy()
{
    // A caller reaches the support queue on A; one of its static members takes the call.
    const auto call = m_amiA.action(u"Originate"_s,
                                    {{u"Channel"_s, u"Local/support@callers"_s},
                                     {u"Application"_s, u"Wait"_s},
                                     {u"Data"_s, u"300"_s},
                                     {u"Variable"_s, u"__TALKTIME=120"_s},
                                     {u"Async"_s, u"true"_s}});
    QVERIFY(call && call->success());
    const std::optional<AmiMessage> connected = m_amiA.waitForEvent(u"AgentConnect"_s, 20000);
    QVERIFY(connected);
    const QString agent = connected->value(u"MemberName"_s);
    QTRY_VERIFY_WITH_TIMEOUT(merged().agents.value(agent).state == qw::LiveSnapshot::AgentState::Talking, 10000);
    // The supervisor acts on what the window shows: A's manager has seen the call too.
    const auto managerSeesTheCall = [this, &agent] {
        const qw::ServerPicture a = m_managed->pictures().first();
        return std::any_of(a.members.cbegin(), a.members.cend(),
                           [&agent](const qw::ManagedMember& m) { return m.name == agent && m.inCall; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(managerSeesTheCall(), 10000);
    for (const qw::SupervisorAction::Kind kind :
         {qw::SupervisorAction::Kind::Listen, qw::SupervisorAction::Kind::Whisper}) {
        qw::SupervisorAction action;
        action.kind = kind;
        action.agent = agent;
        const qw::ActionOutcome outcome = perform(action);
        QVERIFY2(outcome.ok, qPrintable(outcome.messages.join(u'\n')));
        const std::optional<AmiMessage> spy = m_amiA.waitForEvent(u"ChanSpyStart"_s, 20000);
        QVERIFY2(spy, "the server never started the spy");
        QVERIFY2(spy->value(u"SpyeeChannel"_s).startsWith(u"Local/agent"_s), qPrintable(spy->value(u"SpyeeChannel"_s)));
        QVERIFY(spy->value(u"SpyerChannel"_s).startsWith(u"Local/supervisor@supervisor"_s));
    }
}

void TestManagers::statusEqualsTheWindow()
{
    const qw::test::ProgramRun run
        = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-action"_s),
                               {u"status"_s, u"--ami"_s, u"A=127.0.0.1:%1,user=qwtest"_s.arg(m_a.amiPort()), u"--ami"_s,
                                u"B=127.0.0.1:%1,user=qwtest"_s.arg(m_b.amiPort()), u"--source"_s, u"cluster:A|B-"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const qw::LiveSnapshot view = merged();
    const QJsonObject servers = QJsonDocument::fromJson(run.out).object().value(u"servers"_s).toObject();
    QCOMPARE(servers.keys(), (QStringList {u"A"_s, u"B"_s}));
    // The window shows one row per member name, whatever servers it is on (no renaming under
    // cluster:): on a call anywhere is talking; otherwise paused anywhere is paused.
    QHash<QString, bool> inCall;
    QHash<QString, bool> paused;
    for (auto server = servers.constBegin(); server != servers.constEnd(); ++server) {
        QCOMPARE(server->toObject().value(u"state"_s).toString(), u"ready"_s);
        const QJsonObject queues = server->toObject().value(u"queues"_s).toObject();
        for (auto queue = queues.constBegin(); queue != queues.constEnd(); ++queue) {
            for (const QJsonValue& value : queue->toObject().value(u"members"_s).toArray()) {
                const QJsonObject listed = value.toObject();
                const QString name = listed.value(u"name"_s).toString();
                inCall[name] = inCall.value(name) || listed.value(u"in_call"_s).toBool();
                paused[name] = paused.value(name) || listed.value(u"paused"_s).toBool();
                QVERIFY2(view.agents.value(name).queues.contains(queue.key()), qPrintable(name));
            }
        }
    }
    QVERIFY2(inCall.size() >= 4, qPrintable(inCall.keys().join(u',')));
    for (auto listed = inCall.constBegin(); listed != inCall.constEnd(); ++listed) {
        const qw::LiveSnapshot::AgentState state = view.agents.value(listed.key()).state;
        const bool talking = state == qw::LiveSnapshot::AgentState::Talking;
        QVERIFY2(listed.value() == talking, qPrintable(listed.key()));
        if (!talking)
            QVERIFY2(paused.value(listed.key()) == (state == qw::LiveSnapshot::AgentState::Paused),
                     qPrintable(listed.key()));
    }
}

void TestManagers::managerOutsideTheSourceIsRefused()
{
    // A manager for a server the source does not name: refused before anything is connected,
    // in the words the settings dialog uses for the same mistake.
    const qw::test::ProgramRun run
        = qw::test::runProgram(qw::test::binaryPath(u"queuewatch-action"_s),
                               {u"status"_s, u"--ami"_s, u"A=127.0.0.1:%1,user=qwtest"_s.arg(m_a.amiPort()), u"--ami"_s,
                                u"B=127.0.0.1:%1,user=qwtest"_s.arg(m_b.amiPort()), u"--source"_s, u"sql:A"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"B has a manager but is not a server of sql:A."_s), qPrintable(run.err));
    qw::LiveViewSettings chosen;
    chosen.sourceSpec = u"sql:A"_s;
    chosen.managers = u"A=127.0.0.1:5038,user=qwtest\nB=127.0.0.1:5039,user=qwtest"_s;
    QVERIFY(run.err.contains(qw::SettingsDialog::managersProblem(chosen)));
}

void TestManagers::windowShowsManagerStatesAndActions()
{
    // The live window on this cluster: the agents panel with the managers' states, and the
    // actions in its menu.
    qw::LiveModelSet models;
    connect(m_managed.get(), &qw::ManagedLive::updated, &models, &qw::LiveModelSet::apply);
    qw::test::TestSettings settings;
    qw::MainWindow window(&models, settings, u"cluster:A|B- with managers"_s);
    window.setActionsAvailable(true);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_managed->takeUpdate(logUpdate());
    QAbstractItemModel* agents = window.agentPanel()->view()->model();
    QTRY_VERIFY_WITH_TIMEOUT(agents->rowCount() >= 5, 10000); // Agents One, Two, Three, Six and Seven
    QStringList states;
    for (int row = 0; row < agents->rowCount(); ++row)
        states << agents->index(row, qw::AgentModel::State).data().toString();
    QVERIFY2(states.contains(u"Ringing"_s) && states.contains(u"Paused"_s), qPrintable(states.join(u',')));
    const QString servers = window.serverTexts().join(u" | "_s);
    QVERIFY2(servers.contains(u"manager OK"_s), qPrintable(servers));
    QString tip;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        if (label->text().startsWith(u"A:"_s))
            tip = label->toolTip();
    }
    QVERIFY2(tip.contains(u"Manager interface: OK since"_s), qPrintable(tip));
    // No member under its interface: the names the managers taught joined them.
    for (int row = 0; row < agents->rowCount(); ++row)
        QVERIFY2(!agents->index(row, qw::AgentModel::Name).data().toString().startsWith(u"Local/"_s),
                 qPrintable(agents->index(row, qw::AgentModel::Name).data().toString()));
    QTest::qWait(100); // the status bar lays out its new labels
    QVERIFY(window.grab().save(screenshotPath(u"mainwindow-managers-1366x768.png"_s)));
    // The actions, offered on the agent picked.
    window.agentPanel()->view()->setCurrentIndex(agents->index(0, 0));
    QMenu menu;
    window.agentActions()->fillMenu(&menu);
    QStringList offered;
    for (QAction* action : menu.actions()) {
        if (!action->isSeparator()) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
            offered << action->text();
        }
    }
    QCOMPARE(offered.size(), 7);
    menu.resize(menu.sizeHint());
    QVERIFY(menu.grab().save(screenshotPath(u"agent-actions-menu.png"_s)));
}

void TestManagers::killedServerIsDownAndComesBack()
{
    m_b.kill();
    QTRY_COMPARE_WITH_TIMEOUT(m_managed->pictures()[1].state, qw::ServerPicture::State::Down, 15000);
    QVERIFY(m_managed->pictures()[0].isReady()); // A goes on
    qw::SupervisorAction action;
    action.kind = qw::SupervisorAction::Kind::Unpause;
    action.agent = u"Agent Seven"_s;
    action.server = u"B"_s;
    const qw::ActionOutcome outcome = perform(action);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.messages.join(u'\n').contains(u"B"_s), qPrintable(outcome.messages.join(u'\n')));
    QVERIFY2(m_b.restart(), qPrintable(m_b.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_managed->pictures()[1].isReady(), 45000);
}

void TestManagers::wrongSecretIsToldOnce()
{
    qw::ManagerConfig onlyA;
    onlyA.servers.insert(u"A"_s, config().servers.value(u"A"_s));
    qw::ManagerMonitor monitor(onlyA, m_spec, {{u"A"_s, u"not-the-secret"_s}});
    QSignalSpy changes(&monitor, &qw::ManagerMonitor::picturesChanged);
    monitor.start();
    // Told: the (throttled) change that carries the refusal has gone out.
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty()
                                 && changes.last().first().value<qw::ServerPictures>().first().state
                                     == qw::ServerPicture::State::Refused,
                             15000);
    const QString message = monitor.pictures()[0].message;
    QVERIFY2(message.contains(u"refused"_s) && !message.contains(u"not-the-secret"_s), qPrintable(message));
    const qsizetype told = changes.count();
    QTest::qWait(4000); // past the first retries a lost connection would make
    QCOMPARE(changes.count(), told);
    QCOMPARE(monitor.pictures()[0].state, qw::ServerPicture::State::Refused);
}

void TestManagers::unwritableAuditLogIsTold()
{
    // The audit log's path is a folder: the action still gets its answer, and the user is told
    // it was not written down.
    qw::ManagerMonitor monitor(config(), m_spec);
    monitor.setAuditLog(qw::AuditLog(m_dir.path()));
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.pictures()[0].isReady() && monitor.pictures()[1].isReady(), 15000);
    qw::SupervisorAction action;
    action.kind = qw::SupervisorAction::Kind::Pause;
    action.agent = u"Nobody At All"_s;
    std::optional<qw::ActionOutcome> outcome;
    monitor.perform(action, [&outcome](const qw::ActionOutcome& result) { outcome = result; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QVERIFY(!outcome->ok);
    const QString told = outcome->messages.join(u'\n');
    QVERIFY2(told.contains(u"Nobody At All"_s) && told.contains(u"audit log"_s) && told.contains(m_dir.path()),
             qPrintable(told));
}

QTEST_MAIN(TestManagers)
#include "tst_managers.moc"
