#include "program/program.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace qw {

QString queueWatchVersion()
{
    return QStringLiteral(QUEUEWATCH_VERSION);
}

void setUpProgram(QCoreApplication& app, const QString& programName)
{
    QCoreApplication::setOrganizationName(u"QueueWatch"_s);
    QCoreApplication::setApplicationName(programName);
    QCoreApplication::setApplicationVersion(queueWatchVersion());
    installTranslations(app);
}

QString sharedDataFile(const QString& fileName)
{
    // Not AppDataLocation: that one differs per program, and the window and queuewatch-action
    // must write one audit log.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"QueueWatch/"_s + fileName);
}

} // namespace qw
