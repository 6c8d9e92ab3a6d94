#include "wallboard/wallboardwindow.h"

#include "live/healthtext.h"
#include "live/models/livemodelset.h"
#include "live/models/partitionhealthmodel.h"
#include "wallboard/agentchip.h"
#include "wallboard/fittedlabel.h"
#include "wallboard/queuetile.h"
#include "wallboard/wallboardcolours.h"
#include "wallboard/wallboardconfigdialog.h"

#include <QAction>
#include <QCursor>
#include <QDateTime>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace qw {

namespace {

constexpr int IdleTicksBeforeHidingCursor = 3;

TileLevel healthLevel(PartitionHealth::State state)
{
    switch (state) {
    case PartitionHealth::State::Ok:
    case PartitionHealth::State::Quiet:
        return TileLevel::Normal;
    case PartitionHealth::State::Silent:
    case PartitionHealth::State::Behind:
        return TileLevel::Amber;
    case PartitionHealth::State::Error:
        return TileLevel::Red;
    }
    return TileLevel::Normal;
}

bool anyTrouble(const QList<HealthRow>& health)
{
    return std::any_of(health.cbegin(), health.cend(), [](const HealthRow& row) { return row.health.isTrouble(); });
}

// Not QKeySequence::Quit: some platforms (and bare X sessions) bind nothing to it.
QKeySequence quitKeys()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Q);
}

int pagesFor(qsizetype count, int perPage)
{
    return std::max(1, int((count + perPage - 1) / std::max(1, perPage)));
}

} // namespace

WallboardWindow::WallboardWindow(LiveModelSet* models, WallboardConfig config, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_models(models)
    , m_config(std::move(config))
    , m_title(new FittedLabel(this, true))
    , m_clock(new FittedLabel(this, true))
    , m_pageLabel(new FittedLabel(this))
    , m_banner(new FittedLabel(this, true))
    , m_hint(new FittedLabel(this, true))
    , m_noAgents(new FittedLabel(this))
{
    setWindowTitle(tr("QueueWatch wallboard"));
    setFocusPolicy(Qt::StrongFocus);
    m_title->setTextColour(wallboardcolours::text());
    m_title->setFittedText(tr("QueueWatch"));
    m_clock->setTextColour(wallboardcolours::text());
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_pageLabel->setTextColour(wallboardcolours::caption());
    m_pageLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setTextColour(wallboardcolours::text());
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setTextColour(wallboardcolours::text());
    m_hint->setAutoFillBackground(true);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::Window, wallboardcolours::tile());
    m_hint->setPalette(hintPalette);
    m_hint->hide();
    m_hintTimer.setSingleShot(true);
    m_hintTimer.setInterval(6000);
    connect(&m_hintTimer, &QTimer::timeout, m_hint, &QWidget::hide);
    m_noAgents->setTextColour(wallboardcolours::caption());
    m_noAgents->setAlignment(Qt::AlignCenter);
    m_noAgents->setFittedText(tr("No agent logged in"));

    // The board is mostly looked at, rarely touched: a right click offers what the keys do.
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* configureAction = new QAction(tr("&Configure wallboard..."), this);
    configureAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    connect(configureAction, &QAction::triggered, this, &WallboardWindow::configure);
    auto* fullScreenAction = new QAction(tr("&Full screen"), this);
    fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(fullScreenAction, &QAction::triggered, this, &WallboardWindow::toggleFullScreen);
    auto* closeAction = new QAction(tr("&Close wallboard"), this);
    closeAction->setShortcut(quitKeys()); // the documented way off a wall screen
    closeAction->setShortcutContext(Qt::WindowShortcut);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addActions({configureAction, fullScreenAction, closeAction});

    connect(&m_rotation, &QTimer::timeout, this, [this] { showPage(m_page + 1); });
    connect(models, &LiveModelSet::updated, this, &WallboardWindow::takeUpdate);
    connect(models, &LiveModelSet::ticked, this, &WallboardWindow::tick);
    m_now = models->now();
    m_lastCursor = QCursor::pos();
    refreshLists();
    relayout();
}

void WallboardWindow::setConfig(const WallboardConfig& config)
{
    m_config = config;
    refreshLists();
    relayout();
}

void WallboardWindow::setSourceText(const QString& sourceText)
{
    m_title->setFittedText(tr("QueueWatch \u00B7 %1").arg(sourceText));
}

