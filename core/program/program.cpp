#include "program/program.h"

#include "i18n/translations.h"
#include "settings/appsettings.h"

#include <QCommandLineParser>
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

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(languageOption());
}

std::optional<int> readCommandLine(QCommandLineParser& parser, const QString& command, int badArguments)
{
    // parse(), not process(): process() ends a bad command line with status 1, and the programs
    // promise 2 ("bad arguments") in their --help.
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << command << ": " << parser.errorText() << '\n';
        return badArguments;
    }
    if (parser.isSet(u"help-all"_s))
        parser.process(QCoreApplication::arguments()); // prints the help with Qt's options, exits 0
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << command << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    return std::nullopt;
}

QString sharedDataFile(const QString& fileName)
{
    // Not AppDataLocation: that one differs per program, and the window and queuewatch-action
    // must write one audit log.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"QueueWatch/"_s + fileName);
}

} // namespace qw
