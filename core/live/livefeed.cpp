#include "live/livefeed.h"

#include "live/liveformat.h"

#include "json/jsonfile.h"
#include <cstdio>
#include <QJsonDocument>

namespace qw {

LiveFeed::LiveFeed(LiveSettings settings, QString output, QObject* parent)
    : QObject(parent)
    , m_monitor(std::move(settings))
    , m_output(std::move(output))
{
    connect(&m_monitor, &LiveMonitor::updated, this, [this](const LiveUpdate& update) {
        if (m_failed)
            return;
        if (const auto error = write(update)) {
            m_failed = true;
            Q_EMIT failed(*error);
            return;
        }
        Q_EMIT written(update);
    });
}

void LiveFeed::start()
{
    m_monitor.start();
}

QByteArray LiveFeed::render(const LiveUpdate& update, bool oneLine)
{
    const QJsonDocument document(liveToJson(update.snapshot, update.health));
    return oneLine ? document.toJson(QJsonDocument::Compact) + '\n' : document.toJson(QJsonDocument::Indented);
}

std::optional<QString> LiveFeed::write(const LiveUpdate& update)
{
    if (!m_output.isEmpty() && m_output != u"-")
        return JsonFile::write(m_output, render(update, false));
    const QByteArray line = render(update, true);
    if (std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout) != std::size_t(line.size())
        || std::fflush(stdout) != 0)
        return tr("Cannot write to standard output.");
    return std::nullopt;
}

} // namespace qw
