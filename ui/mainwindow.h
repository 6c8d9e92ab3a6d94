#pragma once

#include "live/liveupdate.h"
#include "manager/managermonitor.h"
#include "settings/liveviewsettings.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QLabel;
class QMenu;
class QSplitter;

namespace qw {

class AgentActions;
class AppSettings;
class HealthBanner;
class LiveModelSet;
class QueueDayChart;
class SourceSecrets;
class TablePanel;
class WallboardWindow;

// The window supervisors keep open: queues on top, agents and calls below, a banner when what
// they show is not current, each server's health in the status bar. It only arranges panels
// and actions; the panels read the live models.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(LiveModelSet* models, AppSettings& settings, const QString& sourceText, QWidget* parent = nullptr);
    ~MainWindow() override;

    TablePanel* queuePanel() const { return m_queues; }
    AgentActions* agentActions() const { return m_agentActions; }
    TablePanel* agentPanel() const { return m_agents; }
    TablePanel* waitingPanel() const { return m_waiting; }
    TablePanel* talkingPanel() const { return m_talking; }
    QueueDayChart* queueChart() const { return m_chart; }
    HealthBanner* healthBanner() const { return m_banner; }
    QString updatedText() const;
    bool hasSavedGeometry() const { return m_restoredGeometry; }
    QStringList serverTexts() const;
    QStringList serverToolTips() const; // what each server's status-bar label tells on hover

    // What the window shows now, for the title and as the settings dialog's starting point.
    void setLiveSettings(const LiveViewSettings& settings);
    static QString aboutText(); // the About box: the version from the build and Qt's
    void setSourceText(const QString& sourceText);
    // Where remembered passwords are kept, for the settings dialog's "Test connection".
    void setSourceSecrets(SourceSecrets* secrets) { m_secrets = secrets; }

public Q_SLOTS:
    void editSettings();
    void showProblem(const QString& message);
    void showAbout();
    // The wallboard on the same models, full screen (one at a time; F11 brings it back up).
    qw::WallboardWindow* openWallboard();
    // Whether the agents panel offers supervisor actions (allowed, and managers to send them to).
    void setActionsAvailable(bool available);
    void showActionOutcome(const qw::SupervisorAction& action, const qw::ActionOutcome& outcome);

Q_SIGNALS:
    void refreshRequested();
    void newReportRequested();
    void openReportRequested();
    // The user chose another source in the settings dialog (already saved).
    void settingsChanged(const qw::LiveViewSettings& settings, const QString& sessionPassword,
                         const QString& managerSecret);
    // The supervisor asked for an action on an agent (see AgentActions).
    void actionRequested(const qw::SupervisorAction& action);
    // The user picked another language and wants it now: the program starts itself again.
    void restartRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void createMenus();
    void showHealth(const qw::LiveUpdate& update);
    void tellAboutMemberSplits(const qw::LiveSnapshot& snapshot);
    void showStage(qw::LiveStage stage);
    void restoreLayout();
    void saveLayout() const;

    TablePanel* m_queues;
    TablePanel* m_agents;
    TablePanel* m_waiting;
    TablePanel* m_talking;
    QueueDayChart* m_chart;
    AgentActions* m_agentActions;
    QMenu* m_agentMenu = nullptr;
    HealthBanner* m_banner;
    QList<QSplitter*> m_splitters;
    QList<QLabel*> m_healthLabels;
    QLabel* m_updatedLabel;
    LiveViewSettings m_settings;
    SourceSecrets* m_secrets = nullptr;
    AppSettings& m_appSettings;
    LiveModelSet* m_models;
    QString m_sourceText;
    QSet<QString> m_memberSplitsTold; // servers whose member names the user was told about
    QPointer<WallboardWindow> m_wallboard;
    bool m_restoredGeometry = false;
    bool m_shown = false; // a window never shown (a wallboard-only run) keeps the saved layout as it was
};

} // namespace qw
