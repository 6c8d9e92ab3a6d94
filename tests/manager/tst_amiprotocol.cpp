// The manager-interface protocol on bytes a real Asterisk 22 sent (tests/fixtures/ami): the
// parser gives the same messages however the stream is cut (one byte at a time, and in two
// pieces at every byte boundary); a connection fed the recorded answers logs in, matches
// answers to its actions by ActionID among interleaved, unknown and security events, collects a
// list action, builds the queue picture, survives a connection dropped in the middle of a list
// (the action fails, the connection comes back), and takes a refused login once, without retrying.
#include "manager/amiconnection.h"
#include "manager/servermanager.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using qw::AmiMessage;

namespace {
QByteArray recorded(const QString& name)
{
    QFile file(QStringLiteral(QUEUEWATCH_FIXTURES_DIR) + u"/ami/instance-a/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<AmiMessage> parseAll(const QList<QByteArray>& pieces)
{
    qw::AmiParser parser;
    QList<AmiMessage> messages;
    for (const QByteArray& piece : pieces)
        parser.feed(piece, messages);
    return messages;
}

bool sameMessages(const QList<AmiMessage>& a, const QList<AmiMessage>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].fields != b[i].fields)
            return false;
    }
    return true;
}

// Plays a recorded server: the banner on connect, then for each action the client sends, the
// recorded answer of the next step, its ActionIDs replaced by the client's own.
class ReplayServer : public QObject
{
public:
    struct Step
    {
        QByteArray answer;
        bool dropMidway = false; // send half of it, then close the connection
    };

    explicit ReplayServer(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = m_server.nextPendingConnection();
            ++connections;
            socket->write(recorded(u"01-banner.rx"_s));
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    int connections = 0;
    QStringList actionsSeen;

private:
    void answer(QTcpSocket* socket)
    {
        m_received += socket->readAll();
        qsizetype end;
        while ((end = m_received.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray action = m_received.first(end);
            m_received.remove(0, end + 4);
            const QRegularExpressionMatch id
                = QRegularExpression(u"ActionID: (\\S+)"_s).match(QString::fromUtf8(action));
            actionsSeen.append(QRegularExpression(u"Action: (\\S+)"_s).match(QString::fromUtf8(action)).captured(1));
            if (m_next >= m_steps.size())
                continue;
            const Step step = m_steps[m_next++];
            const QString recordedId
                = QRegularExpression(u"ActionID: (\\S+)"_s).match(QString::fromUtf8(step.answer)).captured(1);
            QByteArray bytes = step.answer;
            bytes.replace(QByteArray("ActionID: " + recordedId.toUtf8()),
                          QByteArray("ActionID: " + id.captured(1).toUtf8()));
            if (step.dropMidway) {
                socket->write(bytes.first(bytes.size() / 2));
                socket->flush();
                socket->disconnectFromHost();
                return;
            }
            socket->write(bytes);
        }
    }

    QTcpServer m_server;
    QList<Step> m_steps;
    qsizetype m_next = 0;
    QByteArray m_received;
};

qw::AmiEndpoint endpoint(quint16 port)
{
    qw::AmiEndpoint endpoint;
    endpoint.port = port;
    endpoint.user = u"qwtest"_s;
    endpoint.plainLogin = true; // as recorded
    return endpoint;
}
} // namespace

class TestAmiProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheRecordedSession();
    void everySplitGivesTheSameMessages_data();
    void everySplitGivesTheSameMessages();
    void brokenStreamIsRefused();
    void logsInAndBuildsThePicture();
    void droppedMidListFailsTheActionAndComesBack();
    void refusedLoginIsToldOnce();
    void toBytesNeverBreaksAMessage();
};

void TestAmiProtocol::parsesTheRecordedSession()
{
    const QByteArray session = recorded(u"session.rx"_s);
    QVERIFY(session.size() > 10000);
    qw::AmiParser parser;
    QList<AmiMessage> messages;
    QVERIFY(parser.feed(session, messages));
    QCOMPARE(parser.banner(), u"Asterisk Call Manager/11.0.0"_s);
    // Every message of the recording: one per blank-line-ended block after the banner.
    QCOMPARE(messages.size(), qsizetype(session.count("\r\n\r\n")));
    QVERIFY(messages.first().isSuccess());
    QCOMPARE(messages.first().value(u"message"), u"Authentication accepted"_s); // keys without case
    const auto member = std::find_if(messages.cbegin(), messages.cend(),
                                     [](const AmiMessage& m) { return m.isEvent(u"QueueMember"); });
    QVERIFY(member != messages.cend());
    QCOMPARE(member->value(u"Location"), u"Local/agent1@agents/n"_s);
    QCOMPARE(member->value(u"PausedReason"), QString()); // an empty value is a value
    // One byte at a time: the same messages.
    QList<QByteArray> bytes;
    for (const char c : session)
        bytes.append(QByteArray(1, c));
    QVERIFY(sameMessages(parseAll(bytes), messages));
}

void TestAmiProtocol::everySplitGivesTheSameMessages_data()
{
    QTest::addColumn<QString>("file");
    // Small recordings (every split re-parses the whole stream); the whole session, at one byte a
    // time, is in parsesTheRecordedSession.
    for (const QString& name : {u"02-login.rx"_s, u"05-queuestatus-support.rx"_s, u"10-queuepause-true.rx"_s,
                                u"13-queuestatus-sales-caller-waiting.rx"_s, u"16-originate-chanspy.rx"_s})
        QTest::newRow(qPrintable(name)) << name;
}

