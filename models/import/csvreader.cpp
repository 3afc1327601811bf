// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "inputlimits.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace {

QString encodingLabel(CsvFormat::Encoding encoding)
{
    switch (encoding) {
    case CsvFormat::Encoding::Utf8:
    case CsvFormat::Encoding::Utf8Bom:
        return QStringLiteral("UTF-8");
    case CsvFormat::Encoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case CsvFormat::Encoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case CsvFormat::Encoding::Windows1252:
        break;
    }
    return QStringLiteral("Windows-1252");
}

} // namespace

std::unique_ptr<CsvReader> CsvReader::open(const QString &path, SourceError *error)
{
    SourceError detectError;
    const CsvFormat format = CsvFormat::detect(path, {}, &detectError);
    if (detectError.isError()) {
        if (error)
            *error = detectError;
        return nullptr;
    }
    return open(path, format, error);
}

std::unique_ptr<CsvReader> CsvReader::open(const QString &path, const CsvFormat &format,
                                           SourceError *error)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(path, format));
    if (!reader->start()) {
        if (error)
            *error = reader->m_error;
        return nullptr;
    }
    if (error)
        *error = SourceError();
    return reader;
}

CsvReader::CsvReader(const QString &path, const CsvFormat &format)
    : m_path(path)
    , m_format(format)
    , m_file(path)
{
    m_error.filePath = path;
}

CsvReader::~CsvReader() = default;

qint64 CsvReader::bytesRead() const
{
    return m_file.isOpen() ? m_file.pos() : m_totalBytes;
}

void CsvReader::fail(SourceError::Kind kind, qint64 line, int column, const QString &message)
{
    m_error.kind = kind;
    m_error.filePath = m_path;
    m_error.line = line;
    m_error.column = column;
    m_error.message = message;
    m_text.clear();
    m_position = 0;
    m_hasPending = false;
    m_file.close();
}

bool CsvReader::start()
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        fail(SourceError::Kind::FileNotFound, 0, 0,
             SourceError::tr("The file does not exist. Check the folder and the file name."));
        return false;
    }
    if (info.isDir() || !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        fail(SourceError::Kind::CannotOpen, 0, 0,
             SourceError::tr("The file cannot be opened (%1). Check that you may read it and "
                             "that no other program holds it.")
                 .arg(m_file.errorString()));
        return false;
    }
    m_totalBytes = m_file.size();

    SourceRecord first;
    if (!readRecord(first)) {
        if (!m_error.isError()) {
            fail(SourceError::Kind::EmptyFile, 0, 0,
                 SourceError::tr("The file is empty: it holds neither column names nor rows. "
                                 "Check that you chose the right file and that it was saved "
                                 "completely."));
        }
        return false;
    }
    if (m_format.hasHeader && !first.longValues.isEmpty()) {
        const SourceRecord::LongValue &longName = first.longValues.first();
        fail(SourceError::Kind::TooLarge, first.line, longName.column,
             SourceError::tr("The column name in this column is %1 characters long, more than "
                             "the %2 a cell may hold: check that the file has a header row and "
                             "that its delimiter is right.")
                 .arg(longName.length)
                 .arg(InputLimits::maxValueCharacters));
        return false;
    }
    if (m_format.hasHeader) {
        setHeaders(first.fields);
    } else {
        QStringList names;
        for (int column = 1; column <= first.fields.size(); ++column)
            names.append(unnamedColumnName(column));
        m_headers = names;
        m_pending = std::move(first);
        m_hasPending = true;
    }
    return true;
}

void CsvReader::setHeaders(const QStringList &names)
{
    m_headers.clear();
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString name = names[i].trimmed();
        if (name.isEmpty())
            name = unnamedColumnName(int(i) + 1);
        QString unique = name;
        for (int copy = 2; seen.contains(unique.toCaseFolded()); ++copy)
            unique = QStringLiteral("%1 (%2)").arg(name).arg(copy);
        seen.insert(unique.toCaseFolded());
        m_headers.append(unique);
    }
}

bool CsvReader::next(SourceRecord &record)
{
    if (m_error.isError())
        return false;
    if (m_hasPending) {
        record = std::move(m_pending);
        m_pending = SourceRecord();
        m_hasPending = false;
    } else if (!readRecord(record)) {
        return false;
    }
    if (record.fields.size() < m_headers.size())
        record.fields.resize(m_headers.size());
    return true;
}

