// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include "inputlimits.h"
#include "xlsxworkbook.h"

#include <QDate>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

constexpr int MaxColumns = InputLimits::maxColumns; // XFD, Excel's last column
constexpr qint64 SecondsPerDay = 86400;
// Serial of 9999-12-31 + 1 day in the 1900 system: Excel's last date.
constexpr double SerialAfterLastDate = 2958466.0;

// "C7" -> 3; 0 when the reference has no column letters.
int columnOfReference(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        const char16_t letter = c.toUpper().unicode();
        if (letter < u'A' || letter > u'Z')
            break;
        column = column * 26 + (letter - u'A' + 1);
        if (column > MaxColumns)
            return MaxColumns + 1;
    }
    return column;
}

// t="d" cells hold ISO 8601 text; brought to the canonical form.
QString isoDateText(QString text)
{
    if (text.endsWith(QLatin1Char('Z')))
        text.chop(1);
    const qsizetype fraction = text.indexOf(QLatin1Char('.'), 10);
    if (fraction > 0)
        text.truncate(fraction);
    if (text.endsWith(QLatin1String("T00:00:00")))
        text.chop(9);
    else if (text.size() == 16 && text.at(10) == QLatin1Char('T'))
        text += QLatin1String(":00");
    return text;
}

QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

enum class XlsxReader::CellType : int {
    Number,
    SharedString,
    InlineString,
    String,
    Boolean,
    Error,
    IsoDate
};

std::unique_ptr<XlsxReader> XlsxReader::open(const QString &filePath,
                                             const XlsxReaderOptions &options, SourceError *error)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(options));
    if (!reader->start(filePath) || !reader->readHeader()) {
        if (error)
            *error = reader->m_error;
        return nullptr;
    }
    if (error)
        *error = SourceError();
    return reader;
}

XlsxReader::XlsxReader(const XlsxReaderOptions &options)
    : m_options(options)
{ }

XlsxReader::~XlsxReader() = default;

bool XlsxReader::start(const QString &filePath)
{
    m_workbook = std::make_unique<XlsxWorkbook>(filePath, m_options.limits);
    if (!m_workbook->open()) {
        m_error = m_workbook->error();
        return false;
    }
    const QStringList sheets = m_workbook->sheetNames();
    if (sheets.isEmpty()) {
        m_error.kind = SourceError::Kind::EmptyFile;
        m_error.filePath = filePath;
        m_error.message = SourceError::tr("The workbook has no sheets.");
        return false;
    }
    const QString wanted = m_options.sheet.isEmpty() ? sheets.first() : m_options.sheet;
    qsizetype index = sheets.indexOf(wanted);
    if (index < 0) {
        index = std::find_if(sheets.cbegin(), sheets.cend(),
                             [&](const QString &name) {
                                 return name.compare(wanted, Qt::CaseInsensitive) == 0;
                             })
            - sheets.cbegin();
    }
    if (index >= sheets.size()) {
        m_workbook->openSheet(wanted); // words the error, listing the sheets
        m_error = m_workbook->error();
        return false;
    }
    m_sheetName = sheets.at(index);
    // Only one zip entry can be open at a time: the tables first, then the sheet.
    if (!m_workbook->loadSharedStrings() || !m_workbook->loadStyles()) {
        m_error = m_workbook->error();
        return false;
    }
    m_stream = m_workbook->openSheet(m_sheetName);
    if (!m_stream) {
        m_error = m_workbook->error();
        return false;
    }
    return true;
}

bool XlsxReader::readHeader()
{
    SourceRecord record;
    bool found = false;
    bool isHeader = false;
    while (!found && readRow(record)) {
        if (m_options.headerRow > 0 && record.line < m_options.headerRow)
            continue;
        found = true;
        isHeader = m_options.headerRow != XlsxReaderOptions::NoHeaderRow
            && (m_options.headerRow == XlsxReaderOptions::FirstNonEmptyRow
                || record.line == m_options.headerRow);
    }
    if (m_error.isError())
        return false;
    if (!found) {
        m_error.kind = SourceError::Kind::EmptyFile;
        m_error.filePath = m_workbook->filePath();
        m_error.sheet = m_sheetName;
        m_error.message = m_options.headerRow > 0
            ? SourceError::tr("The sheet has no rows from row %1 on.").arg(m_options.headerRow)
            : SourceError::tr("The sheet is empty: it holds no cells with values.");
        return false;
    }
    if (isHeader && !record.longValues.isEmpty()) {
        const SourceRecord::LongValue &longName = record.longValues.first();
        m_row = record.line;
        m_column = longName.column;
        failAt(SourceError::Kind::TooLarge,
               SourceError::tr("The column name in this cell is %1 characters long, more than "
                               "the %2 a cell may hold: check that this is the header row.")
                   .arg(longName.length)
                   .arg(InputLimits::maxValueCharacters));
        return false;
    }
    if (isHeader) {
        setHeaders(record.fields);
        return true;
    }
    // No header row: names are made up from the first data row's width.
    setHeaders(QStringList(record.fields.size(), QString()));
    m_pending = std::move(record);
    m_hasPending = true;
    return true;
}