void TestAmiProtocol::everySplitGivesTheSameMessages()
{
    QFETCH(QString, file);
    const QByteArray bytes = recorded(u"01-banner.rx"_s) + recorded(file);
    const QList<AmiMessage> whole = parseAll({bytes});
    QVERIFY(!whole.isEmpty());
    for (qsizetype split = 0; split <= bytes.size(); ++split)
        QVERIFY2(sameMessages(parseAll({bytes.first(split), bytes.sliced(split)}), whole),
                 qPrintable(u"split at byte %1"_s.arg(split)));
}

void TestAmiProtocol::brokenStreamIsRefused()
{
    qw::AmiParser parser;
    QList<AmiMessage> messages;
    QVERIFY(parser.feed("Asterisk Call Manager/11.0.0\r\n", messages));
    // A line that never ends is not a manager interface talking.
    QVERIFY(!parser.feed(QByteArray(qw::AmiParser::MaxMessageBytes + 10, 'x'), messages));
}

void TestAmiProtocol::logsInAndBuildsThePicture()
{
    ReplayServer server({{recorded(u"02-login.rx"_s)}, {recorded(u"06-queuestatus-all.rx"_s)}});
    qw::ServerManager manager(u"A"_s, endpoint(server.port()), u"qwtest-secret"_s);
    QSignalSpy pictures(&manager, &qw::ServerManager::pictureChanged);
    manager.start();
    QTRY_VERIFY_WITH_TIMEOUT(manager.picture().isReady() && !manager.picture().members.isEmpty(), 10000);
    QCOMPARE(server.actionsSeen, (QStringList {u"Login"_s, u"QueueStatus"_s}));
    const QList<qw::ManagedMember> members = manager.picture().members;
    const auto one = std::find_if(members.cbegin(), members.cend(),
                                  [](const qw::ManagedMember& m) { return m.name == u"Agent One"; });
    QVERIFY(one != members.cend());
    QCOMPARE(one->queue, u"support"_s);
    QCOMPARE(one->interface, u"Local/agent1@agents/n"_s);
    QVERIFY(one->isStatic);
    QCOMPARE(one->device, qw::DeviceState::NotInUse);
    manager.stop();
}

void TestAmiProtocol::droppedMidListFailsTheActionAndComesBack()
{
    // The first connection dies halfway through the QueueStatus list; the next one is fine.
    ReplayServer server({{recorded(u"02-login.rx"_s)},
                         {recorded(u"06-queuestatus-all.rx"_s), true},
                         {recorded(u"02-login.rx"_s)},
                         {recorded(u"06-queuestatus-all.rx"_s)}});
    qw::ServerManager manager(u"A"_s, endpoint(server.port()), u"qwtest-secret"_s);
    QSignalSpy states(&manager.connection(), &qw::AmiConnection::stateChanged);
    manager.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        server.connections == 2 && manager.picture().isReady() && !manager.picture().members.isEmpty(), 15000);
    bool wentDown = false;
    for (const QList<QVariant>& change : std::as_const(states))
        wentDown = wentDown || change.first().value<qw::AmiConnection::State>() == qw::AmiConnection::State::Down;
    QVERIFY(wentDown);
    manager.stop();
}

void TestAmiProtocol::refusedLoginIsToldOnce()
{
    // The recorded refusal (the server closes the connection after it, as Asterisk does).
    QByteArray refusal = recorded(u"03-login-bad-secret.rx"_s);
    refusal.remove(0, refusal.indexOf('\n') + 1); // the banner comes from the server on connect
    ReplayServer server({{refusal}});
    qw::AmiConnection connection(endpoint(server.port()), u"wrong"_s);
    QSignalSpy states(&connection, &qw::AmiConnection::stateChanged);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), qw::AmiConnection::State::Refused, 10000);
    const QString message = states.last().at(1).toString();
    QVERIFY2(message.contains(u"Authentication failed"_s) && message.contains(u"qwtest@127.0.0.1"_s),
             qPrintable(message));
    QVERIFY(!message.contains(u"wrong"_s)); // never the secret
    QTest::qWait(2000); // twice as long as the first retry would wait
    QCOMPARE(server.connections, 1);
    QCOMPARE(connection.state(), qw::AmiConnection::State::Refused);
    // An action meanwhile fails at once, and says why.
    QString error;
    connection.send(u"QueueStatus"_s, {}, [&error](const qw::AmiReply& reply) { error = reply.error; });
    QVERIFY2(error.contains(u"refused"_s), qPrintable(error));
}

void TestAmiProtocol::toBytesNeverBreaksAMessage()
{
    AmiMessage action;
    action.fields = {{u"Action"_s, u"QueuePause"_s}, {u"Reason"_s, u"lunch\r\n\r\nAction: Logoff"_s}};
    const QByteArray bytes = action.toBytes();
    QCOMPARE(bytes.count("\r\n\r\n"), 1);
    QVERIFY(bytes.endsWith("\r\n\r\n"));
    QVERIFY(!bytes.contains("\nAction: Logoff"));
}

QTEST_GUILESS_MAIN(TestAmiProtocol)
#include "tst_amiprotocol.moc"
