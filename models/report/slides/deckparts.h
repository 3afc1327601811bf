// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class OpcPackage;

// The parts every deck needs besides its slides: the theme (the cohorts'
// colours as its first two accents, the report language's fonts), a slide
// master with a title slide layout and a title-and-content layout, and a
// notes master for the speaker notes. 16:9.
namespace DeckParts {

// Slide size in EMU (English Metric Units, 914 400 per inch): 13.333 × 7.5 in.
constexpr qint64 slideWidth = 12192000;
constexpr qint64 slideHeight = 6858000;

struct Names
{
    QString titleLayout; // part names, e.g. "ppt/slideLayouts/slideLayout1.xml"
    QString contentLayout;
    QString master;
    QString theme; // the master's
    QString notesMaster;
};

// Adds the theme, master and layouts to `package`. `latin` is the font of
// Latin text, `complex` that of complex scripts (Devanagari).
Names addDefaults(OpcPackage &package, const QString &latin, const QString &complex);

// Adds the notes master (and its theme) of the speaker notes; returns its
// part name.
QString addNotesMaster(OpcPackage &package, const QString &latin, const QString &complex);

// `part` ("ppt/slideLayouts/slideLayout1.xml") as a relationship target
// from a part in `folder` ("ppt/slides/").
QString relativeTarget(const QString &folder, const QString &part);

// Content types of presentation parts.
QString contentType(const char *part); // "slide", "slideLayout", "notesSlide", …

} // namespace DeckParts
