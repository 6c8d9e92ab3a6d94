#pragma once

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <variant>

class QSettings;

namespace qw {

// How loud a wallboard tile is: calm, worth a look, or needs someone now.
enum class TileLevel : quint8
{
    Normal,
    Amber,
    Red
};

// When a tile turns amber or red. Waits are in seconds, service levels in whole percent.
struct TileThresholds
{
    int waitAmberSeconds = 30; // longest wait over this: amber
    int waitRedSeconds = 60; // longest wait over this: red
    int serviceLevelTarget = 80; // shown next to today's SL
    int serviceLevelAmber = 80; // SL under this: amber
    int serviceLevelRed = 60; // SL under this: red
    // Early in the day two calls make a meaningless percentage: SL alarms wait for this many.
    int serviceLevelMinOffered = 10;
    TileLevel nobodyFree = TileLevel::Red; // callers waiting and no agent free (Normal: ignored)

    friend bool operator==(const TileThresholds&, const TileThresholds&) = default;
};

// A named set of queues shown as one tile (e.g. "Sales" = sales + sales-vip).
struct WallboardGroup
{
    QString name;
    QStringList queues;

    friend bool operator==(const WallboardGroup&, const WallboardGroup&) = default;
};

// The figures a tile can show; the configuration switches each one on or off.
enum class WallboardFigure : quint8
{
    Waiting,
    LongestWait,
    Agents, // free / on a call / paused
    ServiceLevel,
    Answered,
    Abandoned,
};
inline constexpr int WallboardFigureCount = 6;

// What one wall screen shows. Saved in QSettings and exported as a JSON file, so one screen
// can be set up from another; whatever is read back is checked before it is used.
struct WallboardConfig
{
    Q_DECLARE_TR_FUNCTIONS(qw::WallboardConfig)

public:
    static constexpr int FormatVersion = 1;
    static constexpr int MinRotationSeconds = 3;
    static constexpr int MaxRotationSeconds = 3600;
    static constexpr int MaxNames = 500; // queues, groups, threshold overrides each
    static constexpr int MaxNameLength = 100;

    bool showQueueTiles = true; // one tile per queue (besides the groups)
    QStringList queues; // the queues with a tile; empty: every queue
    QList<WallboardGroup> groups;
    TileThresholds defaultThresholds;
    QMap<QString, TileThresholds> thresholds; // by tile name (queue or group); else the default
    int rotationSeconds = 15;
    QList<WallboardFigure> figures = allFigures();
    bool showAgents = true; // the agent strip

    bool shows(WallboardFigure figure) const { return figures.contains(figure); }
    // Every figure, in display order. Built in a loop: GCC's -O2 flags a braced list of this
    // one-byte enum as "maybe uninitialized" (a false alarm that -Werror would make fatal).
    static QList<WallboardFigure> allFigures()
    {
        QList<WallboardFigure> all;
        for (int figure = 0; figure < WallboardFigureCount; ++figure)
            all.append(WallboardFigure(figure));
        return all;
    }
    const TileThresholds& thresholdsFor(const QString& tileName) const;

    QJsonObject toJson() const;
    // The config in `json`, or nullopt with the first problem in `error`.
    static std::variant<WallboardConfig, QString> fromJson(const QJsonObject& json);

    std::optional<QString> writeFile(const QString& path) const; // the error, if any
    static std::variant<WallboardConfig, QString> readFile(const QString& path);

    // Stored as one JSON value; a stored value that does not pass fromJson gives the defaults.
    static WallboardConfig load(const QSettings& settings);
    void save(QSettings& settings) const;

    static QString figureKey(WallboardFigure figure); // "waiting", "longestWait", ...

    friend bool operator==(const WallboardConfig&, const WallboardConfig&) = default;
};

} // namespace qw
