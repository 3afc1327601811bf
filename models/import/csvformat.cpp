// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvformat.h"

#include "valueparsers.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace {

// The offset of the first byte that is not ASCII, or -1. Eight bytes at a
// time: a file of pure ASCII is read to its end this way before an import,
// and byte by byte that took a twentieth of a second per 50 MB.
qsizetype firstNonAscii(const char *data, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, data + i, sizeof word);
        if (word & 0x8080808080808080ULL)
            break;
    }
    for (; i < size; ++i) {
        if (uchar(data[i]) >= 0x80)
            return i;
    }
    return -1;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five bytes it
// leaves undefined map to the C1 controls of the same value, as browsers
// (WHATWG) and Windows itself do, so no byte is invalid.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the UTF-8 sequence a lead byte starts, 0 for a byte that cannot
// start one.
int utf8SequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if (lead < 0xC2)
        return 0;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    if (lead < 0xF5)
        return 4;
    return 0;
}

// Offset of the first byte that is not part of a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF included), or
// -1. With `allowTruncatedEnd`, a sequence cut by the end of the data is
// accepted (a sample of a longer file).
qsizetype firstInvalidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Skip ASCII eight bytes at a time.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, data + i, sizeof(word));
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const uchar lead = data[i];
        const int length = utf8SequenceLength(lead);
        if (length == 0)
            return i;
        if (length == 1) {
            ++i;
            continue;
        }
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
        else if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return allowTruncatedEnd ? -1 : i;
            const uchar byte = data[i + k];
            if (k == 1 ? (byte < low || byte > high) : !isContinuation(byte))
                return i;
        }
        i += length;
    }
    return -1;
}

qsizetype decodeUtf16(QByteArrayView bytes, bool bigEndian, QString *text)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype units = bytes.size() / 2;
    const qsizetype old = text->size();
    text->resize(old + units);
    QChar *out = text->data() + old;
    qsizetype written = 0;
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t unit = bigEndian ? char16_t((data[2 * i] << 8) | data[2 * i + 1])
                                        : char16_t((data[2 * i + 1] << 8) | data[2 * i]);
        if (QChar::isHighSurrogate(unit)) {
            const qsizetype j = i + 1;
            const char16_t next = j < units
                ? (bigEndian ? char16_t((data[2 * j] << 8) | data[2 * j + 1])
                             : char16_t((data[2 * j + 1] << 8) | data[2 * j]))
                : char16_t(0);
            if (!QChar::isLowSurrogate(next)) {
                text->resize(old + written);
                return 2 * i;
            }
            out[written++] = QChar(unit);
            out[written++] = QChar(next);
            ++i;
            continue;
        }
        if (QChar::isLowSurrogate(unit)) {
            text->resize(old + written);
            return 2 * i;
        }
        out[written++] = QChar(unit);
    }
    text->resize(old + written);
    return bytes.size() % 2 ? bytes.size() - 1 : -1;
}

void decodeWindows1252(QByteArrayView bytes, QString *text)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype old = text->size();
    text->resize(old + bytes.size());
    QChar *out = text->data() + old;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar byte = data[i];
        out[i] = (byte >= 0x80 && byte < 0xA0) ? QChar(windows1252High[byte - 0x80])
                                               : QChar(char16_t(byte));
    }
}

struct EncodingGuess
{
    CsvFormat::Encoding encoding = CsvFormat::Encoding::Utf8;
    bool pureAscii = false; // only bytes below 0x80 were seen: UTF-8 by default
};

EncodingGuess guessEncoding(QByteArrayView sample, bool wholeFile)
{
    using Encoding = CsvFormat::Encoding;
    EncodingGuess guess;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        guess.encoding = Encoding::Utf8Bom;
        return guess;
    }
    if (sample.startsWith("\xFF\xFE")) {
        guess.encoding = Encoding::Utf16LE;
        return guess;
    }
    if (sample.startsWith("\xFE\xFF")) {
        guess.encoding = Encoding::Utf16BE;
        return guess;
    }
    // UTF-16 without a BOM: text in Latin script has a zero in every other
    // byte.
    const qsizetype pairs = std::min<qsizetype>(sample.size(), 2048) / 2;
    if (pairs >= 4) {
        qsizetype zeroEven = 0;
        qsizetype zeroOdd = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            zeroEven += sample[2 * i] == 0 ? 1 : 0;
            zeroOdd += sample[2 * i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs) {
            guess.encoding = Encoding::Utf16LE;
            return guess;
        }
        if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs) {
            guess.encoding = Encoding::Utf16BE;
            return guess;
        }
    }
    guess.pureAscii
        = std::none_of(sample.begin(), sample.end(), [](char c) { return uchar(c) >= 0x80; });
    if (!guess.pureAscii && firstInvalidUtf8(sample, !wholeFile) >= 0)
        guess.encoding = Encoding::Windows1252;
    return guess;
}

