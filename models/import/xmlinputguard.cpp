// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlinputguard.h"

#include <algorithm>

namespace {

bool isCharacterStart(unsigned char byte)
{
    return (byte & 0xC0) != 0x80; // not a UTF-8 continuation byte
}

// UTF-16 code units of the character that starts with `lead`.
int codeUnits(unsigned char lead)
{
    return lead >= 0xF0 ? 2 : 1;
}

} // namespace

XmlInputGuard::XmlInputGuard(qsizetype keepCharacters, qsizetype maxMarkupBytes)
    : m_keepCharacters(keepCharacters)
    , m_maxMarkupBytes(maxMarkupBytes)
{ }

bool XmlInputGuard::filter(QByteArrayView in, QByteArray &out)
{
    if (m_problem != Problem::None)
        return false;
    const char *data = in.data();
    const qsizetype size = in.size();
    out.reserve(out.size() + size);
    qsizetype i = 0;
    while (i < size) {
        if (m_offset < 2) {
            // A BOM or a NUL byte among the first two: UTF-16 (or UTF-32).
            const auto first = static_cast<unsigned char>(data[i]);
            if (first == 0 || (m_offset == 0 && (first == 0xFE || first == 0xFF))) {
                m_problem = Problem::Utf16;
                return false;
            }
        }
        if (m_state == State::Text && !m_inCdata && m_offset >= 2) {
            // The common case, most of a sheet: text up to the next markup or
            // reference, kept or (past keepCharacters) only counted.
            qsizetype end = i;
            while (end < size && (m_dropping || m_runCharacters < m_keepCharacters)) {
                const auto byte = static_cast<unsigned char>(data[end]);
                if (byte == '<' || byte == '&')
                    break;
                if (isCharacterStart(byte))
                    countCharacter(byte);
                ++end;
            }
            if (end > i) {
                if (!m_dropping)
                    out.append(data + i, end - i);
                m_offset += end - i;
                i = end;
                continue;
            }
        }
        if ((m_state == State::Tag || m_state == State::TagQuoted) && m_offset >= 2) {
            // Names and attribute values, the rest of a sheet: up to the next
            // quote or end of the tag.
            qsizetype end = i;
            if (m_state == State::Tag) {
                while (end < size && data[end] != '"' && data[end] != '\'' && data[end] != '>')
                    ++end;
            } else {
                while (end < size && data[end] != m_quote)
                    ++end;
            }
            if (end > i) {
                m_markupBytes += end - i;
                if (m_markupBytes > m_maxMarkupBytes) {
                    m_problem = Problem::MarkupTooLong;
                    return false;
                }
                out.append(data + i, end - i);
                m_offset += end - i;
                i = end;
                continue;
            }
        }
        const char byte = data[i++];
        ++m_offset;
        switch (m_state) {
        case State::Text:
            textByte(byte, out);
            break;
        case State::Reference:
            if (!m_dropping)
                out.append(byte);
            if (byte == ';') {
                countCharacter('&');
                m_state = State::Text;
            } else if (++m_markupBytes > m_maxMarkupBytes) {
                m_problem = Problem::MarkupTooLong;
            }
            break;
        case State::MarkupOpen:
            if (byte == '!') {
                m_held = QByteArrayLiteral("<!");
                m_state = State::Bang;
            } else {
                out.append('<');
                out.append(byte);
                m_markupBytes = 2;
                m_state = byte == '?' ? State::Instruction : State::Tag;
            }
            break;
        case State::Bang:
            bangByte(byte, out);
            break;
        case State::Tag:
        case State::TagQuoted:
        case State::Instruction:
            markupByte(byte, out);
            break;
        case State::Comment:
            if (byte == '>' && m_previous[0] == '-' && m_previous[1] == '-')
                m_state = State::Text;
            break;
        }
        if (m_problem != Problem::None)
            return false;
        m_previous[0] = m_previous[1];
        m_previous[1] = byte;
    }
    return true;
}

void XmlInputGuard::textByte(char byte, QByteArray &out)
{
    const auto value = static_cast<unsigned char>(byte);
    if (m_inCdata && byte == '>' && m_previous[0] == ']' && m_previous[1] == ']') {
        if (m_dropping) // the section was closed when dropping began; "]]" was counted
            m_droppedCharacters = std::max<qint64>(0, m_droppedCharacters - 2);
        else
            out.append(byte);
        m_inCdata = false;
        finishRun(out);
        return;
    }
    if (!m_inCdata && byte == '<') {
        finishRun(out);
        m_state = State::MarkupOpen;
        return;
    }
    if (isCharacterStart(value) && !m_dropping && m_runCharacters >= m_keepCharacters) {
        m_dropping = true;
        if (m_inCdata)
            out.append("]]>"); // the parser's section ends here; the rest is dropped
    }
    if (!m_dropping)
        out.append(byte);
    if (!m_inCdata && byte == '&') {
        m_state = State::Reference; // counted as one character at its ';'
        m_markupBytes = 1;
    } else if (isCharacterStart(value)) {
        countCharacter(value);
    }
}

void XmlInputGuard::bangByte(char byte, QByteArray &out)
{
    static constexpr QByteArrayView comment("<!--");
    static constexpr QByteArrayView cdata("<![CDATA[");
    m_held.append(byte);
    if (m_held == comment) {
        m_held.clear();
        m_state = State::Comment;
    } else if (m_held == cdata) {
        out.append(m_held);
        m_held.clear();
        m_inCdata = true;
        m_state = State::Text;
    } else if (!comment.startsWith(m_held) && !cdata.startsWith(m_held)) {
        m_problem = Problem::DocumentType; // <!DOCTYPE, <!ENTITY ...
    }
}

void XmlInputGuard::markupByte(char byte, QByteArray &out)
{
    out.append(byte);
    if (++m_markupBytes > m_maxMarkupBytes) {
        m_problem = Problem::MarkupTooLong;
        return;
    }
    switch (m_state) {
    case State::Tag:
        if (byte == '"' || byte == '\'') {
            m_quote = byte;
            m_state = State::TagQuoted;
        } else if (byte == '>') {
            m_state = State::Text;
        }
        break;
    case State::TagQuoted:
        if (byte == m_quote)
            m_state = State::Tag;
        break;
    case State::Instruction:
        if (byte == '>' && m_previous[1] == '?')
            m_state = State::Text;
        break;
    default:
        break;
    }
}

void XmlInputGuard::finishRun(QByteArray &out)
{
    if (m_dropping) {
        out.append("<?");
        out.append(cutTarget);
        out.append(' ');
        out.append(QByteArray::number(m_droppedCharacters));
        out.append("?>");
    }
    m_dropping = false;
    m_runCharacters = 0;
    m_droppedCharacters = 0;
}

void XmlInputGuard::countCharacter(unsigned char lead)
{
    if (m_dropping)
        m_droppedCharacters += codeUnits(lead);
    else
        m_runCharacters += codeUnits(lead);
}
