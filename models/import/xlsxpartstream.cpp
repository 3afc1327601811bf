// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxpartstream.h"

#include "inputlimits.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <algorithm>

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr quint16 ZipFlagEncrypted = 0x0001;
constexpr quint16 ZipMethodStored = 0;
constexpr quint16 ZipMethodDeflated = 8;

// Text of one value while it is read: its first characters, up to one past
// the value limit, and its whole length (cut runs included).
class CappedText
{
public:
    explicit CappedText(QString &text)
        : m_text(text)
        , m_length(text.size())
    { }

    void append(QStringView piece)
    {
        const qsizetype room = InputLimits::maxValueCharacters + 1 - m_text.size();
        if (room > 0)
            m_text += piece.first(std::min(room, piece.size()));
        m_length += piece.size();
    }
    // A <?socialroi-cut N?> left by the guard: N characters were dropped.
    void addCut(const QXmlStreamReader &xml)
    {
        if (xml.processingInstructionTarget() == QLatin1String(XmlInputGuard::cutTarget))
            m_length += std::max<qint64>(0, xml.processingInstructionData().toLongLong());
    }
    void finish(qint64 *length)
    {
        if (m_length > InputLimits::maxValueCharacters)
            m_text.truncate(InputLimits::keptValueCharacters);
        if (length)
            *length = m_length;
    }

private:
    QString &m_text;
    qint64 m_length = 0;
};

} // namespace

XlsxPartStream::XlsxPartStream(QuaZip *zip, const QString &filePath, const XlsxLimits &limits)
    : m_zip(zip)
    , m_filePath(filePath)
    , m_limits(limits)
    , m_guard(InputLimits::maxValueCharacters + 1, InputLimits::maxXmlMarkupBytes)
{ }

XlsxPartStream::~XlsxPartStream()
{
    if (m_file && m_file->isOpen())
        m_file->close();
}

bool XlsxPartStream::exists(const QString &partName) const
{
    return m_zip->setCurrentFile(partName, QuaZip::csInsensitive);
}

bool XlsxPartStream::open(const QString &partName)
{
    m_partName = partName;
    if (!m_zip->setCurrentFile(partName, QuaZip::csInsensitive)) {
        fail(SourceError::Kind::MalformedXml,
             SourceError::tr("The file has no part “%1”: it is damaged or not an Excel workbook.")
                 .arg(partName));
        return false;
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info)) {
        fail(SourceError::Kind::Truncated,
             SourceError::tr("The zip directory entry of “%1” cannot be read: the file is "
                             "damaged. Save it again from Excel.")
                 .arg(partName));
        return false;
    }
    m_compressedSize = qint64(info.compressedSize);
    m_declaredSize = qint64(info.uncompressedSize);

    if (info.flags & ZipFlagEncrypted) {
        fail(SourceError::Kind::Encrypted,
             SourceError::tr("The workbook is protected with a password. Remove the password in "
                             "Excel (File, Info, Protect Workbook) and save it again."));
        return false;
    }
    if (info.method != ZipMethodStored && info.method != ZipMethodDeflated) {
        fail(SourceError::Kind::CannotOpen,
             SourceError::tr("The part “%1” is compressed with a method (%2) that cannot be "
                             "read. Open the file in Excel and save it again as .xlsx.")
                 .arg(partName)
                 .arg(info.method));
        return false;
    }
    const bool tooBig = m_declaredSize > m_limits.maxPartBytes;
    const bool bomb = m_declaredSize > m_limits.ratioCheckBytes
        && m_declaredSize / std::max<qint64>(1, m_compressedSize) > m_limits.maxCompressionRatio;
    if (tooBig || bomb) {
        fail(SourceError::Kind::TooLarge,
             SourceError::tr("The part “%1” would unpack to %2 MiB from %3 KiB: the file is too "
                             "large or built to exhaust memory (a zip bomb), so it is not read.")
                 .arg(partName)
                 .arg(m_declaredSize >> 20)
                 .arg(m_compressedSize >> 10));
        return false;
    }

    m_file = std::make_unique<QuaZipFile>(m_zip);
    if (!m_file->open(QIODevice::ReadOnly)) {
        fail(SourceError::Kind::Truncated,
             SourceError::tr("The part “%1” cannot be unpacked: the file is damaged or was cut "
                             "short. Save it again from Excel.")
                 .arg(partName));
        return false;
    }
    return true;
}

QXmlStreamReader::TokenType XlsxPartStream::readNext()
{
    if (hasFailed())
        return QXmlStreamReader::Invalid;
    if (m_finished)
        return QXmlStreamReader::EndDocument;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        switch (token) {
        case QXmlStreamReader::StartElement:
            if (++m_depth > InputLimits::maxXmlDepth) {
                fail(SourceError::Kind::TooLarge,
                     SourceError::tr("The part “%1” nests XML elements more than %2 deep (XML "
                                     "line %3); Excel never does: the file is damaged or built "
                                     "to exhaust memory, so it is not read.")
                         .arg(m_partName)
                         .arg(InputLimits::maxXmlDepth)
                         .arg(m_xml.lineNumber()));
                return QXmlStreamReader::Invalid;
            }
            return token;
        case QXmlStreamReader::EndElement:
            // The root element's end is the end of the part: whatever follows is
            // not needed, and an incrementally fed reader could not tell the
            // end of the document from the end of the data received so far.
            if (--m_depth == 0)
                m_finished = true;
            return token;
        case QXmlStreamReader::EndDocument:
            m_finished = true;
            return token;
        case QXmlStreamReader::Invalid:
            break;
        default:
            return token;
        }
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_allInflated) {
            failXml();
            return QXmlStreamReader::Invalid;
        }
        if (!fill())
            return QXmlStreamReader::Invalid;
    }
}

