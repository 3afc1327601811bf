// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourceerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QString>

#include <optional>

// How a delimited text file is written: encoding, delimiter, quote and
// whether the first row holds the column names. detect() sniffs all four from
// the file; the caller may force any of them (the wizard's drop-downs, the
// command line), and the remaining ones are then detected knowing the forced
// ones (a forced encoding decodes the sample used to find the delimiter).
struct CsvFormat
{
    enum class Encoding {
        Utf8, // a UTF-8 BOM, if present, is skipped
        Utf8Bom, // as Utf8; tells that the file starts with a BOM
        Utf16LE, // Excel's "Unicode text"; BOM optional
        Utf16BE, // BOM optional
        Windows1252, // Western European "ANSI"; every byte is valid
    };

    // The properties a caller forces; unset ones are detected.
    struct Overrides
    {
        std::optional<Encoding> encoding;
        std::optional<QChar> delimiter;
        std::optional<QChar> quote;
        std::optional<bool> hasHeader;
    };

    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(','); // ',', ';', '\t' or '|' when detected
    QChar quote = QLatin1Char('"');
    bool hasHeader = true;

    bool operator==(const CsvFormat &other) const
    {
        return encoding == other.encoding && delimiter == other.delimiter && quote == other.quote
            && hasHeader == other.hasHeader;
    }
    bool operator!=(const CsvFormat &other) const { return !(*this == other); }

    // How many bytes detection looks at (plus a scan for the first non-ASCII
    // byte when those are all ASCII, so a late "é" still decides the encoding).
    static constexpr qsizetype sampleBytes = 64 * 1024;

    // Sniffs the format of the file. On a missing or unreadable file, sets
    // `error` (when given) and returns the overrides applied to the defaults.
    static CsvFormat detect(const QString &path, const Overrides &overrides = {},
                            SourceError *error = nullptr);
    // The same on bytes in memory: the first bytes of a file, or all of it
    // when `wholeFile` (then the last record is known to be complete).
    static CsvFormat detectFromSample(const QByteArray &sample, bool wholeFile,
                                      const Overrides &overrides = {});

    // Stable names for the command line and saved profiles: "utf-8",
    // "utf-8-bom", "utf-16le", "utf-16be", "windows-1252" (also "cp1252",
    // "latin1"/"iso-8859-1" read as windows-1252, a superset in practice).
    static QString encodingName(Encoding encoding);
    static std::optional<Encoding> encodingFromName(QStringView name);

    // Length of the byte order mark of `encoding` at the start of `bytes`, 0
    // when there is none.
    static qsizetype bomLength(QByteArrayView bytes, Encoding encoding);

    // Decoding in chunks, used by CsvReader. completeLength() is how many
    // leading bytes hold whole characters (a split multi-byte sequence at the
    // end is kept for the next chunk). decode() appends the characters of
    // `bytes` to `text` and returns -1, or, at the first invalid byte, stops
    // and returns that byte's offset in `bytes` (the valid part is appended).
    static qsizetype completeLength(QByteArrayView bytes, Encoding encoding);
    static qsizetype decode(QByteArrayView bytes, Encoding encoding, QString *text);
};
