#include "reports/wizard/periodpage.h"

#include "reports/wizard/wizardlabels.h"
#include "time/zonetime.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace qw {

namespace {

// The custom fields hold wall-clock readings of the chosen zone. They are kept in UTC so the
// machine's own DST rules never shift or refuse a reading.
QDateTime wallClock(qint64 epoch, const QTimeZone& zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(epoch, zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

qint64 instantOf(const QDateTime& wall, const QTimeZone& zone)
{
    return wallClockToUtc(wall.toSecsSinceEpoch(), zone);
}

QDateTimeEdit* makeDateTimeEdit(QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(PeriodPresets::localTimeFormat());
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

PeriodPage::PeriodPage(const ReportDefinition& start, ReportClock clock, QWidget* parent)
    : QWizardPage(parent)
    , m_clock(std::move(clock))
    , m_preset(new QComboBox(this))
    , m_from(makeDateTimeEdit(this))
    , m_to(makeDateTimeEdit(this))
    , m_zone(new QComboBox(this))
    , m_periodText(makeNoteLabel(this))
    , m_problem(makeProblemLabel(this))
{
    setTitle(tr("Period"));
    setSubTitle(tr("A named period such as \"Last week\" is worked out again each time a saved report runs."));

    for (int preset = int(PeriodPreset::Today); preset <= int(PeriodPreset::Custom); ++preset)
        m_preset->addItem(PeriodPresets::displayName(PeriodPreset(preset)), preset);
    m_preset->setCurrentIndex(m_preset->findData(int(start.preset)));

    m_zone->addItem(tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    if (!start.timeZone.isEmpty() && m_zone->findData(start.timeZone) < 0)
        m_zone->addItem(start.timeZone, start.timeZone); // valid, but not in this machine's list
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(start.timeZone)));

    const ReportPeriod initial = start.preset == PeriodPreset::Custom ? ReportPeriod {start.customFrom, start.customTo}
                                                                      : start.periodAt(clockNow(m_clock));
    setCustomFields(initial);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Period:"), m_preset);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Until (excluded):"), m_to);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(QString(), m_periodText);
    form->addRow(QString(), m_problem);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &PeriodPage::presetChanged);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &PeriodPage::presetChanged);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &PeriodPage::revalidate);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &PeriodPage::revalidate);
    presetChanged();
}

PeriodPreset PeriodPage::preset() const
{
    return PeriodPreset(m_preset->currentData().toInt());
}

QString PeriodPage::timeZoneId() const
{
    return m_zone->currentData().toString();
}

QTimeZone PeriodPage::zone() const
{
    const QString id = timeZoneId();
    return id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id.toUtf8());
}

qint64 PeriodPage::customFrom() const
{
    return instantOf(m_from->dateTime(), zone());
}

qint64 PeriodPage::customTo() const
{
    return instantOf(m_to->dateTime(), zone());
}

ReportPeriod PeriodPage::periodAt(qint64 now) const
{
    if (preset() == PeriodPreset::Custom)
        return {customFrom(), customTo()};
    return PeriodPresets::periodAt(preset(), now, zone());
}

bool PeriodPage::isComplete() const
{
    return m_problem->text().isEmpty();
}

void PeriodPage::setCustomFields(ReportPeriod period)
{
    m_from->setDateTime(wallClock(period.from, zone()));
    m_to->setDateTime(wallClock(period.to, zone()));
}

void PeriodPage::presetChanged()
{
    const bool custom = preset() == PeriodPreset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) // the fields show what the preset means, a starting point for a custom period
        setCustomFields(periodAt(clockNow(m_clock)));
    revalidate();
}

void PeriodPage::revalidate()
{
    const ReportPeriod period = periodAt(clockNow(m_clock));
    const QString problem = PeriodPresets::problemWith(period);
    showProblem(m_problem, problem);
    const QTimeZone zone = this->zone();
    m_periodText->setText(problem.isEmpty()
                              ? tr("From %1 until %2, %3 time.")
                                    .arg(PeriodPresets::localTimeText(period.from, zone),
                                         PeriodPresets::localTimeText(period.to, zone), QString::fromUtf8(zone.id()))
                              : QString());
    Q_EMIT completeChanged();
}

} // namespace qw
