#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace qw {

void installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app); // lives as long as the application
    const QString directory = u":/i18n"_s;
    if (translator->load(QLocale(), u"queuewatch"_s, u"_"_s, directory)
        || translator->load(u"queuewatch_en"_s, directory))
        QCoreApplication::installTranslator(translator);
}

} // namespace qw
