// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// Who a CSV file is for, and so how its cells are written. Every CSV the
// workbench writes (the metrics, tables, the data browser, customer scores,
// rejected rows) takes one, so the window's exports and the command line
// agree on each form.
//
// - programs(): the locale-neutral form programs read: comma between cells,
//   '.' as decimal mark, no byte order mark. The command line's default.
// - spreadsheet(locale): what a spreadsheet opens with the locale's default
//   import settings: the locale's decimal mark, and ';' between cells where
//   that mark is ',' (de, fr, pl), ',' elsewhere (en, hi), as the list
//   separator of those systems; UTF-8 with a byte order mark (Excel then
//   reads accents right); numbers without digit grouping or exponent (a
//   group separator or an exponent makes a number text on import).
//
// Both: RFC 4180 quoting (a cell holding the separator, a comma, a quote,
// CR or LF is quoted, inner quotes doubled), CRLF line ends, text
// neutralised against formula injection (CsvCell::neutralised), dates ISO
// (YYYY-MM-DD), and numbers rounded to 12 significant digits in their
// shortest form (0.936350932199): the 17 digits of a double are noise to a
// reader and more than a spreadsheet keeps (15).
//
// A plain value; any thread.
class CsvDialect
{
public:
    enum class Kind { Programs, Spreadsheet };

    static constexpr int significantDigits = 12;

    static CsvDialect programs();
    static CsvDialect spreadsheet(const QLocale &locale);

    // "programs" or "spreadsheet": the values of `--csv-for` and of the
    // remembered choice; nullopt for anything else.
    static std::optional<Kind> kindFromName(const QString &name);
    static QString nameOf(Kind kind);

    Kind kind() const { return m_kind; }
    QChar delimiter() const { return m_delimiter; }
    QChar decimalMark() const { return m_decimalMark; }
    bool hasByteOrderMark() const { return m_kind == Kind::Spreadsheet; }
    // The locale of a spreadsheet dialect; C for programs.
    const QLocale &locale() const { return m_locale; }

    // What the file starts with: the UTF-8 byte order mark, or nothing.
    QByteArray fileStart() const;
    // The whole file: fileStart() and the records in UTF-8.
    QByteArray file(const QString &records) const;

    // A number cell, 12 significant digits; empty for a missing or
    // non-finite value.
    QString number(std::optional<double> value) const;
    QString integer(qint64 value) const;
    // YYYY-MM-DD; empty for an invalid date.
    QString date(const QDate &value) const;
    // A text cell: neutralised, then quoted when needed.
    QString text(const QString &value) const;
    // Text that may be a number, as a table shows it: a plain C-locale number
    // (CsvCell::isPlainNumber) stays a number cell, a decimal one written as
    // number() writes it (a whole number, such as a key with leading zeros,
    // is kept digit for digit); anything else is a text cell.
    QString field(const QString &value) const;
    // One record: the cells (already written by the functions above) joined
    // by the delimiter, ended by CRLF.
    QString record(const QStringList &cells) const;

    bool operator==(const CsvDialect &other) const;
    bool operator!=(const CsvDialect &other) const { return !(*this == other); }

private:
    CsvDialect(Kind kind, const QLocale &locale);

    Kind m_kind;
    QLocale m_locale;
    QChar m_delimiter;
    QChar m_decimalMark;
};
