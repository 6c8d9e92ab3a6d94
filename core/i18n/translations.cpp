#include "i18n/translations.h"

#include <functional>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
const QStringList Codes {u"en"_s, u"it"_s, u"de"_s, u"es"_s, u"fr"_s, u"pt_BR"_s};
const QString InstalledName = u"qw-translator"_s; // marks the translators installed here
} // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages;
    for (const QString& code : Codes) {
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
    return Codes.contains(code);
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
    const QString ours = u":/i18n"_s;
    install([&](QTranslator& t) {
        return t.load(locale, u"queuewatch"_s, u"_"_s, ours) || t.load(u"queuewatch_en"_s, ours);
    });
    // Qt's own strings, from the Qt installation (Debian: qt6-translations-l10n).
    install([&](QTranslator& t) {
        return t.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    return true;
}

} // namespace qw
