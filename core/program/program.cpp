#include "program/program.h"

#include "i18n/translations.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

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
    // Before any option is parsed, so --help is in the chosen language too.
    const QString code = chosenLanguage(QCoreApplication::arguments(), AppSettings().language());
    if (!installTranslations(app, code)) {
        installTranslations(app);
        QTextStream(stderr) << QCoreApplication::translate("qw::Program",
                                                           "QueueWatch has no translation for \"%1\"; it has %2.")
                                   .arg(code, languageCodes().join(u", "_s))
                            << '\n';
    }
}

QStringList languageCodes()
{
    QStringList codes;
    for (const Language& language : availableLanguages())
        codes.append(language.code);
    return codes;
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        u"language"_s,
        QCoreApplication::translate("qw::Program", "The language to speak: %1 (default: the system's).")
            .arg(languageCodes().join(u", "_s)),
        QCoreApplication::translate("qw::Program", "code"));
}

QString sharedDataFile(const QString& fileName)
{
    // Not AppDataLocation: that one differs per program, and the window and queuewatch-action
    // must write one audit log.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"QueueWatch/"_s + fileName);
}

} // namespace qw
