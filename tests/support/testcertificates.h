#pragma once

#include <QString>
#include <QTemporaryDir>

namespace qw::test {

// Certificates for TLS tests, made with the openssl command in a temporary folder: a test
// authority, a server certificate for 127.0.0.1 signed by it, a client certificate signed by
// it, and a second authority that signed nothing (the "wrong CA"). EC keys: quick to make.
class TestCertificates
{
public:
    TestCertificates();
    bool create();
    QString errorString() const { return m_error; }

    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString otherCaFile() const { return path(QStringLiteral("other-ca.pem")); }
    QString serverCertificate() const { return path(QStringLiteral("server.pem")); }
    QString serverKey() const { return path(QStringLiteral("server.key")); }
    QString clientCertificate() const { return path(QStringLiteral("client.pem")); }
    QString clientKey() const { return path(QStringLiteral("client.key")); }

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList& arguments);
    bool makeAuthority(const QString& name, const QString& subject);
    bool makeSigned(const QString& name, const QString& subject, const QString& extensions);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace qw::test
