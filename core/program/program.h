#pragma once

#include <QString>

class QCoreApplication;

namespace qw {

// QueueWatch's version, from the project's one version in CMakeLists.txt.
QString queueWatchVersion();

// What every QueueWatch program does first: its name and the project's version (for --version,
// QSettings and the About box) and the translation for the user's language.
void setUpProgram(QCoreApplication& app, const QString& programName);

} // namespace qw
