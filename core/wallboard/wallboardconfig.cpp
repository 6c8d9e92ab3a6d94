#include "wallboard/wallboardconfig.h"

#include "json/jsonfile.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace qw {

namespace {

constexpr qint64 MaxFileBytes = 1024 * 1024; // a real config is a few kilobytes
constexpr int MaxSeconds = 24 * 3600;

QString levelKey(TileLevel level)
{
    switch (level) {
    case TileLevel::Normal:
        return u"off"_s;
    case TileLevel::Amber:
        return u"amber"_s;
    case TileLevel::Red:
        return u"red"_s;
    }
    return {};
}

QJsonObject thresholdsToJson(const TileThresholds& t)
{
    return QJsonObject {
        {u"waitAmberSeconds"_s, t.waitAmberSeconds},     {u"waitRedSeconds"_s, t.waitRedSeconds},
        {u"serviceLevelTarget"_s, t.serviceLevelTarget}, {u"serviceLevelAmber"_s, t.serviceLevelAmber},
        {u"serviceLevelRed"_s, t.serviceLevelRed},       {u"serviceLevelMinOffered"_s, t.serviceLevelMinOffered},
        {u"nobodyFree"_s, levelKey(t.nobodyFree)},
    };
}

// Reads the JSON pieces one by one; the first problem is kept, in words, with where it was.
class Reader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }

    void fail(const QString& message)
    {
        if (error.isEmpty())
            error = message;
    }

    int integer(const QJsonObject& object, const QString& key, int fallback, int min, int max, const QString& where)
    {
        if (!object.contains(key))
            return fallback;
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || number != double(qint64(number)) || number < min || number > max) {
            fail(WallboardConfig::tr("%1: \"%2\" must be a whole number from %3 to %4.")
                     .arg(where, key)
                     .arg(min)
                     .arg(max));
            return fallback;
        }
        return int(number);
    }

    bool boolean(const QJsonObject& object, const QString& key, bool fallback, const QString& where)
    {
        if (!object.contains(key))
            return fallback;
        if (!object.value(key).isBool()) {
            fail(WallboardConfig::tr("%1: \"%2\" must be true or false.").arg(where, key));
            return fallback;
        }
        return object.value(key).toBool();
    }

    QString name(const QJsonValue& value, const QString& where)
    {
        const QString text = value.toString();
        if (!value.isString() || text.trimmed().isEmpty() || text.size() > WallboardConfig::MaxNameLength
            || text != text.trimmed()) {
            fail(WallboardConfig::tr("%1: names must be text of 1 to %2 characters without surrounding spaces.")
                     .arg(where)
                     .arg(WallboardConfig::MaxNameLength));
            return {};
        }
        for (const QChar c : text) {
            if (c.category() == QChar::Other_Control) {
                fail(WallboardConfig::tr("%1: names must not contain control characters.").arg(where));
                return {};
            }
        }
        return text;
    }

    QStringList names(const QJsonObject& object, const QString& key, const QString& where)
    {
        if (!object.contains(key))
            return {};
        const QJsonValue value = object.value(key);
        if (!value.isArray() || value.toArray().size() > WallboardConfig::MaxNames) {
            fail(WallboardConfig::tr("%1: \"%2\" must be a list of at most %3 names.")
                     .arg(where, key)
                     .arg(WallboardConfig::MaxNames));
            return {};
        }
        QStringList result;
        for (const QJsonValue& item : value.toArray()) {
            const QString itemName = name(item, where);
            if (!ok())
                return {};
            if (result.contains(itemName)) {
                fail(WallboardConfig::tr("%1: \"%2\" is listed twice.").arg(where, itemName));
                return {};
            }
            result.append(itemName);
        }
        return result;
    }

    TileThresholds thresholds(const QJsonValue& value, const QString& where)
    {
        TileThresholds t;
        if (!value.isObject()) {
            fail(WallboardConfig::tr("%1: thresholds must be an object.").arg(where));
            return t;
        }
        const QJsonObject o = value.toObject();
        t.waitAmberSeconds = integer(o, u"waitAmberSeconds"_s, t.waitAmberSeconds, 0, MaxSeconds, where);
        t.waitRedSeconds = integer(o, u"waitRedSeconds"_s, t.waitRedSeconds, 0, MaxSeconds, where);
        t.serviceLevelTarget = integer(o, u"serviceLevelTarget"_s, t.serviceLevelTarget, 0, 100, where);
        t.serviceLevelAmber = integer(o, u"serviceLevelAmber"_s, t.serviceLevelAmber, 0, 100, where);
        t.serviceLevelRed = integer(o, u"serviceLevelRed"_s, t.serviceLevelRed, 0, 100, where);
        t.serviceLevelMinOffered = integer(o, u"serviceLevelMinOffered"_s, t.serviceLevelMinOffered, 0, 1000000, where);
        if (o.contains(u"nobodyFree"_s)) {
            const QString level = o.value(u"nobodyFree"_s).toString();
            if (level == u"off")
                t.nobodyFree = TileLevel::Normal;
            else if (level == u"amber")
                t.nobodyFree = TileLevel::Amber;
            else if (level == u"red")
                t.nobodyFree = TileLevel::Red;
            else
                fail(WallboardConfig::tr("%1: \"nobodyFree\" must be \"off\", \"amber\" or \"red\".").arg(where));
        }
        if (ok() && t.waitRedSeconds < t.waitAmberSeconds)
            fail(WallboardConfig::tr("%1: the red wait must not be shorter than the amber wait.").arg(where));
        if (ok() && t.serviceLevelRed > t.serviceLevelAmber)
            fail(WallboardConfig::tr("%1: the red service level must not be above the amber one.").arg(where));
        return t;
    }
};

} // namespace

