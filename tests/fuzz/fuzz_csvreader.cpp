// SPDX-License-Identifier: GPL-3.0-or-later
// CSV dialect and encoding detection, then the reader, on any bytes.
//
// The first byte chooses which properties are forced (as the wizard's
// drop-downs and the command line do), so mutations reach detection with and
// without overrides; the rest is the file.

#include "csvformat.h"
#include "csvreader.h"
#include "fuzzinput.h"

#include <cstddef>
#include <cstdint>

namespace {

constexpr int maxRecords = 100000;

CsvFormat::Overrides overridesFrom(std::uint8_t control)
{
    static const QChar delimiters[]
        = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    CsvFormat::Overrides overrides;
    if (control & 0x01)
        overrides.encoding = CsvFormat::Encoding((control >> 4) % 5);
    if (control & 0x02)
        overrides.delimiter = delimiters[(control >> 2) % 4];
    if (control & 0x04)
        overrides.quote = (control & 0x80) ? QLatin1Char('\'') : QLatin1Char('"');
    if (control & 0x08)
        overrides.hasHeader = (control & 0x40) != 0;
    return overrides;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const CsvFormat::Overrides overrides = overridesFrom(data[0]);
    const QByteArray bytes = FuzzInput::bytes(data + 1, size - 1);

    // A sample cut anywhere, as the wizard's preview of a large file is.
    CsvFormat::detectFromSample(bytes.left(bytes.size() / 2), false, overrides);
    const CsvFormat format = CsvFormat::detectFromSample(bytes, true, overrides);

    const QString path = FuzzInput::writeFile(bytes, QStringLiteral("input.csv"));
    CsvFormat::detect(path, overrides);
    SourceError error;
    const auto reader = CsvReader::open(path, format, &error);
    if (reader) {
        SourceRecord record;
        for (int count = 0; count < maxRecords && reader->next(record); ++count) { }
        reader->error().toString();
    } else {
        error.toString();
    }
    return 0;
}
