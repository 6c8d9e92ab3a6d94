#pragma once

#include "generation/callcentregenerator.h"

#include <QString>
#include <vector>

namespace qw::test {
class TestMariaDb;
}

namespace qw::bench {

// The cluster the benchmarks generate: servers A, B and C with 40 agents each and 20,000 calls a
// day each (about 140,000 rows a day per server), from 2026-11-01.
GeneratorConfig benchmarkCluster();

struct LoadedRows
{
    bool ok = false;
    std::vector<qint64> lastTime; // per partition: the time of its last row loaded
};

// Generates rows until every partition has `rowsPerPartition` and loads them into the server's
// queue_log table with LOAD DATA LOCAL INFILE (through a tab-separated file at `tsvPath`).
LoadedRows loadGeneratedRows(test::TestMariaDb& server, const GeneratorConfig& config, qint64 rowsPerPartition,
                             const QString& tsvPath);

} // namespace qw::bench
