#include "settings/liveviewsettings.h"

#include "database/databaseurl.h"
#include "sources/sourcespec.h"

#include <algorithm>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace qw {

namespace {
const QString DemoKey = u"live/demo"_s;
const QString DatabaseKey = u"live/databaseUrl"_s;
const QString SpecKey = u"live/sourceSpec"_s;
const QString PollKey = u"live/pollSeconds"_s;
const QString WindowKey = u"live/windowHours"_s;
const QString MemberNamesKey = u"live/memberNamesFile"_s;
const QString ManagersKey = u"live/managers"_s;
const QString ActionsKey = u"live/actionsEnabled"_s;
const QString RememberPasswordKey = u"live/rememberPassword"_s;
const QString RememberManagerSecretsKey = u"live/rememberManagerSecrets"_s;
const QString PartitionsKey = u"live/partitions"_s;

QStringList partitionLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(u'#'))
            lines.append(line.trimmed());
    }
    return lines;
}
} // namespace

LiveViewSettings LiveViewSettings::load(const QSettings& settings)
{
    LiveViewSettings loaded;
    const QVariant demo = settings.value(DemoKey);
    if (demo.canConvert<bool>())
        loaded.demo = demo.toBool();
    loaded.databaseUrl = settings.value(DatabaseKey).toString();
    loaded.sourceSpec = settings.value(SpecKey).toString();
    bool ok = false;
    const int poll = settings.value(PollKey).toInt(&ok);
    if (ok && poll >= MinPollSeconds && poll <= MaxPollSeconds)
        loaded.pollSeconds = poll;
    loaded.memberNamesFile = settings.value(MemberNamesKey).toString();
    loaded.managers = settings.value(ManagersKey).toString().left(10000);
    const QVariant actions = settings.value(ActionsKey);
    loaded.actionsEnabled = actions.canConvert<bool>() && actions.toBool();
    const QVariant rememberPassword = settings.value(RememberPasswordKey);
    loaded.rememberPassword = rememberPassword.canConvert<bool>() && rememberPassword.toBool();
    const QVariant rememberSecrets = settings.value(RememberManagerSecretsKey);
    loaded.rememberManagerSecrets = rememberSecrets.canConvert<bool>() && rememberSecrets.toBool();
    loaded.partitions = settings.value(PartitionsKey).toString().left(10000);
    const int hours = settings.value(WindowKey).toInt(&ok);
    if (ok && hours >= 0 && hours <= LiveWindow::MaxSlidingHours)
        loaded.windowHours = hours;
    // A database choice that can no longer be used (hand-edited file, older version) shows the
    // demo rather than an error at start; the dialog still shows what was saved.
    if (!loaded.demo
        && (!loaded.databaseUrlProblem().isEmpty() || !loaded.sourceSpecProblem().isEmpty()
            || !loaded.partitionsProblem().isEmpty()))
        loaded.demo = true;
    return loaded;
}

void LiveViewSettings::save(QSettings& settings) const
{
    settings.setValue(DemoKey, demo);
    settings.setValue(DatabaseKey, databaseUrl);
    settings.setValue(SpecKey, sourceSpec);
    settings.setValue(PollKey, std::clamp(pollSeconds, MinPollSeconds, MaxPollSeconds));
    settings.setValue(WindowKey, std::clamp(windowHours, 0, LiveWindow::MaxSlidingHours));
    settings.setValue(MemberNamesKey, memberNamesFile);
    settings.setValue(ManagersKey, managers);
    settings.setValue(ActionsKey, actionsEnabled);
    settings.setValue(RememberPasswordKey, rememberPassword);
    settings.setValue(RememberManagerSecretsKey, rememberManagerSecrets);
    settings.setValue(PartitionsKey, partitions);
}

LiveWindow LiveViewSettings::window() const
{
    LiveWindow window;
    if (windowHours > 0)
        window.slidingHours = std::min(windowHours, LiveWindow::MaxSlidingHours);
    return window;
}

QString LiveViewSettings::description() const
{
    if (demo)
        return tr("demo cluster");
    const auto url = DatabaseUrl::parse(databaseUrl.trimmed());
    if (const auto* parsed = std::get_if<DatabaseUrl>(&url))
        return tr("%1 on %2").arg(sourceSpec.trimmed(), parsed->toDisplayString());
    return sourceSpec.trimmed();
}

QString LiveViewSettings::databaseUrlProblem() const
{
    if (databaseUrl.trimmed().isEmpty())
        return tr("Enter the database URL.");
    const auto url = DatabaseUrl::parse(databaseUrl.trimmed());
    if (const auto* error = std::get_if<QString>(&url))
        return *error;
    return {};
}

QString LiveViewSettings::sourceSpecProblem() const
{
    if (sourceSpec.trimmed().isEmpty())
        return tr("Enter the source, for example cluster:A|B|C.");
    const auto spec = SourceSpec::parse(sourceSpec.trimmed());
    if (const auto* error = std::get_if<SourceSpec::Error>(&spec))
        return error->message;
    return {};
}

QString LiveViewSettings::memberNamesProblem() const
{
    if (memberNamesFile.trimmed().isEmpty())
        return {};
    const auto names = MemberNames::readFile(memberNamesFile.trimmed());
    return std::holds_alternative<QString>(names) ? std::get<QString>(names) : QString();
}

QString LiveViewSettings::partitionsProblem() const
{
    SourceBindings bindings;
    for (const QString& line : partitionLines(partitions)) {
        if (const auto error = bindings.addPartition(line))
            return *error;
    }
    return {};
}

std::variant<LiveSettings, QString> LiveViewSettings::toLiveSettings(const QString& sessionPassword) const
{
    const auto url = DatabaseUrl::parse(databaseUrl.trimmed());
    if (const auto* error = std::get_if<QString>(&url))
        return *error;
    const auto spec = SourceSpec::parse(sourceSpec.trimmed());
    if (const auto* error = std::get_if<SourceSpec::Error>(&spec))
        return error->message;
    LiveSettings live;
    live.spec = std::get<SourceSpec>(spec);
    live.bindings.database = std::get<DatabaseUrl>(url);
    live.bindings.database->setSessionPassword(sessionPassword);
    for (const QString& line : partitionLines(partitions)) {
        if (const auto error = live.bindings.addPartition(line))
            return *error;
    }
    for (RealtimeTable& table : live.bindings.partitionTables)
        table.url.setSessionPassword(sessionPassword); // one password, as on the command line
    live.pollIntervalMs = std::clamp(pollSeconds, MinPollSeconds, MaxPollSeconds) * 1000;
    live.window = window();
    if (!memberNamesFile.trimmed().isEmpty()) {
        auto names = MemberNames::readFile(memberNamesFile.trimmed());
        if (const auto* error = std::get_if<QString>(&names))
            return *error;
        live.bindings.memberNames = std::get<MemberNames>(std::move(names));
    }
    return live;
}

} // namespace qw
