#include "i18n/translations.h"

#include <functional>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
const QString InstalledName = u"qw-translator"_s; // marks the translators installed here
const QString BuiltIn = u":/i18n"_s; // where the build puts the compiled translations

// The languages are the translations built into the program, so that translations/CMakeLists.txt
// names them once: English (the source language) first, then the others by code.
const QStringList& codes()
{
    static const QStringList list = [] {
        const QString prefix = u"queuewatch_"_s;
        const QString suffix = u".qm"_s;
        QStringList found {u"en"_s};
        for (const QString& file : QDir(BuiltIn).entryList({prefix + u'*' + suffix}, QDir::Files, QDir::Name)) {
            const QString code = file.sliced(prefix.size(), file.size() - prefix.size() - suffix.size());
            if (!found.contains(code))
                found.append(code);
        }
        return found;
    }();
    return list;
}
} // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages;
    for (const QString& code : codes()) {
        QString name = QLocale(code).nativeLanguageName();
        if (code == u"pt_BR")
            name += u" (Brasil)"_s;
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "italiano" → "Italiano", as a menu lists it
        languages.append({code, name});
    }
    return languages;
}

bool isAvailableLanguage(const QString& code)
{
    return codes().contains(code);
}

QString chosenLanguage(const QStringList& arguments, const QString& saved)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"--")
            break;
        if ((argument == u"--language" || argument == u"-language") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (argument.startsWith(u"--language="))
            return argument.sliced(11);
    }
    return saved;
}

bool installTranslations(QCoreApplication& app, const QString& code)
{
    if (!code.isEmpty() && !isAvailableLanguage(code))
        return false;
    for (QTranslator* old : app.findChildren<QTranslator*>(InstalledName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    const auto install = [&app](const std::function<bool(QTranslator&)>& load) {
        auto* translator = new QTranslator(&app); // lives as long as the application
        translator->setObjectName(InstalledName);
        if (load(*translator))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    install([&](QTranslator& t) {
        return t.load(locale, u"queuewatch"_s, u"_"_s, BuiltIn) || t.load(u"queuewatch_en"_s, BuiltIn);
    });
    // Qt's own strings, from the Qt installation (Debian: qt6-translations-l10n).
    install([&](QTranslator& t) {
        return t.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    return true;
}

} // namespace qw