QString WallboardConfig::figureKey(WallboardFigure figure)
{
    switch (figure) {
    case WallboardFigure::Waiting:
        return u"waiting"_s;
    case WallboardFigure::LongestWait:
        return u"longestWait"_s;
    case WallboardFigure::Agents:
        return u"agents"_s;
    case WallboardFigure::ServiceLevel:
        return u"serviceLevel"_s;
    case WallboardFigure::Answered:
        return u"answered"_s;
    case WallboardFigure::Abandoned:
        return u"abandoned"_s;
    }
    return {};
}

const TileThresholds& WallboardConfig::thresholdsFor(const QString& tileName) const
{
    const auto it = thresholds.constFind(tileName);
    return it == thresholds.cend() ? defaultThresholds : it.value();
}

QJsonObject WallboardConfig::toJson() const
{
    QJsonArray groupArray;
    for (const WallboardGroup& group : groups)
        groupArray.append(
            QJsonObject {{u"name"_s, group.name}, {u"queues"_s, QJsonArray::fromStringList(group.queues)}});
    QJsonObject overrides;
    for (auto it = thresholds.cbegin(); it != thresholds.cend(); ++it)
        overrides.insert(it.key(), thresholdsToJson(it.value()));
    QJsonArray figureArray;
    for (const WallboardFigure figure : figures)
        figureArray.append(figureKey(figure));
    return QJsonObject {
        {u"format"_s, u"queuewatch-wallboard"_s},
        {u"version"_s, FormatVersion},
        {u"showQueueTiles"_s, showQueueTiles},
        {u"queues"_s, QJsonArray::fromStringList(queues)},
        {u"groups"_s, groupArray},
        {u"defaultThresholds"_s, thresholdsToJson(defaultThresholds)},
        {u"thresholds"_s, overrides},
        {u"rotationSeconds"_s, rotationSeconds},
        {u"figures"_s, figureArray},
        {u"showAgents"_s, showAgents},
    };
}

