// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourceerror.h"
#include "xmlinputguard.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

#include <memory>

class QuaZip;
class QuaZipFile;

// Limits that keep a hostile or broken package (a "zip bomb") from eating
// memory or time. Checked on the sizes the zip declares before a part is
// opened, and again on the bytes actually inflated, since declarations can lie.
struct XlsxLimits
{
    qint64 maxPartBytes = qint64(1) << 30; // uncompressed bytes of any one part
    // uncompressed : compressed, checked only on parts larger than ratioCheckBytes
    // (deflate cannot exceed about 1032 : 1, reached only by runs of one byte)
    qint64 maxCompressionRatio = 1000;
    qint64 ratioCheckBytes = qint64(16) << 20;
};

// Streams one XML part (a zip entry) of an XLSX package through a
// QXmlStreamReader, inflating 64 KiB at a time: a part is never held whole in
// memory and no DOM is built. Callers use only readNext() and the helpers
// below, never QXmlStreamReader::readElementText(), because the reader is fed
// incrementally.
//
// The inflated bytes pass through an XmlInputGuard first (long character
// runs cut, no DTD, bounded tags), and elements may nest InputLimits::
// maxXmlDepth deep: what the parser holds stays small whatever the part.
//
// Thread rules: one thread at a time, like the QuaZip it reads from. Only one
// part of a QuaZip can be open at a time.
class XlsxPartStream
{
public:
    XlsxPartStream(QuaZip *zip, const QString &filePath, const XlsxLimits &limits);
    ~XlsxPartStream();
    XlsxPartStream(const XlsxPartStream &) = delete;
    XlsxPartStream &operator=(const XlsxPartStream &) = delete;

    // Opens the entry `partName` (a path inside the package, case-insensitive as
    // in Excel). Returns false with error() set when it is missing, encrypted,
    // of an unknown compression or too large. exists() lets a caller word the
    // missing case itself.
    bool open(const QString &partName);
    bool exists(const QString &partName) const;

    // The next token, inflating more of the part when the reader needs it.
    // Invalid once a failure is recorded in error(); EndDocument at the end.
    QXmlStreamReader::TokenType readNext();
    const QXmlStreamReader &xml() const { return m_xml; }

    // Called on a StartElement: appends the element's character data to `text`
    // and stops on its EndElement. readRichText() keeps only the text of <t>
    // elements outside phonetic runs (<rPh>), the shape of <si> and <is>.
    // `length` gets the text's whole length in characters: when it exceeds
    // InputLimits::maxValueCharacters, `text` holds only the first
    // InputLimits::keptValueCharacters of it.
    bool readText(QString &text, qint64 *length = nullptr);
    bool readRichText(QString &text, qint64 *length = nullptr);
    bool skipElement();

    bool hasFailed() const { return m_error.isError(); }
    SourceError error() const { return m_error; }

    // Progress in compressed bytes of this part: an estimate scaled from the
    // inflated bytes, exact (compressedSize()) at the end.
    qint64 compressedBytesRead() const;
    qint64 compressedSize() const { return m_compressedSize; }

private:
    bool fill();
    void fail(SourceError::Kind kind, const QString &message);
    void failXml();
    void failGuard();

    QuaZip *m_zip = nullptr;
    std::unique_ptr<QuaZipFile> m_file;
    QString m_filePath;
    QString m_partName;
    XlsxLimits m_limits;
    QXmlStreamReader m_xml;
    QByteArray m_chunk;
    XmlInputGuard m_guard;
    QByteArray m_guarded; // what the guard passed of m_chunk
    qint64 m_compressedSize = 0;
    qint64 m_declaredSize = 0;
    qint64 m_inflated = 0;
    int m_depth = 0; // open elements
    bool m_allInflated = false;
    bool m_finished = false;
    SourceError m_error;
};
