#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace qw {

// A language QueueWatch ships: its code ("de", "pt_BR") and its name in itself ("Deutsch").
struct Language
{
    QString code;
    QString nativeName;
};

// English first, then every translation built into the programs (translations/*.ts).
QList<Language> availableLanguages();
bool isAvailableLanguage(const QString& code);

// The language a program runs in: `--language CODE` (or --language=CODE) among `arguments`,
// else `saved` (the user's choice in the window), else empty: the system's language.
QString chosenLanguage(const QStringList& arguments, const QString& saved);

// Installs QueueWatch's translation and Qt's own (dialog buttons, file dialogs) for `code`, or
// for the system's language when `code` is empty, replacing any installed before. A chosen
// language also becomes the default locale, so numbers and dates follow it. English is the
// fallback: its file only supplies the plural forms ("1 call", "2 calls") that the sources
// write as "call(s)". False when `code` is not a language QueueWatch has.
bool installTranslations(QCoreApplication& app, const QString& code = {});

} // namespace qw
