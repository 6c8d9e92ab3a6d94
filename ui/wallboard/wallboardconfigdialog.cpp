#include "wallboard/wallboardconfigdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qw {

namespace {

QSpinBox* spinBox(int min, int max, const QString& suffix)
{
    auto* box = new QSpinBox;
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

QString figureLabel(WallboardFigure figure)
{
    switch (figure) {
    case WallboardFigure::Waiting:
        return WallboardConfigDialog::tr("Calls waiting");
    case WallboardFigure::LongestWait:
        return WallboardConfigDialog::tr("Longest wait");
    case WallboardFigure::Agents:
        return WallboardConfigDialog::tr("Agents free / on a call / paused");
    case WallboardFigure::ServiceLevel:
        return WallboardConfigDialog::tr("Service level today");
    case WallboardFigure::Answered:
        return WallboardConfigDialog::tr("Answered today");
    case WallboardFigure::Abandoned:
        return WallboardConfigDialog::tr("Abandoned today");
    }
    return {};
}

} // namespace

WallboardConfigDialog::WallboardConfigDialog(const WallboardConfig& config, const QStringList& knownQueues,
                                             QWidget* parent)
    : QDialog(parent)
    , m_knownQueues(knownQueues)
    , m_queueTiles(new QCheckBox(tr("One tile per queue")))
    , m_queues(new QListWidget)
    , m_groups(new QPlainTextEdit)
    , m_thresholdTile(new QComboBox)
    , m_ownThresholds(new QCheckBox(tr("Own thresholds for this tile")))
    , m_waitAmber(spinBox(0, 24 * 3600, tr(" s")))
    , m_waitRed(spinBox(0, 24 * 3600, tr(" s")))
    , m_slTarget(spinBox(0, 100, tr(" %")))
    , m_slAmber(spinBox(0, 100, tr(" %")))
    , m_slRed(spinBox(0, 100, tr(" %")))
    , m_slMinOffered(spinBox(0, 1000000, tr(" calls")))
    , m_nobodyFree(new QComboBox)
    , m_rotation(spinBox(WallboardConfig::MinRotationSeconds, WallboardConfig::MaxRotationSeconds, tr(" s")))
    , m_agents(new QCheckBox(tr("Agent strip")))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Configure wallboard"));
    m_nobodyFree->addItem(tr("ignored"), int(TileLevel::Normal));
    m_nobodyFree->addItem(tr("amber"), int(TileLevel::Amber));
    m_nobodyFree->addItem(tr("red"), int(TileLevel::Red));
    m_groups->setPlaceholderText(tr("One group per line, e.g.\nFront office: sales, support"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b83a00;"_s);

    auto* tiles = new QGroupBox(tr("Tiles"));
    auto* tilesLayout = new QVBoxLayout(tiles);
    tilesLayout->addWidget(m_queueTiles);
    tilesLayout->addWidget(new QLabel(tr("Queues (none ticked: every queue):")));
    tilesLayout->addWidget(m_queues);
    tilesLayout->addWidget(new QLabel(tr("Groups, each shown as one tile:")));
    tilesLayout->addWidget(m_groups);

    auto* thresholds = new QGroupBox(tr("Thresholds"));
    auto* thresholdForm = new QFormLayout(thresholds);
    thresholdForm->addRow(tr("For:"), m_thresholdTile);
    thresholdForm->addRow(QString(), m_ownThresholds);
    thresholdForm->addRow(tr("Longest wait amber over:"), m_waitAmber);
    thresholdForm->addRow(tr("Longest wait red over:"), m_waitRed);
    thresholdForm->addRow(tr("Service level target:"), m_slTarget);
    thresholdForm->addRow(tr("Service level amber under:"), m_slAmber);
    thresholdForm->addRow(tr("Service level red under:"), m_slRed);
    thresholdForm->addRow(tr("SL alarms from:"), m_slMinOffered);
    thresholdForm->addRow(tr("Callers waiting, nobody free:"), m_nobodyFree);

    auto* shown = new QGroupBox(tr("Shown"));
    auto* shownLayout = new QVBoxLayout(shown);
    for (int i = 0; i < WallboardFigureCount; ++i) {
        m_figures[i] = new QCheckBox(figureLabel(WallboardFigure(i)));
        shownLayout->addWidget(m_figures[i]);
        connect(m_figures[i], &QCheckBox::toggled, this, &WallboardConfigDialog::check);
    }
    shownLayout->addWidget(m_agents);
    auto* rotationRow = new QFormLayout;
    rotationRow->addRow(tr("Next page every:"), m_rotation);
    shownLayout->addLayout(rotationRow);
    shownLayout->addStretch();

    auto* importButton = m_buttons->addButton(tr("&Import..."), QDialogButtonBox::ActionRole);
    auto* exportButton = m_buttons->addButton(tr("&Export..."), QDialogButtonBox::ActionRole);
    connect(importButton, &QPushButton::clicked, this, &WallboardConfigDialog::importClicked);
    connect(exportButton, &QPushButton::clicked, this, &WallboardConfigDialog::exportClicked);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* grid = new QGridLayout(this);
    grid->addWidget(tiles, 0, 0, 2, 1);
    grid->addWidget(thresholds, 0, 1);
    grid->addWidget(shown, 1, 1);
    grid->addWidget(m_problem, 2, 0, 1, 2);
    grid->addWidget(m_buttons, 3, 0, 1, 2);

    connect(m_thresholdTile, &QComboBox::currentIndexChanged, this, &WallboardConfigDialog::thresholdTileChanged);
    connect(m_ownThresholds, &QCheckBox::toggled, this, [this](bool own) {
        for (QWidget* editor : std::initializer_list<QWidget*> {m_waitAmber, m_waitRed, m_slTarget, m_slAmber, m_slRed,
                                                                m_slMinOffered, m_nobodyFree})
            editor->setEnabled(own || m_editedTile.isEmpty());
        check();
    });
    for (QSpinBox* box : {m_waitAmber, m_waitRed, m_slTarget, m_slAmber, m_slRed, m_slMinOffered, m_rotation})
        connect(box, &QSpinBox::valueChanged, this, &WallboardConfigDialog::check);
    connect(m_groups, &QPlainTextEdit::textChanged, this, &WallboardConfigDialog::check);
    connect(m_queueTiles, &QCheckBox::toggled, this, &WallboardConfigDialog::check);
    setConfig(config);
}

void WallboardConfigDialog::setConfig(const WallboardConfig& config)
{
    m_config = config;
    m_queueTiles->setChecked(config.showQueueTiles);
    QStringList queues = m_knownQueues;
    for (const QString& queue : config.queues) {
        if (!queues.contains(queue))
            queues.append(queue);
    }
    queues.sort();
    m_queues->clear();
    for (const QString& queue : queues) {
        auto* item = new QListWidgetItem(queue, m_queues);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(config.queues.contains(queue) ? Qt::Checked : Qt::Unchecked);
    }
    QStringList groupLines;
    for (const WallboardGroup& group : config.groups)
        groupLines << group.name + u": "_s + group.queues.join(u", "_s);
    m_groups->setPlainText(groupLines.join(u'\n'));

    // Thresholds can be set for any queue or group, known now or named in the config.
    QStringList tiles = queues;
    for (const WallboardGroup& group : config.groups)
        tiles << group.name;
    for (auto it = config.thresholds.cbegin(); it != config.thresholds.cend(); ++it)
        tiles << it.key();
    tiles.removeDuplicates();
    const QSignalBlocker blocker(m_thresholdTile);
    m_thresholdTile->clear();
    m_thresholdTile->addItem(tr("Every tile (default)"), QString());
    for (const QString& tile : tiles)
        m_thresholdTile->addItem(tile, tile);
    m_editedTile.clear();
    loadThresholdEditor();

    m_rotation->setValue(config.rotationSeconds);
    for (int i = 0; i < WallboardFigureCount; ++i)
        m_figures[i]->setChecked(config.shows(WallboardFigure(i)));
    m_agents->setChecked(config.showAgents);
    check();
}

void WallboardConfigDialog::thresholdTileChanged()
{
    storeThresholdEditor();
    m_editedTile = m_thresholdTile->currentData().toString();
    loadThresholdEditor();
}

TileThresholds WallboardConfigDialog::editorThresholds() const
{
    TileThresholds t;
    t.waitAmberSeconds = m_waitAmber->value();
    t.waitRedSeconds = m_waitRed->value();
    t.serviceLevelTarget = m_slTarget->value();
    t.serviceLevelAmber = m_slAmber->value();
    t.serviceLevelRed = m_slRed->value();
    t.serviceLevelMinOffered = m_slMinOffered->value();
    t.nobodyFree = TileLevel(m_nobodyFree->currentData().toInt());
    return t;
}

WallboardConfig WallboardConfigDialog::withEditorThresholds(WallboardConfig config) const
{
    if (m_editedTile.isEmpty())
        config.defaultThresholds = editorThresholds();
    else if (m_ownThresholds->isChecked())
        config.thresholds.insert(m_editedTile, editorThresholds());
    else
        config.thresholds.remove(m_editedTile);
    return config;
}

void WallboardConfigDialog::storeThresholdEditor()
{
    m_config = withEditorThresholds(m_config);
}

void WallboardConfigDialog::loadThresholdEditor()
{
    const bool isDefault = m_editedTile.isEmpty();
    const TileThresholds& t = m_config.thresholdsFor(m_editedTile);
    const QSignalBlocker ownBlocker(m_ownThresholds);
    m_ownThresholds->setVisible(!isDefault);
    m_ownThresholds->setChecked(!isDefault && m_config.thresholds.contains(m_editedTile));
    m_waitAmber->setValue(t.waitAmberSeconds);
    m_waitRed->setValue(t.waitRedSeconds);
    m_slTarget->setValue(t.serviceLevelTarget);
    m_slAmber->setValue(t.serviceLevelAmber);
    m_slRed->setValue(t.serviceLevelRed);
    m_slMinOffered->setValue(t.serviceLevelMinOffered);
    m_nobodyFree->setCurrentIndex(m_nobodyFree->findData(int(t.nobodyFree)));
    for (QWidget* editor : std::initializer_list<QWidget*> {m_waitAmber, m_waitRed, m_slTarget, m_slAmber, m_slRed,
                                                            m_slMinOffered, m_nobodyFree})
        editor->setEnabled(isDefault || m_ownThresholds->isChecked());
}

std::optional<QList<WallboardGroup>> WallboardConfigDialog::groups(QString* error) const
{
    QList<WallboardGroup> result;
    const QStringList lines = m_groups->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            *error = tr("Groups, line %1: write the group's name, a colon, then its queues.").arg(i + 1);
            return std::nullopt;
        }
        WallboardGroup group {line.left(colon).trimmed(), {}};
        for (const QString& queue : line.mid(colon + 1).split(u',', Qt::SkipEmptyParts)) {
            if (!queue.trimmed().isEmpty())
                group.queues.append(queue.trimmed());
        }
        result.append(group);
    }
    return result;
}

