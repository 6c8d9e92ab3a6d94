#include "benchprocess.h"

#include <chrono>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
extern char** environ;
#endif

namespace qw::bench {

#ifdef Q_OS_UNIX
namespace {
long highWaterKb(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}
} // namespace
#endif

double wallSeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::vector<ProcessCost> runConcurrently(const std::vector<Command>& commands, bool captureOutput)
{
    std::vector<ProcessCost> costs(commands.size());
#ifdef Q_OS_UNIX
    struct Child
    {
        pid_t pid = -1;
        double started = 0;
        std::unique_ptr<QTemporaryFile> output;
    };
    std::vector<Child> children(commands.size());
    for (std::size_t i = 0; i < commands.size(); ++i) {
        QByteArray outputPath = "/dev/null";
        if (captureOutput) {
            children[i].output = std::make_unique<QTemporaryFile>();
            children[i].output->open();
            outputPath = QFile::encodeName(children[i].output->fileName());
        }
        std::vector<QByteArray> storage {QFile::encodeName(commands[i].program)};
        for (const QString& argument : commands[i].arguments)
            storage.push_back(argument.toLocal8Bit());
        std::vector<char*> argv;
        for (QByteArray& arg : storage)
            argv.push_back(arg.data());
        argv.push_back(nullptr);

        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outputPath.constData(), O_WRONLY | O_TRUNC, 0600);
        children[i].started = wallSeconds();
        if (posix_spawn(&children[i].pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
            children[i].pid = -1;
        posix_spawn_file_actions_destroy(&actions);
    }
    // ru_maxrss of a child includes the RSS of the process that spawned it (the kernel carries
    // the old address space's high-water mark over exec), so peaks are sampled from
    // /proc/PID/status instead: VmHWM starts afresh at exec and only grows.
    std::size_t running = 0;
    for (const Child& child : children)
        running += child.pid > 0 ? 1 : 0;
    while (running > 0) {
        for (std::size_t i = 0; i < commands.size(); ++i) {
            if (children[i].pid <= 0)
                continue;
            costs[i].peakKb = std::max(costs[i].peakKb, highWaterKb(children[i].pid));
            int status = 0;
            rusage usage {};
            if (wait4(children[i].pid, &status, WNOHANG, &usage) != children[i].pid)
                continue;
            costs[i].seconds = wallSeconds() - children[i].started;
            costs[i].cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
            costs[i].ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
            children[i].pid = 0;
            --running;
        }
        usleep(2000);
    }
    for (std::size_t i = 0; i < commands.size(); ++i) {
        if (children[i].output) {
            children[i].output->seek(0);
            costs[i].output = QString::fromLocal8Bit(children[i].output->readAll());
        }
    }
#else
    Q_UNUSED(commands);
    Q_UNUSED(captureOutput);
#endif
    return costs;
}

ProcessCost bestOf(const std::vector<Command>& commands, bool captureOutput, int repetitions)
{
    ProcessCost best;
    for (int run = 0; run < repetitions; ++run) {
        const double start = wallSeconds();
        const auto costs = runConcurrently(commands, captureOutput);
        ProcessCost all;
        all.ok = true;
        all.seconds = wallSeconds() - start;
        for (const auto& cost : costs) {
            all.ok = all.ok && cost.ok;
            all.peakKb = std::max(all.peakKb, cost.peakKb);
            all.cpuSeconds += cost.cpuSeconds;
            all.output += cost.output;
        }
        if (!all.ok)
            return all;
        if (run == 0 || all.seconds < best.seconds)
            best = all;
    }
    return best;
}

} // namespace qw::bench
