#pragma once

#include "settings/liveviewsettings.h"
#include "wallboard/wallboardconfig.h"

#include <memory>
#include <QByteArray>
#include <QObject>

class QSettings;

namespace qw {

// Everything QueueWatch keeps between runs, in one place: every key of the settings file is read
// and written here and nowhere else, each value is checked when read back (the file is not
// trusted; anything unreadable gives its default), and each announces its changes. Windows take
// this object and never open QSettings themselves. Passwords are never among these values.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    // The user's settings (QSettings of the application's organisation and name).
    explicit AppSettings(QObject* parent = nullptr);
    // Settings kept in an INI file of their own (tests, a second profile).
    explicit AppSettings(const QString& iniPath, QObject* parent = nullptr);
    ~AppSettings() override;

    LiveViewSettings liveView() const;
    void setLiveView(const LiveViewSettings& settings);

    WallboardConfig wallboard() const;
    void setWallboard(const WallboardConfig& config);

    // Where the last export went: the export dialogs start there.
    QString exportFolder() const;
    void setExportFolder(const QString& folder);

    // The language picked in the window (empty: the system's); used from the next start.
    QString language() const;
    void setLanguage(const QString& code);

    // Window layouts by name ("mainWindow/geometry", "mainWindow/splitter/main",
    // "mainWindow/header/queues"): opaque bytes from the widgets' own saveState(). Names start
    // with their window ("mainWindow/", "reportWindow/"); others are ignored.
    QByteArray layout(const QString& name) const;
    void setLayout(const QString& name, const QByteArray& state);

    // Writes pending changes to disk now (they are written at exit anyway).
    void sync();

Q_SIGNALS:
    void liveViewChanged(const qw::LiveViewSettings& settings);
    void wallboardChanged(const qw::WallboardConfig& config);
    void exportFolderChanged(const QString& folder);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace qw
