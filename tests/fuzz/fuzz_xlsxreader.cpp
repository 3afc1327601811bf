// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX reader on any bytes: the zip container, the workbook and its
// relationships, shared strings, styles and the sheets' cells.
//
// The seeds (scripts/fuzz) are stored, uncompressed workbooks as well as
// deflated ones, so mutations reach the XML and not only the zip layer.

#include "fuzzinput.h"
#include "xlsxreader.h"
#include "xlsxworkbook.h"

#include <cstddef>
#include <cstdint>

namespace {

constexpr int maxRows = 100000;

// Small enough that a zip bomb is refused at once rather than inflated for
// seconds, as the real limits do on real files.
XlsxLimits fuzzLimits()
{
    XlsxLimits limits;
    limits.maxPartBytes = qint64(64) << 20;
    limits.ratioCheckBytes = qint64(1) << 20;
    return limits;
}

void readAll(const QString &path, const XlsxReaderOptions &options)
{
    SourceError error;
    const auto reader = XlsxReader::open(path, options, &error);
    if (!reader)
        return;
    SourceRecord record;
    for (int count = 0; count < maxRows && reader->next(record); ++count) { }
    reader->error().toString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path
        = FuzzInput::writeFile(FuzzInput::bytes(data, size), QStringLiteral("input.xlsx"));

    XlsxReaderOptions options;
    options.limits = fuzzLimits();
    readAll(path, options);

    // Every other sheet, with a header row given, and the parts on their own.
    XlsxWorkbook workbook(path, options.limits);
    if (!workbook.open())
        return 0;
    if (workbook.loadSharedStrings()) {
        for (qsizetype index = 0; index < workbook.sharedStringCount(); ++index)
            workbook.sharedString(index);
    }
    if (workbook.loadStyles()) {
        for (qsizetype style = -1; style < 200; ++style)
            workbook.isDateStyle(style);
    }
    const QStringList sheets = workbook.sheetNames();
    for (qsizetype index = 1; index < sheets.size() && index < 4; ++index) {
        options.sheet = sheets.at(index);
        options.headerRow = int(index);
        readAll(path, options);
    }
    return 0;
}