// Splits decoded text into records, quote-aware, for detection only (the
// reader has its own streaming parser). Drops the last record when the text
// may have been cut in the middle of it.
QList<QStringList> splitRecords(QStringView text, QChar delimiter, QChar quote, int maxRecords,
                                bool wholeFile)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool inField = false; // something was read since the last record end
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size && records.size() < maxRecords) {
        const QChar c = text[i];
        if (quoted) {
            if (c == quote) {
                if (i + 1 < size && text[i + 1] == quote) {
                    field += quote;
                    i += 2;
                    continue;
                }
                quoted = false;
            } else {
                field += c;
            }
            ++i;
            continue;
        }
        if (c == quote && field.isEmpty()) {
            quoted = true;
            inField = true;
        } else if (c == delimiter) {
            fields.append(field);
            field.clear();
            inField = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (inField || !field.isEmpty()) {
                fields.append(field);
                records.append(fields);
            }
            fields.clear();
            field.clear();
            inField = false;
            if (c == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n'))
                ++i;
        } else {
            field += c;
            inField = true;
        }
        ++i;
    }
    if (records.size() < maxRecords && (inField || !field.isEmpty()) && (wholeFile && !quoted)) {
        fields.append(field);
        records.append(fields);
    } else if (records.size() < maxRecords && !wholeFile && records.isEmpty()
               && (inField || !field.isEmpty())) {
        fields.append(field); // a first record longer than the sample: better than nothing
        records.append(fields);
    }
    return records;
}

struct DelimiterScore
{
    int modeCount = 0; // the most frequent number of fields per record
    double consistency = 0; // share of records with modeCount fields
};

DelimiterScore scoreDelimiter(const QList<QStringList> &records)
{
    DelimiterScore score;
    if (records.isEmpty())
        return score;
    QHash<int, int> counts;
    for (const QStringList &record : records)
        ++counts[int(record.size())];
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() > score.modeCount)) {
            best = it.value();
            score.modeCount = it.key();
        }
    }
    score.consistency = double(best) / double(records.size());
    return score;
}

QChar detectDelimiter(QStringView text, QChar quote, bool wholeFile)
{
    const std::array<QChar, 4> candidates
        = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    QChar best = candidates[0];
    // (has several fields, consistent, fields if consistent, consistency)
    std::tuple<bool, bool, int, double> bestKey {false, false, 0, 0.0};
    for (const QChar candidate : candidates) {
        const DelimiterScore score
            = scoreDelimiter(splitRecords(text, candidate, quote, 200, wholeFile));
        const bool consistent = score.consistency >= 0.9;
        const std::tuple<bool, bool, int, double> key {
            score.modeCount >= 2, consistent, consistent ? score.modeCount : 0, score.consistency};
        if (key > bestKey) { // strict: earlier candidates win ties
            bestKey = key;
            best = candidate;
        }
    }
    return best;
}

enum class CellType { Empty, Number, Date, Boolean, Text };

CellType classify(const QString &cell)
{
    using namespace ValueParsers;
    if (isBlank(cell))
        return CellType::Empty;
    if (parseNumber(cell, DecimalSeparator::Point) || parseNumber(cell, DecimalSeparator::Comma))
        return CellType::Number;
    if (parseDate(cell, {DateOrder::DayFirst, false, false})
        || parseDate(cell, {DateOrder::MonthFirst, false, false})) {
        return CellType::Date;
    }
    if (parseBoolean(cell))
        return CellType::Boolean;
    return CellType::Text;
}

