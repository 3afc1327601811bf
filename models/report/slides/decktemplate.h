// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deckparts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QSize>
#include <QString>

#include <optional>

class OpcPackage;

// A company's PowerPoint template (.potx) or presentation (.pptx) whose
// look a deck takes: its first slide master with every layout and picture
// it uses, and that master's theme (fonts, colours). Its slides are left
// behind. The deck's title slide uses the template's "Title Slide" layout,
// the other slides its "Title and Content" layout.
class DeckTemplate
{
    Q_DECLARE_TR_FUNCTIONS(DeckTemplate)

public:
    // Nullopt with `error` set (naming the file) when the file is not a
    // PowerPoint package with a slide master.
    static std::optional<DeckTemplate> read(const QString &path, QString *error);

    // The slide size the template's master is drawn for, in EMU.
    QSize slideSize() const { return m_slideSize; }

    // Copies the master, its layouts, theme and media into `package`, under
    // the names and relationship ids they have in the template.
    DeckParts::Names addTo(OpcPackage &package) const;

private:
    QMap<QString, QByteArray> m_parts;
    QMap<QString, QString> m_contentTypes; // by part name (overrides and defaults resolved)
    struct Link
    {
        QString id;
        QString type;
        QString target; // as written, relative to the source's folder
        bool external = false;
    };
    QMap<QString, QVector<Link>> m_links; // by source part, the parts copied
    QStringList m_copied; // the master and everything it needs
    DeckParts::Names m_names;
    QSize m_slideSize;
};
