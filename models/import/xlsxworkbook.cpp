// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxworkbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <quazip.h>

#include <algorithm>

namespace {

// Compound File Binary (OLE2) signature: legacy .xls, and also the container
// Office uses for password-protected .xlsx files.
const QByteArray Ole2Signature = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
// Name of the stream an encrypted OOXML container holds, as the UTF-16LE
// text of its CFB directory entry.
const QByteArray EncryptionInfoName
    = QByteArrayLiteral("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0");

constexpr qsizetype MaxReservedStrings = 1 << 20;

bool fileContains(QFile &file, const QByteArray &needle)
{
    constexpr qint64 ChunkBytes = 1 << 20;
    file.seek(0);
    QByteArray window;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(ChunkBytes);
        if (chunk.isEmpty())
            break;
        window += chunk;
        if (window.contains(needle))
            return true;
        window = window.right(needle.size() - 1); // a match may straddle two chunks
    }
    return false;
}

quint16 littleEndian16(const char *bytes)
{
    return quint16(uchar(bytes[0]) | uchar(bytes[1]) << 8);
}

quint32 littleEndian32(const char *bytes)
{
    return quint32(littleEndian16(bytes)) | quint32(littleEndian16(bytes + 2)) << 16;
}

// minizip (inside QuaZip) trusts the lengths of name, extra field and comment
// in each entry of the zip's central directory: when those of a damaged entry
// run past the directory, it reads beyond the end of the file a byte at a time,
// again on every lookup of a part, and cannot be cancelled (0.7 s for a 4 KB
// file found by fuzzing; hours for a crafted one). So the directory is walked
// here first; false when an entry does not fit in it. Zip64 archives, which
// Excel does not write below 4 GiB or 65 535 parts, are left to minizip.
bool zipDirectoryFits(const QString &path)
{
    constexpr qint64 EndRecordBytes = 22;
    constexpr qint64 EntryBytes = 46;
    constexpr qint64 MaxDirectoryBytes = qint64(64) << 20;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // QuaZip reports it
    const qint64 size = file.size();
    const qint64 tailBytes = std::min(size, EndRecordBytes + 0xFFFF); // the record and its comment
    file.seek(size - tailBytes);
    const QByteArray tail = file.read(tailBytes);
    const qsizetype end = tail.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
    if (end < 0 || tail.size() - end < EndRecordBytes)
        return true; // no directory at all: QuaZip says so
    const char *record = tail.constData() + end;
    const quint16 entries = littleEndian16(record + 10);
    const qint64 directoryBytes = littleEndian32(record + 12);
    const bool zip64 = end >= 20 && tail.mid(end - 20, 4) == QByteArrayLiteral("PK\x06\x07");
    if (zip64 || entries == 0xFFFF || directoryBytes >= MaxDirectoryBytes)
        return true;
    // As minizip does, the directory is taken to end where the end record starts.
    const qint64 directoryStart = size - tailBytes + end - directoryBytes;
    if (directoryStart < 0 || !file.seek(directoryStart))
        return false;
    const QByteArray directory = file.read(directoryBytes);
    if (directory.size() != directoryBytes)
        return false;
    qint64 position = 0;
    for (int entry = 0; entry < entries; ++entry) {
        if (directoryBytes - position < EntryBytes
            || directory.mid(position, 4) != QByteArrayLiteral("PK\x01\x02"))
            return false;
        const char *header = directory.constData() + position;
        position += EntryBytes + littleEndian16(header + 28) + littleEndian16(header + 30)
            + littleEndian16(header + 32);
        if (position > directoryBytes)
            return false;
    }
    return true;
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"
QString relationshipsPart(const QString &partName)
{
    const qsizetype slash = partName.lastIndexOf(QLatin1Char('/'));
    return partName.left(slash + 1) + QLatin1String("_rels/") + partName.mid(slash + 1)
        + QLatin1String(".rels");
}

// A relationship target is relative to the folder of its source part, or
// absolute from the package root when it starts with '/'.
QString resolveTarget(const QString &sourcePart, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    QString path = QDir::cleanPath(sourcePart.left(slash + 1) + target);
    while (path.startsWith(QLatin1String("../")))
        path.remove(0, 3);
    return path;
}

// Relationship types differ between transitional and strict OOXML only in
// their prefix, so they are compared by their last segment.
bool hasType(const QString &type, QLatin1String lastSegment)
{
    return type.endsWith(QLatin1Char('/') + lastSegment);
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36)
        || (id >= 50 && id <= 58);
}

} // namespace

