#pragma once

#include <QCoreApplication>
#include <QString>

namespace qw {

// Every supervisor action is written down: when, by which user of the computer, on which server,
// what, on whom, and how it ended. One tab-separated line each, appended to a file in the
// application's data folder (or the one given), so nothing done to an agent goes unrecorded.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(qw::AuditLog)
public:
    explicit AuditLog(QString path = defaultPath());

    static QString defaultPath(); // <user data>/QueueWatch/audit.log, shared by every program
    const QString& path() const { return m_path; }

    // False (with errorString()) when the line could not be written.
    bool append(const QString& server, const QString& action, const QString& target, const QString& result);
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace qw
