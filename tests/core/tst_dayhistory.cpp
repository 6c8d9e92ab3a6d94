// The queue chart's day history, built by LiveState from queue_log lines: peaks of callers
// waiting per interval, and a running service level that ends where the queue table's does.
#include "live/livestate.h"
#include "parsing/queuelogparser.h"
#include "pipeline/eventrewriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Start = 1'700'000'000 - 1'700'000'000 % 900; // an interval boundary

class DayHistoryTest : public QObject
{
    Q_OBJECT

private:
    // Feeds "offset|callid|queue|agent|verb|data..." lines, offsets in seconds after Start.
    static qw::LiveState stateFrom(const QList<QByteArray>& lines)
    {
        const qw::SourceSpec spec = std::get<qw::SourceSpec>(qw::SourceSpec::parse(u"sql:A"_s));
        qw::LiveState state(spec, Start, 20);
        qw::QueueLogParser parser(u"A"_s);
        qw::EventRewriter rewriter(spec, 0);
        qint64 number = 0;
        for (const QByteArray& line : lines) {
            const qsizetype bar = line.indexOf('|');
            const QByteArray absolute = QByteArray::number(Start + line.left(bar).toLongLong()) + line.mid(bar);
            auto result = parser.parse(absolute, ++number);
            auto* event = std::get_if<qw::QueueLogEvent>(&result);
            if (!event)
                qFatal("bad test line %s", line.constData());
            qw::ClusterEvent out;
            if (rewriter.rewrite(std::move(*event), out))
                state.apply(out);
        }
        return state;
    }

private Q_SLOTS:
    void peaksAndServiceLevelPerInterval()
    {
        qw::LiveState state = stateFrom({
            // First interval: two callers on support at once, one answered late (40 s).
            "10|c1|support|NONE|ENTERQUEUE||111|1",
            "20|c2|support|NONE|ENTERQUEUE||222|2",
            "50|c1|support|Agent/1|CONNECT|40|c1.1|3",
            "60|c2|support|NONE|ABANDON|1|2|40",
            // Second interval: one sales caller answered in 5 s, and a third support caller
            // who is still waiting at the end.
            "1000|c3|sales|NONE|ENTERQUEUE||333|1",
            "1005|c3|sales|Agent/2|CONNECT|5|c3.1|2",
            "1100|c1|support|Agent/1|COMPLETECALLER|40|1050|1",
            "1200|c4|support|NONE|ENTERQUEUE||444|1",
        });
        const qw::LiveSnapshot snap = state.snapshot(Start + 1300);
        QCOMPARE(snap.historyInterval, 900);

        const QList<qw::HistoryPoint> support = snap.history.value(u"support"_s);
        QCOMPARE(support.size(), 2);
        QCOMPARE(support[0].start, Start);
        QCOMPARE(support[1].start, Start + 900);
        QCOMPARE(support[0].peakWaiting, 2);
        QCOMPARE(support[1].peakWaiting, 1); // c4 only: c1 and c2 left in the first interval
        // c2 abandoned after 40 s: counted, not within SL; c1 answered after 40 s ends at 1100.
        QCOMPARE(support[0].todaySoFar.offered, 1);
        QCOMPARE(support[0].todaySoFar.unanswered, 1);
        QCOMPARE(support[1].todaySoFar.offered, 2);
        QCOMPARE(support[1].todaySoFar.answered, 1);
        QCOMPARE(support[1].todaySoFar.serviceLevel(), snap.queues.value(u"support"_s).today.serviceLevel());

        const QList<qw::HistoryPoint> sales = snap.history.value(u"sales"_s);
        QCOMPARE(sales.size(), 2); // from the window start, even before its first caller
        QCOMPARE(sales[0].peakWaiting, 0);
        QCOMPARE(sales[1].peakWaiting, 1);
        // c3 is still talking: a stint counts once it has ended, like the table's SL today.
        QCOMPARE(sales[1].todaySoFar.offered, 0);
        QVERIFY(!sales[1].todaySoFar.serviceLevel());

        // The whole centre: peaks are of the sum, not sums of peaks.
        const QList<qw::HistoryPoint> all = snap.history.value(QString());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].peakWaiting, 2);
        QCOMPARE(all[1].peakWaiting, 1); // c3 left before c4 came
        QCOMPARE(all[1].todaySoFar.offered, 2);
    }

    void quietIntervalsCarryTheDaySoFarAndDropStaleCallers()
    {
        qw::LiveState state = stateFrom({
            "10|c1|support|NONE|ENTERQUEUE||111|1", "15|c1|support|Agent/1|CONNECT|5|c1.1|3",
            "30|c1|support|Agent/1|COMPLETEAGENT|5|15|1",
            "100|c2|support|NONE|ENTERQUEUE||222|1", // never ends
        });
        const qw::LiveSnapshot snap = state.snapshot(Start + 4 * 900 + 10);
        const QList<qw::HistoryPoint> support = snap.history.value(u"support"_s);
        QCOMPARE(support.size(), 5);
        // c2 counts until stale protection drops it (1000 s, at 1100: in the second interval).
        QCOMPARE(support[1].peakWaiting, 1);
        for (const qw::HistoryPoint& point : support.mid(1)) {
            if (point.start > Start + 900)
                QCOMPARE(point.peakWaiting, 0);
            QCOMPARE(point.todaySoFar.answered, 1);
            QCOMPARE(point.todaySoFar.serviceLevel(), std::optional<double>(1.0));
        }
    }
};

} // namespace

QTEST_GUILESS_MAIN(DayHistoryTest)
#include "tst_dayhistory.moc"
