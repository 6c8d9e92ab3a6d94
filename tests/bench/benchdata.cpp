#include "benchdata.h"

#include "support/testmariadb.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace qw::bench {

GeneratorConfig benchmarkCluster()
{
    GeneratorConfig config;
    config.seed = 2;
    config.partitions = {u"A"_s, u"B"_s, u"C"_s};
    config.queues = {u"support"_s, u"sales"_s, u"billing"_s};
    config.agentsPerPartition = 40;
    config.callsPerDayPerPartition = 20000;
    config.from = 1793491200; // 2026-11-01 00:00 UTC
    config.to = config.from + 400LL * 86400; // far enough for any row count: generation stops first
    return config;
}

LoadedRows loadGeneratedRows(test::TestMariaDb& server, const GeneratorConfig& config, qint64 rowsPerPartition,
                             const QString& tsvPath)
{
    LoadedRows loaded;
    loaded.lastTime.assign(std::size_t(config.partitions.size()), 0);
    QFile tsv(tsvPath);
    if (!tsv.open(QIODevice::WriteOnly))
        return loaded;
    CallCentreGenerator generator(config);
    std::vector<qint64> written(std::size_t(config.partitions.size()), 0);
    qsizetype done = 0;
    QByteArray buffer;
    QueueLogEvent event;
    const auto clean = [](const QString& text) {
        QByteArray bytes = text.toUtf8();
        bytes.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n");
        return bytes;
    };
    while (done < config.partitions.size() && generator.next(event)) {
        const std::size_t partition = std::size_t(generator.lastPartitionIndex());
        if (written[partition] >= rowsPerPartition)
            continue;
        if (++written[partition] == rowsPerPartition)
            ++done;
        loaded.lastTime[partition] = event.time;
        buffer += event.partition.toUtf8() + '\t' + QByteArray::number(event.time) + '\t' + clean(event.callId) + '\t'
            + clean(event.queue) + '\t' + clean(event.agent) + '\t' + clean(event.verb);
        for (const QString& data : event.data)
            buffer += '\t' + clean(data);
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            if (tsv.write(buffer) != buffer.size())
                return loaded;
            buffer.clear();
        }
    }
    if (tsv.write(buffer) != buffer.size())
        return loaded;
    tsv.close();
    loaded.ok = server.execute(
        u"LOAD DATA LOCAL INFILE '%1' INTO TABLE queue_log "
        "(`partition`, time_id, call_id, queue, agent, verb, data1, data2, data3, data4, data5);"_s.arg(tsvPath));
    return loaded;
}

} // namespace qw::bench
