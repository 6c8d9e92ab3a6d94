#include "reports/catalogloader.h"

#include "database/databaseconnection.h"

namespace qw {

// Lives in the loader's thread and owns the connection that thread uses. Created lazily, so
// it is opened (and later removed) in the worker thread.
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
    , m_worker(new CatalogWorker(m_bindings.database))
{
    qRegisterMetaType<qw::PartitionInfoList>();
    qRegisterMetaType<qw::CatalogNames>();
    m_thread.setObjectName(QStringLiteral("QueueWatch catalog"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CatalogLoader::~CatalogLoader()
{
    for (auto& latest : m_latest)
        ++latest; // whatever is still queued is outdated now
    m_thread.quit();
    m_thread.wait();
}

bool CatalogLoader::isLoading(Query query) const
{
    return m_delivered[int(query)] != m_latest[int(query)];
}

template<typename Work, typename Deliver> void CatalogLoader::run(Query query, Work work, Deliver deliver)
{
    const int slot = int(query);
    const quint64 id = ++m_latest[slot];
    QMetaObject::invokeMethod(
        m_worker,
        [this, query, slot, id, work = std::move(work), deliver = std::move(deliver)] {
            if (m_latest[slot] != id)
                return; // a newer request of this kind is queued behind this one
            auto result = work(m_worker->connection());
            if (std::holds_alternative<QString>(result))
                m_worker->forgetConnection();
            // The loader waits for this thread in its destructor, so `this` is alive here.
            QMetaObject::invokeMethod(
                this,
                [this, query, slot, id, result = std::move(result), deliver] {
                    if (m_latest[slot] != id)
                        return;
                    m_delivered[slot] = id;
                    if (const auto* error = std::get_if<QString>(&result))
                        Q_EMIT failed(query, *error);
                    else
                        deliver(std::get<0>(result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
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