bool CsvReader::refill()
{
    if (!m_text.isEmpty())
        m_previous = m_text.back();
    m_recordCharacters += m_text.size() - m_recordStart;
    m_recordStart = 0;
    m_text.resize(0);
    m_position = 0;
    while (!m_invalidEncoding && !m_atEnd) {
        const qsizetype carried = m_carry.size();
        m_bytes.resize(carried + chunkBytes);
        if (carried > 0)
            std::memcpy(m_bytes.data(), m_carry.constData(), size_t(carried));
        const qint64 got = m_file.read(m_bytes.data() + carried, chunkBytes);
        if (got < 0) {
            fail(SourceError::Kind::CannotOpen, m_line, 0,
                 SourceError::tr("The file could not be read to the end (%1). Check the disk "
                                 "or network drive and try again.")
                     .arg(m_file.errorString()));
            return false;
        }
        m_bytes.resize(carried + got);
        m_atEnd = got == 0 || m_file.atEnd();

        QByteArrayView bytes(m_bytes);
        if (m_firstChunk) {
            m_firstChunk = false;
            bytes = bytes.sliced(CsvFormat::bomLength(bytes, m_format.encoding));
        }
        const qsizetype complete
            = m_atEnd ? bytes.size() : CsvFormat::completeLength(bytes, m_format.encoding);
        m_carry = bytes.sliced(complete).toByteArray();
        if (CsvFormat::decode(bytes.first(complete), m_format.encoding, &m_text) >= 0)
            m_invalidEncoding = true;
        if (!m_text.isEmpty())
            return true;
    }
    return false;
}