XlsxWorkbook::XlsxWorkbook(const QString &filePath, const XlsxLimits &limits)
    : m_filePath(filePath)
    , m_limits(limits)
{ }

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

bool XlsxWorkbook::open()
{
    if (!checkSignature())
        return false;

    m_zip = std::make_unique<QuaZip>(m_filePath);
    if (!zipDirectoryFits(m_filePath) || !m_zip->open(QuaZip::mdUnzip)) {
        setError(SourceError::Kind::Truncated,
                 SourceError::tr("The file starts like an Excel workbook but its zip directory is "
                                 "missing or damaged: it was probably cut short (an incomplete "
                                 "download or copy). Get a complete copy of the file."));
        return false;
    }

    QString workbookPart;
    const QString packageRelationships = QStringLiteral("_rels/.rels");
    XlsxPartStream probe(m_zip.get(), m_filePath, m_limits);
    if (probe.exists(packageRelationships)) {
        QList<Relationship> relationships;
        if (!readRelationships(QString(), relationships))
            return false;
        for (const Relationship &relationship : std::as_const(relationships)) {
            if (hasType(relationship.type, QLatin1String("officeDocument")))
                workbookPart = relationship.partName;
        }
    }
    if (workbookPart.isEmpty() || !probe.exists(workbookPart))
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!probe.exists(workbookPart)) {
        setError(SourceError::Kind::NotAZipArchive,
                 SourceError::tr("The file is a zip archive but not an Excel workbook: it has no "
                                 "workbook part. If it comes from another program (an "
                                 "OpenDocument .ods, a Word file), save it as .xlsx or CSV."));
        return false;
    }
    return readWorkbookPart(workbookPart);
}

bool XlsxWorkbook::checkSignature()
{
    const QFileInfo info(m_filePath);
    if (!info.exists()) {
        setError(SourceError::Kind::FileNotFound,
                 SourceError::tr("The file does not exist. Check its name and folder."));
        return false;
    }
    QFile file(m_filePath);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        setError(SourceError::Kind::CannotOpen,
                 SourceError::tr("The file cannot be opened (%1). Check that you may read it and "
                                 "that no other program locks it.")
                     .arg(info.isDir() ? SourceError::tr("it is a folder") : file.errorString()));
        return false;
    }
    m_fileSize = file.size();
    if (m_fileSize == 0) {
        setError(SourceError::Kind::EmptyFile, SourceError::tr("The file is empty (0 bytes)."));
        return false;
    }
    const QByteArray head = file.read(Ole2Signature.size());
    if (head == Ole2Signature) {
        if (fileContains(file, EncryptionInfoName)) {
            setError(SourceError::Kind::Encrypted,
                     SourceError::tr("The workbook is protected with a password (encrypted). Open "
                                     "it in Excel, remove the password (File, Info, Protect "
                                     "Workbook) and save it again."));
        } else {
            setError(
                SourceError::Kind::LegacyExcel,
                SourceError::tr("This is an old Excel 97-2003 workbook (.xls), which cannot be "
                                "read. Open it in Excel or LibreOffice and save it as .xlsx "
                                "or CSV."));
        }
        return false;
    }
    if (!head.startsWith("PK")) {
        setError(SourceError::Kind::NotAZipArchive,
                 SourceError::tr("The file is not an Excel workbook (.xlsx): it is not a zip "
                                 "archive. If it holds text such as CSV, give it the .csv "
                                 "extension and import it again."));
        return false;
    }
    return true;
}

bool XlsxWorkbook::readRelationships(const QString &sourcePart, QList<Relationship> &relationships)
{
    const QString partName
        = sourcePart.isEmpty() ? QStringLiteral("_rels/.rels") : relationshipsPart(sourcePart);
    std::unique_ptr<XlsxPartStream> stream = openPart(partName);
    if (!stream)
        return false;
    for (;;) {
        const QXmlStreamReader::TokenType token = stream->readNext();
        if (token == QXmlStreamReader::Invalid) {
            takeStreamError(*stream);
            return false;
        }
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token != QXmlStreamReader::StartElement || stream->xml().name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = stream->xml().attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        Relationship relationship;
        relationship.id = attributes.value(QLatin1String("Id")).toString();
        relationship.type = attributes.value(QLatin1String("Type")).toString();
        relationship.partName
            = resolveTarget(sourcePart, attributes.value(QLatin1String("Target")).toString());
        relationships.append(relationship);
    }
}

