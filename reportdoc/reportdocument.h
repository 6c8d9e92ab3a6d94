#pragma once

#include "reports/report.h"
#include "reports/reporttables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

class QPagedPaintDevice;

namespace qw {

// What the document says about the report besides its tables.
struct ReportDocumentInfo
{
    QString title;
    QString source; // the source spec
    QString periodText;
    QDateTime generated;
    QTimeZone zone; // of every time and date shown
    qint64 slThreshold = 20;

    // The defaults for a finished report: its spec and period, generated now.
    static ReportDocumentInfo forReport(const Report& report, const QTimeZone& zone);
};

// The whole report as a printable document: title block, the report's warnings word for word
// ("Notes"), then each section's tables with their
// charts, "Page n of m" and the service-level formula on every page. Painted onto any paged
// device (QPdfWriter for PDF, QPrinter for printing) as text and paths, so a PDF stays small and
// sharp. Needs only a QGuiApplication (fonts): the charts are painted, not widgets.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(qw::ReportDocument)

public:
    // The unanswered-call list is cut here in print; the full list belongs in the CSV export.
    static constexpr qsizetype UnansweredCallsLimit = 300;

    ReportDocument(const Report& report, ReportTables tables, ReportDocumentInfo info);

    // Paints every page; false if a painter cannot be begun on the device.
    bool paint(QPagedPaintDevice& device) const;
    // The PDF (A4), written aside and renamed into place.
    bool writePdf(const QString& path, QString* error) const;
    // The PDF bytes, for callers that write them themselves.
    QByteArray toPdf() const;

    // The number of pages of the last paint.
    int pageCount() const { return m_pageCount; }

    static QString periodText(qint64 from, qint64 to, const QTimeZone& zone);

private:
    ReportTables m_tables;
    ReportDocumentInfo m_info;
    qsizetype m_callCount = 0;
    QStringList m_warnings; // the report's own notes, printed as they are
    qint64 m_eventsRead = 0;
    mutable int m_pageCount = 0;
};

} // namespace qw
