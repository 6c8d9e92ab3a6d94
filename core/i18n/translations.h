#pragma once

class QCoreApplication;

namespace qw {

// Installs QueueWatch's translation for the user's language, built into the programs from
// translations/*.ts. English is the fallback: its file only supplies the plural forms
// ("1 call", "2 calls") that the source strings write as "call(s)".
void installTranslations(QCoreApplication& app);

} // namespace qw
