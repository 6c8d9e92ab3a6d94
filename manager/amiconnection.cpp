#include "amiconnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
// The events QueueWatch reads: queue members and callers ("agent"), and start-up ("system").
const QString EventMask = u"agent,system"_s;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

QString AmiEndpoint::describe() const
{
    return u"%1@%2:%3%4"_s.arg(user, host).arg(port).arg(tls ? u" (TLS)"_s : QString());
}

AmiConnection::AmiConnection(AmiEndpoint endpoint, QString secret, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_secret(std::move(secret))
    , m_retry(this)
    , m_deadlines(this)
    , m_connectTimeout(this)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &AmiConnection::connectNow);
    m_deadlines.setInterval(500);
    connect(&m_deadlines, &QTimer::timeout, this, &AmiConnection::checkDeadlines);
    m_connectTimeout.setSingleShot(true);
    connect(&m_connectTimeout, &QTimer::timeout, this, [this] {
        onLost(tr("no answer from %1 within %2 s").arg(m_endpoint.describe()).arg(ConnectTimeoutMs / 1000));
    });
}

AmiConnection::~AmiConnection()
{
    close();
}

void AmiConnection::dropSocket()
{
    if (!m_socket)
        return;
    // Often called from one of the socket's own signals: it is deleted once that has returned.
    QSslSocket* socket = m_socket.release();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void AmiConnection::setState(State state, const QString& message)
{
    if (state == m_state && message.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state, message);
}

void AmiConnection::open()
{
    m_wanted = true;
    m_backoffMs = 1000;
    connectNow();
}

void AmiConnection::close()
{
    m_wanted = false;
    m_retry.stop();
    m_connectTimeout.stop();
    m_deadlines.stop();
    dropSocket();
    failAll(tr("the connection to %1 was closed").arg(m_endpoint.describe()));
    if (m_state != State::Closed)
        setState(State::Closed);
}

void AmiConnection::connectNow()
{
    if (!m_wanted)
        return;
    dropSocket();
    m_socket = std::make_unique<QSslSocket>();
    m_parser.reset();
    connect(m_socket.get(), &QSslSocket::readyRead, this, &AmiConnection::onReadable);
    connect(m_socket.get(), &QSslSocket::disconnected, this,
            [this] { onLost(tr("%1 closed the connection").arg(m_endpoint.describe())); });
    connect(m_socket.get(), &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        onLost(tr("%1: %2").arg(m_endpoint.describe(), m_socket ? m_socket->errorString() : QString()));
    });
    if (m_endpoint.tls) {
        connect(m_socket.get(), &QSslSocket::encrypted, this, &AmiConnection::onConnected);
        m_socket->connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
    } else {
        connect(m_socket.get(), &QSslSocket::connected, this, &AmiConnection::onConnected);
        m_socket->connectToHost(m_endpoint.host, m_endpoint.port);
    }
    m_connectTimeout.start(ConnectTimeoutMs);
    m_deadlines.start();
    setState(State::Connecting);
}

void AmiConnection::onConnected()
{
    // The greeting comes first; the login goes out once it is there (see onReadable).
    setState(State::LoggingIn);
}

void AmiConnection::onLost(const QString& message)
{
    if (!m_socket)
        return;
    m_connectTimeout.stop();
    dropSocket();
    failAll(message);
    if (m_state == State::Refused || !m_wanted)
        return; // a refused login is not tried again by itself
    setState(State::Down, message);
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, MaxBackoffMs);
}

QString AmiConnection::sendRaw(const QString& action, const QList<QPair<QString, QString>>& headers)
{
    const QString id = u"qw-%1"_s.arg(++m_nextId);
    AmiMessage message;
    message.fields.append({u"Action"_s, action});
    message.fields.append({u"ActionID"_s, id});
    message.fields.append(headers);
    if (m_socket)
        m_socket->write(message.toBytes());
    return id;
}

void AmiConnection::send(const QString& action, const QList<QPair<QString, QString>>& headers, ReplyHandler handler,
                         int timeoutMs)
{
    if (m_state != State::Ready) {
        AmiReply reply;
        reply.error = m_state == State::Refused ? tr("%1 refused the login").arg(m_endpoint.describe())
                                                : tr("not connected to %1").arg(m_endpoint.describe());
        handler(reply);
        return;
    }
    const QString id = sendRaw(action, headers);
    m_pending.insert(id, Pending {std::move(handler), nowMs() + timeoutMs, false, {}});
}

