// SPDX-License-Identifier: GPL-3.0-or-later
#include "headermatcher.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

#include <algorithm>

namespace {

// One field's synonyms, separated by '|'.
struct FieldWords
{
    CanonicalTable table;
    const char *field;
    const char16_t *words;
};

// Synonyms of each field as people write them in en, fr, de, pl and hi, most
// usual first (an earlier synonym wins a tie). The field's own name is always
// tried first and is not repeated here. Compared after normalize(), so case,
// accents, hyphens and underscores do not matter: "Kunden-ID" covers
// "kunden_id" and "KundenID".
const char16_t customerIdWords[] =
    // en
    u"customer id|customer number|customer no|customer|client id|client number|client|"
    u"account id|account number|account no|account|cust id|customer code|customer ref|"
    u"customer reference|subscriber id|member id|user id|buyer id|master id|"
    // fr
    u"id client|identifiant client|identifiant du client|numéro client|numéro de client|"
    u"n° client|no client|num client|code client|référence client|réf client|id abonné|"
    u"numéro d'abonné|"
    // de
    u"Kundennummer|Kunden-ID|Kunden-Nr|Kundennr|Kunde|Kunden-Nummer|Kundenkennung|Kundenkonto|"
    u"Kontonummer|Mitgliedsnummer|"
    // pl
    u"ID klienta|identyfikator klienta|numer klienta|nr klienta|kod klienta|klient|numer konta|"
    u"ID abonenta|numer abonenta|"
    // hi
    u"ग्राहक आईडी|ग्राहक आई डी|ग्राहक संख्या|ग्राहक क्रमांक|ग्राहक कोड|ग्राहक पहचान संख्या|"
    u"ग्राहक नंबर|ग्राहक|खाता संख्या|";

const FieldWords allWords[] = {
    {CanonicalTable::Customers, "customer_id", customerIdWords},
    {CanonicalTable::Customers, "signup_date",
     // en
     u"signup date|sign up date|registration date|join date|date joined|joined|joined on|"
     u"start date|customer since|member since|tenure start|tenure start date|"
     u"subscription start|subscription start date|subscription date|activation date|"
     u"acquisition date|onboarding date|contract start|contract start date|account created|"
     u"created date|creation date|created at|created|first purchase date|registered|"
     u"registered on|"
     // fr
     u"date d'inscription|date inscription|date de souscription|date d'adhésion|date de début|"
     u"date début|date d'activation|date de création|client depuis|date d'abonnement|"
     u"début de contrat|date de début de contrat|"
     // de
     u"Anmeldedatum|Registrierungsdatum|Beitrittsdatum|Startdatum|Vertragsbeginn|Kunde seit|"
     u"Aktivierungsdatum|Erstellungsdatum|Abschlussdatum|Eintrittsdatum|Beginn|Vertragsstart|"
     // pl
     u"data rejestracji|data przystąpienia|data rozpoczęcia|klient od|data aktywacji|"
     u"data utworzenia|data zawarcia umowy|początek umowy|data założenia konta|data dołączenia|"
     // hi
     u"साइनअप तिथि|साइन अप तिथि|साइनअप तारीख|पंजीकरण तिथि|पंजीकरण की तारीख|पंजीकरण दिनांक|"
     u"शुरुआत की तारीख|आरंभ तिथि|प्रारंभ तिथि|जुड़ने की तिथि|जुड़ने की तारीख|सदस्यता तिथि|"
     u"ग्राहक कब से|"},
    {CanonicalTable::Customers, "churn_date",
     // en
     u"churn date|churned on|churned date|cancellation date|cancel date|cancelled on|"
     u"canceled on|termination date|terminated on|end date|contract end|contract end date|"
     u"leave date|left on|date left|exit date|closed date|closing date|close date|"
     u"deactivation date|disconnect date|lost date|subscription end|subscription end date|"
     // fr
     u"date de résiliation|date résiliation|date de désabonnement|date de départ|date de fin|"
     u"date fin|date d'annulation|date de clôture|fin de contrat|date de fin de contrat|"
     // de
     u"Kündigungsdatum|Kündigung zum|Kündigungstermin|Vertragsende|Enddatum|Austrittsdatum|"
     u"Abwanderungsdatum|Stornodatum|Abmeldedatum|gekündigt am|"
     // pl
     u"data rezygnacji|data rozwiązania umowy|data wypowiedzenia|data zakończenia|"
     u"data odejścia|data anulowania|koniec umowy|data rozwiązania|"
     // hi
     u"रद्द करने की तिथि|रद्द करने की तारीख|रद्दीकरण तिथि|समाप्ति तिथि|समाप्ति की तारीख|"
     u"छोड़ने की तिथि|छोड़ने की तारीख|चर्न तिथि|सेवा समाप्ति तिथि|"},
    {CanonicalTable::Customers, "tenure",
     // en
     u"tenure months|tenure in months|months as customer|months active|customer tenure|"
     u"length of relationship|months subscribed|tenure days|days as customer|"
     // fr
     u"ancienneté|ancienneté en mois|ancienneté client|durée d'abonnement|mois d'abonnement|"
     // de
     u"Kundendauer|Vertragsdauer|Laufzeit|Laufzeit in Monaten|Monate als Kunde|Bestandsdauer|"
     // pl
     u"staż|staż klienta|staż w miesiącach|okres współpracy|liczba miesięcy|"
     // hi
     u"अवधि|ग्राहक अवधि|महीनों में अवधि|सदस्यता अवधि|"},
    {CanonicalTable::Customers, "churned",
     // en
     u"churn|churn label|churn value|churn flag|has churned|is churned|churn status|left|"
     u"attrition|attrition flag|exited|cancelled|canceled|lost customer|"
     // fr
     u"résilié|a résilié|désabonné|parti|attrition|statut de résiliation|"
     // de
     u"gekündigt|Abwanderung|abgewandert|Kündigung|Churn-Status|"
     // pl
     u"odszedł|rezygnacja|zrezygnował|odejście|"
     // hi
     u"चर्न|छोड़ दिया|सेवा छोड़ी|"},
    {CanonicalTable::Customers, "monthly_revenue",
     // en
     u"monthly revenue|monthly charges|monthly charge|monthly fee|monthly fees|monthly amount|"
     u"monthly recurring revenue|mrr|monthly spend|monthly bill|monthly payment|monthly price|"
     u"monthly value|revenue per month|arpu|monthly subscription|"
     // fr
     u"revenu mensuel|chiffre d'affaires mensuel|ca mensuel|montant mensuel|mensualité|"
     u"frais mensuels|facture mensuelle|abonnement mensuel|revenu par mois|prix mensuel|"
     // de
     u"monatlicher Umsatz|Monatsumsatz|monatliche Gebühr|monatliche Gebühren|monatliche Kosten|"
     u"Monatsbeitrag|monatliche Zahlung|Monatsentgelt|Umsatz pro Monat|monatlicher Betrag|"
     u"Grundgebühr|Monatspreis|"
     // pl
     u"przychód miesięczny|miesięczny przychód|opłata miesięczna|miesięczna opłata|"
     u"abonament miesięczny|kwota miesięczna|przychód na miesiąc|miesięczny abonament|"
     // hi
     u"मासिक राजस्व|मासिक शुल्क|मासिक आय|मासिक भुगतान|मासिक बिल|प्रति माह राजस्व|मासिक राशि|"},
    {CanonicalTable::Customers, "social_engaged",
     // en
     u"social engaged|social engagement|engaged on social|social media engaged|"
     u"social media engagement|social customer|social care|social cohort|contacted via social|"
     u"contacted on social media|used social|social interaction|social media contact|social|"
     // fr
     u"engagé sur les réseaux sociaux|engagement réseaux sociaux|contact réseaux sociaux|"
     u"interaction réseaux sociaux|réseaux sociaux|client réseaux sociaux|"
     // de
     u"Social-Media-Kontakt|Social-Media-Interaktion|über soziale Medien|"
     u"Kontakt über soziale Medien|soziale Medien|Social Media|"
     // pl
     u"zaangażowanie w mediach społecznościowych|kontakt przez media społecznościowe|"
     u"kontakt w mediach społecznościowych|media społecznościowe|"
     // hi
     u"सोशल मीडिया जुड़ाव|सोशल मीडिया संपर्क|सोशल मीडिया पर जुड़ा|सोशल एंगेज्ड|सोशल मीडिया|"},
    {CanonicalTable::Customers, "first_social_date",
     // en
     u"first social contact|first social date|first social interaction|"
     u"first social media contact|date of first social contact|first social contact date|"
     u"social since|first social media date|social start date|"
     // fr
     u"date du premier contact social|premier contact réseaux sociaux|"
     u"date premier contact réseaux sociaux|premier contact social|"
     // de
     u"erster Social-Media-Kontakt|Datum erster Social-Media-Kontakt|"
     u"erster Kontakt über soziale Medien|Social Media seit|"
     // pl
     u"data pierwszego kontaktu w mediach społecznościowych|"
     u"pierwszy kontakt w mediach społecznościowych|pierwszy kontakt social media|"
     // hi
     u"पहला सोशल मीडिया संपर्क|पहले सोशल संपर्क की तिथि|पहली सोशल मीडिया तिथि|"},
    {CanonicalTable::Customers, "segment",
     // en
     u"customer segment|plan|plan type|tier|contract|contract type|region|customer group|group|"
     u"customer type|category|package|subscription type|market|"
     // fr
     u"segment client|forfait|offre|formule|type de contrat|contrat|région|groupe|catégorie|"
     u"type de client|"
     // de
     u"Kundensegment|Tarif|Vertrag|Vertragsart|Vertragstyp|Region|Kundengruppe|Gruppe|"
     u"Kategorie|Kundentyp|Paket|"
     // pl
     u"segment klienta|taryfa|pakiet|umowa|typ umowy|rodzaj umowy|grupa klientów|grupa|"
     u"kategoria|typ klienta|"
     // hi
     u"ग्राहक खंड|खंड|सेगमेंट|योजना|प्लान|क्षेत्र|समूह|श्रेणी|अनुबंध प्रकार|"},
    {CanonicalTable::Customers, "nps_score",
     // en
     u"nps|net promoter score|likelihood to recommend|likely to recommend|"
     u"how likely to recommend|recommend score|recommendation score|ltr|promoter score|"
     // fr
     u"score nps|note nps|probabilité de recommandation|note de recommandation|"
     u"score de recommandation|recommandation|"
     // de
     u"NPS-Wert|Weiterempfehlungsbereitschaft|Weiterempfehlung|Empfehlungswahrscheinlichkeit|"
     u"Empfehlungswert|"
     // pl
     u"wskaźnik nps|wynik nps|ocena nps|skłonność do polecenia|prawdopodobieństwo polecenia|"
     u"ocena polecenia|"
     // hi
     u"एनपीएस|एनपीएस स्कोर|सिफारिश स्कोर|सिफारिश की संभावना|अनुशंसा स्कोर|"},
    {CanonicalTable::Customers, "at_risk_date",
     // en
     u"at risk date|at risk since|risk date|churn risk date|cancel request date|"
     u"cancellation request date|escalation date|escalated complaint date|complaint date|"
     u"flagged at risk|notice date|"
     // fr
     u"date de risque|date de demande de résiliation|date d'escalade|date de réclamation|"
     u"date de plainte|à risque depuis|"
     // de
     u"Risikodatum|Datum Kündigungsanfrage|Kündigungsanfrage|Eskalationsdatum|Beschwerdedatum|"
     u"gefährdet seit|"
     // pl
     u"data ryzyka|data zagrożenia|data prośby o rezygnację|data eskalacji|data reklamacji|"
     u"data skargi|"
     // hi
     u"जोखिम तिथि|रद्द अनुरोध तिथि|शिकायत तिथि|एस्केलेशन तिथि|जोखिम में होने की तिथि|"},
    {CanonicalTable::Contacts, "contact_id",
     // en
     u"ticket id|ticket number|ticket no|ticket|interaction id|case id|case number|"
     u"conversation id|request id|incident id|call id|contact number|"
     // fr
     u"id contact|identifiant contact|numéro de ticket|id ticket|numéro de dossier|"
     u"id interaction|numéro d'appel|numéro de demande|"
     // de
     u"Kontakt-ID|Kontaktnummer|Ticket-ID|Ticketnummer|Fallnummer|Vorgangsnummer|Anfrage-ID|"
     // pl
     u"ID kontaktu|identyfikator kontaktu|numer zgłoszenia|ID zgłoszenia|numer sprawy|"
     u"ID interakcji|"
     // hi
     u"संपर्क आईडी|टिकट आईडी|टिकट संख्या|मामला संख्या|शिकायत संख्या|"},
    {CanonicalTable::Contacts, "customer_id", customerIdWords},
    {CanonicalTable::Contacts, "contact_date",
     // en
     u"date|interaction date|ticket date|created date|creation date|created at|created|"
     u"date created|opened date|date opened|opened|call date|received date|date received|"
     u"date of contact|request date|submitted|submitted at|timestamp|"
     // fr
     u"date de contact|date du contact|date d'interaction|date de création|date d'ouverture|"
     u"date de l'appel|date de la demande|"
     // de
     u"Kontaktdatum|Datum|Datum des Kontakts|Erstellungsdatum|erstellt am|Eingangsdatum|"
     u"Anrufdatum|Ticketdatum|"
     // pl
     u"data kontaktu|data|data zgłoszenia|data utworzenia|data interakcji|data połączenia|"
     // hi
     u"संपर्क तिथि|संपर्क की तारीख|तिथि|तारीख|दिनांक|टिकट तिथि|बनाने की तिथि|"},
    {CanonicalTable::Contacts, "channel",
     // en
     u"ticket channel|contact channel|support channel|communication channel|medium|"
     u"contact type|contact method|source|origin|via|"
     // fr
     u"canal|canal de contact|canal de communication|moyen de contact|source|origine|"
     // de
     u"Kanal|Kontaktkanal|Kommunikationskanal|Kontaktweg|Eingangskanal|Quelle|"
     // pl
     u"kanał|kanał kontaktu|kanał komunikacji|sposób kontaktu|źródło|"
     // hi
     u"चैनल|संपर्क चैनल|संचार माध्यम|माध्यम|स्रोत|"},
    {CanonicalTable::Contacts, "handle_minutes",
     // en
     u"handle time min|handle time|handling time|handle time minutes|aht|average handle time|"
     u"duration minutes|duration min|duration|call duration|talk time|minutes|time spent|"
     // fr
     u"durée|durée de traitement|temps de traitement|durée en minutes|durée de l'appel|minutes|"
     // de
     u"Bearbeitungszeit|Bearbeitungsdauer|Dauer|Dauer in Minuten|Gesprächsdauer|Minuten|"
     // pl
     u"czas obsługi|czas obsługi w minutach|czas trwania|czas rozmowy|minuty|"
     // hi
     u"हैंडल मिनट|संभालने का समय|कॉल अवधि|अवधि|मिनट|समय|"},
    {CanonicalTable::Contacts, "resolved",
     // en
     u"is resolved|solved|fixed|issue resolved|first contact resolution|fcr|closed|"
     // fr
     u"résolu|est résolu|réglé|traité|clos|"
     // de
     u"gelöst|erledigt|behoben|geschlossen|"
     // pl
     u"rozwiązane|rozwiązany|załatwione|zamknięte|"
     // hi
     u"हल|हल हुआ|समाधान हुआ|सुलझा|बंद|"},
    {CanonicalTable::Contacts, "led_to_process_change",
     // en
     u"process change|led to change|led to improvement|triggered change|process improvement|"
     u"changed process|improvement|"
     // fr
     u"changement de processus|a entraîné un changement|amélioration de processus|"
     u"amélioration du processus|"
     // de
     u"Prozessänderung|führte zu Prozessänderung|Prozessverbesserung|"
     // pl
     u"zmiana procesu|doprowadziło do zmiany procesu|usprawnienie procesu|"
     // hi
     u"प्रक्रिया परिवर्तन|प्रक्रिया में बदलाव|प्रक्रिया सुधार|"},
    {CanonicalTable::Contacts, "cost",
     // en
     u"contact cost|cost per contact|handling cost|expense|"
     // fr
     u"coût|coût du contact|coût par contact|frais|"
     // de
     u"Kosten|Kontaktkosten|Kosten pro Kontakt|Bearbeitungskosten|"
     // pl
     u"koszt|koszt kontaktu|koszt obsługi|"
     // hi
     u"लागत|संपर्क लागत|प्रति संपर्क लागत|खर्च|"},
    {CanonicalTable::Orders, "order_id",
     // en
     u"order number|order no|order|invoice no|invoice number|invoice id|invoice|transaction id|"
     u"purchase id|receipt number|sale id|"
     // fr
     u"id commande|numéro de commande|n° commande|numéro commande|numéro de facture|"
     u"id transaction|référence commande|"
     // de
     u"Bestell-ID|Bestellnummer|Auftragsnummer|Rechnungsnummer|Transaktions-ID|Belegnummer|"
     // pl
     u"ID zamówienia|numer zamówienia|nr zamówienia|numer faktury|ID transakcji|"
     // hi
     u"ऑर्डर आईडी|ऑर्डर संख्या|चालान संख्या|बिल संख्या|लेनदेन आईडी|"},
    {CanonicalTable::Orders, "customer_id", customerIdWords},
    {CanonicalTable::Orders, "order_date",
     // en
     u"date|purchase date|invoice date|transaction date|sale date|date of purchase|ordered|"
     u"ordered on|ordered at|booking date|created date|created at|"
     // fr
     u"date de commande|date commande|date d'achat|date de facture|date de transaction|"
     u"date de vente|"
     // de
     u"Bestelldatum|Datum|Kaufdatum|Rechnungsdatum|Auftragsdatum|Transaktionsdatum|"
     u"Verkaufsdatum|"
     // pl
     u"data zamówienia|data|data zakupu|data faktury|data transakcji|data sprzedaży|"
     // hi
     u"ऑर्डर तिथि|ऑर्डर की तारीख|तिथि|तारीख|दिनांक|खरीद तिथि|खरीद की तारीख|चालान तिथि|"},
    {CanonicalTable::Orders, "amount",
     // en
     u"order amount|order total|order value|total|total amount|sales|sale amount|revenue|value|"
     u"dollar value|net amount|gross amount|invoice amount|spend|price|total price|"
     // fr
     u"montant|montant total|montant de la commande|valeur|chiffre d'affaires|ventes|"
     u"montant ttc|montant ht|prix|"
     // de
     u"Betrag|Gesamtbetrag|Summe|Bestellwert|Umsatz|Wert|Rechnungsbetrag|Nettobetrag|"
     u"Bruttobetrag|Preis|"
     // pl
     u"kwota|suma|wartość|wartość zamówienia|kwota zamówienia|przychód|sprzedaż|kwota brutto|"
     u"kwota netto|cena|"
     // hi
     u"राशि|कुल राशि|कुल|मूल्य|ऑर्डर मूल्य|बिक्री|राजस्व|कीमत|"},
    {CanonicalTable::Orders, "cross_sell",
     // en
     u"cross sell|is cross sell|crosssell|upsell|add on|additional service|cross sold|"
     // fr
     u"vente croisée|vente additionnelle|service additionnel|service supplémentaire|"
     // de
     u"Cross-Selling|Zusatzverkauf|Zusatzleistung|Zusatzprodukt|Zusatzoption|"
     // pl
     u"sprzedaż krzyżowa|sprzedaż dodatkowa|usługa dodatkowa|"
     // hi
     u"क्रॉस सेल|अतिरिक्त बिक्री|अतिरिक्त सेवा|"},
    {CanonicalTable::Orders, "product",
     // en
     u"product name|product purchased|item|item name|description|article|service|sku|"
     u"product code|stock code|"
     // fr
     u"produit|nom du produit|article|désignation|référence produit|description|"
     // de
     u"Produkt|Produktname|Artikel|Artikelbezeichnung|Bezeichnung|Beschreibung|Artikelnummer|"
     u"Leistung|"
     // pl
     u"produkt|nazwa produktu|artykuł|towar|opis|usługa|kod produktu|"
     // hi
     u"उत्पाद|उत्पाद का नाम|वस्तु|आइटम|विवरण|सेवा|"},
    {CanonicalTable::Orders, "quantity",
     // en
     u"qty|quantity ordered|units|number of items|item count|pieces|"
     // fr
     u"quantité|qté|nombre d'articles|unités|"
     // de
     u"Menge|Anzahl|Stückzahl|Stück|Bestellmenge|"
     // pl
     u"ilość|liczba sztuk|sztuki|"
     // hi
     u"मात्रा|संख्या|इकाइयाँ|"},
    {CanonicalTable::Orders, "unit_price",
     // en
     u"unit price|price per unit|price each|item price|unit cost|list price|"
     // fr
     u"prix unitaire|prix à l'unité|PU|"
     // de
     u"Einzelpreis|Stückpreis|Preis pro Stück|Preis je Einheit|"
     // pl
     u"cena jednostkowa|cena za sztukę|cena jedn|"
     // hi
     u"इकाई मूल्य|प्रति इकाई मूल्य|इकाई कीमत|"},
    {CanonicalTable::Mentions, "mention_id",
     // en
     u"post id|tweet id|comment id|review id|message id|mention|"
     // fr
     u"id mention|id publication|identifiant publication|id commentaire|id avis|"
     // de
     u"Erwähnungs-ID|Beitrags-ID|Post-ID|Kommentar-ID|"
     // pl
     u"ID wzmianki|ID posta|ID wpisu|ID komentarza|"
     // hi
     u"उल्लेख आईडी|पोस्ट आईडी|टिप्पणी आईडी|"},
    {CanonicalTable::Mentions, "customer_id", customerIdWords},
    {CanonicalTable::Mentions, "mention_date",
     // en
     u"date|post date|posted|posted at|posted on|published|published date|publication date|"
     u"tweet date|created at|timestamp|"
     // fr
     u"date de mention|date de publication|publié le|"
     // de
     u"Erwähnungsdatum|Datum|Veröffentlichungsdatum|veröffentlicht am|Beitragsdatum|"
     // pl
     u"data wzmianki|data|data publikacji|opublikowano|"
     // hi
     u"उल्लेख तिथि|तिथि|तारीख|दिनांक|पोस्ट तिथि|प्रकाशन तिथि|"},
    {CanonicalTable::Mentions, "sentiment",
     // en
     u"sentiment|sentiment label|tone|polarity|mood|opinion|"
     // fr
     u"tonalité|polarité|ressenti|"
     // de
     u"Stimmung|Tonalität|Polarität|Meinung|"
     // pl
     u"sentyment|wydźwięk|nastawienie|ton|opinia|"
     // hi
     u"भावना|मनोभाव|सेंटिमेंट|राय|"},
    {CanonicalTable::Mentions, "reach",
     // en
     u"impressions|followers|follower count|audience|views|"
     // fr
     u"portée|abonnés|vues|"
     // de
     u"Reichweite|Impressionen|Follower|Abonnenten|Aufrufe|"
     // pl
     u"zasięg|wyświetlenia|obserwujący|liczba obserwujących|odbiorcy|"
     // hi
     u"पहुंच|पहुँच|इंप्रेशन|फॉलोअर्स|अनुयायी|दर्शक|"},
    {CanonicalTable::Mentions, "platform",
     // en
     u"network|social network|site|source|"
     // fr
     u"plateforme|réseau|réseau social|"
     // de
     u"Plattform|Netzwerk|soziales Netzwerk|Quelle|"
     // pl
     u"platforma|sieć|serwis|portal społecznościowy|źródło|"
     // hi
     u"प्लेटफ़ॉर्म|प्लेटफार्म|मंच|नेटवर्क|सोशल नेटवर्क|"},
    {CanonicalTable::Improvements, "improvement_id",
     // en
     u"change id|initiative id|project id|improvement number|"
     // fr
     u"id amélioration|identifiant amélioration|numéro d'amélioration|"
     // de
     u"Verbesserungs-ID|Verbesserungsnummer|Maßnahmen-ID|"
     // pl
     u"ID usprawnienia|numer usprawnienia|ID zmiany|"
     // hi
     u"सुधार आईडी|सुधार संख्या|"},
    {CanonicalTable::Improvements, "date",
     // en
     u"improvement date|implementation date|implemented|date implemented|change date|"
     u"go live date|launch date|"
     // fr
     u"date de mise en œuvre|date de mise en place|date d'amélioration|"
     // de
     u"Datum|Umsetzungsdatum|Einführungsdatum|Änderungsdatum|"
     // pl
     u"data|data wdrożenia|data usprawnienia|data zmiany|"
     // hi
     u"तिथि|तारीख|दिनांक|लागू करने की तिथि|सुधार तिथि|"},
    {CanonicalTable::Improvements, "title",
     // en
     u"name|improvement|improvement title|summary|subject|description|change|"
     // fr
     u"titre|nom|intitulé|résumé|amélioration|"
     // de
     u"Titel|Name|Bezeichnung|Maßnahme|Verbesserung|Zusammenfassung|Beschreibung|"
     // pl
     u"tytuł|nazwa|usprawnienie|podsumowanie|opis|"
     // hi
     u"शीर्षक|नाम|सुधार|विवरण|"},
    {CanonicalTable::Improvements, "issues_addressed",
     // en
     u"issues|issues resolved|number of issues|problems solved|complaints addressed|"
     u"tickets addressed|"
     // fr
     u"problèmes traités|problèmes résolus|nombre de problèmes|réclamations traitées|"
     // de
     u"behobene Probleme|gelöste Probleme|Anzahl Probleme|adressierte Probleme|"
     // pl
     u"rozwiązane problemy|liczba problemów|liczba zgłoszeń|"
     // hi
     u"हल किए गए मुद्दे|समस्याओं की संख्या|मुद्दे|"},
    {CanonicalTable::Improvements, "customers_retained_per_year",
     // en
     u"customers retained|retained customers|customers saved per year|customers saved|"
     u"retention per year|"
     // fr
     u"clients retenus par an|clients conservés par an|clients retenus|clients fidélisés|"
     // de
     u"gehaltene Kunden pro Jahr|gehaltene Kunden|gerettete Kunden pro Jahr|gerettete Kunden|"
     // pl
     u"klienci utrzymani rocznie|utrzymani klienci|zatrzymani klienci rocznie|"
     u"uratowani klienci|"
     // hi
     u"प्रति वर्ष बनाए रखे गए ग्राहक|बनाए रखे गए ग्राहक|प्रति वर्ष बचाए गए ग्राहक|"},
    {CanonicalTable::Improvements, "staff_hours_saved_per_year",
     // en
     u"hours saved per year|staff hours saved|hours saved|time saved|fte hours saved|"
     // fr
     u"heures économisées par an|heures économisées|heures de personnel économisées|"
     u"temps gagné|"
     // de
     u"eingesparte Stunden pro Jahr|eingesparte Stunden|eingesparte Personalstunden|"
     u"Zeitersparnis|"
     // pl
     u"zaoszczędzone godziny rocznie|zaoszczędzone godziny|zaoszczędzone roboczogodziny|"
     u"oszczędność czasu|"
     // hi
     u"प्रति वर्ष बचाए गए घंटे|बचाए गए घंटे|कर्मचारी घंटे बचत|समय की बचत|"},
};

// A synonym prepared for comparison.
struct Synonym
{
    QString text; // as written
    QString normalized;
    QString joined; // normalized without spaces
    QStringList words;
};

using SynonymTable = QHash<QString, std::vector<Synonym>>; // key "table.field"

QString key(CanonicalTable table, QStringView field)
{
    QString result = QString(tableSpec(table).name);
    result += QLatin1Char('.');
    result += field;
    return result;
}

QString joined(const QString &normalized)
{
    QString result = normalized;
    result.remove(QLatin1Char(' '));
    return result;
}

const SynonymTable &synonymTable()
{
    static const SynonymTable table = [] {
        SynonymTable result;
        for (const TableSpec &tableSpec : canonicalTables()) {
            for (const FieldSpec &spec : tableSpec.fields) {
                std::vector<Synonym> &list = result[key(tableSpec.table, QString(spec.name))];
                QSet<QString> seen;
                auto add = [&](const QString &text) {
                    Synonym synonym;
                    synonym.text = text;
                    synonym.normalized = HeaderMatcher::normalize(text);
                    if (synonym.normalized.isEmpty() || seen.contains(synonym.normalized))
                        return;
                    seen.insert(synonym.normalized);
                    synonym.joined = joined(synonym.normalized);
                    synonym.words = synonym.normalized.split(QLatin1Char(' '));
                    list.push_back(synonym);
                };
                add(QString(spec.name));
                for (const FieldWords &fieldWords : allWords) {
                    if (fieldWords.table != tableSpec.table
                        || spec.name != QLatin1String(fieldWords.field))
                        continue;
                    const QString words = QString::fromUtf16(fieldWords.words);
                    for (const QString &word : words.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                        add(word);
                }
            }
        }
        return result;
    }();
    return table;
}

// True when the two strings differ by one inserted, deleted or replaced
// character.
bool oneEditApart(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (b.size() - a.size() > 1)
        return false;
    qsizetype i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    if (a.size() == b.size())
        return i < a.size() && a.mid(i + 1) == b.mid(i + 1);
    return a.mid(i) == b.mid(i + 1);
}

bool containsWords(const QStringList &haystack, const QStringList &needle)
{
    if (needle.size() >= haystack.size())
        return false;
    for (qsizetype start = 0; start + needle.size() <= haystack.size(); ++start) {
        bool all = true;
        for (qsizetype k = 0; k < needle.size() && all; ++k)
            all = haystack[start + k] == needle[k];
        if (all)
            return true;
    }
    return false;
}

// A header that speaks of a date only feeds a date field by containment:
// "resolved date" is not "resolved".
bool mentionsDate(const QStringList &words)
{
    static const QSet<QString> dateWords = [] {
        QSet<QString> set;
        for (const char16_t *word : {u"date", u"datum", u"data", u"day", u"time", u"tag", u"jour",
                                     u"dzien", u"तिथि", u"तारीख", u"दिनांक"})
            set.insert(HeaderMatcher::normalize(QStringView(word)));
        return set;
    }();
    return std::any_of(words.cbegin(), words.cend(),
                       [](const QString &word) { return dateWords.contains(word); });
}

struct Candidate
{
    double score = 0;
    HeaderMatch::Kind kind = HeaderMatch::Kind::None;
};

struct PreparedHeader
{
    QString normalized;
    QString joined;
    QStringList words;
};

PreparedHeader prepare(QStringView header)
{
    PreparedHeader prepared;
    prepared.normalized = HeaderMatcher::normalize(header);
    prepared.joined = joined(prepared.normalized);
    prepared.words = prepared.normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return prepared;
}

Candidate scoreAgainst(const PreparedHeader &header, const std::vector<Synonym> &synonyms,
                       bool dateField)
{
    Candidate best;
    if (header.normalized.isEmpty())
        return best;
    const bool headerMentionsDate = mentionsDate(header.words);
    for (size_t rank = 0; rank < synonyms.size(); ++rank) {
        const Synonym &synonym = synonyms[rank];
        // Earlier synonyms are the usual words: they win ties, by a hair.
        const double tieBreak = 0.001 * double(std::min<size_t>(rank, 50));
        Candidate candidate;
        if (header.normalized == synonym.normalized) {
            candidate = {1.0 - tieBreak, HeaderMatch::Kind::Exact};
        } else if (header.joined == synonym.joined) {
            candidate = {0.9 - tieBreak, HeaderMatch::Kind::Joined};
        } else if (synonym.words.size() >= 2 && (dateField || !headerMentionsDate)
                   && containsWords(header.words, synonym.words)) {
            const double coverage = double(synonym.words.size()) / double(header.words.size());
            candidate = {0.6 + 0.2 * coverage - tieBreak * 0.01, HeaderMatch::Kind::Contains};
        } else if (header.joined.size() >= 6 && synonym.joined.size() >= 6
                   && oneEditApart(header.joined, synonym.joined)) {
            candidate = {0.7 - tieBreak * 0.01, HeaderMatch::Kind::Similar};
        }
        if (candidate.score > best.score)
            best = candidate;
    }
    return best;
}

QString dateOrderName(ValueParsers::DateOrder order)
{
    return order == ValueParsers::DateOrder::DayFirst ? QStringLiteral("dmy")
                                                      : QStringLiteral("mdy");
}

QString separatorName(ValueParsers::DecimalSeparator separator)
{
    return separator == ValueParsers::DecimalSeparator::Point ? QStringLiteral("point")
                                                              : QStringLiteral("comma");
}

const QLatin1String profileFormat("socialroi-mapping");
constexpr int profileVersion = 1;

} // namespace

// --- FieldMapping ------------------------------------------------------------

int FieldMapping::columnOf(QStringView field) const
{
    for (const Column &column : columns) {
        if (column.field == field)
            return column.index;
    }
    return -1;
}

QString FieldMapping::fieldOf(int index) const
{
    for (const Column &column : columns) {
        if (column.index == index)
            return column.field;
    }
    return QString();
}

QStringList FieldMapping::extraHeaders() const
{
    QStringList headers;
    for (const Column &column : columns) {
        if (column.field.isEmpty())
            headers.append(column.header);
    }
    return headers;
}

QStringList FieldMapping::missingRequiredFields() const
{
    QStringList missing;
    const TableSpec *spec = tableSpecByName(table);
    if (!spec)
        return missing;
    const auto isMapped = [this](QStringView field) { return columnOf(field) >= 0; };
    for (const FieldSpec &field : spec->fields) {
        if (field.required && !isMapped(QString(field.name))
            && !DerivationOptions::derives(table, QString(field.name), isMapped))
            missing.append(field.name);
    }
    return missing;
}

QJsonObject FieldMapping::toJsonObject() const
{
    QJsonArray array;
    for (const Column &column : columns) {
        QJsonObject entry;
        entry.insert(QLatin1String("column"), column.index + 1);
        entry.insert(QLatin1String("header"), column.header);
        entry.insert(QLatin1String("field"),
                     column.field.isEmpty() ? QJsonValue(QJsonValue::Null) : column.field);
        array.append(entry);
    }
    QJsonObject object;
    object.insert(QLatin1String("format"), profileFormat);
    object.insert(QLatin1String("version"), profileVersion);
    if (!name.isEmpty())
        object.insert(QLatin1String("name"), name);
    object.insert(QLatin1String("table"), table);
    object.insert(QLatin1String("columns"), array);
    if (dateOrder)
        object.insert(QLatin1String("date_order"), dateOrderName(*dateOrder));
    if (decimalSeparator)
        object.insert(QLatin1String("decimal_separator"), separatorName(*decimalSeparator));
    derivations.writeJson(object);
    return object;
}

QByteArray FieldMapping::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

std::optional<FieldMapping> FieldMapping::fromJson(const QByteArray &json, QString *errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (errorMessage) {
            *errorMessage = document.isNull()
                ? tr("The mapping profile is not valid JSON (%1 at character %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : tr("The mapping profile is not a JSON object.");
        }
        return std::nullopt;
    }
    return fromJsonObject(document.object(), errorMessage);
}

std::optional<FieldMapping> FieldMapping::fromJsonObject(const QJsonObject &object,
                                                         QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    if (object.value(QLatin1String("format")).toString() != profileFormat) {
        return fail(tr("This is not a SocialROI mapping profile: \"format\" must be \"%1\".")
                        .arg(profileFormat));
    }
    const int version = object.value(QLatin1String("version")).toInt(0);
    if (version < 1)
        return fail(tr("The mapping profile has no valid \"version\"."));
    if (version > profileVersion) {
        return fail(tr("The mapping profile was saved by a newer version of SocialROI "
                       "(profile version %1). Update the application.")
                        .arg(version));
    }
    FieldMapping mapping;
    mapping.name = object.value(QLatin1String("name")).toString();
    mapping.table = object.value(QLatin1String("table")).toString();
    const TableSpec *spec = tableSpecByName(mapping.table);
    if (!spec) {
        QStringList names;
        for (const TableSpec &table : canonicalTables())
            names.append(table.name);
        return fail(tr("The mapping profile names an unknown table \"%1\"; use one of: %2.")
                        .arg(mapping.table, names.join(QLatin1String(", "))));
    }
    const QJsonValue columnsValue = object.value(QLatin1String("columns"));
    if (!columnsValue.isArray())
        return fail(tr("The mapping profile has no \"columns\" list."));
    QSet<int> seenIndexes;
    QSet<QString> seenFields;
    const QJsonArray array = columnsValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const int number = entry.value(QLatin1String("column")).toInt(0);
        if (number < 1) {
            return fail(
                tr("Entry %1 of \"columns\" needs a \"column\" number of 1 or more.").arg(i + 1));
        }
        if (seenIndexes.contains(number))
            return fail(tr("Column %1 appears twice in the mapping profile.").arg(number));
        seenIndexes.insert(number);
        Column column;
        column.index = number - 1;
        column.header = entry.value(QLatin1String("header")).toString();
        const QJsonValue field = entry.value(QLatin1String("field"));
        if (!field.isNull() && !field.isUndefined() && !field.isString()) {
            return fail(tr("Column %1: \"field\" must be a field name or null.").arg(number));
        }
        column.field = field.toString();
        if (!column.field.isEmpty()) {
            if (!spec->field(column.field)) {
                QStringList names;
                for (const FieldSpec &known : spec->fields)
                    names.append(known.name);
                return fail(tr("Column %1 maps to \"%2\", which is not a field of table %3; "
                               "use one of: %4.")
                                .arg(number)
                                .arg(column.field, mapping.table, names.join(QLatin1String(", "))));
            }
            if (seenFields.contains(column.field)) {
                return fail(
                    tr("The field \"%1\" is mapped to two columns; keep one.").arg(column.field));
            }
            seenFields.insert(column.field);
        }
        mapping.columns.push_back(column);
    }
    std::sort(mapping.columns.begin(), mapping.columns.end(),
              [](const Column &a, const Column &b) { return a.index < b.index; });

