// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourceerror.h"
#include "xlsxpartstream.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <utility>
#include <vector>

class QuaZip;

// An XLSX package opened for reading: checks what the file really is (zip,
// legacy .xls, encrypted OOXML, ...), lists the sheets in tab order with their
// parts (found through the workbook's relationships, not by file name), the
// date system, and on demand the shared strings and the cell styles that
// decide which numbers are dates.
//
// Memory: the shared-strings table is the only thing held whose size grows
// with the file; it is kept as one UTF-16 buffer plus one offset per string,
// a string over Excel's cell limit cut to its first characters.
//
// Thread rules: one thread at a time; may be created on one thread and used on
// another.
class XlsxWorkbook
{
public:
    explicit XlsxWorkbook(const QString &filePath, const XlsxLimits &limits = XlsxLimits());
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    // Checks the file and reads the workbook part (no cell data). False with
    // error() set when the file cannot be read as a workbook.
    bool open();
    SourceError error() const { return m_error; }

    QString filePath() const { return m_filePath; }
    qint64 fileSize() const { return m_fileSize; }
    QStringList sheetNames() const; // in workbook (tab) order
    bool isDate1904() const { return m_date1904; }

    // Reads xl/sharedStrings.xml and xl/styles.xml (either may be absent).
    bool loadSharedStrings();
    bool loadStyles();
    qsizetype sharedStringCount() const { return qsizetype(m_sharedEnds.size()); }
    QStringView sharedString(qsizetype index) const; // 0 <= index < sharedStringCount()
    // The string's whole length in characters: more than sharedString(index)
    // holds when it is longer than InputLimits::maxValueCharacters (only its
    // first InputLimits::keptValueCharacters are kept).
    qint64 sharedStringLength(qsizetype index) const;
    bool isDateStyle(qsizetype styleIndex) const; // index into cellXfs (a cell's s="")

    // Opens the part of the sheet named `sheetName` (exact name) for streaming;
    // nullptr with error() set (SheetNotFound lists the sheets).
    std::unique_ptr<XlsxPartStream> openSheet(const QString &sheetName);

    // Whether a number format shows dates or times: built-in ids 14-22 and
    // 45-47 (and the East Asian date ids 27-36, 50-58), or a format code with
    // d, m, y, h or s outside quotes, brackets ([Red], [$-409], [h]) and escapes.
    static bool isDateFormat(int numFmtId, QStringView formatCode);

private:
    struct Sheet
    {
        QString name;
        QString relationshipId;
        QString partName; // path inside the package; empty when no relationship names it
    };
    struct Relationship
    {
        QString id;
        QString type;
        QString partName; // the target resolved to a path inside the package
    };

    bool checkSignature();
    bool readRelationships(const QString &sourcePart, QList<Relationship> &relationships);
    bool readWorkbookPart(const QString &partName);
    void setError(SourceError::Kind kind, const QString &message);
    void takeStreamError(const XlsxPartStream &stream);
    std::unique_ptr<XlsxPartStream> openPart(const QString &partName);

    QString m_filePath;
    XlsxLimits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    qint64 m_fileSize = 0;
    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    QString m_sharedText; // all shared strings, one after the other
    std::vector<qsizetype> m_sharedEnds; // end of each string in m_sharedText
    std::vector<std::pair<qsizetype, qint64>> m_longStrings; // index and length, by index
    std::vector<bool> m_dateStyles; // per cellXfs entry
    SourceError m_error;
};
