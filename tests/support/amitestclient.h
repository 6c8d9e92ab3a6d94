#pragma once

#include <memory>
#include <optional>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QTcpSocket;

namespace qw::test {

// One message of the Asterisk Manager Interface: "Key: Value" lines ending with a blank line.
struct AmiMessage
{
    QList<QPair<QString, QString>> fields;

    QString value(const QString& key) const;
    bool isEvent(const QString& name) const { return value(QStringLiteral("Event")) == name; }
};

// A small blocking AMI client for tests: it checks QueueWatch against what a real Asterisk says,
// so it shares no code with QueueWatch's own manager connection. Actions carry an ActionID; a
// list action's events are collected up to its "...Complete" event; anything else received
// meanwhile is kept as an unsolicited event.
class AmiTestClient
{
public:
    struct Reply
    {
        AmiMessage response;
        QList<AmiMessage> events; // of a list action, in order
        bool success() const { return response.value(QStringLiteral("Response")) == QStringLiteral("Success"); }
    };

    AmiTestClient();
    ~AmiTestClient();

    // Connects, reads the banner and logs in with a plain secret; false with errorString().
    bool login(quint16 port, const QString& user, const QString& secret, int timeoutMs = 10000);
    std::optional<Reply> action(const QString& name, const QList<QPair<QString, QString>>& headers = {},
                                int timeoutMs = 15000);
    // Waits until an unsolicited event with this name arrives (or is already there); takes it.
    std::optional<AmiMessage> waitForEvent(const QString& name, int timeoutMs = 15000);

    QString errorString() const { return m_error; }

private:
    std::optional<AmiMessage> readMessage(int timeoutMs);

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QList<AmiMessage> m_unsolicited;
    int m_nextId = 0;
    QString m_error;
};

} // namespace qw::test
