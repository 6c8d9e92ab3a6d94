#pragma once

#include "amimessage.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTimer>

class QSslSocket;

namespace qw {

// Where a server's manager interface is, and how to log in. The secret is never part of it: it
// is given to the connection on its own, from where secrets are kept.
struct AmiEndpoint
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5038;
    QString user;
    bool tls = false;
    bool plainLogin = false; // send the secret itself instead of answering an MD5 challenge

    QString describe() const; // "user@host:port", never the secret
    friend bool operator==(const AmiEndpoint&, const AmiEndpoint&) = default;
};

// The answer to one action: its response, and for a list action (QueueStatus,
// CoreShowChannels) the events up to its "...Complete".
struct AmiReply
{
    bool ok = false; // a "Response: Success" (or Follows) came
    AmiMessage response;
    QList<AmiMessage> events;
    QString error; // the server's Message, or why no answer came
};

// One connection to a server's manager interface, for the thread it lives in: TCP (or TLS),
// the greeting, a login (an MD5 challenge by default, plain on request) with an event mask
// limited to what QueueWatch uses (agent and system events), actions matched to their answers by
// ActionID, list actions collected. It reconnects by itself after a loss, waiting longer each
// time up to MaxBackoffMs; a refused login is said once and not retried until open() is called
// again (a wrong secret never becomes a storm of attempts).
class AmiConnection : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Closed,
        Connecting,
        LoggingIn,
        Ready,
        Down, // lost or unreachable: tried again after a while
        Refused // the login was refused
    };
    Q_ENUM(State)

    using ReplyHandler = std::function<void(const AmiReply& reply)>;

    static constexpr int MaxBackoffMs = 30000;
    static constexpr int ConnectTimeoutMs = 10000;
    static constexpr int ActionTimeoutMs = 15000;

    AmiConnection(AmiEndpoint endpoint, QString secret, QObject* parent = nullptr);
    ~AmiConnection() override;

    void open();
    void close();
    State state() const { return m_state; }

    // Sends an action; `handler` gets its reply (or the error) exactly once, in this thread.
    void send(const QString& action, const QList<QPair<QString, QString>>& headers, ReplyHandler handler,
              int timeoutMs = ActionTimeoutMs);

Q_SIGNALS:
    void stateChanged(qw::AmiConnection::State state, const QString& message);
    void event(const qw::AmiMessage& message);

private:
    struct Pending
    {
        ReplyHandler handler;
        qint64 deadline = 0;
        bool listing = false;
        AmiReply reply;
    };
    void setState(State state, const QString& message = {});
    void dropSocket();
    void connectNow();
    void onConnected();
    void onReadable();
    void onLost(const QString& message);
    void login();
    void dispatch(const AmiMessage& message);
    void finish(const QString& id, const AmiReply& reply);
    void failAll(const QString& message);
    void checkDeadlines();
    QString sendRaw(const QString& action, const QList<QPair<QString, QString>>& headers);

    AmiEndpoint m_endpoint;
    QString m_secret;
    std::unique_ptr<QSslSocket> m_socket;
    AmiParser m_parser;
    State m_state = State::Closed;
    QHash<QString, Pending> m_pending;
    quint64 m_nextId = 0;
    int m_backoffMs = 1000;
    QTimer m_retry;
    QTimer m_deadlines;
    QTimer m_connectTimeout;
    bool m_wanted = false; // open() was called and close() not since
};

} // namespace qw
