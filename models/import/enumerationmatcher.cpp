// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumerationmatcher.h"

#include "headermatcher.h"

#include <QHash>

namespace {

struct ValueWords
{
    const char *field;
    const char *value;
    const char16_t *words; // '|' separated; compared after HeaderMatcher::normalize
};

// Private messaging (WhatsApp, Messenger, SMS) counts as chat, public posts
// as social; bots and portals are self-service.
const ValueWords allWords[] = {
    {"channel", "phone",
     u"phone|telephone|tel|call|calls|phone call|voice|hotline|call center|call centre|"
     u"inbound call|outbound call|mobile phone|landline|"
     u"téléphone|appel|appel téléphonique|"
     u"Telefon|Anruf|telefonisch|Telefonat|"
     u"telefon|telefonicznie|rozmowa telefoniczna|połączenie|"
     u"फ़ोन|फोन|टेलीफोन|कॉल"},
    {"channel", "social",
     u"social|social media|social network|social networks|twitter|x|facebook|instagram|"
     u"linkedin|tiktok|youtube|reddit|threads|mastodon|"
     u"réseaux sociaux|réseau social|médias sociaux|"
     u"soziale Medien|soziale Netzwerke|Social Media|"
     u"media społecznościowe|serwis społecznościowy|"
     u"सोशल मीडिया|सोशल"},
    {"channel", "self_service",
     u"self service|selfservice|web|website|web site|portal|customer portal|online|app|"
     u"mobile app|faq|help center|help centre|knowledge base|chatbot|bot|virtual assistant|"
     u"libre service|site web|espace client|application|"
     u"Selbstbedienung|Kundenportal|Webseite|Website|"
     u"samoobsługa|samoobsługowy|strona internetowa|aplikacja|"
     u"स्वयं सेवा|सेल्फ सर्विस|वेबसाइट|ऐप"},
    {"channel", "email",
     u"email|e mail|mail|courriel|mél|"
     u"E-Mail|"
     u"poczta|poczta e-mail|mejl|"
     u"ईमेल|ई मेल"},
    {"channel", "chat",
     u"chat|live chat|webchat|web chat|messenger|whatsapp|sms|text message|instant message|"
     u"tchat|chat en direct|messagerie instantanée|"
     u"Live-Chat|"
     u"czat|czat na żywo|"
     u"चैट|लाइव चैट"},
    {"sentiment", "positive",
     u"positive|pos|good|happy|satisfied|praise|compliment|"
     u"positif|"
     u"positiv|"
     u"pozytywny|pozytywna|pozytywne|"
     u"सकारात्मक"},
    {"sentiment", "neutral",
     u"neutral|neu|neither|mixed|"
     u"neutre|"
     u"neutralny|neutralna|neutralne|"
     u"तटस्थ"},
    {"sentiment", "negative",
     u"negative|neg|bad|unhappy|dissatisfied|complaint|"
     u"négatif|"
     u"negativ|"
     u"negatywny|negatywna|negatywne|"
     u"नकारात्मक"},
};

QString joined(const QString &normalized)
{
    QString result = normalized;
    result.remove(QLatin1Char(' '));
    return result;
}

// field + '\n' + normalized word -> value; also under the word without spaces
// ("e mail" and "email"), so "E-mail", "e-mail" and "eMail" all match.
const QHash<QString, QLatin1String> &wordTable()
{
    static const QHash<QString, QLatin1String> table = [] {
        QHash<QString, QLatin1String> hash;
        for (const ValueWords &entry : allWords) {
            const QString prefix = QLatin1String(entry.field) + QLatin1Char('\n');
            const QStringList words = QString::fromUtf16(entry.words).split(QLatin1Char('|'))
                + QStringList {QLatin1String(entry.value)};
            for (const QString &word : words) {
                const QString normalized = HeaderMatcher::normalize(word);
                hash.insert(prefix + normalized, QLatin1String(entry.value));
                hash.insert(prefix + joined(normalized), QLatin1String(entry.value));
            }
        }
        return hash;
    }();
    return table;
}

} // namespace

QLatin1String EnumerationMatcher::match(const FieldSpec &field, QStringView text)
{
    // Fast path: the canonical word itself, as the project stores it.
    for (const QLatin1String &value : field.allowedValues) {
        if (text == value)
            return value;
    }
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() > 64)
        return QLatin1String();
    if (field.name == QLatin1String("sentiment")) {
        // Signs that normalize() would drop as punctuation.
        if (trimmed == u"+")
            return QLatin1String("positive");
        if (trimmed == u"-" || trimmed == u"\u2212")
            return QLatin1String("negative");
    }
    const QString normalized = HeaderMatcher::normalize(trimmed);
    if (normalized.isEmpty())
        return QLatin1String();
    const QString prefix = QString(field.name) + QLatin1Char('\n');
    auto found = wordTable().constFind(prefix + normalized);
    if (found == wordTable().cend())
        found = wordTable().constFind(prefix + joined(normalized));
    return found == wordTable().cend() ? QLatin1String() : found.value();
}

QStringList EnumerationMatcher::synonyms(QStringView field, QStringView value)
{
    QStringList words {value.toString()};
    for (const ValueWords &entry : allWords) {
        if (field == QLatin1String(entry.field) && value == QLatin1String(entry.value))
            words += QString::fromUtf16(entry.words).split(QLatin1Char('|'));
    }
    return words;
}