void AmiConnection::login()
{
    const auto loggedIn = [this](const AmiReply& reply) {
        m_connectTimeout.stop();
        if (!reply.ok && reply.response.fields.isEmpty()) {
            onLost(reply.error); // no answer at all: a lost connection, not a refusal
            return;
        }
        if (!reply.ok) {
            // Asterisk closes the connection after a refused login; so do we, and stay refused.
            const QString message
                = tr("%1 refused the login: %2")
                      .arg(m_endpoint.describe(), reply.error.isEmpty() ? tr("no reason given") : reply.error);
            setState(State::Refused, message);
            dropSocket();
            return;
        }
        m_backoffMs = 1000;
        setState(State::Ready);
    };
    const auto answer = [this, loggedIn](const QList<QPair<QString, QString>>& headers) {
        const QString id = sendRaw(u"Login"_s, headers);
        m_pending.insert(id, Pending {loggedIn, nowMs() + ConnectTimeoutMs, false, {}});
    };
    if (m_endpoint.plainLogin) {
        answer({{u"Username"_s, m_endpoint.user}, {u"Secret"_s, m_secret}, {u"Events"_s, EventMask}});
        return;
    }
    const QString id = sendRaw(u"Challenge"_s, {{u"AuthType"_s, u"MD5"_s}});
    m_pending.insert(id,
                     Pending {[this, answer, loggedIn](const AmiReply& reply) {
                                  if (!reply.ok) {
                                      loggedIn(reply);
                                      return;
                                  }
                                  const QByteArray key = QCryptographicHash::hash(
                                      (reply.response.value(u"Challenge") + m_secret).toUtf8(),
                                      QCryptographicHash::Md5);
                                  answer({{u"AuthType"_s, u"MD5"_s},
                                          {u"Username"_s, m_endpoint.user},
                                          {u"Key"_s, QString::fromLatin1(key.toHex())},
                                          {u"Events"_s, EventMask}});
                              },
                              nowMs() + ConnectTimeoutMs,
                              false,
                              {}});
}

void AmiConnection::onReadable()
{
    if (!m_socket)
        return;
    const bool hadBanner = m_parser.hasBanner();
    QList<AmiMessage> messages;
    if (!m_parser.feed(m_socket->readAll(), messages)) {
        onLost(tr("%1 sent a message too large to be one").arg(m_endpoint.describe()));
        return;
    }
    if (!hadBanner && m_parser.hasBanner()) {
        if (!m_parser.banner().startsWith(u"Asterisk Call Manager"_s)) {
            onLost(tr("%1 is not an Asterisk manager interface (it said \"%2\")")
                       .arg(m_endpoint.describe(), m_parser.banner().left(80)));
            return;
        }
        login();
    }
    for (const AmiMessage& message : std::as_const(messages)) {
        dispatch(message);
        if (!m_socket)
            return; // a handler closed the connection
    }
}

void AmiConnection::dispatch(const AmiMessage& message)
{
    const QString id = message.actionId();
    const auto pending = id.isEmpty() ? m_pending.end() : m_pending.find(id);
    if (pending == m_pending.end()) {
        if (message.has(u"Event"))
            Q_EMIT event(message);
        return;
    }
    if (message.isResponse() && !pending->listing) {
        pending->reply.response = message;
        const QString response = message.value(u"Response");
        pending->reply.ok = response.compare(u"Success", Qt::CaseInsensitive) == 0
            || response.compare(u"Follows", Qt::CaseInsensitive) == 0
            || response.compare(u"Goodbye", Qt::CaseInsensitive) == 0;
        if (!pending->reply.ok)
            pending->reply.error = message.value(u"Message");
        if (pending->reply.ok && message.value(u"EventList").compare(u"start", Qt::CaseInsensitive) == 0) {
            pending->listing = true;
            return;
        }
        const AmiReply reply = pending->reply;
        finish(id, reply);
        return;
    }
    if (pending->listing
        && (message.value(u"EventList").compare(u"Complete", Qt::CaseInsensitive) == 0
            || message.eventName().endsWith(u"Complete"_s))) {
        const AmiReply reply = pending->reply;
        finish(id, reply);
        return;
    }
    pending->reply.events.append(message);
}

void AmiConnection::finish(const QString& id, const AmiReply& reply)
{
    const auto pending = m_pending.find(id);
    if (pending == m_pending.end())
        return;
    const ReplyHandler handler = std::move(pending->handler);
    m_pending.erase(pending);
    handler(reply);
}

void AmiConnection::failAll(const QString& message)
{
    const QHash<QString, Pending> pending = std::exchange(m_pending, {});
    for (const Pending& waiting : pending) {
        AmiReply reply;
        reply.error = message;
        waiting.handler(reply);
    }
}

void AmiConnection::checkDeadlines()
{
    const qint64 now = nowMs();
    QStringList late;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->deadline < now)
            late.append(it.key());
    }
    for (const QString& id : late) {
        AmiReply reply;
        reply.error = tr("%1 did not answer in time").arg(m_endpoint.describe());
        finish(id, reply);
    }
}

} // namespace qw