bool XlsxWorkbook::readWorkbookPart(const QString &partName)
{
    QList<Relationship> relationships;
    XlsxPartStream probe(m_zip.get(), m_filePath, m_limits);
    if (probe.exists(relationshipsPart(partName)) && !readRelationships(partName, relationships))
        return false;

    std::unique_ptr<XlsxPartStream> stream = openPart(partName);
    if (!stream)
        return false;
    for (;;) {
        const QXmlStreamReader::TokenType token = stream->readNext();
        if (token == QXmlStreamReader::Invalid) {
            takeStreamError(*stream);
            return false;
        }
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamReader &xml = stream->xml();
        if (xml.name() == u"workbookPr") {
            m_date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheet") {
            Sheet sheet;
            const QXmlStreamAttributes attributes = xml.attributes();
            sheet.name = attributes.value(QLatin1String("name")).toString();
            // r:id, whatever prefix the relationships namespace has
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    sheet.relationshipId = attribute.value().toString();
            }
            m_sheets.append(sheet);
        }
    }

    m_sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    m_stylesPart = QStringLiteral("xl/styles.xml");
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (hasType(relationship.type, QLatin1String("sharedStrings")))
            m_sharedStringsPart = relationship.partName;
        else if (hasType(relationship.type, QLatin1String("styles")))
            m_stylesPart = relationship.partName;
        for (Sheet &sheet : m_sheets) {
            if (sheet.relationshipId == relationship.id)
                sheet.partName = relationship.partName;
        }
    }
    return true;
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    names.reserve(m_sheets.size());
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

bool XlsxWorkbook::loadSharedStrings()
{
    m_sharedText.clear();
    m_sharedEnds.clear();
    m_longStrings.clear();
    XlsxPartStream probe(m_zip.get(), m_filePath, m_limits);
    if (!probe.exists(m_sharedStringsPart))
        return true; // a workbook with inline strings only
    std::unique_ptr<XlsxPartStream> stream = openPart(m_sharedStringsPart);
    if (!stream)
        return false;
    QString item;
    for (;;) {
        const QXmlStreamReader::TokenType token = stream->readNext();
        if (token == QXmlStreamReader::Invalid) {
            takeStreamError(*stream);
            return false;
        }
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (stream->xml().name() == u"sst") {
            // uniqueCount is a hint from the file: trusted only up to a bound
            const qsizetype count
                = stream->xml().attributes().value(QLatin1String("uniqueCount")).toLongLong();
            m_sharedEnds.reserve(std::clamp<qsizetype>(count, 0, MaxReservedStrings));
        } else if (stream->xml().name() == u"si") {
            item.clear();
            qint64 length = 0;
            if (!stream->readRichText(item, &length)) {
                takeStreamError(*stream);
                return false;
            }
            if (length > item.size())
                m_longStrings.emplace_back(qsizetype(m_sharedEnds.size()), length);
            m_sharedText += item;
            m_sharedEnds.push_back(m_sharedText.size());
        }
    }
    m_sharedText.squeeze();
    return true;
}

QStringView XlsxWorkbook::sharedString(qsizetype index) const
{
    const qsizetype begin = index == 0 ? 0 : m_sharedEnds[size_t(index - 1)];
    return QStringView(m_sharedText).mid(begin, m_sharedEnds[size_t(index)] - begin);
}

qint64 XlsxWorkbook::sharedStringLength(qsizetype index) const
{
    const auto found = std::lower_bound(m_longStrings.cbegin(), m_longStrings.cend(), index,
                                        [](const std::pair<qsizetype, qint64> &entry,
                                           qsizetype wanted) { return entry.first < wanted; });
    if (found != m_longStrings.cend() && found->first == index)
        return found->second;
    return sharedString(index).size();
}