void WallboardWindow::setScreenIndex(int index)
{
    m_screenIndex = index;
    if (isVisible())
        showOnScreen();
}

void WallboardWindow::setStandalone(bool standalone)
{
    m_standalone = standalone;
}

QString WallboardWindow::hintText() const
{
    return m_hint->isHidden() ? QString() : m_hint->text();
}

void WallboardWindow::showOnScreen()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* screen = m_screenIndex >= 0 && m_screenIndex < screens.size() ? screens[m_screenIndex]
                                                                           : QGuiApplication::primaryScreen();
    if (m_coveredScreen != screen) {
        if (m_coveredScreen)
            disconnect(m_coveredScreen, nullptr, this, nullptr);
        m_coveredScreen = screen;
        if (screen) {
            connect(screen, &QScreen::geometryChanged, this, &WallboardWindow::coverScreen);
            // A screen unplugged: move to what is left, the primary screen.
            connect(screen, &QObject::destroyed, this,
                    [this] { QTimer::singleShot(0, this, &WallboardWindow::showOnScreen); });
        }
    }
    coverScreen();
    showFullScreen();
    raise();
    activateWindow();
}

void WallboardWindow::coverScreen()
{
    // Without a window manager nobody acts on the full-screen request: the window itself takes
    // the screen's geometry (a window manager overrides it harmlessly).
    if (!m_coveredScreen)
        return;
    if (windowHandle())
        windowHandle()->setScreen(m_coveredScreen);
    setGeometry(m_coveredScreen->geometry());
}

void WallboardWindow::showHint(const QString& text)
{
    m_hint->setFittedText(text);
    const QRect area = rect();
    m_hint->place(QRect(area.width() / 8, area.height() * 2 / 5, area.width() * 3 / 4, area.height() / 6),
                  area.height() / 16);
    m_hint->show();
    m_hint->raise();
    m_hintTimer.start();
}

int WallboardWindow::pageCount() const
{
    return std::max(pagesFor(m_tileList.size(), m_geometry.tilesPerPage),
                    m_config.showAgents ? pagesFor(m_agentList.size(), m_geometry.agentsPerPage) : 1);
}

void WallboardWindow::showPage(int page)
{
    const int pages = pageCount();
    m_page = ((page % pages) + pages) % pages;
    if (m_rotation.isActive())
        m_rotation.start(); // a page turned by hand gets its full time too
    fillPage();
}

QList<QueueTile*> WallboardWindow::visibleTiles() const
{
    QList<QueueTile*> tiles;
    for (QueueTile* tile : m_tiles) {
        if (!tile->isHidden())
            tiles.append(tile);
    }
    return tiles;
}

QList<AgentChip*> WallboardWindow::visibleAgents() const
{
    QList<AgentChip*> chips;
    for (AgentChip* chip : m_chips) {
        if (!chip->isHidden())
            chips.append(chip);
    }
    return chips;
}

QString WallboardWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QStringList WallboardWindow::serverTexts() const
{
    QStringList texts;
    for (const FittedLabel* label : m_servers)
        texts << label->text();
    return texts;
}

