// The built-in translations: English supplies the plural forms the sources write as "(s)".
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishPlurals()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        qw::installTranslations(*QCoreApplication::instance());
        const char* source = "%n call(s) lost: no end within 4 hours of entering the queue; not counted.";
        QCOMPARE(QCoreApplication::translate("qw::ReportBuilder", source, nullptr, 1),
                 u"1 call lost: no end within 4 hours of entering the queue; not counted."_s);
        QCOMPARE(QCoreApplication::translate("qw::ReportBuilder", source, nullptr, 3),
                 u"3 calls lost: no end within 4 hours of entering the queue; not counted."_s);
        // A string without plural forms is left as written.
        QCOMPARE(QCoreApplication::translate("qw::ReportTables", "Answered"), u"Answered"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
