// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

// An Open Packaging Conventions package (the zip container of PPTX, XLSX and
// DOCX files) built in memory: parts with their content types, and the
// relationships between them. toZip() writes [Content_Types].xml and every
// _rels/*.rels part itself.
class OpcPackage
{
public:
    // `name` without a leading slash, e.g. "ppt/slides/slide1.xml".
    void addPart(const QString &name, const QString &contentType, const QByteArray &data);
    bool hasPart(const QString &name) const { return m_parts.contains(name); }

    // A relationship from part `source` (empty: the package itself) to
    // `target`, a path relative to the source's folder
    // ("../slideLayouts/slideLayout1.xml"). Returns its id, "rId1", "rId2", …
    QString relate(const QString &source, const QString &type, const QString &target);
    // A relationship with the id it has in another package (a template's
    // parts name theirs in their XML); `external` for a URL target.
    void relateAs(const QString &source, const QString &id, const QString &type,
                  const QString &target, bool external);

    // The package as zip bytes; false with `error` set when zipping fails.
    bool toZip(QByteArray *zip, QString *error) const;

    // Relationship types used by presentations.
    static QString relationshipType(const char *name);
    // The part that holds the relationships of part `source` (empty: the
    // package itself): "ppt/slides/slide1.xml" -> "ppt/slides/_rels/slide1.xml.rels".
    static QString relationshipsPartName(const QString &source);

private:
    struct Part
    {
        QString contentType;
        QByteArray data;
    };
    struct Relationship
    {
        QString id;
        QString type;
        QString target;
        bool external = false;
    };
    QByteArray contentTypes() const;
    static QByteArray relationshipsXml(const QVector<Relationship> &relationships);

    QMap<QString, Part> m_parts;
    QVector<QString> m_order; // parts in the order they were added
    QMap<QString, QVector<Relationship>> m_relationships;
};
