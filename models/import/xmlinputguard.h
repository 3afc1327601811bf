// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Stands between the inflater and QXmlStreamReader in XlsxPartStream. The
// parser holds a whole character run, tag or comment before it reports it:
// a part whose one cell holds a 300 MB string (it compresses at an ordinary
// ratio) costs it gigabytes. The guard passes the bytes of a part through,
// except that:
// - a run of character data or a CDATA section keeps its first
//   keepCharacters characters; the rest is dropped and replaced by the
//   processing instruction <?socialroi-cut N?>, N the characters dropped
//   (UTF-16 code units, a reference counting as one), so the reader can
//   still tell the value's length;
// - comments are dropped whole (nothing in them is needed);
// - a document type declaration is refused: the package format forbids DTDs
//   in its parts, Excel never writes one, and entity declarations are what a
//   "billion laughs" file is made of;
// - a tag, processing instruction or reference longer than maxMarkupBytes is
//   refused, and so is a part in UTF-16 (only UTF-8 is guarded; Excel and
//   every writer we know write UTF-8).
//
// Thread rules: one thread at a time, as its XlsxPartStream.
class XmlInputGuard
{
public:
    enum class Problem { None, DocumentType, MarkupTooLong, Utf16 };

    static constexpr char cutTarget[] = "socialroi-cut";

    XmlInputGuard(qsizetype keepCharacters, qsizetype maxMarkupBytes);

    // Appends to `out` what the parser should see of the next bytes of the
    // part. False, with problem() set, once the part is refused.
    bool filter(QByteArrayView in, QByteArray &out);
    Problem problem() const { return m_problem; }

private:
    enum class State { Text, Reference, MarkupOpen, Bang, Tag, TagQuoted, Instruction, Comment };

    void textByte(char byte, QByteArray &out);
    void bangByte(char byte, QByteArray &out);
    void markupByte(char byte, QByteArray &out);
    void finishRun(QByteArray &out);
    void countCharacter(unsigned char lead);

    qsizetype m_keepCharacters = 0;
    qsizetype m_maxMarkupBytes = 0;
    State m_state = State::Text;
    Problem m_problem = Problem::None;
    qint64 m_offset = 0; // bytes of the part seen
    qsizetype m_markupBytes = 0; // of the current tag, instruction or reference
    QByteArray m_held; // "<!..." until it is known to be a comment or CDATA
    char m_quote = 0; // of the attribute value being read in a tag
    char m_previous[2] = {0, 0}; // the last two bytes, for "?>", "-->" and "]]>"
    bool m_inCdata = false; // the current run is a CDATA section
    bool m_dropping = false; // the current run is past keepCharacters
    qsizetype m_runCharacters = 0; // kept in the current run
    qint64 m_droppedCharacters = 0; // of the current run
};
