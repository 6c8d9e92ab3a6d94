#pragma once

#include <optional>
#include <QCommandLineOption>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QCoreApplication;

namespace qw {

// QueueWatch's version, from the project's one version in CMakeLists.txt.
QString queueWatchVersion();

// What every QueueWatch program does first: its name and the project's version (for --version,
// QSettings and the About box) and the translation for the language chosen with --language,
// else picked in the window (QSettings), else the system's.
void setUpProgram(QCoreApplication& app, const QString& programName);

// A file every QueueWatch program of this user shares (the audit log, the member names the
// managers taught): in the user's data folder under QueueWatch/, whichever program writes it.
QString sharedDataFile(const QString& fileName);

// `--language CODE`, for every program's parser (setUpProgram has already acted on it).
QCommandLineOption languageOption();
QStringList languageCodes(); // "en", "it", ...

// The options every program has, first in its --help: --help (and --help-all), --version,
// --language.
void addCommonOptions(QCommandLineParser& parser);
// Reads the command line. Returns the exit status when the program has nothing more to do: 0
// once --help, --help-all or --version has printed its text; `badArguments` once an unknown
// option or a missing value has been named on standard error as "command: message". Returns
// nothing when the program should go on.
std::optional<int> readCommandLine(QCommandLineParser& parser, const QString& command, int badArguments = 2);

} // namespace qw
