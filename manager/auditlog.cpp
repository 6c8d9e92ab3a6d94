#include "auditlog.h"

#include "program/program.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
QString osUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

// A field may not break the line or the columns.
QString field(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}
} // namespace

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{ }

QString AuditLog::defaultPath()
{
    return sharedDataFile(u"audit.log"_s);
}

bool AuditLog::append(const QString& server, const QString& action, const QString& target, const QString& result)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        m_error = tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QString line = QStringList {QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                                      field(osUser()),
                                      field(server),
                                      field(action),
                                      field(target),
                                      field(result)}
                             .join(u'\t')
        + u'\n';
    if (file.write(line.toUtf8()) < 0 || !file.flush()) {
        m_error = tr("Cannot write the audit log %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace qw
