<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AssumptionsEditor</name>
    <message>
        <source>From the data</source>
        <translation>Aus den Daten</translation>
    </message>
    <message>
        <source>The assumptions could not be saved: %1</source>
        <translation>Die Annahmen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>These figures turn the measured differences into money. Double-click a value to change it; the metrics and the ROI follow at once.</source>
        <translation>Diese Werte rechnen die gemessenen Unterschiede in Geld um. Doppelklicken Sie auf einen Wert, um ihn zu ändern; Kennzahlen und ROI folgen sofort.</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>The project is busy (an import may be running): the assumptions will load when it is free. Nothing is saved until then.</source>
        <translation>Das Projekt ist belegt (vielleicht läuft ein Import): Die Annahmen werden geladen, sobald es frei ist. Bis dahin wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The assumptions cannot be read: %1. They will load as soon as the project can be read; nothing is saved until then.</source>
        <translation>Die Annahmen können nicht gelesen werden: %1. Sie werden geladen, sobald das Projekt lesbar ist; bis dahin wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>AssumptionsModel</name>
    <message>
        <source>Cost of a phone contact</source>
        <translation>Kosten eines Telefonkontakts</translation>
    </message>
    <message>
        <source>Cost of a social-media contact</source>
        <translation>Kosten eines Social-Media-Kontakts</translation>
    </message>
    <message>
        <source>Cost of a self-service session</source>
        <translation>Kosten einer Self-Service-Sitzung</translation>
    </message>
    <message>
        <source>Cost of an email contact</source>
        <translation>Kosten eines E-Mail-Kontakts</translation>
    </message>
    <message>
        <source>Cost of a chat contact</source>
        <translation>Kosten eines Chat-Kontakts</translation>
    </message>
    <message>
        <source>Staff cost per hour</source>
        <translation>Personalkosten pro Stunde</translation>
    </message>
    <message>
        <source>Programme cost per month</source>
        <translation>Programmkosten pro Monat</translation>
    </message>
    <message>
        <source>Programme launch date</source>
        <translation>Startdatum des Programms</translation>
    </message>
    <message>
        <source>Analysis as-of date</source>
        <translation>Stichtag der Analyse</translation>
    </message>
    <message>
        <source>Horizon</source>
        <extracomment>The number of months over which the money values and the ROI are added up</extracomment>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Save window</source>
        <extracomment>Days an at-risk customer has to still be a customer to count as saved (retained), not saving a file</extracomment>
        <translation>Rettungsfrist</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Annual discount rate</source>
        <translation>Jährlicher Diskontierungssatz</translation>
    </message>
    <message>
        <source>Value of one promoter</source>
        <translation>Wert eines Promotors</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <extracomment>unit of an hourly cost, %1 is a currency code such as EUR</extracomment>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO-Code</translation>
    </message>
    <message>
        <source>Latest date in the data</source>
        <translation>Letztes Datum in den Daten</translation>
    </message>
    <message>
        <source>Earliest social contact in the data</source>
        <translation>Erster Social-Media-Kontakt in den Daten</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <extracomment>Share of revenue that is profit, between 0 and 1; empty until the user sets it</extracomment>
        <translation>Deckungsbeitragsquote</translation>
    </message>
    <message>
        <source>share of revenue</source>
        <translation>Anteil am Umsatz</translation>
    </message>
    <message>
        <source>Not set: money is shown as revenue, not profit</source>
        <translation>Nicht gesetzt: Beträge sind Umsatz, nicht Gewinn</translation>
    </message>
    <message>
        <source>Programme cost under a filter</source>
        <extracomment>How a segment or date filter is charged the programme&apos;s cost and the figures entered for the whole project</extracomment>
        <translation>Programmkosten unter einem Filter</translation>
    </message>
    <message>
        <source>Share of the social customers in the selection</source>
        <translation>Anteil der Social-Media-Kunden in der Auswahl</translation>
    </message>
    <message>
        <source>Share of all customers in the selection</source>
        <translation>Anteil aller Kunden in der Auswahl</translation>
    </message>
    <message>
        <source>Whole amount to every selection</source>
        <translation>Ganzer Betrag für jede Auswahl</translation>
    </message>
    <message>
        <source>rule</source>
        <extracomment>unit of an assumption chosen from a list, such as the rule that charges a filter&apos;s cost</extracomment>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <source>Tenure (months)</source>
        <translation>Kundendauer (Monate)</translation>
    </message>
    <message>
        <source>Still out of balance after weighting: the two sides differ by more than 0.1 standard deviations.</source>
        <translation>Nach der Gewichtung noch unausgeglichen: Die beiden Seiten unterscheiden sich um mehr als 0,1 Standardabweichungen.</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Difference before</source>
        <extracomment>Standardized mean difference between the two sides before weighting</extracomment>
        <translation>Unterschied vorher</translation>
    </message>
    <message>
        <source>Difference after</source>
        <extracomment>Standardized mean difference between the two sides after weighting</extracomment>
        <translation>Unterschied nachher</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>--%1 must be a whole number from 16 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 muss eine ganze Zahl von 16 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>Writes one chart of a metric as PNG (width × height pixels), SVG or PDF (width × height points), chosen by the file&apos;s suffix, drawn as the window draws it.</source>
        <translation>Schreibt ein Diagramm einer Kennzahl als PNG (Breite × Höhe in Pixeln), SVG oder PDF (Breite × Höhe in Punkt), je nach Dateiendung, so gezeichnet wie im Fenster.</translation>
    </message>
    <message>
        <source>The metric: %1.</source>
        <translation>Die Kennzahl: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Die zu schreibende Datei: .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>Width (default 1280).</source>
        <translation>Breite (Standard 1280).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Height (default 720).</source>
        <translation>Höhe (Standard 720).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>HÖHE</translation>
    </message>
    <message>
        <source>--metric: unknown metric &quot;%1&quot;. Valid metrics: %2.</source>
        <translation>--metric: unbekannte Kennzahl „%1“. Gültige Kennzahlen: %2.</translation>
    </message>
    <message>
        <source>Missing --metric ID: one of %1.</source>
        <translation>--metric ID fehlt: eine von %1.</translation>
    </message>
    <message>
        <source>--chart: %1 has no chart &quot;%2&quot;. Its charts: %3.</source>
        <translation>--chart: %1 hat kein Diagramm „%2“. Seine Diagramme: %3.</translation>
    </message>
    <message>
        <source>-o %1: a chart is written as .png, .svg or .pdf; name the file with one of these suffixes.</source>
        <translation>-o %1: Ein Diagramm wird als .png, .svg oder .pdf geschrieben; geben Sie der Datei eine dieser Endungen.</translation>
    </message>
    <message>
        <source>%1: the project has no %2 metric.</source>
        <translation>%1: Das Projekt hat keine Kennzahl %2.</translation>
    </message>
    <message>
        <source>Cannot draw the %1 chart as %2.</source>
        <translation>Das Diagramm %1 kann nicht als %2 gezeichnet werden.</translation>
    </message>
    <message>
        <source>Which chart of the metric: main (default), second (mentions of raves, revenue per order of relationship), series (by month), or the BG/NBD checks of relationship: tracking, repeat_counts or alive.</source>
        <translation>Welches Diagramm der Kennzahl: main (Standard), second (Erwähnungen bei raves, Umsatz je Bestellung bei relationship), series (nach Monat) oder die BG/NBD-Prüfungen von relationship: tracking, repeat_counts oder alive.</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>&amp;Breite × Höhe:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Grafik</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>%1 × %2 (HD)</source>
        <extracomment>An export size preset, e.g. &quot;1,920 × 1,080 (Full HD)&quot;</extracomment>
        <translation>%1 × %2 (HD)</translation>
    </message>
    <message>
        <source>%1 × %2 (Full HD)</source>
        <translation>%1 × %2 (Full HD)</translation>
    </message>
    <message>
        <source>%1 × %2 (4K)</source>
        <translation>%1 × %2 (4K)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Only the &amp;current zoomed view</source>
        <translation>Nur die &amp;aktuelle gezoomte Ansicht</translation>
    </message>
    <message>
        <source>By default the whole chart is exported, whatever the zoom</source>
        <translation>Standardmäßig wird das ganze Diagramm exportiert, unabhängig vom Zoom</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Contacts per customer-month</source>
        <translation>Kontakte pro Kundenmonat</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <source>Share of at-risk customers</source>
        <translation>Anteil gefährdeter Kunden</translation>
    </message>
    <message>
        <source>Share of contacts</source>
        <translation>Anteil der Kontakte</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Anteil der Kunden</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>%1, by month</source>
        <translation>%1, nach Monat</translation>
    </message>
    <message>
        <source>Mentions and their reach</source>
        <translation>Erwähnungen und ihre Reichweite</translation>
    </message>
    <message>
        <source>Revenue per order</source>
        <translation>Umsatz pro Bestellung</translation>
    </message>
    <message>
        <source>Customers still active, by months since signup</source>
        <translation>Noch aktive Kunden nach Monaten seit der Anmeldung</translation>
    </message>
    <message>
        <source>Support contacts per customer-month, by channel</source>
        <translation>Supportkontakte pro Kundenmonat nach Kanal</translation>
    </message>
    <message>
        <source>Customers who used self-service</source>
        <translation>Kunden, die Self-Service genutzt haben</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promotoren, Indifferente und Detraktoren</translation>
    </message>
    <message>
        <source>Contacts that led to a process change</source>
        <translation>Kontakte, die zu einer Prozessänderung führten</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Umsatz pro Kunde</translation>
    </message>
    <message>
        <source>Customers still active, by months since the first social contact</source>
        <translation>Noch aktive Kunden, nach Monaten seit dem ersten Social-Media-Kontakt</translation>
    </message>
    <message>
        <source>Repeat orders, cumulative</source>
        <translation>Folgebestellungen, kumuliert</translation>
    </message>
    <message>
        <source>Repeat orders up to the as-of date</source>
        <translation>Folgebestellungen bis zum Stichtag</translation>
    </message>
    <message>
        <source>Chance of still ordering, P(alive) (%, bins of 10)</source>
        <translation>Chance auf weitere Bestellungen, P(aktiv) (%, Klassen zu 10)</translation>
    </message>
    <message>
        <source>Repeat orders; dashes: BG/NBD</source>
        <extracomment>Chart title: cumulative repeat orders, counted (solid) and expected by BG/NBD (dashed)</extracomment>
        <translation>Folgebestellungen; gestrichelt: BG/NBD</translation>
    </message>
    <message>
        <source>Customers by repeat orders; diamonds: BG/NBD</source>
        <extracomment>Chart title: bars count customers, diamonds show what the BG/NBD model expects</extracomment>
        <translation>Kunden nach Folgebestellungen; Rauten: BG/NBD</translation>
    </message>
    <message>
        <source>Customers by chance of still ordering</source>
        <translation>Kunden nach Chance auf weitere Bestellungen</translation>
    </message>
</context>
<context>
    <name>CohortChart</name>
    <message>
        <source>No data for this selection</source>
        <translation>Keine Daten für diese Auswahl</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>A percentage; add a space if your language writes one</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Social customers</source>
        <extracomment>Legend: the social customers, each from their first social contact</extracomment>
        <translation>Social-Media-Kunden</translation>
    </message>
    <message>
        <source>Similar customers (weighted)</source>
        <translation>Ähnliche Kunden (gewichtet)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1: the file could not be created or is not complete. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Das Diagramm konnte nicht nach %1 geschrieben werden: Die Datei konnte nicht angelegt werden oder ist unvollständig. Prüfen Sie, ob der Ordner existiert, ob Sie dort schreiben dürfen und ob der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Zoomed</source>
        <translation>Gezoomt</translation>
    </message>
    <message>
        <source>The chart shows part of its data: Reset view shows it all</source>
        <translation>Das Diagramm zeigt nur einen Teil seiner Daten: „Ansicht zurücksetzen“ zeigt alle</translation>
    </message>
    <message>
        <source>Reset view: show the whole chart again (or double-click it)</source>
        <translation>Ansicht zurücksetzen: wieder das ganze Diagramm zeigen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Copy the chart as an image</source>
        <translation>Diagramm als Bild kopieren</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF…</source>
        <translation>Diagramm als PNG, SVG oder PDF exportieren…</translation>
    </message>
    <message>
        <source>Social cohort</source>
        <comment>chart legend</comment>
        <extracomment>Legend: the customers served by the social care team (the group compared)</extracomment>
        <translation>Social-Media-Kohorte</translation>
    </message>
    <message>
        <source>Control cohort</source>
        <comment>chart legend</comment>
        <translation>Kontrollkohorte</translation>
    </message>
    <message>
        <source>95% interval: %1</source>
        <translation>95-%-Intervall: %1</translation>
    </message>
    <message>
        <source>Expected by the model: %1</source>
        <translation>Vom Modell erwartet: %1</translation>
    </message>
</context>
<context>
    <name>ColumnAnalysis</name>
    <message>
        <source>day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>Column %1: dates such as &quot;%2&quot; only make sense as %3, but %4 was chosen; rows with such dates are rejected.</source>
        <translation>Spalte %1: Datumsangaben wie „%2“ ergeben nur als %3 Sinn, gewählt wurde aber %4; Zeilen mit solchen Daten werden abgelehnt.</translation>
    </message>
    <message>
        <source>Column %1: every date is written like &quot;%2&quot;, with dots; read as day.month.year, the usual order of dates written with dots.</source>
        <translation>Spalte %1: Jedes Datum ist wie „%2“ mit Punkten geschrieben; gelesen als Tag.Monat.Jahr, die übliche Reihenfolge bei Punkten.</translation>
    </message>
    <message>
        <source>Column %1: every date in it fits both day/month/year and month/day/year, e.g. &quot;%2&quot; on this line, so the file alone cannot tell which is meant. Choose the date order for this import (on the command line: --date-order dmy or --date-order mdy).</source>
        <translation>Spalte %1: Jedes Datum passt sowohl zu Tag/Monat/Jahr als auch zu Monat/Tag/Jahr, z. B. „%2“ in dieser Zeile; die Datei allein lässt nicht erkennen, was gemeint ist. Wählen Sie die Datumsreihenfolge für diesen Import (in der Befehlszeile: --date-order dmy oder --date-order mdy).</translation>
    </message>
    <message>
        <source>Column %1 mixes date orders: &quot;%2&quot; (line %3) only makes sense as day/month/year, &quot;%4&quot; (line %5) only as month/day/year. Choose the date order for this import (on the command line: --date-order dmy or --date-order mdy); dates that do not fit it are rejected.</source>
        <translation>Spalte %1 mischt Datumsreihenfolgen: „%2“ (Zeile %3) ergibt nur als Tag/Monat/Jahr Sinn, „%4“ (Zeile %5) nur als Monat/Tag/Jahr. Wählen Sie die Datumsreihenfolge für diesen Import (in der Befehlszeile: --date-order dmy oder --date-order mdy); Daten, die nicht passen, werden abgelehnt.</translation>
    </message>
    <message>
        <source>Column %1: values such as &quot;%2&quot; could be read with a decimal point or a decimal comma; read with a decimal %3, as the file&apos;s other numbers. A mapping profile with &quot;decimal_separator&quot; can say otherwise.</source>
        <translation>Spalte %1: Werte wie „%2“ lassen sich mit Dezimalpunkt oder Dezimalkomma lesen; gelesen mit Dezimal-%3 wie die übrigen Zahlen der Datei. Ein Zuordnungsprofil mit „decimal_separator“ kann etwas anderes festlegen.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Column %1 mixes decimal separators (&quot;%2&quot; and &quot;%3&quot;); read with a decimal %4, as most of its values; the others are rejected.</source>
        <translation>Spalte %1 mischt Dezimaltrennzeichen („%2“ und „%3“); gelesen mit Dezimal-%4 wie die meisten ihrer Werte; die übrigen werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingEditor</name>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Goes to</source>
        <extracomment>Title above the drop-downs: the field of the project a column goes to</extracomment>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Match</source>
        <extracomment>Title above how sure the automatic matching of a column is</extracomment>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Keep as extra attribute</source>
        <translation>Als Zusatzattribut behalten</translation>
    </message>
    <message>
        <source>The values are kept with each row and can be used as segments and filters.</source>
        <translation>Die Werte werden mit jeder Zeile gespeichert und können als Segmente und Filter verwendet werden.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <extracomment>A required field in the mapping drop-down</extracomment>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>%1 now comes from &quot;%2&quot;; &quot;%3&quot; is kept as an extra attribute.</source>
        <translation>%1 kommt jetzt aus „%2“; „%3“ wird als Zusatzattribut behalten.</translation>
    </message>
    <message>
        <source>from the saved mapping</source>
        <translation>aus der gespeicherten Zuordnung</translation>
    </message>
    <message>
        <source>%1% · same name</source>
        <translation>%1 % · gleicher Name</translation>
    </message>
    <message>
        <source>%1% · same name, other spacing</source>
        <translation>%1 % · gleicher Name, andere Leerzeichen</translation>
    </message>
    <message>
        <source>%1% · contains the name</source>
        <translation>%1 % · enthält den Namen</translation>
    </message>
    <message>
        <source>%1% · similar spelling, please check</source>
        <translation>%1 % · ähnliche Schreibweise, bitte prüfen</translation>
    </message>
    <message>
        <source>no field matched</source>
        <translation>kein passendes Feld</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Write a demo project with known effects</source>
        <translation>Demoprojekt mit bekannten Effekten schreiben</translation>
    </message>
    <message>
        <source>Import a CSV, TSV or XLSX file into a table of a project</source>
        <translation>CSV-, TSV- oder XLSX-Datei in eine Tabelle eines Projekts importieren</translation>
    </message>
    <message>
        <source>Compute the metrics and ROI of a project as JSON or CSV</source>
        <translation>Kennzahlen und ROI eines Projekts als JSON oder CSV berechnen</translation>
    </message>
    <message>
        <source>Write the report of a project as PDF, HTML or XLSX</source>
        <translation>Bericht eines Projekts als PDF, HTML oder XLSX schreiben</translation>
    </message>
    <message>
        <source>Write one chart of a metric as PNG, SVG or PDF</source>
        <translation>Ein Diagramm einer Kennzahl als PNG, SVG oder PDF schreiben</translation>
    </message>
    <message>
        <source>Write each customer&apos;s lifetime value and forecasts as CSV or XLSX</source>
        <translation>Kundenwert und Prognosen jedes Kunden als CSV oder XLSX schreiben</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>N</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <source>L</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
</context>
<context>
    <name>CommonText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Joins the items of a list: &quot;a, b, c&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Column header: the value of a row</extracomment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>Column header: the unit of a row&apos;s value</extracomment>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>%1: cannot read the project (%2).</source>
        <translation>%1: Das Projekt kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: cannot read the rejected rows (%2).</source>
        <translation>%1: Die abgewiesenen Zeilen können nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: Die Datei kann nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>Balance before and after weighting</source>
        <translation>Ausgewogenheit vor und nach der Gewichtung</translation>
    </message>
    <message>
        <source>The naive comparison sets everyone ever in touch with the social care team against everyone else, from signup. Nobody is compared like with like, so there is no balance to show and the differences are not effects. Choose &quot;Similar customers, same day&quot; in the filter bar for the estimate.</source>
        <translation>Der naive Vergleich stellt alle, die je Kontakt zum Social-Media-Team hatten, allen anderen gegenüber, ab der Anmeldung. Niemand wird mit Ähnlichen verglichen, daher gibt es keine Ausgewogenheit zu zeigen, und die Unterschiede sind keine Wirkungen. Wählen Sie in der Filterleiste „Ähnliche Kunden, gleicher Tag“ für die Schätzung.</translation>
    </message>
    <message>
        <source>The estimate is the effect on the customers the social care team dealt with. Each is followed from their first social contact and compared with customers who were still with us that day, had not dealt with the team yet and resembled them in: %1. The similar customers are weighted to the social customers&apos; mix, one comparison per calendar month since the launch, and stop counting as similar once they reach the social care team themselves.</source>
        <translation>Die Schätzung ist die Wirkung auf die Kunden, um die sich das Social-Media-Team gekümmert hat. Jeder wird ab seinem ersten Social-Media-Kontakt verfolgt und mit Kunden verglichen, die an diesem Tag noch Kunden waren, noch keinen Kontakt zum Team hatten und ihm ähnelten in: %1. Die ähnlichen Kunden werden auf die Zusammensetzung der Social-Media-Kunden gewichtet, ein Vergleich pro Kalendermonat seit dem Start, und zählen nicht mehr als ähnlich, sobald sie selbst das Social-Media-Team erreichen.</translation>
    </message>
    <message>
        <source>How wrong could it still be? To explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay; to make the interval reach no effect, %2 times.</source>
        <translation>Wie falsch könnte es noch sein? Um die Wirkung auf die 12-Monats-Bindung wegzuerklären, müsste ein hier nicht verglichener Faktor Kunden %1-mal so wahrscheinlich den Social-Media-Kundenservice nutzen und %1-mal so wahrscheinlich bleiben lassen; damit das Intervall keine Wirkung erreicht, %2-mal.</translation>
    </message>
    <message>
        <source>How wrong could it still be? To explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay; its interval already includes no effect.</source>
        <translation>Wie falsch könnte es noch sein? Um die Wirkung auf die 12-Monats-Bindung wegzuerklären, müsste ein hier nicht verglichener Faktor Kunden %1-mal so wahrscheinlich den Social-Media-Kundenservice nutzen und %1-mal so wahrscheinlich bleiben lassen; sein Intervall schließt keine Wirkung bereits ein.</translation>
    </message>
    <message>
        <source>Still out of balance after weighting: %1. The effect may partly come from these differences.</source>
        <translation>Nach der Gewichtung noch unausgeglichen: %1. Die Wirkung kann teilweise von diesen Unterschieden kommen.</translation>
    </message>
    <message>
        <source>Thin overlap: many social customers had no similar customer, or the similar customers count for few after weighting. The estimate rests on few comparisons.</source>
        <translation>Geringe Überlappung: Viele Social-Media-Kunden hatten keinen ähnlichen Kunden, oder die ähnlichen Kunden zählen nach der Gewichtung wenig. Die Schätzung beruht auf wenigen Vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln social customer(s) compared</source>
        <translation>
            <numerusform>%Ln Social-Media-Kunde verglichen</numerusform>
            <numerusform>%Ln Social-Media-Kunden verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>left out with no similar customer: %1</source>
        <translation>ohne ähnlichen Kunden ausgelassen: %1</translation>
    </message>
    <message>
        <source>flagged social without a date, left out: %1</source>
        <translation>ohne Datum als Social-Media-Kunde markiert, ausgelassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) used as similar customers (worth %1 after weighting)</source>
        <translation>
            <numerusform>%Ln Kunde als ähnlicher Kunde genutzt (nach Gewichtung %1 wert)</numerusform>
            <numerusform>%Ln Kunden als ähnliche Kunden genutzt (nach Gewichtung %1 wert)</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly comparisons: %1</source>
        <translation>Monatsvergleiche: %1</translation>
    </message>
</context>
<context>
    <name>CsvExportChoice</name>
    <message>
        <source>CSV for spreadsheets in my language (*.csv)</source>
        <extracomment>A file type of the save dialog: the CSV a spreadsheet opens in the user&apos;s language (its decimal mark and list separator). Keep (*.csv).</extracomment>
        <translation>CSV für Tabellenkalkulationen in meiner Sprache (*.csv)</translation>
    </message>
    <message>
        <source>CSV for programs, comma and point (*.csv)</source>
        <extracomment>A file type of the save dialog: the locale-neutral CSV programs read (comma between cells, point as decimal mark). Keep (*.csv).</extracomment>
        <translation>CSV für Programme, Komma und Punkt (*.csv)</translation>
    </message>
</context>
<context>
    <name>CustomerKeyHash</name>
    <message>
        <source>This project stores its customer keys as written, so they cannot be hashed from now on (the tables would no longer match). Hash the keys from the first import of a new project.</source>
        <translation>Dieses Projekt speichert seine Kundenschlüssel so, wie sie geschrieben sind; sie können ab jetzt nicht mehr gehasht werden (die Tabellen passten nicht mehr zusammen). Hashen Sie die Schlüssel ab dem ersten Import eines neuen Projekts.</translation>
    </message>
</context>
<context>
    <name>CustomerValue</name>
    <message>
        <source>Social: %1</source>
        <translation>Sozial: %1</translation>
    </message>
    <message>
        <source>Control: %1</source>
        <translation>Kontrolle: %1</translation>
    </message>
    <message>
        <source>Lifetime value needs an annual discount rate above 0: without one a customer who stays for ever is worth without limit.</source>
        <translation>Der Kundenwert braucht einen jährlichen Diskontsatz über 0: Ohne ihn wäre ein Kunde, der für immer bleibt, unbegrenzt viel wert.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have no lifetime value: a model they need could not be fitted.</source>
        <translation>
            <numerusform>%n Kunde hat keinen Kundenwert: Ein benötigtes Modell konnte nicht angepasst werden.</numerusform>
            <numerusform>%n Kunden haben keinen Kundenwert: Ein benötigtes Modell konnte nicht angepasst werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription lifetime (sBG)</source>
        <translation>Abonnementdauer (sBG)</translation>
    </message>
    <message>
        <source>Repeat orders (BG/NBD)</source>
        <translation>Wiederholte Bestellungen (BG/NBD)</translation>
    </message>
    <message>
        <source>Spend per order (Gamma-Gamma)</source>
        <translation>Ausgaben pro Bestellung (Gamma-Gamma)</translation>
    </message>
    <message>
        <source>%1: the data hold impossible values (a time below zero or after the as-of date); no model was fitted.</source>
        <translation>%1: Die Daten enthalten unmögliche Werte (eine Zeit unter null oder nach dem Stichtag); es wurde kein Modell angepasst.</translation>
    </message>
    <message>
        <source>%1: too few customers or too few months observed to fit the model.</source>
        <translation>%1: zu wenige Kunden oder zu wenige beobachtete Monate, um das Modell anzupassen.</translation>
    </message>
    <message>
        <source>%1: nothing has happened yet that the model could learn from (no customer has left, or none has ordered again).</source>
        <translation>%1: Es ist noch nichts geschehen, woraus das Modell lernen könnte (kein Kunde hat gekündigt oder keiner hat erneut bestellt).</translation>
    </message>
    <message>
        <source>%1: fewer than 10 customers have ordered again, too few to fit the model.</source>
        <translation>%1: Weniger als 10 Kunden haben erneut bestellt, zu wenige, um das Modell anzupassen.</translation>
    </message>
    <message>
        <source>%1: spend per order rises or falls with how often customers order (correlation beyond 0.3), which the model assumes it does not; no spend model was fitted.</source>
        <translation>%1: Die Ausgaben pro Bestellung steigen oder fallen mit der Bestellhäufigkeit (Korrelation über 0,3), was das Modell ausschließt; es wurde kein Ausgabenmodell angepasst.</translation>
    </message>
    <message>
        <source>%1: the fit did not converge.</source>
        <translation>%1: Die Anpassung ist nicht konvergiert.</translation>
    </message>
    <message>
        <source>%1: the best fit lies at the edge of what the model allows; the data cannot pin its parameters down.</source>
        <translation>%1: Die beste Anpassung liegt am Rand dessen, was das Modell zulässt; die Daten legen seine Parameter nicht fest.</translation>
    </message>
    <message>
        <source>%1: the data do not determine the model&apos;s parameters (no standard errors).</source>
        <translation>%1: Die Daten bestimmen die Parameter des Modells nicht (keine Standardfehler).</translation>
    </message>
    <message>
        <source>%1: no data for this model in the cohort.</source>
        <translation>%1: Keine Daten für dieses Modell in der Kohorte.</translation>
    </message>
    <message>
        <source>Spend per order (Gamma-Gamma): the fitted spread of spend leaves its mean undefined (q at most 1).</source>
        <translation>Ausgaben pro Bestellung (Gamma-Gamma): Die angepasste Streuung der Ausgaben lässt ihren Mittelwert undefiniert (q höchstens 1).</translation>
    </message>
    <message>
        <source>%1: the data determine only a combination of the model&apos;s parameters, not each of them (a standard error exceeds its estimate), as happens when customers differ little in what it models. Its forecasts rest on that combination; its parameters alone say little.</source>
        <translation>%1: Die Daten bestimmen nur eine Kombination der Modellparameter, nicht jeden einzeln (ein Standardfehler übersteigt seinen Schätzwert), wie es vorkommt, wenn sich die Kunden in dem, was das Modell beschreibt, kaum unterscheiden. Seine Prognosen beruhen auf dieser Kombination; die Parameter allein sagen wenig aus.</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message>
        <source>Filter rows: type text found in any column (Ctrl+F)</source>
        <translation>Zeilen filtern: Text eingeben, der in einer beliebigen Spalte vorkommt (Strg+F)</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 The table shows the rows read so far; try again when the project is free (an import may be running).</source>
        <translation>%1 Die Tabelle zeigt die bisher gelesenen Zeilen; versuchen Sie es erneut, wenn das Projekt frei ist (vielleicht läuft ein Import).</translation>
    </message>
    <message>
        <source>Rows not counted</source>
        <translation>Zeilen nicht gezählt</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>DateOrderQuestion</name>
    <message>
        <source>Date order</source>
        <translation>Datumsreihenfolge</translation>
    </message>
    <message>
        <source>%1 mixes both orders: &quot;%2&quot; only makes sense day first, &quot;%3&quot; only month first. Which order is right? Dates in the other order will be rejected and kept for you to fix.</source>
        <translation>%1 mischt beide Reihenfolgen: „%2“ ergibt nur mit dem Tag zuerst Sinn, „%3“ nur mit dem Monat zuerst. Welche Reihenfolge ist richtig? Daten in der anderen Reihenfolge werden abgelehnt und zur Korrektur aufbewahrt.</translation>
    </message>
    <message>
        <source>Every date in %1 fits both orders, for example &quot;%2&quot;. Which order does the file use?</source>
        <translation>Jedes Datum in %1 passt zu beiden Reihenfolgen, zum Beispiel „%2“. Welche Reihenfolge verwendet die Datei?</translation>
    </message>
    <message>
        <source>Day first (day/month/year)</source>
        <extracomment>Date order choice; %1 is an example from the file, %2 how it reads</extracomment>
        <translation>Tag zuerst (Tag/Monat/Jahr)</translation>
    </message>
    <message>
        <source>Day first: &quot;%1&quot; is %2</source>
        <translation>Tag zuerst: „%1“ ist %2</translation>
    </message>
    <message>
        <source>Month first (month/day/year)</source>
        <translation>Monat zuerst (Monat/Tag/Jahr)</translation>
    </message>
    <message>
        <source>Month first: &quot;%1&quot; is %2</source>
        <translation>Monat zuerst: „%1“ ist %2</translation>
    </message>