    const QJsonValue order = object.value(QLatin1String("date_order"));
    if (!order.isUndefined() && !order.isNull()) {
        if (order.toString() == QLatin1String("dmy"))
            mapping.dateOrder = ValueParsers::DateOrder::DayFirst;
        else if (order.toString() == QLatin1String("mdy"))
            mapping.dateOrder = ValueParsers::DateOrder::MonthFirst;
        else
            return fail(tr("\"date_order\" must be \"dmy\" or \"mdy\"."));
    }
    const QJsonValue separator = object.value(QLatin1String("decimal_separator"));
    if (!separator.isUndefined() && !separator.isNull()) {
        if (separator.toString() == QLatin1String("point"))
            mapping.decimalSeparator = ValueParsers::DecimalSeparator::Point;
        else if (separator.toString() == QLatin1String("comma"))
            mapping.decimalSeparator = ValueParsers::DecimalSeparator::Comma;
        else
            return fail(tr("\"decimal_separator\" must be \"point\" or \"comma\"."));
    }
    QString derivationProblem;
    if (!DerivationOptions::readJson(object, &mapping.derivations, &derivationProblem))
        return fail(derivationProblem);
    if (errorMessage)
        errorMessage->clear();
    return mapping;
}

FieldMapping FieldMapping::rebind(const QStringList &headers, QStringList *unmatchedHeaders) const
{
    FieldMapping result;
    result.name = name;
    result.table = table;
    result.dateOrder = dateOrder;
    result.decimalSeparator = decimalSeparator;
    result.derivations = derivations;
    for (qsizetype i = 0; i < headers.size(); ++i)
        result.columns.push_back({int(i), headers[i], QString()});

    QStringList normalizedHeaders;
    for (const QString &header : headers)
        normalizedHeaders.append(HeaderMatcher::normalize(header));
    if (unmatchedHeaders)
        unmatchedHeaders->clear();
    for (const Column &column : columns) {
        if (column.field.isEmpty())
            continue;
        int found = -1;
        const QString wanted = HeaderMatcher::normalize(column.header);
        if (!wanted.isEmpty()) {
            // The same header at the same place first, then anywhere.
            if (column.index < normalizedHeaders.size()
                && normalizedHeaders[column.index] == wanted) {
                found = column.index;
            } else {
                found = int(normalizedHeaders.indexOf(wanted));
            }
        } else if (column.index < headers.size()) {
            found = column.index;
        }
        if (found < 0 || !result.columns[size_t(found)].field.isEmpty()) {
            if (unmatchedHeaders)
                unmatchedHeaders->append(column.header);
            continue;
        }
        result.columns[size_t(found)].field = column.field;
    }
    return result;
}

