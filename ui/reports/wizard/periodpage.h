#pragma once

#include "reports/reportdefinition.h"

#include <QWizardPage>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace qw {

// Which period the report covers: a named preset (worked out again each time a saved
// definition runs) or fixed dates, and the time zone whose days and hours it counts in.
class PeriodPage : public QWizardPage
{
    Q_OBJECT
public:
    // `clock` says what "today", "this week" and "this month" mean (empty: the wall clock).
    explicit PeriodPage(const ReportDefinition& start, ReportClock clock = {}, QWidget* parent = nullptr);

    PeriodPreset preset() const;
    QString timeZoneId() const; // empty: the system's zone
    QTimeZone zone() const;
    qint64 customFrom() const; // epoch seconds of the custom fields in the chosen zone
    qint64 customTo() const;
    // The period the choices name at `now`, and at the page's clock's now.
    ReportPeriod periodAt(qint64 now) const;
    ReportPeriod currentPeriod() const { return periodAt(clockNow(m_clock)); }
    bool isComplete() const override;

    QComboBox* presetCombo() const { return m_preset; }
    QComboBox* zoneCombo() const { return m_zone; }
    QDateTimeEdit* fromEdit() const { return m_from; }
    QDateTimeEdit* toEdit() const { return m_to; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* periodLabel() const { return m_periodText; }

private:
    void presetChanged();
    void revalidate();
    void setCustomFields(ReportPeriod period);

    ReportClock m_clock;
    QComboBox* m_preset;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QComboBox* m_zone;
    QLabel* m_periodText;
    QLabel* m_problem;
};

} // namespace qw
