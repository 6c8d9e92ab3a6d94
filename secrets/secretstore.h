#pragma once

#include <functional>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace qw {

// Remembered passwords in the operating system's keychain: the Secret Service (GNOME Keyring,
// KWallet) on Linux, the Credential Manager on Windows. Never in QSettings or any file of ours:
// QtKeychain's plain-text fallback stays off. Every call is asynchronous (a locked keyring may
// ask its owner first) and answers in this object's thread.
//
// When no keychain can be reached (no service running, no session bus, a build without
// QtKeychain), the store says so once with unavailable() and stops trying for this run: callers
// go on with the session's password and the environment variables.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static inline const QString Service = QStringLiteral("QueueWatch");

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    // `done` gets the stored secret, or an empty string when there is none or no keychain.
    void read(const QString& key, std::function<void(const QString&)> done);
    void write(const QString& key, const QString& secret);
    void forget(const QString& key);

    bool isAvailable() const { return m_unavailableReason.isEmpty(); }
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    // The first time the keychain cannot be reached this run, with what to do instead.
    void unavailable(const QString& message);
    // Every job asked for so far has finished (tests and a clean exit wait for it).
    void idle();

private:
    void start(QKeychain::Job* job, const QString& key); // a write or delete job, counted until done
    void failed(const QString& reason);
    void finishedOne();

    QString m_unavailableReason;
    bool m_told = false;
    int m_pending = 0;
};

} // namespace qw
