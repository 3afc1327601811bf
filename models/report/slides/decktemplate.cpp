// SPDX-License-Identifier: GPL-3.0-or-later
#include "decktemplate.h"

#include "opcpackage.h"

#include <QDir>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

namespace {

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// The first value of `attribute` on an element named `element` (local name).
QString attributeOf(const QByteArray &xml, const QString &element, const QString &attribute)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == element)
            return reader.attributes().value(attribute).toString();
    }
    return {};
}

} // namespace

std::optional<DeckTemplate> DeckTemplate::read(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("%1 cannot be read as a PowerPoint template: it is missing or not a .potx or "
                    ".pptx file.")
                     .arg(shown);
        return std::nullopt;
    }
    DeckTemplate deck;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile entry(&zip);
        // A template is a few megabytes; anything far larger is not one.
        if (entry.open(QIODevice::ReadOnly) && entry.usize() < 256 * 1024 * 1024)
            deck.m_parts.insert(zip.getCurrentFileName(), entry.readAll());
    }

    // Content types: the overrides by part, the defaults by extension.
    QMap<QString, QString> defaults;
    QXmlStreamReader types(deck.m_parts.value(QStringLiteral("[Content_Types].xml")));
    while (!types.atEnd()) {
        types.readNext();
        if (!types.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = types.attributes();
        if (types.name() == QLatin1String("Default"))
            defaults.insert(attributes.value(QLatin1String("Extension")).toString().toLower(),
                            attributes.value(QLatin1String("ContentType")).toString());
        else if (types.name() == QLatin1String("Override"))
            deck.m_contentTypes.insert(
                attributes.value(QLatin1String("PartName")).toString().mid(1),
                attributes.value(QLatin1String("ContentType")).toString());
    }
    for (auto it = deck.m_parts.constBegin(); it != deck.m_parts.constEnd(); ++it) {
        if (!deck.m_contentTypes.contains(it.key()))
            deck.m_contentTypes.insert(it.key(),
                                       defaults.value(it.key().section(u'.', -1).toLower()));
    }

    const auto links = [&deck](const QString &source) {
        QVector<Link> found;
        QXmlStreamReader xml(deck.m_parts.value(OpcPackage::relationshipsPartName(source)));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                const QXmlStreamAttributes attributes = xml.attributes();
                found.append(
                    {attributes.value(QLatin1String("Id")).toString(),
                     attributes.value(QLatin1String("Type")).toString(),
                     attributes.value(QLatin1String("Target")).toString(),
                     attributes.value(QLatin1String("TargetMode")) == QLatin1String("External")});
            }
        }
        return found;
    };
    const auto resolve = [](const QString &source, const QString &target) {
        return target.startsWith(u'/') ? target.mid(1) : QDir::cleanPath(folderOf(source) + target);
    };
    const auto typeIs = [](const Link &link, const char *name) {
        return link.type.endsWith(u'/' + QLatin1String(name));
    };

    QString presentation;
    for (const Link &link : links(QString())) {
        if (typeIs(link, "officeDocument"))
            presentation = resolve(QString(), link.target);
    }
    for (const Link &link : links(presentation)) {
        if (typeIs(link, "slideMaster") && deck.m_names.master.isEmpty())
            deck.m_names.master = resolve(presentation, link.target);
    }
    if (!deck.m_parts.contains(deck.m_names.master)) {
        *error = tr("%1 is not a PowerPoint template: it has no slide master.").arg(shown);
        return std::nullopt;
    }
    const QByteArray presentationXml = deck.m_parts.value(presentation);
    deck.m_slideSize = QSize(
        attributeOf(presentationXml, QStringLiteral("sldSz"), QStringLiteral("cx")).toInt(),
        attributeOf(presentationXml, QStringLiteral("sldSz"), QStringLiteral("cy")).toInt());
    if (deck.m_slideSize.width() <= 0 || deck.m_slideSize.height() <= 0)
        deck.m_slideSize = QSize(int(DeckParts::slideWidth), int(DeckParts::slideHeight));

    // The master and everything it reaches: layouts, theme, pictures.
    QStringList pending = {deck.m_names.master};
    while (!pending.isEmpty()) {
        const QString part = pending.takeFirst();
        if (deck.m_copied.contains(part) || !deck.m_parts.contains(part))
            continue;
        deck.m_copied << part;
        const QVector<Link> found = links(part);
        deck.m_links.insert(part, found);
        for (const Link &link : found) {
            if (!link.external)
                pending << resolve(part, link.target);
        }
    }
    QString fallback; // a layout with a title, when there is no "Title and Content"
    for (const Link &link : deck.m_links.value(deck.m_names.master)) {
        if (!typeIs(link, "slideLayout"))
            continue;
        const QString layout = resolve(deck.m_names.master, link.target);
        const QString type = attributeOf(deck.m_parts.value(layout), QStringLiteral("sldLayout"),
                                         QStringLiteral("type"));
        if (type == QLatin1String("title") && deck.m_names.titleLayout.isEmpty())
            deck.m_names.titleLayout = layout;
        else if (type == QLatin1String("obj") && deck.m_names.contentLayout.isEmpty())
            deck.m_names.contentLayout = layout;
        else if (type != QLatin1String("title") && fallback.isEmpty())
            fallback = layout;
    }
    if (deck.m_names.contentLayout.isEmpty())
        deck.m_names.contentLayout = fallback;
    if (deck.m_names.titleLayout.isEmpty())
        deck.m_names.titleLayout = deck.m_names.contentLayout;
    if (deck.m_names.contentLayout.isEmpty())
        deck.m_names.contentLayout = deck.m_names.titleLayout;
    if (deck.m_names.contentLayout.isEmpty()) {
        *error = tr("%1 is not a PowerPoint template: its slide master has no layouts.").arg(shown);
        return std::nullopt;
    }
    for (const Link &link : deck.m_links.value(deck.m_names.master)) {
        if (typeIs(link, "theme"))
            deck.m_names.theme = resolve(deck.m_names.master, link.target);
    }
    return deck;
}

DeckParts::Names DeckTemplate::addTo(OpcPackage &package) const
{
    for (const QString &part : m_copied) {
        package.addPart(part, m_contentTypes.value(part), m_parts.value(part));
        for (const Link &link : m_links.value(part))
            package.relateAs(part, link.id, link.type, link.target, link.external);
    }
    return m_names;
}
