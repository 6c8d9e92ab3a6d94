#pragma once

#include <QString>

class QCoreApplication;

namespace qw {

// QueueWatch's version, from the project's one version in CMakeLists.txt.
QString queueWatchVersion();

// What every QueueWatch program does first: its name and the project's version (for --version,
// QSettings and the About box) and the translation for the user's language.
void setUpProgram(QCoreApplication& app, const QString& programName);

// A file every QueueWatch program of this user shares (the audit log, the member names the
// managers taught): in the user's data folder under QueueWatch/, whichever program writes it.
QString sharedDataFile(const QString& fileName);

} // namespace qw
