#pragma once

#include "live/livesettings.h"
#include "reports/reportdefinition.h"

#include <optional>
#include <QCoreApplication>
#include <variant>

class QCommandLineParser;

namespace qw {

// What one run of queuewatch-report is asked to do. The report itself is a ReportDefinition,
// the same the wizard saves: read from --definition FILE or made from the options, which
// override the file's source, period, zone, threshold and filters. So the program and the
// window share one default period, one set of limits and one set of messages.
struct ReportInvocation
{
    enum class Mode
    {
        Report, // a historical report (JSON, CSV or PDF)
        LiveAt, // the live state at one moment, as JSON
        Follow // the live state at every poll, as JSON lines or an atomically replaced file
    };

    Mode mode = Mode::Report;
    ReportDefinition definition;
    SourceBindings bindings;
    qint64 now = 0; // the moment the report is made
    QString format = QStringLiteral("json");
    QString output; // empty or "-": standard output
    bool withCalls = false;
    bool restartEndsMembers = false;
    qint64 liveAt = 0;
    LiveWindow window;
    int everySeconds = 5;

    // The engine's request for Mode::Report, or what is wrong with the definition.
    std::variant<ReportRequest, QString> request() const;
    // The live engine's settings for Mode::LiveAt and Mode::Follow.
    LiveSettings liveSettings() const;
};

class ReportCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(qw::ReportCommandLine)
public:
    // The bundled sample cluster's day (--demo).
    static constexpr const char* DemoDay = "2026-11-02";
    static constexpr int MaxEverySeconds = 3600;

    static void addOptions(QCommandLineParser& parser);
    // The invocation the parsed options ask for, or the first problem with them. `wallClock` is
    // the default for --now.
    static std::variant<ReportInvocation, QString> read(const QCommandLineParser& parser, qint64 wallClock);
};

} // namespace qw