bool XlsxPartStream::fill()
{
    if (!m_file || !m_file->isOpen()) {
        fail(SourceError::Kind::Truncated,
             SourceError::tr("The part “%1” cannot be unpacked: the file is damaged.")
                 .arg(m_partName));
        return false;
    }
    m_chunk.resize(ChunkBytes);
    const qint64 count = m_file->read(m_chunk.data(), ChunkBytes);
    if (count < 0) {
        fail(SourceError::Kind::Truncated,
             SourceError::tr("The part “%1” cannot be unpacked: the file is damaged or was cut "
                             "short. Save it again from Excel.")
                 .arg(m_partName));
        return false;
    }
    if (count == 0) {
        m_allInflated = true;
        m_file->close(); // checks the CRC of the whole part
        if (m_file->getZipError() != UNZ_OK) {
            fail(SourceError::Kind::Truncated,
                 SourceError::tr("The part “%1” fails its checksum: the file is damaged. Save it "
                                 "again from Excel.")
                     .arg(m_partName));
            return false;
        }
        return true;
    }
    m_inflated += count;
    if (m_inflated > m_limits.maxPartBytes) {
        fail(SourceError::Kind::TooLarge,
             SourceError::tr("The part “%1” unpacks to more than %2 MiB: the file is too large "
                             "or built to exhaust memory (a zip bomb), so it is not read.")
                 .arg(m_partName)
                 .arg(m_limits.maxPartBytes >> 20));
        return false;
    }
    m_guarded.resize(0);
    if (!m_guard.filter(QByteArrayView(m_chunk.constData(), count), m_guarded)) {
        failGuard();
        return false;
    }
    m_xml.addData(m_guarded);
    return true;
}

bool XlsxPartStream::readText(QString &text, qint64 *length)
{
    CappedText capped(text);
    int depth = 1;
    while (depth > 0) {
        switch (readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            capped.append(m_xml.text());
            break;
        case QXmlStreamReader::ProcessingInstruction:
            capped.addCut(m_xml);
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
    capped.finish(length);
    return true;
}

bool XlsxPartStream::readRichText(QString &text, qint64 *length)
{
    CappedText capped(text);
    int depth = 1;
    int textDepth = 0; // depth of the open <t>, 0 outside
    int phoneticDepth = 0; // depth of the open <rPh>, 0 outside
    while (depth > 0) {
        switch (readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (phoneticDepth == 0 && m_xml.name() == u"rPh")
                phoneticDepth = depth;
            else if (phoneticDepth == 0 && textDepth == 0 && m_xml.name() == u"t")
                textDepth = depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth == textDepth)
                textDepth = 0;
            if (depth == phoneticDepth)
                phoneticDepth = 0;
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (textDepth > 0)
                capped.append(m_xml.text());
            break;
        case QXmlStreamReader::ProcessingInstruction:
            if (textDepth > 0)
                capped.addCut(m_xml);
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
    capped.finish(length);
    return true;
}

bool XlsxPartStream::skipElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
    return true;
}

void XlsxPartStream::fail(SourceError::Kind kind, const QString &message)
{
    if (hasFailed())
        return;
    m_error.kind = kind;
    m_error.filePath = m_filePath;
    m_error.message = message;
}

void XlsxPartStream::failXml()
{
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        fail(SourceError::Kind::Truncated,
             SourceError::tr("The part “%1” ends before its XML is complete: the file is damaged "
                             "or was cut short.")
                 .arg(m_partName));
        return;
    }
    // The parser's own wording is English; it is kept as a technical detail.
    fail(SourceError::Kind::MalformedXml,
         SourceError::tr("The part “%1” is not well-formed XML (%2, XML line %3): the file is "
                         "damaged. Open it in Excel and save it again.")
             .arg(m_partName, m_xml.errorString())
             .arg(m_xml.lineNumber()));
}

void XlsxPartStream::failGuard()
{
    switch (m_guard.problem()) {
    case XmlInputGuard::Problem::DocumentType:
        fail(SourceError::Kind::MalformedXml,
             SourceError::tr("The part “%1” declares a document type (DTD), which Excel never "
                             "writes and whose entities can expand without end: the file is "
                             "damaged or built to exhaust memory, so it is not read.")
                 .arg(m_partName));
        return;
    case XmlInputGuard::Problem::MarkupTooLong:
        fail(SourceError::Kind::TooLarge,
             SourceError::tr("The part “%1” holds an XML tag longer than %2 MiB: the file is "
                             "damaged or built to exhaust memory, so it is not read.")
                 .arg(m_partName)
                 .arg(InputLimits::maxXmlMarkupBytes >> 20));
        return;
    case XmlInputGuard::Problem::Utf16:
        fail(SourceError::Kind::CannotOpen,
             SourceError::tr("The part “%1” is written in UTF-16, which this program does not "
                             "read. Open the file in Excel and save it again as .xlsx.")
                 .arg(m_partName));
        return;
    case XmlInputGuard::Problem::None:
        break;
    }
}

qint64 XlsxPartStream::compressedBytesRead() const
{
    if (m_allInflated || m_finished)
        return m_compressedSize;
    if (m_declaredSize <= 0)
        return 0;
    const double share = double(m_inflated) / double(m_declaredSize);
    return std::min(m_compressedSize, qint64(share * double(m_compressedSize)));
}
