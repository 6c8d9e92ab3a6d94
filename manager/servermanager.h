#pragma once

#include "amiconnection.h"
#include "live/serverpicture.h"

#include <QObject>
#include <QTimer>

namespace qw {

// One server's manager interface and the picture of its queues kept current from it, in the
// thread it lives in. On login it asks QueueStatus for every member and caller; member and caller
// events keep the picture current between those; a fresh QueueStatus follows callers joining or
// leaving (their places shift) and comes every minute anyway, so a missed event cannot linger.
class ServerManager : public QObject
{
    Q_OBJECT
public:
    static constexpr int ResyncMs = 60000;
    static constexpr int CallerResyncMs = 500;

    ServerManager(QString partition, AmiEndpoint endpoint, QString secret, QObject* parent = nullptr);

    void start();
    void stop();
    const ServerPicture& picture() const { return m_picture; }
    AmiConnection& connection() { return m_connection; }

Q_SIGNALS:
    void pictureChanged(const qw::ServerPicture& picture);

private:
    void onState(AmiConnection::State state, const QString& message);
    void onEvent(const AmiMessage& message);
    void resync();
    void changed();
    ManagedMember* memberOf(const QString& queue, const QString& interface);

    AmiConnection m_connection;
    ServerPicture m_picture;
    QTimer m_resync;
    QTimer m_callerResync;
    bool m_resyncing = false;
};

// A member or caller as a QueueStatus event or a member event describes it.
ManagedMember memberFromEvent(const AmiMessage& message);
ManagedCaller callerFromEntry(const AmiMessage& message, qint64 now);

} // namespace qw
