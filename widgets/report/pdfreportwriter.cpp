// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreportwriter.h"

#include "cairopdf/cairopdfdevice.h"
#include "commontext.h"
#include "exportfile.h"
#include "reportfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontDatabase>
#include <QPainter>
#include <QPicture>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>
#include <vector>

namespace {

// Device units: the layout runs at the PDF's resolution so that fonts given
// in points keep their size and positions are fine-grained.
constexpr int resolution = 300;
constexpr double layoutResolution = 96; // ReportChartImage sizes are 96-dpi pixels

// A length in points as device units, for the painter and for text objects.
double pt(double points)
{
    return points * resolution / 72.0;
}

// A length in points for a text format (margins, padding, borders, indents):
// QTextDocument's layout takes those in 96-dpi pixels and scales them to the
// paint device itself.
double len(double points)
{
    return points * layoutResolution / 72.0;
}

// Numbers and short figures must not break inside ("< 0.001", "-29.5 %");
// an interval may break after its dash and a pair of sizes after its slash.
QString unbreakable(QString text)
{
    text.replace(QLatin1Char(' '), QChar::Nbsp);
    text.replace(QStringLiteral("\u00a0–\u00a0"), QStringLiteral("\u00a0– "));
    text.replace(QStringLiteral("\u00a0/\u00a0"), QStringLiteral("\u00a0/ "));
    return text;
}

const QColor ink(0x1d, 0x1d, 0x1f);
const QColor muted(0x5f, 0x63, 0x68);
const QColor accent(0x00, 0x72, 0xb2); // the social cohort's blue
const QColor rule(0xd0, 0xd4, 0xda);
const QColor headerFill(0xee, 0xf1, 0xf5);
const QColor totalFill(0xf6, 0xf7, 0xf9);
const QColor highlightFill(0xf2, 0xf7, 0xfb);
const QColor warningInk(0x7a, 0x4a, 0x00);

// Charts are text objects that replay their recorded painting as vectors.
constexpr int chartObjectType = QTextFormat::UserObject + 1;
constexpr int chartPictureProperty = QTextFormat::UserProperty + 1;
constexpr int chartSizeProperty = QTextFormat::UserProperty + 2; // device units
constexpr int chartLayoutSizeProperty = QTextFormat::UserProperty + 3; // the picture's

class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return format.property(chartSizeProperty).toSizeF();
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        const QPicture picture = format.property(chartPictureProperty).value<QPicture>();
        const QSizeF size = format.property(chartLayoutSizeProperty).toSizeF();
        // The page being drawn clips; the picture's own clipping replaces that
        // clip, so a chart that belongs to another page must not start here.
        if (picture.isNull() || size.isEmpty()
            || (painter->hasClipping() && !painter->clipBoundingRect().contains(rect))) {
            return;
        }
        // QPicture scales by the device's resolution over its own (96 dpi) by
        // itself; the painter adds what remains to fill `rect`.
        const double deviceScale = double(painter->device()->logicalDpiX()) / picture.logicalDpiX();
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / (size.width() * deviceScale),
                       rect.height() / (size.height() * deviceScale));
        painter->drawPicture(QPointF(0, 0), picture);
        painter->restore();
    }
};

// Builds the QTextDocument of a report section by section.
class Layout
{
public:
    Layout(const ReportDocument &document, QPaintDevice *device, const QSizeF &pageSize,
           const QString &family)
        : m_document(document)
        , m_pageSize(pageSize)
        , m_family(family)
    {
        m_text.documentLayout()->setPaintDevice(device);
        m_text.setPageSize(pageSize);
        m_text.setDocumentMargin(0);
        m_text.setDefaultFont(font(10));
        m_text.documentLayout()->registerHandler(chartObjectType, &m_charts);
        m_cursor = QTextCursor(&m_text);
    }

    QTextDocument &text() { return m_text; }

