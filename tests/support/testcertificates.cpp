#include "support/testcertificates.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace qw::test {

TestCertificates::TestCertificates()
    : m_dir(u"/tmp/qwtls-XXXXXX"_s)
{ }

bool TestCertificates::openssl(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2"_s.arg(arguments.value(0), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::makeAuthority(const QString& name, const QString& subject)
{
    return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                    u"-nodes"_s, u"-days"_s, u"3"_s, u"-subj"_s, subject, u"-keyout"_s, path(name + u".key"_s),
                    u"-out"_s, path(name + u".pem"_s)});
}

bool TestCertificates::makeSigned(const QString& name, const QString& subject, const QString& extensions)
{
    const QString extensionFile = path(name + u".ext"_s);
    QFile file(extensionFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(extensions.toUtf8()) < 0) {
        m_error = u"cannot write "_s + extensionFile;
        return false;
    }
    file.close();
    return openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                    u"-subj"_s, subject, u"-keyout"_s, path(name + u".key"_s), u"-out"_s, path(name + u".csr"_s)})
        && openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(name + u".csr"_s), u"-CA"_s, caFile(), u"-CAkey"_s,
                    path(u"ca.key"_s), u"-CAcreateserial"_s, u"-days"_s, u"3"_s, u"-extfile"_s, extensionFile,
                    u"-out"_s, path(name + u".pem"_s)});
}

bool TestCertificates::create()
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return false;
    }
    return makeAuthority(u"ca"_s, u"/CN=QueueWatch test authority"_s)
        && makeAuthority(u"other-ca"_s, u"/CN=Some other authority"_s)
        && makeSigned(u"server"_s, u"/CN=127.0.0.1"_s, u"subjectAltName=IP:127.0.0.1\n"_s)
        && makeSigned(u"client"_s, u"/CN=queuewatch supervisor"_s, u"extendedKeyUsage=clientAuth\n"_s);
}

} // namespace qw::test