</context>
<context>
    <name>DeckTemplate</name>
    <message>
        <source>%1 cannot be read as a PowerPoint template: it is missing or not a .potx or .pptx file.</source>
        <translation>%1 kann nicht als PowerPoint-Vorlage gelesen werden: Die Datei fehlt oder ist keine .potx- oder .pptx-Datei.</translation>
    </message>
    <message>
        <source>%1 is not a PowerPoint template: it has no slide master.</source>
        <translation>%1 ist keine PowerPoint-Vorlage: Sie hat keinen Folienmaster.</translation>
    </message>
    <message>
        <source>%1 is not a PowerPoint template: its slide master has no layouts.</source>
        <translation>%1 ist keine PowerPoint-Vorlage: Ihr Folienmaster hat keine Layouts.</translation>
    </message>
</context>
<context>
    <name>DeckWriter</name>
    <message>
        <source>no temporary folder (%1)</source>
        <translation>kein temporärer Ordner (%1)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Writes a demo project: a telecom-style customer base with known true effects of social customer care, stored in the project&apos;s demo_truth table.</source>
        <translation>Schreibt ein Demoprojekt: einen Kundenstamm nach Art eines Telekommunikationsanbieters mit bekannten tatsächlichen Effekten des Social-Media-Kundenservice, gespeichert in der Tabelle demo_truth des Projekts.</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>Die zu schreibende Projektdatei.</translation>
    </message>
    <message>
        <source>Number of customers (default 20000).</source>
        <translation>Anzahl der Kunden (Standard 20000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed writes the same data.</source>
        <translation>Zufallsstartwert; derselbe Startwert schreibt dieselben Daten.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>Missing -o FILE: where to write the demo project.</source>
        <translation>-o DATEI fehlt: wohin das Demoprojekt geschrieben werden soll.</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to 100000000, not &quot;%1&quot;.</source>
        <translation>--customers muss eine ganze Zahl von 1 bis 100000000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n customer(s) in %2 s.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Kunde in %2 s.</numerusform>
            <numerusform>%1 geschrieben: %n Kunden in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name: a random seed</comment>
        <translation>STARTWERT</translation>
    </message>
</context>
<context>
    <name>DerivationOptions</name>
    <message>
        <source>&quot;%1&quot; must be a date written YYYY-MM-DD.</source>
        <translation>„%1“ muss ein Datum im Format JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;months&quot; or &quot;days&quot;.</source>
        <translation>„%1“ muss &quot;months&quot; oder &quot;days&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, such as &quot;C&quot;.</source>
        <translation>„%1“ muss ein Text sein, etwa &quot;C&quot;.</translation>
    </message>
</context>
<context>
    <name>DerivationsBox</name>
    <message>
        <source>tenure %1 → signup %2</source>
        <translation>Kundendauer %1 → Anmeldung am %2</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>gekündigt am %1</translation>
    </message>
    <message>
        <source>still a customer</source>
        <translation>weiterhin Kunde</translation>
    </message>
    <message>
        <source>%1 × %2 → amount %3</source>
        <translation>%1 × %2 → Betrag %3</translation>
    </message>
    <message>
        <source>First rows, as they will be stored:</source>
        <translation>Erste Zeilen, wie sie gespeichert werden:</translation>
    </message>
    <message>
        <source>A snapshot extract, taken on:</source>
        <translation>Ein Stichtagsauszug vom:</translation>
    </message>
    <message>
        <source>With a tenure column, the signup date is this day minus the tenure; with a churn flag, the churn date is this day for customers who left.</source>
        <translation>Mit einer Spalte zur Kundendauer ist das Anmeldedatum dieser Tag minus die Kundendauer; mit einem Kündigungskennzeichen ist das Kündigungsdatum dieser Tag für Kunden, die gegangen sind.</translation>
    </message>
    <message>
        <source>Tenure in:</source>
        <translation>Kundendauer in:</translation>
    </message>
    <message>
        <source>Cancellations start with:</source>
        <translation>Stornos beginnen mit:</translation>
    </message>
    <message>
        <source>Order keys of cancellations, netted against their order (for example C536379 against 536379).</source>
        <translation>Bestellnummern von Stornos, die mit ihrer Bestellung verrechnet werden (etwa C536379 mit 536379).</translation>
    </message>
    <message>
        <source>They are marked implied and signed up on their first event in this file. Without this, such rows are rejected.</source>
        <translation>Sie werden als abgeleitet markiert und mit ihrem ersten Ereignis in dieser Datei angemeldet. Ohne diese Option werden solche Zeilen abgewiesen.</translation>
    </message>
    <message>
        <source>Rows are order lines</source>
        <translation>Zeilen sind Bestellpositionen</translation>
    </message>
    <message>
        <source>The lines with the same order key become one order: amounts summed, cross-sell if any line is, products listed.</source>
        <translation>Zeilen mit derselben Bestellnummer werden eine Bestellung: Beträge summiert, Cross-Selling, wenn eine Zeile es ist, Produkte aufgelistet.</translation>
    </message>
    <message>
        <source>Create missing customers</source>
        <translation>Fehlende Kunden anlegen</translation>
    </message>
    <message>
        <source>Store customer keys as hashes</source>
        <translation>Kundenschlüssel als Hash speichern</translation>
    </message>
    <message>
        <source>For keys your team must not keep, such as email addresses: each key is stored as a salted hash, never as written. From the first import of a project on, every import into it hashes its keys the same way.</source>
        <translation>Für Schlüssel, die Ihr Team nicht aufbewahren darf, etwa E-Mail-Adressen: jeder Schlüssel wird als gesalzener Hash gespeichert, nie so, wie er geschrieben ist. Ab dem ersten Import eines Projekts hasht jeder Import in dieses Projekt seine Schlüssel auf dieselbe Weise.</translation>
    </message>
    <message>
        <source>Derived values</source>
        <comment>options: the values the import will derive</comment>
        <translation>Abgeleitete Werte</translation>
    </message>
    <message>
        <source>months</source>
        <comment>tenure unit, read as &quot;tenure in months&quot;</comment>
        <translation>Monaten</translation>
    </message>
    <message>
        <source>days</source>
        <comment>tenure unit, read as &quot;tenure in days&quot;</comment>
        <translation>Tagen</translation>
    </message>
</context>
<context>
    <name>DuplicatePolicyBox</name>
    <message>
        <source>&amp;Skip them</source>
        <extracomment>Duplicate policy: keep the stored row</extracomment>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <source>The stored row stays as it is; the new one is listed with the rejected rows.</source>
        <translation>Die gespeicherte Zeile bleibt unverändert; die neue wird bei den abgelehnten Zeilen aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Replace the stored row</source>
        <extracomment>Duplicate policy: overwrite the stored row</extracomment>
        <translation>Gespeicherte Zeile &amp;ersetzen</translation>
    </message>
    <message>
        <source>The file&apos;s values overwrite it; rows that refer to it stay linked.</source>
        <translation>Die Werte der Datei überschreiben sie; Zeilen, die darauf verweisen, bleiben verknüpft.</translation>
    </message>
    <message>
        <source>S&amp;top the import</source>
        <extracomment>Duplicate policy: abort the import</extracomment>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Nothing is imported if any key is already there or appears twice in the file.</source>
        <translation>Es wird nichts importiert, wenn ein Schlüssel bereits vorhanden ist oder zweimal in der Datei steht.</translation>
    </message>
    <message>
        <source>Duplicate keys</source>
        <translation>Doppelte Schlüssel</translation>
    </message>
    <message>
        <source>Rows whose %1 is already in the project, or earlier in the file:</source>
        <extracomment>%1 is the key field, e.g. &quot;Customer ID&quot;</extracomment>
        <translation>Zeilen, deren %1 bereits im Projekt oder weiter oben in der Datei steht:</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the folder exists and that you may write there, or choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the free space and try again.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ExportLocation</name>
    <message>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>Export gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>A file dialog&apos;s filter; keep (*.xlsx)</extracomment>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Signup date</source>
        <translation>Anmeldedatum</translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation>Kündigungsdatum</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Monatlicher Umsatz</translation>
    </message>
    <message>
        <source>Social engaged</source>
        <translation>Social-Media-Kontakt</translation>
    </message>
    <message>
        <source>First social contact</source>
        <translation>Erster Social-Media-Kontakt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>NPS-Bewertung</translation>
    </message>
    <message>
        <source>At-risk date</source>
        <translation>Gefährdet seit</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Kontaktdatum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Handle time (min)</source>
        <translation>Bearbeitungszeit (Min.)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Led to process change</source>
        <translation>Führte zu Prozessänderung</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Cross-Selling</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Mention ID</source>
        <translation>Erwähnungs-ID</translation>
    </message>
    <message>
        <source>Mention date</source>
        <translation>Datum der Erwähnung</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Tonalität</translation>
    </message>
    <message>
        <source>Reach</source>
        <extracomment>Of a social-media mention: how many people could see it (audience)</extracomment>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Improvement ID</source>
        <translation>Verbesserungs-ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Issues addressed</source>
        <translation>Behobene Probleme</translation>
    </message>
    <message>
        <source>Customers retained a year</source>
        <translation>Gehaltene Kunden pro Jahr</translation>
    </message>
    <message>
        <source>Staff hours saved a year</source>
        <translation>Eingesparte Personalstunden pro Jahr</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Verbesserungen</translation>
    </message>
    <message>
        <source>Tenure (gives the signup date)</source>
        <translation>Kundendauer (ergibt das Anmeldedatum)</translation>
    </message>
    <message>
        <source>Churned, yes or no (gives the churn date)</source>
        <translation>Gekündigt, ja oder nein (ergibt das Kündigungsdatum)</translation>
    </message>
    <message>
        <source>Implied (created by an import)</source>
        <translation>Abgeleitet (von einem Import angelegt)</translation>
    </message>
    <message>
        <source>Quantity (× unit price gives the amount)</source>
        <translation>Menge (× Einzelpreis ergibt den Betrag)</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Returned amount</source>
        <translation>Zurückgegebener Betrag</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>The mapping profile is not valid JSON (%1 at character %2).</source>
        <translation>Das Zuordnungsprofil ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The mapping profile is not a JSON object.</source>
        <translation>Das Zuordnungsprofil ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is not a SocialROI mapping profile: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Dies ist kein SocialROI-Zuordnungsprofil: „format“ muss „%1“ sein.</translation>
    </message>
    <message>
        <source>The mapping profile has no valid &quot;version&quot;.</source>
        <translation>Das Zuordnungsprofil hat keine gültige „version“.</translation>
    </message>
    <message>
        <source>The mapping profile was saved by a newer version of SocialROI (profile version %1). Update the application.</source>
        <translation>Das Zuordnungsprofil wurde von einer neueren SocialROI-Version gespeichert (Profilversion %1). Aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>The mapping profile names an unknown table &quot;%1&quot;; use one of: %2.</source>
        <translation>Das Zuordnungsprofil nennt eine unbekannte Tabelle „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The mapping profile has no &quot;columns&quot; list.</source>
        <translation>Das Zuordnungsprofil hat keine Liste „columns“.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;columns&quot; needs a &quot;column&quot; number of 1 or more.</source>
        <translation>Eintrag %1 von „columns“ braucht eine „column“-Nummer von 1 oder mehr.</translation>
    </message>
    <message>
        <source>Column %1 appears twice in the mapping profile.</source>
        <translation>Spalte %1 kommt im Zuordnungsprofil zweimal vor.</translation>
    </message>
    <message>
        <source>Column %1: &quot;field&quot; must be a field name or null.</source>
        <translation>Spalte %1: „field“ muss ein Feldname oder null sein.</translation>
    </message>
    <message>
        <source>Column %1 maps to &quot;%2&quot;, which is not a field of table %3; use one of: %4.</source>
        <translation>Spalte %1 ist „%2“ zugeordnet, das kein Feld der Tabelle %3 ist; verwenden Sie eines von: %4.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped to two columns; keep one.</source>
        <translation>Das Feld „%1“ ist zwei Spalten zugeordnet; behalten Sie eine.</translation>
    </message>
    <message>
        <source>&quot;date_order&quot; must be &quot;dmy&quot; or &quot;mdy&quot;.</source>
        <translation>„date_order“ muss „dmy“ oder „mdy“ sein.</translation>
    </message>
    <message>
        <source>&quot;decimal_separator&quot; must be &quot;point&quot; or &quot;comma&quot;.</source>
        <translation>„decimal_separator“ muss „point“ oder „comma“ sein.</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>yes/no</source>
        <extracomment>A yes/no value</extracomment>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <source>one of a list</source>
        <translation>Wert aus einer Liste</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Every customer of the project</source>
        <translation>Jeder Kunde des Projekts</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Only customers of one segment, or with one value of a customer attribute: pick one, or type NAME=VALUE (for example region=North) and press Enter.</source>
        <translation>Nur Kunden eines Segments oder mit einem Wert eines Kundenattributs: eines auswählen oder NAME=WERT eingeben (zum Beispiel region=Nord) und Eingabe drücken.</translation>
    </message>
    <message>
        <source>Signed up &amp;from:</source>
        <translation>Angemeldet &amp;ab:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Only customers who signed up on or after this day</source>
        <translation>Nur Kunden, die an oder nach diesem Tag angemeldet wurden</translation>
    </message>
    <message>
        <source>Only customers who signed up on or before this day</source>
        <translation>Nur Kunden, die an oder vor diesem Tag angemeldet wurden</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Stich&amp;tag:</translation>
    </message>
    <message>
        <source>Project default</source>
        <translation>Projektstandard</translation>
    </message>
    <message>
        <source>The day the metrics describe. By default the as-of date of the assumptions, or else the latest date in the data.</source>
        <translation>Der Tag, den die Kennzahlen beschreiben. Standardmäßig der Stichtag der Annahmen, sonst das letzte Datum in den Daten.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every customer, with no date limits</source>
        <translation>Alle Kunden ohne Datumsgrenzen anzeigen</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nichts weiter</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Similar customers, same day (estimate)</source>
        <translation>Ähnliche Kunden, gleicher Tag (Schätzung)</translation>
    </message>
    <message>
        <source>Each social customer from their first social contact against customers still with us that day who had not dealt with the social care team yet and resemble them: an estimate of what the team caused.</source>
        <translation>Jeder Social-Media-Kunde ab seinem ersten Social-Media-Kontakt gegenüber Kunden, die an diesem Tag noch Kunden waren, noch keinen Kontakt zum Social-Media-Team hatten und ihm ähneln: eine Schätzung dessen, was das Team bewirkt hat.</translation>
    </message>
    <message>
        <source>Everyone else, from signup (naive)</source>
        <translation>Alle anderen, ab der Anmeldung (naiv)</translation>
    </message>
    <message>
        <source>Everyone ever in touch with the social care team against everyone else, from signup: a comparison, not an estimate of an effect.</source>
        <translation>Alle, die je Kontakt zum Social-Media-Team hatten, gegenüber allen anderen, ab der Anmeldung: ein Vergleich, keine Schätzung einer Wirkung.</translation>
    </message>
    <message>
        <source>Also &amp;alike in:</source>
        <translation>Auch &amp;ähnlich in:</translation>
    </message>
    <message>
        <source>Customer attributes of your files that the estimate should compare like with like, on top of segment, tenure and revenue</source>
        <translation>Kundenattribute aus Ihren Dateien, in denen die Schätzung Gleiches mit Gleichem vergleichen soll, zusätzlich zu Segment, Kundendauer und Umsatz</translation>
    </message>
    <message>
        <source>Segments not read yet: trying again…</source>
        <translation>Segmente noch nicht gelesen: neuer Versuch…</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>The 12 months up to the latest signup in the data</source>
        <translation>Die 12 Monate bis zur letzten Anmeldung in den Daten</translation>
    </message>
    <message>
        <source>Since programme launch</source>
        <translation>Seit Programmstart</translation>
    </message>
    <message>
        <source>From the launch date of the assumptions, else the first social contact</source>
        <translation>Ab dem Startdatum der Annahmen, sonst ab dem ersten Social-Media-Kontakt</translation>
    </message>
    <message>
        <source>No launch date: set it in the assumptions or import social contacts</source>
        <translation>Kein Startdatum: Legen Sie es in den Annahmen fest oder importieren Sie Social-Media-Kontakte</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Zeiträume</translation>
    </message>
    <message>
        <source>Signup dates at one click: the last 12 months, a calendar year, since the programme launch, or all dates</source>
        <translation>Anmeldedaten mit einem Klick: die letzten 12 Monate, ein Kalenderjahr, seit Programmstart oder alle Daten</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>The programme&apos;s monthly cost, the contribution margin and the cost of a contact on each channel: check them so the money adds up.</source>
        <translation>Die monatlichen Kosten des Programms, der Deckungsbeitrag und die Kosten eines Kontakts je Kanal: Prüfen Sie sie, damit die Beträge stimmen.</translation>
    </message>
    <message>
        <source>One row per contact, for customers already imported. Needs %1 (phone, social, self_service, email or chat). Also useful: %2.</source>
        <translation>Eine Zeile pro Kontakt, für bereits importierte Kunden. Benötigt %1 (phone, social, self_service, email oder chat). Ebenfalls nützlich: %2.</translation>
    </message>
    <message>
        <source>Bring in your data</source>
        <translation>Ihre Daten einlesen</translation>
    </message>
    <message>
        <source>Each step is ticked once its data is in the project. Contacts and orders give the metrics their substance.</source>
        <translation>Jeder Schritt wird abgehakt, sobald seine Daten im Projekt sind. Kontakte und Bestellungen geben den Kennzahlen ihre Substanz.</translation>
    </message>
    <message>
        <source>This project holds no customers yet. Import your files in this order; each step is ticked once its data is in the project.</source>
        <translation>Dieses Projekt enthält noch keine Kunden. Importieren Sie Ihre Dateien in dieser Reihenfolge; jeder Schritt wird abgehakt, sobald seine Daten im Projekt sind.</translation>
    </message>
    <message>
        <source>Your columns may have other names: the wizard matches them, and you can map them by hand. See &lt;a href=&quot;%1&quot;&gt;how example files map&lt;/a&gt; (Telco churn, Online Retail, a ticket log) or the &lt;a href=&quot;%2&quot;&gt;import wizard&apos;s guide&lt;/a&gt;.</source>
        <translation>Ihre Spalten dürfen anders heißen: Der Assistent ordnet sie zu, und Sie können sie von Hand zuordnen. Siehe &lt;a href=&quot;%1&quot;&gt;wie Beispieldateien zugeordnet werden&lt;/a&gt; (Telco churn, Online Retail, ein Ticketprotokoll) oder die &lt;a href=&quot;%2&quot;&gt;Anleitung zum Importassistenten&lt;/a&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — done, %Ln row(s)</source>
        <translation>
            <numerusform>%1 — erledigt, %Ln Zeile</numerusform>
            <numerusform>%1 — erledigt, %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checked</source>
        <translation>%1 — geprüft</translation>
    </message>
    <message>
        <source>Import more customers…</source>
        <translation>Weitere Kunden importieren…</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Kunden importieren…</translation>
    </message>
    <message>
        <source>Import more contacts…</source>
        <translation>Weitere Kontakte importieren…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <source>Import more orders…</source>
        <translation>Weitere Bestellungen importieren…</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>Bestellungen importieren…</translation>
    </message>
    <message>
        <source>Edit the assumptions…</source>
        <translation>Annahmen bearbeiten…</translation>
    </message>
    <message>
        <source>Import the customers first: each row names one.</source>
        <translation>Importieren Sie zuerst die Kunden: Jede Zeile nennt einen.</translation>
    </message>
    <message>
        <source>One row per customer. Needs %1, or for a snapshot extract a tenure and a churn flag with the day it was taken. Also useful: %2 (churn_date for retention, social_engaged or first_social_date for who dealt with the social care team).</source>
        <translation>Eine Zeile pro Kunde. Benötigt %1, oder bei einem Stichtagsauszug eine Kundendauer und ein Kündigungskennzeichen mit dem Tag des Auszugs. Ebenfalls nützlich: %2 (churn_date für die Kundenbindung, social_engaged oder first_social_date dafür, wer mit dem Social-Media-Team zu tun hatte).</translation>
    </message>
    <message>
        <source>One row per order, or per order line with a quantity and a unit price. Needs %1; customers not imported yet can be created. Also useful: %2.</source>
        <translation>Eine Zeile pro Bestellung oder pro Bestellposition mit Menge und Einzelpreis. Benötigt %1; noch nicht importierte Kunden können angelegt werden. Ebenfalls nützlich: %2.</translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) of the %1 table match no column of the file: %2. The file&apos;s columns are: %3. Rename the column in the file, or choose the column for each field in the import wizard or with a mapping profile (--mapping).</source>
        <translation>
            <numerusform>%n Pflichtfeld der Tabelle %1 passt zu keiner Spalte der Datei: %2. Die Spalten der Datei sind: %3. Benennen Sie die Spalte in der Datei um oder wählen Sie die Spalte für jedes Feld im Importassistenten oder mit einem Zuordnungsprofil (--mapping).</numerusform>
            <numerusform>%n Pflichtfelder der Tabelle %1 passen zu keiner Spalte der Datei: %2. Die Spalten der Datei sind: %3. Benennen Sie die Spalte in der Datei um oder wählen Sie die Spalte für jedes Feld im Importassistenten oder mit einem Zuordnungsprofil (--mapping).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: the mapping profile cannot be read (%2).</source>
        <translation>%1: Das Zuordnungsprofil kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: no such mapping profile file (and the project %2 does not exist yet, so it has no saved profiles).</source>
        <translation>%1: Keine solche Zuordnungsprofildatei (und das Projekt %2 existiert noch nicht, hat also keine gespeicherten Profile).</translation>
    </message>
    <message>
        <source>%1 is neither a mapping profile file nor a profile saved in the project: %2</source>
        <translation>%1 ist weder eine Zuordnungsprofildatei noch ein im Projekt gespeichertes Profil: %2</translation>
    </message>
    <message>
        <source>Imported %1 into the %2 table of %3 (import %4, %5 s).</source>
        <translation>%1 in die Tabelle %2 von %3 importiert (Import %4, %5 s).</translation>
    </message>
    <message>
        <source>  rows read:     %1</source>
        <translation>  gelesene Zeilen:   %1</translation>
    </message>
    <message>
        <source>  imported:      %1</source>
        <translation>  importiert:        %1</translation>
    </message>
    <message>
        <source>  rejected:      %1</source>
        <translation>  abgelehnt:         %1</translation>
    </message>
    <message>
        <source>  blank rows:    %1 (skipped)</source>
        <translation>  leere Zeilen:      %1 (übersprungen)</translation>
    </message>
    <message>
        <source>  extra values:  %1 (columns without a field, kept as extra attributes)</source>
        <translation>  Zusatzwerte:       %1 (Spalten ohne Feld, als Zusatzattribute behalten)</translation>
    </message>
    <message>
        <source>Some rows were rejected; every one is kept in the project (rejected_rows, import %1) with its line, column, text and reason. The first ones:</source>
        <translation>Einige Zeilen wurden abgelehnt; jede wird im Projekt aufbewahrt (rejected_rows, Import %1) mit Zeile, Spalte, Text und Grund. Die ersten:</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Imports a CSV, TSV or XLSX file into one table of a project, creating the project if it does not exist. Columns are matched to the table&apos;s fields by their headers (in English, French, German, Polish or Hindi) or by a mapping profile; columns without a field are kept as extra attributes. Rows with bad values are rejected and kept in the project with their line, column and reason; the rest is imported. A file that cannot be read as a whole imports nothing.</source>
        <translation>Importiert eine CSV-, TSV- oder XLSX-Datei in eine Tabelle eines Projekts und legt das Projekt an, falls es nicht existiert. Spalten werden den Feldern der Tabelle über ihre Überschriften (auf Englisch, Französisch, Deutsch, Polnisch oder Hindi) oder über ein Zuordnungsprofil zugeordnet; Spalten ohne Feld werden als Zusatzattribute behalten. Zeilen mit fehlerhaften Werten werden abgelehnt und mit Zeile, Spalte und Grund im Projekt aufbewahrt; der Rest wird importiert. Eine Datei, die nicht vollständig gelesen werden kann, importiert nichts.</translation>
    </message>
    <message>
        <source>The file to import (.csv, .tsv, .txt, .xlsx).</source>
        <translation>Die zu importierende Datei (.csv, .tsv, .txt, .xlsx).</translation>
    </message>
    <message>
        <source>The project file (.socialroi); created when missing.</source>
        <translation>Die Projektdatei (.socialroi); wird angelegt, falls sie fehlt.</translation>
    </message>
    <message>
        <source>The table to import into: customers, contacts, orders, mentions or improvements (required).</source>
        <translation>Die Zieltabelle: customers, contacts, orders, mentions oder improvements (erforderlich).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first).</source>
        <translation>Das zu lesende Blatt einer Arbeitsmappe (Standard: das erste).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A mapping profile: a JSON file, or the name of a profile saved in the project.</source>
        <translation>Ein Zuordnungsprofil: eine JSON-Datei oder der Name eines im Projekt gespeicherten Profils.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Save the mapping used in the project under NAME, for --mapping NAME next time.</source>
        <translation>Die verwendete Zuordnung im Projekt unter NAME speichern, für --mapping NAME beim nächsten Mal.</translation>
    </message>
    <message>
        <source>What to do with a row whose key is already in the project or earlier in the file: skip (keep the existing row; default), replace (update it) or fail (import nothing).</source>
        <translation>Was mit einer Zeile geschehen soll, deren Schlüssel bereits im Projekt oder weiter oben in der Datei steht: skip (vorhandene Zeile behalten; Standard), replace (aktualisieren) oder fail (nichts importieren).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>The order of dates like 05/06/2024 when the file cannot tell: dmy (day first) or mdy (month first).</source>
        <translation>Die Reihenfolge von Datumsangaben wie 05/06/2024, wenn die Datei sie nicht erkennen lässt: dmy (Tag zuerst) oder mdy (Monat zuerst).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <source>The delimiter of a text file, when detection is wrong: a character, or tab, comma, semicolon, pipe.</source>
        <translation>Das Trennzeichen einer Textdatei, falls die Erkennung falsch ist: ein Zeichen oder tab, comma, semicolon, pipe.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>The encoding of a text file, when detection is wrong: utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>Die Kodierung einer Textdatei, falls die Erkennung falsch ist: utf-8, utf-16le, utf-16be oder windows-1252.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>Missing FILE: the file to import.</source>
        <translation>DATEI fehlt: die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Import one file at a time; unexpected argument: %1</source>
        <translation>Nur eine Datei pro Import; unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to import into.</source>
        <translation>-p PROJEKT fehlt: das Projekt, in das importiert werden soll.</translation>
    </message>
    <message>
        <source>Missing --table: customers, contacts, orders, mentions or improvements.</source>
        <translation>--table fehlt: customers, contacts, orders, mentions oder improvements.</translation>
    </message>
    <message>
        <source>--table must be customers, contacts, orders, mentions or improvements, not &quot;%1&quot;.</source>
        <translation>--table muss customers, contacts, orders, mentions oder improvements sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, replace or fail, not &quot;%1&quot;.</source>
        <translation>--on-duplicate muss skip, replace oder fail sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--date-order must be dmy or mdy, not &quot;%1&quot;.</source>
        <translation>--date-order muss dmy oder mdy sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--delimiter must be one character (or tab, comma, semicolon, pipe), not &quot;%1&quot;.</source>
        <translation>--delimiter muss ein einzelnes Zeichen sein (oder tab, comma, semicolon, pipe), nicht „%1“.</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252, not &quot;%1&quot;.</source>
        <translation>--encoding muss utf-8, utf-8-bom, utf-16le, utf-16be oder windows-1252 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>FILE is the project itself; choose the file to import.</source>
        <translation>DATEI ist das Projekt selbst; wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>The mapping was saved in the project as &quot;%1&quot;.</source>
        <translation>Die Zuordnung wurde im Projekt als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>  customers created: %1 (implied: signed up on their first event in this file)</source>
        <translation>  angelegte Kunden: %1 (abgeleitet: Anmeldung mit dem ersten Ereignis in dieser Datei)</translation>
    </message>
    <message>
        <source>Derived values:</source>
        <translation>Abgeleitete Werte:</translation>
    </message>
    <message>
        <source>Customers: the day a snapshot extract was taken (YYYY-MM-DD). With a tenure column, signup_date is this day minus the tenure; with a churn flag (yes/no), churn_date is this day for those who left.</source>
        <translation>Kunden: der Tag, an dem der Stichtagsauszug erstellt wurde (JJJJ-MM-TT). Mit einer Spalte zur Kundendauer ist signup_date dieser Tag minus die Kundendauer; mit einem Kündigungskennzeichen (ja/nein) ist churn_date dieser Tag für Kunden, die gegangen sind.</translation>
    </message>
    <message>
        <source>The unit of the tenure column: months (default) or days.</source>
        <translation>Die Einheit der Spalte zur Kundendauer: months (Monate, Standard) oder days (Tage).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>EINHEIT</translation>
    </message>
    <message>
        <source>Orders: the rows are order lines; COLUMN holds the order key that groups them into one order (amounts summed; amount = quantity × unit price when the file has no amount).</source>
        <translation>Bestellungen: die Zeilen sind Bestellpositionen; SPALTE enthält die Bestellnummer, die sie zu einer Bestellung zusammenfasst (Beträge summiert; Betrag = Menge × Einzelpreis, wenn die Datei keinen Betrag hat).</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>Order lines: order keys starting with TEXT are cancellations (for example C), netted against their order when the file has it.</source>
        <translation>Bestellpositionen: Bestellnummern, die mit TEXT beginnen, sind Stornos (etwa C) und werden mit ihrer Bestellung verrechnet, wenn die Datei sie enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ZEICHENFOLGE</translation>
    </message>
    <message>
        <source>Contacts, orders, mentions: create the customers the project does not have, marked implied, signed up on their first event in the file (without it such rows are rejected).</source>
        <translation>Kontakte, Bestellungen, Erwähnungen: Kunden anlegen, die das Projekt nicht hat, als abgeleitet markiert und mit ihrem ersten Ereignis in der Datei angemeldet (ohne diese Option werden solche Zeilen abgewiesen).</translation>
    </message>
    <message>
        <source>--snapshot must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--snapshot muss ein Datum im Format JJJJ-MM-TT sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--tenure-unit must be months or days, not &quot;%1&quot;.</source>
        <translation>--tenure-unit muss months oder days sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Store customer keys (email addresses, phone numbers) as salted hashes, never as written; from the first import of a project on, every import into it hashes its keys the same way.</source>
        <translation>Kundenschlüssel (E-Mail-Adressen, Telefonnummern) als gesalzene Hashes speichern, nie so, wie sie geschrieben sind; ab dem ersten Import eines Projekts hasht jeder Import in dieses Projekt seine Schlüssel auf dieselbe Weise.</translation>
    </message>
    <message>
        <source>Rejected rows by reason:</source>
        <translation>Abgewiesene Zeilen nach Grund:</translation>
    </message>
    <message>
        <source>  %1 × %2 (first on line %3)</source>
        <translation>  %1 × %2 (zuerst in Zeile %3)</translation>
    </message>
    <message numerus="yes">
        <source>  order lines:   %1, making %n order(s)</source>
        <translation>
            <numerusform>  Bestellpositionen: %1, ergibt %n Bestellung</numerusform>
            <numerusform>  Bestellpositionen: %1, ergibt %n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cancellations: %n line(s); netted against their order: %1, kept as negative orders (no such order in the file): %2</source>
        <translation>
            <numerusform>  Stornos:       %n Zeile; mit ihrer Bestellung verrechnet: %1, als negative Bestellungen behalten (Bestellung nicht in der Datei): %2</numerusform>
            <numerusform>  Stornos:       %n Zeilen; mit ihrer Bestellung verrechnet: %1, als negative Bestellungen behalten (Bestellung nicht in der Datei): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n existing row(s) replaced)</source>
        <translation>
            <numerusform> (%n vorhandene Zeile ersetzt)</numerusform>
            <numerusform> (%n vorhandene Zeilen ersetzt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown customer(s)</source>
        <translation>
            <numerusform>%n unbekannter Kunde</numerusform>
            <numerusform>%n unbekannte Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n Duplikat übersprungen</numerusform>
            <numerusform>%n Duplikate übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A CSV, TSV or text export, or an Excel workbook (.xlsx). Nothing is written to the project before the last step.</source>
        <translation>Ein CSV-, TSV- oder Textexport oder eine Excel-Arbeitsmappe (.xlsx). Vor dem letzten Schritt wird nichts in das Projekt geschrieben.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Pfad der zu importierenden Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Import into:</source>
        <translation>&amp;Importieren in:</translation>
    </message>
    <message>
        <source>Text format</source>
        <translation>Textformat</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>First line holds the column &amp;names</source>
        <extracomment>Check box: the first line of the file holds the column names</extracomment>
        <translation>Erste Zeile enthält die Spalten&amp;namen</translation>
    </message>
    <message>
        <source>Spreadsheets and text exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen und Textexporte (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Excel workbook. Sheets: %1.</source>
        <translation>Excel-Arbeitsmappe. Blätter: %1.</translation>
    </message>
    <message>
        <source>Delimited text. Columns (%1): %2.</source>
        <translation>Text mit Trennzeichen. Spalten (%1): %2.</translation>
    </message>
    <message>
        <source>Needs: %1.</source>
        <translation>Benötigt: %1.</translation>
    </message>
    <message>
        <source>Guessed from the column names. %1</source>
        <translation>Aus den Spaltennamen abgeleitet. %1</translation>
    </message>
    <message>
        <source>detected</source>
        <extracomment>Beside a setting of the text format: found by reading the file</extracomment>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>(or a tenure, with the day of the snapshot)</source>
        <translation>(oder eine Kundendauer, mit dem Stichtag)</translation>
    </message>
    <message>
        <source>(or a quantity and a unit price)</source>
        <translation>(oder Menge und Einzelpreis)</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>%1: cannot read the import history (%2).</source>
        <translation>%1: Der Importverlauf kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Import %1 is not in this project.</source>
        <translation>Import %1 ist nicht in diesem Projekt.</translation>
    </message>
    <message>
        <source>The mapping of import %1 cannot be read (%2).</source>
        <translation>Die Zuordnung von Import %1 kann nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>%1 [%2]</source>
        <comment>file name and sheet</comment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>file name, date of the import</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of the rejected rows were fixed and imported again.</source>
        <translation>
            <numerusform>%n der abgewiesenen Zeilen wurde korrigiert und erneut importiert.</numerusform>
            <numerusform>%n der abgewiesenen Zeilen wurden korrigiert und erneut importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date and time of an import</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2 fixed)</source>
        <translation>%1 (%2 korrigiert)</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Imported by an earlier version, which kept no record of the rows: it cannot be undone.</source>
        <translation>Von einer früheren Version importiert, die keine Aufzeichnung der Zeilen behielt: Der Import kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Nothing was imported into this project yet. Use File &gt; Import data… or drop a file on the window.</source>
        <translation>In dieses Projekt wurde noch nichts importiert. Verwenden Sie Datei &gt; Daten importieren… oder ziehen Sie eine Datei auf das Fenster.</translation>
    </message>
    <message>
        <source>From %1 (%2), SHA-256 %3</source>
        <translation>Aus %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Kept as extra attributes: %1</source>
        <translation>Als Zusatzattribute behalten: %1</translation>
    </message>
    <message>
        <source>How its columns were read</source>
        <translation>Wie die Spalten gelesen wurden</translation>
    </message>
    <message>
        <source>Values derived</source>
        <translation>Abgeleitete Werte</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing else changes. The file itself is not touched: you can import it again later.</source>
        <translation>Sonst ändert sich nichts. Die Datei selbst bleibt unberührt: Sie können sie später erneut importieren.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Every file imported into this project, newest first. Select one to see how it was read, to open its rejected rows (fix them and import them again), or to undo it.</source>
        <translation>Jede in dieses Projekt importierte Datei, die neueste zuerst. Wählen Sie eine aus, um zu sehen, wie sie gelesen wurde, ihre abgewiesenen Zeilen zu öffnen (korrigieren und erneut importieren) oder den Import rückgängig zu machen.</translation>
    </message>
    <message>
        <source>&amp;Rejected rows…</source>
        <translation>&amp;Abgewiesene Zeilen…</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose the field each column of the file goes to. Columns without a field are kept as extra attributes, usable as segments and filters.</source>
        <translation>Wählen Sie für jede Spalte der Datei das Zielfeld. Spalten ohne Feld werden als Zusatzattribute behalten und sind als Segmente und Filter nutzbar.</translation>
    </message>
    <message>
        <source>Loaded the mapping &quot;%1&quot;.</source>
        <translation>Zuordnung „%1“ geladen.</translation>
    </message>
    <message>
        <source>Loaded the mapping &quot;%1&quot;; its columns %2 are not in this file.</source>
        <translation>Zuordnung „%1“ geladen; ihre Spalten %2 sind nicht in dieser Datei.</translation>
    </message>
    <message>
        <source>Required fields without a column: %1. Choose the column that holds each.</source>
        <translation>Pflichtfelder ohne Spalte: %1. Wählen Sie jeweils die Spalte, die das Feld enthält.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Would be rejected: %1</source>
        <translation>Würde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation>Sieht aus wie: %1</translation>
    </message>
    <message>
        <source>Row %1 of the sheet</source>
        <translation>Zeile %1 des Blatts</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <extracomment>Column header of the import preview: the file&apos;s column name, then the field of the project it goes to</extracomment>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>%1
→ extra attribute</source>
        <translation>%1
→ Zusatzattribut</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; goes to the field %2.</source>
        <translation>Spalte „%1“ geht in das Feld %2.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is kept as an extra attribute (usable as a segment or filter).</source>
        <translation>Spalte „%1“ wird als Zusatzattribut behalten (nutzbar als Segment oder Filter).</translation>
    </message>
    <message>
        <source>Its values look like: %1.</source>
        <translation>Ihre Werte sehen aus wie: %1.</translation>
    </message>
    <message>
        <source>Values the import would reject in these rows: %1.</source>
        <translation>Werte, die der Import in diesen Zeilen ablehnen würde: %1.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The first rows exactly as written in the file. Each column shows the field it goes to; you can change that on the next page.</source>
        <translation>Die ersten Zeilen genau so, wie sie in der Datei stehen. Jede Spalte zeigt ihr Zielfeld; Sie können es auf der nächsten Seite ändern.</translation>
    </message>
    <message>
        <source>A value the import would reject; point at the cell for the reason.</source>
        <translation>Ein Wert, den der Import ablehnen würde; zeigen Sie auf die Zelle, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Die ersten Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>All rows of the file: %1.</source>
        <translation>Alle Zeilen der Datei: %1.</translation>
    </message>
    <message>
        <source>Rows the import would reject for a bad value: %1.</source>
        <translation>Zeilen, die der Import wegen eines fehlerhaften Werts ablehnen würde: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) of the file.</source>
        <translation>
            <numerusform>Die erste Zeile der Datei (%Ln).</numerusform>
            <numerusform>Die ersten %Ln Zeilen der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of the file&apos;s %Ln row(s).</source>
        <translation>
            <numerusform>Die ersten %1 der %Ln Zeile der Datei.</numerusform>
            <numerusform>Die ersten %1 der %Ln Zeilen der Datei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>An estimate from the rows read so far; the import itself checks every row.</source>
        <translation>Eine Schätzung aus den bisher gelesenen Zeilen; der Import selbst prüft jede Zeile.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>The button that starts the import</extracomment>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>The sheet &lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; into the &lt;b&gt;%3&lt;/b&gt; table.</source>
        <translation>Das Blatt &lt;b&gt;%1&lt;/b&gt; von &lt;b&gt;%2&lt;/b&gt; in die Tabelle &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into the &lt;b&gt;%2&lt;/b&gt; table.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in die Tabelle &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted column name</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Columns going to fields: %1.</source>
        <translation>Spalten mit Zielfeld: %1.</translation>
    </message>
    <message>
        <source>No column is kept as an extra attribute.</source>
        <translation>Keine Spalte wird als Zusatzattribut behalten.</translation>
    </message>
    <message>
        <source>Kept as extra attributes, usable as segments and filters: %1.</source>
        <translation>Als Zusatzattribute behalten, nutzbar als Segmente und Filter: %1.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read day first, as you chose.</source>
        <translation>Datumsangaben wie 05/06/2024 werden wie gewählt mit dem Tag zuerst gelesen.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read month first, as you chose.</source>
        <translation>Datumsangaben wie 05/06/2024 werden wie gewählt mit dem Monat zuerst gelesen.</translation>
    </message>
    <message>
        <source>Estimate from the preview</source>
        <translation>Schätzung aus der Vorschau</translation>
    </message>
    <message>
        <source>Rows read for the preview: %1.</source>
        <translation>Für die Vorschau gelesene Zeilen: %1.</translation>
    </message>
    <message>
        <source>Rows with a value the import would reject: %1. The first ones:</source>
        <translation>Zeilen mit einem Wert, den der Import ablehnen würde: %1. Die ersten:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>The rest of the file is checked during the import.</source>
        <translation>Der Rest der Datei wird während des Imports geprüft.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>The whole file is read twice: once to settle the format of each column, once to import.</source>
        <translation>Die ganze Datei wird zweimal gelesen: einmal, um das Format jeder Spalte festzulegen, einmal zum Importieren.</translation>
    </message>
    <message>
        <source>Rows with a bad value are not imported. Each is kept in the project with its line, its text and the reason, and you can export them to fix and import again.</source>
        <translation>Zeilen mit einem fehlerhaften Wert werden nicht importiert. Jede wird mit Zeile, Text und Grund im Projekt aufbewahrt; Sie können sie exportieren, korrigieren und erneut importieren.</translation>
    </message>
    <message>
        <source>A row whose %1 is already in the project is skipped and listed with the rejected rows.</source>
        <translation>Eine Zeile, deren %1 bereits im Projekt ist, wird übersprungen und bei den abgelehnten Zeilen aufgeführt.</translation>
    </message>
    <message>
        <source>A row whose %1 is already in the project replaces the stored row.</source>
        <translation>Eine Zeile, deren %1 bereits im Projekt ist, ersetzt die gespeicherte Zeile.</translation>
    </message>
    <message>
        <source>If any %1 is already in the project or twice in the file, nothing is imported.</source>
        <translation>Ist ein Wert von %1 bereits im Projekt oder zweimal in der Datei, wird nichts importiert.</translation>
    </message>
    <message>
        <source>The mapping is saved in the project as “%1”.</source>
        <translation>Die Zuordnung wird im Projekt als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The project %1 does not exist yet; the import creates it.</source>
        <translation>Das Projekt %1 existiert noch nicht; der Import legt es an.</translation>
    </message>
    <message>
        <source>If you cancel, or anything goes wrong, the project stays exactly as it was.</source>
        <translation>Wenn Sie abbrechen oder etwas schiefgeht, bleibt das Projekt genau so, wie es war.</translation>
    </message>
    <message>
        <source>Rows naming a customer that is not in the project are rejected the same way; import the customers first, or let the import create them (&quot;Create missing customers&quot; on the previous page).</source>
        <translation>Zeilen, die einen Kunden nennen, der nicht im Projekt ist, werden ebenso abgewiesen; importieren Sie zuerst die Kunden oder lassen Sie den Import sie anlegen („Fehlende Kunden anlegen“ auf der vorigen Seite).</translation>
    </message>
    <message>
        <source>Import anyway: most rows would be rejected (each kept with its reason)</source>
        <translation>Trotzdem importieren: die meisten Zeilen würden abgewiesen (jede mit ihrem Grund aufbewahrt)</translation>
    </message>
    <message>
        <source>Looking up the customers these rows name in the project…</source>
        <translation>Die Kunden, die diese Zeilen nennen, werden im Projekt gesucht…</translation>
    </message>
    <message>
        <source>Most of these rows would be rejected. Check the table, the mapping, and that their customers are in the project (or let the import create them) before importing.</source>
        <translation>Die meisten dieser Zeilen würden abgewiesen. Prüfen Sie vor dem Import die Tabelle, die Zuordnung und ob ihre Kunden im Projekt sind (oder lassen Sie den Import sie anlegen).</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>&amp;Close</source>
        <extracomment>The button that closes the wizard after the import</extracomment>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>Abgelehnte Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Writes the rejected rows of this import to a CSV file, with the line and the reason, to fix them and import again.</source>
        <translation>Schreibt die abgelehnten Zeilen dieses Imports mit Zeile und Grund in eine CSV-Datei, um sie zu korrigieren und erneut zu importieren.</translation>
    </message>
    <message>
        <source>&amp;Back to the settings</source>
        <translation>&amp;Zurück zu den Einstellungen</translation>
    </message>
    <message>
        <source>Step 1 of 2, checking the format of each column: %1 of %2 read</source>
        <translation>Schritt 1 von 2, Format jeder Spalte wird geprüft: %1 von %2 gelesen</translation>
    </message>
    <message>
        <source>Step 2 of 2, importing the rows: %1 of %2 read</source>
        <translation>Schritt 2 von 2, Zeilen werden importiert: %1 von %2 gelesen</translation>
    </message>
    <message>
        <source>Saving to the project…</source>
        <translation>Wird im Projekt gespeichert…</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error (%1); the project was not changed.</source>
        <translation>Der Import wurde durch einen unerwarteten Fehler abgebrochen (%1); das Projekt wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The file is read twice; you can keep working in the window meanwhile.</source>
        <translation>Die Datei wird zweimal gelesen; Sie können währenddessen im Fenster weiterarbeiten.</translation>
    </message>
    <message>
        <source>Cancelling; the project is being left as it was…</source>
        <translation>Wird abgebrochen; das Projekt bleibt, wie es war…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>Der Import ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the project is exactly as it was.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geschrieben: Das Projekt ist genau so, wie es war.</translation>
    </message>
    <message>
        <source>Nothing was imported; the project is exactly as it was.</source>
        <translation>Es wurde nichts importiert; das Projekt ist genau so, wie es war.</translation>
    </message>
    <message>
        <source>Go back to the mapping and answer the date order question, then import again.</source>
        <translation>Gehen Sie zurück zur Zuordnung, beantworten Sie die Frage zur Datumsreihenfolge und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Rows read: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Gelesene Zeilen: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Imported: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Importiert: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rejected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Abgelehnt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Blank rows skipped: %1</source>
        <translation>Übersprungene leere Zeilen: %1</translation>
    </message>
    <message>
        <source>Values kept as extra attributes: %1</source>
        <translation>Als Zusatzattribute behaltene Werte: %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>First rejected rows</source>
        <translation>Erste abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Customers created: %1 (implied: signed up on their first event in this file)</source>
        <translation>Angelegte Kunden: %1 (abgeleitet: Anmeldung mit dem ersten Ereignis in dieser Datei)</translation>
    </message>
    <message>
        <source>Derived values</source>
        <translation>Abgeleitete Werte</translation>
    </message>
    <message>
        <source>Nothing was imported: every row was rejected. The reasons are below.</source>
        <translation>Nichts wurde importiert: jede Zeile wurde abgewiesen. Die Gründe stehen unten.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no rows.</source>
        <translation>Nichts wurde importiert: die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>Rejected rows by reason</source>
        <translation>Abgewiesene Zeilen nach Grund</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; × %2 (first on line %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; × %2 (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>Every rejected row is kept: Import history, Rejected rows shows them in the file&apos;s columns to fix and import again.</source>
        <translation>Jede abgewiesene Zeile bleibt erhalten: Importverlauf, Abgewiesene Zeilen zeigt sie in den Spalten der Datei, zum Korrigieren und erneuten Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported. The window shows the new rows.</source>
        <translation>
            <numerusform>%Ln Zeile importiert. Das Fenster zeigt die neuen Zeilen.</numerusform>
            <numerusform>%Ln Zeilen importiert. Das Fenster zeigt die neuen Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln stored row(s) replaced)</source>
        <translation>
            <numerusform>(%Ln gespeicherte Zeile ersetzt)</numerusform>
            <numerusform>(%Ln gespeicherte Zeilen ersetzt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) naming unknown customers</source>
        <translation>
            <numerusform>%Ln Zeile mit unbekannten Kunden</numerusform>
            <numerusform>%Ln Zeilen mit unbekannten Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln Duplikat übersprungen</numerusform>
            <numerusform>%Ln Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported; rejected and kept for review: %1. The window shows the new rows.</source>
        <translation>
            <numerusform>%Ln Zeile importiert; abgewiesen und zur Prüfung aufbewahrt: %1. Das Fenster zeigt die neuen Zeilen.</numerusform>
            <numerusform>%Ln Zeilen importiert; abgewiesen und zur Prüfung aufbewahrt: %1. Das Fenster zeigt die neuen Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order lines: %1, making %Ln order(s)</source>
        <translation>
            <numerusform>Bestellpositionen: %1, ergibt %Ln Bestellung</numerusform>
            <numerusform>Bestellpositionen: %1, ergibt %Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancellations: %Ln line(s); netted against their order: %1, kept as negative orders (no such order in the file): %2</source>
        <translation>
            <numerusform>Stornos: %Ln Zeile; mit ihrer Bestellung verrechnet: %1, als negative Bestellungen behalten (Bestellung nicht in der Datei): %2</numerusform>
            <numerusform>Stornos: %Ln Zeilen; mit ihrer Bestellung verrechnet: %1, als negative Bestellungen behalten (Bestellung nicht in der Datei): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rejected row(s) are kept in the project; export them to see every one.</source>
        <translation>
            <numerusform>Die abgewiesene Zeile (%Ln) wird im Projekt aufbewahrt; exportieren Sie sie, um sie zu sehen.</numerusform>
            <numerusform>Alle %Ln abgewiesenen Zeilen werden im Projekt aufbewahrt; exportieren Sie sie, um jede einzelne zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln other reason(s)</source>
        <translation>
            <numerusform>und %Ln weiterer Grund</numerusform>
            <numerusform>und %Ln weitere Gründe</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>the import&apos;s outcome</comment>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>page title: the import running</comment>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation>Blatt auswählen</translation>
    </message>
    <message>
        <source>The workbook has several sheets; pick the one that holds one row per record, with the column names in its first row.</source>
        <translation>Die Arbeitsmappe hat mehrere Blätter; wählen Sie das mit einer Zeile pro Datensatz und den Spaltennamen in der ersten Zeile.</translation>
    </message>
    <message>
        <source>&amp;Sheets, in the workbook&apos;s order:</source>
        <translation>&amp;Blätter in der Reihenfolge der Arbeitsmappe:</translation>
    </message>
    <message>
        <source>Reading the sheet &quot;%1&quot;…</source>
        <translation>Blatt „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Columns of &quot;%1&quot; (%2): %3.</source>
        <translation>Spalten von „%1“ (%2): %3.</translation>
    </message>
    <message>
        <source>Imported into the %1 table, as chosen on the first page.</source>
        <translation>In die Tabelle %1 importiert, wie auf der ersten Seite gewählt.</translation>
    </message>
    <message>
        <source>Its columns suggest the %1 table; you can change it on the first page.</source>
        <translation>Seine Spalten deuten auf die Tabelle %1 hin; Sie können sie auf der ersten Seite ändern.</translation>
    </message>
    <message>
        <source>None of its column names matches a field of the %1 table or any other: it may be a dashboard or a summary rather than one row per record.</source>
        <translation>Keiner seiner Spaltennamen passt zu einem Feld der Tabelle %1 oder einer anderen: Es ist vielleicht ein Dashboard oder eine Zusammenfassung statt einer Zeile pro Datensatz.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>“%1” (imported %2, %3)</source>
        <translation>„%1“ (importiert am %2 um %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln Erwähnung</numerusform>
            <numerusform>%Ln Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln improvement(s)</source>
        <translation>
            <numerusform>%Ln Verbesserung</numerusform>
            <numerusform>%Ln Verbesserungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>rows added without an import of this version</source>
        <translation>Zeilen, die ohne einen Import dieser Version hinzugefügt wurden</translation>
    </message>
    <message numerus="yes">
        <source>%1 replaced %n of its rows; undo it first.</source>
        <translation>
            <numerusform>%1 hat %n seiner Zeilen ersetzt; machen Sie diesen Import zuerst rückgängig.</numerusform>
            <numerusform>%1 hat %n seiner Zeilen ersetzt; machen Sie diesen Import zuerst rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n Kontakt von Kunden, die dieser Import hinzufügte, kam später aus %1; machen Sie zuerst jenen Import rückgängig.</numerusform>
            <numerusform>%n Kontakte von Kunden, die dieser Import hinzufügte, kamen später aus %1; machen Sie zuerst jenen Import rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n Bestellung von Kunden, die dieser Import hinzufügte, kam später aus %1; machen Sie zuerst jenen Import rückgängig.</numerusform>
            <numerusform>%n Bestellungen von Kunden, die dieser Import hinzufügte, kamen später aus %1; machen Sie zuerst jenen Import rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n Erwähnung von Kunden, die dieser Import hinzufügte, kam später aus %1; machen Sie zuerst jenen Import rückgängig.</numerusform>
            <numerusform>%n Erwähnungen von Kunden, die dieser Import hinzufügte, kamen später aus %1; machen Sie zuerst jenen Import rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project could not be changed (%1). Nothing was undone.</source>
        <translation>Das Projekt konnte nicht geändert werden (%1). Nichts wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import %1 is not in this project (it may have been undone already).</source>
        <translation>Import %1 ist nicht in diesem Projekt (vielleicht wurde er schon rückgängig gemacht).</translation>
    </message>
    <message>
        <source>%1 was imported by an earlier version of SocialROI, which kept no record of its rows, so it cannot be undone.</source>
        <translation>%1 wurde von einer früheren Version von SocialROI importiert, die keine Aufzeichnung der Zeilen behielt; der Import kann daher nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>%1 kann nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Undo %1?</source>
        <translation>%1 rückgängig machen?</translation>
    </message>
    <message>
        <source>The %1 it added will be removed.</source>
        <translation>Die hinzugefügten Zeilen werden entfernt: %1.</translation>
    </message>
    <message>
        <source>It added no rows.</source>
        <translation>Er hat keine Zeilen hinzugefügt.</translation>
    </message>
    <message>
        <source>The %1 it replaced will be put back as they were.</source>
        <translation>Die ersetzten Zeilen werden wiederhergestellt, wie sie waren: %1.</translation>
    </message>
    <message>
        <source>%1 was undone.</source>
        <translation>%1 wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <source>Put back as they were: %1.</source>
        <translation>Wiederhergestellt, wie sie waren: %1.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Row ids of the new rows are not consecutive; extra attributes cannot be attached.</source>
        <translation>Die Zeilen-IDs der neuen Zeilen sind nicht fortlaufend; Zusatzattribute können nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: already in the project; the existing row was kept (duplicates: skip)</source>
        <translation>Duplikat %1 „%2“: bereits im Projekt; die vorhandene Zeile wurde behalten (Duplikate: überspringen)</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: already on an earlier line of this file; the first one was kept (duplicates: skip)</source>
        <translation>Duplikat %1 „%2“: bereits in einer früheren Zeile dieser Datei; die erste wurde behalten (Duplikate: überspringen)</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: a row with this key is already in the project. Nothing was imported. Import again with duplicates skipped or replaced (--on-duplicate skip or replace), or remove the row from the file.</source>
        <translation>Duplikat %1 „%2“: Eine Zeile mit diesem Schlüssel ist bereits im Projekt. Es wurde nichts importiert. Importieren Sie erneut und überspringen oder ersetzen Sie Duplikate (--on-duplicate skip oder replace), oder entfernen Sie die Zeile aus der Datei.</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: the same key is on an earlier line of this file. Nothing was imported. Import again with duplicates skipped or replaced (--on-duplicate skip or replace), or remove one of the rows.</source>
        <translation>Duplikat %1 „%2“: Derselbe Schlüssel steht in einer früheren Zeile dieser Datei. Es wurde nichts importiert. Importieren Sie erneut und überspringen oder ersetzen Sie Duplikate (--on-duplicate skip oder replace), oder entfernen Sie eine der Zeilen.</translation>
    </message>
    <message>
        <source>duplicate %1: already in the project; the existing rows were kept (duplicates: skip)</source>
        <translation>doppelte %1: bereits im Projekt; die vorhandenen Zeilen wurden behalten (Duplikate: überspringen)</translation>
    </message>
    <message>
        <source>duplicate %1: already on an earlier line of this file; the first ones were kept (duplicates: skip)</source>
        <translation>doppelte %1: bereits in einer früheren Zeile dieser Datei; die ersten wurden behalten (Duplikate: überspringen)</translation>
    </message>
    <message>
        <source>To update the rows already there, import again with duplicates replaced.</source>
        <translation>Um die vorhandenen Zeilen zu aktualisieren, importieren Sie erneut mit ersetzten Duplikaten.</translation>
    </message>
    <message>
        <source>Keep one row per key in the file, or import with duplicates replaced to keep the last one.</source>
        <translation>Behalten Sie eine Zeile pro Schlüssel in der Datei, oder importieren Sie mit ersetzten Duplikaten, um die letzte zu behalten.</translation>
    </message>
    <message>
        <source>The project refused a row between lines %1 and %2 without a duplicate key; nothing was imported.</source>
        <translation>Das Projekt hat eine Zeile zwischen den Zeilen %1 und %2 ohne doppelten Schlüssel abgelehnt; nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The file is delimited text, not a workbook: the sheet &quot;%1&quot; was ignored.</source>
        <translation>Die Datei ist Text mit Trennzeichen, keine Arbeitsmappe: Das Blatt „%1“ wurde ignoriert.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; is for the %2 table, not for %3.</source>
        <translation>Das Zuordnungsprofil „%1“ gilt für die Tabelle %2, nicht für %3.</translation>
    </message>
    <message>
        <source>Columns of the mapping profile not found in the file: %1.</source>
        <translation>Spalten des Zuordnungsprofils, die in der Datei fehlen: %1.</translation>
    </message>
    <message>
        <source>This was the sheet &quot;%1&quot;; the workbook&apos;s sheets are %2 (choose one with --sheet on the command line).</source>
        <translation>Das war das Blatt „%1“; die Blätter der Arbeitsmappe sind %2 (wählen Sie eines mit --sheet in der Befehlszeile).</translation>
    </message>
    <message>
        <source>The file could not be read to the end. Check the disk or network drive and try again.</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden. Prüfen Sie die Festplatte oder das Netzlaufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This file was already imported on %1 into %2 (import %3, same SHA-256).</source>
        <translation>Diese Datei wurde bereits am %1 in %2 importiert (Import %3, gleicher SHA-256).</translation>
    </message>
    <message>
        <source>The project could not be written (%1). Nothing was imported.</source>
        <translation>Das Projekt konnte nicht geschrieben werden (%1). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import failed (%1). Nothing was imported.</source>
        <translation>Der Import ist fehlgeschlagen (%1). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The order key column &quot;%1&quot; is not a column of the file; its columns are %2.</source>
        <translation>Die Bestellnummern-Spalte „%1“ ist keine Spalte der Datei; ihre Spalten sind %2.</translation>
    </message>
    <message>
        <source>Creating customers applies to imports of contacts, orders or mentions, not to the customers table itself.</source>
        <translation>Das Anlegen von Kunden gilt für Importe von Kontakten, Bestellungen oder Erwähnungen, nicht für die Kundentabelle selbst.</translation>
    </message>
    <message>
        <source>The %1 table names no customers; there are none to create.</source>
        <translation>Die Tabelle %1 nennt keine Kunden; es gibt keine anzulegen.</translation>
    </message>
    <message>
        <source>Order lines can only be imported into the orders table, not into %1.</source>
        <translation>Bestellpositionen lassen sich nur in die Bestelltabelle importieren, nicht in %1.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; looks like a churn flag; it was kept as an extra attribute. To turn it into churn dates, give the day the extract was taken (--snapshot YYYY-MM-DD on the command line, &quot;A snapshot extract, taken on&quot; in the import wizard).</source>
        <translation>Die Spalte „%1“ sieht wie ein Kündigungskennzeichen aus; sie wurde als zusätzliches Attribut behalten. Um daraus Kündigungsdaten zu machen, geben Sie den Tag des Auszugs an (--snapshot JJJJ-MM-TT in der Befehlszeile, „Ein Stichtagsauszug vom“ im Import-Assistenten).</translation>
    </message>
    <message>
        <source>Order lines are grouped into orders by an order key: choose the column that holds it (--order-lines COLUMN on the command line; in the import wizard, the column mapped to the order id).</source>
        <translation>Bestellpositionen werden über eine Bestellnummer zu Bestellungen zusammengefasst: wählen Sie die Spalte, die sie enthält (--order-lines SPALTE in der Befehlszeile; im Import-Assistenten die der Bestell-ID zugeordnete Spalte).</translation>
    </message>
    <message>
        <source>Customer keys are stored as salted hashes, never as written (this project hashes every key the same way).</source>
        <translation>Kundenschlüssel werden als gesalzene Hashes gespeichert, nie so, wie sie geschrieben sind (dieses Projekt hasht jeden Schlüssel auf dieselbe Weise).</translation>
    </message>
    <message>
        <source>The project file is damaged (%1). Nothing was imported; restore the project from a backup.</source>
        <translation>Die Projektdatei ist beschädigt (%1). Nichts wurde importiert; stellen Sie das Projekt aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>LoveChart</name>
    <message>
        <source>No balance to show: the naive comparison weights nobody.</source>
        <translation>Keine Ausgewogenheit zu zeigen: Der naive Vergleich gewichtet niemanden.</translation>
    </message>
    <message>
        <source>Standardized difference (social − similar customers)</source>
        <extracomment>Axis of the Love plot: difference between the two sides in standard deviations</extracomment>
        <translation>Standardisierter Unterschied (Social − ähnliche Kunden)</translation>
    </message>
    <message>
        <source>Before weighting</source>
        <translation>Vor der Gewichtung</translation>
    </message>
    <message>
        <source>After weighting</source>
        <translation>Nach der Gewichtung</translation>
    </message>
    <message>
        <source>Before weighting: %1; after: %2</source>
        <translation>Vor der Gewichtung: %1; danach: %2</translation>
    </message>
    <message>
        <source>Still out of balance</source>
        <translation>Noch unausgeglichen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>SocialROI Workbench: measure whether social customer care keeps customers.
Without a command, opens the workbench window on PROJECT (or on the last project, or the demo project).

Commands (socialroi COMMAND --help):%1</source>
        <translation>SocialROI Workbench: Messen Sie, ob Social-Media-Kundenservice Kunden hält.
Ohne Befehl öffnet sich das Workbench-Fenster mit PROJEKT (oder dem letzten Projekt oder dem Demoprojekt).

Befehle (socialroi BEFEHL --help):%1</translation>
    </message>
    <message>
        <source>The project file to open (.socialroi).</source>
        <translation>Die zu öffnende Projektdatei (.socialroi).</translation>
    </message>
    <message>
        <source>Open the window on this pane: %1.</source>
        <translation>Das Fenster mit dieser Ansicht öffnen: %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run socialroi --help for the list.</source>
        <translation>Unbekannter Befehl „%1“. Führen Sie socialroi --help aus, um die Liste zu sehen.</translation>
    </message>
    <message>
        <source>--pane: unknown pane &quot;%1&quot;. Valid panes: %2.</source>
        <translation>--pane: unbekannte Ansicht „%1“. Gültige Ansichten: %2.</translation>
    </message>
    <message>
        <source>Interface language: en, fr, de, pl or hi.</source>
        <translation>Sprache der Oberfläche: en, fr, de, pl oder hi.</translation>
    </message>
    <message>
        <source>--lang: unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>--lang: unbekannte Sprache „%1“. Wählen Sie eine von: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocialROI projects (*.socialroi);;All files (*)</source>
        <translation>SocialROI-Projekte (*.socialroi);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in this view</source>
        <translation>
            <numerusform>%Ln Zeile in dieser Ansicht</numerusform>
            <numerusform>%Ln Zeilen in dieser Ansicht</numerusform>
        </translation>
    </message>
    <message>
        <source>About SocialROI Workbench</source>
        <translation>Über SocialROI Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SocialROI Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Measures whether social customer care keeps customers, with numbers a CFO accepts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SocialROI Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Misst, ob Social-Media-Kundenservice Kunden hält – mit Zahlen, die ein CFO akzeptiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Project &amp;Overview</source>
        <translation>Projekt&amp;übersicht</translation>
    </message>
    <message>
        <source>&amp;Filter Rows</source>
        <translation>Zeilen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SocialROI Workbench</source>
        <translation>Ü&amp;ber SocialROI Workbench</translation>
    </message>
    <message>
        <source>SocialROI Workbench</source>
        <translation>SocialROI Workbench</translation>
    </message>
    <message>
        <source>%1 — SocialROI Workbench</source>
        <translation>%1 — SocialROI Workbench</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>The project could not be read: %1</source>
        <translation>Das Projekt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Preparing the demo project…</source>
        <translation>Demoprojekt wird vorbereitet…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Report export cancelled</source>
        <translation>Berichtsexport abgebrochen</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Der Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Read-only. %1</source>
        <translation>Schreibgeschützt. %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Diagramm in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with ABSOLUTELY NO WARRANTY. You may share and change it under the terms of that licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later), OHNE JEGLICHE GEWÄHRLEISTUNG. Sie dürfen sie gemäß dieser Lizenz weitergeben und verändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1 (running Qt %2, LGPL-3.0), QCustomPlot %3 (GPL-3.0), SQLite %4 (public domain), QuaZip (LGPL-2.1), libxlsxwriter (BSD-2-Clause), Boost.Math (BSL-1.0) and OpenSSL (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit Qt %1 (läuft mit Qt %2, LGPL-3.0), QCustomPlot %3 (GPL-3.0), SQLite %4 (gemeinfrei), QuaZip (LGPL-2.1), libxlsxwriter (BSD-2-Clause), Boost.Math (BSL-1.0) und OpenSSL (Apache-2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Import customers, contacts, orders or mentions from a file</source>
        <translation>Kunden, Kontakte, Bestellungen oder Erwähnungen aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ein Projekt öffnen</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export the chart of this pane as PNG, SVG or PDF</source>
        <translation>Das Diagramm dieses Bereichs als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Cop&amp;y Chart</source>
        <translation>Diagramm kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>Copy the chart of this pane to the clipboard as an image</source>
        <translation>Das Diagramm dieses Bereichs als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>ROI report</source>
        <extracomment>Part of a proposed file name: &quot;Acme – ROI report – 2026-12-06.pdf&quot;</extracomment>
        <translation>ROI-Bericht</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>The user guide is not installed: its documents were not found beside the program.</source>
        <translation>Das Benutzerhandbuch ist nicht installiert: Seine Dokumente wurden neben dem Programm nicht gefunden.</translation>
    </message>
    <message>
        <source>&amp;Import History</source>
        <translation>&amp;Importverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported, rejected: %1</source>
        <translation>
            <numerusform>%Ln Zeile importiert, abgewiesen: %1</numerusform>
            <numerusform>%Ln Zeilen importiert, abgewiesen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) (%1 social)</source>
        <translation>
            <numerusform>%Ln Kunde (Social Media: %1)</numerusform>
            <numerusform>%Ln Kunden (Social Media: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>ROI slides</source>
        <extracomment>Part of a proposed file name: &quot;Acme – ROI slides – 2026-12-06.pptx&quot;</extracomment>
        <translation>ROI-Folien</translation>
    </message>
    <message>
        <source>Export the report as PDF, web page, Excel workbook or PowerPoint slides</source>
        <translation>Den Bericht als PDF, Webseite, Excel-Arbeitsmappe oder PowerPoint-Folien exportieren</translation>
    </message>
    <message>
        <source>Export &amp;Slides…</source>
        <translation>&amp;Folien exportieren…</translation>
    </message>
    <message>
        <source>Export the report as PowerPoint slides with native charts and speaker notes</source>
        <translation>Den Bericht als PowerPoint-Folien mit bearbeitbaren Diagrammen und Sprechernotizen exportieren</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>PowerPoint-Folien (*.pptx)</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>toolbar button: start an import</comment>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>MappingProfileBar</name>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>Gespeicherte Zu&amp;ordnungen:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Sa&amp;ve this mapping as:</source>
        <translation>Diese Zuordnung &amp;speichern als:</translation>
    </message>
    <message>
        <source>a name, to reuse it next time (optional)</source>
        <translation>ein Name, um sie beim nächsten Mal wiederzuverwenden (optional)</translation>
    </message>
    <message>
        <source>Saved in the project together with the imported rows.</source>
        <translation>Wird zusammen mit den importierten Zeilen im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>none for this table</source>
        <translation>keine für diese Tabelle</translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <source>The project has no mapping profile &quot;%1&quot; (it has none yet).</source>
        <translation>Das Projekt hat kein Zuordnungsprofil „%1“ (es hat noch keines).</translation>
    </message>
    <message>
        <source>The project has no mapping profile &quot;%1&quot;; it has: %2.</source>
        <translation>Das Projekt hat kein Zuordnungsprofil „%1“; vorhanden: %2.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; is damaged: %2</source>
        <translation>Das Zuordnungsprofil „%1“ ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>MentionsChart</name>
    <message>
        <source>%1 M</source>
        <extracomment>A number in millions, e.g. &quot;2.4 M&quot;</extracomment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 k</source>
        <extracomment>A number in thousands, e.g. &quot;380 k&quot;</extracomment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>reach %1</source>
        <extracomment>Summed audience of the mentions (followers who could see them)</extracomment>
        <translation>Reichweite %1</translation>
    </message>
    <message>
        <source>Summed reach: %1</source>
        <translation>Summierte Reichweite: %1</translation>
    </message>
</context>
<context>
    <name>MetricEngine</name>
    <message>
        <source>%1: no customer has the attribute &quot;%2&quot; to compare like with like.</source>
        <translation>%1: Kein Kunde hat das Merkmal „%2“, um Gleiches mit Gleichem zu vergleichen.</translation>
    </message>
    <message>
        <source>%1: no customer to draw for the bootstrap interval of the ROI.</source>
        <translation>%1: kein Kunde für das Bootstrap-Intervall des ROI zu ziehen.</translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation>Kennzahlen werden berechnet…</translation>
    </message>
    <message>
        <source>%1: the metrics could not be computed.</source>
        <translation>%1: Die Kennzahlen konnten nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>MetricFormat</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
</context>
<context>
    <name>MetricLabels</name>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Operational cost</source>
        <translation>Betriebskosten</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Self-Service</translation>
    </message>
    <message>
        <source>Saves</source>
        <extracomment>Metric group: at-risk customers kept from leaving (&quot;saved&quot; customers), not saving a file</extracomment>
        <translation>Gerettete Kunden</translation>
    </message>
    <message>
        <source>Complaints turned into raves</source>
        <translation>Beschwerden, die zu Lob wurden</translation>
    </message>
    <message>
        <source>Cross-sells</source>
        <translation>Cross-Selling</translation>
    </message>
    <message>
        <source>Process innovations</source>
        <translation>Prozessinnovationen</translation>
    </message>
    <message>
        <source>Return on relationship</source>
        <translation>Return on Relationship</translation>
    </message>
    <message>
        <source>ROI summary</source>
        <translation>ROI-Übersicht</translation>
    </message>
    <message>
        <source>How often a contact handled by the social care team led to a change in how the company works, compared with contacts on every other channel. The savings are the figures entered with each improvement: customers kept a year times a customer&apos;s yearly revenue, plus staff hours saved times the hourly cost. These figures are descriptive and carry no interval.</source>
        <translation>Wie oft ein vom Social-Media-Team bearbeiteter Kontakt zu einer Änderung der Arbeitsweise des Unternehmens führte, verglichen mit Kontakten auf allen anderen Kanälen. Die Einsparungen sind die mit jeder Verbesserung erfassten Werte: gehaltene Kunden pro Jahr mal Jahresumsatz eines Kunden plus eingesparte Personalstunden mal Stundenkosten. Diese Werte sind deskriptiv und haben kein Intervall.</translation>
    </message>
    <message>
        <source>Still a customer after 3 months</source>
        <translation>Nach 3 Monaten noch Kunde</translation>
    </message>
    <message>
        <source>Still a customer after 6 months</source>
        <translation>Nach 6 Monaten noch Kunde</translation>
    </message>
    <message>
        <source>Still a customer after 12 months</source>
        <translation>Nach 12 Monaten noch Kunde</translation>
    </message>
    <message>
        <source>Customers lost per customer-month</source>
        <translation>Verlorene Kunden pro Kundenmonat</translation>
    </message>
    <message>
        <source>Phone contacts per customer-month</source>
        <translation>Telefonkontakte pro Kundenmonat</translation>
    </message>
    <message>
        <source>Social media contacts per customer-month</source>
        <translation>Social-Media-Kontakte pro Kundenmonat</translation>
    </message>
    <message>
        <source>Self-service contacts per customer-month</source>
        <translation>Self-Service-Kontakte pro Kundenmonat</translation>
    </message>
    <message>
        <source>Email contacts per customer-month</source>
        <translation>E-Mail-Kontakte pro Kundenmonat</translation>
    </message>
    <message>
        <source>Chat contacts per customer-month</source>
        <translation>Chat-Kontakte pro Kundenmonat</translation>
    </message>
    <message>
        <source>Handle time per contact</source>
        <translation>Bearbeitungszeit pro Kontakt</translation>
    </message>
    <message>
        <source>Contacts resolved</source>
        <translation>Gelöste Kontakte</translation>
    </message>
    <message>
        <source>Support cost per customer-month</source>
        <translation>Supportkosten pro Kundenmonat</translation>
    </message>
    <message>
        <source>Customers using self-service</source>
        <translation>Kunden mit Self-Service-Nutzung</translation>
    </message>
    <message>
        <source>Self-service sessions per customer-month</source>
        <translation>Self-Service-Sitzungen pro Kundenmonat</translation>
    </message>
    <message>
        <source>At-risk customers saved</source>
        <translation>Gerettete abwanderungsgefährdete Kunden</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>Abwanderungsgefährdete Kunden</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Likely to recommend (promoters)</source>
        <translation>Empfehlungsbereit (Promotoren)</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detraktoren</translation>
    </message>
    <message>
        <source>Mentions that are positive</source>
        <translation>Anteil positiver Erwähnungen</translation>
    </message>
    <message>
        <source>Mentions that are negative</source>
        <translation>Anteil negativer Erwähnungen</translation>
    </message>
    <message>
        <source>Positive mentions</source>
        <translation>Positive Erwähnungen</translation>
    </message>
    <message>
        <source>Negative mentions</source>
        <translation>Negative Erwähnungen</translation>
    </message>
    <message>
        <source>People reached by positive mentions</source>
        <translation>Mit positiven Erwähnungen erreichte Personen</translation>
    </message>
    <message>
        <source>People reached by negative mentions</source>
        <translation>Mit negativen Erwähnungen erreichte Personen</translation>
    </message>
    <message>
        <source>Customers with a cross-sell</source>
        <translation>Kunden mit Cross-Selling</translation>
    </message>
    <message>
        <source>Cross-sell revenue per customer</source>
        <translation>Cross-Selling-Umsatz pro Kunde</translation>
    </message>
    <message>
        <source>Cross-sell orders per customer-month</source>
        <translation>Cross-Selling-Bestellungen pro Kundenmonat</translation>
    </message>
    <message>
        <source>Improvements in place</source>
        <translation>Umgesetzte Verbesserungen</translation>
    </message>
    <message>
        <source>Yearly savings from improvements</source>
        <translation>Jährliche Einsparungen durch Verbesserungen</translation>
    </message>
    <message>
        <source>Revenue per customer so far</source>
        <translation>Bisheriger Umsatz pro Kunde</translation>
    </message>
    <message>
        <source>Expected revenue over the horizon</source>
        <translation>Erwarteter Umsatz im Horizont</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Orders per customer-year</source>
        <translation>Bestellungen pro Kundenjahr</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Per customer-month</source>
        <translation>Pro Kundenmonat</translation>
    </message>
    <message>
        <source>Minutes per contact</source>
        <translation>Minuten pro Kontakt</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Erreichte Personen</translation>
    </message>
    <message>
        <source>%1 per customer-month</source>
        <translation>%1 pro Kundenmonat</translation>
    </message>
    <message>
        <source>%1 per customer</source>
        <translation>%1 pro Kunde</translation>
    </message>
    <message>
        <source>%1 per order</source>
        <translation>%1 pro Bestellung</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Still a customer after 12 months, naive comparison</source>
        <translation>Nach 12 Monaten noch Kunde, naiver Vergleich</translation>
    </message>
    <message>
        <source>Cross-sell revenue per customer-month</source>
        <translation>Cross-Selling-Umsatz pro Kundenmonat</translation>
    </message>
    <message>
        <source>How many customers are still with you 3, 6 and 12 months after their first contact with the social care team, against similar customers who were still with you that same day and had not dealt with the team yet (the naive method: after signing up, against everyone else). Customers still active on the as-of date count as kept so far. The money is the revenue the team kept inside the ROI window, times the contribution margin once set.</source>
        <translation>Wie viele Kunden 3, 6 und 12 Monate nach ihrem ersten Kontakt mit dem Social-Media-Team noch bei Ihnen sind, verglichen mit ähnlichen Kunden, die am selben Tag noch bei Ihnen waren und noch keinen Kontakt zum Team hatten (naive Methode: ab der Anmeldung, gegen alle anderen). Kunden, die am Stichtag noch aktiv sind, gelten bis dahin als gehalten. Der Geldwert ist der Umsatz, den das Team im ROI-Zeitraum gehalten hat, mal die Deckungsbeitragsquote, sobald sie gesetzt ist.</translation>
    </message>
    <message>
        <source>Every money value counted over one window, the horizon ending at the as-of date, and set against the programme&apos;s cost over the same months. The interval is that of the whole value, from each customer&apos;s effect on every part at once. Saves are inside retention, self-service inside operational cost, and return on relationship is descriptive, so nothing is added twice.</source>
        <translation>Jeder Geldwert über einen Zeitraum gezählt, den Horizont bis zum Stichtag, und den Programmkosten derselben Monate gegenübergestellt. Das Intervall ist das des Gesamtwerts, aus der Wirkung jedes Kunden auf alle Teile zugleich. Gerettete Kunden stecken in der Kundenbindung, Self-Service in den Betriebskosten, und der Return on Relationship ist beschreibend: nichts wird doppelt gezählt.</translation>
    </message>
    <message>
        <source>Who is compared</source>
        <extracomment>The page that shows which customers the estimate compares and how alike they are</extracomment>
        <translation>Wer verglichen wird</translation>
    </message>
    <message>
        <source>Which customers the estimate compares, and how alike the two sides are before and after weighting.</source>
        <translation>Welche Kunden die Schätzung vergleicht und wie ähnlich sich beide Seiten vor und nach der Gewichtung sind.</translation>
    </message>
    <message>
        <source>Customers flagged at risk</source>
        <translation>Als abwanderungsgefährdet markierte Kunden</translation>
    </message>
    <message>
        <source>Positive mentions per customer-month</source>
        <translation>Positive Erwähnungen pro Kundenmonat</translation>
    </message>
    <message>
        <source>Negative mentions per customer-month</source>
        <translation>Negative Erwähnungen pro Kundenmonat</translation>
    </message>
    <message>
        <source>People reached by positive mentions per customer-month</source>
        <translation>Durch positive Erwähnungen erreichte Personen pro Kundenmonat</translation>
    </message>
    <message>
        <source>People reached by negative mentions per customer-month</source>
        <translation>Durch negative Erwähnungen erreichte Personen pro Kundenmonat</translation>
    </message>
    <message>
        <source>Contacts that led to a process change (social care team vs other channels)</source>
        <extracomment>Compares the social care team&apos;s contacts with every other channel&apos;s, not the two cohorts</extracomment>
        <translation>Kontakte, die zu einer Prozessänderung führten (Social-Media-Team gegenüber anderen Kanälen)</translation>
    </message>
    <message>
        <source>People reached per customer-month</source>
        <translation>Erreichte Personen pro Kundenmonat</translation>
    </message>
    <message>
        <source>Customers lost per customer-month, naive comparison from signup</source>
        <translation>Verlorene Kunden je Kundenmonat, naiv ab Anmeldung</translation>
    </message>
    <message>
        <source>How often customers contact support on each channel, per month, and what that support costs, from each customer&apos;s first contact with the social care team against similar customers who were still with you that same day, over the same months on both sides (the naive method: every month since signing up, against everyone else). The cost is each contact&apos;s own cost, or the cost per channel set in the assumptions. The money is the support cost saved per customer-month, over the social customers&apos; months inside the ROI window. The chart by month compares the cohorts as they are.</source>
        <translation>Wie oft Kunden den Support auf jedem Kanal kontaktieren, je Monat, und was dieser Support kostet, ab dem ersten Kontakt jedes Kunden mit dem Social-Media-Team gegenüber ähnlichen Kunden, die am selben Tag noch Kunden waren, über dieselben Monate auf beiden Seiten (naive Methode: jeder Monat seit der Anmeldung, gegenüber allen anderen). Die Kosten sind die eigenen Kosten jedes Kontakts oder die in den Annahmen festgelegten Kosten je Kanal. Der Geldwert sind die je Kundenmonat eingesparten Supportkosten über die Monate der Social-Media-Kunden im ROI-Zeitraum. Das Diagramm nach Monaten vergleicht die Kohorten, wie sie sind.</translation>
    </message>
    <message>
        <source>How many customers help themselves online, and how often. The sessions per customer-month are estimated from the first social contact like support contacts; the share who ever used self-service grows with how long a customer was watched, so it compares the cohorts from signup. The money is the phone calls avoided times the difference between a call and a self-service session; it is already part of operational cost and is never counted twice.</source>
        <translation>Wie viele Kunden sich online selbst helfen, und wie oft. Die Sitzungen je Kundenmonat werden wie die Supportkontakte ab dem ersten Social-Media-Kontakt geschätzt; der Anteil, der je Self-Service genutzt hat, wächst mit der Beobachtungsdauer eines Kunden und vergleicht die Kohorten daher ab der Anmeldung. Der Geldwert sind die vermiedenen Anrufe mal die Kostendifferenz zwischen einem Anruf und einer Self-Service-Sitzung; er ist bereits Teil der Betriebskosten und wird nie doppelt gezählt.</translation>
    </message>
    <message>
        <source>Whether customers would recommend you: the Net Promoter Score is the share of promoters (scores 9–10) minus the share of detractors (0–6). Beside it, whether what customers say about you in public is positive or negative, and how many people saw it. Mentions are estimated from the first social contact against similar customers; the scores carry no date, so they compare the cohorts from signup. The money is the extra promoters times the value of a promoter, which is zero unless you set one in the assumptions.</source>
        <translation>Ob Kunden Sie empfehlen würden: Der Net Promoter Score ist der Anteil der Promotoren (Werte 9–10) minus der Anteil der Kritiker (0–6). Daneben, ob das, was Kunden öffentlich über Sie sagen, positiv oder negativ ist, und wie viele Menschen es gesehen haben. Erwähnungen werden ab dem ersten Social-Media-Kontakt gegenüber ähnlichen Kunden geschätzt; die Werte tragen kein Datum und vergleichen die Kohorten daher ab der Anmeldung. Der Geldwert sind die zusätzlichen Promotoren mal der Wert eines Promotors, der null ist, solange Sie keinen in den Annahmen festlegen.</translation>
    </message>
    <message>
        <source>The share of customers who bought an additional product, and the cross-sell revenue per customer and per customer-month. The revenue per customer-month is estimated from the first social contact against similar customers who were still with you that same day; the share and the revenue per customer compare the cohorts from signup. The money is the estimated difference per customer-month over the social customers&apos; months inside the ROI window, times the contribution margin once set.</source>
        <translation>Der Anteil der Kunden, die ein zusätzliches Produkt gekauft haben, und der Cross-Selling-Umsatz je Kunde und je Kundenmonat. Der Umsatz je Kundenmonat wird ab dem ersten Social-Media-Kontakt gegenüber ähnlichen Kunden geschätzt, die am selben Tag noch Kunden waren; der Anteil und der Umsatz je Kunde vergleichen die Kohorten ab der Anmeldung. Der Geldwert ist die geschätzte Differenz je Kundenmonat über die Monate der Social-Media-Kunden im ROI-Zeitraum, mal die Deckungsbeitragsquote, sobald sie festgelegt ist.</translation>
    </message>
    <message>
        <source>At-risk customers saved, cohorts as they are</source>
        <translation>Gerettete gefährdete Kunden, Kohorten wie sie sind</translation>
    </message>
    <message>
        <source>Phone contacts, cohorts as they are</source>
        <translation>Telefonkontakte, Kohorten wie sie sind</translation>
    </message>
    <message>
        <source>Self-service sessions, cohorts as they are</source>
        <translation>Self-Service-Sitzungen, Kohorten wie sie sind</translation>
    </message>
    <message>
        <source>Positive mentions, cohorts as they are</source>
        <translation>Positive Erwähnungen, Kohorten wie sie sind</translation>
    </message>
    <message>
        <source>Cross-sell orders, cohorts as they are</source>
        <translation>Cross-Selling-Bestellungen, Kohorten wie sie sind</translation>
    </message>
    <message>
        <source>What a customer is worth over the rest of their relationship: the lifetime value is the contribution margin times the monthly revenue over the discounted expected remaining lifetime (a shifted-beta-geometric model of each cohort&apos;s cancellations), plus the discounted value of the orders still expected (BG/NBD for how often, Gamma-Gamma for how much), at the annual discount rate of the assumptions. Revenue so far, the average order and how often customers order stay beside it. These figures are descriptive: they explain the other metrics and add no money of their own to the ROI.</source>
        <translation>Was ein Kunde für den Rest der Beziehung wert ist: Der Kundenwert ist der Deckungsbeitrag mal dem Monatsumsatz über die diskontierte erwartete Restlaufzeit (ein verschobenes Beta-Geometrisch-Modell der Kündigungen jeder Kohorte), plus dem diskontierten Wert der noch erwarteten Bestellungen (BG/NBD für die Häufigkeit, Gamma-Gamma für den Betrag), zum jährlichen Diskontsatz der Annahmen. Der bisherige Umsatz, die durchschnittliche Bestellung und die Bestellhäufigkeit bleiben daneben. Diese Zahlen sind beschreibend: Sie erklären die anderen Kennzahlen und fügen dem ROI kein eigenes Geld hinzu.</translation>
    </message>
    <message>
        <source>Lifetime value per customer (model)</source>
        <translation>Kundenwert pro Kunde (Modell)</translation>
    </message>
    <message>
        <source>Expected orders over the horizon</source>
        <translation>Erwartete Bestellungen im Horizont</translation>
    </message>
    <message>
        <source>Chance a buyer is still active</source>
        <extracomment>P(alive) of the BG/NBD model: the chance a customer who has ordered still buys</extracomment>
        <translation>Wahrscheinlichkeit, dass ein Käufer noch aktiv ist</translation>
    </message>
    <message>
        <source>Orders per customer</source>
        <translation>Bestellungen pro Kunde</translation>
    </message>
    <message>
        <source>Of the customers flagged as about to leave, the share still a customer when the save window set in the assumptions ended. Only customers whose window has passed by the as-of date count. The money is the extra customers saved times what a saved customer is still worth: the contribution margin times their monthly revenue over the discounted expected remaining lifetime of the lifetime value&apos;s model (the revenue of the horizon when that model cannot be fitted). It is already part of retention and is never counted twice.</source>
        <translation>Von den als abwanderungsgefährdet markierten Kunden der Anteil, der am Ende des in den Annahmen festgelegten Rettungsfensters noch Kunde war. Es zählen nur Kunden, deren Fenster zum Stichtag abgelaufen ist. Der Geldwert ist die Zahl zusätzlich gehaltener Kunden mal dem, was ein gehaltener Kunde noch wert ist: Deckungsbeitragsquote mal Monatsumsatz über die abgezinste erwartete Restlebensdauer aus dem Modell des Kundenwerts (der Umsatz des Horizonts, wenn sich dieses Modell nicht schätzen lässt). Er ist bereits Teil der Kundenbindung und wird nie doppelt gezählt.</translation>
    </message>
    <message>
        <source>What a saved customer is still worth</source>
        <translation>Was ein gehaltener Kunde noch wert ist</translation>
    </message>
    <message>
        <source>Customers lost over the whole period</source>
        <extracomment>Customers who left over the whole follow-up, the two curves compared as a whole</extracomment>
        <translation>Verlorene Kunden im gesamten Zeitraum</translation>
    </message>
    <message>
        <source>Average months stayed within the horizon</source>
        <extracomment>The average months a customer stayed, counting only the months of the horizon</extracomment>
        <translation>Durchschnittlich gebliebene Monate im Horizont</translation>
    </message>
    <message>
        <source>Months still expected as a customer (discounted)</source>
        <extracomment>DERL: the months a customer is still expected to stay, later months counting less (discounted at the assumptions&apos; annual rate)</extracomment>
        <translation>Noch erwartete Kundenmonate (abgezinst)</translation>
    </message>
    <message>
        <source>log-rank test</source>
        <extracomment>The statistical test comparing two survival curves as a whole</extracomment>
        <translation>Log-Rank-Test</translation>
    </message>
</context>
<context>
    <name>MetricPane</name>
    <message>
        <source>Still a customer 12 months on: %1 estimated against similar customers the same day, %2 in the naive comparison from signup. They differ because customers who left early never had the chance to reach the social care team, and those who choose it differ from the others; only the first is an estimate of the effect.</source>
        <translation>Nach 12 Monaten noch Kunde: %1 geschätzt gegenüber ähnlichen Kunden am selben Tag, %2 im naiven Vergleich ab der Anmeldung. Beide unterscheiden sich, weil früh abgewanderte Kunden das Social-Media-Team nie erreichen konnten und jene, die es wählen, sich von den anderen unterscheiden; nur die erste Zahl ist eine Schätzung der Wirkung.</translation>
    </message>
    <message>
        <source>Retention; dashes: sBG projection</source>
        <extracomment>Chart title: observed retention as solid lines, the sBG model&apos;s projection dashed</extracomment>
        <translation>Bindung; gestrichelt: sBG-Prognose</translation>
    </message>
    <message>
        <source>customer-scores</source>
        <extracomment>Default file name of the scored customer list</extracomment>
        <translation>kundenbewertungen</translation>
    </message>
    <message>
        <source>Export customer scores</source>
        <translation>Kundenbewertungen exportieren</translation>
    </message>
    <message>
        <source>No project is open: there are no customer scores to export.</source>
        <translation>Kein Projekt geöffnet: Es gibt keine Kundenbewertungen zum Exportieren.</translation>
    </message>
    <message>
        <source>Writing the customer scores to %1…</source>
        <translation>Kundenbewertungen werden in %1 geschrieben…</translation>
    </message>
    <message>
        <source>Customer scores written to %1.</source>
        <translation>Kundenbewertungen in %1 geschrieben.</translation>
    </message>
    <message>
        <source>The customer scores were not written: %1</source>
        <translation>Die Kundenbewertungen wurden nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Model checks (BG/NBD)</source>
        <translation>Modellprüfung (BG/NBD)</translation>
    </message>
    <message>
        <source>Export customer scores…</source>
        <translation>Kundenbewertungen exportieren…</translation>
    </message>
    <message>
        <source>Writes one row per customer with P(alive), expected orders, DERL and lifetime value, as socialroi scores does: CSV or Excel.</source>
        <translation>Schreibt eine Zeile je Kunde mit P(aktiv), erwarteten Bestellungen, DERL und Kundenwert, wie socialroi scores: CSV oder Excel.</translation>
    </message>
    <message>
        <source>Statistical details</source>
        <translation>Statistische Details</translation>
    </message>
    <message>
        <source>Show each row&apos;s p-value, the customers compared and the test behind it; the report follows this choice.</source>
        <translation>Den p-Wert jeder Zeile, die verglichenen Kunden und den zugrunde liegenden Test zeigen; der Bericht folgt dieser Wahl.</translation>
    </message>
</context>
<context>
    <name>MetricRowsModel</name>
    <message>
        <source>95% interval: %1 – %2</source>
        <translation>95-%-Intervall: %1 – %2</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Rate ratio (social / control): %1</source>
        <translation>Ratenverhältnis (Social / Kontrolle): %1</translation>
    </message>
    <message>
        <source>(95% interval %1 – %2)</source>
        <translation>(95-%-Intervall %1 – %2)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>MetricTable</name>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Social</source>
        <extracomment>Column header: the value for the social cohort (customers served by the social care team)</extracomment>
        <translation>Social</translation>
    </message>
    <message>
        <source>Control</source>
        <extracomment>Column header: the value for the control cohort (the comparison group)</extracomment>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Relative difference</source>
        <extracomment>Column header: the difference divided by the control value (relative uplift) Column header: the difference relative to the control cohort&apos;s value</extracomment>
        <translation>Relativer Unterschied</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>n (social / control)</source>
        <translation>n (Social / Kontrolle)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Customers who dealt with the social care team</source>
        <translation>Kunden, die mit dem Social-Media-Team zu tun hatten</translation>
    </message>
    <message>
        <source>Every other customer</source>
        <translation>Alle übrigen Kunden</translation>
    </message>
    <message>
        <source>Social minus control</source>
        <translation>Social minus Kontrolle</translation>
    </message>
    <message>
        <source>The difference relative to the control cohort</source>
        <translation>Die Differenz relativ zur Kontrollkohorte</translation>
    </message>
    <message>
        <source>The interval the true difference lies in, with 95% confidence</source>
        <translation>Das Intervall, in dem die wahre Differenz mit 95 % Konfidenz liegt</translation>
    </message>
    <message>
        <source>How likely a difference this large would be if the cohorts were alike; below 0.05 is usually taken as real</source>
        <translation>Wie wahrscheinlich eine so große Differenz wäre, wenn sich die Kohorten glichen; unter 0,05 gilt sie meist als echt</translation>
    </message>
    <message>
        <source>How many customers (or contacts, orders, answers) each figure rests on</source>
        <translation>Auf wie vielen Kunden (oder Kontakten, Bestellungen, Antworten) jeder Wert beruht</translation>
    </message>
    <message>
        <source>A warning when the data cannot support a conclusion</source>
        <translation>Eine Warnung, wenn die Daten keine Schlussfolgerung tragen</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>A cohort&apos;s value with its 95% interval, e.g. &quot;€1,234 (€1,100 to €1,380)&quot;</extracomment>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Social cohort</source>
        <extracomment>The customers served by the social care team (the group compared)</extracomment>
        <translation>Social-Media-Kohorte</translation>
    </message>
    <message>
        <source>Control cohort</source>
        <translation>Kontrollkohorte</translation>
    </message>
    <message>
        <source>Customers in the social cohort</source>
        <translation>Kunden in der Social-Media-Kohorte</translation>
    </message>
    <message>
        <source>Customers in the control cohort</source>
        <translation>Kunden in der Kontrollkohorte</translation>
    </message>
</context>
<context>
    <name>MetricWarnings</name>
    <message>
        <source>No customer matches the filters: every metric is empty.</source>
        <translation>Kein Kunde entspricht den Filtern: Alle Kennzahlen sind leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact or order row(s) name a customer that is not in the customers table and were left out.</source>
        <translation>
            <numerusform>%n Kontakt- oder Bestellzeile nennt einen Kunden, der nicht in der Kundentabelle ist, und wurde ausgelassen.</numerusform>
            <numerusform>%n Kontakt- oder Bestellzeilen nennen einen Kunden, der nicht in der Kundentabelle ist, und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures entered with the improvements; they carry no interval.</source>
        <translation>Mit den Verbesserungen erfasste Werte; sie haben kein Intervall.</translation>
    </message>
    <message>
        <source>Naive comparison: everyone ever in touch with the social care team against everyone else, from signup. Customers who left early never had the chance to reach the social care team, and those who choose it differ from the others, so this is not an effect.</source>
        <translation>Naiver Vergleich: alle, die je mit dem Social-Media-Team Kontakt hatten, gegen alle anderen, ab der Anmeldung. Früh abgewanderte Kunden hatten nie die Gelegenheit, das Social-Media-Team zu erreichen, und wer es wählt, unterscheidet sich von den anderen – das ist also kein Effekt.</translation>
    </message>
    <message>
        <source>The customers compared still differ in %1 after weighting (standardized difference above 0.1): read the effect with care.</source>
        <translation>Die verglichenen Kunden unterscheiden sich nach der Gewichtung noch in %1 (standardisierter Unterschied über 0,1): Lesen Sie die Wirkung mit Vorsicht.</translation>
    </message>
    <message>
        <source>Few similar customers were found for the social customers (thin overlap): the estimate rests on few controls.</source>
        <translation>Für die Social-Media-Kunden wurden wenige ähnliche Kunden gefunden (geringe Überlappung): Die Schätzung beruht auf wenigen Vergleichskunden.</translation>
    </message>
    <message>
        <source>Naive comparison: everyone ever in touch with the social care team against everyone else, from signup. These differences are not effects of the social care team.</source>
        <translation>Naiver Vergleich: alle mit Kontakt zum Social-Media-Team gegenüber allen anderen, ab der Anmeldung. Diese Unterschiede sind keine Wirkungen des Social-Media-Teams.</translation>
    </message>
    <message>
        <source>Not enough data in one of the cohorts to estimate this.</source>
        <translation>Zu wenige Daten in einer der Kohorten, um dies zu schätzen.</translation>
    </message>
    <message>
        <source>Fewer than 30 in a cohort: too few to draw a conclusion.</source>
        <translation>Weniger als 30 in einer Kohorte: zu wenige für eine Schlussfolgerung.</translation>
    </message>
    <message>
        <source>Fewer than 5 customers are still observed at this point.</source>
        <translation>An diesem Punkt werden weniger als 5 Kunden noch beobachtet.</translation>
    </message>
    <message>
        <source>The data do not reach this far; the last observed value is carried forward.</source>
        <translation>Die Daten reichen nicht so weit; der zuletzt beobachtete Wert wird fortgeschrieben.</translation>
    </message>
    <message>
        <source>The interval includes zero: the data cannot tell the cohorts apart.</source>
        <translation>Das Intervall enthält null: Die Daten können die Kohorten nicht unterscheiden.</translation>
    </message>
    <message>
        <source>Compared from signup, everyone ever in touch with the social care team against everyone else: not estimated from the first social contact, so not an effect.</source>
        <translation>Verglichen ab der Anmeldung, alle mit Kontakt zum Social-Media-Team gegenüber allen anderen: nicht ab dem ersten Social-Media-Kontakt geschätzt, also keine Wirkung.</translation>
    </message>
    <message>
        <source>The social cohort&apos;s lifetime model could not be fitted: a saved customer is valued at the revenue of the horizon instead of their remaining lifetime.</source>
        <translation>Das Lebensdauermodell der Social-Media-Kohorte ließ sich nicht schätzen: Ein gehaltener Kunde wird mit dem Umsatz des Horizonts bewertet statt mit seiner verbleibenden Lebensdauer.</translation>
    </message>
    <message>
        <source>Some of the groups compared hold too few customers for a reliable comparison.</source>
        <translation>Einige der verglichenen Gruppen umfassen zu wenige Kunden für einen verlässlichen Vergleich.</translation>
    </message>
    <message>
        <source>Customers who left after their first social contact, and among the similar customers compared (weighted). These two counts are not compared with each other: the retention rows above say whether the two sides differ.</source>
        <translation>Kunden, die nach ihrem ersten Social-Media-Kontakt gegangen sind, und unter den verglichenen ähnlichen Kunden (gewichtet). Diese beiden Zahlen werden nicht miteinander verglichen: Die Zeilen zur Kundenbindung oben zeigen, ob sich die beiden Seiten unterscheiden.</translation>
    </message>
</context>
<context>
    <name>MetricWording</name>
    <message>
        <source>Descriptive: adds no money of its own to the ROI.</source>
        <translation>Deskriptiv: fügt dem ROI keinen eigenen Geldwert hinzu.</translation>
    </message>
    <message>
        <source>No money value: the data cannot support one.</source>
        <translation>Kein Geldwert: Die Daten reichen dafür nicht aus.</translation>
    </message>
    <message>
        <source>No money value: set the value of a promoter in the assumptions to count the promoters gained.</source>
        <translation>Kein Geldwert: Legen Sie in den Annahmen den Wert eines Promotors fest, um die gewonnenen Promotoren zu zählen.</translation>
    </message>
    <message>
        <source>Worth about %1 a year (entered figures, no interval).</source>
        <translation>Etwa %1 pro Jahr wert (erfasste Werte, kein Intervall).</translation>
    </message>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (entered figures, no interval).</source>
        <translation>
            <numerusform>Etwa %1 über %n Monat wert (erfasste Werte, kein Intervall).</numerusform>
            <numerusform>Etwa %1 über %n Monate wert (erfasste Werte, kein Intervall).</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth about %1 a year (between %2 and %3).</source>
        <translation>Etwa %1 pro Jahr wert (zwischen %2 und %3).</translation>
    </message>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (between %2 and %3).</source>
        <translation>
            <numerusform>Etwa %1 über %n Monat wert (zwischen %2 und %3).</numerusform>
            <numerusform>Etwa %1 über %n Monate wert (zwischen %2 und %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown inside %1, not added to the ROI again.</source>
        <translation>In %1 enthalten, nicht erneut zum ROI addiert.</translation>
    </message>
    <message numerus="yes">
        <source>Social cohort: %Ln customer(s)</source>
        <translation>
            <numerusform>Social-Media-Kohorte: %Ln Kunde</numerusform>
            <numerusform>Social-Media-Kohorte: %Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>control cohort: %Ln customer(s)</source>
        <translation>
            <numerusform>Kontrollkohorte: %Ln Kunde</numerusform>
            <numerusform>Kontrollkohorte: %Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stichtag %1</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>Computes every metric and the ROI summary of a project for the social and control cohorts, and prints them as JSON or CSV.</source>
        <translation>Berechnet alle Kennzahlen und die ROI-Übersicht eines Projekts für die Social-Media- und die Kontrollkohorte und gibt sie als JSON oder CSV aus.</translation>
    </message>
    <message>
        <source>Output format: json or csv (required).</source>
        <translation>Ausgabeformat: json oder csv (erforderlich).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>In DATEI statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to compute the metrics of.</source>
        <translation>-p PROJEKT fehlt: das Projekt, dessen Kennzahlen berechnet werden sollen.</translation>
    </message>
    <message>
        <source>Missing --format json|csv: the output format is required.</source>
        <translation>--format json|csv fehlt: Das Ausgabeformat ist erforderlich.</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &quot;%1&quot;.</source>
        <translation>--format muss json oder csv sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot write the metrics to the standard output.</source>
        <translation>Die Kennzahlen können nicht in die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <source>adjusted (default): each social customer from their first social contact against similar customers still with us that day; naive: everyone ever in touch with the social care team against everyone else, from signup.</source>
        <translation>adjusted (Standard): jeder Social-Media-Kunde ab seinem ersten Social-Media-Kontakt gegen ähnliche Kunden, die an diesem Tag noch Kunden waren; naive: alle, die je mit dem Social-Media-Team Kontakt hatten, gegen alle anderen, ab der Anmeldung.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>Extra attributes of the customers to compare like with like (comma-separated), besides segment, tenure and monthly revenue.</source>
        <translation>Weitere Kundenmerkmale, um Gleiches mit Gleichem zu vergleichen (durch Kommas getrennt), zusätzlich zu Segment, Kundendauer und Monatsumsatz.</translation>
    </message>
    <message>
        <source>ATTR,...</source>
        <translation>MERKMAL,...</translation>
    </message>
    <message>
        <source>--method must be adjusted or naive, not &quot;%1&quot;.</source>
        <translation>--method muss adjusted oder naive sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--adjust-for applies to --method adjusted only.</source>
        <translation>--adjust-for gilt nur für --method adjusted.</translation>
    </message>
    <message>
        <source>The ROI&apos;s interval from N replicates of a customer-level bootstrap of the whole calculation (fixed seed; 200 or more for a report). Without it, the interval is its linear approximation, found at once.</source>
        <translation>Das Intervall des ROI aus N Wiederholungen eines Bootstraps über Kunden für die ganze Berechnung (fester Startwert; 200 oder mehr für einen Bericht). Ohne diese Option ist das Intervall seine lineare Näherung, sofort berechnet.</translation>
    </message>
    <message>
        <source>--bootstrap must be a number of replicates from 20 to 100000, not &quot;%1&quot;.</source>
        <translation>--bootstrap muss eine Anzahl Wiederholungen von 20 bis 100000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--csv-for must be programs or spreadsheet, not &quot;%1&quot;.</source>
        <translation>--csv-for muss programs oder spreadsheet sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--csv-for applies to --format csv only.</source>
        <translation>--csv-for gilt nur für --format csv.</translation>
    </message>
    <message>
        <source>--lang applies to --csv-for spreadsheet only.</source>
        <translation>--lang gilt nur für --csv-for spreadsheet.</translation>
    </message>
    <message>
        <source>With --format csv: programs (default): comma between cells, point as decimal mark; spreadsheet: the list separator and decimal mark of the --lang language (or the system&apos;s), UTF-8 with a byte order mark.</source>
        <translation>Mit --format csv: programs (Standard): Komma zwischen den Zellen, Punkt als Dezimalzeichen; spreadsheet: Listentrennzeichen und Dezimalzeichen der Sprache von --lang (oder der des Systems), UTF-8 mit Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>With --csv-for spreadsheet: the spreadsheet&apos;s language, en, fr, de, pl or hi.</source>
        <translation>Mit --csv-for spreadsheet: die Sprache der Tabellenkalkulation, en, fr, de, pl oder hi.</translation>
    </message>
    <message numerus="yes">
        <source>%1: only %2 of %n bootstrap replicate(s) had social customers to compare; the ROI interval stays the linear approximation.</source>
        <translation>
            <numerusform>%1: Nur %2 von %n Bootstrap-Wiederholung hatten Social-Media-Kunden zum Vergleich; das Intervall des ROI bleibt die lineare Näherung.</numerusform>
            <numerusform>%1: Nur %2 von %n Bootstrap-Wiederholungen hatten Social-Media-Kunden zum Vergleich; das Intervall des ROI bleibt die lineare Näherung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsController</name>
    <message>
        <source>%1: the sensitivity of the ROI could not be computed.</source>
        <translation>%1: Die Sensitivität des ROI konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>%1: the bootstrap found too few social customers to compare in its draws; the ROI interval stays the linear approximation.</source>
        <translation>%1: Der Bootstrap fand in seinen Ziehungen zu wenige Social-Media-Kunden zum Vergleich; das Intervall des ROI bleibt die lineare Näherung.</translation>
    </message>
</context>
<context>
    <name>MissingDataText</name>
    <message>
        <source>No customers yet: import the customers file (customer_id and signup_date) to measure anything.</source>
        <translation>Noch keine Kunden: Importieren Sie die Kundendatei (customer_id und signup_date), um überhaupt etwas zu messen.</translation>
    </message>
    <message>
        <source>No customer in this selection dealt with the social care team, so there is nothing to compare: import the contacts file with its channel column (social), or the customers file with its social_engaged or first_social_date column, or widen the filters.</source>
        <translation>Kein Kunde dieser Auswahl hatte mit dem Social-Media-Team zu tun, daher gibt es nichts zu vergleichen: Importieren Sie die Kontaktdatei mit ihrer Spalte channel (social) oder die Kundendatei mit ihrer Spalte social_engaged oder first_social_date, oder erweitern Sie die Filter.</translation>
    </message>
    <message>
        <source>Every customer in this selection dealt with the social care team, so there is no one to compare them with: import the other customers too (customers file), or widen the filters.</source>
        <translation>Alle Kunden dieser Auswahl hatten mit dem Social-Media-Team zu tun, daher gibt es niemanden zum Vergleich: Importieren Sie auch die übrigen Kunden (Kundendatei) oder erweitern Sie die Filter.</translation>
    </message>
    <message>
        <source>No social customer in this selection has a date of first contact with the social care team on or after the programme launch, so nothing can be estimated from it: import the customers file with its first_social_date column, or the contacts file with its channel column (social).</source>
        <translation>Kein Social-Media-Kunde dieser Auswahl hat ein Datum des ersten Kontakts mit dem Social-Media-Team ab dem Programmstart, daher lässt sich davon ausgehend nichts schätzen: Importieren Sie die Kundendatei mit ihrer Spalte first_social_date oder die Kontaktdatei mit ihrer Spalte channel (social).</translation>
    </message>
    <message>
        <source>No customer has a churn date, so retention cannot be estimated: import the customers file with its churn_date column.</source>
        <translation>Kein Kunde hat ein Kündigungsdatum, daher lässt sich die Kundenbindung nicht schätzen: Importieren Sie die Kundendatei mit ihrer Spalte churn_date.</translation>
    </message>
    <message>
        <source>No contacts are imported, so support cost and self-service cannot be measured: import the contacts file (customer_id, contact_date, channel).</source>
        <translation>Es sind keine Kontakte importiert, daher lassen sich Supportkosten und Self-Service nicht messen: Importieren Sie die Kontaktdatei (customer_id, contact_date, channel).</translation>
    </message>
    <message>
        <source>No customer is flagged at risk, so saves cannot be counted: import the customers file with its at_risk_date column.</source>
        <translation>Kein Kunde ist als gefährdet markiert, daher lassen sich gerettete Kunden nicht zählen: Importieren Sie die Kundendatei mit ihrer Spalte at_risk_date.</translation>
    </message>
    <message>
        <source>No recommendation scores and no mentions, so promoters cannot be counted: import the customers file with its nps_score column, or the mentions file (mention_date, sentiment).</source>
        <translation>Weder Empfehlungswerte noch Erwähnungen, daher lassen sich Promotoren nicht zählen: Importieren Sie die Kundendatei mit ihrer Spalte nps_score oder die Datei der Erwähnungen (mention_date, sentiment).</translation>
    </message>
    <message>
        <source>No orders are imported, so purchases cannot be compared: import the orders file (customer_id, order_date, amount).</source>
        <translation>Es sind keine Bestellungen importiert, daher lassen sich Käufe nicht vergleichen: Importieren Sie die Bestelldatei (customer_id, order_date, amount).</translation>
    </message>
</context>
<context>
    <name>MonthlySeriesChart</name>
    <message>
        <source>No value for this month</source>
        <translation>Kein Wert für diesen Monat</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Overview of the project</source>
        <translation>Projektübersicht</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Costs, dates and horizon that turn differences into money</source>
        <translation>Kosten, Daten und Horizont, die Unterschiede in Geld umrechnen</translation>
    </message>
    <message>
        <source>Import history (%1)</source>
        <translation>Importverlauf (%1)</translation>
    </message>
    <message>
        <source>Every file imported: how it was read, its rejected rows, undo</source>
        <translation>Jede importierte Datei: wie sie gelesen wurde, ihre abgewiesenen Zeilen, Rückgängig</translation>
    </message>
</context>
<context>
    <name>NpsChart</name>
    <message>
        <source>Share of answers</source>
        <extracomment>Axis label of the NPS chart: share of the survey answers</extracomment>
        <translation>Anteil der Antworten</translation>
    </message>
    <message>
        <source>Promoters</source>
        <extracomment>NPS survey answers of 9 or 10</extracomment>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>Passives</source>
        <extracomment>NPS survey answers of 7 or 8</extracomment>
        <translation>Indifferente</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <extracomment>Net Promoter Score written beside a cohort&apos;s bar, e.g. &quot;NPS +34.0&quot;</extracomment>
        <translation>NPS %1</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Pick a day in the calendar (Alt+Down)</source>
        <translation>Einen Tag im Kalender wählen (Alt+Pfeil unten)</translation>
    </message>
    <message>
        <source>Type a date such as %1 or 2025-12-31, or pick one in the calendar</source>
        <extracomment>%1 is an example date in the user&apos;s format, e.g. 31/12/2025</extracomment>
        <translation>Geben Sie ein Datum wie %1 oder 2025-12-31 ein oder wählen Sie es im Kalender</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or 2025-12-31. Until then the filter keeps its last date; Esc puts it back.</source>
        <extracomment>%1 is an example date in the user&apos;s format, e.g. 31/12/2025</extracomment>
        <translation>Kein Datum: Geben Sie es als %1 oder 2025-12-31 ein. Bis dahin behält der Filter sein letztes Datum; Esc stellt es wieder her.</translation>
    </message>
</context>
<context>
    <name>OrderLineAssembler</name>
    <message>
        <source>column &quot;%1&quot; (customer_id): the order &quot;%2&quot; of this line is customer &quot;%3&quot;&apos;s (line %4); a line cannot belong to another customer&apos;s order</source>
        <translation>Spalte „%1“ (customer_id): die Bestellung „%2“ dieser Zeile gehört Kunde „%3“ (Zeile %4); eine Zeile kann nicht zur Bestellung eines anderen Kunden gehören</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (order_id): empty, but order lines are grouped into orders by this column</source>
        <translation>Spalte „%1“ (order_id): leer, obwohl die Bestellpositionen über diese Spalte zusammengefasst werden</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (customer_id): lines of an order of another customer</source>
        <translation>Spalte „%1“ (customer_id): Positionen einer Bestellung eines anderen Kunden</translation>
    </message>
    <message>
        <source>Check the order keys: an order number used by two customers needs its own key for each.</source>
        <translation>Prüfen Sie die Bestellschlüssel: Eine Bestellnummer, die zwei Kunden nutzen, braucht für jeden einen eigenen Schlüssel.</translation>
    </message>
    <message>
        <source>Give every line its order&apos;s key, or choose another column for the order key.</source>
        <translation>Geben Sie jeder Zeile den Schlüssel ihrer Bestellung, oder wählen Sie eine andere Spalte für den Bestellschlüssel.</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: a new page could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: Eine neue Seite konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished.</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF konnte nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>PreviewLoader</name>
    <message>
        <source>The file could not be read for the preview. Close other programs and try again.</source>
        <translation>Die Datei konnte für die Vorschau nicht gelesen werden. Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>PreviewValidation</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <comment>reason: the rejected value</comment>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>unknown customer: the project has no customer with this id</source>
        <translation>unbekannter Kunde: das Projekt hat keinen Kunden mit dieser ID</translation>
    </message>
</context>
<context>
    <name>ProjectOverview</name>
    <message>
        <source>Reading the project…</source>
        <translation>Projekt wird gelesen…</translation>
    </message>
    <message>
        <source>This is the demo project: generated data with known effects of social customer care, for trying the workbench before loading your own files.</source>
        <translation>Dies ist das Demoprojekt: generierte Daten mit bekannten Effekten des Social-Media-Kundenservice, um die Workbench auszuprobieren, bevor Sie eigene Dateien laden.</translation>
    </message>
    <message>
        <source>Your project. Import customer lists, contact logs and orders with File, Import.</source>
        <translation>Ihr Projekt. Importieren Sie Kundenlisten, Kontaktprotokolle und Bestellungen über Datei, Importieren.</translation>
    </message>
    <message>
        <source>Data from</source>
        <translation>Daten ab</translation>
    </message>
    <message>
        <source>Data to</source>
        <translation>Daten bis</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>Rejected rows kept for review</source>
        <translation>Zur Prüfung aufbewahrte abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
</context>
<context>
    <name>QueryCsvExport</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The project could not be read (%1); nothing was written.</source>
        <translation>Das Projekt konnte nicht gelesen werden (%1); es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectedRecordsModel</name>
    <message>
        <source>Fixed: imported again</source>
        <translation>Korrigiert: erneut importiert</translation>
    </message>
    <message>
        <source>This row was too long to keep whole; fix it in the file and import the file again.</source>
        <translation>Diese Zeile war zu lang, um sie ganz zu behalten; korrigieren Sie sie in der Datei und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgewiesene Zeilen</translation>
    </message>
</context>
<context>
    <name>RejectedRowsDialog</name>
    <message>
        <source>Show rows already fixed and imported</source>
        <translation>Bereits korrigierte und importierte Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;XLSX…</source>
        <translation>Als &amp;XLSX exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import the rows again…</source>
        <translation>Zeilen erneut &amp;importieren…</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>Abgewiesene Zeilen von %1</translation>
    </message>
    <message>
        <source>Each row as it was in the file, with why it was rejected. Double-click a value to fix it; fixed rows show in bold. &quot;Import the rows again&quot; imports every row still rejected, with the mapping of this import: rows still wrong are rejected again, with their reason.</source>
        <translation>Jede Zeile, wie sie in der Datei stand, mit dem Grund der Abweisung. Doppelklicken Sie auf einen Wert, um ihn zu korrigieren; korrigierte Zeilen erscheinen fett. „Zeilen erneut importieren“ importiert alle noch abgewiesenen Zeilen mit der Zuordnung dieses Imports: Zeilen, die noch falsch sind, werden mit ihrem Grund erneut abgewiesen.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the rows again</source>
        <translation>Zeilen erneut importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n row(s) still rejected, with the mapping of %1?</source>
        <translation>
            <numerusform>Die %n noch abgewiesene Zeile mit der Zuordnung von %1 importieren?</numerusform>
            <numerusform>Die %n noch abgewiesenen Zeilen mit der Zuordnung von %1 importieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were edited here. The rows go into a new file first, which you choose next: the import&apos;s record names it.</source>
        <translation>
            <numerusform>%n davon wurde hier bearbeitet. Die Zeilen kommen zuerst in eine neue Datei, die Sie als Nächstes wählen: Der Eintrag des Imports nennt sie.</numerusform>
            <numerusform>%n davon wurden hier bearbeitet. Die Zeilen kommen zuerst in eine neue Datei, die Sie als Nächstes wählen: Der Eintrag des Imports nennt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>fixed rows of %1</source>
        <extracomment>Part of a proposed file name: &quot;Project – fixed rows of customers – 2026-12-06.csv&quot;</extracomment>
        <translation>korrigierte Zeilen von %1</translation>
    </message>
    <message>
        <source>Save the fixed rows as</source>
        <translation>Korrigierte Zeilen speichern unter</translation>
    </message>
    <message>
        <source>Importing the rows again…</source>
        <translation>Zeilen werden erneut importiert…</translation>
    </message>
    <message>
        <source>The rows still rejected are listed with their reasons under the new import in the history.</source>
        <translation>Die noch abgewiesenen Zeilen stehen mit ihren Gründen unter dem neuen Import im Verlauf.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsExport</name>
    <message>
        <source>%1: cannot write the file (%2). Choose another folder.</source>
        <translation>%1: Die Datei kann nicht geschrieben werden (%2). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2). Check the free space and try again.</source>
        <translation>%1: Die Datei kann nicht geschrieben werden (%2). Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Rejected rows written to %1: %2.</source>
        <translation>Abgelehnte Zeilen nach %1 geschrieben: %2.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>Writing the rejected rows…</source>
        <translation>Abgelehnte Zeilen werden geschrieben…</translation>
    </message>
    <message>
        <source>rejected rows of %1</source>
        <extracomment>Part of a proposed file name: &quot;Project – rejected rows of customers – 2026-12-06.csv&quot;</extracomment>
        <translation>abgelehnte Zeilen aus %1</translation>
    </message>
</context>
<context>
    <name>RejectedText</name>
    <message>
        <source> [… cut here: the row as read is %1 bytes of UTF-8, SHA-256 %2]</source>
        <translation> [… hier gekürzt: die gelesene Zeile umfasst %1 Byte UTF-8, SHA-256 %2]</translation>
    </message>
</context>
<context>
    <name>RepeatCountChart</name>
    <message>
        <source>Expected by the model</source>
        <extracomment>Name of the diamonds that show the share the BG/NBD model expects in each bin</extracomment>
        <translation>Vom Modell erwartet</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) (%2)</source>
        <translation>
            <numerusform>%1 Kunde (%2)</numerusform>
            <numerusform>%1 Kunden (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatTrackingChart</name>
    <message>
        <source>Weeks since the first order</source>
        <translation>Wochen seit der ersten Bestellung</translation>
    </message>
    <message>
        <source>← fitted</source>
        <extracomment>Tracking chart: the weeks the model was fitted to, left of the as-of date</extracomment>
        <translation>← angepasst</translation>
    </message>
    <message>
        <source>holdout →</source>
        <extracomment>Tracking chart: the weeks after the as-of date, which the model never saw</extracomment>
        <translation>Prüfzeitraum →</translation>
    </message>
    <message>
        <source>%1: model</source>
        <extracomment>Tooltip and export name of the line of repeat transactions the BG/NBD model expects</extracomment>
        <translation>%1: Modell</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Repeat orders so far: %1</source>
        <translation>Folgekäufe bisher: %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>am oder nach dem %1</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>am oder vor dem %1</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Customers who signed up</source>
        <translation>Angemeldete Kunden</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Demo data with known effects, written by the demo generator</source>
        <translation>Demodaten mit bekannten Effekten, geschrieben vom Demogenerator</translation>
    </message>
    <message>
        <source>%1: %2 in the social cohort, %3 in the control cohort</source>
        <translation>%1: %2 in der Social-Media-Kohorte, %3 in der Kontrollkohorte</translation>
    </message>
    <message>
        <source>(difference %1; 95% interval %2)</source>
        <translation>(Differenz %1; 95-%-Intervall %2)</translation>
    </message>
    <message>
        <source>No file was imported: the project holds demo data written by the demo generator.</source>
        <translation>Es wurde keine Datei importiert: Das Projekt enthält vom Demogenerator geschriebene Demodaten.</translation>
    </message>
    <message>
        <source>No file was imported into this project.</source>
        <translation>In dieses Projekt wurde keine Datei importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported. Rows rejected in total: %1; every rejected row is kept in the project with its line and the reason.</source>
        <translation>
            <numerusform>%n Datei importiert. Insgesamt abgelehnte Zeilen: %1; jede abgelehnte Zeile wird mit Zeile und Grund im Projekt aufbewahrt.</numerusform>
            <numerusform>%n Dateien importiert. Insgesamt abgelehnte Zeilen: %1; jede abgelehnte Zeile wird mit Zeile und Grund im Projekt aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Importierte Zeilen</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind of row</source>
        <translation>Zeilenart</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Statistischer Test</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management Summary</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Wichtigste Ergebnisse</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>Mit Vorsicht zu lesen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Data provenance</source>
        <translation>Datenherkunft</translation>
    </message>
    <message>
        <source>Method notes</source>
        <translation>Methodische Hinweise</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>page footer: %1 is the page number, %2 the number of pages</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The value of social customer care</source>
        <translation>Der Wert von Social-Media-Kundenservice</translation>
    </message>
    <message>
        <source>Customers served by the social care team compared with everyone else</source>
        <translation>Vom Social-Media-Team betreute Kunden im Vergleich zu allen anderen</translation>
    </message>
    <message>
        <source>Generated on %1 by SocialROI Workbench %2</source>
        <translation>Erstellt am %1 mit SocialROI Workbench %2</translation>
    </message>
    <message>
        <source>ROI window</source>
        <extracomment>The months over which every benefit and the programme cost are counted</extracomment>
        <translation>ROI-Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of dates</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Lifetime value and model parameters</source>
        <translation>Kundenwert und Modellparameter</translation>
    </message>
    <message>
        <source>no fit</source>
        <translation>keine Anpassung</translation>
    </message>
    <message>
        <source>%1 (SE %2)</source>
        <extracomment>A model parameter&apos;s estimate with its standard error</extracomment>
        <translation>%1 (Standardfehler %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 Kunde</numerusform>
            <numerusform>%1 Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>%1: the report was not written.</source>
        <translation>%1: Der Bericht wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Also give each metric table&apos;s statistics: the p-value and the customers compared.</source>
        <translation>Auch die Statistik jeder Kennzahlentabelle angeben: den p-Wert und die verglichenen Kunden.</translation>
    </message>
    <message>
        <source>Writes the report of a project: title page, executive summary with the ROI, each metric&apos;s chart, table and note, assumptions, data provenance and method notes, as PDF, self-contained HTML, XLSX or a PowerPoint deck with native charts and speaker notes (PPTX), chosen by the file&apos;s suffix.</source>
        <translation>Schreibt den Bericht eines Projekts: Titelseite, Management Summary mit dem ROI, Diagramm, Tabelle und Hinweis jeder Kennzahl, Annahmen, Datenherkunft und methodische Hinweise, als PDF, eigenständiges HTML, XLSX oder PowerPoint-Präsentation mit bearbeitbaren Diagrammen und Sprechernotizen (PPTX), je nach Dateiendung.</translation>
    </message>
    <message>
        <source>The report to write: FILE.pdf, FILE.html, FILE.xlsx or FILE.pptx.</source>
        <translation>Der zu schreibende Bericht: DATEI.pdf, DATEI.html, DATEI.xlsx oder DATEI.pptx.</translation>
    </message>
    <message>
        <source>With -o FILE.pptx: a PowerPoint template or presentation (.potx or .pptx) whose slide master, layouts, fonts and colours the slides take.</source>
        <translation>Mit -o DATEI.pptx: eine PowerPoint-Vorlage oder -Präsentation (.potx oder .pptx), deren Folienmaster, Layouts, Schriften und Farben die Folien übernehmen.</translation>
    </message>
    <message>
        <source>-o %1: the report is written as .pdf, .html, .xlsx or .pptx; name the file with one of these suffixes.</source>
        <translation>-o %1: Der Bericht wird als .pdf, .html, .xlsx oder .pptx geschrieben; geben Sie der Datei eine dieser Endungen.</translation>
    </message>
    <message>
        <source>--template %1: a template is for slides; write them with -o FILE.pptx.</source>
        <translation>--template %1: Eine Vorlage gilt für Folien; schreiben Sie sie mit -o DATEI.pptx.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>%1: the report could not be written.</source>
        <translation>%1: Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>Projekt wird geöffnet…</translation>
    </message>
    <message>
        <source>Reading the assumptions and the import log…</source>
        <translation>Annahmen und Importprotokoll werden gelesen…</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Bericht wird gesetzt…</translation>
    </message>
    <message>
        <source>%1: the report could not be prepared.</source>
        <translation>%1: Der Bericht konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Diagramme werden gezeichnet…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Checking the ROI interval with a bootstrap…</source>
        <translation>Intervall des ROI wird per Bootstrap geprüft…</translation>
    </message>
</context>
<context>
    <name>ReportInputs</name>
    <message>
        <source>%1: cannot read the assumptions and the import log (%2).</source>
        <translation>%1: Annahmen und Importprotokoll können nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>ReportMethods</name>
    <message>
        <source>Retention at a time</source>
        <translation>Kundenbindung zu einem Zeitpunkt</translation>
    </message>
    <message>
        <source>Kaplan–Meier estimate per cohort from signup, censored at the as-of date; z test of the difference with Greenwood variances.</source>
        <translation>Kaplan-Meier-Schätzer je Kohorte ab der Anmeldung, zensiert zum Stichtag; z-Test der Differenz mit Greenwood-Varianzen.</translation>
    </message>
    <message>
        <source>Difference: normal interval from the Greenwood variances. Each cohort&apos;s curve: log-log band.</source>
        <translation>Differenz: Normalintervall aus den Greenwood-Varianzen. Kurve jeder Kohorte: Log-Log-Band.</translation>
    </message>
    <message>
        <source>Whole retention curves</source>
        <translation>Vollständige Bindungskurven</translation>
    </message>
    <message>
        <source>Log-rank test (chi-square, one degree of freedom) over the whole follow-up; the figures are the customers lost in each cohort.</source>
        <translation>Log-Rank-Test (Chi-Quadrat, ein Freiheitsgrad) über die gesamte Nachbeobachtung; die Werte sind die verlorenen Kunden je Kohorte.</translation>
    </message>
    <message>
        <source>None: the test compares whole curves.</source>
        <translation>Keines: Der Test vergleicht ganze Kurven.</translation>
    </message>
    <message>
        <source>Months kept within the horizon</source>
        <translation>Gehaltene Monate im Horizont</translation>
    </message>
    <message>
        <source>Restricted mean survival time up to the horizon (area under the Kaplan–Meier curve); z test.</source>
        <translation>Restricted Mean Survival Time bis zum Horizont (Fläche unter der Kaplan-Meier-Kurve); z-Test.</translation>
    </message>
    <message>
        <source>Normal interval from the variance of the restricted means.</source>
        <translation>Normalintervall aus der Varianz der eingeschränkten Mittelwerte.</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <source>Two-proportion z test (pooled).</source>
        <translation>Zwei-Stichproben-z-Test für Anteile (gepoolt).</translation>
    </message>
    <message>
        <source>Newcombe (Wilson score) interval of the difference.</source>
        <translation>Newcombe-Intervall (Wilson-Score) der Differenz.</translation>
    </message>
    <message>
        <source>Rates per customer-month or customer-year</source>
        <translation>Raten pro Kundenmonat oder Kundenjahr</translation>
    </message>
    <message>
        <source>Poisson rate difference (Wald z test), with the exposure of each customer from signup to churn or the as-of date.</source>
        <translation>Poisson-Ratendifferenz (Wald-z-Test), mit der Exposition jedes Kunden von der Anmeldung bis zur Kündigung oder zum Stichtag.</translation>
    </message>
    <message>
        <source>Wald interval of the difference; log-Wald interval of the rate ratio.</source>
        <translation>Wald-Intervall der Differenz; Log-Wald-Intervall des Ratenverhältnisses.</translation>
    </message>
    <message>
        <source>Averages per customer, order or contact</source>
        <translation>Mittelwerte pro Kunde, Bestellung oder Kontakt</translation>
    </message>
    <message>
        <source>Welch t test (unequal variances).</source>
        <translation>Welch-t-Test (ungleiche Varianzen).</translation>
    </message>
    <message>
        <source>Welch interval of the difference of the means.</source>
        <translation>Welch-Intervall der Mittelwertdifferenz.</translation>
    </message>
    <message>
        <source>Promoters (9–10) minus detractors (0–6); z test with the multinomial variance of the two shares.</source>
        <translation>Promotoren (9–10) minus Detraktoren (0–6); z-Test mit der multinomialen Varianz der beiden Anteile.</translation>
    </message>
    <message>
        <source>Normal interval of the difference of the scores.</source>
        <translation>Normalintervall der Differenz der Scores.</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Supportkosten</translation>
    </message>
    <message>
        <source>Total cost over customer-months, its variance that of a compound Poisson sum; z test.</source>
        <translation>Gesamtkosten über Kundenmonate, Varianz die einer zusammengesetzten Poisson-Summe; z-Test.</translation>
    </message>
    <message>
        <source>Normal interval of the difference.</source>
        <translation>Normalintervall der Differenz.</translation>
    </message>
    <message>
        <source>Counts, sums and entered figures</source>
        <translation>Anzahlen, Summen und erfasste Werte</translation>
    </message>
    <message>
        <source>None: these figures describe the data.</source>
        <translation>Keines: Diese Werte beschreiben die Daten.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keines.</translation>
    </message>
    <message>
        <source>Rates are per customer-month: each customer counts from signup to churn or the as-of date (a month is 30.4375 days). Every interval is a 95% interval; a difference is social minus control and the lift is the difference divided by the control value.</source>
        <translation>Raten gelten pro Kundenmonat: Jeder Kunde zählt von der Anmeldung bis zur Kündigung oder zum Stichtag (ein Monat hat 30,4375 Tage). Jedes Intervall ist ein 95-%-Intervall; eine Differenz ist Social minus Kontrolle, und der Uplift ist die Differenz geteilt durch den Kontrollwert.</translation>
    </message>
    <message>
        <source>A row carries a warning when a cohort has fewer than 30 customers, an expected count is under 5, fewer than 5 customers are still observed at a survival time, or the interval of the difference includes zero. Numbers that cannot be estimated are shown as “%1”.</source>
        <translation>Eine Zeile trägt eine Warnung, wenn eine Kohorte weniger als 30 Kunden hat, eine erwartete Anzahl unter 5 liegt, zu einem Überlebenszeitpunkt weniger als 5 Kunden noch beobachtet werden oder das Intervall der Differenz null einschließt. Nicht schätzbare Zahlen werden als „%1“ angezeigt.</translation>
    </message>
    <message>
        <source>segment, tenure and monthly revenue</source>
        <translation>Segment, Kundendauer und Monatsumsatz</translation>
    </message>
    <message>
        <source>segment, tenure, monthly revenue and %1</source>
        <translation>Segment, Kundendauer, Monatsumsatz und %1</translation>
    </message>
    <message>
        <source>Retention is estimated, not compared: each customer who dealt with the social care team is followed from their first contact with it, on or after the programme launch, against customers who were still customers that same day, had not dealt with the team yet and resembled them in %1. There is one comparison per calendar month; in each, the similar customers are weighted to the social customers&apos; mix and stop counting once they reach the team themselves. The estimate is the effect on the customers the team dealt with; its intervals use a variance clustered on the customer, because a customer can be compared in several months.</source>
        <translation>Die Kundenbindung wird geschätzt, nicht nur verglichen: Jeder Kunde mit Kontakt zum Social-Media-Team wird ab seinem ersten Kontakt damit (ab dem Programmstart) verfolgt, gegenüber Kunden, die am selben Tag noch Kunden waren, noch keinen Kontakt zum Team hatten und ihm ähnelten in: %1. Es gibt einen Vergleich pro Kalendermonat; darin werden die ähnlichen Kunden auf die Zusammensetzung der Social-Media-Kunden gewichtet und zählen nicht mehr, sobald sie selbst das Team erreichen. Die Schätzung ist die Wirkung auf die Kunden, um die sich das Team gekümmert hat; ihre Intervalle nutzen eine nach Kunden geclusterte Varianz, weil ein Kunde in mehreren Monaten verglichen werden kann.</translation>
    </message>
    <message>
        <source>Balance: the largest standardized difference between the two sides is %1 before weighting and %2 after; above 0.1 a difference is flagged on the rows it affects.</source>
        <translation>Ausgewogenheit: Der größte standardisierte Unterschied zwischen beiden Seiten beträgt %1 vor und %2 nach der Gewichtung; über 0,1 wird ein Unterschied auf den betroffenen Zeilen markiert.</translation>
    </message>
    <message>
        <source>How wrong could it still be: to explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay (the E-value; %2 for the interval&apos;s limit nearest to no effect).</source>
        <translation>Wie falsch könnte es noch sein: Um die Wirkung auf die 12-Monats-Bindung wegzuerklären, müsste ein hier nicht verglichener Faktor Kunden %1-mal so wahrscheinlich den Social-Media-Kundenservice nutzen und %1-mal so wahrscheinlich bleiben lassen (der E-Wert; %2 für die Intervallgrenze, die keiner Wirkung am nächsten liegt).</translation>
    </message>
    <message>
        <source>Weighted Kaplan–Meier estimate from the first social contact, against similar customers still with us that day, weighted to the social customers&apos; mix; z test of the difference.</source>
        <translation>Gewichtete Kaplan–Meier-Schätzung ab dem ersten Social-Media-Kontakt, gegenüber ähnlichen Kunden, die an diesem Tag noch Kunden waren, gewichtet auf die Zusammensetzung der Social-Media-Kunden; z-Test der Differenz.</translation>
    </message>
    <message>
        <source>Difference: normal interval from the robust variance clustered on the customer. Each side&apos;s curve: log-log band.</source>
        <translation>Differenz: Normalintervall aus der robusten, nach Kunden geclusterten Varianz. Kurve jeder Seite: Log-Log-Band.</translation>
    </message>
    <message>
        <source>Normal interval from the robust variance clustered on the customer.</source>
        <translation>Normalintervall aus der robusten, nach Kunden geclusterten Varianz.</translation>
    </message>
    <message>
        <source>The social cohort is every customer who dealt with the social care team; the control cohort is everyone else. Both are limited by the same filters and followed up to the as-of date, %1: customers who signed up later are left out, and a customer still active on that date counts as kept so far (censored). This is the naive comparison, from signup: customers choose social customer care and can only reach it while they are still customers, so its differences are not effects of the social care team.</source>
        <translation>Die Social-Media-Kohorte sind alle Kunden mit Kontakt zum Social-Media-Team, die Kontrollkohorte alle anderen. Beide sind durch dieselben Filter begrenzt und werden bis zum Stichtag %1 verfolgt: Später angemeldete Kunden bleiben außen vor, und ein an diesem Tag noch aktiver Kunde gilt bis dahin als gehalten (zensiert). Dies ist der naive Vergleich ab der Anmeldung: Kunden wählen den Social-Media-Kundenservice und können ihn nur erreichen, solange sie Kunden sind, daher sind seine Unterschiede keine Wirkungen des Social-Media-Teams.</translation>
    </message>
    <message>
        <source>The ROI counts every money value and the programme cost over one window, from %1 to %2: retention (the revenue the social care team kept inside the window), operational cost, complaints turned into raves, cross-sells and process innovations. Saves are part of retention&apos;s value and self-service of operational cost&apos;s, so neither is added twice; return on relationship describes customers and adds no money of its own.</source>
        <translation>Der ROI zählt jeden Geldwert und die Programmkosten über einen Zeitraum, vom %1 bis %2: Kundenbindung (der Umsatz, den das Social-Media-Team im Zeitraum gehalten hat), Betriebskosten, Beschwerden, die zu Lob wurden, Cross-Selling und Prozessinnovationen. Gerettete Kunden sind Teil des Werts der Kundenbindung, Self-Service Teil der Betriebskosten, also wird nichts doppelt gezählt; der Return on Relationship beschreibt Kunden und fügt kein eigenes Geld hinzu.</translation>
    </message>
    <message>
        <source>Revenue-based values are multiplied by the contribution margin, %1: the money is profit.</source>
        <translation>Umsatzbasierte Werte werden mit der Deckungsbeitragsquote %1 multipliziert: Die Beträge sind Gewinn.</translation>
    </message>
    <message>
        <source>No contribution margin is set: revenue-based values are revenue, not profit.</source>
        <translation>Es ist keine Deckungsbeitragsquote gesetzt: Umsatzbasierte Werte sind Umsatz, nicht Gewinn.</translation>
    </message>
    <message>
        <source>The interval of the total value comes from one method applied to the whole sum: each customer&apos;s effect on every component at once (the linear term of a customer-level bootstrap, checked against a real bootstrap), not the components&apos; intervals added up. Process innovations are figures entered by hand and carry no uncertainty.</source>
        <translation>Das Intervall des Gesamtwerts stammt aus einer Methode für die ganze Summe: der Wirkung jedes Kunden auf alle Teile zugleich (dem linearen Term eines Bootstraps über Kunden, geprüft gegen einen echten Bootstrap), nicht aus den addierten Intervallen der Teile. Prozessinnovationen sind von Hand eingegebene Zahlen ohne Unsicherheit.</translation>
    </message>
    <message>
        <source>Contacts, support cost, self-service sessions, mentions and cross-sell revenue are estimated the same way, per customer-month (handle time per contact, resolution and the mentions&apos; tone per contact or mention), over the same follow-up on both sides: at most the horizon, ending when the customer leaves, at the as-of date, or, for a similar customer, when they reach the team. Their money is the estimated difference times the months the social customers spent inside the ROI window after their first contact.</source>
        <translation>Kontakte, Supportkosten, Self-Service-Sitzungen, Erwähnungen und Cross-Selling-Umsatz werden auf dieselbe Weise geschätzt, je Kundenmonat (Bearbeitungszeit je Kontakt, Lösungsquote und Tonfall der Erwähnungen je Kontakt bzw. Erwähnung), über dieselbe Beobachtungszeit auf beiden Seiten: höchstens den Horizont, endend mit dem Weggang des Kunden, am Stichtag oder, bei einem ähnlichen Kunden, sobald er selbst das Team erreicht. Ihr Geldwert ist die geschätzte Differenz mal die Monate, die die Social-Media-Kunden nach ihrem ersten Kontakt im ROI-Zeitraum verbracht haben.</translation>
    </message>
    <message>
        <source>The estimate assumes that, among customers alike in those respects, who reaches the social care team in a given month has nothing to do with how long they would otherwise stay or how they would otherwise use the service. Recommendation scores carry no date, and saves and the share that ever used self-service or bought a cross-sell depend on how long a customer was watched: those rows still compare everyone ever in touch with the team against everyone else, from signup, and say so.</source>
        <translation>Die Schätzung setzt voraus, dass unter Kunden, die sich in diesen Punkten gleichen, die Frage, wer in einem bestimmten Monat das Social-Media-Team erreicht, nichts damit zu tun hat, wie lange sie sonst blieben oder wie sie den Service sonst nutzten. Empfehlungswerte tragen kein Datum, und Rettungen sowie der Anteil, der je Self-Service genutzt oder ein Cross-Selling gekauft hat, hängen davon ab, wie lange ein Kunde beobachtet wurde: Diese Zeilen vergleichen weiterhin alle mit Kontakt zum Team mit allen anderen, ab der Anmeldung, und sagen es.</translation>
    </message>
    <message>
        <source>Social customers compared: %1; similar customers: %2 (worth %3 after weighting); left out: %4 with no similar customer and %5 flagged social without a date.</source>
        <translation>Verglichene Social-Media-Kunden: %1; ähnliche Kunden: %2 (nach Gewichtung %3 wert); ausgelassen: %4 ohne ähnlichen Kunden und %5 ohne Datum als Social-Media-Kunde markiert.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>The project file to read (.socialroi).</source>
        <translation>Die zu lesende Projektdatei (.socialroi).</translation>
    </message>
    <message>
        <source>Only customers of this segment, or NAME=VALUE for an extra attribute.</source>
        <translation>Nur Kunden dieses Segments, oder NAME=WERT für ein Zusatzattribut.</translation>
    </message>
    <message>
        <source>Only customers who signed up on or after DATE (YYYY-MM-DD).</source>
        <translation>Nur Kunden, die an oder nach DATUM (JJJJ-MM-TT) angemeldet wurden.</translation>
    </message>
    <message>
        <source>Only customers who signed up on or before DATE (YYYY-MM-DD).</source>
        <translation>Nur Kunden, die an oder vor DATUM (JJJJ-MM-TT) angemeldet wurden.</translation>
    </message>
    <message>
        <source>Compute as of DATE (YYYY-MM-DD) instead of the project&apos;s as-of date.</source>
        <translation>Zum Stichtag DATUM (JJJJ-MM-TT) statt zum Stichtag des Projekts berechnen.</translation>
    </message>
    <message>
        <source>Numbers, dates and money in this language: en, fr, de, pl or hi.</source>
        <translation>Zahlen, Datumsangaben und Geldbeträge in dieser Sprache: en, fr, de, pl oder hi.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 muss ein Datum im Format JJJJ-MM-TT sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: no signup date can match.</source>
        <translation>--from %1 liegt nach --to %2: Kein Anmeldedatum kann passen.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>--lang muss eines von %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to read.</source>
        <translation>-p PROJEKT fehlt: das zu lesende Projekt.</translation>
    </message>
    <message>
        <source>Missing -o FILE: where to write.</source>
        <translation>-o DATEI fehlt: wohin geschrieben werden soll.</translation>
    </message>
    <message>
        <source>-o %1 is the project itself; choose another output file.</source>
        <translation>-o %1 ist das Projekt selbst; wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name: a segment</comment>
        <translation>SEGMENT</translation>
    </message>
</context>
<context>
    <name>RoiPane</name>
    <message>
        <source>How the value adds up</source>
        <translation>Wie sich der Wert zusammensetzt</translation>
    </message>
    <message>
        <source>How the net value depends on the assumptions</source>
        <translation>Wie der Nettowert von den Annahmen abhängt</translation>
    </message>
    <message>
        <source>How the ROI depends on the assumptions</source>
        <translation>Wie der ROI von den Annahmen abhängt</translation>
    </message>
    <message numerus="yes">
        <source>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of the customers.</source>
        <translation>
            <numerusform>Das Intervall des Werts und des ROI: ein Bootstrap der ganzen Berechnung, %n Neuziehung der Kunden.</numerusform>
            <numerusform>Das Intervall des Werts und des ROI: ein Bootstrap der ganzen Berechnung, %n Neuziehungen der Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interval of the value and of the ROI: its linear approximation, found at once.</source>
        <translation>Das Intervall des Werts und des ROI: ihre lineare Näherung, sofort berechnet.</translation>
    </message>
    <message numerus="yes">
        <source>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of %1 of the %2 customers each, rescaled to all of them.</source>
        <translation>
            <numerusform>Das Intervall des Werts und des ROI: ein Bootstrap der ganzen Berechnung, %n Neuziehung von %1 der %2 Kunden, auf alle hochgerechnet.</numerusform>
            <numerusform>Das Intervall des Werts und des ROI: ein Bootstrap der ganzen Berechnung, %n Neuziehungen von je %1 der %2 Kunden, auf alle hochgerechnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extra saves among the %n social customers at risk are worth about %1 over their remaining lifetime (between %2 and %3).</source>
        <translation>
            <numerusform>Die zusätzlich gehaltenen Kunden unter dem %n gefährdeten Social-Media-Kunden sind über ihre verbleibende Lebensdauer etwa %1 wert (zwischen %2 und %3).</numerusform>
            <numerusform>Die zusätzlich gehaltenen Kunden unter den %n gefährdeten Social-Media-Kunden sind über ihre verbleibende Lebensdauer etwa %1 wert (zwischen %2 und %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extra saves among the %n social customers at risk are worth about %1 over the horizon (between %2 and %3).</source>
        <translation>
            <numerusform>Die zusätzlich gehaltenen Kunden unter dem %n gefährdeten Social-Media-Kunden sind über den Horizont etwa %1 wert (zwischen %2 und %3).</numerusform>
            <numerusform>Die zusätzlich gehaltenen Kunden unter den %n gefährdeten Social-Media-Kunden sind über den Horizont etwa %1 wert (zwischen %2 und %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown inside retention, not added to the ROI again.</source>
        <translation>In der Kundenbindung enthalten, nicht noch einmal zum ROI addiert.</translation>
    </message>
    <message>
        <source>Not added to the ROI: retention already counts what kept customers bring within the ROI window.</source>
        <translation>Nicht zum ROI addiert: die Kundenbindung zählt bereits, was gehaltene Kunden im Analysezeitraum einbringen.</translation>
    </message>
    <message numerus="yes">
        <source>Checking it with a bootstrap of the whole calculation: %1 of %Ln resample(s).</source>
        <translation>
            <numerusform>Prüfung durch einen Bootstrap der ganzen Berechnung: %1 von %Ln Neuziehung.</numerusform>
            <numerusform>Prüfung durch einen Bootstrap der ganzen Berechnung: %1 von %Ln Neuziehungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoiTable</name>
    <message>
        <source>Component</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <source>Programme cost</source>
        <translation>Programmkosten</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Nettowert</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Return on Investment</translation>
    </message>
    <message numerus="yes">
        <source>The programme cost per month times the horizon of %n month(s)</source>
        <translation>
            <numerusform>Die monatlichen Programmkosten mal dem Horizont von %n Monat</numerusform>
            <numerusform>Die monatlichen Programmkosten mal dem Horizont von %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>(value − cost) / cost</source>
        <translation>(Wert − Kosten) / Kosten</translation>
    </message>
</context>
<context>
    <name>RoiWording</name>
    <message>
        <source>The money is profit, at a contribution margin of %1.</source>
        <translation>Die Beträge sind Gewinn, bei einer Deckungsbeitragsquote von %1.</translation>
    </message>
    <message>
        <source>The money is revenue, not profit: set the contribution margin in the assumptions to count profit.</source>
        <translation>Die Beträge sind Umsatz, nicht Gewinn: Tragen Sie die Deckungsbeitragsquote in den Annahmen ein, um den Gewinn zu zählen.</translation>
    </message>
    <message>
        <source>Process innovations add %1 from figures entered by hand, with no estimate of uncertainty.</source>
        <translation>Prozessverbesserungen tragen %1 aus von Hand eingegebenen Zahlen bei, ohne Schätzung der Unsicherheit.</translation>
    </message>
    <message>
        <source>No programme cost is set, so there is no return to compute; the value of social customer care from %1 to %2 is %3.</source>
        <translation>Es sind keine Programmkosten erfasst, daher lässt sich keine Rendite berechnen; der Wert des Social-Media-Kundenservice vom %1 bis %2 beträgt %3.</translation>
    </message>
    <message>
        <source>From %1 to %2, every %3 spent on social customer care returned an estimated %4 (between %5 and %6), compared with similar customers who were still with us on the same day.</source>
        <translation>Vom %1 bis %2 brachte jeder für Social-Media-Kundenservice ausgegebene %3 geschätzt %4 ein (zwischen %5 und %6), verglichen mit ähnlichen Kunden, die am selben Tag noch Kunden waren.</translation>
    </message>
    <message>
        <source>From %1 to %2, every %3 spent on social customer care went with %4 (between %5 and %6) in a naive comparison of everyone ever in touch with the social care team against everyone else: not an estimate of what the team caused.</source>
        <translation>Vom %1 bis %2 ging jeder für Social-Media-Kundenservice ausgegebene %3 mit %4 einher (zwischen %5 und %6), in einem naiven Vergleich aller Kunden, die je Kontakt zum Social-Media-Team hatten, mit allen anderen: keine Schätzung dessen, was das Team bewirkt hat.</translation>
    </message>
    <message>
        <source>The promoters&apos; value compares the cohorts from signup: recommendation scores carry no date, so it is not estimated from the first social contact.</source>
        <translation>Der Wert der Promotoren vergleicht die Kohorten ab der Anmeldung: Empfehlungswerte tragen kein Datum, daher wird er nicht ab dem ersten Social-Media-Kontakt geschätzt.</translation>
    </message>
    <message>
        <source>This selection holds %1 of the social customers, so it is charged %1 of the programme&apos;s cost and of the figures entered for the whole project.</source>
        <translation>Diese Auswahl umfasst %1 der Social-Media-Kunden und trägt daher %1 der Programmkosten und der für das ganze Projekt eingegebenen Zahlen.</translation>
    </message>
    <message>
        <source>No verdict yet: no customer in this selection has a first contact with the social care team on or after the programme launch, with similar customers to compare with. Import the contacts with their channel (social), or the customers&apos; first social date, to estimate what the team caused.</source>
        <translation>Noch kein Urteil: Kein Kunde in dieser Auswahl hat ab dem Programmstart einen ersten Kontakt mit dem Social-Media-Team, mit ähnlichen Kunden zum Vergleich. Importieren Sie die Kontakte mit ihrem Kanal (Social) oder das Datum des ersten Social-Media-Kontakts der Kunden, um zu schätzen, was das Team bewirkt hat.</translation>
    </message>
    <message>
        <source>No verdict yet: no customer in this selection is marked as having dealt with the social care team. Import the contacts with their channel (social), or the customers&apos; social flag, to compare them.</source>
        <translation>Noch kein Urteil: Kein Kunde in dieser Auswahl ist als Kunde mit Kontakt zum Social-Media-Team markiert. Importieren Sie die Kontakte mit ihrem Kanal (Social) oder die Social-Media-Kennzeichnung der Kunden, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Lifetime value here is the profit a customer is expected to bring from the as-of date on, in today&apos;s money: a contribution margin of %1 on the subscription revenue of the months the sBG model expects them to stay and on the orders BG/NBD and Gamma-Gamma expect, discounted at %2 a year. Each cohort&apos;s interval shows how uncertain the fitted models are.</source>
        <translation>Der Kundenwert ist hier der Gewinn, den ein Kunde ab dem Stichtag voraussichtlich noch bringt, in heutigem Geld: ein Deckungsbeitrag von %1 auf die Abo-Umsätze der Monate, die er laut sBG-Modell bleibt, und auf die Bestellungen, die BG/NBD und Gamma-Gamma erwarten, abgezinst mit %2 pro Jahr. Das Intervall jeder Kohorte zeigt, wie unsicher die angepassten Modelle sind.</translation>
    </message>
    <message>
        <source>Lifetime value here is the revenue, not profit (no contribution margin is set), a customer is expected to bring from the as-of date on, in today&apos;s money: the subscription revenue of the months the sBG model expects them to stay and the orders BG/NBD and Gamma-Gamma expect, discounted at %1 a year. Each cohort&apos;s interval shows how uncertain the fitted models are.</source>
        <translation>Der Kundenwert ist hier der Umsatz, nicht der Gewinn (kein Deckungsbeitrag festgelegt), den ein Kunde ab dem Stichtag voraussichtlich noch bringt, in heutigem Geld: die Abo-Umsätze der Monate, die er laut sBG-Modell bleibt, und die Bestellungen, die BG/NBD und Gamma-Gamma erwarten, abgezinst mit %1 pro Jahr. Das Intervall jeder Kohorte zeigt, wie unsicher die angepassten Modelle sind.</translation>
    </message>
    <message numerus="yes">
        <source>Expected orders are counted over the horizon of %n month(s).</source>
        <translation>
            <numerusform>Erwartete Bestellungen werden über den Zeitraum von %n Monat gezählt.</numerusform>
            <numerusform>Erwartete Bestellungen werden über den Zeitraum von %n Monaten gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No verdict yet: %1</source>
        <translation>Noch kein Ergebnis: %1</translation>
    </message>
    <message>
        <source>No verdict yet: no benefit of social customer care could be measured from the data imported so far, so there is no ROI to show.</source>
        <translation>Noch kein Ergebnis: Aus den bisher importierten Daten ließ sich kein Nutzen des Social-Media-Kundenservice messen, daher gibt es keinen ROI anzuzeigen.</translation>
    </message>
    <message>
        <source>Left out of the value:</source>
        <translation>Nicht im Wert enthalten:</translation>
    </message>
    <message>
        <source>This selection holds %1 of all customers, so it is charged %1 of the programme&apos;s cost and of the figures entered for the whole project (the rule chosen in the assumptions).</source>
        <translation>Diese Auswahl umfasst %1 aller Kunden und trägt daher %1 der Programmkosten und der für das ganze Projekt eingegebenen Zahlen (die in den Annahmen gewählte Regel).</translation>
    </message>
    <message>
        <source>This selection is charged the programme&apos;s whole cost and the whole of the figures entered for the project (the rule chosen in the assumptions): the selections of a partition do not add up to the whole.</source>
        <translation>Dieser Auswahl werden die gesamten Programmkosten und die gesamten für das Projekt eingegebenen Zahlen angerechnet (die in den Annahmen gewählte Regel): Die Auswahlen einer Aufteilung ergeben zusammen nicht das Ganze.</translation>
    </message>
    <message>
        <source>On its own this estimate comes to %1, but %2 as a whole did not move that way: none of it is counted inside.</source>
        <translation>Für sich genommen ergibt diese Schätzung %1, aber %2 insgesamt hat sich nicht in diese Richtung bewegt: Nichts davon wird darin gezählt.</translation>
    </message>
    <message>
        <source>On its own this estimate comes to %1, more than %2 as a whole (%3), whose other parts move the other way: only %3 is counted inside it.</source>
        <translation>Für sich genommen ergibt diese Schätzung %1, mehr als %2 insgesamt (%3), deren übrige Teile sich in die andere Richtung bewegen: Nur %3 werden darin gezählt.</translation>
    </message>
</context>
<context>
    <name>RowDerivation</name>
    <message>
        <source>signup_date is the snapshot date %1 minus &quot;%2&quot; in whole calendar months.</source>
        <translation>signup_date ist der Stichtag %1 minus „%2“ in ganzen Kalendermonaten.</translation>
    </message>
    <message>
        <source>signup_date is the snapshot date %1 minus &quot;%2&quot; in days.</source>
        <translation>signup_date ist der Stichtag %1 minus „%2“ in Tagen.</translation>
    </message>
    <message>
        <source>churn_date is the snapshot date %1 where &quot;%2&quot; says the customer left (they left during the last period before the snapshot), and empty elsewhere.</source>
        <translation>churn_date ist der Stichtag %1, wo „%2“ angibt, dass der Kunde gegangen ist (er ging im letzten Zeitraum vor dem Stichtag), sonst leer.</translation>
    </message>
    <message>
        <source>amount is &quot;%1&quot; × &quot;%2&quot;.</source>
        <translation>amount ist „%1“ × „%2“.</translation>
    </message>
    <message>
        <source>empty, but signup_date is derived from it and is required</source>
        <translation>leer, obwohl signup_date daraus abgeleitet wird und Pflicht ist</translation>
    </message>
    <message>
        <source>negative: a tenure counts back from the snapshot date</source>
        <translation>negativ: eine Kundendauer zählt vom Stichtag zurück</translation>
    </message>
    <message>
        <source>too long: the signup date would fall more than a thousand years before the snapshot date</source>
        <translation>zu lang: das Anmeldedatum läge mehr als tausend Jahre vor dem Stichtag</translation>
    </message>
    <message>
        <source>empty, but the order&apos;s amount is computed from it and is required</source>
        <translation>leer, obwohl der Betrag der Bestellung daraus berechnet wird und Pflicht ist</translation>
    </message>
    <message>
        <source>quantity × unit price is too large</source>
        <translation>Menge × Einzelpreis ist zu groß</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is counted as of the day the extract was taken: give that snapshot date (--snapshot YYYY-MM-DD on the command line, &quot;A snapshot extract, taken on&quot; in the import wizard).</source>
        <translation>Die Spalte „%1“ (%2) gilt zum Tag des Auszugs: geben Sie diesen Stichtag an (--snapshot JJJJ-MM-TT in der Befehlszeile, „Ein Stichtagsauszug vom“ im Import-Assistenten).</translation>
    </message>
    <message>
        <source>Lines with the same order_id are one order: amounts summed, cross-sell if any line is, products listed. Lines with a negative amount are cancellations, netted against their order.</source>
        <translation>Zeilen mit derselben order_id sind eine Bestellung: Beträge summiert, Cross-Selling, wenn eine Zeile es ist, Produkte aufgelistet. Zeilen mit negativem Betrag sind Stornos und werden mit ihrer Bestellung verrechnet.</translation>
    </message>
    <message>
        <source>Lines with the same order_id are one order: amounts summed, cross-sell if any line is, products listed. Lines with a negative amount or an order_id starting with &quot;%1&quot; are cancellations, netted against their order when the file has it, else kept as negative orders.</source>
        <translation>Zeilen mit derselben order_id sind eine Bestellung: Beträge summiert, Cross-Selling, wenn eine Zeile es ist, Produkte aufgelistet. Zeilen mit negativem Betrag oder einer order_id, die mit „%1“ beginnt, sind Stornos: mit ihrer Bestellung verrechnet, wenn die Datei sie enthält, sonst als negative Bestellungen behalten.</translation>
    </message>
    <message>
        <source>Customers the project does not have are created, marked implied, signed up on their first event in this file.</source>
        <translation>Kunden, die das Projekt nicht hat, werden angelegt, als abgeleitet markiert und mit ihrem ersten Ereignis in dieser Datei angemeldet.</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>column &quot;%1&quot; (%2): %3</source>
        <translation>Spalte „%1“ (%2): %3</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): %3: &quot;%4&quot;</source>
        <translation>Spalte „%1“ (%2): %3: „%4“</translation>
    </message>
    <message>
        <source>empty, but the field is required</source>
        <translation>leer, aber das Feld ist erforderlich</translation>
    </message>
    <message>
        <source>not between %1 and %2</source>
        <translation>nicht zwischen %1 und %2</translation>
    </message>
    <message>
        <source>not a %1 (use one of %2)</source>
        <translation>kein gültiger Wert für %1 (verwenden Sie einen von %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): unknown customer &quot;%3&quot;: the project has no customer with this id; import the customers first</source>
        <translation>Spalte „%1“ (%2): unbekannter Kunde „%3“: Das Projekt hat keinen Kunden mit dieser ID; importieren Sie zuerst die Kunden</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): the value is %3 characters long, more than the %4 a cell may hold; only its first %5 characters are kept here</source>
        <translation>Spalte „%1“ (%2): der Wert ist %3 Zeichen lang, mehr als die %4, die eine Zelle fassen kann; nur seine ersten %5 Zeichen werden hier aufbewahrt</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: the value is %2 characters long, more than the %3 a cell may hold; only its first %4 characters are kept here</source>
        <translation>Spalte „%1“: der Wert ist %2 Zeichen lang, mehr als die %3, die eine Zelle fassen kann; nur seine ersten %4 Zeichen werden hier aufbewahrt</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): customers the project does not have; import the customers first, or let the import create them</source>
        <translation>Spalte „%1“ (%2): Kunden, die das Projekt nicht hat; importieren Sie zuerst die Kunden oder lassen Sie den Import sie anlegen</translation>
    </message>
    <message>
        <source>Fill in the value in the file, or choose another column for this field on the mapping page.</source>
        <translation>Tragen Sie den Wert in der Datei ein, oder wählen Sie auf der Zuordnungsseite eine andere Spalte für dieses Feld.</translation>
    </message>
    <message>
        <source>Check the order of day and month chosen for this column, or correct these dates in the file.</source>
        <translation>Prüfen Sie die für diese Spalte gewählte Reihenfolge von Tag und Monat, oder korrigieren Sie diese Daten in der Datei.</translation>
    </message>
    <message>
        <source>Check the decimal separator chosen for this column, and remove units or words from the values.</source>
        <translation>Prüfen Sie das für diese Spalte gewählte Dezimaltrennzeichen, und entfernen Sie Einheiten oder Wörter aus den Werten.</translation>
    </message>
    <message>
        <source>Write yes or no (or true/false, 1/0) in this column.</source>
        <translation>Schreiben Sie ja oder nein (oder true/false, 1/0) in diese Spalte.</translation>
    </message>
    <message>
        <source>Use one of the words listed, or keep the column as an extra attribute on the mapping page.</source>
        <translation>Verwenden Sie eines der genannten Wörter, oder behalten Sie die Spalte auf der Zuordnungsseite als Zusatzattribut.</translation>
    </message>
    <message>
        <source>The file page shows the delimiter and quote that were detected: choose the right ones, or fix the quotes on these lines in the file.</source>
        <translation>Die Dateiseite zeigt das erkannte Trennzeichen und Anführungszeichen: Wählen Sie die richtigen, oder korrigieren Sie die Anführungszeichen dieser Zeilen in der Datei.</translation>
    </message>
    <message>
        <source>Import the customers file first, or tick “Create missing customers” on the mapping page (the import then creates them, signed up on their first event).</source>
        <translation>Importieren Sie zuerst die Kundendatei, oder aktivieren Sie „Fehlende Kunden anlegen“ auf der Zuordnungsseite (der Import legt sie dann an, angemeldet an ihrem ersten Ereignis).</translation>
    </message>
    <message>
        <source>This field takes whole numbers from %1 to %2: correct the values in the file.</source>
        <translation>Dieses Feld nimmt ganze Zahlen von %1 bis %2: Korrigieren Sie die Werte in der Datei.</translation>
    </message>
    <message numerus="yes">
        <source>the row has %1 values but the file has %n column(s); check the delimiter and the quotes on this line</source>
        <translation>
            <numerusform>die Zeile hat %1 Werte, die Datei aber %n Spalte; prüfen Sie Trennzeichen und Anführungszeichen in dieser Zeile</numerusform>
            <numerusform>die Zeile hat %1 Werte, die Datei aber %n Spalten; prüfen Sie Trennzeichen und Anführungszeichen in dieser Zeile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedMappings</name>
    <message>
        <source>%1: cannot read the saved mappings (%2).</source>
        <translation>%1: Die gespeicherten Zuordnungen können nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>SchemaAudit</name>
    <message>
        <source>trigger %1</source>
        <translation>Trigger %1</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>Sicht %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>This project contains objects this program did not create: %1.</source>
        <translation>Dieses Projekt enthält Objekte, die dieses Programm nicht angelegt hat: %1.</translation>
    </message>
    <message>
        <source>The project is open read-only: it contains triggers this program did not create (%1), which would run on every change it makes. Remove them with a SQLite tool to import data or change the assumptions again.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet: Es enthält Trigger, die dieses Programm nicht angelegt hat (%1) und die bei jeder seiner Änderungen liefen. Entfernen Sie sie mit einem SQLite-Werkzeug, um wieder Daten zu importieren oder die Annahmen zu ändern.</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Writes one row per customer with the fitted models&apos; forecasts: P(alive), expected orders over the horizon, expected spend per order, discounted expected residual lifetime and lifetime value, for a retention campaign.</source>
        <translation>Schreibt eine Zeile pro Kunde mit den Prognosen der angepassten Modelle: P(aktiv), erwartete Bestellungen im Horizont, erwartete Ausgaben pro Bestellung, diskontierte erwartete Restlaufzeit und Kundenwert, für eine Kundenbindungskampagne.</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx (required).</source>
        <translation>Die zu schreibende Datei: .csv oder .xlsx (erforderlich).</translation>
    </message>
    <message>
        <source>Score as of DATE (YYYY-MM-DD) instead of the project&apos;s as-of date.</source>
        <translation>Zum DATUM (JJJJ-MM-TT) bewerten statt zum Stichtag des Projekts.</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to score.</source>
        <translation>-p PROJEKT fehlt: das zu bewertende Projekt.</translation>
    </message>
    <message>
        <source>Missing -o FILE: the .csv or .xlsx file to write.</source>
        <translation>-o DATEI fehlt: die zu schreibende .csv- oder .xlsx-Datei.</translation>
    </message>
    <message>
        <source>-o %1 must end in .csv or .xlsx.</source>
        <translation>-o %1 muss auf .csv oder .xlsx enden.</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--as-of muss ein Datum der Form JJJJ-MM-TT sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ScoresFile</name>
    <message>
        <source>%1 must end in .csv or .xlsx.</source>
        <translation>%1 muss auf .csv oder .xlsx enden.</translation>
    </message>
</context>
<context>
    <name>SegmentChoices</name>
    <message>
        <source>%1: cannot read it (%2).</source>
        <translation>%1: Kann nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <source>Computing how the ROI depends on the assumptions…</source>
        <translation>Berechnung, wie der ROI von den Annahmen abhängt …</translation>
    </message>
    <message>
        <source>No programme cost is set: each bar shows the net value with one assumption %1 lower and %1 higher than set, the others as they are.</source>
        <translation>Es sind keine Programmkosten angegeben: Jeder Balken zeigt den Nettowert mit einer Annahme %1 niedriger und %1 höher als angegeben, die übrigen unverändert.</translation>
    </message>
    <message>
        <source>Each bar shows the ROI with one assumption %1 lower and %1 higher than set, the others as they are; the longest bars are the assumptions to check first.</source>
        <translation>Jeder Balken zeigt den ROI mit einer Annahme %1 niedriger und %1 höher als angegeben, die übrigen unverändert; die längsten Balken zeigen die Annahmen, die zuerst zu prüfen sind.</translation>
    </message>
    <message>
        <source>No effect on the money: %1.</source>
        <translation>Kein Einfluss auf die Geldwerte: %1.</translation>
    </message>
    <message>
        <source>Net value (%1)</source>
        <translation>Nettowert (%1)</translation>
    </message>
    <message>
        <source>Assumption %1 higher</source>
        <translation>Annahme %1 höher</translation>
    </message>
    <message>
        <source>Assumption %1 lower</source>
        <translation>Annahme %1 niedriger</translation>
    </message>
    <message>
        <source>Tried: %1 instead of %2</source>
        <translation>Geprüft: %1 statt %2</translation>
    </message>
    <message>
        <source>ROI: %1 instead of %2</source>
        <translation>ROI: %1 statt %2</translation>
    </message>
    <message>
        <source>Net value: %1 instead of %2</source>
        <translation>Nettowert: %1 statt %2</translation>
    </message>
    <message>
        <source>ROI as set: %1</source>
        <translation>ROI wie angegeben: %1</translation>
    </message>
    <message>
        <source>Net value as set: %1</source>
        <translation>Nettowert wie angegeben: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SourceError</name>
    <message>
        <source>The file does not exist. Check the folder and the file name.</source>
        <translation>Die Datei existiert nicht. Prüfen Sie Ordner und Dateinamen.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it and that no other program holds it.</source>
        <translation>Die Datei kann nicht geöffnet werden (%1). Prüfen Sie, ob Sie sie lesen dürfen und ob kein anderes Programm sie belegt.</translation>
    </message>
    <message>
        <source>The file is empty: it holds neither column names nor rows. Check that you chose the right file and that it was saved completely.</source>
        <translation>Die Datei ist leer: Sie enthält weder Spaltennamen noch Zeilen. Prüfen Sie, ob Sie die richtige Datei gewählt haben und ob sie vollständig gespeichert wurde.</translation>
    </message>
    <message>
        <source>The file could not be read to the end (%1). Check the disk or network drive and try again.</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden (%1). Prüfen Sie die Festplatte oder das Netzlaufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here. Choose the file&apos;s encoding when importing (often Windows-1252 for files saved by older Excel versions), or save it again as UTF-8.</source>
        <translation>Die Datei ist an dieser Stelle kein gültiger %1-Text. Wählen Sie beim Import die Kodierung der Datei (oft Windows-1252 bei Dateien aus älteren Excel-Versionen) oder speichern Sie sie erneut als UTF-8.</translation>
    </message>
    <message>
        <source>A quoted value that starts on this line is never closed: the file ends inside it. Check this line for a missing closing %1, or a %1 inside a value that should be doubled (%1%1).</source>
        <translation>Ein Wert in Anführungszeichen, der in dieser Zeile beginnt, wird nie geschlossen: Die Datei endet darin. Prüfen Sie die Zeile auf ein fehlendes schließendes %1 oder ein %1 innerhalb eines Werts, das verdoppelt werden müsste (%1%1).</translation>
    </message>
    <message>
        <source>The file has no part “%1”: it is damaged or not an Excel workbook.</source>
        <translation>Die Datei hat keinen Teil „%1“: Sie ist beschädigt oder keine Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>The zip directory entry of “%1” cannot be read: the file is damaged. Save it again from Excel.</source>
        <translation>Der Zip-Verzeichniseintrag von „%1“ kann nicht gelesen werden: Die Datei ist beschädigt. Speichern Sie sie erneut aus Excel.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Remove the password in Excel (File, Info, Protect Workbook) and save it again.</source>
        <translation>Die Arbeitsmappe ist kennwortgeschützt. Entfernen Sie das Kennwort in Excel (Datei, Informationen, Arbeitsmappe schützen) und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>The part “%1” is compressed with a method (%2) that cannot be read. Open the file in Excel and save it again as .xlsx.</source>
        <translation>Der Teil „%1“ ist mit einer Methode (%2) komprimiert, die nicht gelesen werden kann. Öffnen Sie die Datei in Excel und speichern Sie sie erneut als .xlsx.</translation>
    </message>
    <message>
        <source>The part “%1” would unpack to %2 MiB from %3 KiB: the file is too large or built to exhaust memory (a zip bomb), so it is not read.</source>
        <translation>Der Teil „%1“ würde sich von %3 KiB auf %2 MiB entpacken: Die Datei ist zu groß oder darauf angelegt, den Speicher zu erschöpfen (Zip-Bombe), daher wird sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The part “%1” cannot be unpacked: the file is damaged or was cut short. Save it again from Excel.</source>
        <translation>Der Teil „%1“ kann nicht entpackt werden: Die Datei ist beschädigt oder abgeschnitten. Speichern Sie sie erneut aus Excel.</translation>
    </message>
    <message>
        <source>The part “%1” cannot be unpacked: the file is damaged.</source>
        <translation>Der Teil „%1“ kann nicht entpackt werden: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The part “%1” fails its checksum: the file is damaged. Save it again from Excel.</source>
        <translation>Die Prüfsumme des Teils „%1“ stimmt nicht: Die Datei ist beschädigt. Speichern Sie sie erneut aus Excel.</translation>
    </message>
    <message>
        <source>The part “%1” unpacks to more than %2 MiB: the file is too large or built to exhaust memory (a zip bomb), so it is not read.</source>
        <translation>Der Teil „%1“ entpackt sich auf mehr als %2 MiB: Die Datei ist zu groß oder darauf angelegt, den Speicher zu erschöpfen (Zip-Bombe), daher wird sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The part “%1” ends before its XML is complete: the file is damaged or was cut short.</source>
        <translation>Der Teil „%1“ endet, bevor sein XML vollständig ist: Die Datei ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The part “%1” is not well-formed XML (%2, XML line %3): the file is damaged. Open it in Excel and save it again.</source>
        <translation>Der Teil „%1“ ist kein wohlgeformtes XML (%2, XML-Zeile %3): Die Datei ist beschädigt. Öffnen Sie sie in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Die Arbeitsmappe hat keine Blätter.</translation>
    </message>
    <message>
        <source>The sheet has no rows from row %1 on.</source>
        <translation>Das Blatt hat ab Zeile %1 keine Zeilen.</translation>
    </message>
    <message>
        <source>The sheet is empty: it holds no cells with values.</source>
        <translation>Das Blatt ist leer: Es enthält keine Zellen mit Werten.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>A cell lies beyond column XFD, the last one Excel allows: the file is damaged.</source>
        <translation>Eine Zelle liegt jenseits von Spalte XFD, der letzten, die Excel erlaubt: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The cell refers to shared string “%1”, which the workbook does not have: the file is damaged.</source>
        <translation>Die Zelle verweist auf die gemeinsame Zeichenfolge „%1“, die die Arbeitsmappe nicht hat: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The sheet ends in the middle of a row: the file is damaged.</source>
        <translation>Das Blatt endet mitten in einer Zeile: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The file starts like an Excel workbook but its zip directory is missing or damaged: it was probably cut short (an incomplete download or copy). Get a complete copy of the file.</source>
        <translation>Die Datei beginnt wie eine Excel-Arbeitsmappe, aber ihr Zip-Verzeichnis fehlt oder ist beschädigt: Sie wurde vermutlich abgeschnitten (unvollständiger Download oder Kopiervorgang). Besorgen Sie eine vollständige Kopie der Datei.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook: it has no workbook part. If it comes from another program (an OpenDocument .ods, a Word file), save it as .xlsx or CSV.</source>
        <translation>Die Datei ist ein Zip-Archiv, aber keine Excel-Arbeitsmappe: Sie hat keinen Arbeitsmappenteil. Stammt sie aus einem anderen Programm (OpenDocument-.ods, Word-Datei), speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>The file does not exist. Check its name and folder.</source>
        <translation>Die Datei existiert nicht. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it and that no other program locks it.</source>
        <translation>Die Datei kann nicht geöffnet werden (%1). Prüfen Sie, ob Sie sie lesen dürfen und ob kein anderes Programm sie sperrt.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Die Datei ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>The workbook is protected with a password (encrypted). Open it in Excel, remove the password (File, Info, Protect Workbook) and save it again.</source>
        <translation>Die Arbeitsmappe ist kennwortgeschützt (verschlüsselt). Öffnen Sie sie in Excel, entfernen Sie das Kennwort (Datei, Informationen, Arbeitsmappe schützen) und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>Dies ist eine alte Excel-97-2003-Arbeitsmappe (.xls), die nicht gelesen werden kann. Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it is not a zip archive. If it holds text such as CSV, give it the .csv extension and import it again.</source>
        <translation>Die Datei ist keine Excel-Arbeitsmappe (.xlsx): Sie ist kein Zip-Archiv. Enthält sie Text wie CSV, geben Sie ihr die Endung .csv und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”. Its sheets are: %2.</source>
        <translation>Die Arbeitsmappe hat kein Blatt namens „%1“. Ihre Blätter sind: %2.</translation>
    </message>
    <message>
        <source>The workbook lists the sheet “%1” but does not say where its cells are: the file is damaged. Open it in Excel and save it again.</source>
        <translation>Die Arbeitsmappe führt das Blatt „%1“ auf, sagt aber nicht, wo seine Zellen liegen: Die Datei ist beschädigt. Öffnen Sie sie in Excel und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>The column name in this column is %1 characters long, more than the %2 a cell may hold: check that the file has a header row and that its delimiter is right.</source>
        <translation>Der Spaltenname dieser Spalte ist %1 Zeichen lang, mehr als die %2, die eine Zelle fassen kann: Prüfen Sie, ob die Datei eine Kopfzeile hat und das Trennzeichen stimmt.</translation>
    </message>
    <message>
        <source>The row that starts on this line is longer than %1 characters, so the file is not read. Check for a stray quote (%2) that swallows the rest of the file, or that this is a text table with line breaks at all.</source>
        <translation>Die Zeile, die hier beginnt, ist länger als %1 Zeichen, daher wird die Datei nicht gelesen. Suchen Sie nach einem verirrten Anführungszeichen (%2), das den Rest der Datei verschluckt, oder prüfen Sie, ob es überhaupt eine Texttabelle mit Zeilenumbrüchen ist.</translation>
    </message>
    <message>
        <source>A row that starts on this line has more than %1 values, the most columns Excel allows. Check the delimiter, or that this is a text table at all.</source>
        <translation>Eine Zeile, die hier beginnt, hat mehr als %1 Werte, die meisten Spalten, die Excel erlaubt. Prüfen Sie das Trennzeichen oder ob es überhaupt eine Texttabelle ist.</translation>
    </message>
    <message>
        <source>The part “%1” nests XML elements more than %2 deep (XML line %3); Excel never does: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>Der Teil „%1“ verschachtelt XML-Elemente mehr als %2 Ebenen tief (XML-Zeile %3); Excel tut das nie: Die Datei ist beschädigt oder darauf angelegt, den Speicher zu erschöpfen, daher wird sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The part “%1” declares a document type (DTD), which Excel never writes and whose entities can expand without end: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>Der Teil „%1“ deklariert einen Dokumenttyp (DTD), den Excel nie schreibt und dessen Entitäten sich endlos ausdehnen können: Die Datei ist beschädigt oder darauf angelegt, den Speicher zu erschöpfen, daher wird sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The part “%1” holds an XML tag longer than %2 MiB: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>Der Teil „%1“ enthält ein XML-Tag, das länger als %2 MiB ist: Die Datei ist beschädigt oder darauf angelegt, den Speicher zu erschöpfen, daher wird sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The part “%1” is written in UTF-16, which this program does not read. Open the file in Excel and save it again as .xlsx.</source>
        <translation>Der Teil „%1“ ist in UTF-16 geschrieben, das dieses Programm nicht liest. Öffnen Sie die Datei in Excel und speichern Sie sie erneut als .xlsx.</translation>
    </message>
    <message>
        <source>The column name in this cell is %1 characters long, more than the %2 a cell may hold: check that this is the header row.</source>
        <translation>Der Spaltenname in dieser Zelle ist %1 Zeichen lang, mehr als die %2, die eine Zelle fassen kann: Prüfen Sie, ob dies die Kopfzeile ist.</translation>
    </message>
    <message>
        <source>The sheet has a row numbered %1, beyond row %2, the last one Excel allows: the file is damaged or was not written by a spreadsheet, so it is not read.</source>
        <translation>Das Blatt hat eine Zeile mit der Nummer %1, jenseits von Zeile %2, der letzten, die Excel erlaubt: Die Datei ist beschädigt oder wurde nicht von einer Tabellenkalkulation geschrieben, daher wird sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The values of this row add up to more than %1 characters: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>Die Werte dieser Zeile ergeben zusammen mehr als %1 Zeichen: Die Datei ist beschädigt oder darauf angelegt, den Speicher zu erschöpfen, daher wird sie nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>A file with this name already exists; choose another name or allow replacing it.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen.</translation>
    </message>
    <message>
        <source>The demo project cannot be created: %1.</source>
        <translation>Das Demoprojekt kann nicht angelegt werden: %1.</translation>
    </message>
    <message>
        <source>The demo project could not be written: %1.</source>
        <translation>Das Demoprojekt konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The demo project could not be moved into place.</source>
        <translation>Das Demoprojekt konnte nicht an seinen Platz verschoben werden.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The file is empty, so it is not a SocialROI project.</source>
        <translation>Die Datei ist leer und daher kein SocialROI-Projekt.</translation>
    </message>
    <message>
        <source>This is not a SocialROI project: the file is not a SQLite database (is it a spreadsheet or a text file? Use Import for data files).</source>
        <translation>Dies ist kein SocialROI-Projekt: Die Datei ist keine SQLite-Datenbank (ist es eine Tabellenkalkulation oder eine Textdatei? Verwenden Sie Importieren für Datendateien).</translation>
    </message>
    <message>
        <source>The project file is truncated: it holds %1 bytes but should hold %2. Restore it from a backup.</source>
        <translation>Die Projektdatei ist abgeschnitten: Sie enthält %1 Byte, sollte aber %2 enthalten. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>This SQLite database was not made by SocialROI Workbench, so it is not a project. Create a new project and import its data instead.</source>
        <translation>Diese SQLite-Datenbank wurde nicht von SocialROI Workbench erstellt und ist daher kein Projekt. Legen Sie ein neues Projekt an und importieren Sie stattdessen ihre Daten.</translation>
    </message>
    <message>
        <source>The project was saved by a newer version of SocialROI Workbench (schema %1; this version reads up to %2). Update the application to open it.</source>
        <translation>Das Projekt wurde von einer neueren Version von SocialROI Workbench gespeichert (Schema %1; diese Version liest bis %2). Aktualisieren Sie die Anwendung, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The project file is damaged (%1). Restore it from a backup.</source>
        <translation>Die Projektdatei ist beschädigt (%1). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The project is locked by another program; try again when it has finished.</source>
        <translation>Das Projekt ist von einem anderen Programm gesperrt; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The project could not be prepared: %1.</source>
        <translation>Das Projekt konnte nicht vorbereitet werden: %1.</translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation>Die Projektdatei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a project file.</source>
        <translation>Dies ist ein Ordner, keine Projektdatei.</translation>
    </message>
    <message>
        <source>The project file is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>Die Projektdatei ist schreibgeschützt. Machen Sie sie beschreibbar oder kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The file cannot be opened for writing: %1.</source>
        <translation>Die Datei kann nicht zum Schreiben geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>The folder for the project cannot be created.</source>
        <translation>Der Ordner für das Projekt kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The project cannot be created: %1.</source>
        <translation>Das Projekt kann nicht angelegt werden: %1.</translation>
    </message>
    <message>
        <source>The project must be updated to this version&apos;s schema before it can be opened, and it cannot be: %1</source>
        <translation>Das Projekt muss vor dem Öffnen auf das Schema dieser Version aktualisiert werden, und das ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>The project file cannot be read (%1). This says nothing about the file itself: check that the disk has free space and that the file and its folder can be reached.</source>
        <translation>Die Projektdatei kann nicht gelesen werden (%1). Das sagt nichts über die Datei selbst: Prüfen Sie, ob auf dem Datenträger Platz frei ist und ob Datei und Ordner erreichbar sind.</translation>
    </message>
    <message>
        <source>The project&apos;s folder is read-only, and saving needs to write a journal file beside the project. Make the folder writable, or copy the project to a folder you can write to.</source>
        <translation>Der Ordner des Projekts ist schreibgeschützt, und das Speichern muss neben dem Projekt eine Journaldatei schreiben. Machen Sie den Ordner beschreibbar oder kopieren Sie das Projekt in einen Ordner, in den Sie schreiben können.</translation>
    </message>
</context>
<context>
    <name>SurvivalChart</name>
    <message>
        <source>Months since signup</source>
        <translation>Monate seit der Anmeldung</translation>
    </message>
    <message>
        <source>Still customers</source>
        <extracomment>Axis label: share of the cohort that has not churned yet</extracomment>
        <translation>Noch Kunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;At signup: %2 still customers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Bei der Anmeldung: %2 noch Kunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Month %2 (day %3)&lt;br&gt;Still customers: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Monat %2 (Tag %3)&lt;br&gt;Noch Kunden: %4</translation>
    </message>
    <message>
        <source>Months since the first social contact</source>
        <translation>Monate seit dem ersten Social-Media-Kontakt</translation>
    </message>
    <message>
        <source>Similar (weighted)</source>
        <extracomment>Row label of the numbers at risk: the similar customers compared, counted by their weights</extracomment>
        <translation>Ähnliche (gewichtet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;At the first social contact: %2 still customers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Beim ersten Social-Media-Kontakt: %2 noch Kunden</translation>
    </message>
    <message>
        <source>%1, projected (sBG model)</source>
        <extracomment>Legend: the cohort&apos;s retention beyond the data, from the sBG model</extracomment>
        <translation>%1, Prognose (sBG-Modell)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, projected&lt;/b&gt;&lt;br&gt;Month %2&lt;br&gt;Still customers: %3 (sBG model)</source>
        <translation>&lt;b&gt;%1, Prognose&lt;/b&gt;&lt;br&gt;Monat %2&lt;br&gt;Noch Kunden: %3 (sBG-Modell)</translation>
    </message>
    <message>
        <source>Followed</source>
        <extracomment>Axis label beside the table of customers still followed (still customers, with data); written turned beside two rows of numbers, so a short word reads best</extracomment>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Followed: %1; lost: %2; data end here: %3</source>
        <extracomment>Customers still followed at this time; of them, lost at this time; of them, whose data end here without their leaving (no longer followed)</extracomment>
        <translation>Erfasst: %1; verloren: %2; Daten enden hier: %3</translation>
    </message>
</context>
<context>
    <name>TableBrowserModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1: the rows could not be read (%2).</source>
        <translation>%1: Die Zeilen konnten nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Table</source>
        <translation>&amp;Tabelle kopieren</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>SocialROI Workbench user guide</source>
        <translation>Benutzerhandbuch von SocialROI Workbench</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>button: back to the guide&apos;s list of chapters</comment>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>ValueParsers</name>
    <message>
        <source>empty value</source>
        <translation>leerer Wert</translation>
    </message>
    <message>
        <source>not yes/no</source>
        <translation>nicht Ja/Nein</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a number with a decimal point (the column uses a decimal point)</source>
        <translation>keine Zahl mit Dezimalpunkt (die Spalte verwendet einen Dezimalpunkt)</translation>
    </message>
    <message>
        <source>not a number with a decimal comma (the column uses a decimal comma)</source>
        <translation>keine Zahl mit Dezimalkomma (die Spalte verwendet ein Dezimalkomma)</translation>
    </message>
    <message>
        <source>a percentage, not a plain number</source>
        <translation>ein Prozentwert, keine einfache Zahl</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>Zahl zu groß</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>not a date in day/month/year order</source>
        <translation>kein Datum in der Reihenfolge Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>not a date in month/day/year order</source>
        <translation>kein Datum in der Reihenfolge Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>not a valid calendar date</source>
        <translation>kein gültiges Kalenderdatum</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>UTF-16 little-endian (Excel &quot;Unicode text&quot;)</source>
        <translation>UTF-16 Little Endian (Excel „Unicode-Text“)</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 Big Endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Komma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Semikolon  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>Senkrechter Strich  |</translation>
    </message>
    <message>
        <source>Character  %1</source>
        <translation>Zeichen  %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a quoted name in a list</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>After a list of column names: &quot;a&quot;, &quot;b&quot;, &quot;c&quot; and 5 more</extracomment>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>your choice</source>
        <extracomment>Beside a setting of the text format, or how a column was mapped: set by the user</extracomment>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a file column and the field it goes to</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>No value in them would be rejected.</source>
        <translation>Kein Wert darin würde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>XlsxReport</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Value of each component</source>
        <translation>Wert jedes Bestandteils</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Uplift</translation>
    </message>
    <message>
        <source>95% interval, low</source>
        <translation>95-%-Intervall, unten</translation>
    </message>
    <message>
        <source>95% interval, high</source>
        <translation>95-%-Intervall, oben</translation>
    </message>
    <message>
        <source>Test statistic</source>
        <translation>Teststatistik</translation>
    </message>
    <message>
        <source>Customers, social</source>
        <translation>Kunden, Social</translation>
    </message>
    <message>
        <source>Customers, control</source>
        <translation>Kunden, Kontrolle</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>Zeilen-ID</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Diagrammdaten</translation>
    </message>
    <message>
        <source>%1: social vs control</source>
        <translation>%1: Social vs. Kontrolle</translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder (%2).</source>
        <translation>%1 kann nicht geschrieben werden: kein temporärer Ordner (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer %2 did not start (%3).</source>
        <translation>%1 kann nicht geschrieben werden: Der XLSX-Writer %2 ist nicht gestartet (%3).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer failed (%2).</source>
        <translation>%1 kann nicht geschrieben werden: Der XLSX-Writer ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer left no file (%2).</source>
        <translation>%1 kann nicht geschrieben werden: Der XLSX-Writer hat keine Datei hinterlassen (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer %2 is missing. It is built and installed with SocialROI Workbench; build or install it again.</source>
        <translation>%1 kann nicht geschrieben werden: Der XLSX-Writer %2 fehlt. Er wird mit SocialROI Workbench gebaut und installiert; bauen oder installieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Lifetime value by cohort and the models behind it</source>
        <translation>Kundenwert je Kohorte und die Modelle dahinter</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardfehler</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>worksheet name, at most 31 characters</comment>
        <translation>Zusammenfassung</translation>
    </message>
</context>
</TS>