// --- HeaderMatcher -------------------------------------------------------------

FieldMapping HeaderMatchResult::mapping() const
{
    FieldMapping mapping;
    mapping.table = tableSpec(table).name;
    for (const HeaderMatch &match : columns)
        mapping.columns.push_back({match.index, match.header, match.field});
    return mapping;
}

QString HeaderMatcher::normalize(QStringView header)
{
    // Split camelCase and letter/digit runs before case is folded away.
    QString spaced;
    spaced.reserve(header.size() + 8);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QChar c = header[i];
        if (i > 0) {
            const QChar previous = header[i - 1];
            const bool next = i + 1 < header.size();
            if ((previous.isLower() && c.isUpper())
                || (previous.isUpper() && c.isUpper() && next && header[i + 1].isLower())
                || (previous.isLetter() && c.isDigit()) || (previous.isDigit() && c.isLetter())) {
                spaced += QLatin1Char(' ');
            }
        }
        spaced += c;
    }
    const QString folded = ValueParsers::foldForComparison(spaced);
    QString result;
    result.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark()) {
            if (pendingSpace && !result.isEmpty())
                result += QLatin1Char(' ');
            pendingSpace = false;
            result += c;
        } else {
            pendingSpace = true;
        }
    }
    return result;
}

QStringList HeaderMatcher::synonyms(CanonicalTable table, QStringView field)
{
    QStringList words;
    const auto found = synonymTable().constFind(key(table, field));
    if (found == synonymTable().cend())
        return words;
    for (const Synonym &synonym : found.value())
        words.append(synonym.text);
    return words;
}

