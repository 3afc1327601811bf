// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsource.h"

#include "csvreader.h"
#include "xlsxreader.h"
#include "xlsxworkbook.h"

#include <QFile>
#include <QFileInfo>

bool ImportSource::looksLikeWorkbook(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")
        || suffix == QLatin1String("xltx") || suffix == QLatin1String("xls")) {
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(8);
    // A zip (XLSX) or an OLE2 compound file (.xls, encrypted .xlsx).
    return head.startsWith("PK\x03\x04")
        || head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

std::unique_ptr<RecordSource> ImportSource::open(const QString &path, const QString &sheet,
                                                 const CsvFormat::Overrides &overrides,
                                                 SourceError *error)
{
    m_path = path;
    m_sheet.clear();
    m_sheetNames.clear();
    m_date1904 = false;
    if (looksLikeWorkbook(path)) {
        m_kind = Kind::Workbook;
        XlsxWorkbook workbook(path);
        if (!workbook.open()) {
            if (error)
                *error = workbook.error();
            return nullptr;
        }
        m_sheetNames = workbook.sheetNames();
        m_date1904 = workbook.isDate1904();
        m_sheet = sheet;
        auto reader = reopen(error);
        if (reader)
            m_sheet = static_cast<XlsxReader *>(reader.get())->sheetName();
        return reader;
    }
    m_kind = Kind::Text;
    SourceError detectError;
    m_format = CsvFormat::detect(path, overrides, &detectError);
    if (detectError.isError()) {
        if (error)
            *error = detectError;
        return nullptr;
    }
    return reopen(error);
}

std::unique_ptr<RecordSource> ImportSource::reopen(SourceError *error) const
{
    if (m_kind == Kind::Workbook) {
        XlsxReaderOptions options;
        options.sheet = m_sheet;
        return XlsxReader::open(m_path, options, error);
    }
    return CsvReader::open(m_path, m_format, error);
}

QChar ImportSource::recordDelimiter() const
{
    return m_kind == Kind::Text ? m_format.delimiter : QLatin1Char(',');
}
