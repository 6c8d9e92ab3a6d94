// Time zones: command-line times read as wall clocks in a zone (earlier reading in DST gaps
// and overlaps, fine-print 23) and the local hour/day/weekday of instants. Expected instants are
// written as UTC dates and turned into epochs by QDateTime, independently of the code tested.
#include "time/zonetime.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
qint64 utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
}
qint64 wall(int year, int month, int day, int hour, int minute = 0)
{
    return utc(year, month, day, hour, minute); // a wall clock's reading, counted like UTC
}
const QTimeZone Rome("Europe/Rome");
const QTimeZone StJohns("America/St_Johns"); // UTC-3:30 in winter
} // namespace

class TestZoneTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wallClock_data();
    void wallClock();
    void arguments_data();
    void arguments();
    void localHours();
    void startOfDay();
};

void TestZoneTime::wallClock_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("wallSeconds");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("utc") << "UTC"_ba << wall(2026, 11, 2, 9) << utc(2026, 11, 2, 9);
    QTest::addRow("rome winter") << "Europe/Rome"_ba << wall(2026, 11, 2, 9) << utc(2026, 11, 2, 8);
    QTest::addRow("rome summer") << "Europe/Rome"_ba << wall(2026, 7, 1, 9) << utc(2026, 7, 1, 7);
    // 2026-03-29 02:00 -> 03:00 in Rome: 02:30 does not exist. The readings are 00:30Z (as if
    // CET were still in force) and 01:30Z; the earlier is taken.
    QTest::addRow("rome gap") << "Europe/Rome"_ba << wall(2026, 3, 29, 2, 30) << utc(2026, 3, 29, 0, 30);
    // 2026-10-25 03:00 -> 02:00: 02:30 happens at 00:30Z and again at 01:30Z.
    QTest::addRow("rome overlap") << "Europe/Rome"_ba << wall(2026, 10, 25, 2, 30) << utc(2026, 10, 25, 0, 30);
    QTest::addRow("st johns half hour") << "America/St_Johns"_ba << wall(2026, 11, 2, 9) << utc(2026, 11, 2, 12, 30);
}

void TestZoneTime::wallClock()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, wallSeconds);
    QFETCH(qint64, expected);
    QCOMPARE(qw::wallClockToUtc(wallSeconds, QTimeZone(zone)), expected);
}

void TestZoneTime::arguments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("epoch") << u"1795495859"_s << "Europe/Rome"_ba << qint64(1795495859);
    QTest::addRow("date is midnight") << u"2026-11-02"_s << "Europe/Rome"_ba << utc(2026, 11, 1, 23);
    QTest::addRow("date time in zone") << u"2026-11-02T09:15:00"_s << "Europe/Rome"_ba << utc(2026, 11, 2, 8, 15);
    QTest::addRow("explicit Z") << u"2026-11-02T09:15:00Z"_s << "Europe/Rome"_ba << utc(2026, 11, 2, 9, 15);
    QTest::addRow("explicit offset") << u"2026-11-02T09:15:00+05:00"_s << "Europe/Rome"_ba << utc(2026, 11, 2, 4, 15);
}

void TestZoneTime::arguments()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, zone);
    QFETCH(qint64, expected);
    QCOMPARE(qw::parseTimeArgument(text, QTimeZone(zone)), std::optional<qint64>(expected));
    QVERIFY(!qw::parseTimeArgument(u"yesterday"_s, QTimeZone(zone)));
    QVERIFY(!qw::parseTimeArgument(u"-5"_s, QTimeZone(zone)));
    QVERIFY(!qw::parseTimeArgument(QString(), QTimeZone(zone)));
}

void TestZoneTime::localHours()
{
    const qw::LocalCalendar rome(Rome, utc(2026, 3, 28, 0), utc(2026, 3, 31, 0));
    QCOMPARE(rome.hourOf(utc(2026, 3, 29, 0, 59)), 1); // CET, +1
    QCOMPARE(rome.hourOf(utc(2026, 3, 29, 1, 0)), 3); // CEST, +2: 02:xx never shows
    QCOMPARE(rome.dateOf(utc(2026, 3, 28, 23, 30)), QDate(2026, 3, 29));
    QCOMPARE(rome.weekdayOf(utc(2026, 3, 28, 23, 30)), 7); // Sunday the 29th in Rome
    QCOMPARE(rome.weekdayOf(utc(2026, 3, 28, 22, 30)), 6);

    const qw::LocalCalendar stJohns(StJohns, utc(2026, 11, 1, 0), utc(2026, 11, 3, 0));
    QCOMPARE(stJohns.hourOf(utc(2026, 11, 2, 12, 29)), 8); // 08:59 local
    QCOMPARE(stJohns.hourOf(utc(2026, 11, 2, 12, 30)), 9);

    // Outside the precomputed range the zone is asked directly: same answers.
    QCOMPARE(rome.hourOf(utc(2026, 7, 1, 10)), 12);
}

void TestZoneTime::startOfDay()
{
    const qw::LocalCalendar rome(Rome, utc(2026, 3, 28, 0), utc(2026, 11, 3, 0));
    QCOMPARE(rome.startOfDay(utc(2026, 3, 29, 12)), utc(2026, 3, 28, 23)); // midnight CET
    QCOMPARE(rome.startOfDay(utc(2026, 3, 30, 12)), utc(2026, 3, 29, 22)); // midnight CEST
    QCOMPARE(rome.startOfDay(utc(2026, 3, 29, 22, 30)), utc(2026, 3, 29, 22)); // 00:30 on the 30th
}

QTEST_GUILESS_MAIN(TestZoneTime)
#include "tst_zonetime.moc"