    void build();
    // Moves to the next page every table that fits on a page but would be
    // split, and every subheading left at the foot of a page without its text.
    void keepTogether();
    // Writes the page numbers into the contents, once the text is laid out.
    void fillContents();

private:
    struct ContentsEntry
    {
        int headingPosition; // of the section's heading block
        int numberPosition; // of the cell holding its page number
    };

    QFont font(double points, bool bold = false) const
    {
        QFont result(m_family);
        result.setPointSizeF(points);
        result.setBold(bold);
        return result;
    }
    QTextCharFormat charFormat(double points, bool bold = false, const QColor &colour = ink) const
    {
        QTextCharFormat format;
        format.setFont(font(points, bold));
        format.setForeground(colour);
        return format;
    }
    QTextBlockFormat blockFormat(double before, double after,
                                 Qt::Alignment alignment = Qt::AlignLeft) const
    {
        QTextBlockFormat format;
        format.setTopMargin(len(before));
        format.setBottomMargin(len(after));
        format.setAlignment(alignment);
        format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        return format;
    }

    // A new block. The document's first block, and the empty block a table
    // or a frame leaves after itself, are used instead of adding one.
    void newBlock(QTextBlockFormat format, const QTextCharFormat &chars, bool pageBreak = false)
    {
        if (pageBreak)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (m_reuseBlock) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_reuseBlock = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }
    int heading(const QString &text, bool pageBreak)
    {
        newBlock(blockFormat(0, 8), charFormat(17, true, accent), pageBreak);
        const int position = m_cursor.position();
        m_cursor.insertText(text, charFormat(17, true, accent));
        return position;
    }
    void subheading(const QString &text)
    {
        newBlock(blockFormat(10, 4), charFormat(12, true));
        m_subheadings.push_back(m_cursor.position());
        m_cursor.insertText(text, charFormat(12, true));
    }
    void paragraph(const QString &text, const QTextCharFormat &chars, double after = 6)
    {
        if (text.isEmpty())
            return;
        newBlock(blockFormat(0, after), chars);
        m_cursor.insertText(text, chars);
    }
    void bullet(const QString &label, const QString &text, const QTextCharFormat &chars)
    {
        QTextBlockFormat format = blockFormat(0, 4);
        format.setLeftMargin(len(14));
        format.setTextIndent(-len(10));
        newBlock(format, chars);
        m_cursor.insertText(QStringLiteral("•\u2002"), chars);
        if (!label.isEmpty()) {
            QTextCharFormat bold = chars;
            bold.setFontWeight(QFont::Bold);
            m_cursor.insertText(label + QStringLiteral(" — "), bold);
        }
        m_cursor.insertText(text, chars);
    }
    void chartRow(const std::vector<const ReportChartImage *> &charts);
    struct TableStyle
    {
        bool header = true; // a header row from the table's headers
        bool rules = true; // lines between the rows
        QColor firstColumn = ink; // the labels' colour
    };
    QTextTable *table(const ReportTable &table, const QVector<double> &widths, double points,
                      const TableStyle &style);
    QTextTable *table(const ReportTable &source, const QVector<double> &widths, double points)
    {
        return table(source, widths, points, TableStyle());
    }
    void cellText(QTextTable *table, int row, int column, const QString &text,
                  const QTextCharFormat &chars, Qt::Alignment alignment);
    // Leaves a table or frame: the cursor goes to the empty block after it.
    void endTable()
    {
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = true;
    }

    void titlePage();
    void summary();
    void metric(const ReportMetricSection &section);
    void assumptions();
    void provenance();
    void methods();

    const ReportDocument &m_document;
    QSizeF m_pageSize;
    QString m_family;
    QTextDocument m_text;
    QTextCursor m_cursor;
    ChartObject m_charts;
    bool m_reuseBlock = true; // the document starts with one empty block
    QTextTable *m_contents = nullptr;
    std::vector<int> m_headings; // positions of the headings the contents list
    std::vector<int> m_subheadings;
    std::vector<QTextTable *> m_tables; // owned by the document
};

