// The built-in translations: English supplies the plural forms the sources write as "(s)".
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

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

    // Every "(s)" string the sources write has both English forms filled in, so a user never
    // reads "1 row(s)" (lupdate adds new plural strings unfinished).
    void everyEnglishPluralIsWritten()
    {
        QFile file(QStringLiteral(QUEUEWATCH_TRANSLATIONS_DIR "/queuewatch_en.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString source;
        bool plural = false;
        int pluralMessages = 0;
        QStringList unwritten;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"message") {
                plural = xml.attributes().value(u"numerus"_s) == u"yes";
                pluralMessages += plural ? 1 : 0;
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (plural && xml.name() == u"numerusform") {
                const QString form = xml.readElementText();
                if (form.trimmed().isEmpty() || form.contains(u"(s)"_s))
                    unwritten.append(source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(pluralMessages > 10);
        unwritten.removeDuplicates();
        QVERIFY2(unwritten.isEmpty(), qPrintable(unwritten.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