bool CsvReader::readRecord(SourceRecord &record)
{
    // The record's fields are overwritten in place, reusing the storage of
    // the strings it held (the importer hands back earlier rows' lists):
    // `count` of them are this record's, the rest are cut at its end.
    QStringList &fields = record.fields;
    qsizetype count = 0;
    qint64 *line = &record.line;
    record.longValues.clear();
    m_field = QString();
    m_fieldLength = 0;
    m_recordStart = m_position;
    m_recordCharacters = 0;
    State state = State::FieldStart;
    bool started = false; // the record has a field, a delimiter or a quote
    qint64 quoteLine = 0;
    int quoteColumn = 0;
    const char16_t delimiter = m_format.delimiter.unicode();
    const char16_t quote = m_format.quote.unicode();
    *line = m_line;

    // Keeps the field's characters up to one past the value limit, counts all.
    auto appendToField = [this](const QChar *begin, qsizetype length) {
        m_fieldLength += length;
        const qsizetype room = InputLimits::maxValueCharacters + 1 - m_field.size();
        if (room > 0 && length > 0)
            m_field.append(begin, std::min(room, length));
    };
    auto takeField = [&]() {
        QString value = std::move(m_field);
        m_field = QString();
        if (m_fieldLength > InputLimits::maxValueCharacters) {
            value.truncate(InputLimits::keptValueCharacters);
            record.longValues.append({int(count) + 1, m_fieldLength});
        }
        m_fieldLength = 0;
        return value;
    };
    // Consumes the line end at `at` (CR, LF or CRLF) and counts the line.
    auto consumeLineEnd = [this](qsizetype at) {
        ++m_line;
        if (m_text[at] == QLatin1Char('\r')) {
            if (at + 1 < m_text.size()) {
                m_position = (m_text[at + 1] == QLatin1Char('\n')) ? at + 2 : at + 1;
            } else {
                m_position = at + 1;
                m_skipLineFeed = true; // the LF may open the next chunk
            }
        } else {
            m_position = at + 1;
        }
    };
    // The record read so far is too long: a stray quote, or no line breaks.
    auto tooLong = [&]() {
        if (m_recordCharacters + (m_position - m_recordStart) <= InputLimits::maxRowCharacters)
            return false;
        fail(SourceError::Kind::TooLarge, *line, int(count) + 1,
             SourceError::tr("The row that starts on this line is longer than %1 characters, "
                             "so the file is not read. Check for a stray quote (%2) that "
                             "swallows the rest of the file, or that this is a text table with "
                             "line breaks at all.")
                 .arg(InputLimits::maxRowCharacters)
                 .arg(m_format.quote));
        return true;
    };
    // After the record's last field: the fields of an earlier record past it go.
    auto finishRecord = [&]() {
        if (fields.size() > count)
            fields.resize(count);
        return true;
    };
    auto checkFinished = [&]() {
        ++count;
        if (tooLong())
            return false;
        if (count <= InputLimits::maxColumns)
            return true;
        fail(SourceError::Kind::TooLarge, *line, 0,
             SourceError::tr("A row that starts on this line has more than %1 values, the most "
                             "columns Excel allows. Check the delimiter, or that this is a text "
                             "table at all.")
                 .arg(InputLimits::maxColumns));
        return false;
    };
    auto appendFinished = [&](QString value) {
        if (count < fields.size())
            fields[count] = std::move(value);
        else
            fields.append(std::move(value));
        return checkFinished();
    };
    // The hot path: a short field copied into the string that held this
    // column of an earlier record, whose capacity usually suffices.
    auto appendCharacters = [&](const QChar *begin, qsizetype length) {
        if (count >= fields.size())
            fields.append(QString());
        QString &field = fields[count];
        if (length == 0) {
            if (!field.isEmpty())
                field.resize(0); // keeps the capacity; an empty string needs none
        } else {
            field.resize(length);
            std::copy(begin, begin + length, field.data());
        }
        return checkFinished();
    };

    for (;;) {
        if (tooLong())
            return false;
        if (m_position >= m_text.size() && !refill()) {
            if (m_error.isError())
                return false;
            if (m_invalidEncoding) {
                fail(SourceError::Kind::InvalidEncoding, m_line, int(count) + 1,
                     SourceError::tr("The file is not valid %1 text here. Choose the file's "
                                     "encoding when importing (often Windows-1252 for files "
                                     "saved by older Excel versions), or save it again as "
                                     "UTF-8.")
                         .arg(encodingLabel(m_format.encoding)));
                return false;
            }
            switch (state) {
            case State::Quoted:
                fail(SourceError::Kind::UnterminatedQuote, quoteLine, quoteColumn,
                     SourceError::tr("A quoted value that starts on this line is never closed: "
                                     "the file ends inside it. Check this line for a missing "
                                     "closing %1, or a %1 inside a value that should be "
                                     "doubled (%1%1).")
                         .arg(m_format.quote));
                return false;
            case State::QuoteInQuoted:
            case State::Unquoted:
                return appendFinished(takeField()) && finishRecord();
            case State::FieldStart:
                return started && appendCharacters(nullptr, 0) && finishRecord();
            }
            return false;
        }

        const QChar *data = m_text.constData();
        const qsizetype size = m_text.size();
        const qsizetype position = m_position;
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (data[position] == QLatin1Char('\n')) {
                m_position = position + 1;
                continue;
            }
        }

        switch (state) {
        case State::FieldStart: {
            const char16_t c = data[position].unicode();
            if (c == quote) {
                state = State::Quoted;
                quoteLine = m_line;
                quoteColumn = int(count) + 1;
                started = true;
                m_position = position + 1;
            } else if (c == delimiter) {
                started = true;
                m_position = position + 1;
                if (!appendCharacters(nullptr, 0))
                    return false;
            } else if (c == u'\r' || c == u'\n') {
                consumeLineEnd(position);
                if (started)
                    return appendCharacters(nullptr, 0) && finishRecord();
                *line = m_line; // an empty line: the record starts later
                m_recordStart = m_position;
                m_recordCharacters = 0;
            } else {
                state = State::Unquoted;
                started = true;
            }
            break;
        }
        case State::Unquoted: {
            // The hot loop: most fields are short and unquoted.
            qsizetype end = position;
            while (end < size) {
                const char16_t c = data[end].unicode();
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                ++end;
            }
            if (end == size) {
                appendToField(data + position, end - position);
                m_position = end;
                break;
            }
            bool appended = false;
            if (m_fieldLength == 0 && end - position <= InputLimits::maxValueCharacters) {
                appended = appendCharacters(data + position, end - position);
            } else {
                appendToField(data + position, end - position);
                appended = appendFinished(takeField());
            }
            m_position = end;
            if (!appended)
                return false;
            if (data[end] == QChar(delimiter)) {
                m_position = end + 1;
                state = State::FieldStart;
                break;
            }
            consumeLineEnd(end);
            return finishRecord();
        }
        case State::Quoted: {
            qsizetype end = position;
            char16_t previous = position > 0 ? data[position - 1].unicode() : m_previous.unicode();
            while (end < size) {
                const char16_t c = data[end].unicode();
                if (c == quote)
                    break;
                if (c == u'\r' || (c == u'\n' && previous != u'\r'))
                    ++m_line; // a line break inside the value still counts as a line
                previous = c;
                ++end;
            }
            appendToField(data + position, end - position);
            m_position = end == size ? end : end + 1;
            if (end < size)
                state = State::QuoteInQuoted;
            break;
        }
        case State::QuoteInQuoted: {
            const char16_t c = data[position].unicode();
            if (c == quote) { // a doubled quote is one quote character
                appendToField(data + position, 1);
                m_position = position + 1;
                state = State::Quoted;
                break;
            }
            if (c == delimiter) {
                m_position = position + 1;
                state = State::FieldStart;
                if (!appendFinished(takeField()))
                    return false;
            } else if (c == u'\r' || c == u'\n') {
                consumeLineEnd(position);
                return appendFinished(takeField()) && finishRecord();
            } else {
                state = State::Unquoted; // "ab"c: keep going, as Excel does
            }
            break;
        }
        }
    }
}