void Layout::build()
{
    titlePage();
    summary();
    for (const ReportMetricSection &section : m_document.metrics)
        metric(section);
    assumptions();
    provenance();
    methods();
}

void Layout::titlePage()
{
    // A top margin is dropped at the top of a page; an empty line of fixed height is not.
    QTextBlockFormat spacer;
    spacer.setLineHeight(len(60), QTextBlockFormat::FixedHeight);
    newBlock(spacer, charFormat(10));
    newBlock(blockFormat(0, 6), charFormat(26, true));
    m_cursor.insertText(m_document.title, charFormat(26, true));
    paragraph(m_document.subtitle, charFormat(13, false, muted), 24);

    ReportTable facts;
    facts.numeric = {false, false};
    for (const ReportFact &fact : m_document.titleFacts) {
        ReportRow row;
        row.cells = {ReportCell::plain(fact.label), ReportCell::plain(fact.value)};
        facts.rows.push_back(row);
    }
    table(facts, {32, 68}, 10.5, {false, false, muted});
    endTable();

    paragraph(m_document.generatedText, charFormat(9, false, muted), 12);
    newBlock(blockFormat(12, 4), charFormat(12, true));
    m_cursor.insertText(m_document.headings.contents, charFormat(12, true));

    // The contents: one line per section, page numbers filled in after layout.
    QStringList titles {m_document.headings.summary};
    for (const ReportMetricSection &section : m_document.metrics)
        titles << section.title;
    titles << m_document.headings.assumptions << m_document.headings.provenance
           << m_document.headings.methods;
    ReportTable contents;
    contents.numeric = {false, true};
    for (const QString &title : titles) {
        ReportRow row;
        row.cells = {ReportCell::plain(title), ReportCell::plain(QStringLiteral("00"))};
        contents.rows.push_back(row);
    }
    m_contents = table(contents, {88, 12}, 10, {false, false, ink});
    QTextTableFormat contentsFormat = m_contents->format();
    contentsFormat.setWidth(QTextLength(QTextLength::PercentageLength, 70));
    m_contents->setFormat(contentsFormat);
    endTable();
}

void Layout::summary()
{
    m_headings.push_back(heading(m_document.headings.summary, true));

    // The ROI sentence stands out in a tinted frame.
    QTextFrameFormat frame;
    frame.setBackground(highlightFill);
    frame.setPadding(len(8));
    frame.setBorder(len(1.5));
    frame.setBorderBrush(accent);
    frame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    frame.setTopMargin(len(4));
    frame.setBottomMargin(len(6));
    frame.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    m_cursor.insertFrame(frame);
    m_cursor.setBlockFormat(blockFormat(0, 0));
    m_cursor.insertText(m_document.roiSentence, charFormat(13, true));
    endTable();

    if (!m_document.roiTable.rows.empty()) {
        subheading(m_document.headings.roi);
        table(m_document.roiTable, {46, 18, 18, 18}, 9.5);
        endTable();
    }
    if (!m_document.roiChart.svg.isEmpty())
        chartRow({&m_document.roiChart});

    subheading(m_document.headings.keyFindings);
    for (const ReportFact &finding : m_document.keyFindings)
        bullet(finding.label, finding.value, charFormat(9.5));
    for (const QString &warning : m_document.resultWarnings)
        bullet(QString(), warning, charFormat(9.5, false, warningInk));
}