// The first row holds labels when, in some column, it is text above typed
// values (numbers, dates, yes/no), and no more columns say the opposite.
bool detectHeader(const QList<QStringList> &records)
{
    if (records.isEmpty())
        return true;
    const QStringList &first = records.front();
    if (records.size() == 1) {
        return std::none_of(first.cbegin(), first.cend(), [](const QString &cell) {
            const CellType type = classify(cell);
            return type == CellType::Number || type == CellType::Date;
        });
    }
    int headerVotes = 0;
    int dataVotes = 0;
    int repeatedVotes = 0;
    int columns = 0;
    const int rows = int(std::min<qsizetype>(records.size(), 50));
    for (qsizetype column = 0; column < first.size(); ++column) {
        const CellType firstType = classify(first[column]);
        int nonEmpty = 0;
        int typed = 0;
        int sameAsFirst = 0;
        bool repeated = false;
        for (int row = 1; row < rows; ++row) {
            if (column >= records[row].size())
                continue;
            const QString &cell = records[row][column];
            const CellType type = classify(cell);
            if (type == CellType::Empty)
                continue;
            ++nonEmpty;
            if (type != CellType::Text)
                ++typed;
            if (type == firstType)
                ++sameAsFirst;
            if (!repeated && cell == first[column])
                repeated = true;
        }
        if (nonEmpty == 0)
            continue;
        ++columns;
        const bool mostlyTyped = typed * 2 >= nonEmpty;
        if (firstType == CellType::Text && mostlyTyped)
            ++headerVotes;
        else if (firstType != CellType::Text && firstType != CellType::Empty
                 && sameAsFirst * 2 >= nonEmpty)
            ++dataVotes;
        if (repeated && firstType != CellType::Empty)
            ++repeatedVotes;
    }
    if (headerVotes > 0 && headerVotes >= dataVotes)
        return true;
    if (dataVotes > 0)
        return false;
    // All text: a first row whose values come back further down is data.
    return !(columns > 0 && repeatedVotes * 2 >= columns);
}

} // namespace

QString CsvFormat::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case Encoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case Encoding::Windows1252:
        break;
    }
    return QStringLiteral("windows-1252");
}

std::optional<CsvFormat::Encoding> CsvFormat::encodingFromName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower().remove(QLatin1Char('_'));
    if (key == QLatin1String("utf-8") || key == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (key == QLatin1String("utf-8-bom") || key == QLatin1String("utf8-bom")
        || key == QLatin1String("utf-8-sig"))
        return Encoding::Utf8Bom;
    if (key == QLatin1String("utf-16le") || key == QLatin1String("utf16le")
        || key == QLatin1String("utf-16") || key == QLatin1String("unicode"))
        return Encoding::Utf16LE;
    if (key == QLatin1String("utf-16be") || key == QLatin1String("utf16be"))
        return Encoding::Utf16BE;
    if (key == QLatin1String("windows-1252") || key == QLatin1String("cp1252")
        || key == QLatin1String("windows1252") || key == QLatin1String("ansi")
        || key == QLatin1String("latin1") || key == QLatin1String("latin-1")
        || key == QLatin1String("iso-8859-1"))
        return Encoding::Windows1252;
    return std::nullopt;
}

qsizetype CsvFormat::bomLength(QByteArrayView bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
        return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case Encoding::Utf16LE:
        return bytes.startsWith("\xFF\xFE") ? 2 : 0;
    case Encoding::Utf16BE:
        return bytes.startsWith("\xFE\xFF") ? 2 : 0;
    case Encoding::Windows1252:
        break;
    }
    return 0;
}

qsizetype CsvFormat::completeLength(QByteArrayView bytes, Encoding encoding)
{
    const qsizetype size = bytes.size();
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom: {
        // Find the last lead byte among the last four and check that its
        // sequence is complete.
        const auto *data = reinterpret_cast<const uchar *>(bytes.data());
        for (qsizetype back = 1; back <= 4 && back <= size; ++back) {
            const uchar byte = data[size - back];
            if (isContinuation(byte))
                continue;
            const int length = utf8SequenceLength(byte);
            return length > back ? size - back : size;
        }
        return size;
    }
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        qsizetype even = size - size % 2;
        if (even >= 2) {
            const auto *data = reinterpret_cast<const uchar *>(bytes.data());
            const char16_t last = encoding == Encoding::Utf16LE
                ? char16_t((data[even - 1] << 8) | data[even - 2])
                : char16_t((data[even - 2] << 8) | data[even - 1]);
            if (QChar::isHighSurrogate(last))
                even -= 2;
        }
        return even;
    }
    case Encoding::Windows1252:
        break;
    }
    return size;
}

