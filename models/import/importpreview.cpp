// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreview.h"

#include "headermatcher.h"
#include "importsource.h"
#include "xlsxworkbook.h"

#include <algorithm>
#include <memory>

namespace {

// Rows between two questions to `isCancelled`.
constexpr qint64 cancelInterval = 256;

} // namespace

ImportPreview ImportPreview::read(const Request &request, const std::function<bool()> &isCancelled)
{
    ImportPreview preview;
    preview.filePath = request.filePath;

    ImportSource source;
    SourceError error;
    const std::unique_ptr<RecordSource> reader
        = source.open(request.filePath, request.sheet, request.csvFormat, &error);
    preview.workbook = source.kind() == ImportSource::Kind::Workbook;
    if (!reader) {
        preview.error = error;
        if (preview.workbook) {
            // The workbook may be fine and only this sheet unreadable (a
            // dashboard, an empty sheet): still list the sheets to choose from.
            XlsxWorkbook workbook(request.filePath);
            if (workbook.open())
                preview.sheetNames = workbook.sheetNames();
            preview.sheet = request.sheet;
        } else {
            preview.csvFormat = source.csvFormat();
        }
        return preview;
    }

    preview.sheetNames = source.sheetNames();
    preview.sheet = source.sheetName();
    preview.date1904 = source.isDate1904();
    preview.csvFormat = source.csvFormat();
    preview.headers = reader->headers();
    preview.fileBytes = reader->totalBytes();
    preview.dates.resize(size_t(preview.headers.size()));
    preview.numbers.resize(size_t(preview.headers.size()));

    const qint64 sampleLimit = std::max<qint64>(request.sampleLimit, request.rowLimit);
    SourceRecord record;
    while (preview.sampledRows < sampleLimit) {
        if (!reader->next(record)) {
            preview.sampledWholeFile = !reader->error().isError();
            preview.error = reader->error();
            break;
        }
        ++preview.sampledRows;
        const qsizetype columns = std::min(record.fields.size(), preview.headers.size());
        for (qsizetype column = 0; column < columns; ++column) {
            const QString &text = record.fields.at(column);
            if (ValueParsers::isBlank(text))
                continue;
            preview.dates[size_t(column)].add(text);
            preview.numbers[size_t(column)].add(text);
        }
        if (qint64(preview.rows.size()) < request.rowLimit)
            preview.rows.push_back(record);
        if (preview.sampledRows % cancelInterval == 0 && isCancelled && isCancelled())
            break;
    }
    return preview;
}

std::optional<CanonicalTable> ImportPreview::guessTable(const QStringList &headers)
{
    std::optional<CanonicalTable> best;
    double bestShare = 0;
    double bestScore = 0;
    for (const TableSpec &table : canonicalTables()) {
        const HeaderMatchResult match = HeaderMatcher::match(headers, table.table);
        int required = 0;
        for (const FieldSpec &field : table.fields)
            required += field.required ? 1 : 0;
        const double share = required == 0
            ? 0
            : double(required - match.missingRequiredFields.size()) / double(required);
        double score = 0;
        for (const HeaderMatch &column : match.columns)
            score += column.score;
        if (score <= 0)
            continue;
        if (!best || share > bestShare || (share == bestShare && score > bestScore)) {
            best = table.table;
            bestShare = share;
            bestScore = score;
        }
    }
    return best;
}
