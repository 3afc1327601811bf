// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreportwriter.h"

#include "exportfile.h"
#include "reportfonts.h"

#include <QRegularExpression>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString fontStack(const QLocale &locale)
{
    QStringList quoted;
    for (const QString &family : ReportFonts::families(locale))
        quoted << QLatin1Char('"') + family + QLatin1Char('"');
    quoted << QStringLiteral("sans-serif");
    return quoted.join(QLatin1String(", "));
}

QString styleSheet(const QLocale &locale)
{
    return QStringLiteral(R"css(
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
:root { --social: #0072B2; --control: #E69F00; --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4da; }
body { font-family: %1; color: var(--ink); line-height: 1.45; margin: 0 auto; max-width: 60rem;
       padding: 1.5rem; font-size: 10.5pt; }
h1 { font-size: 2rem; margin: 0 0 .3rem; }
h2 { font-size: 1.45rem; margin: 0 0 .6rem; border-bottom: 2px solid var(--social); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
p { margin: .4rem 0 .6rem; }
.subtitle { color: var(--muted); font-size: 1.15rem; margin-bottom: 1.5rem; }
.title-page { min-height: 60vh; padding-top: 4rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.5rem; margin: 1.5rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.generated { color: var(--muted); font-size: .9rem; margin-top: 2rem; }
.roi-sentence { font-size: 1.25rem; font-weight: 600; border-left: 4px solid var(--social);
                padding: .4rem .8rem; background: #f2f7fb; }
.value { font-weight: 600; }
.note { color: #333; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .9rem; }
thead { display: table-header-group; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top; text-align: left; }
th { background: #eef1f5; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.total td { font-weight: 700; border-top: 2px solid #9aa0a6; }
tr { page-break-inside: avoid; break-inside: avoid; }
td.hash { font-family: "DejaVu Sans Mono", monospace; font-size: .78rem; word-break: break-all; }
figure { margin: .8rem 0; page-break-inside: avoid; break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: .85rem; }
ul.warnings li { color: #7a4a00; }
section { padding-top: .5rem; }
section.page { page-break-before: always; break-before: page; }
nav ol { columns: 2; }
@media print {
  body { max-width: none; padding: 0; }
  .title-page { min-height: auto; }
  a { color: inherit; text-decoration: none; }
}
)css")
        .arg(fontStack(locale));
}

QString tableHtml(const ReportTable &table, int hashColumn = -1)
{
    QString html = QStringLiteral("<table>\n<thead><tr>");
    for (int column = 0; column < table.headers.size(); ++column) {
        const bool numeric = size_t(column) < table.numeric.size() && table.numeric[size_t(column)];
        html += numeric ? QStringLiteral("<th class=\"num\">") : QStringLiteral("<th>");
        html += escaped(table.headers.at(column)) + QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const ReportRow &row : table.rows) {
        html += row.emphasised ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        for (size_t column = 0; column < row.cells.size(); ++column) {
            const bool numeric = column < table.numeric.size() && table.numeric[column];
            if (int(column) == hashColumn)
                html += QStringLiteral("<td class=\"hash\">");
            else
                html += numeric ? QStringLiteral("<td class=\"num\">") : QStringLiteral("<td>");
            html += escaped(row.cells[column].text) + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    return html;
}

QString paragraph(const QString &text, const char *cssClass = nullptr)
{
    if (text.isEmpty())
        return QString();
    const QString open = cssClass ? QStringLiteral("<p class=\"%1\">").arg(QLatin1String(cssClass))
                                  : QStringLiteral("<p>");
    return open + escaped(text) + QStringLiteral("</p>\n");
}

QString listHtml(const QStringList &items, const char *cssClass = nullptr)
{
    if (items.isEmpty())
        return QString();
    QString html = cssClass ? QStringLiteral("<ul class=\"%1\">\n").arg(QLatin1String(cssClass))
                            : QStringLiteral("<ul>\n");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + escaped(item) + QStringLiteral("</li>\n");
    return html + QStringLiteral("</ul>\n");
}

QString titlePage(const ReportDocument &document)
{
    QString html = QStringLiteral("<header class=\"title-page\" id=\"title\">\n");
    html += QStringLiteral("<h1>") + escaped(document.title) + QStringLiteral("</h1>\n");
    html += paragraph(document.subtitle, "subtitle");
    html += QStringLiteral("<dl class=\"facts\">\n");
    for (const ReportFact &fact : document.titleFacts) {
        html += QStringLiteral("<dt>") + escaped(fact.label) + QStringLiteral("</dt><dd>")
            + escaped(fact.value) + QStringLiteral("</dd>\n");
    }
    html += QStringLiteral("</dl>\n");
    html += paragraph(document.generatedText, "generated");
    html += QStringLiteral("<nav><h3>") + escaped(document.headings.contents)
        + QStringLiteral("</h3><ol>\n");
    const auto entry = [](const QString &anchor, const QString &title) {
        return QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(anchor, escaped(title));
    };
    html += entry(QStringLiteral("summary"), document.headings.summary);
    for (const ReportMetricSection &section : document.metrics)
        html += entry(QStringLiteral("metric-") + section.id, section.title);
    html += entry(QStringLiteral("assumptions"), document.headings.assumptions);
    html += entry(QStringLiteral("provenance"), document.headings.provenance);
    html += entry(QStringLiteral("methods"), document.headings.methods);
    html += QStringLiteral("</ol></nav>\n</header>\n");
    return html;
}

QString summarySection(const ReportDocument &document)
{
    QString html = QStringLiteral("<section class=\"page\" id=\"summary\">\n<h2>")
        + escaped(document.headings.summary) + QStringLiteral("</h2>\n");
    html += paragraph(document.roiSentence, "roi-sentence");
    html += QStringLiteral("<h3>") + escaped(document.headings.roi) + QStringLiteral("</h3>\n");
    if (!document.roiTable.rows.empty())
        html += tableHtml(document.roiTable);
    if (!document.roiChart.svg.isEmpty()) {
        html += QStringLiteral("<figure>\n")
            + HtmlReportWriter::inlineSvg(document.roiChart.svg, QStringLiteral("roi-"),
                                          document.roiChart.title)
            + QStringLiteral("\n</figure>\n");
    }
    html += QStringLiteral("<h3>") + escaped(document.headings.keyFindings)
        + QStringLiteral("</h3>\n<ul>\n");
    for (const ReportFact &finding : document.keyFindings) {
        html += QStringLiteral("<li><strong>") + escaped(finding.label)
            + QStringLiteral("</strong> — ") + escaped(finding.value) + QStringLiteral("</li>\n");
    }
    html += QStringLiteral("</ul>\n");
    html += listHtml(document.resultWarnings, "warnings");
    return html + QStringLiteral("</section>\n");
}

QString metricSection(const ReportMetricSection &section, const ReportHeadings &headings)
{
    QString html = QStringLiteral("<section class=\"page metric\" id=\"metric-%1\" "
                                  "data-metric=\"%1\">\n<h2>")
                       .arg(escaped(section.id))
        + escaped(section.title) + QStringLiteral("</h2>\n");
    html += paragraph(section.valueText, "value");
    html += paragraph(section.note, "note");
    int index = 0;
    for (const ReportChartImage &chart : section.charts) {
        const QString prefix = QStringLiteral("%1-c%2-").arg(section.id).arg(++index);
        html += QStringLiteral("<figure>\n")
            + HtmlReportWriter::inlineSvg(chart.svg, prefix, chart.title)
            + QStringLiteral("\n</figure>\n");
    }
    if (!section.table.rows.empty())
        html += tableHtml(section.table);
    if (!section.modelTable.rows.empty())
        html += tableHtml(section.modelTable);
    if (!section.warnings.isEmpty()) {
        html += QStringLiteral("<h3>") + escaped(headings.warnings) + QStringLiteral("</h3>\n");
        html += listHtml(section.warnings, "warnings");
    }
    return html + QStringLiteral("</section>\n");
}

QString closingSections(const ReportDocument &document)
{
    QString html = QStringLiteral("<section class=\"page\" id=\"assumptions\">\n<h2>")
        + escaped(document.headings.assumptions) + QStringLiteral("</h2>\n");
    html += tableHtml(document.assumptions);
    html += QStringLiteral("</section>\n");

    html += QStringLiteral("<section class=\"page\" id=\"provenance\">\n<h2>")
        + escaped(document.headings.provenance) + QStringLiteral("</h2>\n");
    html += paragraph(document.provenanceSummary);
    if (!document.provenanceTable.rows.empty())
        html += tableHtml(document.provenanceTable,
                          int(document.provenanceTable.headers.size()) - 1);
    html += QStringLiteral("</section>\n");

    html += QStringLiteral("<section class=\"page\" id=\"methods\">\n<h2>")
        + escaped(document.headings.methods) + QStringLiteral("</h2>\n");
    for (const QString &text : document.methodParagraphs)
        html += paragraph(text);
    html += tableHtml(document.methodTable);
    html += QStringLiteral("</section>\n");
    return html;
}

} // namespace

namespace HtmlReportWriter {

QString inlineSvg(const QByteArray &svg, const QString &idPrefix, const QString &label)
{
    QString text = QString::fromUtf8(svg);
    // The prologue and doctype belong to a standalone file, not to HTML.
    static const QRegularExpression prologue(QStringLiteral("<\\?xml[^>]*\\?>\\s*"));
    static const QRegularExpression doctype(QStringLiteral("<!DOCTYPE[^>]*>\\s*"));
    text.remove(prologue);
    text.remove(doctype);
    // The chart scales with the page: the viewBox stays, the fixed size goes.
    static const QRegularExpression rootSize(
        QStringLiteral("(<svg\\b[^>]*?)\\s(?:width|height)=\"[^\"]*\""));
    for (int pass = 0; pass < 2; ++pass)
        text.replace(rootSize, QStringLiteral("\\1"));
    text.replace(QRegularExpression(QStringLiteral("<svg\\b")),
                 QStringLiteral("<svg role=\"img\" aria-label=\"%1\"").arg(label.toHtmlEscaped()));
    // Qt writes the family it was given ("Sans Serif" for the application's
    // default), which a browser does not know: add the generic fallback.
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    QString withFallbacks;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = family.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        const bool generic = name.compare(QLatin1String("Sans Serif"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("Sans"), Qt::CaseInsensitive) == 0;
        withFallbacks += QStringView(text).mid(last, match.capturedStart() - last);
        withFallbacks += generic ? QStringLiteral("font-family=\"sans-serif\"")
                                 : QStringLiteral("font-family=\"%1, sans-serif\"").arg(name);
        last = match.capturedEnd();
    }
    withFallbacks += QStringView(text).mid(last);
    text = withFallbacks;
    // Ids and the references to them, unique within the page.
    text.replace(QRegularExpression(QStringLiteral("\\bid=\"")),
                 QStringLiteral("id=\"") + idPrefix);
    text.replace(QStringLiteral("url(#"), QStringLiteral("url(#") + idPrefix);
    text.replace(QStringLiteral("href=\"#"), QStringLiteral("href=\"#") + idPrefix);
    return text.trimmed();
}

QByteArray toHtml(const ReportDocument &document)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n"
                                  "<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, "
                                  "initial-scale=1\">\n<title>%2</title>\n<style>%3</style>\n"
                                  "</head>\n<body>\n")
                       .arg(document.locale.bcp47Name(),
                            escaped(document.title + QStringLiteral(" — ") + document.projectName),
                            styleSheet(document.locale));
    html += titlePage(document);
    html += summarySection(document);
    for (const ReportMetricSection &section : document.metrics)
        html += metricSection(section, document.headings);
    html += closingSections(document);
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

bool write(const ReportDocument &document, const QString &path, QString *error)
{
    return ExportFile::write(path, toHtml(document), error);
}

} // namespace HtmlReportWriter
