#include "reports/wizard/finishpage.h"

#include "reports/wizard/wizardlabels.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
constexpr int MaxSlThreshold = 86400; // as ReportDefinition accepts

constexpr qsizetype MaxNamesShown = 8; // more would swamp the summary

QString namesText(const QStringList& names)
{
    if (names.isEmpty())
        return FinishPage::tr("all");
    if (names.size() > MaxNamesShown)
        return FinishPage::tr("%n chosen", nullptr, int(names.size()));
    return names.join(u", "_s);
}
} // namespace

FinishPage::FinishPage(const ReportDefinition& start, std::function<ReportDefinition()> current, QWidget* parent)
    : QWizardPage(parent)
    , m_current(std::move(current))
    , m_sl(new QSpinBox(this))
    , m_title(new QLineEdit(start.title, this))
    , m_summary(makeNoteLabel(this))
    , m_save(new QPushButton(tr("Sa&ve definition…"), this))
    , m_saveStatus(makeNoteLabel(this))
{
    setTitle(tr("Service level and title"));
    setSubTitle(tr("A call answered within the threshold counts towards the service level."));

    m_sl->setRange(0, MaxSlThreshold);
    m_sl->setValue(int(start.slThreshold));
    m_sl->setSuffix(tr(" s"));
    m_sl->setToolTip(tr("Service level = calls answered within this many seconds / calls that entered a queue."));
    m_title->setPlaceholderText(tr("Empty: source and period"));
    m_save->setToolTip(tr("Save these choices to a file, to reopen and run the same report later."));
    m_saveStatus->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Service-level &threshold:"), m_sl);
    form->addRow(tr("Report t&itle:"), m_title);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saveStatus, 1);
    saveRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addLayout(saveRow);

    connect(m_save, &QPushButton::clicked, this, &FinishPage::saveRequested);
    connect(m_title, &QLineEdit::textChanged, this, &FinishPage::initializePage);
    connect(m_sl, &QSpinBox::valueChanged, this, &FinishPage::initializePage);
}

void FinishPage::initializePage()
{
    const ReportDefinition definition = m_current();
    const QString period = definition.preset == PeriodPreset::Custom
        ? tr("%1 until %2")
              .arg(PeriodPresets::localTimeText(definition.customFrom, definition.zone()),
                   PeriodPresets::localTimeText(definition.customTo, definition.zone()))
        : PeriodPresets::displayName(definition.preset);
    m_summary->setText(tr("Report \"%1\"\nSource: %2\nPeriod: %3 (%4)\nQueues: %5\nAgents: %6\n"
                          "Service level: answered within %n second(s)",
                          nullptr, int(definition.slThreshold))
                           .arg(definition.title, definition.sourceSpec, period,
                                QString::fromUtf8(definition.zone().id()), namesText(definition.queues),
                                namesText(definition.agents)));
}

qint64 FinishPage::slThreshold() const
{
    return m_sl->value();
}

QString FinishPage::title() const
{
    return m_title->text().trimmed();
}

void FinishPage::showSaveResult(const QString& message, bool saved)
{
    m_saveStatus->setText(message);
    QPalette palette = m_save->palette();
    if (!saved)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_saveStatus->setPalette(palette);
    m_saveStatus->show();
}

} // namespace qw