void Layout::chartRow(const std::vector<const ReportChartImage *> &charts)
{
    // Single line height: a proportional one would add 15% of the chart below it.
    QTextBlockFormat format = blockFormat(4, 4, Qt::AlignHCenter);
    format.setLineHeight(100, QTextBlockFormat::SingleHeight);
    newBlock(format, charFormat(10));
    for (size_t index = 0; index < charts.size(); ++index) {
        const ReportChartImage &chart = *charts[index];
        if (chart.picture.isNull())
            continue;
        if (index > 0)
            m_cursor.insertText(QStringLiteral(" "), charFormat(10));
        QTextCharFormat object;
        object.setObjectType(chartObjectType);
        object.setProperty(chartPictureProperty, QVariant::fromValue(chart.picture));
        object.setProperty(chartLayoutSizeProperty, chart.size);
        const double scale = resolution / layoutResolution;
        object.setProperty(chartSizeProperty,
                           QSizeF(chart.size.width() * scale, chart.size.height() * scale));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

void Layout::metric(const ReportMetricSection &section)
{
    m_headings.push_back(heading(section.title, true));
    paragraph(section.valueText, charFormat(10.5, true));
    paragraph(section.note, charFormat(9.5, false, QColor(0x33, 0x33, 0x33)), 8);

    // One chart per block: a block of two lines could span two pages.
    for (const ReportChartImage &chart : section.charts)
        chartRow({&chart});

    if (!section.table.rows.empty()) {
        table(section.table, {21, 9.5, 9.5, 11, 10, 18, 9, 12}, 8.5);
        endTable();
    }
    if (!section.modelTable.rows.empty()) {
        table(section.modelTable, {40, 30, 30}, 8.5);
        endTable();
    }
    if (!section.warnings.isEmpty()) {
        subheading(m_document.headings.warnings);
        for (const QString &warning : section.warnings)
            bullet(QString(), warning, charFormat(8.5, false, warningInk));
    }
}

void Layout::assumptions()
{
    m_headings.push_back(heading(m_document.headings.assumptions, true));
    table(m_document.assumptions, {50, 25, 25}, 9.5);
    endTable();
}

void Layout::provenance()
{
    m_headings.push_back(heading(m_document.headings.provenance, true));
    paragraph(m_document.provenanceSummary, charFormat(10), 8);
    const ReportTable &source = m_document.provenanceTable;
    if (source.rows.empty())
        return;

    // Each file on two rows: its facts, then its SHA-256 across the whole width
    // (64 characters never fit in a column of their own).
    const int columns = int(source.headers.size()) - 1;
    ReportTable facts;
    facts.headers = source.headers.mid(0, columns);
    facts.numeric.assign(source.numeric.begin(), source.numeric.begin() + columns);
    for (const ReportRow &row : source.rows) {
        ReportRow first;
        first.cells.assign(row.cells.begin(), row.cells.begin() + columns);
        facts.rows.push_back(first);
        ReportRow second;
        second.cells.assign(size_t(columns), ReportCell());
        second.cells.front() = ReportCell::plain(source.headers.constLast() + QStringLiteral(": ")
                                                 + row.cells.back().text);
        facts.rows.push_back(second);
    }
    QTextTable *files = table(facts, {24, 12, 11, 17, 12, 12, 12}, 8.5);
    QTextCharFormat hash = charFormat(8, false, muted);
    hash.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
                          QStringLiteral("monospace")});
    for (int row = 2; row < files->rows(); row += 2) {
        files->mergeCells(row, 0, 1, columns);
        QTextCursor cell = files->cellAt(row, 0).firstCursorPosition();
        cell.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cell.setCharFormat(hash);
    }
    endTable();
}

void Layout::methods()
{
    m_headings.push_back(heading(m_document.headings.methods, true));
    for (const QString &text : m_document.methodParagraphs)
        paragraph(text, charFormat(9.5), 6);
    // One block of lines per kind of row rather than a table: a cell listing
    // a dozen rows would be split across pages.
    const QStringList &labels = m_document.methodTable.headers;
    for (const ReportMethodNote &note : m_document.methodNotes) {
        subheading(note.kind);
        const QTextCharFormat body = charFormat(9);
        QTextCharFormat label = body;
        label.setFontWeight(QFont::Bold);
        const std::pair<QString, QString> lines[] = {
            {labels.value(2), note.test},
            {labels.value(3), note.interval},
            {labels.value(1), note.rows},
        };
        for (const auto &[name, text] : lines) {
            newBlock(blockFormat(0, 2), body);
            m_cursor.insertText(name + QStringLiteral(": "), label);
            m_cursor.insertText(text, body);
        }
    }
}

