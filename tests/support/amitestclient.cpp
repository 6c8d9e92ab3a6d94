#include "support/amitestclient.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace qw::test {

QString AmiMessage::value(const QString& key) const
{
    for (const auto& [name, text] : fields) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return text;
    }
    return {};
}

AmiTestClient::AmiTestClient()
    : m_socket(std::make_unique<QTcpSocket>())
{ }

AmiTestClient::~AmiTestClient() = default;

bool AmiTestClient::login(quint16 port, const QString& user, const QString& secret, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    m_socket->connectToHost(u"127.0.0.1"_s, port);
    if (!m_socket->waitForConnected(int(deadline.remainingTime()))) {
        m_error = u"cannot connect to the manager on port %1: %2"_s.arg(port).arg(m_socket->errorString());
        return false;
    }
    // The banner is one line of its own ("Asterisk Call Manager/11.0.0").
    while (!m_buffer.contains("\r\n")) {
        if (!m_socket->waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = u"no manager banner"_s;
            return false;
        }
        m_buffer += m_socket->readAll();
    }
    m_buffer.remove(0, m_buffer.indexOf("\r\n") + 2);
    const auto reply
        = action(u"Login"_s, {{u"Username"_s, user}, {u"Secret"_s, secret}}, int(deadline.remainingTime()));
    if (!reply || !reply->success()) {
        m_error = u"login refused: %1"_s.arg(reply ? reply->response.value(u"Message"_s) : m_error);
        return false;
    }
    return true;
}

std::optional<AmiMessage> AmiTestClient::readMessage(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            AmiMessage message;
            for (const QByteArray& line : m_buffer.first(end).split('\n')) {
                const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
                const qsizetype colon = trimmed.indexOf(':');
                if (colon > 0)
                    message.fields.append({QString::fromUtf8(trimmed.first(colon)),
                                           QString::fromUtf8(trimmed.sliced(colon + 1)).trimmed()});
            }
            m_buffer.remove(0, end + 4);
            return message;
        }
        if (deadline.hasExpired() || !m_socket->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            m_error = u"no answer from the manager"_s;
            return std::nullopt;
        }
        m_buffer += m_socket->readAll();
    }
}

std::optional<AmiTestClient::Reply> AmiTestClient::action(const QString& name,
                                                          const QList<QPair<QString, QString>>& headers, int timeoutMs)
{
    const QString id = u"qwtest-%1"_s.arg(++m_nextId);
    QByteArray text = "Action: " + name.toUtf8() + "\r\nActionID: " + id.toUtf8() + "\r\n";
    for (const auto& [key, value] : headers)
        text += key.toUtf8() + ": " + value.toUtf8() + "\r\n";
    text += "\r\n";
    m_socket->write(text);
    m_socket->flush();

    const QDeadlineTimer deadline(timeoutMs);
    Reply reply;
    bool responded = false;
    bool listing = false;
    for (;;) {
        const std::optional<AmiMessage> message = readMessage(int(deadline.remainingTime()));
        if (!message)
            return std::nullopt;
        if (message->value(u"ActionID"_s) != id) {
            m_unsolicited.append(*message);
            continue;
        }
        if (!responded && !message->value(u"Response"_s).isEmpty()) {
            reply.response = *message;
            responded = true;
            listing = message->value(u"EventList"_s).compare(u"start"_s, Qt::CaseInsensitive) == 0;
            if (!listing)
                return reply;
            continue;
        }
        if (listing
            && (message->value(u"EventList"_s).compare(u"Complete"_s, Qt::CaseInsensitive) == 0
                || message->value(u"Event"_s).endsWith(u"Complete"_s)))
            return reply;
        reply.events.append(*message);
    }
}

std::optional<AmiMessage> AmiTestClient::waitForEvent(const QString& name, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (qsizetype i = 0; i < m_unsolicited.size(); ++i) {
            if (m_unsolicited[i].isEvent(name))
                return m_unsolicited.takeAt(i);
        }
        const std::optional<AmiMessage> message = readMessage(int(deadline.remainingTime()));
        if (!message)
            return std::nullopt;
        m_unsolicited.append(*message);
    }
}

} // namespace qw::test