std::variant<WallboardConfig, QString> WallboardConfig::fromJson(const QJsonObject& json)
{
    Reader reader;
    WallboardConfig config;
    const QString top = tr("wallboard");
    if (json.value(u"format"_s).toString() != u"queuewatch-wallboard")
        reader.fail(tr("This is not a QueueWatch wallboard file (\"format\" is missing or wrong)."));
    else if (json.value(u"version"_s).toInt(-1) != FormatVersion)
        reader.fail(tr("Wallboard file version %1 is not supported (expected %2).")
                        .arg(json.value(u"version"_s).toVariant().toString())
                        .arg(FormatVersion));
    config.showQueueTiles = reader.boolean(json, u"showQueueTiles"_s, config.showQueueTiles, top);
    config.showAgents = reader.boolean(json, u"showAgents"_s, config.showAgents, top);
    config.queues = reader.names(json, u"queues"_s, tr("queues"));
    config.rotationSeconds = reader.integer(json, u"rotationSeconds"_s, config.rotationSeconds, MinRotationSeconds,
                                            MaxRotationSeconds, top);
    if (json.contains(u"defaultThresholds"_s))
        config.defaultThresholds = reader.thresholds(json.value(u"defaultThresholds"_s), tr("default thresholds"));

    const QJsonValue groups = json.value(u"groups"_s);
    if (!groups.isUndefined() && (!groups.isArray() || groups.toArray().size() > MaxNames))
        reader.fail(tr("groups: must be a list of at most %1 groups.").arg(MaxNames));
    QSet<QString> groupNames;
    for (const QJsonValue& value : groups.toArray()) {
        if (!reader.ok())
            break;
        if (!value.isObject()) {
            reader.fail(tr("groups: each group must be an object with a name and queues."));
            break;
        }
        const QJsonObject object = value.toObject();
        WallboardGroup group;
        group.name = reader.name(object.value(u"name"_s), tr("group name"));
        group.queues = reader.names(object, u"queues"_s, tr("group %1").arg(group.name));
        if (reader.ok() && group.queues.isEmpty())
            reader.fail(tr("group %1: lists no queues.").arg(group.name));
        if (reader.ok() && groupNames.contains(group.name))
            reader.fail(tr("groups: \"%1\" is defined twice.").arg(group.name));
        groupNames.insert(group.name);
        config.groups.append(group);
    }

    const QJsonValue overrides = json.value(u"thresholds"_s);
    if (!overrides.isUndefined() && (!overrides.isObject() || overrides.toObject().size() > MaxNames))
        reader.fail(tr("thresholds: must be an object of at most %1 tiles.").arg(MaxNames));
    const QJsonObject overrideObject = overrides.toObject();
    for (auto it = overrideObject.constBegin(); it != overrideObject.constEnd() && reader.ok(); ++it) {
        const QString tile = reader.name(QJsonValue(it.key()), tr("thresholds"));
        config.thresholds.insert(tile, reader.thresholds(it.value(), tr("thresholds of %1").arg(tile)));
    }

    if (json.contains(u"figures"_s)) {
        config.figures.clear();
        const QJsonValue figures = json.value(u"figures"_s);
        if (!figures.isArray())
            reader.fail(tr("figures: must be a list."));
        for (const QJsonValue& value : figures.toArray()) {
            bool known = false;
            for (int i = 0; i < WallboardFigureCount; ++i) {
                const auto figure = WallboardFigure(i);
                if (value.toString() == figureKey(figure) && !config.figures.contains(figure)) {
                    config.figures.append(figure);
                    known = true;
                }
            }
            if (!known) {
                reader.fail(tr("figures: \"%1\" is unknown or listed twice.").arg(value.toVariant().toString()));
                break;
            }
        }
    }

    if (!reader.ok())
        return reader.error;
    return config;
}

std::optional<QString> WallboardConfig::writeFile(const QString& path) const
{
    return JsonFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

std::variant<WallboardConfig, QString> WallboardConfig::readFile(const QString& path)
{
    auto file = JsonFile::read(path, MaxFileBytes, tr("a wallboard file"));
    if (const auto* error = std::get_if<QString>(&file))
        return *error;
    auto config = fromJson(std::get<JsonFile::Document>(file).object);
    if (const auto* error = std::get_if<QString>(&config))
        return tr("%1: %2").arg(path, *error);
    return config;
}

WallboardConfig WallboardConfig::load(const QSettings& settings)
{
    const QByteArray stored = settings.value(u"wallboard/config"_s).toByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(stored);
    if (!document.isObject())
        return {};
    auto config = fromJson(document.object());
    return std::holds_alternative<WallboardConfig>(config) ? std::get<WallboardConfig>(std::move(config))
                                                           : WallboardConfig {};
}

void WallboardConfig::save(QSettings& settings) const
{
    settings.setValue(u"wallboard/config"_s, QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

} // namespace qw
