#include "secrets/secretstore.h"

#include <QTimer>

#ifdef QUEUEWATCH_HAS_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace qw {

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
#ifndef QUEUEWATCH_HAS_KEYCHAIN
    m_unavailableReason = tr("this build of QueueWatch has no keychain support");
#endif
}

SecretStore::~SecretStore() = default;

void SecretStore::failed(const QString& reason)
{
    if (m_unavailableReason.isEmpty())
        m_unavailableReason = reason.isEmpty() ? tr("no reason given") : reason;
    if (m_told)
        return;
    m_told = true;
    Q_EMIT unavailable(tr("The system keychain cannot be reached (%1). Passwords are kept for this session only; "
                          "QUEUEWATCH_DB_PASSWORD and QUEUEWATCH_AMI_SECRET still work. Start a keychain service "
                          "(GNOME Keyring, KWallet) to have them remembered.")
                           .arg(m_unavailableReason));
}

void SecretStore::finishedOne()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

#ifdef QUEUEWATCH_HAS_KEYCHAIN

namespace {
// Whether a job's error means the keychain itself is out of reach (rather than "no such entry").
bool keychainUnreachable(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry: // nothing there to delete
        return false;
    default:
        return true;
    }
}
} // namespace

void SecretStore::read(const QString& key, std::function<void(const QString&)> done)
{
    if (!isAvailable()) {
        // Answered after the caller has returned, as a real read would be.
        QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(Service, this); // deletes itself when finished
    job->setKey(key);
    job->setInsecureFallback(false);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job* finished) {
        const auto* reader = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (keychainUnreachable(*reader))
            failed(reader->errorString());
        done(reader->error() == QKeychain::NoError ? reader->textData() : QString());
        finishedOne();
    });
    job->start();
}

void SecretStore::write(const QString& key, const QString& secret)
{
    if (!isAvailable())
        return;
    auto* job = new QKeychain::WritePasswordJob(Service, this);
    job->setTextData(secret);
    start(job, key);
}

void SecretStore::forget(const QString& key)
{
    if (isAvailable())
        start(new QKeychain::DeletePasswordJob(Service, this), key);
}

void SecretStore::start(QKeychain::Job* job, const QString& key)
{
    job->setKey(key);
    job->setInsecureFallback(false);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        if (keychainUnreachable(*finished))
            failed(finished->errorString());
        finishedOne();
    });
    job->start();
}

#else // a build without QtKeychain: nothing is ever remembered, and the user is told once

void SecretStore::read(const QString&, std::function<void(const QString&)> done)
{
    QTimer::singleShot(0, this, [this, done = std::move(done)] {
        failed({});
        done({});
    });
}

void SecretStore::write(const QString&, const QString&)
{
    failed({});
}

void SecretStore::forget(const QString&)
{ }

#endif

} // namespace qw
