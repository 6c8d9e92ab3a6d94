#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace qw::bench {

// What one child process cost: wall time, CPU time and its own peak resident memory.
struct ProcessCost
{
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0;
    long peakKb = 0;
    QString output; // its standard output
};

struct Command
{
    QString program;
    QStringList arguments;
};

// Runs the commands at the same time and waits for all; each one's peak memory is measured
// by the kernel (wait4), so the figures of the parent do not leak into them. POSIX only:
// benchmarks are tools for the Linux build machine.
std::vector<ProcessCost> runConcurrently(const std::vector<Command>& commands, bool captureOutput);

// The fastest of `repetitions` runs of the commands together: wall time of the whole group,
// the largest peak, CPU summed, outputs joined. The first runs may share the machine with a
// server's background work after a bulk load; each side of a comparison gets the same chances.
ProcessCost bestOf(const std::vector<Command>& commands, bool captureOutput, int repetitions = 3);

double wallSeconds(); // a monotonic clock

} // namespace qw::bench
