// queuewatch: the live monitoring window. Parses the command line, starts the demo cluster when
// no database is given, wires the live poller to the models and the window, and runs.
#include "database/databaseurl.h"
#include "demo/democluster.h"
#include "live/livemonitor.h"
#include "mainwindow.h"
#include "models/livemodelset.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

class GuiCli
{
    Q_DECLARE_TR_FUNCTIONS(GuiCli)
};

int fail(const QString& message)
{
    QTextStream(stderr) << "queuewatch: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"QueueWatch"_s);
    QApplication::setApplicationName(u"QueueWatch"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(GuiCli::tr("Live view of an Asterisk call-centre cluster."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"db"_s,
         GuiCli::tr("Database: mysql://user@host:port/database or sqlite:PATH (password from "
                    "QUEUEWATCH_DB_PASSWORD)."),
         GuiCli::tr("url")},
        {u"source"_s, GuiCli::tr("What to show: sql:A, cluster:A|B-|C, clustrw:A|B."), GuiCli::tr("spec")},
        {u"demo"_s, GuiCli::tr("Show the built-in simulated three-server cluster.")},
    });
    if (!parser.parse(QApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << "queuewatch " << QApplication::applicationVersion() << '\n';
        return 0;
    }

    qw::LiveSettings settings;
    std::unique_ptr<QTemporaryDir> demoDir;
    std::unique_ptr<qw::DemoCluster> demo;
    const bool useDemo = parser.isSet(u"demo"_s) || !parser.isSet(u"db"_s);
    if (useDemo) {
        demoDir = std::make_unique<QTemporaryDir>();
        qw::DemoCluster::Settings demoSettings;
        demoSettings.databasePath = demoDir->filePath(u"demo.sqlite"_s);
        demo = std::make_unique<qw::DemoCluster>(demoSettings);
        if (!demo->start())
            return fail(GuiCli::tr("The demo cannot start: %1").arg(demo->errorString()));
        settings.spec = qw::DemoCluster::spec();
        settings.bindings.database = demo->url();
        settings.pollIntervalMs = 2000;
    } else {
        const auto url = qw::DatabaseUrl::parse(parser.value(u"db"_s));
        if (const auto* error = std::get_if<QString>(&url))
            return fail(*error);
        const auto spec = qw::SourceSpec::parse(parser.value(u"source"_s));
        if (const auto* error = std::get_if<qw::SourceSpec::Error>(&spec))
            return fail(error->message);
        settings.spec = std::get<qw::SourceSpec>(spec);
        settings.bindings.database = std::get<qw::DatabaseUrl>(url);
    }

    qw::LiveModelSet models;
    qw::LiveMonitor monitor(settings);
    QObject::connect(&monitor, &qw::LiveMonitor::updated, &models, &qw::LiveModelSet::apply);
    qw::MainWindow window(&models, useDemo ? GuiCli::tr("demo cluster") : settings.spec.toString());
    QObject::connect(&window, &qw::MainWindow::refreshRequested, &monitor, &qw::LiveMonitor::pollNow);
    if (demo)
        QObject::connect(demo.get(), &qw::DemoCluster::failed, &window, [&window](const QString& message) {
            QMessageBox::warning(&window, GuiCli::tr("QueueWatch"), GuiCli::tr("The demo stopped: %1").arg(message));
        });
    window.resize(1280, 800);
    window.show();
    monitor.start();
    return QApplication::exec();
}