void XlsxReader::setHeaders(const QStringList &names)
{
    m_headers.clear();
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString name = names.at(i).trimmed();
        if (name.isEmpty())
            name = unnamedColumnName(i + 1);
        QString unique = name;
        for (int copy = 2; seen.contains(unique.toCaseFolded()); ++copy)
            unique = QStringLiteral("%1 (%2)").arg(name).arg(copy);
        seen.insert(unique.toCaseFolded());
        m_headers.append(unique);
    }
}

bool XlsxReader::next(SourceRecord &record)
{
    if (m_error.isError() || !m_stream)
        return false;
    if (m_hasPending) {
        record = std::move(m_pending);
        m_pending = SourceRecord();
        m_hasPending = false;
    } else if (!readRow(record)) {
        return false;
    }
    if (record.fields.size() < m_headers.size())
        record.fields.resize(m_headers.size());
    return true;
}

bool XlsxReader::readRow(SourceRecord &record)
{
    while (!m_atEnd) {
        const QXmlStreamReader::TokenType token = m_stream->readNext();
        if (token == QXmlStreamReader::Invalid) {
            failAt(m_stream->error().kind, m_stream->error().message);
            return false;
        }
        if (token == QXmlStreamReader::EndDocument) {
            m_atEnd = true;
            break;
        }
        const QXmlStreamReader &xml = m_stream->xml();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData") {
            m_atEnd = true; // nothing after the cells is needed
            break;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sheetData") {
            m_inSheetData = true;
        } else if (m_inSheetData && xml.name() == u"row") {
            bool ok = false;
            const qint64 row = xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
            m_row = ok && row > 0 ? row : m_row + 1; // no r: the row after the last one
            m_column = 0;
            if (m_row > InputLimits::maxSheetRows) {
                failAt(SourceError::Kind::TooLarge,
                       SourceError::tr("The sheet has a row numbered %1, beyond row %2, the last "
                                       "one Excel allows: the file is damaged or was not written "
                                       "by a spreadsheet, so it is not read.")
                           .arg(m_row)
                           .arg(InputLimits::maxSheetRows));
                return false;
            }
            record.line = m_row;
            record.fields.clear();
            record.longValues.clear();
            m_rowCharacters = 0;
            if (!readRowCells(record))
                return false;
            if (!record.fields.isEmpty())
                return true;
        }
    }
    return false;
}

bool XlsxReader::readRowCells(SourceRecord &record)
{
    for (;;) {
        switch (m_stream->readNext()) {
        case QXmlStreamReader::StartElement:
            if (m_stream->xml().name() == u"c") {
                if (!readCell(record))
                    return false;
            } else if (!m_stream->skipElement()) {
                failAt(m_stream->error().kind, m_stream->error().message);
                return false;
            }
            break;
        case QXmlStreamReader::EndElement: // </row>: cells consume their own ends
            m_column = 0;
            return true;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            failAt(m_stream->error().kind, m_stream->error().message);
            return false;
        default:
            break;
        }
    }
}

bool XlsxReader::readCell(SourceRecord &record)
{
    const QXmlStreamAttributes attributes = m_stream->xml().attributes();
    const CellType type = cellType(attributes.value(QLatin1String("t")));
    const qsizetype style = attributes.value(QLatin1String("s")).toLongLong();
    const int column = columnOfReference(attributes.value(QLatin1String("r")));
    m_column = column > 0 ? column : m_column + 1; // no r: the cell after the last one
    if (m_column > MaxColumns) {
        failAt(
            SourceError::Kind::MalformedXml,
            SourceError::tr("A cell lies beyond column XFD, the last one Excel allows: the file is "
                            "damaged."));
        return false;
    }

    m_value.clear();
    bool hasValue = false;
    qint64 length = 0;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_stream->readNext();
        bool ok = true;
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_stream->xml().name();
            if (name == u"v") {
                ok = m_stream->readText(m_value, &length);
                hasValue = true;
            } else if (name == u"is") {
                ok = m_stream->readRichText(m_value, &length);
                hasValue = true;
            } else {
                ok = m_stream->skipElement(); // <f>: the cached <v> is what we want
            }
        } else if (token == QXmlStreamReader::EndElement) {
            break; // </c>
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            ok = false;
        }
        if (!ok) {
            failAt(m_stream->error().kind, m_stream->error().message);
            return false;
        }
    }
    if (!hasValue)
        return true;
    if (length > InputLimits::maxValueCharacters && type != CellType::SharedString)
        return addValue(record, m_value, length); // not a number nor a date: kept as it is
    QString text = cellText(type, style);
    if (m_error.isError())
        return false;
    length = type == CellType::SharedString
        ? m_workbook->sharedStringLength(m_value.trimmed().toLongLong())
        : text.size();
    return addValue(record, std::move(text), length);
}