QTextTable *Layout::table(const ReportTable &source, const QVector<double> &widths, double points,
                          const TableStyle &style)
{
    const int columns = int(widths.size());
    const int headerRows = style.header && !source.headers.isEmpty() ? 1 : 0;
    const int rows = int(source.rows.size()) + headerRows;

    // Inserted after the current block, whose text stays before the table.
    // Rules between rows only, drawn as the cells' bottom borders.
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(len(2.5));
    format.setTopMargin(len(4));
    format.setBottomMargin(len(8));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(headerRows);
    QVector<QTextLength> constraints;
    for (double width : widths)
        constraints << QTextLength(QTextLength::PercentageLength, width);
    format.setColumnWidthConstraints(constraints);
    QTextTable *result = m_cursor.insertTable(std::max(rows, 1), columns, format);
    m_tables.push_back(result);

    const auto cellFormat = [&style](const QColor &fill, const QColor &line, double width) {
        QTextTableCellFormat cell;
        if (fill.isValid())
            cell.setBackground(fill);
        if (style.rules) {
            cell.setBottomBorder(len(width));
            cell.setBottomBorderBrush(line);
            cell.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        }
        return cell;
    };
    const auto alignment = [&source](int column) {
        const bool numeric
            = size_t(column) < source.numeric.size() && source.numeric[size_t(column)];
        return numeric ? Qt::AlignRight : Qt::AlignLeft;
    };
    if (headerRows) {
        for (int column = 0; column < columns; ++column) {
            result->cellAt(0, column).setFormat(cellFormat(headerFill, muted, 0.75));
            cellText(result, 0, column, source.headers.value(column), charFormat(points, true),
                     alignment(column));
        }
    }
    for (size_t index = 0; index < source.rows.size(); ++index) {
        const ReportRow &row = source.rows[index];
        const int tableRow = int(index) + headerRows;
        const QTextTableCellFormat cell
            = cellFormat(row.emphasised ? totalFill : QColor(), rule, 0.5);
        for (int column = 0; column < columns; ++column)
            result->cellAt(tableRow, column).setFormat(cell);
        for (int column = 0; column < columns && size_t(column) < row.cells.size(); ++column) {
            const QString &text = row.cells[size_t(column)].text;
            cellText(result, tableRow, column,
                     alignment(column) == Qt::AlignRight ? unbreakable(text) : text,
                     charFormat(points, row.emphasised, column == 0 ? style.firstColumn : ink),
                     alignment(column));
        }
    }
    return result;
}

void Layout::cellText(QTextTable *table, int row, int column, const QString &text,
                      const QTextCharFormat &chars, Qt::Alignment alignment)
{
    QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat format;
    format.setAlignment(alignment);
    cell.setBlockFormat(format);
    cell.insertText(text, chars);
}