double HeaderMatcher::score(QStringView header, CanonicalTable table, QStringView field)
{
    const TableSpec &spec = tableSpec(table);
    const FieldSpec *fieldSpec = spec.field(field);
    if (!fieldSpec)
        return 0;
    const auto found = synonymTable().constFind(key(table, field));
    if (found == synonymTable().cend())
        return 0;
    return scoreAgainst(prepare(header), found.value(), fieldSpec->type == FieldType::Date).score;
}

HeaderMatchResult HeaderMatcher::match(const QStringList &headers, CanonicalTable table)
{
    const TableSpec &spec = tableSpec(table);
    HeaderMatchResult result;
    result.table = table;

    struct Pair
    {
        int column;
        int field;
        Candidate candidate;
    };
    std::vector<Pair> pairs;
    for (qsizetype column = 0; column < headers.size(); ++column) {
        result.columns.push_back(
            {int(column), headers[column], QString(), 0.0, HeaderMatch::Kind::None});
        const PreparedHeader prepared = prepare(headers[column]);
        for (size_t field = 0; field < spec.fields.size(); ++field) {
            const FieldSpec &fieldSpec = spec.fields[field];
            const Candidate candidate
                = scoreAgainst(prepared, synonymTable().value(key(table, QString(fieldSpec.name))),
                               fieldSpec.type == FieldType::Date);
            if (candidate.score >= minimumScore)
                pairs.push_back({int(column), int(field), candidate});
        }
    }
    // Best pairs first; a field or a column already taken is skipped.
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) {
        if (a.candidate.score != b.candidate.score)
            return a.candidate.score > b.candidate.score;
        if (a.column != b.column)
            return a.column < b.column;
        return a.field < b.field;
    });
    std::vector<bool> fieldTaken(spec.fields.size(), false);
    for (const Pair &pair : pairs) {
        HeaderMatch &match = result.columns[size_t(pair.column)];
        if (!match.field.isEmpty() || fieldTaken[size_t(pair.field)])
            continue;
        fieldTaken[size_t(pair.field)] = true;
        match.field = spec.fields[size_t(pair.field)].name;
        match.score = pair.candidate.score;
        match.kind = pair.candidate.kind;
    }
    const auto isMapped = [&](QStringView name) {
        const int index = spec.fieldIndex(name);
        return index >= 0 && fieldTaken[size_t(index)];
    };
    for (size_t field = 0; field < spec.fields.size(); ++field) {
        const QString name = spec.fields[field].name;
        if (spec.fields[field].required && !fieldTaken[field]
            && !DerivationOptions::derives(QString(spec.name), name, isMapped))
            result.missingRequiredFields.append(name);
    }
    return result;
}

QString HeaderMatcher::missingFieldsMessage(CanonicalTable table, const QStringList &missingFields,
                                            const QStringList &headers)
{
    constexpr qsizetype shownHeaders = 40;
    QStringList quoted;
    for (qsizetype i = 0; i < headers.size() && i < shownHeaders; ++i)
        quoted.append(QLatin1Char('"') + headers[i] + QLatin1Char('"'));
    QString headerList = quoted.join(QLatin1String(", "));
    if (headers.size() > shownHeaders)
        headerList
            += QLatin1String(", ") + tr("and %n more", nullptr, int(headers.size() - shownHeaders));
    if (headers.isEmpty())
        headerList = tr("(none)");
    return tr("%n required field(s) of the %1 table match no column of the file: %2. The "
              "file's columns are: %3. Rename the column in the file, or choose the column "
              "for each field in the import wizard or with a mapping profile (--mapping).",
              nullptr, int(missingFields.size()))
        .arg(QString(tableSpec(table).name), missingFields.join(QLatin1String(", ")), headerList);
}