void WallboardWindow::configure()
{
    QStringList queues = m_models->lastUpdate().snapshot.queues.keys();
    WallboardConfigDialog dialog(m_config, queues, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setConfig(dialog.config());
    Q_EMIT configEdited(m_config);
}

void WallboardWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void WallboardWindow::takeUpdate(const LiveUpdate& update)
{
    m_now = std::max(m_now, update.snapshot.at);
    const qsizetype tiles = m_tileList.size();
    const bool banner = !m_banner->isHidden();
    refreshLists();
    const bool outage = anyTrouble(m_models->health()->rows()) || m_models->lastUpdate().anyTrouble()
        || !HealthText::banner(m_models->lastUpdate().health, m_now).lines.isEmpty();
    // The geometry only changes when what has to fit changes; otherwise only texts move.
    if (tiles != m_tileList.size() || banner != outage || m_servers.size() != m_models->health()->rows().size())
        relayout();
    else
        fillPage();
}

void WallboardWindow::tick(qint64 now)
{
    m_now = now;
    fillPage();
    followCursor();
}

void WallboardWindow::followCursor()
{
    // Sampled on the tick rather than tracked: no mouse tracking on every label, no extra timer.
    const QPoint position = QCursor::pos();
    if (position != m_lastCursor) {
        m_lastCursor = position;
        m_idleTicks = 0;
        if (m_cursorHidden) {
            unsetCursor();
            m_cursorHidden = false;
        }
        return;
    }
    if (!m_cursorHidden && ++m_idleTicks >= IdleTicksBeforeHidingCursor) {
        setCursor(Qt::BlankCursor);
        m_cursorHidden = true;
    }
}

void WallboardWindow::refreshLists()
{
    const LiveSnapshot& snapshot = m_models->lastUpdate().snapshot;
    m_tileList = wallboardTiles(m_config, snapshot);
    m_agentList = m_config.showAgents ? wallboardAgents(m_config, snapshot) : QStringList();
}

void WallboardWindow::relayout()
{
    const QList<HealthRow>& health = m_models->health()->rows();
    const bool outage = !HealthText::banner(m_models->lastUpdate().health, m_now).lines.isEmpty();
    m_geometry = wallboardGeometry(size(), int(m_tileList.size()), outage, m_config.showAgents);
    const WallboardGeometry& g = m_geometry;

    while (m_tiles.size() < g.tilesPerPage)
        m_tiles.append(new QueueTile(this));
    while (m_tiles.size() > g.tilesPerPage)
        delete m_tiles.takeLast();
    while (m_chips.size() < (m_config.showAgents ? g.agentsPerPage : 0))
        m_chips.append(new AgentChip(this));
    while (m_chips.size() > (m_config.showAgents ? g.agentsPerPage : 0))
        delete m_chips.takeLast();
    while (m_servers.size() < health.size()) {
        auto* label = new FittedLabel(this, true);
        label->setAlignment(Qt::AlignCenter);
        label->show(); // created after the window may already be on screen
        m_servers.append(label);
    }
    while (m_servers.size() > health.size())
        delete m_servers.takeLast();

    // Header: the title on the left, the servers in the middle, page and clock on the right.
    const QRect header = g.header;
    const int titleWidth = header.width() * 30 / 100;
    const int clockWidth = header.width() * 14 / 100;
    const int pageWidth = header.width() * 12 / 100;
    m_title->place(QRect(header.left(), header.top(), titleWidth, header.height()), header.height() * 6 / 10);
    m_clock->place(QRect(header.right() - clockWidth + 1, header.top(), clockWidth, header.height()),
                   header.height() * 7 / 10);
    m_pageLabel->place(
        QRect(header.right() - clockWidth - pageWidth - g.spacing + 1, header.top(), pageWidth, header.height()),
        header.height() / 2);
    const int serversLeft = header.left() + titleWidth + g.spacing;
    const int serversWidth = header.width() - titleWidth - clockWidth - pageWidth - 3 * g.spacing;
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        const int width = serversWidth / int(m_servers.size());
        m_servers[i]->setContentsMargins(g.spacing / 2, 0, g.spacing / 2, 0);
        m_servers[i]->place(QRect(serversLeft + int(i) * width, header.top(), width, header.height()),
                            header.height() / 2);
    }
    m_banner->setVisible(outage);
    if (outage)
        m_banner->place(g.banner, g.banner.height() * 6 / 10);

    for (qsizetype i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setGeometry(g.tileCell(int(i)));
    for (qsizetype i = 0; i < m_chips.size(); ++i)
        m_chips[i]->setGeometry(g.agentCell(int(i)));
    m_noAgents->place(g.agents, int(64 * g.scale));

    if (pageCount() > 1) {
        if (!m_rotation.isActive() || m_rotation.interval() != m_config.rotationSeconds * 1000)
            m_rotation.start(m_config.rotationSeconds * 1000);
    } else {
        m_rotation.stop();
    }
    m_page = std::min(m_page, pageCount() - 1);
    fillPage();
    update();
}

void WallboardWindow::fillHeader()
{
    m_clock->setFittedText(QDateTime::fromSecsSinceEpoch(m_now).toString(u"HH:mm"_s));
    const int pages = pageCount();
    m_pageLabel->setFittedText(pages > 1 ? tr("Page %1 of %2").arg(m_page + 1).arg(pages) : QString());

    // Each server by name with a symbol and a word; the banner says what is wrong, in the same
    // words as the live window, because those servers' calls and agents are not current.
    const QList<HealthRow>& health = m_models->health()->rows();
    for (qsizetype i = 0; i < health.size() && i < m_servers.size(); ++i) {
        const PartitionHealth& server = health[i].health;
        const TileLevel level = healthLevel(server.state);
        m_servers[i]->setFittedText(server.partition + u' ' + QueueTile::levelSymbol(level) + u' '
                                    + HealthText::stateText(server.state));
        m_servers[i]->setTextColour(level == TileLevel::Normal ? wallboardcolours::caption()
                                                               : wallboardcolours::forLevel(level));
        m_servers[i]->setToolTip(HealthText::serverDetails(server, m_now));
    }
    const HealthText::Banner banner
        = HealthText::banner(m_models->lastUpdate().health, m_now, HealthText::Form::Compact);
    if (!banner.lines.isEmpty()) {
        const TileLevel level = banner.level == HealthText::Level::Error ? TileLevel::Red : TileLevel::Amber;
        m_banner->setFittedText(QueueTile::levelSymbol(level) + u' ' + banner.lines.join(u"   "_s));
        QPalette palette = m_banner->palette();
        palette.setColor(QPalette::Window, wallboardcolours::bannerFor(level));
        m_banner->setPalette(palette);
    }
}

void WallboardWindow::fillPage()
{
    fillHeader();
    const LiveSnapshot& snapshot = m_models->lastUpdate().snapshot;
    const QList<qint64> stopped = m_models->stoppedClocks();
    const int tilePages = pagesFor(m_tileList.size(), m_geometry.tilesPerPage);
    const int tileOffset = (m_page % tilePages) * m_geometry.tilesPerPage;
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        const qsizetype index = tileOffset + i;
        QueueTile* tile = m_tiles[i];
        tile->setVisible(index < m_tileList.size());
        if (index >= m_tileList.size())
            continue;
        const WallboardTile& wanted = m_tileList[index];
        const TileThresholds& thresholds = m_config.thresholdsFor(wanted.name);
        const TileFigures figures = tileFigures(snapshot, wanted.queues, m_now, stopped);
        tile->showTile(wanted, figures, tileState(figures, thresholds), thresholds, m_config.figures);
    }

    const int agentPages = pagesFor(m_agentList.size(), m_geometry.agentsPerPage);
    const int agentOffset = (m_page % agentPages) * m_geometry.agentsPerPage;
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        const qsizetype index = agentOffset + i;
        AgentChip* chip = m_chips[i];
        chip->setVisible(index < m_agentList.size());
        if (index >= m_agentList.size())
            continue;
        const LiveSnapshot::Agent agent = snapshot.agents.value(m_agentList[index]);
        // An agent of a server that is not current: its time stops with that server's figures.
        qint64 clock = m_now;
        bool stale = false;
        for (qsizetype p = 0; p < stopped.size() && p < 64; ++p) {
            if ((agent.partitionMask >> p & 1) && stopped[p] >= 0) {
                clock = std::min(clock, stopped[p]);
                stale = true;
            }
        }
        chip->showAgent(m_agentList[index], agent, clock, stale);
    }
    m_noAgents->setVisible(m_config.showAgents && m_agentList.isEmpty());
    shareFigureSizes();
}