void Layout::keepTogether()
{
    QAbstractTextDocumentLayout *layout = m_text.documentLayout();
    const double height = m_pageSize.height();
    const auto pageOf = [height](double y) { return int((y + 1) / height); };
    for (QTextTable *table : m_tables) {
        m_text.pageCount(); // finishes the layout after the previous change
        const QRectF box = layout->frameBoundingRect(table);
        if (box.height() > 0.8 * height || pageOf(box.top()) == pageOf(box.bottom() - 1))
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
    for (int position : m_subheadings) {
        m_text.pageCount();
        QTextBlock block = m_text.findBlock(position);
        const QRectF box = layout->blockBoundingRect(block);
        const double pageBottom = (pageOf(box.top()) + 1) * height;
        if (pageBottom - box.bottom() >= pt(60))
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
    }
}

void Layout::fillContents()
{
    if (!m_contents)
        return;
    QAbstractTextDocumentLayout *layout = m_text.documentLayout();
    std::vector<int> pages;
    for (int position : m_headings) {
        const QRectF box = layout->blockBoundingRect(m_text.findBlock(position));
        pages.push_back(int((box.top() + 1) / m_pageSize.height()) + 1);
    }
    // From the last line up, so that earlier positions stay where they were.
    for (int index = int(pages.size()) - 1; index >= 0; --index) {
        if (index >= m_contents->rows())
            continue;
        QTextCursor cell = m_contents->cellAt(index, 1).firstCursorPosition();
        cell.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cell.insertText(m_document.locale.toString(pages[size_t(index)]), charFormat(10));
    }
}

void drawFooter(QPainter &painter, const QRectF &area, const ReportDocument &document,
                const QString &family, int page, int pages)
{
    painter.save();
    painter.setPen(QPen(rule, pt(0.5)));
    painter.drawLine(area.topLeft(), area.topRight());
    QFont font(family);
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(muted);
    const QRectF text = area.adjusted(0, pt(4), 0, 0);
    const QString pageText = document.headings.page.arg(document.locale.toString(page),
                                                        document.locale.toString(pages));
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, pageText);
    const double pageWidth = painter.fontMetrics().horizontalAdvance(pageText) + pt(12);
    const QString left = painter.fontMetrics().elidedText(
        document.title + QStringLiteral(" — ") + document.projectName, Qt::ElideRight,
        int(text.width() - pageWidth));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, left);
    painter.restore();
}

} // namespace

QString PdfReportWriter::fontFamily(const QLocale &locale)
{
    const QStringList families = ReportFonts::families(locale);
    for (const QString &family : families) {
        if (QFontDatabase::hasFamily(family))
            return family;
    }
    return QFont().family();
}

bool PdfReportWriter::write(const ReportDocument &document, const QString &path, QString *error,
                            const Progress &progress)
{
    // Laid out in memory (a report is a few megabytes), then written in one
    // piece like every export: never a partial file under the final name, and
    // a pipe or a device stays what it is (ExportFile).
    CairoPdfDevice writer(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(16, 16, 16, 12), QPageLayout::Millimeter),
                          resolution);
    writer.setTitle(document.title + QStringLiteral(" — ") + document.projectName);
    writer.setCreator(QStringLiteral("SocialROI Workbench"));

    const QRect paintRect = writer.pageLayout().paintRectPixels(resolution);
    const double footerHeight = pt(22);
    // Whole device pixels, so that page boundaries fall exactly where the
    // layout (in 1/64 pixel steps) puts them.
    const QSizeF pageSize(paintRect.width(), std::floor(paintRect.height() - footerHeight));
    const QString family = fontFamily(document.locale);

    Layout layout(document, &writer, pageSize, family);
    layout.build();
    layout.keepTogether();
    layout.fillContents();
    QTextDocument &text = layout.text();
    const int pages = text.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot write %1: the PDF could not be started.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            painter.end();
            *error = tr("Cannot write %1: a new page could not be started.")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        const double top = page * pageSize.height();
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), pageSize));
        painter.translate(0, -top);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, top), pageSize);
        context.palette.setColor(QPalette::Text, ink);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, QRectF(0, pageSize.height() + pt(6), pageSize.width(), footerHeight),
                   document, family, page + 1, pages);
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            *error = ExportFile::cancelledText();
            return false;
        }
    }
    if (!painter.end()) {
        *error = tr("Cannot write %1: the PDF could not be finished.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QString reason;
    if (!ExportFile::write(path, writer.data(), &reason)) {
        *error = CommonText::cannotWriteFile(path, reason);
        return false;
    }
    return true;
}

#include "pdfreportwriter.moc"