bool XlsxWorkbook::loadStyles()
{
    m_dateStyles.clear();
    XlsxPartStream probe(m_zip.get(), m_filePath, m_limits);
    if (!probe.exists(m_stylesPart))
        return true; // no styles: every number is a plain number
    std::unique_ptr<XlsxPartStream> stream = openPart(m_stylesPart);
    if (!stream)
        return false;
    QHash<int, QString> customFormats;
    QList<int> cellFormatIds;
    bool inCellXfs = false;
    for (;;) {
        const QXmlStreamReader::TokenType token = stream->readNext();
        if (token == QXmlStreamReader::Invalid) {
            takeStreamError(*stream);
            return false;
        }
        if (token == QXmlStreamReader::EndDocument)
            break;
        const QXmlStreamReader &xml = stream->xml();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == u"numFmt") {
                const QXmlStreamAttributes attributes = xml.attributes();
                customFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                     attributes.value(QLatin1String("formatCode")).toString());
            } else if (inCellXfs && xml.name() == u"xf") {
                cellFormatIds.append(xml.attributes().value(QLatin1String("numFmtId")).toInt());
            }
        }
    }
    m_dateStyles.reserve(size_t(cellFormatIds.size()));
    for (int id : std::as_const(cellFormatIds))
        m_dateStyles.push_back(isDateFormat(id, customFormats.value(id)));
    return true;
}

bool XlsxWorkbook::isDateStyle(qsizetype styleIndex) const
{
    return styleIndex >= 0 && size_t(styleIndex) < m_dateStyles.size()
        && m_dateStyles[size_t(styleIndex)];
}

std::unique_ptr<XlsxPartStream> XlsxWorkbook::openSheet(const QString &sheetName)
{
    auto match = std::find_if(m_sheets.cbegin(), m_sheets.cend(),
                              [&](const Sheet &sheet) { return sheet.name == sheetName; });
    if (match == m_sheets.cend()) {
        // Excel treats sheet names case-insensitively, so a user may too.
        match = std::find_if(m_sheets.cbegin(), m_sheets.cend(), [&](const Sheet &sheet) {
            return sheet.name.compare(sheetName, Qt::CaseInsensitive) == 0;
        });
    }
    if (match == m_sheets.cend()) {
        QStringList quoted;
        for (const Sheet &sheet : std::as_const(m_sheets))
            quoted.append(QStringLiteral("“%1”").arg(sheet.name));
        setError(SourceError::Kind::SheetNotFound,
                 SourceError::tr("The workbook has no sheet named “%1”. Its sheets are: %2.")
                     .arg(sheetName, quoted.join(QLatin1String(", "))));
        m_error.sheet = sheetName;
        return nullptr;
    }
    if (match->partName.isEmpty()) {
        setError(SourceError::Kind::MalformedXml,
                 SourceError::tr("The workbook lists the sheet “%1” but does not say where its "
                                 "cells are: the file is damaged. Open it in Excel and save it "
                                 "again.")
                     .arg(match->name));
        m_error.sheet = match->name;
        return nullptr;
    }
    std::unique_ptr<XlsxPartStream> stream = openPart(match->partName);
    if (!stream)
        m_error.sheet = match->name;
    return stream;
}

bool XlsxWorkbook::isDateFormat(int numFmtId, QStringView formatCode)
{
    if (formatCode.isEmpty())
        return isBuiltInDateFormat(numFmtId);
    bool inQuotes = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (inQuotes) {
            inQuotes = c != QLatin1Char('"');
            continue;
        }
        switch (c.unicode()) {
        case '"':
            inQuotes = true;
            break;
        case '\\': // escaped character
        case '_': // space as wide as the next character
        case '*': // fill with the next character
            ++i;
            break;
        case '[': { // colour, condition, locale, elapsed time: none makes a date alone
            const qsizetype close = formatCode.indexOf(QLatin1Char(']'), i);
            i = close < 0 ? formatCode.size() : close;
            break;
        }
        default:
            switch (c.toLower().unicode()) {
            case 'd':
            case 'm':
            case 'y':
            case 'h':
            case 's':
                return true;
            default:
                break;
            }
        }
    }
    return false;
}

std::unique_ptr<XlsxPartStream> XlsxWorkbook::openPart(const QString &partName)
{
    auto stream = std::make_unique<XlsxPartStream>(m_zip.get(), m_filePath, m_limits);
    if (!stream->open(partName)) {
        takeStreamError(*stream);
        return nullptr;
    }
    return stream;
}

void XlsxWorkbook::setError(SourceError::Kind kind, const QString &message)
{
    m_error = SourceError();
    m_error.kind = kind;
    m_error.filePath = m_filePath;
    m_error.message = message;
}

void XlsxWorkbook::takeStreamError(const XlsxPartStream &stream)
{
    m_error = stream.error();
}
