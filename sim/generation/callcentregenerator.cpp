#include "generation/callcentregenerator.h"

#include "generation/serversimulation.h"

namespace qw {

CallCentreGenerator::CallCentreGenerator(GeneratorConfig config)
    : m_config(std::move(config))
{
    // The servers keep a reference to m_config: it must not move after this point.
    m_servers.reserve(std::size_t(m_config.partitions.size()));
    for (qsizetype index = 0; index < m_config.partitions.size(); ++index)
        m_servers.push_back(std::make_unique<ServerSimulation>(m_config, int(index)));
}

CallCentreGenerator::~CallCentreGenerator() = default;

bool CallCentreGenerator::next(QueueLogEvent& event)
{
    // A handful of servers: a linear scan beats a heap. Strict '<' keeps the config's order
    // for lines of the same second.
    int best = -1;
    qint64 bestTime = 0;
    for (std::size_t index = 0; index < m_servers.size(); ++index) {
        ServerSimulation& server = *m_servers[index];
        if (!server.ensureLine())
            continue;
        const qint64 time = server.peek().time;
        if (best < 0 || time < bestTime) {
            best = int(index);
            bestTime = time;
        }
    }
    if (best < 0)
        return false;
    m_servers[std::size_t(best)]->take(event);
    m_lastPartition = best;
    return true;
}

} // namespace qw
