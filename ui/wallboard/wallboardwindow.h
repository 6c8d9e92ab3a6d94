#pragma once

#include "live/liveupdate.h"
#include "wallboard/tilestate.h"
#include "wallboard/wallboardconfig.h"
#include "wallboard/wallboardgeometry.h"

#include <QPoint>
#include <QPointer>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace qw {

class AgentChip;
class FittedLabel;
class LiveModelSet;
class QueueTile;

// The wall screen: a few large tiles per queue or group, an agent strip, and each server's
// health, all read from the live models the main window uses (no second path to the
// database). It redraws on each poll and on the models' one-second tick; its only timer turns
// the pages when more tiles or agents exist than fit.
class WallboardWindow : public QWidget
{
    Q_OBJECT
public:
    WallboardWindow(LiveModelSet* models, WallboardConfig config, QWidget* parent = nullptr);

    const WallboardConfig& config() const { return m_config; }
    void setConfig(const WallboardConfig& config);
    void setSourceText(const QString& sourceText);

    // The screen to cover (an index into QGuiApplication::screens()); -1, the default, is the
    // primary screen. An index that does not exist falls back to the primary.
    void setScreenIndex(int index);
    // Covers the whole chosen screen, full screen, with or without a window manager: wall
    // screens often run a bare X session, where asking for full screen alone does nothing.
    // It stays so when the screen changes size or goes away.
    void showOnScreen();
    // The wallboard alone on a wall screen (`queuewatch --wallboard`): Esc does not close it
    // (it only says how to), Ctrl+Q does. Opened from the live window, Esc goes back there.
    void setStandalone(bool standalone);
    QString hintText() const;

    int pageCount() const;
    int currentPage() const { return m_page; }
    void showPage(int page);

    // What is on screen now, for tests and the benchmark.
    QList<QueueTile*> visibleTiles() const;
    QList<AgentChip*> visibleAgents() const;
    QString bannerText() const;
    QStringList serverTexts() const;
    bool cursorHidden() const { return m_cursorHidden; }
    const WallboardGeometry& geometryPlan() const { return m_geometry; }

public Q_SLOTS:
    void configure();
    void toggleFullScreen();

Q_SIGNALS:
    // The user changed the set-up in the configuration dialog (the owner keeps it).
    void configEdited(const qw::WallboardConfig& config);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void takeUpdate(const qw::LiveUpdate& update);
    void tick(qint64 now);
    void refreshLists();
    void relayout();
    void fillHeader();
    void fillPage();
    void shareFigureSizes();
    void followCursor();
    void coverScreen();
    void showHint(const QString& text);

    LiveModelSet* m_models;
    WallboardConfig m_config;
    WallboardGeometry m_geometry;
    FittedLabel* m_title;
    FittedLabel* m_clock;
    FittedLabel* m_pageLabel;
    FittedLabel* m_banner;
    FittedLabel* m_hint;
    QTimer m_hintTimer;
    int m_screenIndex = -1;
    QPointer<QScreen> m_coveredScreen;
    bool m_standalone = false;
    QList<FittedLabel*> m_servers;
    QList<QueueTile*> m_tiles;
    QList<AgentChip*> m_chips;
    FittedLabel* m_noAgents;
    QList<WallboardTile> m_tileList;
    QStringList m_agentList;
    QTimer m_rotation;
    int m_page = 0;
    qint64 m_now = 0;
    QPoint m_lastCursor;
    int m_idleTicks = 0;
    bool m_cursorHidden = false;
};

} // namespace qw
