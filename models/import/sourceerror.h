// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Why a file could not be read as a whole: a kind the code can branch on, a
// translated sentence for the user, and where the problem is. A reader that
// fails reports one SourceError and yields nothing more; per-row problems are
// not SourceErrors but rejected rows (see the importer).
struct SourceError
{
    Q_DECLARE_TR_FUNCTIONS(SourceError)

public:
    // The name of a column without a header: "Column 3" (numbered from 1).
    static QString unnamedColumn(qsizetype number) { return tr("Column %1").arg(number); }

    enum class Kind {
        None,
        FileNotFound,
        CannotOpen,
        EmptyFile,
        UnterminatedQuote,
        InvalidEncoding,
        NotAZipArchive,
        LegacyExcel,
        Encrypted,
        Truncated,
        TooLarge,
        SheetNotFound,
        MalformedXml,
        Cancelled,
    };

    Kind kind = Kind::None;
    QString filePath;
    QString sheet; // XLSX only
    qint64 line = 0; // 1-based; 0 when the problem is not on a line
    int column = 0; // 1-based; 0 when the problem is not in a column
    QString message; // translated sentence naming the problem and what to check

    bool isError() const { return kind != Kind::None; }

    // "file.csv:12:3: message" (sheet and positions only when known), the form
    // used on the command line and in the import log.
    QString toString() const
    {
        QString where = filePath;
        if (!sheet.isEmpty())
            where += QLatin1Char('[') + sheet + QLatin1Char(']');
        if (line > 0) {
            where += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                where += QLatin1Char(':') + QString::number(column);
        }
        return where + QLatin1String(": ") + message;
    }
};
