#include "reports/catalogloader.h"

#include "database/databaseconnection.h"

namespace qw {

// Lives in the worker's thread and owns the connection that thread uses, opened lazily there
// (QtSql connections belong to the thread that opened them).
class CatalogWorker : public QObject
{
public:
    explicit CatalogWorker(std::optional<DatabaseUrl> url)
        : m_url(std::move(url))
    { }

    // Null when the bindings have no database: then only files are read.
    DatabaseConnection* connection()
    {
        if (!m_connection && m_url)
            m_connection = std::make_unique<DatabaseConnection>(*m_url);
        return m_connection.get();
    }

    // After an error the connection may be dead (a restarted server): the next query reopens it.
    void forgetConnection() { m_connection.reset(); }

private:
    std::optional<DatabaseUrl> m_url;
    std::unique_ptr<DatabaseConnection> m_connection;
};

CatalogLoader::CatalogLoader(SourceBindings bindings, QObject* parent)
    : QObject(parent)
    , m_bindings(std::move(bindings))
    , m_worker(QStringLiteral("QueueWatch catalog"))
    , m_connections(m_worker.adopt(std::make_unique<CatalogWorker>(m_bindings.database)))
{
    qRegisterMetaType<qw::PartitionInfoList>();
    qRegisterMetaType<qw::CatalogNames>();
}

CatalogLoader::~CatalogLoader() = default; // the worker drops what is queued and waits

bool CatalogLoader::isLoading(Query query) const
{
    return m_worker.isBusy(int(query));
}

template<typename Work, typename Deliver> void CatalogLoader::run(Query query, Work work, Deliver deliver)
{
    m_worker.run(
        int(query),
        [connections = m_connections, work = std::move(work)](const WorkerTask&) {
            auto result = work(connections->connection());
            if (std::holds_alternative<QString>(result))
                connections->forgetConnection();
            return result;
        },
        [this, query, deliver = std::move(deliver)](auto result) {
            if (const auto* error = std::get_if<QString>(&result))
                Q_EMIT failed(query, *error);
            else
                deliver(std::get<0>(result));
        });
}

void CatalogLoader::loadPartitions()
{
    run(
        Query::Partitions,
        [bindings = m_bindings](DatabaseConnection* connection) {
            return PartitionCatalog::partitions(bindings, connection);
        },
        [this](const PartitionInfoList& partitions) { Q_EMIT partitionsLoaded(partitions); });
}

void CatalogLoader::loadNames(const SourceSpec& spec, qint64 from, qint64 to)
{
    run(
        Query::Names,
        [bindings = m_bindings, spec, from, to](DatabaseConnection* connection) {
            return PartitionCatalog::names(spec, bindings, connection, from, to);
        },
        [this](const CatalogNames& names) { Q_EMIT namesLoaded(names); });
}

} // namespace qw