qsizetype CsvFormat::decode(QByteArrayView bytes, Encoding encoding, QString *text)
{
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom: {
        // Qt's decoder is fast (vectorised for ASCII); our own scan runs only
        // when it reports an error, to find where.
        const qsizetype old = text->size();
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless
                                   | QStringDecoder::Flag::ConvertInitialBom);
        text->resize(old + decoder.requiredSpace(bytes.size()));
        const QChar *end = decoder.appendToBuffer(text->data() + old, bytes);
        text->resize(end - text->constData());
        if (!decoder.hasError())
            return -1;
        qsizetype invalid = firstInvalidUtf8(bytes, false);
        if (invalid < 0)
            invalid = 0;
        text->resize(old);
        decode(bytes.first(invalid), encoding, text);
        return invalid;
    }
    case Encoding::Utf16LE:
        return decodeUtf16(bytes, false, text);
    case Encoding::Utf16BE:
        return decodeUtf16(bytes, true, text);
    case Encoding::Windows1252:
        break;
    }
    decodeWindows1252(bytes, text);
    return -1;
}

CsvFormat CsvFormat::detectFromSample(const QByteArray &sample, bool wholeFile,
                                      const Overrides &overrides)
{
    CsvFormat format;
    format.encoding
        = overrides.encoding ? *overrides.encoding : guessEncoding(sample, wholeFile).encoding;
    format.quote = overrides.quote.value_or(QLatin1Char('"'));

    QByteArrayView bytes(sample);
    bytes = bytes.sliced(bomLength(bytes, format.encoding));
    if (!wholeFile)
        bytes = bytes.first(completeLength(bytes, format.encoding));
    QString text;
    decode(bytes, format.encoding, &text); // detection reads what decodes

    format.delimiter = overrides.delimiter ? *overrides.delimiter
                                           : detectDelimiter(text, format.quote, wholeFile);
    if (overrides.hasHeader) {
        format.hasHeader = *overrides.hasHeader;
    } else {
        format.hasHeader
            = detectHeader(splitRecords(text, format.delimiter, format.quote, 51, wholeFile));
    }
    return format;
}

CsvFormat CsvFormat::detect(const QString &path, const Overrides &overrides, SourceError *error)
{
    QFile file(path);
    auto fail = [&](SourceError::Kind kind, const QString &message) {
        if (error) {
            error->kind = kind;
            error->filePath = path;
            error->message = message;
        }
        return detectFromSample(QByteArray(), true, overrides);
    };
    if (!QFileInfo::exists(path)) {
        return fail(SourceError::Kind::FileNotFound,
                    SourceError::tr("The file does not exist. Check the folder and the file "
                                    "name."));
    }
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        return fail(SourceError::Kind::CannotOpen,
                    SourceError::tr("The file cannot be opened (%1). Check that you may read "
                                    "it and that no other program holds it.")
                        .arg(file.errorString()));
    }
    const QByteArray sample = file.read(sampleBytes);
    const bool wholeFile = file.atEnd();
    if (overrides.encoding || wholeFile)
        return detectFromSample(sample, wholeFile, overrides);

    // A long file whose sample is pure ASCII: the encoding is decided by the
    // first non-ASCII byte, wherever it is (reading on costs about as much as
    // the import's own first pass over that part, and only for such files).
    const EncodingGuess guess = guessEncoding(sample, false);
    Overrides decided = overrides;
    decided.encoding = guess.encoding;
    if (guess.pureAscii) {
        QByteArray chunk;
        while (!(chunk = file.read(1 << 20)).isEmpty()) {
            const qsizetype offset = firstNonAscii(chunk.constData(), chunk.size());
            if (offset < 0)
                continue;
            QByteArray window = chunk.mid(offset, sampleBytes);
            if (window.size() < sampleBytes)
                window += file.read(sampleBytes - window.size());
            if (firstInvalidUtf8(window, !file.atEnd()) >= 0)
                decided.encoding = Encoding::Windows1252;
            break;
        }
    }
    return detectFromSample(sample, false, decided);
}