WallboardConfig WallboardConfigDialog::unchecked(QString* error) const
{
    WallboardConfig config = withEditorThresholds(m_config);
    config.showQueueTiles = m_queueTiles->isChecked();
    config.queues.clear();
    for (int row = 0; row < m_queues->count(); ++row) {
        if (m_queues->item(row)->checkState() == Qt::Checked)
            config.queues.append(m_queues->item(row)->text());
    }
    config.groups = groups(error).value_or(QList<WallboardGroup> {});
    config.rotationSeconds = m_rotation->value();
    config.figures.clear();
    for (int i = 0; i < WallboardFigureCount; ++i) {
        if (m_figures[i]->isChecked())
            config.figures.append(WallboardFigure(i));
    }
    config.showAgents = m_agents->isChecked();
    return config;
}

std::optional<WallboardConfig> WallboardConfigDialog::edited() const
{
    QString error;
    const WallboardConfig config = unchecked(&error);
    if (!error.isEmpty())
        return std::nullopt;
    // The same checks as an imported file, so the dialog never saves what an import would refuse.
    auto checked = WallboardConfig::fromJson(config.toJson());
    if (std::holds_alternative<QString>(checked))
        return std::nullopt;
    return std::get<WallboardConfig>(std::move(checked));
}

QString WallboardConfigDialog::problem() const
{
    QString error;
    const WallboardConfig config = unchecked(&error);
    if (!error.isEmpty())
        return error;
    const auto checked = WallboardConfig::fromJson(config.toJson());
    return std::holds_alternative<QString>(checked) ? std::get<QString>(checked) : QString();
}

void WallboardConfigDialog::check()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

std::optional<QString> WallboardConfigDialog::importFile(const QString& path)
{
    const auto config = WallboardConfig::readFile(path);
    if (const auto* error = std::get_if<QString>(&config))
        return *error;
    setConfig(std::get<WallboardConfig>(config));
    return std::nullopt;
}

std::optional<QString> WallboardConfigDialog::exportFile(const QString& path) const
{
    const auto config = edited();
    if (!config)
        return problem();
    return config->writeFile(path);
}

void WallboardConfigDialog::importClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import wallboard"), QString(),
                                                      tr("Wallboard files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const auto error = importFile(path))
        QMessageBox::warning(this, tr("Import wallboard"), *error);
}

void WallboardConfigDialog::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export wallboard"), tr("wallboard.json"),
                                                      tr("Wallboard files (*.json)"));
    if (path.isEmpty())
        return;
    if (const auto error = exportFile(path))
        QMessageBox::warning(this, tr("Export wallboard"), *error);
}

} // namespace qw
