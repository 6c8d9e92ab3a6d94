#include "settings/appsettings.h"

#include "i18n/translations.h"

#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
const QString ExportFolderKey = u"reports/exportFolder"_s;
const QString LanguageKey = u"language"_s; // View › Language
// Layout names are keys of the windows' own groups, of plain characters only: a name can never
// reach another setting.
bool isLayoutName(const QString& name)
{
    static const QStringList windows {u"mainWindow/"_s, u"reportWindow/"_s};
    if (name.size() > 100 || std::none_of(windows.cbegin(), windows.cend(), [&](const QString& window) {
            return name.startsWith(window) && name.size() > window.size();
        }))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'/' || c == u'_' || c == u'-';
    });
}
} // namespace

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{ }

AppSettings::AppSettings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

LiveViewSettings AppSettings::liveView() const
{
    return LiveViewSettings::load(*m_settings);
}

void AppSettings::setLiveView(const LiveViewSettings& settings)
{
    if (settings == liveView())
        return;
    settings.save(*m_settings);
    Q_EMIT liveViewChanged(settings);
}

WallboardConfig AppSettings::wallboard() const
{
    return WallboardConfig::load(*m_settings);
}

void AppSettings::setWallboard(const WallboardConfig& config)
{
    if (config == wallboard())
        return;
    config.save(*m_settings);
    Q_EMIT wallboardChanged(config);
}

QString AppSettings::exportFolder() const
{
    const QString folder = m_settings->value(ExportFolderKey).toString();
    return !folder.isEmpty() && QDir(folder).exists() ? folder : QString();
}

void AppSettings::setExportFolder(const QString& folder)
{
    if (folder == m_settings->value(ExportFolderKey).toString())
        return;
    m_settings->setValue(ExportFolderKey, folder);
    Q_EMIT exportFolderChanged(folder);
}

QString AppSettings::language() const
{
    const QString code = m_settings->value(LanguageKey).toString();
    return isAvailableLanguage(code) ? code : QString();
}

void AppSettings::setLanguage(const QString& code)
{
    if (code.isEmpty())
        m_settings->remove(LanguageKey);
    else if (isAvailableLanguage(code))
        m_settings->setValue(LanguageKey, code);
}

QByteArray AppSettings::layout(const QString& name) const
{
    return isLayoutName(name) ? m_settings->value(name).toByteArray() : QByteArray();
}

void AppSettings::setLayout(const QString& name, const QByteArray& state)
{
    if (isLayoutName(name))
        m_settings->setValue(name, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace qw
