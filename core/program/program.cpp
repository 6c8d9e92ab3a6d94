#include "program/program.h"

#include "i18n/translations.h"

#include <QCoreApplication>

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

} // namespace qw
