// SPDX-License-Identifier: GPL-3.0-or-later
#include "opcpackage.h"

#include <QBuffer>
#include <QFileInfo>
#include <QXmlStreamWriter>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>

void OpcPackage::addPart(const QString &name, const QString &contentType, const QByteArray &data)
{
    if (!m_parts.contains(name))
        m_order.append(name);
    m_parts.insert(name, {contentType, data});
}

QString OpcPackage::relate(const QString &source, const QString &type, const QString &target)
{
    QVector<Relationship> &list = m_relationships[source];
    // An id no relationship of that source has yet (a template's own ids
    // may be anything).
    int number = list.size() + 1;
    const auto taken = [&list](const QString &id) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&id](const Relationship &other) { return other.id == id; });
    };
    while (taken(QStringLiteral("rId%1").arg(number)))
        ++number;
    const QString id = QStringLiteral("rId%1").arg(number);
    list.append({id, type, target, false});
    return id;
}

void OpcPackage::relateAs(const QString &source, const QString &id, const QString &type,
                          const QString &target, bool external)
{
    m_relationships[source].append({id, type, target, external});
}

QString OpcPackage::relationshipType(const char *name)
{
    return QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
        + QLatin1String(name);
}

QString OpcPackage::relationshipsPartName(const QString &source)
{
    if (source.isEmpty())
        return QStringLiteral("_rels/.rels");
    const QFileInfo info(source);
    const QString folder = info.path() == QLatin1String(".") ? QString() : info.path() + u'/';
    return folder + QStringLiteral("_rels/") + info.fileName() + QStringLiteral(".rels");
}

QByteArray OpcPackage::relationshipsXml(const QVector<Relationship> &relationships)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    writer.writeStartElement(QStringLiteral("Relationships"));
    writer.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
    for (const Relationship &relationship : relationships) {
        writer.writeStartElement(QStringLiteral("Relationship"));
        writer.writeAttribute(QStringLiteral("Id"), relationship.id);
        writer.writeAttribute(QStringLiteral("Type"), relationship.type);
        writer.writeAttribute(QStringLiteral("Target"), relationship.target);
        if (relationship.external)
            writer.writeAttribute(QStringLiteral("TargetMode"), QStringLiteral("External"));
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

QByteArray OpcPackage::contentTypes() const
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    writer.writeStartElement(QStringLiteral("Types"));
    writer.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    const auto byExtension = [&writer](const char *extension, const char *type) {
        writer.writeStartElement(QStringLiteral("Default"));
        writer.writeAttribute(QStringLiteral("Extension"), QLatin1String(extension));
        writer.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        writer.writeEndElement();
    };
    byExtension("rels", "application/vnd.openxmlformats-package.relationships+xml");
    byExtension("xml", "application/xml");

    for (const QString &name : m_order) {
        writer.writeStartElement(QStringLiteral("Override"));
        writer.writeAttribute(QStringLiteral("PartName"), u'/' + name);
        writer.writeAttribute(QStringLiteral("ContentType"), m_parts.value(name).contentType);
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

bool OpcPackage::toZip(QByteArray *zip, QString *error) const
{
    QBuffer buffer(zip);
    buffer.open(QIODevice::WriteOnly);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdCreate)) {
        *error
            = QStringLiteral("cannot start the zip archive (error %1)").arg(archive.getZipError());
        return false;
    }
    const auto add = [&](const QString &name, const QByteArray &data) {
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
            *error = QStringLiteral("cannot add %1 to the zip archive").arg(name);
            return false;
        }
        const bool written = file.write(data) == data.size();
        file.close();
        if (!written || file.getZipError() != 0) {
            *error = QStringLiteral("cannot write %1 into the zip archive").arg(name);
            return false;
        }
        return true;
    };
    // The content types first, as Office writes them.
    bool ok = add(QStringLiteral("[Content_Types].xml"), contentTypes());
    for (auto it = m_relationships.constBegin(); ok && it != m_relationships.constEnd(); ++it)
        ok = add(relationshipsPartName(it.key()), relationshipsXml(it.value()));
    for (const QString &name : m_order) {
        if (!ok)
            break;
        ok = add(name, m_parts.value(name).data);
    }
    archive.close();
    if (ok && archive.getZipError() != 0) {
        *error
            = QStringLiteral("cannot finish the zip archive (error %1)").arg(archive.getZipError());
        ok = false;
    }
    return ok;
}