bool XlsxReader::addValue(SourceRecord &record, QString text, qint64 length)
{
    if (text.isEmpty())
        return true;
    if (length > InputLimits::maxValueCharacters)
        record.longValues.append({m_column, length});
    m_rowCharacters += text.size();
    if (m_rowCharacters > InputLimits::maxRowCharacters) {
        failAt(SourceError::Kind::TooLarge,
               SourceError::tr("The values of this row add up to more than %1 characters: the "
                               "file is damaged or built to exhaust memory, so it is not read.")
                   .arg(InputLimits::maxRowCharacters));
        return false;
    }
    if (record.fields.size() < m_column)
        record.fields.resize(m_column);
    record.fields[m_column - 1] = std::move(text);
    return true;
}

XlsxReader::CellType XlsxReader::cellType(QStringView typeAttribute)
{
    if (typeAttribute.isEmpty() || typeAttribute == u"n")
        return CellType::Number;
    if (typeAttribute == u"s")
        return CellType::SharedString;
    if (typeAttribute == u"inlineStr")
        return CellType::InlineString;
    if (typeAttribute == u"b")
        return CellType::Boolean;
    if (typeAttribute == u"e")
        return CellType::Error;
    if (typeAttribute == u"d")
        return CellType::IsoDate;
    return CellType::String; // "str", a formula's text result
}

QString XlsxReader::cellText(CellType type, qsizetype style)
{
    switch (type) {
    case CellType::SharedString: {
        bool ok = false;
        const qsizetype index = m_value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_workbook->sharedStringCount()) {
            failAt(SourceError::Kind::MalformedXml,
                   SourceError::tr(
                       "The cell refers to shared string “%1”, which the workbook does not have: "
                       "the file is damaged.")
                       .arg(m_value));
            return {};
        }
        return m_workbook->sharedString(index).toString();
    }
    case CellType::Boolean:
        if (m_value == u"1")
            return QStringLiteral("true");
        if (m_value == u"0")
            return QStringLiteral("false");
        return m_value;
    case CellType::IsoDate:
        return isoDateText(m_value.trimmed());
    case CellType::Number: {
        bool ok = false;
        const double value = m_value.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return m_value; // not a number after all: kept as written
        return m_workbook->isDateStyle(style) ? serialDateText(value, m_workbook->isDate1904())
                                              : numberText(value);
    }
    case CellType::InlineString:
    case CellType::String:
    case CellType::Error:
        break;
    }
    return m_value;
}

qint64 XlsxReader::bytesRead() const
{
    if (!m_stream)
        return 0;
    // What follows </sheetData> is never read.
    return m_atEnd ? m_stream->compressedSize() : m_stream->compressedBytesRead();
}

qint64 XlsxReader::totalBytes() const
{
    return m_stream ? m_stream->compressedSize() : 0;
}

QString XlsxReader::numberText(double value)
{
    if (value == 0)
        return QStringLiteral("0"); // also for -0
    const double magnitude = std::abs(value);
    // Plain notation where it stays readable (as JavaScript prints numbers),
    // always the shortest text that reads back as the same double.
    if (magnitude >= 1e-7 && magnitude < 1e21)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString XlsxReader::serialDateText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= SerialAfterLastDate)
        return numberText(serial); // no date: the number itself, nothing lost
    const qint64 totalSeconds = std::llround(serial * double(SecondsPerDay));
    const qint64 days = totalSeconds / SecondsPerDay;
    const qint64 seconds = totalSeconds % SecondsPerDay;
    if (days == 0)
        return clockText(seconds); // a time of day
    QString text;
    if (date1904) {
        text = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        // Lotus 1-2-3's leap-year bug, kept by Excel: serial 60 is a day that
        // never was. Handed over as Excel shows it, so a date parser rejects it
        // visibly instead of the reader moving it silently.
        text = QStringLiteral("1900-02-29");
    } else {
        // Serials 1-59 count from 1900-01-01; later ones are one too high.
        const QDate epoch = days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
        text = epoch.addDays(days).toString(Qt::ISODate);
    }
    if (seconds != 0)
        text += QLatin1Char('T') + clockText(seconds);
    return text;
}

void XlsxReader::failAt(SourceError::Kind kind, const QString &message)
{
    if (m_error.isError())
        return;
    m_error.kind = kind == SourceError::Kind::None ? SourceError::Kind::Truncated : kind;
    m_error.filePath = m_workbook->filePath();
    m_error.sheet = m_sheetName;
    m_error.line = m_row;
    m_error.column = m_column;
    m_error.message = message.isEmpty()
        ? SourceError::tr("The sheet ends in the middle of a row: the file is damaged.")
        : message;
}
