#include "csvreader.h"

#include <QFileInfo>
#include <QSet>

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

QString CsvReader::columnName(int column)
{
    // Not translated: the name is stored with extra attributes and saved in
    // mapping profiles, which must not depend on the interface language.
    return QStringLiteral("Column %1").arg(column);
}

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

    QStringList first;
    qint64 line = 0;
    if (!readRecord(first, &line)) {
        if (!m_error.isError()) {
            fail(SourceError::Kind::EmptyFile, 0, 0,
                 SourceError::tr("The file is empty: it holds neither column names nor rows. "
                                 "Check that you chose the right file and that it was saved "
                                 "completely."));
        }
        return false;
    }
    if (m_format.hasHeader) {
        setHeaders(first);
    } else {
        QStringList names;
        for (int column = 1; column <= first.size(); ++column)
            names.append(columnName(column));
        m_headers = names;
        m_pending.line = line;
        m_pending.fields = first;
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
            name = columnName(int(i) + 1);
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
    } else if (!readRecord(record.fields, &record.line)) {
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

bool CsvReader::readRecord(QStringList &fields, qint64 *line)
{
    fields.clear();
    m_field = QString();
    m_fieldOverflow = false;
    State state = State::FieldStart;
    bool started = false; // the record has a field, a delimiter or a quote
    qint64 quoteLine = 0;
    int quoteColumn = 0;
    const char16_t delimiter = m_format.delimiter.unicode();
    const char16_t quote = m_format.quote.unicode();
    *line = m_line;

    auto appendToField = [this](const QChar *begin, qsizetype length) {
        if (m_fieldOverflow || length == 0)
            return;
        if (m_field.size() + length > maxFieldCharacters) {
            m_fieldOverflow = true;
            m_field = QString();
            return;
        }
        m_field.append(begin, length);
    };
    auto takeField = [this]() {
        QString value = std::move(m_field);
        m_field = QString();
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
    auto tooLarge = [this](qint64 where, int column) {
        fail(SourceError::Kind::TooLarge, where, column,
             SourceError::tr("A value that starts on this line is longer than %1 characters. "
                             "Check for a stray quote (%2) that swallows the rest of the "
                             "file, or that this is a text table at all.")
                 .arg(maxFieldCharacters)
                 .arg(m_format.quote));
        return false;
    };
    auto appendFinished = [&](QString value) {
        fields.append(std::move(value));
        if (fields.size() <= maxFieldsPerRecord)
            return true;
        fail(SourceError::Kind::TooLarge, *line, 0,
             SourceError::tr("A row that starts on this line has more than %1 values. Check "
                             "the delimiter, or that this is a text table at all.")
                 .arg(maxFieldsPerRecord));
        return false;
    };

    for (;;) {
        if (m_position >= m_text.size() && !refill()) {
            if (m_error.isError())
                return false;
            if (m_invalidEncoding) {
                fail(SourceError::Kind::InvalidEncoding, m_line, int(fields.size()) + 1,
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
                if (m_fieldOverflow)
                    return tooLarge(quoteLine, quoteColumn);
                return appendFinished(takeField());
            case State::Unquoted:
                if (m_fieldOverflow)
                    return tooLarge(*line, int(fields.size()) + 1);
                return appendFinished(takeField());
            case State::FieldStart:
                return started && appendFinished(QString());
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
                quoteColumn = int(fields.size()) + 1;
                started = true;
                m_position = position + 1;
            } else if (c == delimiter) {
                started = true;
                m_position = position + 1;
                if (!appendFinished(QString()))
                    return false;
            } else if (c == u'\r' || c == u'\n') {
                consumeLineEnd(position);
                if (started)
                    return appendFinished(QString());
                *line = m_line; // an empty line: the record starts later
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
            if (m_fieldOverflow)
                return tooLarge(*line, int(fields.size()) + 1);
            QString value;
            if (m_field.isEmpty()) {
                value = QString(data + position, end - position);
            } else {
                m_field.append(data + position, end - position);
                value = takeField();
            }
            if (!appendFinished(std::move(value)))
                return false;
            if (data[end] == QChar(delimiter)) {
                m_position = end + 1;
                state = State::FieldStart;
                break;
            }
            consumeLineEnd(end);
            return true;
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
            if (m_fieldOverflow)
                return tooLarge(quoteLine, quoteColumn);
            if (c == delimiter) {
                m_position = position + 1;
                state = State::FieldStart;
                if (!appendFinished(takeField()))
                    return false;
            } else if (c == u'\r' || c == u'\n') {
                consumeLineEnd(position);
                return appendFinished(takeField());
            } else {
                state = State::Unquoted; // "ab"c: keep going, as Excel does
            }
            break;
        }
        }
    }
}