void WallboardWindow::shareFigureSizes()
{
    // One figure, one size on every tile of the page: a "3" waiting on one tile never looks
    // louder than a "12" on the next. Each tile says what its own boxes allow; all take the least.
    QList<QueueTile*> shown = visibleTiles();
    if (shown.isEmpty())
        return;
    QueueTile::FigureSizes shared = shown.first()->fittingSizes();
    for (QueueTile* tile : shown) {
        const QueueTile::FigureSizes sizes = tile->fittingSizes();
        for (std::size_t i = 0; i < shared.size(); ++i)
            shared[i] = std::min(shared[i], sizes[i]);
    }
    for (QueueTile* tile : shown)
        tile->applySizes(shared);
}

void WallboardWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void WallboardWindow::keyPressEvent(QKeyEvent* event)
{
    if (QKeySequence(event->keyCombination()) == quitKeys()) { // also when the shortcut could not fire
        close();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Escape:
        // On a wall screen a stray Esc must not leave the board half-closed: it says how to quit.
        if (m_standalone)
            showHint(
                tr("This is the wall screen: press %1 to quit it.").arg(quitKeys().toString(QKeySequence::NativeText)));
        else
            close(); // back to the live window
        return;
    case Qt::Key_Left:
        showPage(m_page - 1);
        return;
    case Qt::Key_Right:
        showPage(m_page + 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WallboardWindow::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), wallboardcolours::background());
}

} // namespace qw
