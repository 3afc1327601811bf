<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AssumptionsEditor</name>
    <message>
        <source>From the data</source>
        <translation>Z danych</translation>
    </message>
    <message>
        <source>The assumptions could not be saved: %1</source>
        <translation>Nie udało się zapisać założeń: %1</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <source>These figures turn the measured differences into money. Double-click a value to change it; the metrics and the ROI follow at once.</source>
        <translation>Te wartości przeliczają zmierzone różnice na pieniądze. Kliknij dwukrotnie wartość, aby ją zmienić; wskaźniki i ROI zaktualizują się od razu.</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <source>The project is busy (an import may be running): the assumptions will load when it is free. Nothing is saved until then.</source>
        <translation>Projekt jest zajęty (być może trwa import): założenia wczytają się, gdy będzie wolny. Do tego czasu nic nie jest zapisywane.</translation>
    </message>
    <message>
        <source>The assumptions cannot be read: %1. They will load as soon as the project can be read; nothing is saved until then.</source>
        <translation>Nie można odczytać założeń: %1. Wczytają się, gdy tylko projekt da się odczytać; do tego czasu nic nie jest zapisywane.</translation>
    </message>
</context>
<context>
    <name>AssumptionsModel</name>
    <message>
        <source>Cost of a phone contact</source>
        <translation>Koszt kontaktu telefonicznego</translation>
    </message>
    <message>
        <source>Cost of a social-media contact</source>
        <translation>Koszt kontaktu w social media</translation>
    </message>
    <message>
        <source>Cost of a self-service session</source>
        <translation>Koszt sesji samoobsługowej</translation>
    </message>
    <message>
        <source>Cost of an email contact</source>
        <translation>Koszt kontaktu e-mailowego</translation>
    </message>
    <message>
        <source>Cost of a chat contact</source>
        <translation>Koszt kontaktu na czacie</translation>
    </message>
    <message>
        <source>Staff cost per hour</source>
        <translation>Koszt godziny pracy personelu</translation>
    </message>
    <message>
        <source>Programme cost per month</source>
        <translation>Koszt programu na miesiąc</translation>
    </message>
    <message>
        <source>Programme launch date</source>
        <translation>Data uruchomienia programu</translation>
    </message>
    <message>
        <source>Analysis as-of date</source>
        <translation>Data stanu analizy</translation>
    </message>
    <message>
        <source>Horizon</source>
        <extracomment>The number of months over which the money values and the ROI are added up</extracomment>
        <translation>Horyzont</translation>
    </message>
    <message>
        <source>Save window</source>
        <extracomment>Days an at-risk customer has to still be a customer to count as saved (retained), not saving a file</extracomment>
        <translation>Okno ratowania</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Annual discount rate</source>
        <translation>Roczna stopa dyskontowa</translation>
    </message>
    <message>
        <source>Value of one promoter</source>
        <translation>Wartość jednego promotora</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <extracomment>unit of an hourly cost, %1 is a currency code such as EUR</extracomment>
        <translation>%1 za godzinę</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 miesięcznie</translation>
    </message>
    <message>
        <source>months</source>
        <translation>miesiące</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>rocznie</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>kod ISO</translation>
    </message>
    <message>
        <source>Latest date in the data</source>
        <translation>Najpóźniejsza data w danych</translation>
    </message>
    <message>
        <source>Earliest social contact in the data</source>
        <translation>Najwcześniejszy kontakt w social media w danych</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Założenie</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślnie</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <extracomment>Share of revenue that is profit, between 0 and 1; empty until the user sets it</extracomment>
        <translation>Marża na pokrycie</translation>
    </message>
    <message>
        <source>share of revenue</source>
        <translation>udział w przychodzie</translation>
    </message>
    <message>
        <source>Not set: money is shown as revenue, not profit</source>
        <translation>Nie ustawiono: kwoty to przychód, nie zysk</translation>
    </message>
    <message>
        <source>Programme cost under a filter</source>
        <extracomment>How a segment or date filter is charged the programme&apos;s cost and the figures entered for the whole project</extracomment>
        <translation>Koszt programu przy filtrze</translation>
    </message>
    <message>
        <source>Share of the social customers in the selection</source>
        <translation>Udział klientów social media w wyborze</translation>
    </message>
    <message>
        <source>Share of all customers in the selection</source>
        <translation>Udział wszystkich klientów w wyborze</translation>
    </message>
    <message>
        <source>Whole amount to every selection</source>
        <translation>Cała kwota dla każdego wyboru</translation>
    </message>
    <message>
        <source>rule</source>
        <extracomment>unit of an assumption chosen from a list, such as the rule that charges a filter&apos;s cost</extracomment>
        <translation>reguła</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Założenia</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <source>Tenure (months)</source>
        <translation>Staż (miesiące)</translation>
    </message>
    <message>
        <source>Still out of balance after weighting: the two sides differ by more than 0.1 standard deviations.</source>
        <translation>Nadal niezrównoważone po ważeniu: obie strony różnią się o ponad 0,1 odchylenia standardowego.</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Cecha</translation>
    </message>
    <message>
        <source>Difference before</source>
        <extracomment>Standardized mean difference between the two sides before weighting</extracomment>
        <translation>Różnica przed</translation>
    </message>
    <message>
        <source>Difference after</source>
        <extracomment>Standardized mean difference between the two sides after weighting</extracomment>
        <translation>Różnica po</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>--%1 must be a whole number from 16 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 musi być liczbą całkowitą od 16 do %2, a nie „%3”.</translation>
    </message>
    <message>
        <source>Writes one chart of a metric as PNG (width × height pixels), SVG or PDF (width × height points), chosen by the file&apos;s suffix, drawn as the window draws it.</source>
        <translation>Zapisuje jeden wykres wskaźnika jako PNG (szerokość × wysokość w pikselach), SVG lub PDF (szerokość × wysokość w punktach), zależnie od rozszerzenia pliku, narysowany tak jak w oknie.</translation>
    </message>
    <message>
        <source>The metric: %1.</source>
        <translation>Wskaźnik: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>RODZAJ</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Plik do zapisania: .png, .svg lub .pdf.</translation>
    </message>
    <message>
        <source>Width (default 1280).</source>
        <translation>Szerokość (domyślnie 1280).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>SZER</translation>
    </message>
    <message>
        <source>Height (default 720).</source>
        <translation>Wysokość (domyślnie 720).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>WYS</translation>
    </message>
    <message>
        <source>--metric: unknown metric &quot;%1&quot;. Valid metrics: %2.</source>
        <translation>--metric: nieznany wskaźnik „%1”. Prawidłowe wskaźniki: %2.</translation>
    </message>
    <message>
        <source>Missing --metric ID: one of %1.</source>
        <translation>Brak --metric ID: jeden z %1.</translation>
    </message>
    <message>
        <source>--chart: %1 has no chart &quot;%2&quot;. Its charts: %3.</source>
        <translation>--chart: %1 nie ma wykresu „%2”. Jego wykresy: %3.</translation>
    </message>
    <message>
        <source>-o %1: a chart is written as .png, .svg or .pdf; name the file with one of these suffixes.</source>
        <translation>-o %1: wykres zapisuje się jako .png, .svg lub .pdf; nadaj plikowi jedno z tych rozszerzeń.</translation>
    </message>
    <message>
        <source>%1: the project has no %2 metric.</source>
        <translation>%1: projekt nie ma wskaźnika %2.</translation>
    </message>
    <message>
        <source>Cannot draw the %1 chart as %2.</source>
        <translation>Nie można narysować wykresu %1 jako %2.</translation>
    </message>
    <message>
        <source>Which chart of the metric: main (default), second (mentions of raves, revenue per order of relationship), series (by month), or the BG/NBD checks of relationship: tracking, repeat_counts or alive.</source>
        <translation>Który wykres wskaźnika: main (domyślnie), second (wzmianki dla raves, przychód na zamówienie dla relationship), series (według miesięcy) albo kontrole BG/NBD dla relationship: tracking, repeat_counts lub alive.</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Rozmiar:</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>&amp;Szerokość × wysokość:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Obraz PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Rysunek SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
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
        <translation>Niestandardowy</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>piksele</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punkty</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Rysunki SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Only the &amp;current zoomed view</source>
        <translation>Tylko &amp;bieżący powiększony widok</translation>
    </message>
    <message>
        <source>By default the whole chart is exported, whatever the zoom</source>
        <translation>Domyślnie eksportowany jest cały wykres, niezależnie od powiększenia</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Contacts per customer-month</source>
        <translation>Kontakty na klientomiesiąc</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Przychód (%1)</translation>
    </message>
    <message>
        <source>Share of at-risk customers</source>
        <translation>Odsetek zagrożonych klientów</translation>
    </message>
    <message>
        <source>Share of contacts</source>
        <translation>Odsetek kontaktów</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Odsetek klientów</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Według miesięcy</translation>
    </message>
    <message>
        <source>%1, by month</source>
        <translation>%1, według miesięcy</translation>
    </message>
    <message>
        <source>Mentions and their reach</source>
        <translation>Wzmianki i ich zasięg</translation>
    </message>
    <message>
        <source>Revenue per order</source>
        <translation>Przychód na zamówienie</translation>
    </message>
    <message>
        <source>Customers still active, by months since signup</source>
        <translation>Klienci nadal aktywni, według miesięcy od rejestracji</translation>
    </message>
    <message>
        <source>Support contacts per customer-month, by channel</source>
        <translation>Kontakty z obsługą na klientomiesiąc, według kanału</translation>
    </message>
    <message>
        <source>Customers who used self-service</source>
        <translation>Klienci korzystający z samoobsługi</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promotorzy, neutralni i krytycy</translation>
    </message>
    <message>
        <source>Contacts that led to a process change</source>
        <translation>Kontakty, które doprowadziły do zmiany procesu</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Przychód na klienta</translation>
    </message>
    <message>
        <source>Customers still active, by months since the first social contact</source>
        <translation>Klienci nadal aktywni, według miesięcy od pierwszego kontaktu w social media</translation>
    </message>
    <message>
        <source>Repeat orders, cumulative</source>
        <translation>Ponowne zamówienia, narastająco</translation>
    </message>
    <message>
        <source>Repeat orders up to the as-of date</source>
        <translation>Ponowne zamówienia do dnia analizy</translation>
    </message>
    <message>
        <source>Chance of still ordering, P(alive) (%, bins of 10)</source>
        <translation>Szansa na dalsze zamówienia, P(aktywny) (%, przedziały po 10)</translation>
    </message>
    <message>
        <source>Repeat orders; dashes: BG/NBD</source>
        <extracomment>Chart title: cumulative repeat orders, counted (solid) and expected by BG/NBD (dashed)</extracomment>
        <translation>Ponowne zamówienia; przerywana: BG/NBD</translation>
    </message>
    <message>
        <source>Customers by repeat orders; diamonds: BG/NBD</source>
        <extracomment>Chart title: bars count customers, diamonds show what the BG/NBD model expects</extracomment>
        <translation>Klienci wg ponownych zamówień; romby: BG/NBD</translation>
    </message>
    <message>
        <source>Customers by chance of still ordering</source>
        <translation>Klienci wg szansy na dalsze zamówienia</translation>
    </message>
</context>
<context>
    <name>CohortChart</name>
    <message>
        <source>No data for this selection</source>
        <translation>Brak danych dla tego wyboru</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>wykres</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Resetuj widok</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>A percentage; add a space if your language writes one</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Social customers</source>
        <extracomment>Legend: the social customers, each from their first social contact</extracomment>
        <translation>Klienci social media</translation>
    </message>
    <message>
        <source>Similar customers (weighted)</source>
        <translation>Podobni klienci (ważeni)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1: the file could not be created or is not complete. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Nie udało się zapisać wykresu do %1: nie można utworzyć pliku lub jest on niekompletny. Sprawdź, czy folder istnieje, czy masz prawo zapisu i czy dysk nie jest pełny.</translation>
    </message>
    <message>
        <source>Zoomed</source>
        <translation>Powiększono</translation>
    </message>
    <message>
        <source>The chart shows part of its data: Reset view shows it all</source>
        <translation>Wykres pokazuje część danych: Resetuj widok pokaże wszystkie</translation>
    </message>
    <message>
        <source>Reset view: show the whole chart again (or double-click it)</source>
        <translation>Resetuj widok: pokaż znów cały wykres (lub kliknij go dwukrotnie)</translation>
    </message>
    <message>
        <source>Copy the chart as an image</source>
        <translation>Kopiuj wykres jako obraz</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF…</source>
        <translation>Eksportuj wykres jako PNG, SVG lub PDF…</translation>
    </message>
    <message>
        <source>Social cohort</source>
        <comment>chart legend</comment>
        <extracomment>Legend: the customers served by the social care team (the group compared)</extracomment>
        <translation>Kohorta social media</translation>
    </message>
    <message>
        <source>Control cohort</source>
        <comment>chart legend</comment>
        <translation>Kohorta kontrolna</translation>
    </message>
    <message>
        <source>95% interval: %1</source>
        <translation>Przedział 95%: %1</translation>
    </message>
    <message>
        <source>Expected by the model: %1</source>
        <translation>Oczekiwane przez model: %1</translation>
    </message>
</context>
<context>
    <name>ColumnAnalysis</name>
    <message>
        <source>day/month/year</source>
        <translation>dzień/miesiąc/rok</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>miesiąc/dzień/rok</translation>
    </message>
    <message>
        <source>Column %1: dates such as &quot;%2&quot; only make sense as %3, but %4 was chosen; rows with such dates are rejected.</source>
        <translation>Kolumna %1: daty takie jak „%2” mają sens tylko jako %3, a wybrano %4; wiersze z takimi datami są odrzucane.</translation>
    </message>
    <message>
        <source>Column %1: every date is written like &quot;%2&quot;, with dots; read as day.month.year, the usual order of dates written with dots.</source>
        <translation>Kolumna %1: każda data jest zapisana jak „%2”, z kropkami; odczytano jako dzień.miesiąc.rok, zwykły porządek dat z kropkami.</translation>
    </message>
    <message>
        <source>Column %1: every date in it fits both day/month/year and month/day/year, e.g. &quot;%2&quot; on this line, so the file alone cannot tell which is meant. Choose the date order for this import (on the command line: --date-order dmy or --date-order mdy).</source>
        <translation>Kolumna %1: każda data pasuje zarówno do dzień/miesiąc/rok, jak i miesiąc/dzień/rok, np. „%2” w tym wierszu, więc sam plik nie rozstrzyga, o który chodzi. Wybierz kolejność dat dla tego importu (w wierszu poleceń: --date-order dmy lub --date-order mdy).</translation>
    </message>
    <message>
        <source>Column %1 mixes date orders: &quot;%2&quot; (line %3) only makes sense as day/month/year, &quot;%4&quot; (line %5) only as month/day/year. Choose the date order for this import (on the command line: --date-order dmy or --date-order mdy); dates that do not fit it are rejected.</source>
        <translation>Kolumna %1 miesza kolejności dat: „%2” (wiersz %3) ma sens tylko jako dzień/miesiąc/rok, „%4” (wiersz %5) tylko jako miesiąc/dzień/rok. Wybierz kolejność dat dla tego importu (w wierszu poleceń: --date-order dmy lub --date-order mdy); daty, które do niej nie pasują, są odrzucane.</translation>
    </message>
    <message>
        <source>Column %1: values such as &quot;%2&quot; could be read with a decimal point or a decimal comma; read with a decimal %3, as the file&apos;s other numbers. A mapping profile with &quot;decimal_separator&quot; can say otherwise.</source>
        <translation>Kolumna %1: wartości takie jak „%2” można odczytać z kropką lub przecinkiem dziesiętnym; odczytano z separatorem dziesiętnym: %3, jak pozostałe liczby w pliku. Profil mapowania z „decimal_separator” może to zmienić.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <source>point</source>
        <translation>kropka</translation>
    </message>
    <message>
        <source>Column %1 mixes decimal separators (&quot;%2&quot; and &quot;%3&quot;); read with a decimal %4, as most of its values; the others are rejected.</source>
        <translation>Kolumna %1 miesza separatory dziesiętne („%2” i „%3”); odczytano z separatorem dziesiętnym: %4, jak większość jej wartości; pozostałe są odrzucane.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingEditor</name>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Goes to</source>
        <extracomment>Title above the drop-downs: the field of the project a column goes to</extracomment>
        <translation>Trafia do</translation>
    </message>
    <message>
        <source>Match</source>
        <extracomment>Title above how sure the automatic matching of a column is</extracomment>
        <translation>Dopasowanie</translation>
    </message>
    <message>
        <source>Keep as extra attribute</source>
        <translation>Zachowaj jako dodatkowy atrybut</translation>
    </message>
    <message>
        <source>The values are kept with each row and can be used as segments and filters.</source>
        <translation>Wartości są zachowywane z każdym wierszem i mogą służyć jako segmenty i filtry.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <extracomment>A required field in the mapping drop-down</extracomment>
        <translation>%1 (wymagane)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Pole dla kolumny %1</translation>
    </message>
    <message>
        <source>%1 now comes from &quot;%2&quot;; &quot;%3&quot; is kept as an extra attribute.</source>
        <translation>%1 pochodzi teraz z „%2”; „%3” zostaje zachowana jako dodatkowy atrybut.</translation>
    </message>
    <message>
        <source>from the saved mapping</source>
        <translation>z zapisanego mapowania</translation>
    </message>
    <message>
        <source>%1% · same name</source>
        <translation>%1% · ta sama nazwa</translation>
    </message>
    <message>
        <source>%1% · same name, other spacing</source>
        <translation>%1% · ta sama nazwa, inne odstępy</translation>
    </message>
    <message>
        <source>%1% · contains the name</source>
        <translation>%1% · zawiera nazwę</translation>
    </message>
    <message>
        <source>%1% · similar spelling, please check</source>
        <translation>%1% · podobna pisownia, sprawdź</translation>
    </message>
    <message>
        <source>no field matched</source>
        <translation>brak pasującego pola</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Write a demo project with known effects</source>
        <translation>Zapisz projekt demonstracyjny o znanych efektach</translation>
    </message>
    <message>
        <source>Import a CSV, TSV or XLSX file into a table of a project</source>
        <translation>Importuj plik CSV, TSV lub XLSX do tabeli projektu</translation>
    </message>
    <message>
        <source>Compute the metrics and ROI of a project as JSON or CSV</source>
        <translation>Oblicz wskaźniki i ROI projektu jako JSON lub CSV</translation>
    </message>
    <message>
        <source>Write the report of a project as PDF, HTML or XLSX</source>
        <translation>Zapisz raport projektu jako PDF, HTML lub XLSX</translation>
    </message>
    <message>
        <source>Write one chart of a metric as PNG, SVG or PDF</source>
        <translation>Zapisz jeden wykres wskaźnika jako PNG, SVG lub PDF</translation>
    </message>
    <message>
        <source>Write each customer&apos;s lifetime value and forecasts as CSV or XLSX</source>
        <translation>Zapisz wartość i prognozy każdego klienta jako CSV lub XLSX</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>N</source>
        <translation>LICZBA</translation>
    </message>
    <message>
        <source>L</source>
        <translation>JĘZYK</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
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
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>Column header: the unit of a row&apos;s value</extracomment>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>%1: cannot read the project (%2).</source>
        <translation>%1: nie można odczytać projektu (%2).</translation>
    </message>
    <message>
        <source>%1: cannot read the rejected rows (%2).</source>
        <translation>%1: nie można odczytać odrzuconych wierszy (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: nie można zapisać pliku (%2).</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>Balance before and after weighting</source>
        <translation>Zrównoważenie przed i po ważeniu</translation>
    </message>
    <message>
        <source>The naive comparison sets everyone ever in touch with the social care team against everyone else, from signup. Nobody is compared like with like, so there is no balance to show and the differences are not effects. Choose &quot;Similar customers, same day&quot; in the filter bar for the estimate.</source>
        <translation>Naiwne porównanie zestawia wszystkich, którzy kiedykolwiek kontaktowali się z zespołem social media, ze wszystkimi pozostałymi, od rejestracji. Nikt nie jest porównywany z podobnymi, więc nie ma zrównoważenia do pokazania, a różnice nie są efektami. Wybierz „Podobni klienci, ten sam dzień” na pasku filtrów, aby uzyskać oszacowanie.</translation>
    </message>
    <message>
        <source>The estimate is the effect on the customers the social care team dealt with. Each is followed from their first social contact and compared with customers who were still with us that day, had not dealt with the team yet and resembled them in: %1. The similar customers are weighted to the social customers&apos; mix, one comparison per calendar month since the launch, and stop counting as similar once they reach the social care team themselves.</source>
        <translation>Oszacowanie to efekt u klientów, którymi zajął się zespół social media. Każdy jest śledzony od pierwszego kontaktu w social media i porównywany z klientami, którzy tego dnia nadal byli z nami, jeszcze nie mieli kontaktu z zespołem i byli do niego podobni pod względem: %1. Podobni klienci są ważeni według składu klientów social, jedno porównanie na miesiąc kalendarzowy od startu, i przestają się liczyć jako podobni, gdy sami trafią do zespołu social media.</translation>
    </message>
    <message>
        <source>How wrong could it still be? To explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay; to make the interval reach no effect, %2 times.</source>
        <translation>Na ile może to być nadal błędne? Aby wyjaśnić efekt utrzymania klientów po 12 miesiącach, czynnik nieuwzględniony tutaj musiałby sprawiać, że klienci %1 razy częściej korzystają z obsługi social media i %1 razy częściej zostają; aby przedział sięgnął braku efektu – %2 razy.</translation>
    </message>
    <message>
        <source>How wrong could it still be? To explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay; its interval already includes no effect.</source>
        <translation>Na ile może to być nadal błędne? Aby wyjaśnić efekt utrzymania klientów po 12 miesiącach, czynnik nieuwzględniony tutaj musiałby sprawiać, że klienci %1 razy częściej korzystają z obsługi social media i %1 razy częściej zostają; jego przedział już obejmuje brak efektu.</translation>
    </message>
    <message>
        <source>Still out of balance after weighting: %1. The effect may partly come from these differences.</source>
        <translation>Nadal niezrównoważone po ważeniu: %1. Efekt może częściowo wynikać z tych różnic.</translation>
    </message>
    <message>
        <source>Thin overlap: many social customers had no similar customer, or the similar customers count for few after weighting. The estimate rests on few comparisons.</source>
        <translation>Słabe pokrycie: wielu klientów social media nie miało podobnego klienta albo podobni klienci po ważeniu liczą się niewiele. Oszacowanie opiera się na niewielu porównaniach.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln social customer(s) compared</source>
        <translation>
            <numerusform>%Ln porównany klient social media</numerusform>
            <numerusform>%Ln porównani klienci social media</numerusform>
            <numerusform>%Ln porównanych klientów social media</numerusform>
        </translation>
    </message>
    <message>
        <source>left out with no similar customer: %1</source>
        <translation>pominięci bez podobnego klienta: %1</translation>
    </message>
    <message>
        <source>flagged social without a date, left out: %1</source>
        <translation>oznaczeni jako social media bez daty, pominięci: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) used as similar customers (worth %1 after weighting)</source>
        <translation>
            <numerusform>%Ln klient użyty jako podobny (po ważeniu wart %1)</numerusform>
            <numerusform>%Ln klienci użyci jako podobni (po ważeniu warci %1)</numerusform>
            <numerusform>%Ln klientów użytych jako podobni (po ważeniu wartych %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly comparisons: %1</source>
        <translation>porównania miesięczne: %1</translation>
    </message>
</context>
<context>
    <name>CsvExportChoice</name>
    <message>
        <source>CSV for spreadsheets in my language (*.csv)</source>
        <extracomment>A file type of the save dialog: the CSV a spreadsheet opens in the user&apos;s language (its decimal mark and list separator). Keep (*.csv).</extracomment>
        <translation>CSV dla arkuszy kalkulacyjnych w moim języku (*.csv)</translation>
    </message>
    <message>
        <source>CSV for programs, comma and point (*.csv)</source>
        <extracomment>A file type of the save dialog: the locale-neutral CSV programs read (comma between cells, point as decimal mark). Keep (*.csv).</extracomment>
        <translation>CSV dla programów, przecinek i kropka (*.csv)</translation>
    </message>
</context>
<context>
    <name>CustomerKeyHash</name>
    <message>
        <source>This project stores its customer keys as written, so they cannot be hashed from now on (the tables would no longer match). Hash the keys from the first import of a new project.</source>
        <translation>Ten projekt przechowuje identyfikatory klientów w postaci zapisanej, więc od teraz nie można ich haszować (tabele przestałyby do siebie pasować). Haszuj identyfikatory od pierwszego importu nowego projektu.</translation>
    </message>
</context>
<context>
    <name>CustomerValue</name>
    <message>
        <source>Social: %1</source>
        <translation>Społeczna: %1</translation>
    </message>
    <message>
        <source>Control: %1</source>
        <translation>Kontrolna: %1</translation>
    </message>
    <message>
        <source>Lifetime value needs an annual discount rate above 0: without one a customer who stays for ever is worth without limit.</source>
        <translation>Wartość klienta wymaga rocznej stopy dyskontowej powyżej 0: bez niej klient, który zostaje na zawsze, byłby wart nieskończenie wiele.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have no lifetime value: a model they need could not be fitted.</source>
        <translation>
            <numerusform>%n klient nie ma wartości: nie udało się dopasować potrzebnego modelu.</numerusform>
            <numerusform>%n klienci nie mają wartości: nie udało się dopasować potrzebnego modelu.</numerusform>
            <numerusform>%n klientów nie ma wartości: nie udało się dopasować potrzebnego modelu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription lifetime (sBG)</source>
        <translation>Czas trwania subskrypcji (sBG)</translation>
    </message>
    <message>
        <source>Repeat orders (BG/NBD)</source>
        <translation>Powtórne zamówienia (BG/NBD)</translation>
    </message>
    <message>
        <source>Spend per order (Gamma-Gamma)</source>
        <translation>Wydatki na zamówienie (Gamma-Gamma)</translation>
    </message>
    <message>
        <source>%1: the data hold impossible values (a time below zero or after the as-of date); no model was fitted.</source>
        <translation>%1: dane zawierają niemożliwe wartości (czas poniżej zera lub po dacie analizy); nie dopasowano modelu.</translation>
    </message>
    <message>
        <source>%1: too few customers or too few months observed to fit the model.</source>
        <translation>%1: za mało klientów lub obserwowanych miesięcy, by dopasować model.</translation>
    </message>
    <message>
        <source>%1: nothing has happened yet that the model could learn from (no customer has left, or none has ordered again).</source>
        <translation>%1: nie wydarzyło się jeszcze nic, z czego model mógłby się uczyć (żaden klient nie odszedł lub żaden nie zamówił ponownie).</translation>
    </message>
    <message>
        <source>%1: fewer than 10 customers have ordered again, too few to fit the model.</source>
        <translation>%1: mniej niż 10 klientów zamówiło ponownie, za mało, by dopasować model.</translation>
    </message>
    <message>
        <source>%1: spend per order rises or falls with how often customers order (correlation beyond 0.3), which the model assumes it does not; no spend model was fitted.</source>
        <translation>%1: wydatki na zamówienie rosną lub maleją wraz z częstością zamówień (korelacja powyżej 0,3), a model zakłada, że tak nie jest; nie dopasowano modelu wydatków.</translation>
    </message>
    <message>
        <source>%1: the fit did not converge.</source>
        <translation>%1: dopasowanie nie osiągnęło zbieżności.</translation>
    </message>
    <message>
        <source>%1: the best fit lies at the edge of what the model allows; the data cannot pin its parameters down.</source>
        <translation>%1: najlepsze dopasowanie leży na granicy tego, na co pozwala model; dane nie wyznaczają jego parametrów.</translation>
    </message>
    <message>
        <source>%1: the data do not determine the model&apos;s parameters (no standard errors).</source>
        <translation>%1: dane nie wyznaczają parametrów modelu (brak błędów standardowych).</translation>
    </message>
    <message>
        <source>%1: no data for this model in the cohort.</source>
        <translation>%1: brak danych dla tego modelu w kohorcie.</translation>
    </message>
    <message>
        <source>Spend per order (Gamma-Gamma): the fitted spread of spend leaves its mean undefined (q at most 1).</source>
        <translation>Wydatki na zamówienie (Gamma-Gamma): dopasowany rozrzut wydatków pozostawia ich średnią nieokreśloną (q najwyżej 1).</translation>
    </message>
    <message>
        <source>%1: the data determine only a combination of the model&apos;s parameters, not each of them (a standard error exceeds its estimate), as happens when customers differ little in what it models. Its forecasts rest on that combination; its parameters alone say little.</source>
        <translation>%1: dane wyznaczają tylko kombinację parametrów modelu, a nie każdy z nich z osobna (błąd standardowy przekracza oszacowanie), co zdarza się, gdy klienci niewiele różnią się pod względem tego, co opisuje model. Jego prognozy opierają się na tej kombinacji; same parametry mówią niewiele.</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message>
        <source>Filter rows: type text found in any column (Ctrl+F)</source>
        <translation>Filtruj wiersze: wpisz tekst występujący w dowolnej kolumnie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Liczenie wierszy…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln wiersz</numerusform>
            <numerusform>%Ln wiersze</numerusform>
            <numerusform>%Ln wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Eksportowanie: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>%1 The table shows the rows read so far; try again when the project is free (an import may be running).</source>
        <translation>%1 Tabela pokazuje dotąd odczytane wiersze; spróbuj ponownie, gdy projekt będzie wolny (może trwa import).</translation>
    </message>
    <message>
        <source>Rows not counted</source>
        <translation>Wiersze nie policzone</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
</context>
<context>
    <name>DateOrderQuestion</name>
    <message>
        <source>Date order</source>
        <translation>Kolejność dat</translation>
    </message>
    <message>
        <source>%1 mixes both orders: &quot;%2&quot; only makes sense day first, &quot;%3&quot; only month first. Which order is right? Dates in the other order will be rejected and kept for you to fix.</source>
        <translation>%1 miesza obie kolejności: „%2” ma sens tylko z dniem na początku, „%3” tylko z miesiącem na początku. Która kolejność jest właściwa? Daty w drugiej kolejności zostaną odrzucone i zachowane do poprawienia.</translation>
    </message>
    <message>
        <source>Every date in %1 fits both orders, for example &quot;%2&quot;. Which order does the file use?</source>
        <translation>Każda data w %1 pasuje do obu kolejności, na przykład „%2”. Jakiej kolejności używa plik?</translation>
    </message>
    <message>
        <source>Day first (day/month/year)</source>
        <extracomment>Date order choice; %1 is an example from the file, %2 how it reads</extracomment>
        <translation>Najpierw dzień (dzień/miesiąc/rok)</translation>
    </message>
    <message>
        <source>Day first: &quot;%1&quot; is %2</source>
        <translation>Najpierw dzień: „%1” to %2</translation>
    </message>
    <message>
        <source>Month first (month/day/year)</source>
        <translation>Najpierw miesiąc (miesiąc/dzień/rok)</translation>
    </message>
    <message>
        <source>Month first: &quot;%1&quot; is %2</source>
        <translation>Najpierw miesiąc: „%1” to %2</translation>
    </message>
</context>
<context>
    <name>DeckTemplate</name>
    <message>
        <source>%1 cannot be read as a PowerPoint template: it is missing or not a .potx or .pptx file.</source>
        <translation>Nie można odczytać %1 jako szablonu PowerPoint: plik nie istnieje albo nie jest plikiem .potx ani .pptx.</translation>
    </message>
    <message>
        <source>%1 is not a PowerPoint template: it has no slide master.</source>
        <translation>%1 nie jest szablonem PowerPoint: nie ma wzorca slajdów.</translation>
    </message>
    <message>
        <source>%1 is not a PowerPoint template: its slide master has no layouts.</source>
        <translation>%1 nie jest szablonem PowerPoint: jego wzorzec slajdów nie ma układów.</translation>
    </message>
</context>
<context>
    <name>DeckWriter</name>
    <message>
        <source>no temporary folder (%1)</source>
        <translation>brak folderu tymczasowego (%1)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Writes a demo project: a telecom-style customer base with known true effects of social customer care, stored in the project&apos;s demo_truth table.</source>
        <translation>Zapisuje projekt demonstracyjny: bazę klientów w stylu operatora telekomunikacyjnego ze znanymi rzeczywistymi efektami obsługi klienta w social media, zapisanymi w tabeli demo_truth projektu.</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>Plik projektu do zapisania.</translation>
    </message>
    <message>
        <source>Number of customers (default 20000).</source>
        <translation>Liczba klientów (domyślnie 20000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed writes the same data.</source>
        <translation>Ziarno losowania; to samo ziarno zapisuje te same dane.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Zastąp PLIK, jeśli istnieje.</translation>
    </message>
    <message>
        <source>Missing -o FILE: where to write the demo project.</source>
        <translation>Brak -o PLIK: gdzie zapisać projekt demonstracyjny.</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to 100000000, not &quot;%1&quot;.</source>
        <translation>--customers musi być liczbą całkowitą od 1 do 100000000, a nie „%1”.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed musi być nieujemną liczbą całkowitą, a nie „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n customer(s) in %2 s.</source>
        <translation>
            <numerusform>Zapisano %1: %n klient w %2 s.</numerusform>
            <numerusform>Zapisano %1: %n klientów w %2 s.</numerusform>
            <numerusform>Zapisano %1: %n klientów w %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name: a random seed</comment>
        <translation>ZIARNO</translation>
    </message>
</context>
<context>
    <name>DerivationOptions</name>
    <message>
        <source>&quot;%1&quot; must be a date written YYYY-MM-DD.</source>
        <translation>„%1” musi być datą zapisaną jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;months&quot; or &quot;days&quot;.</source>
        <translation>„%1” musi mieć wartość &quot;months&quot; lub &quot;days&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1” musi mieć wartość true lub false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, such as &quot;C&quot;.</source>
        <translation>„%1” musi być tekstem, np. &quot;C&quot;.</translation>
    </message>
</context>
<context>
    <name>DerivationsBox</name>
    <message>
        <source>tenure %1 → signup %2</source>
        <translation>staż %1 → rejestracja %2</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>odszedł %1</translation>
    </message>
    <message>
        <source>still a customer</source>
        <translation>nadal klient</translation>
    </message>
    <message>
        <source>%1 × %2 → amount %3</source>
        <translation>%1 × %2 → kwota %3</translation>
    </message>
    <message>
        <source>First rows, as they will be stored:</source>
        <translation>Pierwsze wiersze, tak jak zostaną zapisane:</translation>
    </message>
    <message>
        <source>A snapshot extract, taken on:</source>
        <translation>Zrzut stanu z dnia:</translation>
    </message>
    <message>
        <source>With a tenure column, the signup date is this day minus the tenure; with a churn flag, the churn date is this day for customers who left.</source>
        <translation>Z kolumną stażu data rejestracji to ten dzień minus staż; ze znacznikiem odejścia data rezygnacji to ten dzień dla klientów, którzy odeszli.</translation>
    </message>
    <message>
        <source>Tenure in:</source>
        <translation>Staż w:</translation>
    </message>
    <message>
        <source>Cancellations start with:</source>
        <translation>Anulowania zaczynają się od:</translation>
    </message>
    <message>
        <source>Order keys of cancellations, netted against their order (for example C536379 against 536379).</source>
        <translation>Numery zamówień anulowań, odliczanych od ich zamówienia (np. C536379 od 536379).</translation>
    </message>
    <message>
        <source>They are marked implied and signed up on their first event in this file. Without this, such rows are rejected.</source>
        <translation>Zostają oznaczeni jako wywnioskowani, z datą rejestracji z ich pierwszego zdarzenia w tym pliku. Bez tego takie wiersze są odrzucane.</translation>
    </message>
    <message>
        <source>Rows are order lines</source>
        <translation>Wiersze to pozycje zamówień</translation>
    </message>
    <message>
        <source>The lines with the same order key become one order: amounts summed, cross-sell if any line is, products listed.</source>
        <translation>Wiersze z tym samym numerem zamówienia tworzą jedno zamówienie: kwoty sumowane, sprzedaż krzyżowa, jeśli którykolwiek wiersz nią jest, produkty wymienione.</translation>
    </message>
    <message>
        <source>Create missing customers</source>
        <translation>Utwórz brakujących klientów</translation>
    </message>
    <message>
        <source>Store customer keys as hashes</source>
        <translation>Zapisuj identyfikatory jako hasze</translation>
    </message>
    <message>
        <source>For keys your team must not keep, such as email addresses: each key is stored as a salted hash, never as written. From the first import of a project on, every import into it hashes its keys the same way.</source>
        <translation>Dla identyfikatorów, których zespół nie może przechowywać, np. adresów e-mail: każdy jest zapisywany jako solony hasz, nigdy w postaci zapisanej. Od pierwszego importu projektu każdy import do niego haszuje identyfikatory w ten sam sposób.</translation>
    </message>
    <message>
        <source>Derived values</source>
        <comment>options: the values the import will derive</comment>
        <translation>Wartości wyliczane</translation>
    </message>
    <message>
        <source>months</source>
        <comment>tenure unit, read as &quot;tenure in months&quot;</comment>
        <translation>miesiącach</translation>
    </message>
    <message>
        <source>days</source>
        <comment>tenure unit, read as &quot;tenure in days&quot;</comment>
        <translation>dniach</translation>
    </message>
</context>
<context>
    <name>DuplicatePolicyBox</name>
    <message>
        <source>&amp;Skip them</source>
        <extracomment>Duplicate policy: keep the stored row</extracomment>
        <translation>&amp;Pomiń je</translation>
    </message>
    <message>
        <source>The stored row stays as it is; the new one is listed with the rejected rows.</source>
        <translation>Zapisany wiersz pozostaje bez zmian; nowy trafia na listę odrzuconych wierszy.</translation>
    </message>
    <message>
        <source>&amp;Replace the stored row</source>
        <extracomment>Duplicate policy: overwrite the stored row</extracomment>
        <translation>Za&amp;stąp zapisany wiersz</translation>
    </message>
    <message>
        <source>The file&apos;s values overwrite it; rows that refer to it stay linked.</source>
        <translation>Wartości z pliku go nadpisują; wiersze, które się do niego odwołują, pozostają powiązane.</translation>
    </message>
    <message>
        <source>S&amp;top the import</source>
        <extracomment>Duplicate policy: abort the import</extracomment>
        <translation>Prz&amp;erwij import</translation>
    </message>
    <message>
        <source>Nothing is imported if any key is already there or appears twice in the file.</source>
        <translation>Nic nie zostanie zaimportowane, jeśli któryś klucz już istnieje lub występuje w pliku dwukrotnie.</translation>
    </message>
    <message>
        <source>Duplicate keys</source>
        <translation>Zduplikowane klucze</translation>
    </message>
    <message>
        <source>Rows whose %1 is already in the project, or earlier in the file:</source>
        <extracomment>%1 is the key field, e.g. &quot;Customer ID&quot;</extracomment>
        <translation>Wiersze, których %1 jest już w projekcie lub wcześniej w pliku:</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the folder exists and that you may write there, or choose another folder.</source>
        <translation>Nie udało się zapisać %1 (%2). Sprawdź, czy folder istnieje i czy możesz w nim zapisywać, albo wybierz inny folder.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the free space and try again.</source>
        <translation>Nie udało się zapisać %1 (%2). Sprawdź wolne miejsce i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>ExportLocation</name>
    <message>
        <source>No file name was given.</source>
        <translation>Nie podano nazwy pliku.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>Nie można zapisać %1: folder %2 nie istnieje.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is a folder.</source>
        <translation>Nie można zapisać %1: to jest folder.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Nie można zapisać %1: %2.</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>Eksport zapisany</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Pokaż w &amp;folderze</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>A file dialog&apos;s filter; keep (*.xlsx)</extracomment>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Customer ID</source>
        <translation>ID klienta</translation>
    </message>
    <message>
        <source>Signup date</source>
        <translation>Data rejestracji</translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation>Data odejścia</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Przychód miesięczny</translation>
    </message>
    <message>
        <source>Social engaged</source>
        <translation>Kontakt w social media</translation>
    </message>
    <message>
        <source>First social contact</source>
        <translation>Pierwszy kontakt w social media</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>Ocena NPS</translation>
    </message>
    <message>
        <source>At-risk date</source>
        <translation>Data zagrożenia odejściem</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID kontaktu</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Data kontaktu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Handle time (min)</source>
        <translation>Czas obsługi (min)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązano</translation>
    </message>
    <message>
        <source>Led to process change</source>
        <translation>Doprowadził do zmiany procesu</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID zamówienia</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Data zamówienia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Sprzedaż krzyżowa</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Mention ID</source>
        <translation>ID wzmianki</translation>
    </message>
    <message>
        <source>Mention date</source>
        <translation>Data wzmianki</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Wydźwięk</translation>
    </message>
    <message>
        <source>Reach</source>
        <extracomment>Of a social-media mention: how many people could see it (audience)</extracomment>
        <translation>Zasięg</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Improvement ID</source>
        <translation>ID usprawnienia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Issues addressed</source>
        <translation>Rozwiązane problemy</translation>
    </message>
    <message>
        <source>Customers retained a year</source>
        <translation>Klienci utrzymani rocznie</translation>
    </message>
    <message>
        <source>Staff hours saved a year</source>
        <translation>Zaoszczędzone godziny pracy rocznie</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Wzmianki</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Usprawnienia</translation>
    </message>
    <message>
        <source>Tenure (gives the signup date)</source>
        <translation>Staż (daje datę rejestracji)</translation>
    </message>
    <message>
        <source>Churned, yes or no (gives the churn date)</source>
        <translation>Odszedł, tak lub nie (daje datę rezygnacji)</translation>
    </message>
    <message>
        <source>Implied (created by an import)</source>
        <translation>Wywnioskowany (utworzony przez import)</translation>
    </message>
    <message>
        <source>Quantity (× unit price gives the amount)</source>
        <translation>Ilość (× cena jednostkowa daje kwotę)</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Returned amount</source>
        <translation>Kwota zwrotów</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Wszyscy klienci</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Odczytane wiersze</translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>The mapping profile is not valid JSON (%1 at character %2).</source>
        <translation>Profil mapowania nie jest poprawnym JSON (%1 przy znaku %2).</translation>
    </message>
    <message>
        <source>The mapping profile is not a JSON object.</source>
        <translation>Profil mapowania nie jest obiektem JSON.</translation>
    </message>
    <message>
        <source>This is not a SocialROI mapping profile: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>To nie jest profil mapowania SocialROI: „format” musi mieć wartość „%1”.</translation>
    </message>
    <message>
        <source>The mapping profile has no valid &quot;version&quot;.</source>
        <translation>Profil mapowania nie ma poprawnej „version”.</translation>
    </message>
    <message>
        <source>The mapping profile was saved by a newer version of SocialROI (profile version %1). Update the application.</source>
        <translation>Profil mapowania został zapisany przez nowszą wersję SocialROI (wersja profilu %1). Zaktualizuj aplikację.</translation>
    </message>
    <message>
        <source>The mapping profile names an unknown table &quot;%1&quot;; use one of: %2.</source>
        <translation>Profil mapowania wskazuje nieznaną tabelę „%1”; użyj jednej z: %2.</translation>
    </message>
    <message>
        <source>The mapping profile has no &quot;columns&quot; list.</source>
        <translation>Profil mapowania nie ma listy „columns”.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;columns&quot; needs a &quot;column&quot; number of 1 or more.</source>
        <translation>Pozycja %1 w „columns” wymaga numeru „column” równego 1 lub większego.</translation>
    </message>
    <message>
        <source>Column %1 appears twice in the mapping profile.</source>
        <translation>Kolumna %1 występuje w profilu mapowania dwukrotnie.</translation>
    </message>
    <message>
        <source>Column %1: &quot;field&quot; must be a field name or null.</source>
        <translation>Kolumna %1: „field” musi być nazwą pola lub null.</translation>
    </message>
    <message>
        <source>Column %1 maps to &quot;%2&quot;, which is not a field of table %3; use one of: %4.</source>
        <translation>Kolumna %1 jest mapowana na „%2”, które nie jest polem tabeli %3; użyj jednego z: %4.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped to two columns; keep one.</source>
        <translation>Pole „%1” jest zmapowane na dwie kolumny; zostaw jedną.</translation>
    </message>
    <message>
        <source>&quot;date_order&quot; must be &quot;dmy&quot; or &quot;mdy&quot;.</source>
        <translation>„date_order” musi mieć wartość „dmy” lub „mdy”.</translation>
    </message>
    <message>
        <source>&quot;decimal_separator&quot; must be &quot;point&quot; or &quot;comma&quot;.</source>
        <translation>„decimal_separator” musi mieć wartość „point” lub „comma”.</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>yes/no</source>
        <extracomment>A yes/no value</extracomment>
        <translation>tak/nie</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <source>number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>money</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>one of a list</source>
        <translation>jedna z listy</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Every customer of the project</source>
        <translation>Każdy klient projektu</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Only customers of one segment, or with one value of a customer attribute: pick one, or type NAME=VALUE (for example region=North) and press Enter.</source>
        <translation>Tylko klienci jednego segmentu lub z jedną wartością atrybutu klienta: wybierz go albo wpisz NAZWA=WARTOŚĆ (na przykład region=Północ) i naciśnij Enter.</translation>
    </message>
    <message>
        <source>Signed up &amp;from:</source>
        <translation>Zarejestrowani &amp;od:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;do:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Bez ograniczenia</translation>
    </message>
    <message>
        <source>Only customers who signed up on or after this day</source>
        <translation>Tylko klienci zarejestrowani tego dnia lub później</translation>
    </message>
    <message>
        <source>Only customers who signed up on or before this day</source>
        <translation>Tylko klienci zarejestrowani tego dnia lub wcześniej</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Stan &amp;na dzień:</translation>
    </message>
    <message>
        <source>Project default</source>
        <translation>Domyślne projektu</translation>
    </message>
    <message>
        <source>The day the metrics describe. By default the as-of date of the assumptions, or else the latest date in the data.</source>
        <translation>Dzień, który opisują wskaźniki. Domyślnie data stanu z założeń, a w przeciwnym razie najpóźniejsza data w danych.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Resetuj</translation>
    </message>
    <message>
        <source>Show every customer, with no date limits</source>
        <translation>Pokaż wszystkich klientów, bez ograniczeń dat</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nic więcej</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Porównaj z:</translation>
    </message>
    <message>
        <source>Similar customers, same day (estimate)</source>
        <translation>Podobni klienci, ten sam dzień (oszacowanie)</translation>
    </message>
    <message>
        <source>Each social customer from their first social contact against customers still with us that day who had not dealt with the social care team yet and resemble them: an estimate of what the team caused.</source>
        <translation>Każdy klient social media od pierwszego kontaktu w social media wobec klientów, którzy tego dnia nadal byli z nami, nie mieli jeszcze kontaktu z zespołem i są do niego podobni: oszacowanie tego, co zespół spowodował.</translation>
    </message>
    <message>
        <source>Everyone else, from signup (naive)</source>
        <translation>Wszyscy pozostali, od rejestracji (naiwnie)</translation>
    </message>
    <message>
        <source>Everyone ever in touch with the social care team against everyone else, from signup: a comparison, not an estimate of an effect.</source>
        <translation>Wszyscy, którzy kiedykolwiek kontaktowali się z zespołem social media, wobec wszystkich pozostałych, od rejestracji: porównanie, a nie oszacowanie efektu.</translation>
    </message>
    <message>
        <source>Also &amp;alike in:</source>
        <translation>Podobni &amp;także pod względem:</translation>
    </message>
    <message>
        <source>Customer attributes of your files that the estimate should compare like with like, on top of segment, tenure and revenue</source>
        <translation>Atrybuty klientów z Twoich plików, według których oszacowanie ma porównywać podobnych, oprócz segmentu, stażu i przychodu</translation>
    </message>
    <message>
        <source>Segments not read yet: trying again…</source>
        <translation>Segmenty jeszcze nieodczytane: ponowna próba…</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <source>The 12 months up to the latest signup in the data</source>
        <translation>12 miesięcy do ostatniej rejestracji w danych</translation>
    </message>
    <message>
        <source>Since programme launch</source>
        <translation>Od uruchomienia programu</translation>
    </message>
    <message>
        <source>From the launch date of the assumptions, else the first social contact</source>
        <translation>Od daty uruchomienia z założeń, a w jej braku od pierwszego kontaktu w social media</translation>
    </message>
    <message>
        <source>No launch date: set it in the assumptions or import social contacts</source>
        <translation>Brak daty uruchomienia: ustaw ją w założeniach lub zaimportuj kontakty z mediów społecznościowych</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Wszystkie daty</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Daty</translation>
    </message>
    <message>
        <source>Signup dates at one click: the last 12 months, a calendar year, since the programme launch, or all dates</source>
        <translation>Daty rejestracji jednym kliknięciem: ostatnie 12 miesięcy, rok kalendarzowy, od uruchomienia programu lub wszystkie daty</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>The programme&apos;s monthly cost, the contribution margin and the cost of a contact on each channel: check them so the money adds up.</source>
        <translation>Miesięczny koszt programu, marża na pokrycie i koszt kontaktu w każdym kanale: sprawdź je, aby kwoty się zgadzały.</translation>
    </message>
    <message>
        <source>One row per contact, for customers already imported. Needs %1 (phone, social, self_service, email or chat). Also useful: %2.</source>
        <translation>Jeden wiersz na kontakt, dla już zaimportowanych klientów. Wymaga %1 (phone, social, self_service, email lub chat). Przydatne także: %2.</translation>
    </message>
    <message>
        <source>Bring in your data</source>
        <translation>Wczytaj swoje dane</translation>
    </message>
    <message>
        <source>Each step is ticked once its data is in the project. Contacts and orders give the metrics their substance.</source>
        <translation>Każdy krok zostaje odhaczony, gdy jego dane znajdą się w projekcie. Kontakty i zamówienia nadają wskaźnikom treść.</translation>
    </message>
    <message>
        <source>This project holds no customers yet. Import your files in this order; each step is ticked once its data is in the project.</source>
        <translation>Ten projekt nie zawiera jeszcze klientów. Zaimportuj pliki w tej kolejności; każdy krok zostaje odhaczony, gdy jego dane znajdą się w projekcie.</translation>
    </message>
    <message>
        <source>Your columns may have other names: the wizard matches them, and you can map them by hand. See &lt;a href=&quot;%1&quot;&gt;how example files map&lt;/a&gt; (Telco churn, Online Retail, a ticket log) or the &lt;a href=&quot;%2&quot;&gt;import wizard&apos;s guide&lt;/a&gt;.</source>
        <translation>Twoje kolumny mogą mieć inne nazwy: kreator je dopasuje, a możesz też przypisać je ręcznie. Zobacz &lt;a href=&quot;%1&quot;&gt;jak mapowane są przykładowe pliki&lt;/a&gt; (Telco churn, Online Retail, rejestr zgłoszeń) lub &lt;a href=&quot;%2&quot;&gt;przewodnik po kreatorze importu&lt;/a&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — done, %Ln row(s)</source>
        <translation>
            <numerusform>%1 — gotowe, %Ln wiersz</numerusform>
            <numerusform>%1 — gotowe, %Ln wiersze</numerusform>
            <numerusform>%1 — gotowe, %Ln wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checked</source>
        <translation>%1 — sprawdzone</translation>
    </message>
    <message>
        <source>Import more customers…</source>
        <translation>Importuj kolejnych klientów…</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Importuj klientów…</translation>
    </message>
    <message>
        <source>Import more contacts…</source>
        <translation>Importuj kolejne kontakty…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importuj kontakty…</translation>
    </message>
    <message>
        <source>Import more orders…</source>
        <translation>Importuj kolejne zamówienia…</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>Importuj zamówienia…</translation>
    </message>
    <message>
        <source>Edit the assumptions…</source>
        <translation>Edytuj założenia…</translation>
    </message>
    <message>
        <source>Import the customers first: each row names one.</source>
        <translation>Najpierw zaimportuj klientów: każdy wiersz wskazuje jednego z nich.</translation>
    </message>
    <message>
        <source>One row per customer. Needs %1, or for a snapshot extract a tenure and a churn flag with the day it was taken. Also useful: %2 (churn_date for retention, social_engaged or first_social_date for who dealt with the social care team).</source>
        <translation>Jeden wiersz na klienta. Wymaga %1 albo, dla zrzutu stanu, stażu i znacznika odejścia wraz z dniem wykonania zrzutu. Przydatne także: %2 (churn_date do utrzymania klientów, social_engaged lub first_social_date, by wiedzieć, kto miał kontakt z zespołem social media).</translation>
    </message>
    <message>
        <source>One row per order, or per order line with a quantity and a unit price. Needs %1; customers not imported yet can be created. Also useful: %2.</source>
        <translation>Jeden wiersz na zamówienie albo na pozycję zamówienia z ilością i ceną jednostkową. Wymaga %1; klientów jeszcze nie zaimportowanych można utworzyć. Przydatne także: %2.</translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i %n inny</numerusform>
            <numerusform>i %n inne</numerusform>
            <numerusform>i %n innych</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) of the %1 table match no column of the file: %2. The file&apos;s columns are: %3. Rename the column in the file, or choose the column for each field in the import wizard or with a mapping profile (--mapping).</source>
        <translation>
            <numerusform>%n wymagane pole tabeli %1 nie pasuje do żadnej kolumny pliku: %2. Kolumny pliku to: %3. Zmień nazwę kolumny w pliku lub wybierz kolumnę dla każdego pola w kreatorze importu albo za pomocą profilu mapowania (--mapping).</numerusform>
            <numerusform>%n wymagane pola tabeli %1 nie pasują do żadnej kolumny pliku: %2. Kolumny pliku to: %3. Zmień nazwę kolumny w pliku lub wybierz kolumnę dla każdego pola w kreatorze importu albo za pomocą profilu mapowania (--mapping).</numerusform>
            <numerusform>%n wymaganych pól tabeli %1 nie pasuje do żadnej kolumny pliku: %2. Kolumny pliku to: %3. Zmień nazwę kolumny w pliku lub wybierz kolumnę dla każdego pola w kreatorze importu albo za pomocą profilu mapowania (--mapping).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: the mapping profile cannot be read (%2).</source>
        <translation>%1: nie można odczytać profilu mapowania (%2).</translation>
    </message>
    <message>
        <source>%1: no such mapping profile file (and the project %2 does not exist yet, so it has no saved profiles).</source>
        <translation>%1: nie ma takiego pliku profilu mapowania (a projekt %2 jeszcze nie istnieje, więc nie ma zapisanych profili).</translation>
    </message>
    <message>
        <source>%1 is neither a mapping profile file nor a profile saved in the project: %2</source>
        <translation>%1 nie jest ani plikiem profilu mapowania, ani profilem zapisanym w projekcie: %2</translation>
    </message>
    <message>
        <source>Imported %1 into the %2 table of %3 (import %4, %5 s).</source>
        <translation>Zaimportowano %1 do tabeli %2 w %3 (import %4, %5 s).</translation>
    </message>
    <message>
        <source>  rows read:     %1</source>
        <translation>  odczytane wiersze:  %1</translation>
    </message>
    <message>
        <source>  imported:      %1</source>
        <translation>  zaimportowane:      %1</translation>
    </message>
    <message>
        <source>  rejected:      %1</source>
        <translation>  odrzucone:          %1</translation>
    </message>
    <message>
        <source>  blank rows:    %1 (skipped)</source>
        <translation>  puste wiersze:      %1 (pominięte)</translation>
    </message>
    <message>
        <source>  extra values:  %1 (columns without a field, kept as extra attributes)</source>
        <translation>  dodatkowe wartości: %1 (kolumny bez pola, zachowane jako dodatkowe atrybuty)</translation>
    </message>
    <message>
        <source>Some rows were rejected; every one is kept in the project (rejected_rows, import %1) with its line, column, text and reason. The first ones:</source>
        <translation>Część wierszy odrzucono; każdy jest zachowany w projekcie (rejected_rows, import %1) z numerem wiersza, kolumną, tekstem i przyczyną. Pierwsze z nich:</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>Imports a CSV, TSV or XLSX file into one table of a project, creating the project if it does not exist. Columns are matched to the table&apos;s fields by their headers (in English, French, German, Polish or Hindi) or by a mapping profile; columns without a field are kept as extra attributes. Rows with bad values are rejected and kept in the project with their line, column and reason; the rest is imported. A file that cannot be read as a whole imports nothing.</source>
        <translation>Importuje plik CSV, TSV lub XLSX do jednej tabeli projektu, tworząc projekt, jeśli nie istnieje. Kolumny są dopasowywane do pól tabeli według nagłówków (po angielsku, francusku, niemiecku, polsku lub w hindi) albo według profilu mapowania; kolumny bez pola są zachowywane jako dodatkowe atrybuty. Wiersze z błędnymi wartościami są odrzucane i zachowywane w projekcie z numerem wiersza, kolumną i przyczyną; reszta jest importowana. Plik, którego nie da się odczytać w całości, nie importuje niczego.</translation>
    </message>
    <message>
        <source>The file to import (.csv, .tsv, .txt, .xlsx).</source>
        <translation>Plik do zaimportowania (.csv, .tsv, .txt, .xlsx).</translation>
    </message>
    <message>
        <source>The project file (.socialroi); created when missing.</source>
        <translation>Plik projektu (.socialroi); tworzony, jeśli nie istnieje.</translation>
    </message>
    <message>
        <source>The table to import into: customers, contacts, orders, mentions or improvements (required).</source>
        <translation>Tabela docelowa: customers, contacts, orders, mentions lub improvements (wymagane).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELA</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first).</source>
        <translation>Arkusz skoroszytu do odczytania (domyślnie: pierwszy).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>A mapping profile: a JSON file, or the name of a profile saved in the project.</source>
        <translation>Profil mapowania: plik JSON lub nazwa profilu zapisanego w projekcie.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Save the mapping used in the project under NAME, for --mapping NAME next time.</source>
        <translation>Zapisz użyte mapowanie w projekcie pod NAZWĄ, aby następnym razem użyć --mapping NAZWA.</translation>
    </message>
    <message>
        <source>What to do with a row whose key is already in the project or earlier in the file: skip (keep the existing row; default), replace (update it) or fail (import nothing).</source>
        <translation>Co zrobić z wierszem, którego klucz jest już w projekcie lub wcześniej w pliku: skip (zachowaj istniejący wiersz; domyślnie), replace (zaktualizuj go) lub fail (nie importuj niczego).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>ZASADA</translation>
    </message>
    <message>
        <source>The order of dates like 05/06/2024 when the file cannot tell: dmy (day first) or mdy (month first).</source>
        <translation>Kolejność dat takich jak 05/06/2024, gdy plik jej nie rozstrzyga: dmy (najpierw dzień) lub mdy (najpierw miesiąc).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>KOLEJNOŚĆ</translation>
    </message>
    <message>
        <source>The delimiter of a text file, when detection is wrong: a character, or tab, comma, semicolon, pipe.</source>
        <translation>Separator pliku tekstowego, gdy wykrywanie się myli: znak albo tab, comma, semicolon, pipe.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>ZNAK</translation>
    </message>
    <message>
        <source>The encoding of a text file, when detection is wrong: utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>Kodowanie pliku tekstowego, gdy wykrywanie się myli: utf-8, utf-16le, utf-16be lub windows-1252.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>Missing FILE: the file to import.</source>
        <translation>Brak PLIKU: pliku do zaimportowania.</translation>
    </message>
    <message>
        <source>Import one file at a time; unexpected argument: %1</source>
        <translation>Importuj jeden plik naraz; nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to import into.</source>
        <translation>Brak -p PROJEKT: projektu, do którego importować.</translation>
    </message>
    <message>
        <source>Missing --table: customers, contacts, orders, mentions or improvements.</source>
        <translation>Brak --table: customers, contacts, orders, mentions lub improvements.</translation>
    </message>
    <message>
        <source>--table must be customers, contacts, orders, mentions or improvements, not &quot;%1&quot;.</source>
        <translation>--table musi mieć wartość customers, contacts, orders, mentions lub improvements, a nie „%1”.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, replace or fail, not &quot;%1&quot;.</source>
        <translation>--on-duplicate musi mieć wartość skip, replace lub fail, a nie „%1”.</translation>
    </message>
    <message>
        <source>--date-order must be dmy or mdy, not &quot;%1&quot;.</source>
        <translation>--date-order musi mieć wartość dmy lub mdy, a nie „%1”.</translation>
    </message>
    <message>
        <source>--delimiter must be one character (or tab, comma, semicolon, pipe), not &quot;%1&quot;.</source>
        <translation>--delimiter musi być jednym znakiem (albo tab, comma, semicolon, pipe), a nie „%1”.</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252, not &quot;%1&quot;.</source>
        <translation>--encoding musi mieć wartość utf-8, utf-8-bom, utf-16le, utf-16be lub windows-1252, a nie „%1”.</translation>
    </message>
    <message>
        <source>FILE is the project itself; choose the file to import.</source>
        <translation>PLIK to sam projekt; wybierz plik do zaimportowania.</translation>
    </message>
    <message>
        <source>The mapping was saved in the project as &quot;%1&quot;.</source>
        <translation>Mapowanie zapisano w projekcie jako „%1”.</translation>
    </message>
    <message>
        <source>  customers created: %1 (implied: signed up on their first event in this file)</source>
        <translation>  utworzeni klienci: %1 (wywnioskowani: rejestracja z pierwszego zdarzenia w tym pliku)</translation>
    </message>
    <message>
        <source>Derived values:</source>
        <translation>Wartości wyliczone:</translation>
    </message>
    <message>
        <source>Customers: the day a snapshot extract was taken (YYYY-MM-DD). With a tenure column, signup_date is this day minus the tenure; with a churn flag (yes/no), churn_date is this day for those who left.</source>
        <translation>Klienci: dzień wykonania zrzutu stanu (RRRR-MM-DD). Z kolumną stażu signup_date to ten dzień minus staż; ze znacznikiem odejścia (tak/nie) churn_date to ten dzień dla tych, którzy odeszli.</translation>
    </message>
    <message>
        <source>The unit of the tenure column: months (default) or days.</source>
        <translation>Jednostka kolumny stażu: months (miesiące, domyślnie) lub days (dni).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>JEDNOSTKA</translation>
    </message>
    <message>
        <source>Orders: the rows are order lines; COLUMN holds the order key that groups them into one order (amounts summed; amount = quantity × unit price when the file has no amount).</source>
        <translation>Zamówienia: wiersze to pozycje zamówień; KOLUMNA zawiera numer zamówienia, który łączy je w jedno zamówienie (kwoty sumowane; kwota = ilość × cena jednostkowa, gdy plik nie ma kwoty).</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>KOLUMNA</translation>
    </message>
    <message>
        <source>Order lines: order keys starting with TEXT are cancellations (for example C), netted against their order when the file has it.</source>
        <translation>Pozycje zamówień: numery zamówień zaczynające się od TEKST to anulowania (np. C), odliczane od ich zamówienia, gdy plik je zawiera.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Contacts, orders, mentions: create the customers the project does not have, marked implied, signed up on their first event in the file (without it such rows are rejected).</source>
        <translation>Kontakty, zamówienia, wzmianki: utwórz klientów, których nie ma w projekcie, oznaczonych jako wywnioskowani, z rejestracją z pierwszego zdarzenia w pliku (bez tego takie wiersze są odrzucane).</translation>
    </message>
    <message>
        <source>--snapshot must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--snapshot musi być datą zapisaną jako RRRR-MM-DD, a nie „%1”.</translation>
    </message>
    <message>
        <source>--tenure-unit must be months or days, not &quot;%1&quot;.</source>
        <translation>--tenure-unit musi mieć wartość months lub days, a nie „%1”.</translation>
    </message>
    <message>
        <source>Store customer keys (email addresses, phone numbers) as salted hashes, never as written; from the first import of a project on, every import into it hashes its keys the same way.</source>
        <translation>Zapisuj identyfikatory klientów (adresy e-mail, numery telefonów) jako solone hasze, nigdy w postaci zapisanej; od pierwszego importu projektu każdy import do niego haszuje identyfikatory w ten sam sposób.</translation>
    </message>
    <message>
        <source>Rejected rows by reason:</source>
        <translation>Odrzucone wiersze według przyczyny:</translation>
    </message>
    <message>
        <source>  %1 × %2 (first on line %3)</source>
        <translation>  %1 × %2 (po raz pierwszy w wierszu %3)</translation>
    </message>
    <message numerus="yes">
        <source>  order lines:   %1, making %n order(s)</source>
        <translation>
            <numerusform>  pozycje zamówień: %1, czyli %n zamówienie</numerusform>
            <numerusform>  pozycje zamówień: %1, czyli %n zamówienia</numerusform>
            <numerusform>  pozycje zamówień: %1, czyli %n zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cancellations: %n line(s); netted against their order: %1, kept as negative orders (no such order in the file): %2</source>
        <translation>
            <numerusform>  anulowania:    %n wiersz; odliczone od zamówienia: %1, zachowane jako ujemne zamówienia (brak zamówienia w pliku): %2</numerusform>
            <numerusform>  anulowania:    %n wiersze; odliczone od zamówienia: %1, zachowane jako ujemne zamówienia (brak zamówienia w pliku): %2</numerusform>
            <numerusform>  anulowania:    %n wierszy; odliczone od zamówienia: %1, zachowane jako ujemne zamówienia (brak zamówienia w pliku): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n existing row(s) replaced)</source>
        <translation>
            <numerusform> (zastąpiono %n istniejący wiersz)</numerusform>
            <numerusform> (zastąpiono %n istniejące wiersze)</numerusform>
            <numerusform> (zastąpiono %n istniejących wierszy)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown customer(s)</source>
        <translation>
            <numerusform>%n nieznany klient</numerusform>
            <numerusform>%n nieznani klienci</numerusform>
            <numerusform>%n nieznanych klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n pominięty duplikat</numerusform>
            <numerusform>%n pominięte duplikaty</numerusform>
            <numerusform>%n pominiętych duplikatów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>A CSV, TSV or text export, or an Excel workbook (.xlsx). Nothing is written to the project before the last step.</source>
        <translation>Eksport CSV, TSV lub tekstowy albo skoroszyt Excela (.xlsx). Nic nie jest zapisywane w projekcie przed ostatnim krokiem.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Ścieżka pliku do zaimportowania</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>&amp;Import into:</source>
        <translation>&amp;Importuj do:</translation>
    </message>
    <message>
        <source>Text format</source>
        <translation>Format tekstu</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>First line holds the column &amp;names</source>
        <extracomment>Check box: the first line of the file holds the column names</extracomment>
        <translation>Pierwszy wiersz zawiera &amp;nazwy kolumn</translation>
    </message>
    <message>
        <source>Spreadsheets and text exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Arkusze i eksporty tekstowe (*.csv *.tsv *.txt *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
    </message>
    <message>
        <source>Excel workbook. Sheets: %1.</source>
        <translation>Skoroszyt Excela. Arkusze: %1.</translation>
    </message>
    <message>
        <source>Delimited text. Columns (%1): %2.</source>
        <translation>Tekst rozdzielany. Kolumny (%1): %2.</translation>
    </message>
    <message>
        <source>Needs: %1.</source>
        <translation>Wymaga: %1.</translation>
    </message>
    <message>
        <source>Guessed from the column names. %1</source>
        <translation>Odgadnięto z nazw kolumn. %1</translation>
    </message>
    <message>
        <source>detected</source>
        <extracomment>Beside a setting of the text format: found by reading the file</extracomment>
        <translation>wykryto</translation>
    </message>
    <message>
        <source>(or a tenure, with the day of the snapshot)</source>
        <translation>(lub staż, z dniem zrzutu)</translation>
    </message>
    <message>
        <source>(or a quantity and a unit price)</source>
        <translation>(lub ilość i cena jednostkowa)</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>%1: cannot read the import history (%2).</source>
        <translation>%1: nie można odczytać historii importu (%2).</translation>
    </message>
    <message>
        <source>Import %1 is not in this project.</source>
        <translation>Importu %1 nie ma w tym projekcie.</translation>
    </message>
    <message>
        <source>The mapping of import %1 cannot be read (%2).</source>
        <translation>Nie można odczytać mapowania importu %1 (%2).</translation>
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
            <numerusform>%n z odrzuconych wierszy poprawiono i zaimportowano ponownie.</numerusform>
            <numerusform>%n z odrzuconych wierszy poprawiono i zaimportowano ponownie.</numerusform>
            <numerusform>%n z odrzuconych wierszy poprawiono i zaimportowano ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date and time of an import</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2 fixed)</source>
        <translation>%1 (poprawione: %2)</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Zaimportowano jako</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowane</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Imported by an earlier version, which kept no record of the rows: it cannot be undone.</source>
        <translation>Zaimportowano we wcześniejszej wersji, która nie zapisała wierszy: tego importu nie można cofnąć.</translation>
    </message>
    <message>
        <source>Nothing was imported into this project yet. Use File &gt; Import data… or drop a file on the window.</source>
        <translation>Do tego projektu nic jeszcze nie zaimportowano. Użyj Plik &gt; Importuj dane… albo upuść plik na okno.</translation>
    </message>
    <message>
        <source>From %1 (%2), SHA-256 %3</source>
        <translation>Z %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolumna %1</translation>
    </message>
    <message>
        <source>Kept as extra attributes: %1</source>
        <translation>Zachowane jako dodatkowe atrybuty: %1</translation>
    </message>
    <message>
        <source>How its columns were read</source>
        <translation>Jak odczytano kolumny</translation>
    </message>
    <message>
        <source>Values derived</source>
        <translation>Wartości wyprowadzone</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Cofnij ten import</translation>
    </message>
    <message>
        <source>Nothing else changes. The file itself is not touched: you can import it again later.</source>
        <translation>Nic innego się nie zmienia. Sam plik pozostaje nietknięty: możesz go później zaimportować ponownie.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Cofanie importu…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historia importu</translation>
    </message>
    <message>
        <source>Every file imported into this project, newest first. Select one to see how it was read, to open its rejected rows (fix them and import them again), or to undo it.</source>
        <translation>Każdy plik zaimportowany do tego projektu, od najnowszego. Wybierz jeden, aby zobaczyć, jak został odczytany, otworzyć jego odrzucone wiersze (popraw je i zaimportuj ponownie) albo cofnąć import.</translation>
    </message>
    <message>
        <source>&amp;Rejected rows…</source>
        <translation>&amp;Odrzucone wiersze…</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Cofnij ten import…</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Zmapuj kolumny</translation>
    </message>
    <message>
        <source>Choose the field each column of the file goes to. Columns without a field are kept as extra attributes, usable as segments and filters.</source>
        <translation>Wybierz pole, do którego trafia każda kolumna pliku. Kolumny bez pola są zachowywane jako dodatkowe atrybuty, których można używać jako segmentów i filtrów.</translation>
    </message>
    <message>
        <source>Loaded the mapping &quot;%1&quot;.</source>
        <translation>Wczytano mapowanie „%1”.</translation>
    </message>
    <message>
        <source>Loaded the mapping &quot;%1&quot;; its columns %2 are not in this file.</source>
        <translation>Wczytano mapowanie „%1”; jego kolumn %2 nie ma w tym pliku.</translation>
    </message>
    <message>
        <source>Required fields without a column: %1. Choose the column that holds each.</source>
        <translation>Wymagane pola bez kolumny: %1. Wybierz kolumnę, która zawiera każde z nich.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Would be rejected: %1</source>
        <translation>Zostałby odrzucony: %1</translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation>Wygląda na: %1</translation>
    </message>
    <message>
        <source>Row %1 of the sheet</source>
        <translation>Wiersz %1 arkusza</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Wiersz %1 pliku</translation>
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
→ dodatkowy atrybut</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; goes to the field %2.</source>
        <translation>Kolumna „%1” trafia do pola %2.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is kept as an extra attribute (usable as a segment or filter).</source>
        <translation>Kolumna „%1” jest zachowana jako dodatkowy atrybut (do użycia jako segment lub filtr).</translation>
    </message>
    <message>
        <source>Its values look like: %1.</source>
        <translation>Jej wartości wyglądają na: %1.</translation>
    </message>
    <message>
        <source>Values the import would reject in these rows: %1.</source>
        <translation>Wartości, które import odrzuciłby w tych wierszach: %1.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>The first rows exactly as written in the file. Each column shows the field it goes to; you can change that on the next page.</source>
        <translation>Pierwsze wiersze dokładnie tak, jak zapisano je w pliku. Każda kolumna pokazuje pole, do którego trafia; możesz to zmienić na następnej stronie.</translation>
    </message>
    <message>
        <source>A value the import would reject; point at the cell for the reason.</source>
        <translation>Wartość, którą import by odrzucił; wskaż komórkę, aby zobaczyć przyczynę.</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Odczytywanie pierwszych wierszy…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>All rows of the file: %1.</source>
        <translation>Wszystkie wiersze pliku: %1.</translation>
    </message>
    <message>
        <source>Rows the import would reject for a bad value: %1.</source>
        <translation>Wiersze, które import odrzuciłby z powodu błędnej wartości: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) of the file.</source>
        <translation>
            <numerusform>Pierwszy wiersz pliku (%Ln).</numerusform>
            <numerusform>Pierwsze %Ln wiersze pliku.</numerusform>
            <numerusform>Pierwsze %Ln wierszy pliku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of the file&apos;s %Ln row(s).</source>
        <translation>
            <numerusform>Pierwsze %1 z %Ln wiersza pliku.</numerusform>
            <numerusform>Pierwsze %1 z %Ln wierszy pliku.</numerusform>
            <numerusform>Pierwsze %1 z %Ln wierszy pliku.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Sprawdź przed importem</translation>
    </message>
    <message>
        <source>An estimate from the rows read so far; the import itself checks every row.</source>
        <translation>Szacunek na podstawie dotąd odczytanych wierszy; sam import sprawdza każdy wiersz.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>The button that starts the import</extracomment>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Co zostanie zaimportowane</translation>
    </message>
    <message>
        <source>The sheet &lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; into the &lt;b&gt;%3&lt;/b&gt; table.</source>
        <translation>Arkusz &lt;b&gt;%1&lt;/b&gt; z &lt;b&gt;%2&lt;/b&gt; do tabeli &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into the &lt;b&gt;%2&lt;/b&gt; table.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; do tabeli &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted column name</comment>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>Columns going to fields: %1.</source>
        <translation>Kolumny trafiające do pól: %1.</translation>
    </message>
    <message>
        <source>No column is kept as an extra attribute.</source>
        <translation>Żadna kolumna nie jest zachowywana jako dodatkowy atrybut.</translation>
    </message>
    <message>
        <source>Kept as extra attributes, usable as segments and filters: %1.</source>
        <translation>Zachowane jako dodatkowe atrybuty, do użycia jako segmenty i filtry: %1.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read day first, as you chose.</source>
        <translation>Daty takie jak 05/06/2024 są odczytywane z dniem na początku, zgodnie z wyborem.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read month first, as you chose.</source>
        <translation>Daty takie jak 05/06/2024 są odczytywane z miesiącem na początku, zgodnie z wyborem.</translation>
    </message>
    <message>
        <source>Estimate from the preview</source>
        <translation>Szacunek z podglądu</translation>
    </message>
    <message>
        <source>Rows read for the preview: %1.</source>
        <translation>Wiersze odczytane do podglądu: %1.</translation>
    </message>
    <message>
        <source>Rows with a value the import would reject: %1. The first ones:</source>
        <translation>Wiersze z wartością, którą import by odrzucił: %1. Pierwsze z nich:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>i %1 więcej</translation>
    </message>
    <message>
        <source>The rest of the file is checked during the import.</source>
        <translation>Reszta pliku jest sprawdzana podczas importu.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>The whole file is read twice: once to settle the format of each column, once to import.</source>
        <translation>Cały plik jest odczytywany dwukrotnie: raz, by ustalić format każdej kolumny, i raz, by go zaimportować.</translation>
    </message>
    <message>
        <source>Rows with a bad value are not imported. Each is kept in the project with its line, its text and the reason, and you can export them to fix and import again.</source>
        <translation>Wiersze z błędną wartością nie są importowane. Każdy jest zachowany w projekcie z numerem wiersza, tekstem i przyczyną; możesz je wyeksportować, poprawić i zaimportować ponownie.</translation>
    </message>
    <message>
        <source>A row whose %1 is already in the project is skipped and listed with the rejected rows.</source>
        <translation>Wiersz, którego %1 jest już w projekcie, zostanie pominięty i wpisany na listę odrzuconych wierszy.</translation>
    </message>
    <message>
        <source>A row whose %1 is already in the project replaces the stored row.</source>
        <translation>Wiersz, którego %1 jest już w projekcie, zastąpi zapisany wiersz.</translation>
    </message>
    <message>
        <source>If any %1 is already in the project or twice in the file, nothing is imported.</source>
        <translation>Jeśli jakakolwiek wartość %1 jest już w projekcie lub występuje w pliku dwukrotnie, nic nie zostanie zaimportowane.</translation>
    </message>
    <message>
        <source>The mapping is saved in the project as “%1”.</source>
        <translation>Mapowanie zostanie zapisane w projekcie jako „%1”.</translation>
    </message>
    <message>
        <source>The project %1 does not exist yet; the import creates it.</source>
        <translation>Projekt %1 jeszcze nie istnieje; import go utworzy.</translation>
    </message>
    <message>
        <source>If you cancel, or anything goes wrong, the project stays exactly as it was.</source>
        <translation>Jeśli anulujesz lub coś pójdzie nie tak, projekt pozostanie dokładnie taki, jaki był.</translation>
    </message>
    <message>
        <source>Rows naming a customer that is not in the project are rejected the same way; import the customers first, or let the import create them (&quot;Create missing customers&quot; on the previous page).</source>
        <translation>Wiersze wskazujące klienta, którego nie ma w projekcie, są odrzucane w ten sam sposób; najpierw zaimportuj klientów albo pozwól, by import ich utworzył („Utwórz brakujących klientów” na poprzedniej stronie).</translation>
    </message>
    <message>
        <source>Import anyway: most rows would be rejected (each kept with its reason)</source>
        <translation>Importuj mimo to: większość wierszy zostałaby odrzucona (każdy zachowany z przyczyną)</translation>
    </message>
    <message>
        <source>Looking up the customers these rows name in the project…</source>
        <translation>Wyszukiwanie w projekcie klientów wskazanych w tych wierszach…</translation>
    </message>
    <message>
        <source>Most of these rows would be rejected. Check the table, the mapping, and that their customers are in the project (or let the import create them) before importing.</source>
        <translation>Większość tych wierszy zostałaby odrzucona. Przed importem sprawdź tabelę, przypisanie kolumn i to, czy ich klienci są w projekcie (albo pozwól, by import ich utworzył).</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>&amp;Close</source>
        <extracomment>The button that closes the wizard after the import</extracomment>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Anuluj import</translation>
    </message>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>&amp;Eksportuj odrzucone wiersze…</translation>
    </message>
    <message>
        <source>Writes the rejected rows of this import to a CSV file, with the line and the reason, to fix them and import again.</source>
        <translation>Zapisuje odrzucone wiersze tego importu do pliku CSV, z numerem wiersza i przyczyną, aby je poprawić i zaimportować ponownie.</translation>
    </message>
    <message>
        <source>&amp;Back to the settings</source>
        <translation>&amp;Wróć do ustawień</translation>
    </message>
    <message>
        <source>Step 1 of 2, checking the format of each column: %1 of %2 read</source>
        <translation>Krok 1 z 2, sprawdzanie formatu każdej kolumny: odczytano %1 z %2</translation>
    </message>
    <message>
        <source>Step 2 of 2, importing the rows: %1 of %2 read</source>
        <translation>Krok 2 z 2, importowanie wierszy: odczytano %1 z %2</translation>
    </message>
    <message>
        <source>Saving to the project…</source>
        <translation>Zapisywanie w projekcie…</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error (%1); the project was not changed.</source>
        <translation>Import przerwał nieoczekiwany błąd (%1); projekt nie został zmieniony.</translation>
    </message>
    <message>
        <source>The file is read twice; you can keep working in the window meanwhile.</source>
        <translation>Plik jest odczytywany dwukrotnie; w tym czasie możesz dalej pracować w oknie.</translation>
    </message>
    <message>
        <source>Cancelling; the project is being left as it was…</source>
        <translation>Anulowanie; projekt pozostaje taki, jaki był…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>Import nie powiódł się.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the project is exactly as it was.</source>
        <translation>Import anulowano. Nic nie zostało zapisane: projekt jest dokładnie taki, jaki był.</translation>
    </message>
    <message>
        <source>Nothing was imported; the project is exactly as it was.</source>
        <translation>Nic nie zaimportowano; projekt jest dokładnie taki, jaki był.</translation>
    </message>
    <message>
        <source>Go back to the mapping and answer the date order question, then import again.</source>
        <translation>Wróć do mapowania i odpowiedz na pytanie o kolejność dat, a potem zaimportuj ponownie.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Rows read: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Odczytane wiersze: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Imported: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Zaimportowane: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rejected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Odrzucone: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Blank rows skipped: %1</source>
        <translation>Pominięte puste wiersze: %1</translation>
    </message>
    <message>
        <source>Values kept as extra attributes: %1</source>
        <translation>Wartości zachowane jako dodatkowe atrybuty: %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <source>First rejected rows</source>
        <translation>Pierwsze odrzucone wiersze</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>Customers created: %1 (implied: signed up on their first event in this file)</source>
        <translation>Utworzeni klienci: %1 (wywnioskowani: rejestracja z pierwszego zdarzenia w tym pliku)</translation>
    </message>
    <message>
        <source>Derived values</source>
        <translation>Wartości wyliczone</translation>
    </message>
    <message>
        <source>Nothing was imported: every row was rejected. The reasons are below.</source>
        <translation>Nic nie zaimportowano: każdy wiersz został odrzucony. Przyczyny są poniżej.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no rows.</source>
        <translation>Nic nie zaimportowano: plik nie zawiera wierszy.</translation>
    </message>
    <message>
        <source>Rejected rows by reason</source>
        <translation>Odrzucone wiersze według przyczyny</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; × %2 (first on line %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; × %2 (po raz pierwszy w wierszu %3)</translation>
    </message>
    <message>
        <source>Every rejected row is kept: Import history, Rejected rows shows them in the file&apos;s columns to fix and import again.</source>
        <translation>Każdy odrzucony wiersz jest zachowany: Historia importu, Odrzucone wiersze pokazuje je w kolumnach pliku, by je poprawić i zaimportować ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported. The window shows the new rows.</source>
        <translation>
            <numerusform>Zaimportowano %Ln wiersz. Okno pokazuje nowe wiersze.</numerusform>
            <numerusform>Zaimportowano %Ln wiersze. Okno pokazuje nowe wiersze.</numerusform>
            <numerusform>Zaimportowano %Ln wierszy. Okno pokazuje nowe wiersze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln stored row(s) replaced)</source>
        <translation>
            <numerusform>(zastąpiono %Ln zapisany wiersz)</numerusform>
            <numerusform>(zastąpiono %Ln zapisane wiersze)</numerusform>
            <numerusform>(zastąpiono %Ln zapisanych wierszy)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) naming unknown customers</source>
        <translation>
            <numerusform>%Ln wiersz ze wskazaniem nieznanych klientów</numerusform>
            <numerusform>%Ln wiersze ze wskazaniem nieznanych klientów</numerusform>
            <numerusform>%Ln wierszy ze wskazaniem nieznanych klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>pominięto %Ln duplikat</numerusform>
            <numerusform>pominięto %Ln duplikaty</numerusform>
            <numerusform>pominięto %Ln duplikatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported; rejected and kept for review: %1. The window shows the new rows.</source>
        <translation>
            <numerusform>Zaimportowano %Ln wiersz; odrzucone i zachowane do przeglądu: %1. Okno pokazuje nowe wiersze.</numerusform>
            <numerusform>Zaimportowano %Ln wiersze; odrzucone i zachowane do przeglądu: %1. Okno pokazuje nowe wiersze.</numerusform>
            <numerusform>Zaimportowano %Ln wierszy; odrzucone i zachowane do przeglądu: %1. Okno pokazuje nowe wiersze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order lines: %1, making %Ln order(s)</source>
        <translation>
            <numerusform>Pozycje zamówień: %1, czyli %Ln zamówienie</numerusform>
            <numerusform>Pozycje zamówień: %1, czyli %Ln zamówienia</numerusform>
            <numerusform>Pozycje zamówień: %1, czyli %Ln zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancellations: %Ln line(s); netted against their order: %1, kept as negative orders (no such order in the file): %2</source>
        <translation>
            <numerusform>Anulowania: %Ln wiersz; odliczone od zamówienia: %1, zachowane jako ujemne zamówienia (brak zamówienia w pliku): %2</numerusform>
            <numerusform>Anulowania: %Ln wiersze; odliczone od zamówienia: %1, zachowane jako ujemne zamówienia (brak zamówienia w pliku): %2</numerusform>
            <numerusform>Anulowania: %Ln wierszy; odliczone od zamówienia: %1, zachowane jako ujemne zamówienia (brak zamówienia w pliku): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rejected row(s) are kept in the project; export them to see every one.</source>
        <translation>
            <numerusform>Odrzucony wiersz (%Ln) jest zachowany w projekcie; wyeksportuj go, aby go zobaczyć.</numerusform>
            <numerusform>Wszystkie %Ln odrzucone wiersze są zachowane w projekcie; wyeksportuj je, aby zobaczyć każdy z nich.</numerusform>
            <numerusform>Wszystkie %Ln odrzuconych wierszy jest zachowanych w projekcie; wyeksportuj je, aby zobaczyć każdy z nich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln other reason(s)</source>
        <translation>
            <numerusform>i %Ln inna przyczyna</numerusform>
            <numerusform>i %Ln inne przyczyny</numerusform>
            <numerusform>i %Ln innych przyczyn</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>the import&apos;s outcome</comment>
        <translation>Anulowano.</translation>
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
        <translation>Wybierz arkusz</translation>
    </message>
    <message>
        <source>The workbook has several sheets; pick the one that holds one row per record, with the column names in its first row.</source>
        <translation>Skoroszyt ma kilka arkuszy; wybierz ten, który zawiera jeden rekord w wierszu, z nazwami kolumn w pierwszym wierszu.</translation>
    </message>
    <message>
        <source>&amp;Sheets, in the workbook&apos;s order:</source>
        <translation>&amp;Arkusze w kolejności skoroszytu:</translation>
    </message>
    <message>
        <source>Reading the sheet &quot;%1&quot;…</source>
        <translation>Odczytywanie arkusza „%1”…</translation>
    </message>
    <message>
        <source>Columns of &quot;%1&quot; (%2): %3.</source>
        <translation>Kolumny arkusza „%1” (%2): %3.</translation>
    </message>
    <message>
        <source>Imported into the %1 table, as chosen on the first page.</source>
        <translation>Zaimportowano do tabeli %1, zgodnie z wyborem na pierwszej stronie.</translation>
    </message>
    <message>
        <source>Its columns suggest the %1 table; you can change it on the first page.</source>
        <translation>Jego kolumny wskazują na tabelę %1; możesz to zmienić na pierwszej stronie.</translation>
    </message>
    <message>
        <source>None of its column names matches a field of the %1 table or any other: it may be a dashboard or a summary rather than one row per record.</source>
        <translation>Żadna z nazw jego kolumn nie pasuje do pola tabeli %1 ani żadnej innej: może to być pulpit lub zestawienie, a nie jeden rekord w wierszu.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>“%1” (imported %2, %3)</source>
        <translation>„%1” (zaimportowano %2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakty</numerusform>
            <numerusform>%Ln kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln zamówienie</numerusform>
            <numerusform>%Ln zamówienia</numerusform>
            <numerusform>%Ln zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln wzmianka</numerusform>
            <numerusform>%Ln wzmianki</numerusform>
            <numerusform>%Ln wzmianek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln improvement(s)</source>
        <translation>
            <numerusform>%Ln usprawnienie</numerusform>
            <numerusform>%Ln usprawnienia</numerusform>
            <numerusform>%Ln usprawnień</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>rows added without an import of this version</source>
        <translation>wierszy dodanych poza importem tej wersji</translation>
    </message>
    <message numerus="yes">
        <source>%1 replaced %n of its rows; undo it first.</source>
        <translation>
            <numerusform>%1 zastąpił %n z jego wierszy; najpierw cofnij tamten import.</numerusform>
            <numerusform>%1 zastąpił %n z jego wierszy; najpierw cofnij tamten import.</numerusform>
            <numerusform>%1 zastąpił %n z jego wierszy; najpierw cofnij tamten import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n kontakt klientów dodanych przez ten import przyszedł później, z %1; najpierw cofnij tamten import.</numerusform>
            <numerusform>%n kontakty klientów dodanych przez ten import przyszły później, z %1; najpierw cofnij tamten import.</numerusform>
            <numerusform>%n kontaktów klientów dodanych przez ten import przyszło później, z %1; najpierw cofnij tamten import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n zamówienie klientów dodanych przez ten import przyszło później, z %1; najpierw cofnij tamten import.</numerusform>
            <numerusform>%n zamówienia klientów dodanych przez ten import przyszły później, z %1; najpierw cofnij tamten import.</numerusform>
            <numerusform>%n zamówień klientów dodanych przez ten import przyszło później, z %1; najpierw cofnij tamten import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n wzmianka o klientach dodanych przez ten import przyszła później, z %1; najpierw cofnij tamten import.</numerusform>
            <numerusform>%n wzmianki o klientach dodanych przez ten import przyszły później, z %1; najpierw cofnij tamten import.</numerusform>
            <numerusform>%n wzmianek o klientach dodanych przez ten import przyszło później, z %1; najpierw cofnij tamten import.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project could not be changed (%1). Nothing was undone.</source>
        <translation>Nie można zmienić projektu (%1). Niczego nie cofnięto.</translation>
    </message>
    <message>
        <source>Import %1 is not in this project (it may have been undone already).</source>
        <translation>Importu %1 nie ma w tym projekcie (może został już cofnięty).</translation>
    </message>
    <message>
        <source>%1 was imported by an earlier version of SocialROI, which kept no record of its rows, so it cannot be undone.</source>
        <translation>%1 zaimportowano we wcześniejszej wersji SocialROI, która nie zapisała jego wierszy, więc nie można go cofnąć.</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>Nie można cofnąć %1: %2</translation>
    </message>
    <message>
        <source>Undo %1?</source>
        <translation>Cofnąć %1?</translation>
    </message>
    <message>
        <source>The %1 it added will be removed.</source>
        <translation>Dodane przez nią wiersze zostaną usunięte: %1.</translation>
    </message>
    <message>
        <source>It added no rows.</source>
        <translation>Nie dodał żadnych wierszy.</translation>
    </message>
    <message>
        <source>The %1 it replaced will be put back as they were.</source>
        <translation>Zastąpione wiersze zostaną przywrócone do poprzedniej postaci: %1.</translation>
    </message>
    <message>
        <source>%1 was undone.</source>
        <translation>Cofnięto %1.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Usunięto: %1.</translation>
    </message>
    <message>
        <source>Put back as they were: %1.</source>
        <translation>Przywrócono do poprzedniej postaci: %1.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Row ids of the new rows are not consecutive; extra attributes cannot be attached.</source>
        <translation>Identyfikatory nowych wierszy nie są kolejne; nie można dołączyć dodatkowych atrybutów.</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: already in the project; the existing row was kept (duplicates: skip)</source>
        <translation>duplikat %1 „%2”: już jest w projekcie; zachowano istniejący wiersz (duplikaty: pomiń)</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: already on an earlier line of this file; the first one was kept (duplicates: skip)</source>
        <translation>duplikat %1 „%2”: już występuje we wcześniejszym wierszu tego pliku; zachowano pierwszy (duplikaty: pomiń)</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: a row with this key is already in the project. Nothing was imported. Import again with duplicates skipped or replaced (--on-duplicate skip or replace), or remove the row from the file.</source>
        <translation>duplikat %1 „%2”: wiersz z tym kluczem jest już w projekcie. Nic nie zaimportowano. Zaimportuj ponownie, pomijając lub zastępując duplikaty (--on-duplicate skip lub replace), albo usuń wiersz z pliku.</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: the same key is on an earlier line of this file. Nothing was imported. Import again with duplicates skipped or replaced (--on-duplicate skip or replace), or remove one of the rows.</source>
        <translation>duplikat %1 „%2”: ten sam klucz występuje we wcześniejszym wierszu tego pliku. Nic nie zaimportowano. Zaimportuj ponownie, pomijając lub zastępując duplikaty (--on-duplicate skip lub replace), albo usuń jeden z wierszy.</translation>
    </message>
    <message>
        <source>duplicate %1: already in the project; the existing rows were kept (duplicates: skip)</source>
        <translation>zduplikowany %1: już jest w projekcie; zachowano istniejące wiersze (duplikaty: pomiń)</translation>
    </message>
    <message>
        <source>duplicate %1: already on an earlier line of this file; the first ones were kept (duplicates: skip)</source>
        <translation>zduplikowany %1: już we wcześniejszym wierszu tego pliku; zachowano pierwsze (duplikaty: pomiń)</translation>
    </message>
    <message>
        <source>To update the rows already there, import again with duplicates replaced.</source>
        <translation>Aby zaktualizować istniejące wiersze, zaimportuj ponownie z zastępowaniem duplikatów.</translation>
    </message>
    <message>
        <source>Keep one row per key in the file, or import with duplicates replaced to keep the last one.</source>
        <translation>Zostaw w pliku jeden wiersz na klucz albo importuj z zastępowaniem duplikatów, by zachować ostatni.</translation>
    </message>
    <message>
        <source>The project refused a row between lines %1 and %2 without a duplicate key; nothing was imported.</source>
        <translation>Projekt odrzucił wiersz między wierszami %1 i %2, choć nie miał on zduplikowanego klucza; nic nie zostało zaimportowane.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>Import anulowano; nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>The file is delimited text, not a workbook: the sheet &quot;%1&quot; was ignored.</source>
        <translation>Plik to tekst rozdzielany, a nie skoroszyt: arkusz „%1” został zignorowany.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; is for the %2 table, not for %3.</source>
        <translation>Profil mapowania „%1” dotyczy tabeli %2, a nie %3.</translation>
    </message>
    <message>
        <source>Columns of the mapping profile not found in the file: %1.</source>
        <translation>Kolumny profilu mapowania, których nie znaleziono w pliku: %1.</translation>
    </message>
    <message>
        <source>This was the sheet &quot;%1&quot;; the workbook&apos;s sheets are %2 (choose one with --sheet on the command line).</source>
        <translation>To był arkusz „%1”; arkusze skoroszytu to %2 (wybierz jeden opcją --sheet w wierszu poleceń).</translation>
    </message>
    <message>
        <source>The file could not be read to the end. Check the disk or network drive and try again.</source>
        <translation>Nie udało się odczytać pliku do końca. Sprawdź dysk lub dysk sieciowy i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This file was already imported on %1 into %2 (import %3, same SHA-256).</source>
        <translation>Ten plik został już zaimportowany %1 do %2 (import %3, ten sam SHA-256).</translation>
    </message>
    <message>
        <source>The project could not be written (%1). Nothing was imported.</source>
        <translation>Nie udało się zapisać projektu (%1). Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>The import failed (%1). Nothing was imported.</source>
        <translation>Import nie powiódł się (%1). Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>The order key column &quot;%1&quot; is not a column of the file; its columns are %2.</source>
        <translation>Kolumna numeru zamówienia „%1” nie jest kolumną pliku; jego kolumny to %2.</translation>
    </message>
    <message>
        <source>Creating customers applies to imports of contacts, orders or mentions, not to the customers table itself.</source>
        <translation>Tworzenie klientów dotyczy importu kontaktów, zamówień lub wzmianek, a nie samej tabeli klientów.</translation>
    </message>
    <message>
        <source>The %1 table names no customers; there are none to create.</source>
        <translation>Tabela %1 nie wskazuje klientów; nie ma kogo utworzyć.</translation>
    </message>
    <message>
        <source>Order lines can only be imported into the orders table, not into %1.</source>
        <translation>Pozycje zamówień można importować tylko do tabeli zamówień, nie do %1.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; looks like a churn flag; it was kept as an extra attribute. To turn it into churn dates, give the day the extract was taken (--snapshot YYYY-MM-DD on the command line, &quot;A snapshot extract, taken on&quot; in the import wizard).</source>
        <translation>Kolumna „%1” wygląda na znacznik odejścia; zachowano ją jako dodatkowy atrybut. Aby zamienić ją na daty rezygnacji, podaj dzień wykonania zrzutu (--snapshot RRRR-MM-DD w wierszu poleceń, „Zrzut stanu z dnia” w kreatorze importu).</translation>
    </message>
    <message>
        <source>Order lines are grouped into orders by an order key: choose the column that holds it (--order-lines COLUMN on the command line; in the import wizard, the column mapped to the order id).</source>
        <translation>Pozycje zamówień łączy się w zamówienia według numeru zamówienia: wybierz kolumnę, która go zawiera (--order-lines KOLUMNA w wierszu poleceń; w kreatorze importu kolumnę przypisaną do identyfikatora zamówienia).</translation>
    </message>
    <message>
        <source>Customer keys are stored as salted hashes, never as written (this project hashes every key the same way).</source>
        <translation>Identyfikatory klientów są zapisywane jako solone skróty (hasze), nigdy w postaci zapisanej (ten projekt haszuje każdy identyfikator w ten sam sposób).</translation>
    </message>
    <message>
        <source>The project file is damaged (%1). Nothing was imported; restore the project from a backup.</source>
        <translation>Plik projektu jest uszkodzony (%1). Nic nie zaimportowano; przywróć projekt z kopii zapasowej.</translation>
    </message>
</context>
<context>
    <name>LoveChart</name>
    <message>
        <source>No balance to show: the naive comparison weights nobody.</source>
        <translation>Brak zrównoważenia do pokazania: naiwne porównanie nikogo nie waży.</translation>
    </message>
    <message>
        <source>Standardized difference (social − similar customers)</source>
        <extracomment>Axis of the Love plot: difference between the two sides in standard deviations</extracomment>
        <translation>Różnica standaryzowana (social − podobni klienci)</translation>
    </message>
    <message>
        <source>Before weighting</source>
        <translation>Przed ważeniem</translation>
    </message>
    <message>
        <source>After weighting</source>
        <translation>Po ważeniu</translation>
    </message>
    <message>
        <source>Before weighting: %1; after: %2</source>
        <translation>Przed ważeniem: %1; po: %2</translation>
    </message>
    <message>
        <source>Still out of balance</source>
        <translation>Nadal niezrównoważone</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>SocialROI Workbench: measure whether social customer care keeps customers.
Without a command, opens the workbench window on PROJECT (or on the last project, or the demo project).

Commands (socialroi COMMAND --help):%1</source>
        <translation>SocialROI Workbench: zmierz, czy obsługa klienta w social media zatrzymuje klientów.
Bez polecenia otwiera okno aplikacji z PROJEKTEM (albo z ostatnim projektem lub projektem demonstracyjnym).

Polecenia (socialroi POLECENIE --help):%1</translation>
    </message>
    <message>
        <source>The project file to open (.socialroi).</source>
        <translation>Plik projektu do otwarcia (.socialroi).</translation>
    </message>
    <message>
        <source>Open the window on this pane: %1.</source>
        <translation>Otwórz okno na tym panelu: %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run socialroi --help for the list.</source>
        <translation>Nieznane polecenie „%1”. Uruchom socialroi --help, aby zobaczyć listę.</translation>
    </message>
    <message>
        <source>--pane: unknown pane &quot;%1&quot;. Valid panes: %2.</source>
        <translation>--pane: nieznany panel „%1”. Prawidłowe panele: %2.</translation>
    </message>
    <message>
        <source>Interface language: en, fr, de, pl or hi.</source>
        <translation>Język interfejsu: en, fr, de, pl lub hi.</translation>
    </message>
    <message>
        <source>--lang: unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>--lang: nieznany język „%1”. Wybierz jeden z: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocialROI projects (*.socialroi);;All files (*)</source>
        <translation>Projekty SocialROI (*.socialroi);;Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in this view</source>
        <translation>
            <numerusform>%Ln wiersz w tym widoku</numerusform>
            <numerusform>%Ln wiersze w tym widoku</numerusform>
            <numerusform>%Ln wierszy w tym widoku</numerusform>
        </translation>
    </message>
    <message>
        <source>About SocialROI Workbench</source>
        <translation>O programie SocialROI Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SocialROI Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Measures whether social customer care keeps customers, with numbers a CFO accepts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SocialROI Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mierzy, czy obsługa klienta w social media zatrzymuje klientów, liczbami, które zaakceptuje dyrektor finansowy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nowy projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Otwórz projekt…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ostatnio otwie&amp;rane</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Project &amp;Overview</source>
        <translation>&amp;Przegląd projektu</translation>
    </message>
    <message>
        <source>&amp;Filter Rows</source>
        <translation>&amp;Filtruj wiersze</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About SocialROI Workbench</source>
        <translation>&amp;O programie SocialROI Workbench</translation>
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
        <translation>Nie można otworzyć projektu</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>The project could not be read: %1</source>
        <translation>Nie udało się odczytać projektu: %1</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nowy projekt</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Nie można utworzyć projektu</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Otwórz projekt</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Brak ostatnio otwieranych projektów</translation>
    </message>
    <message>
        <source>Preparing the demo project…</source>
        <translation>Przygotowywanie projektu demonstracyjnego…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Eksportuj raport…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Raport zapisano w %1</translation>
    </message>
    <message>
        <source>Report export cancelled</source>
        <translation>Eksport raportu anulowano</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Nie można wyeksportować raportu</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importuj dane…</translation>
    </message>
    <message>
        <source>Read-only. %1</source>
        <translation>Tylko do odczytu. %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Wykres skopiowano do schowka</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with ABSOLUTELY NO WARRANTY. You may share and change it under the terms of that licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wolne oprogramowanie na licencji GNU General Public License w wersji 3 lub późniejszej (GPL-3.0-or-later), BEZ ŻADNEJ GWARANCJI. Możesz je rozpowszechniać i zmieniać na warunkach tej licencji.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1 (running Qt %2, LGPL-3.0), QCustomPlot %3 (GPL-3.0), SQLite %4 (public domain), QuaZip (LGPL-2.1), libxlsxwriter (BSD-2-Clause), Boost.Math (BSL-1.0) and OpenSSL (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zbudowano z Qt %1 (działa z Qt %2, LGPL-3.0), QCustomPlot %3 (GPL-3.0), SQLite %4 (domena publiczna), QuaZip (LGPL-2.1), libxlsxwriter (BSD-2-Clause), Boost.Math (BSL-1.0) i OpenSSL (Apache-2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Import customers, contacts, orders or mentions from a file</source>
        <translation>Importuj klientów, kontakty, zamówienia lub wzmianki z pliku</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Otwórz projekt</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>Eksportuj &amp;wykres…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <source>Export the chart of this pane as PNG, SVG or PDF</source>
        <translation>Eksportuj wykres tego panelu jako PNG, SVG lub PDF</translation>
    </message>
    <message>
        <source>Cop&amp;y Chart</source>
        <translation>Kop&amp;iuj wykres</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Kopiuj wykres</translation>
    </message>
    <message>
        <source>Copy the chart of this pane to the clipboard as an image</source>
        <translation>Skopiuj wykres tego panelu do schowka jako obraz</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Raport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Strona internetowa (*.html)</translation>
    </message>
    <message>
        <source>ROI report</source>
        <extracomment>Part of a proposed file name: &quot;Acme – ROI report – 2026-12-06.pdf&quot;</extracomment>
        <translation>Raport ROI</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>Otwórz projekt &amp;demonstracyjny</translation>
    </message>
    <message>
        <source>The user guide is not installed: its documents were not found beside the program.</source>
        <translation>Podręcznik użytkownika nie jest zainstalowany: nie znaleziono jego dokumentów obok programu.</translation>
    </message>
    <message>
        <source>&amp;Import History</source>
        <translation>&amp;Historia importu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported, rejected: %1</source>
        <translation>
            <numerusform>zaimportowano %Ln wiersz, odrzucone: %1</numerusform>
            <numerusform>zaimportowano %Ln wiersze, odrzucone: %1</numerusform>
            <numerusform>zaimportowano %Ln wierszy, odrzucone: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) (%1 social)</source>
        <translation>
            <numerusform>%Ln klient (social media: %1)</numerusform>
            <numerusform>%Ln klienci (social media: %1)</numerusform>
            <numerusform>%Ln klientów (social media: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>ROI slides</source>
        <extracomment>Part of a proposed file name: &quot;Acme – ROI slides – 2026-12-06.pptx&quot;</extracomment>
        <translation>Slajdy ROI</translation>
    </message>
    <message>
        <source>Export the report as PDF, web page, Excel workbook or PowerPoint slides</source>
        <translation>Eksportuj raport jako PDF, stronę internetową, skoroszyt Excel lub slajdy PowerPoint</translation>
    </message>
    <message>
        <source>Export &amp;Slides…</source>
        <translation>Eksportuj &amp;slajdy…</translation>
    </message>
    <message>
        <source>Export the report as PowerPoint slides with native charts and speaker notes</source>
        <translation>Eksportuj raport jako slajdy PowerPoint z edytowalnymi wykresami i notatkami prelegenta</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>Slajdy PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>toolbar button: start an import</comment>
        <translation>Importuj</translation>
    </message>
</context>
<context>
    <name>MappingProfileBar</name>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>Zapisane &amp;mapowania:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>W&amp;czytaj</translation>
    </message>
    <message>
        <source>Sa&amp;ve this mapping as:</source>
        <translation>Zapisz to mapowanie &amp;jako:</translation>
    </message>
    <message>
        <source>a name, to reuse it next time (optional)</source>
        <translation>nazwa, aby użyć go ponownie następnym razem (opcjonalnie)</translation>
    </message>
    <message>
        <source>Saved in the project together with the imported rows.</source>
        <translation>Zapisywane w projekcie razem z zaimportowanymi wierszami.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>odczytywanie…</translation>
    </message>
    <message>
        <source>none for this table</source>
        <translation>brak dla tej tabeli</translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <source>The project has no mapping profile &quot;%1&quot; (it has none yet).</source>
        <translation>Projekt nie ma profilu mapowania „%1” (nie ma jeszcze żadnego).</translation>
    </message>
    <message>
        <source>The project has no mapping profile &quot;%1&quot;; it has: %2.</source>
        <translation>Projekt nie ma profilu mapowania „%1”; ma: %2.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; is damaged: %2</source>
        <translation>Profil mapowania „%1” jest uszkodzony: %2</translation>
    </message>
</context>
<context>
    <name>MentionsChart</name>
    <message>
        <source>%1 M</source>
        <extracomment>A number in millions, e.g. &quot;2.4 M&quot;</extracomment>
        <translation>%1 mln</translation>
    </message>
    <message>
        <source>%1 k</source>
        <extracomment>A number in thousands, e.g. &quot;380 k&quot;</extracomment>
        <translation>%1 tys.</translation>
    </message>
    <message>
        <source>reach %1</source>
        <extracomment>Summed audience of the mentions (followers who could see them)</extracomment>
        <translation>zasięg %1</translation>
    </message>
    <message>
        <source>Summed reach: %1</source>
        <translation>Łączny zasięg: %1</translation>
    </message>
</context>
<context>
    <name>MetricEngine</name>
    <message>
        <source>%1: no customer has the attribute &quot;%2&quot; to compare like with like.</source>
        <translation>%1: żaden klient nie ma atrybutu „%2”, by porównać podobnych z podobnymi.</translation>
    </message>
    <message>
        <source>%1: no customer to draw for the bootstrap interval of the ROI.</source>
        <translation>%1: brak klientów do losowania dla przedziału bootstrap ROI.</translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation>Obliczanie wskaźników…</translation>
    </message>
    <message>
        <source>%1: the metrics could not be computed.</source>
        <translation>%1: nie udało się obliczyć wskaźników.</translation>
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
        <translation>%1 p.p.</translation>
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
        <translation>Utrzymanie klientów</translation>
    </message>
    <message>
        <source>Operational cost</source>
        <translation>Koszty operacyjne</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Samoobsługa</translation>
    </message>
    <message>
        <source>Saves</source>
        <extracomment>Metric group: at-risk customers kept from leaving (&quot;saved&quot; customers), not saving a file</extracomment>
        <translation>Uratowani klienci</translation>
    </message>
    <message>
        <source>Complaints turned into raves</source>
        <translation>Skargi zamienione w pochwały</translation>
    </message>
    <message>
        <source>Cross-sells</source>
        <translation>Sprzedaż krzyżowa</translation>
    </message>
    <message>
        <source>Process innovations</source>
        <translation>Innowacje procesowe</translation>
    </message>
    <message>
        <source>Return on relationship</source>
        <translation>Zwrot z relacji</translation>
    </message>
    <message>
        <source>ROI summary</source>
        <translation>Podsumowanie ROI</translation>
    </message>
    <message>
        <source>How often a contact handled by the social care team led to a change in how the company works, compared with contacts on every other channel. The savings are the figures entered with each improvement: customers kept a year times a customer&apos;s yearly revenue, plus staff hours saved times the hourly cost. These figures are descriptive and carry no interval.</source>
        <translation>Jak często kontakt obsłużony przez zespół social media prowadził do zmiany sposobu działania firmy, w porównaniu z kontaktami we wszystkich innych kanałach. Oszczędności to wartości wpisane przy każdym usprawnieniu: klienci utrzymani rocznie razy roczny przychód z klienta plus zaoszczędzone godziny pracy razy koszt godziny. Te wartości są opisowe i nie mają przedziału.</translation>
    </message>
    <message>
        <source>Still a customer after 3 months</source>
        <translation>Nadal klient po 3 miesiącach</translation>
    </message>
    <message>
        <source>Still a customer after 6 months</source>
        <translation>Nadal klient po 6 miesiącach</translation>
    </message>
    <message>
        <source>Still a customer after 12 months</source>
        <translation>Nadal klient po 12 miesiącach</translation>
    </message>
    <message>
        <source>Customers lost per customer-month</source>
        <translation>Utraceni klienci na klientomiesiąc</translation>
    </message>
    <message>
        <source>Phone contacts per customer-month</source>
        <translation>Kontakty telefoniczne na klientomiesiąc</translation>
    </message>
    <message>
        <source>Social media contacts per customer-month</source>
        <translation>Kontakty w social media na klientomiesiąc</translation>
    </message>
    <message>
        <source>Self-service contacts per customer-month</source>
        <translation>Kontakty samoobsługowe na klientomiesiąc</translation>
    </message>
    <message>
        <source>Email contacts per customer-month</source>
        <translation>Kontakty e-mailowe na klientomiesiąc</translation>
    </message>
    <message>
        <source>Chat contacts per customer-month</source>
        <translation>Kontakty na czacie na klientomiesiąc</translation>
    </message>
    <message>
        <source>Handle time per contact</source>
        <translation>Czas obsługi kontaktu</translation>
    </message>
    <message>
        <source>Contacts resolved</source>
        <translation>Rozwiązane kontakty</translation>
    </message>
    <message>
        <source>Support cost per customer-month</source>
        <translation>Koszt obsługi na klientomiesiąc</translation>
    </message>
    <message>
        <source>Customers using self-service</source>
        <translation>Klienci korzystający z samoobsługi</translation>
    </message>
    <message>
        <source>Self-service sessions per customer-month</source>
        <translation>Sesje samoobsługowe na klientomiesiąc</translation>
    </message>
    <message>
        <source>At-risk customers saved</source>
        <translation>Uratowani zagrożeni klienci</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>Klienci zagrożeni odejściem</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Likely to recommend (promoters)</source>
        <translation>Skłonni polecić (promotorzy)</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Krytycy</translation>
    </message>
    <message>
        <source>Mentions that are positive</source>
        <translation>Odsetek pozytywnych wzmianek</translation>
    </message>
    <message>
        <source>Mentions that are negative</source>
        <translation>Odsetek negatywnych wzmianek</translation>
    </message>
    <message>
        <source>Positive mentions</source>
        <translation>Pozytywne wzmianki</translation>
    </message>
    <message>
        <source>Negative mentions</source>
        <translation>Negatywne wzmianki</translation>
    </message>
    <message>
        <source>People reached by positive mentions</source>
        <translation>Osoby, do których dotarły pozytywne wzmianki</translation>
    </message>
    <message>
        <source>People reached by negative mentions</source>
        <translation>Osoby, do których dotarły negatywne wzmianki</translation>
    </message>
    <message>
        <source>Customers with a cross-sell</source>
        <translation>Klienci ze sprzedażą krzyżową</translation>
    </message>
    <message>
        <source>Cross-sell revenue per customer</source>
        <translation>Przychód ze sprzedaży krzyżowej na klienta</translation>
    </message>
    <message>
        <source>Cross-sell orders per customer-month</source>
        <translation>Zamówienia sprzedaży krzyżowej na klientomiesiąc</translation>
    </message>
    <message>
        <source>Improvements in place</source>
        <translation>Wdrożone usprawnienia</translation>
    </message>
    <message>
        <source>Yearly savings from improvements</source>
        <translation>Roczne oszczędności z usprawnień</translation>
    </message>
    <message>
        <source>Revenue per customer so far</source>
        <translation>Dotychczasowy przychód na klienta</translation>
    </message>
    <message>
        <source>Expected revenue over the horizon</source>
        <translation>Oczekiwany przychód w horyzoncie</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Średnia wartość zamówienia</translation>
    </message>
    <message>
        <source>Orders per customer-year</source>
        <translation>Zamówienia na klientorok</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Odsetek</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Per customer-month</source>
        <translation>Na klientomiesiąc</translation>
    </message>
    <message>
        <source>Minutes per contact</source>
        <translation>Minuty na kontakt</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Miesiące</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Utraceni klienci</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Osoby w zasięgu</translation>
    </message>
    <message>
        <source>%1 per customer-month</source>
        <translation>%1 na klientomiesiąc</translation>
    </message>
    <message>
        <source>%1 per customer</source>
        <translation>%1 na klienta</translation>
    </message>
    <message>
        <source>%1 per order</source>
        <translation>%1 na zamówienie</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 rocznie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <source>Still a customer after 12 months, naive comparison</source>
        <translation>Nadal klientem po 12 miesiącach, porównanie naiwne</translation>
    </message>
    <message>
        <source>Cross-sell revenue per customer-month</source>
        <translation>Przychód ze sprzedaży krzyżowej na klientomiesiąc</translation>
    </message>
    <message>
        <source>How many customers are still with you 3, 6 and 12 months after their first contact with the social care team, against similar customers who were still with you that same day and had not dealt with the team yet (the naive method: after signing up, against everyone else). Customers still active on the as-of date count as kept so far. The money is the revenue the team kept inside the ROI window, times the contribution margin once set.</source>
        <translation>Ilu klientów jest nadal z Tobą 3, 6 i 12 miesięcy po pierwszym kontakcie z zespołem social media, w porównaniu z podobnymi klientami, którzy tego samego dnia nadal byli z Tobą i jeszcze nie mieli kontaktu z zespołem (metoda naiwna: od rejestracji, wobec wszystkich pozostałych). Klienci aktywni w dniu analizy liczą się jako dotąd zatrzymani. Kwota to przychód, który zespół zatrzymał w okresie ROI, razy marża na pokrycie, gdy zostanie ustawiona.</translation>
    </message>
    <message>
        <source>Every money value counted over one window, the horizon ending at the as-of date, and set against the programme&apos;s cost over the same months. The interval is that of the whole value, from each customer&apos;s effect on every part at once. Saves are inside retention, self-service inside operational cost, and return on relationship is descriptive, so nothing is added twice.</source>
        <translation>Każda wartość pieniężna liczona w jednym okresie – horyzoncie kończącym się w dniu analizy – i zestawiona z kosztem programu w tych samych miesiącach. Przedział dotyczy całej wartości, z wpływu każdego klienta na wszystkie składniki naraz. Uratowani klienci są w utrzymaniu klientów, samoobsługa w koszcie operacyjnym, a zwrot z relacji jest opisowy, więc nic nie jest liczone dwa razy.</translation>
    </message>
    <message>
        <source>Who is compared</source>
        <extracomment>The page that shows which customers the estimate compares and how alike they are</extracomment>
        <translation>Kogo porównujemy</translation>
    </message>
    <message>
        <source>Which customers the estimate compares, and how alike the two sides are before and after weighting.</source>
        <translation>Których klientów porównuje oszacowanie i jak podobne są obie strony przed ważeniem i po nim.</translation>
    </message>
    <message>
        <source>Customers flagged at risk</source>
        <translation>Klienci oznaczeni jako zagrożeni</translation>
    </message>
    <message>
        <source>Positive mentions per customer-month</source>
        <translation>Pozytywne wzmianki na klientomiesiąc</translation>
    </message>
    <message>
        <source>Negative mentions per customer-month</source>
        <translation>Negatywne wzmianki na klientomiesiąc</translation>
    </message>
    <message>
        <source>People reached by positive mentions per customer-month</source>
        <translation>Osoby dotarte przez pozytywne wzmianki na klientomiesiąc</translation>
    </message>
    <message>
        <source>People reached by negative mentions per customer-month</source>
        <translation>Osoby dotarte przez negatywne wzmianki na klientomiesiąc</translation>
    </message>
    <message>
        <source>Contacts that led to a process change (social care team vs other channels)</source>
        <extracomment>Compares the social care team&apos;s contacts with every other channel&apos;s, not the two cohorts</extracomment>
        <translation>Kontakty, które doprowadziły do zmiany procesu (zespół social media wobec innych kanałów)</translation>
    </message>
    <message>
        <source>People reached per customer-month</source>
        <translation>Osoby dotarte na klientomiesiąc</translation>
    </message>
    <message>
        <source>Customers lost per customer-month, naive comparison from signup</source>
        <translation>Utraceni klienci na klientomiesiąc, naiwne porównanie od rejestracji</translation>
    </message>
    <message>
        <source>How often customers contact support on each channel, per month, and what that support costs, from each customer&apos;s first contact with the social care team against similar customers who were still with you that same day, over the same months on both sides (the naive method: every month since signing up, against everyone else). The cost is each contact&apos;s own cost, or the cost per channel set in the assumptions. The money is the support cost saved per customer-month, over the social customers&apos; months inside the ROI window. The chart by month compares the cohorts as they are.</source>
        <translation>Jak często klienci kontaktują się z obsługą w każdym kanale, na miesiąc, i ile ta obsługa kosztuje, od pierwszego kontaktu każdego klienta z zespołem social media, wobec podobnych klientów, którzy tego samego dnia nadal byli klientami, w tych samych miesiącach po obu stronach (metoda naiwna: każdy miesiąc od rejestracji, wobec wszystkich pozostałych). Koszt to koszt każdego kontaktu albo koszt kanału podany w założeniach. Wartość to koszt obsługi zaoszczędzony na klientomiesiąc, w miesiącach klientów social media w oknie ROI. Wykres według miesięcy porównuje kohorty takie, jakie są.</translation>
    </message>
    <message>
        <source>How many customers help themselves online, and how often. The sessions per customer-month are estimated from the first social contact like support contacts; the share who ever used self-service grows with how long a customer was watched, so it compares the cohorts from signup. The money is the phone calls avoided times the difference between a call and a self-service session; it is already part of operational cost and is never counted twice.</source>
        <translation>Ilu klientów radzi sobie samodzielnie online i jak często. Sesje na klientomiesiąc są szacowane od pierwszego kontaktu social, jak kontakty z obsługą; odsetek, który kiedykolwiek skorzystał z samoobsługi, rośnie z czasem obserwacji klienta, więc porównuje kohorty od rejestracji. Wartość to uniknięte połączenia razy różnica kosztu połączenia i sesji samoobsługowej; jest już częścią kosztów operacyjnych i nigdy nie jest liczona dwa razy.</translation>
    </message>
    <message>
        <source>Whether customers would recommend you: the Net Promoter Score is the share of promoters (scores 9–10) minus the share of detractors (0–6). Beside it, whether what customers say about you in public is positive or negative, and how many people saw it. Mentions are estimated from the first social contact against similar customers; the scores carry no date, so they compare the cohorts from signup. The money is the extra promoters times the value of a promoter, which is zero unless you set one in the assumptions.</source>
        <translation>Czy klienci by was polecili: Net Promoter Score to odsetek promotorów (oceny 9–10) minus odsetek krytyków (0–6). Obok: czy to, co klienci mówią o was publicznie, jest pozytywne czy negatywne, i ile osób to widziało. Wzmianki są szacowane od pierwszego kontaktu w social media wobec podobnych klientów; oceny nie mają daty, więc porównują kohorty od rejestracji. Wartość to dodatkowi promotorzy razy wartość promotora, równa zeru, dopóki nie podasz jej w założeniach.</translation>
    </message>
    <message>
        <source>The share of customers who bought an additional product, and the cross-sell revenue per customer and per customer-month. The revenue per customer-month is estimated from the first social contact against similar customers who were still with you that same day; the share and the revenue per customer compare the cohorts from signup. The money is the estimated difference per customer-month over the social customers&apos; months inside the ROI window, times the contribution margin once set.</source>
        <translation>Odsetek klientów, którzy kupili dodatkowy produkt, oraz przychód ze sprzedaży krzyżowej na klienta i na klientomiesiąc. Przychód na klientomiesiąc jest szacowany od pierwszego kontaktu w social media wobec podobnych klientów, którzy tego samego dnia nadal byli klientami; odsetek i przychód na klienta porównują kohorty od rejestracji. Wartość to oszacowana różnica na klientomiesiąc w miesiącach klientów social media w oknie ROI, razy marża na pokrycie, gdy zostanie podana.</translation>
    </message>
    <message>
        <source>At-risk customers saved, cohorts as they are</source>
        <translation>Uratowani klienci zagrożeni odejściem, kohorty takie, jakie są</translation>
    </message>
    <message>
        <source>Phone contacts, cohorts as they are</source>
        <translation>Kontakty telefoniczne, kohorty takie, jakie są</translation>
    </message>
    <message>
        <source>Self-service sessions, cohorts as they are</source>
        <translation>Sesje samoobsługowe, kohorty takie, jakie są</translation>
    </message>
    <message>
        <source>Positive mentions, cohorts as they are</source>
        <translation>Wzmianki pozytywne, kohorty takie, jakie są</translation>
    </message>
    <message>
        <source>Cross-sell orders, cohorts as they are</source>
        <translation>Zamówienia krzyżowe, kohorty takie, jakie są</translation>
    </message>
    <message>
        <source>What a customer is worth over the rest of their relationship: the lifetime value is the contribution margin times the monthly revenue over the discounted expected remaining lifetime (a shifted-beta-geometric model of each cohort&apos;s cancellations), plus the discounted value of the orders still expected (BG/NBD for how often, Gamma-Gamma for how much), at the annual discount rate of the assumptions. Revenue so far, the average order and how often customers order stay beside it. These figures are descriptive: they explain the other metrics and add no money of their own to the ROI.</source>
        <translation>Ile klient jest wart przez resztę relacji: wartość klienta to marża pokrycia razy miesięczny przychód przez zdyskontowany oczekiwany pozostały czas trwania (przesunięty model beta-geometryczny rezygnacji w każdej kohorcie) plus zdyskontowana wartość jeszcze oczekiwanych zamówień (BG/NBD dla częstości, Gamma-Gamma dla kwoty), przy rocznej stopie dyskontowej z założeń. Dotychczasowy przychód, średnie zamówienie i częstość zamówień pozostają obok. Te liczby są opisowe: wyjaśniają inne wskaźniki i nie dodają do ROI własnych pieniędzy.</translation>
    </message>
    <message>
        <source>Lifetime value per customer (model)</source>
        <translation>Wartość klienta na klienta (model)</translation>
    </message>
    <message>
        <source>Expected orders over the horizon</source>
        <translation>Oczekiwane zamówienia w horyzoncie</translation>
    </message>
    <message>
        <source>Chance a buyer is still active</source>
        <extracomment>P(alive) of the BG/NBD model: the chance a customer who has ordered still buys</extracomment>
        <translation>Szansa, że kupujący jest nadal aktywny</translation>
    </message>
    <message>
        <source>Orders per customer</source>
        <translation>Zamówienia na klienta</translation>
    </message>
    <message>
        <source>Of the customers flagged as about to leave, the share still a customer when the save window set in the assumptions ended. Only customers whose window has passed by the as-of date count. The money is the extra customers saved times what a saved customer is still worth: the contribution margin times their monthly revenue over the discounted expected remaining lifetime of the lifetime value&apos;s model (the revenue of the horizon when that model cannot be fitted). It is already part of retention and is never counted twice.</source>
        <translation>Spośród klientów oznaczonych jako bliscy odejścia – odsetek wciąż będących klientami po zakończeniu okna ratowania ustawionego w założeniach. Liczą się tylko klienci, których okno minęło do dnia stanu. Wartość to liczba dodatkowo uratowanych klientów razy to, ile uratowany klient jest jeszcze wart: marża pokrycia razy jego miesięczny przychód przez zdyskontowany oczekiwany pozostały czas życia z modelu wartości klienta (przychód z horyzontu, gdy modelu nie da się dopasować). Jest już częścią utrzymania klientów i nigdy nie jest liczona dwa razy.</translation>
    </message>
    <message>
        <source>What a saved customer is still worth</source>
        <translation>Ile jest jeszcze wart uratowany klient</translation>
    </message>
    <message>
        <source>Customers lost over the whole period</source>
        <extracomment>Customers who left over the whole follow-up, the two curves compared as a whole</extracomment>
        <translation>Utraceni klienci w całym okresie</translation>
    </message>
    <message>
        <source>Average months stayed within the horizon</source>
        <extracomment>The average months a customer stayed, counting only the months of the horizon</extracomment>
        <translation>Średnia liczba miesięcy pozostania w horyzoncie</translation>
    </message>
    <message>
        <source>Months still expected as a customer (discounted)</source>
        <extracomment>DERL: the months a customer is still expected to stay, later months counting less (discounted at the assumptions&apos; annual rate)</extracomment>
        <translation>Oczekiwane dalsze miesiące (zdyskontowane)</translation>
    </message>
    <message>
        <source>log-rank test</source>
        <extracomment>The statistical test comparing two survival curves as a whole</extracomment>
        <translation>test log-rank</translation>
    </message>
</context>
<context>
    <name>MetricPane</name>
    <message>
        <source>Still a customer 12 months on: %1 estimated against similar customers the same day, %2 in the naive comparison from signup. They differ because customers who left early never had the chance to reach the social care team, and those who choose it differ from the others; only the first is an estimate of the effect.</source>
        <translation>Nadal klientem po 12 miesiącach: %1 według oszacowania wobec podobnych klientów tego samego dnia, %2 w naiwnym porównaniu od rejestracji. Różnią się, bo klienci, którzy odeszli wcześnie, nigdy nie mieli szansy trafić do zespołu social media, a ci, którzy go wybierają, różnią się od pozostałych; tylko pierwsza liczba jest oszacowaniem efektu.</translation>
    </message>
    <message>
        <source>Retention; dashes: sBG projection</source>
        <extracomment>Chart title: observed retention as solid lines, the sBG model&apos;s projection dashed</extracomment>
        <translation>Utrzymanie; linia przerywana: prognoza sBG</translation>
    </message>
    <message>
        <source>customer-scores</source>
        <extracomment>Default file name of the scored customer list</extracomment>
        <translation>oceny-klientow</translation>
    </message>
    <message>
        <source>Export customer scores</source>
        <translation>Eksportuj oceny klientów</translation>
    </message>
    <message>
        <source>No project is open: there are no customer scores to export.</source>
        <translation>Żaden projekt nie jest otwarty: brak ocen klientów do wyeksportowania.</translation>
    </message>
    <message>
        <source>Writing the customer scores to %1…</source>
        <translation>Zapisywanie ocen klientów do %1…</translation>
    </message>
    <message>
        <source>Customer scores written to %1.</source>
        <translation>Oceny klientów zapisano do %1.</translation>
    </message>
    <message>
        <source>The customer scores were not written: %1</source>
        <translation>Nie zapisano ocen klientów: %1</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Wartość klienta</translation>
    </message>
    <message>
        <source>Model checks (BG/NBD)</source>
        <translation>Kontrola modelu (BG/NBD)</translation>
    </message>
    <message>
        <source>Export customer scores…</source>
        <translation>Eksportuj oceny klientów…</translation>
    </message>
    <message>
        <source>Writes one row per customer with P(alive), expected orders, DERL and lifetime value, as socialroi scores does: CSV or Excel.</source>
        <translation>Zapisuje jeden wiersz na klienta z P(aktywny), oczekiwanymi zamówieniami, DERL i wartością klienta, tak jak socialroi scores: CSV lub Excel.</translation>
    </message>
    <message>
        <source>Statistical details</source>
        <translation>Szczegóły statystyczne</translation>
    </message>
    <message>
        <source>Show each row&apos;s p-value, the customers compared and the test behind it; the report follows this choice.</source>
        <translation>Pokaż wartość p każdego wiersza, porównywanych klientów i użyty test; raport stosuje ten wybór.</translation>
    </message>
</context>
<context>
    <name>MetricRowsModel</name>
    <message>
        <source>95% interval: %1 – %2</source>
        <translation>Przedział 95%: %1 – %2</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Rate ratio (social / control): %1</source>
        <translation>Iloraz współczynników (social media / kontrolna): %1</translation>
    </message>
    <message>
        <source>(95% interval %1 – %2)</source>
        <translation>(przedział 95% %1 – %2)</translation>
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
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Social</source>
        <extracomment>Column header: the value for the social cohort (customers served by the social care team)</extracomment>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Control</source>
        <extracomment>Column header: the value for the control cohort (the comparison group)</extracomment>
        <translation>Kontrolna</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>Relative difference</source>
        <extracomment>Column header: the difference divided by the control value (relative uplift) Column header: the difference relative to the control cohort&apos;s value</extracomment>
        <translation>Różnica względna</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Przedział 95%</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>Wartość p</translation>
    </message>
    <message>
        <source>n (social / control)</source>
        <translation>n (social media / kontrolna)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Customers who dealt with the social care team</source>
        <translation>Klienci, którzy mieli kontakt z zespołem social media</translation>
    </message>
    <message>
        <source>Every other customer</source>
        <translation>Wszyscy pozostali klienci</translation>
    </message>
    <message>
        <source>Social minus control</source>
        <translation>Social media minus kontrolna</translation>
    </message>
    <message>
        <source>The difference relative to the control cohort</source>
        <translation>Różnica w odniesieniu do kohorty kontrolnej</translation>
    </message>
    <message>
        <source>The interval the true difference lies in, with 95% confidence</source>
        <translation>Przedział, w którym z 95% ufnością leży prawdziwa różnica</translation>
    </message>
    <message>
        <source>How likely a difference this large would be if the cohorts were alike; below 0.05 is usually taken as real</source>
        <translation>Jak prawdopodobna byłaby tak duża różnica, gdyby kohorty były podobne; poniżej 0,05 zwykle uznaje się ją za rzeczywistą</translation>
    </message>
    <message>
        <source>How many customers (or contacts, orders, answers) each figure rests on</source>
        <translation>Na ilu klientach (lub kontaktach, zamówieniach, odpowiedziach) opiera się każda wartość</translation>
    </message>
    <message>
        <source>A warning when the data cannot support a conclusion</source>
        <translation>Ostrzeżenie, gdy dane nie pozwalają na wniosek</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>A cohort&apos;s value with its 95% interval, e.g. &quot;€1,234 (€1,100 to €1,380)&quot;</extracomment>
        <translation>%1 (od %2 do %3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Social cohort</source>
        <extracomment>The customers served by the social care team (the group compared)</extracomment>
        <translation>Kohorta social media</translation>
    </message>
    <message>
        <source>Control cohort</source>
        <translation>Kohorta kontrolna</translation>
    </message>
    <message>
        <source>Customers in the social cohort</source>
        <translation>Klienci w kohorcie social media</translation>
    </message>
    <message>
        <source>Customers in the control cohort</source>
        <translation>Klienci w kohorcie kontrolnej</translation>
    </message>
</context>
<context>
    <name>MetricWarnings</name>
    <message>
        <source>No customer matches the filters: every metric is empty.</source>
        <translation>Żaden klient nie pasuje do filtrów: wszystkie wskaźniki są puste.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact or order row(s) name a customer that is not in the customers table and were left out.</source>
        <translation>
            <numerusform>%n wiersz kontaktu lub zamówienia wskazuje klienta, którego nie ma w tabeli klientów, i został pominięty.</numerusform>
            <numerusform>%n wiersze kontaktów lub zamówień wskazują klienta, którego nie ma w tabeli klientów, i zostały pominięte.</numerusform>
            <numerusform>%n wierszy kontaktów lub zamówień wskazuje klienta, którego nie ma w tabeli klientów, i zostało pominiętych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures entered with the improvements; they carry no interval.</source>
        <translation>Wartości wpisane przy usprawnieniach; nie mają przedziału.</translation>
    </message>
    <message>
        <source>Naive comparison: everyone ever in touch with the social care team against everyone else, from signup. Customers who left early never had the chance to reach the social care team, and those who choose it differ from the others, so this is not an effect.</source>
        <translation>Porównanie naiwne: wszyscy, którzy kiedykolwiek kontaktowali się z zespołem social media, wobec wszystkich pozostałych, od rejestracji. Klienci, którzy odeszli wcześnie, nie mieli szansy dotrzeć do zespołu, a ci, którzy go wybierają, różnią się od innych, więc nie jest to efekt.</translation>
    </message>
    <message>
        <source>The customers compared still differ in %1 after weighting (standardized difference above 0.1): read the effect with care.</source>
        <translation>Porównywani klienci nadal różnią się po ważeniu pod względem %1 (różnica standaryzowana powyżej 0,1): traktuj efekt ostrożnie.</translation>
    </message>
    <message>
        <source>Few similar customers were found for the social customers (thin overlap): the estimate rests on few controls.</source>
        <translation>Dla klientów social media znaleziono niewielu podobnych klientów (słabe pokrycie): oszacowanie opiera się na niewielu klientach kontrolnych.</translation>
    </message>
    <message>
        <source>Naive comparison: everyone ever in touch with the social care team against everyone else, from signup. These differences are not effects of the social care team.</source>
        <translation>Naiwne porównanie: wszyscy, którzy kontaktowali się z zespołem social media, wobec pozostałych, od rejestracji. Te różnice nie są efektami zespołu.</translation>
    </message>
    <message>
        <source>Not enough data in one of the cohorts to estimate this.</source>
        <translation>Za mało danych w jednej z kohort, by to oszacować.</translation>
    </message>
    <message>
        <source>Fewer than 30 in a cohort: too few to draw a conclusion.</source>
        <translation>Mniej niż 30 w kohorcie: za mało, by wyciągać wnioski.</translation>
    </message>
    <message>
        <source>Fewer than 5 customers are still observed at this point.</source>
        <translation>W tym punkcie obserwowanych jest jeszcze mniej niż 5 klientów.</translation>
    </message>
    <message>
        <source>The data do not reach this far; the last observed value is carried forward.</source>
        <translation>Dane nie sięgają tak daleko; przeniesiono ostatnią zaobserwowaną wartość.</translation>
    </message>
    <message>
        <source>The interval includes zero: the data cannot tell the cohorts apart.</source>
        <translation>Przedział obejmuje zero: dane nie pozwalają odróżnić kohort.</translation>
    </message>
    <message>
        <source>Compared from signup, everyone ever in touch with the social care team against everyone else: not estimated from the first social contact, so not an effect.</source>
        <translation>Porównanie od rejestracji, wszyscy, którzy mieli kontakt z zespołem social media, wobec pozostałych: nie oszacowane od pierwszego kontaktu social, więc to nie efekt.</translation>
    </message>
    <message>
        <source>The social cohort&apos;s lifetime model could not be fitted: a saved customer is valued at the revenue of the horizon instead of their remaining lifetime.</source>
        <translation>Nie udało się dopasować modelu czasu życia kohorty społecznościowej: uratowany klient jest wyceniany przychodem z horyzontu zamiast pozostałym czasem życia.</translation>
    </message>
    <message>
        <source>Some of the groups compared hold too few customers for a reliable comparison.</source>
        <translation>Niektóre z porównywanych grup mają zbyt mało klientów, by porównanie było wiarygodne.</translation>
    </message>
    <message>
        <source>Customers who left after their first social contact, and among the similar customers compared (weighted). These two counts are not compared with each other: the retention rows above say whether the two sides differ.</source>
        <translation>Klienci, którzy odeszli po pierwszym kontakcie z zespołem social media, oraz wśród porównywanych podobnych klientów (ważeni). Tych dwóch liczb nie porównuje się ze sobą: wiersze utrzymania powyżej pokazują, czy obie strony się różnią.</translation>
    </message>
</context>
<context>
    <name>MetricWording</name>
    <message>
        <source>Descriptive: adds no money of its own to the ROI.</source>
        <translation>Opisowy: nie dodaje do ROI własnej wartości pieniężnej.</translation>
    </message>
    <message>
        <source>No money value: the data cannot support one.</source>
        <translation>Brak wartości pieniężnej: dane na nią nie pozwalają.</translation>
    </message>
    <message>
        <source>No money value: set the value of a promoter in the assumptions to count the promoters gained.</source>
        <translation>Brak wartości pieniężnej: ustal wartość promotora w założeniach, aby policzyć pozyskanych promotorów.</translation>
    </message>
    <message>
        <source>Worth about %1 a year (entered figures, no interval).</source>
        <translation>Wartość ok. %1 rocznie (wpisane wartości, bez przedziału).</translation>
    </message>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (entered figures, no interval).</source>
        <translation>
            <numerusform>Wartość ok. %1 przez %n miesiąc (wpisane wartości, bez przedziału).</numerusform>
            <numerusform>Wartość ok. %1 przez %n miesiące (wpisane wartości, bez przedziału).</numerusform>
            <numerusform>Wartość ok. %1 przez %n miesięcy (wpisane wartości, bez przedziału).</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth about %1 a year (between %2 and %3).</source>
        <translation>Wartość ok. %1 rocznie (od %2 do %3).</translation>
    </message>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (between %2 and %3).</source>
        <translation>
            <numerusform>Wartość ok. %1 przez %n miesiąc (od %2 do %3).</numerusform>
            <numerusform>Wartość ok. %1 przez %n miesiące (od %2 do %3).</numerusform>
            <numerusform>Wartość ok. %1 przez %n miesięcy (od %2 do %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown inside %1, not added to the ROI again.</source>
        <translation>Ujęte w %1, nie doliczane ponownie do ROI.</translation>
    </message>
    <message numerus="yes">
        <source>Social cohort: %Ln customer(s)</source>
        <translation>
            <numerusform>Kohorta social media: %Ln klient</numerusform>
            <numerusform>Kohorta social media: %Ln klienci</numerusform>
            <numerusform>Kohorta social media: %Ln klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>control cohort: %Ln customer(s)</source>
        <translation>
            <numerusform>kohorta kontrolna: %Ln klient</numerusform>
            <numerusform>kohorta kontrolna: %Ln klienci</numerusform>
            <numerusform>kohorta kontrolna: %Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>stan na %1</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>Computes every metric and the ROI summary of a project for the social and control cohorts, and prints them as JSON or CSV.</source>
        <translation>Oblicza wszystkie wskaźniki i podsumowanie ROI projektu dla kohorty social media i kontrolnej oraz wypisuje je jako JSON lub CSV.</translation>
    </message>
    <message>
        <source>Output format: json or csv (required).</source>
        <translation>Format wyjściowy: json lub csv (wymagane).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>Zapisz do PLIKU zamiast na standardowe wyjście.</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to compute the metrics of.</source>
        <translation>Brak -p PROJEKT: projektu, dla którego mają być obliczone wskaźniki.</translation>
    </message>
    <message>
        <source>Missing --format json|csv: the output format is required.</source>
        <translation>Brak --format json|csv: format wyjściowy jest wymagany.</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &quot;%1&quot;.</source>
        <translation>--format musi mieć wartość json lub csv, a nie „%1”.</translation>
    </message>
    <message>
        <source>Cannot write the metrics to the standard output.</source>
        <translation>Nie można zapisać wskaźników na standardowe wyjście.</translation>
    </message>
    <message>
        <source>adjusted (default): each social customer from their first social contact against similar customers still with us that day; naive: everyone ever in touch with the social care team against everyone else, from signup.</source>
        <translation>adjusted (domyślnie): każdy klient social media od pierwszego kontaktu z zespołem wobec podobnych klientów, którzy tego dnia nadal byli klientami; naive: wszyscy, którzy kiedykolwiek kontaktowali się z zespołem, wobec wszystkich pozostałych, od rejestracji.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METODA</translation>
    </message>
    <message>
        <source>Extra attributes of the customers to compare like with like (comma-separated), besides segment, tenure and monthly revenue.</source>
        <translation>Dodatkowe atrybuty klientów do porównania podobnych z podobnymi (oddzielone przecinkami), oprócz segmentu, stażu i miesięcznego przychodu.</translation>
    </message>
    <message>
        <source>ATTR,...</source>
        <translation>ATRYBUT,...</translation>
    </message>
    <message>
        <source>--method must be adjusted or naive, not &quot;%1&quot;.</source>
        <translation>--method musi mieć wartość adjusted lub naive, a nie „%1”.</translation>
    </message>
    <message>
        <source>--adjust-for applies to --method adjusted only.</source>
        <translation>--adjust-for dotyczy tylko --method adjusted.</translation>
    </message>
    <message>
        <source>The ROI&apos;s interval from N replicates of a customer-level bootstrap of the whole calculation (fixed seed; 200 or more for a report). Without it, the interval is its linear approximation, found at once.</source>
        <translation>Przedział ROI z N powtórzeń bootstrapu po klientach dla całych obliczeń (stałe ziarno; 200 lub więcej do raportu). Bez tej opcji przedział jest jego przybliżeniem liniowym, wyznaczanym od razu.</translation>
    </message>
    <message>
        <source>--bootstrap must be a number of replicates from 20 to 100000, not &quot;%1&quot;.</source>
        <translation>--bootstrap musi być liczbą powtórzeń od 20 do 100000, a nie „%1”.</translation>
    </message>
    <message>
        <source>--csv-for must be programs or spreadsheet, not &quot;%1&quot;.</source>
        <translation>--csv-for musi mieć wartość programs lub spreadsheet, a nie „%1”.</translation>
    </message>
    <message>
        <source>--csv-for applies to --format csv only.</source>
        <translation>--csv-for dotyczy tylko --format csv.</translation>
    </message>
    <message>
        <source>--lang applies to --csv-for spreadsheet only.</source>
        <translation>--lang dotyczy tylko --csv-for spreadsheet.</translation>
    </message>
    <message>
        <source>With --format csv: programs (default): comma between cells, point as decimal mark; spreadsheet: the list separator and decimal mark of the --lang language (or the system&apos;s), UTF-8 with a byte order mark.</source>
        <translation>Z --format csv: programs (domyślnie): przecinek między komórkami, kropka jako separator dziesiętny; spreadsheet: separator listy i separator dziesiętny języka z --lang (lub języka systemu), UTF-8 ze znacznikiem kolejności bajtów (BOM).</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>ODBIORCA</translation>
    </message>
    <message>
        <source>With --csv-for spreadsheet: the spreadsheet&apos;s language, en, fr, de, pl or hi.</source>
        <translation>Z --csv-for spreadsheet: język arkusza kalkulacyjnego, en, fr, de, pl lub hi.</translation>
    </message>
    <message numerus="yes">
        <source>%1: only %2 of %n bootstrap replicate(s) had social customers to compare; the ROI interval stays the linear approximation.</source>
        <translation>
            <numerusform>%1: tylko %2 z %n powtórzenia bootstrapu miało klientów social media do porównania; przedział ROI pozostaje przybliżeniem liniowym.</numerusform>
            <numerusform>%1: tylko %2 z %n powtórzeń bootstrapu miało klientów social media do porównania; przedział ROI pozostaje przybliżeniem liniowym.</numerusform>
            <numerusform>%1: tylko %2 z %n powtórzeń bootstrapu miało klientów social media do porównania; przedział ROI pozostaje przybliżeniem liniowym.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsController</name>
    <message>
        <source>%1: the sensitivity of the ROI could not be computed.</source>
        <translation>%1: nie udało się obliczyć wrażliwości ROI.</translation>
    </message>
    <message>
        <source>%1: the bootstrap found too few social customers to compare in its draws; the ROI interval stays the linear approximation.</source>
        <translation>%1: bootstrap znalazł w losowaniach za mało klientów social media do porównania; przedział ROI pozostaje przybliżeniem liniowym.</translation>
    </message>
</context>
<context>
    <name>MissingDataText</name>
    <message>
        <source>No customers yet: import the customers file (customer_id and signup_date) to measure anything.</source>
        <translation>Brak klientów: zaimportuj plik klientów (customer_id i signup_date), aby cokolwiek zmierzyć.</translation>
    </message>
    <message>
        <source>No customer in this selection dealt with the social care team, so there is nothing to compare: import the contacts file with its channel column (social), or the customers file with its social_engaged or first_social_date column, or widen the filters.</source>
        <translation>Żaden klient w tym wyborze nie miał kontaktu z zespołem social media, więc nie ma czego porównywać: zaimportuj plik kontaktów z kolumną channel (social) albo plik klientów z kolumną social_engaged lub first_social_date, albo poszerz filtry.</translation>
    </message>
    <message>
        <source>Every customer in this selection dealt with the social care team, so there is no one to compare them with: import the other customers too (customers file), or widen the filters.</source>
        <translation>Każdy klient w tym wyborze miał kontakt z zespołem social media, więc nie ma ich z kim porównać: zaimportuj także pozostałych klientów (plik klientów) albo poszerz filtry.</translation>
    </message>
    <message>
        <source>No social customer in this selection has a date of first contact with the social care team on or after the programme launch, so nothing can be estimated from it: import the customers file with its first_social_date column, or the contacts file with its channel column (social).</source>
        <translation>Żaden klient social media w tym wyborze nie ma daty pierwszego kontaktu z zespołem social media od startu programu, więc nie da się od niej niczego oszacować: zaimportuj plik klientów z kolumną first_social_date albo plik kontaktów z kolumną channel (social).</translation>
    </message>
    <message>
        <source>No customer has a churn date, so retention cannot be estimated: import the customers file with its churn_date column.</source>
        <translation>Żaden klient nie ma daty odejścia, więc nie da się oszacować utrzymania klientów: zaimportuj plik klientów z kolumną churn_date.</translation>
    </message>
    <message>
        <source>No contacts are imported, so support cost and self-service cannot be measured: import the contacts file (customer_id, contact_date, channel).</source>
        <translation>Nie zaimportowano kontaktów, więc nie da się zmierzyć kosztów obsługi ani samoobsługi: zaimportuj plik kontaktów (customer_id, contact_date, channel).</translation>
    </message>
    <message>
        <source>No customer is flagged at risk, so saves cannot be counted: import the customers file with its at_risk_date column.</source>
        <translation>Żaden klient nie jest oznaczony jako zagrożony odejściem, więc nie da się policzyć uratowanych: zaimportuj plik klientów z kolumną at_risk_date.</translation>
    </message>
    <message>
        <source>No recommendation scores and no mentions, so promoters cannot be counted: import the customers file with its nps_score column, or the mentions file (mention_date, sentiment).</source>
        <translation>Brak ocen skłonności do polecania i wzmianek, więc nie da się policzyć promotorów: zaimportuj plik klientów z kolumną nps_score albo plik wzmianek (mention_date, sentiment).</translation>
    </message>
    <message>
        <source>No orders are imported, so purchases cannot be compared: import the orders file (customer_id, order_date, amount).</source>
        <translation>Nie zaimportowano zamówień, więc nie da się porównać zakupów: zaimportuj plik zamówień (customer_id, order_date, amount).</translation>
    </message>
</context>
<context>
    <name>MonthlySeriesChart</name>
    <message>
        <source>No value for this month</source>
        <translation>Brak wartości dla tego miesiąca</translation>
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
        <translation>Przegląd projektu</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabele</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Costs, dates and horizon that turn differences into money</source>
        <translation>Koszty, daty i horyzont, które przeliczają różnice na pieniądze</translation>
    </message>
    <message>
        <source>Import history (%1)</source>
        <translation>Historia importu (%1)</translation>
    </message>
    <message>
        <source>Every file imported: how it was read, its rejected rows, undo</source>
        <translation>Każdy zaimportowany plik: jak go odczytano, odrzucone wiersze, cofanie</translation>
    </message>
</context>
<context>
    <name>NpsChart</name>
    <message>
        <source>Share of answers</source>
        <extracomment>Axis label of the NPS chart: share of the survey answers</extracomment>
        <translation>Odsetek odpowiedzi</translation>
    </message>
    <message>
        <source>Promoters</source>
        <extracomment>NPS survey answers of 9 or 10</extracomment>
        <translation>Promotorzy</translation>
    </message>
    <message>
        <source>Passives</source>
        <extracomment>NPS survey answers of 7 or 8</extracomment>
        <translation>Neutralni</translation>
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
        <translation>Wybierz dzień w kalendarzu (Alt+Strzałka w dół)</translation>
    </message>
    <message>
        <source>Type a date such as %1 or 2025-12-31, or pick one in the calendar</source>
        <extracomment>%1 is an example date in the user&apos;s format, e.g. 31/12/2025</extracomment>
        <translation>Wpisz datę, np. %1 lub 2025-12-31, albo wybierz ją w kalendarzu</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or 2025-12-31. Until then the filter keeps its last date; Esc puts it back.</source>
        <extracomment>%1 is an example date in the user&apos;s format, e.g. 31/12/2025</extracomment>
        <translation>To nie jest data: wpisz ją jako %1 lub 2025-12-31. Do tego czasu filtr zachowuje ostatnią datę; Esc ją przywraca.</translation>
    </message>
</context>
<context>
    <name>OrderLineAssembler</name>
    <message>
        <source>column &quot;%1&quot; (customer_id): the order &quot;%2&quot; of this line is customer &quot;%3&quot;&apos;s (line %4); a line cannot belong to another customer&apos;s order</source>
        <translation>kolumna „%1” (customer_id): zamówienie „%2” tego wiersza należy do klienta „%3” (wiersz %4); wiersz nie może należeć do zamówienia innego klienta</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (order_id): empty, but order lines are grouped into orders by this column</source>
        <translation>kolumna „%1” (order_id): pusta, a pozycje zamówień są łączone według tej kolumny</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (customer_id): lines of an order of another customer</source>
        <translation>kolumna „%1” (customer_id): pozycje zamówienia innego klienta</translation>
    </message>
    <message>
        <source>Check the order keys: an order number used by two customers needs its own key for each.</source>
        <translation>Sprawdź klucze zamówień: numer zamówienia używany przez dwóch klientów wymaga osobnego klucza dla każdego.</translation>
    </message>
    <message>
        <source>Give every line its order&apos;s key, or choose another column for the order key.</source>
        <translation>Nadaj każdemu wierszowi klucz jego zamówienia albo wybierz inną kolumnę na klucz zamówienia.</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Nie można zapisać %1: nie udało się rozpocząć pliku PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: a new page could not be started.</source>
        <translation>Nie można zapisać %1: nie udało się rozpocząć nowej strony.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished.</source>
        <translation>Nie można zapisać %1: nie udało się dokończyć pliku PDF.</translation>
    </message>
</context>
<context>
    <name>PreviewLoader</name>
    <message>
        <source>The file could not be read for the preview. Close other programs and try again.</source>
        <translation>Nie udało się odczytać pliku do podglądu. Zamknij inne programy i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>PreviewValidation</name>
    <message>
        <source>empty</source>
        <translation>puste</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <comment>reason: the rejected value</comment>
        <translation>%1: „%2”</translation>
    </message>
    <message>
        <source>unknown customer: the project has no customer with this id</source>
        <translation>nieznany klient: projekt nie ma klienta o tym identyfikatorze</translation>
    </message>
</context>
<context>
    <name>ProjectOverview</name>
    <message>
        <source>Reading the project…</source>
        <translation>Odczytywanie projektu…</translation>
    </message>
    <message>
        <source>This is the demo project: generated data with known effects of social customer care, for trying the workbench before loading your own files.</source>
        <translation>To jest projekt demonstracyjny: wygenerowane dane o znanych efektach obsługi klienta w social media, do wypróbowania aplikacji przed wczytaniem własnych plików.</translation>
    </message>
    <message>
        <source>Your project. Import customer lists, contact logs and orders with File, Import.</source>
        <translation>Twój projekt. Zaimportuj listy klientów, rejestry kontaktów i zamówienia poleceniem Plik, Importuj.</translation>
    </message>
    <message>
        <source>Data from</source>
        <translation>Dane od</translation>
    </message>
    <message>
        <source>Data to</source>
        <translation>Dane do</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Zaimportowane pliki</translation>
    </message>
    <message>
        <source>Rejected rows kept for review</source>
        <translation>Odrzucone wiersze zachowane do przeglądu</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Plik: %1</translation>
    </message>
</context>
<context>
    <name>QueryCsvExport</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Eksport został anulowany; nic nie zapisano.</translation>
    </message>
    <message>
        <source>The project could not be read (%1); nothing was written.</source>
        <translation>Nie udało się odczytać projektu (%1); nic nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>Zapisano %Ln wiersz w %1.</numerusform>
            <numerusform>Zapisano %Ln wiersze w %1.</numerusform>
            <numerusform>Zapisano %Ln wierszy w %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectedRecordsModel</name>
    <message>
        <source>Fixed: imported again</source>
        <translation>Poprawiony: zaimportowany ponownie</translation>
    </message>
    <message>
        <source>This row was too long to keep whole; fix it in the file and import the file again.</source>
        <translation>Ten wiersz był zbyt długi, by zachować go w całości; popraw go w pliku i zaimportuj plik ponownie.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Odrzucone wiersze</translation>
    </message>
</context>
<context>
    <name>RejectedRowsDialog</name>
    <message>
        <source>Show rows already fixed and imported</source>
        <translation>Pokaż wiersze już poprawione i zaimportowane</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Eksportuj jako &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;XLSX…</source>
        <translation>Eksportuj jako &amp;XLSX…</translation>
    </message>
    <message>
        <source>&amp;Import the rows again…</source>
        <translation>&amp;Importuj wiersze ponownie…</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>Odrzucone wiersze z %1</translation>
    </message>
    <message>
        <source>Each row as it was in the file, with why it was rejected. Double-click a value to fix it; fixed rows show in bold. &quot;Import the rows again&quot; imports every row still rejected, with the mapping of this import: rows still wrong are rejected again, with their reason.</source>
        <translation>Każdy wiersz tak, jak był w pliku, z przyczyną odrzucenia. Kliknij dwukrotnie wartość, aby ją poprawić; poprawione wiersze są pogrubione. „Importuj wiersze ponownie” importuje wszystkie wciąż odrzucone wiersze z mapowaniem tego importu: wiersze nadal błędne zostaną znów odrzucone, z przyczyną.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n wiersz zapisano w %1.</numerusform>
            <numerusform>%n wiersze zapisano w %1.</numerusform>
            <numerusform>%n wierszy zapisano w %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the rows again</source>
        <translation>Importuj wiersze ponownie</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n row(s) still rejected, with the mapping of %1?</source>
        <translation>
            <numerusform>Zaimportować %n wciąż odrzucony wiersz z mapowaniem %1?</numerusform>
            <numerusform>Zaimportować %n wciąż odrzucone wiersze z mapowaniem %1?</numerusform>
            <numerusform>Zaimportować %n wciąż odrzuconych wierszy z mapowaniem %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were edited here. The rows go into a new file first, which you choose next: the import&apos;s record names it.</source>
        <translation>
            <numerusform>%n z nich edytowano tutaj. Wiersze trafią najpierw do nowego pliku, który wybierzesz w następnym kroku: zapis importu go wskaże.</numerusform>
            <numerusform>%n z nich edytowano tutaj. Wiersze trafią najpierw do nowego pliku, który wybierzesz w następnym kroku: zapis importu go wskaże.</numerusform>
            <numerusform>%n z nich edytowano tutaj. Wiersze trafią najpierw do nowego pliku, który wybierzesz w następnym kroku: zapis importu go wskaże.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>fixed rows of %1</source>
        <extracomment>Part of a proposed file name: &quot;Project – fixed rows of customers – 2026-12-06.csv&quot;</extracomment>
        <translation>poprawione wiersze z %1</translation>
    </message>
    <message>
        <source>Save the fixed rows as</source>
        <translation>Zapisz poprawione wiersze jako</translation>
    </message>
    <message>
        <source>Importing the rows again…</source>
        <translation>Ponowne importowanie wierszy…</translation>
    </message>
    <message>
        <source>The rows still rejected are listed with their reasons under the new import in the history.</source>
        <translation>Wiersze nadal odrzucone, z przyczynami, są w historii pod nowym importem.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsExport</name>
    <message>
        <source>%1: cannot write the file (%2). Choose another folder.</source>
        <translation>%1: nie można zapisać pliku (%2). Wybierz inny folder.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2). Check the free space and try again.</source>
        <translation>%1: nie można zapisać pliku (%2). Sprawdź wolne miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Rejected rows written to %1: %2.</source>
        <translation>Odrzucone wiersze zapisano w %1: %2.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Eksportuj odrzucone wiersze</translation>
    </message>
    <message>
        <source>Writing the rejected rows…</source>
        <translation>Zapisywanie odrzuconych wierszy…</translation>
    </message>
    <message>
        <source>rejected rows of %1</source>
        <extracomment>Part of a proposed file name: &quot;Project – rejected rows of customers – 2026-12-06.csv&quot;</extracomment>
        <translation>odrzucone wiersze z %1</translation>
    </message>
</context>
<context>
    <name>RejectedText</name>
    <message>
        <source> [… cut here: the row as read is %1 bytes of UTF-8, SHA-256 %2]</source>
        <translation> [… tu obcięto: wczytany wiersz ma %1 bajtów UTF-8, SHA-256 %2]</translation>
    </message>
</context>
<context>
    <name>RepeatCountChart</name>
    <message>
        <source>Expected by the model</source>
        <extracomment>Name of the diamonds that show the share the BG/NBD model expects in each bin</extracomment>
        <translation>Oczekiwane przez model</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) (%2)</source>
        <translation>
            <numerusform>%1 klient (%2)</numerusform>
            <numerusform>%1 klienci (%2)</numerusform>
            <numerusform>%1 klientów (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatTrackingChart</name>
    <message>
        <source>Weeks since the first order</source>
        <translation>Tygodnie od pierwszego zamówienia</translation>
    </message>
    <message>
        <source>← fitted</source>
        <extracomment>Tracking chart: the weeks the model was fitted to, left of the as-of date</extracomment>
        <translation>← dopasowanie</translation>
    </message>
    <message>
        <source>holdout →</source>
        <extracomment>Tracking chart: the weeks after the as-of date, which the model never saw</extracomment>
        <translation>weryfikacja →</translation>
    </message>
    <message>
        <source>%1: model</source>
        <extracomment>Tooltip and export name of the line of repeat transactions the BG/NBD model expects</extracomment>
        <translation>%1: według modelu</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Tydzień %1</translation>
    </message>
    <message>
        <source>Repeat orders so far: %1</source>
        <translation>Dotychczasowe ponowne zakupy: %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>from %1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>%1 lub później</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>%1 lub wcześniej</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>dowolny okres</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Plik projektu</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na dzień</translation>
    </message>
    <message>
        <source>Customers who signed up</source>
        <translation>Klienci zarejestrowani</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Demo data with known effects, written by the demo generator</source>
        <translation>Dane demonstracyjne o znanych efektach, zapisane przez generator danych demonstracyjnych</translation>
    </message>
    <message>
        <source>%1: %2 in the social cohort, %3 in the control cohort</source>
        <translation>%1: %2 w kohorcie social media, %3 w kohorcie kontrolnej</translation>
    </message>
    <message>
        <source>(difference %1; 95% interval %2)</source>
        <translation>(różnica %1; przedział 95% %2)</translation>
    </message>
    <message>
        <source>No file was imported: the project holds demo data written by the demo generator.</source>
        <translation>Nie zaimportowano żadnego pliku: projekt zawiera dane demonstracyjne zapisane przez generator.</translation>
    </message>
    <message>
        <source>No file was imported into this project.</source>
        <translation>Do tego projektu nie zaimportowano żadnego pliku.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported. Rows rejected in total: %1; every rejected row is kept in the project with its line and the reason.</source>
        <translation>
            <numerusform>Zaimportowano %n plik. Łącznie odrzucone wiersze: %1; każdy odrzucony wiersz jest zachowany w projekcie z numerem wiersza i przyczyną.</numerusform>
            <numerusform>Zaimportowano %n pliki. Łącznie odrzucone wiersze: %1; każdy odrzucony wiersz jest zachowany w projekcie z numerem wiersza i przyczyną.</numerusform>
            <numerusform>Zaimportowano %n plików. Łącznie odrzucone wiersze: %1; każdy odrzucony wiersz jest zachowany w projekcie z numerem wiersza i przyczyną.</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Data importu</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Zaimportowane wiersze</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Odrzucone wiersze</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind of row</source>
        <translation>Rodzaj wiersza</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test statystyczny</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Podsumowanie dla zarządu</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Najważniejsze wnioski</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>Do ostrożnej interpretacji</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <source>Data provenance</source>
        <translation>Pochodzenie danych</translation>
    </message>
    <message>
        <source>Method notes</source>
        <translation>Uwagi metodologiczne</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>page footer: %1 is the page number, %2 the number of pages</extracomment>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>The value of social customer care</source>
        <translation>Wartość obsługi klienta w social media</translation>
    </message>
    <message>
        <source>Customers served by the social care team compared with everyone else</source>
        <translation>Klienci obsłużeni przez zespół social media w porównaniu z wszystkimi pozostałymi</translation>
    </message>
    <message>
        <source>Generated on %1 by SocialROI Workbench %2</source>
        <translation>Wygenerowano %1 w SocialROI Workbench %2</translation>
    </message>
    <message>
        <source>ROI window</source>
        <extracomment>The months over which every benefit and the programme cost are counted</extracomment>
        <translation>Okres ROI</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of dates</comment>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>Lifetime value and model parameters</source>
        <translation>Wartość klienta i parametry modeli</translation>
    </message>
    <message>
        <source>no fit</source>
        <translation>brak dopasowania</translation>
    </message>
    <message>
        <source>%1 (SE %2)</source>
        <extracomment>A model parameter&apos;s estimate with its standard error</extracomment>
        <translation>%1 (błąd standardowy %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 klient</numerusform>
            <numerusform>%1 klienci</numerusform>
            <numerusform>%1 klientów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>%1: the report was not written.</source>
        <translation>%1: raport nie został zapisany.</translation>
    </message>
    <message>
        <source>Also give each metric table&apos;s statistics: the p-value and the customers compared.</source>
        <translation>Podaj także statystyki każdej tabeli wskaźnika: wartość p i porównywanych klientów.</translation>
    </message>
    <message>
        <source>Writes the report of a project: title page, executive summary with the ROI, each metric&apos;s chart, table and note, assumptions, data provenance and method notes, as PDF, self-contained HTML, XLSX or a PowerPoint deck with native charts and speaker notes (PPTX), chosen by the file&apos;s suffix.</source>
        <translation>Zapisuje raport projektu: stronę tytułową, podsumowanie dla zarządu z ROI, wykres, tabelę i uwagę do każdego wskaźnika, założenia, pochodzenie danych i uwagi metodologiczne, jako PDF, samodzielny HTML, XLSX lub prezentację PowerPoint z edytowalnymi wykresami i notatkami prelegenta (PPTX), zależnie od rozszerzenia pliku.</translation>
    </message>
    <message>
        <source>The report to write: FILE.pdf, FILE.html, FILE.xlsx or FILE.pptx.</source>
        <translation>Raport do zapisania: PLIK.pdf, PLIK.html, PLIK.xlsx lub PLIK.pptx.</translation>
    </message>
    <message>
        <source>With -o FILE.pptx: a PowerPoint template or presentation (.potx or .pptx) whose slide master, layouts, fonts and colours the slides take.</source>
        <translation>Z -o PLIK.pptx: szablon lub prezentacja PowerPoint (.potx lub .pptx), z której slajdy przejmują wzorzec, układy, czcionki i kolory.</translation>
    </message>
    <message>
        <source>-o %1: the report is written as .pdf, .html, .xlsx or .pptx; name the file with one of these suffixes.</source>
        <translation>-o %1: raport zapisuje się jako .pdf, .html, .xlsx lub .pptx; nadaj plikowi jedno z tych rozszerzeń.</translation>
    </message>
    <message>
        <source>--template %1: a template is for slides; write them with -o FILE.pptx.</source>
        <translation>--template %1: szablon jest przeznaczony dla slajdów; zapisz je za pomocą -o PLIK.pptx.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>%1: the report could not be written.</source>
        <translation>%1: nie udało się zapisać raportu.</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>Otwieranie projektu…</translation>
    </message>
    <message>
        <source>Reading the assumptions and the import log…</source>
        <translation>Odczytywanie założeń i dziennika importu…</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Składanie raportu…</translation>
    </message>
    <message>
        <source>%1: the report could not be prepared.</source>
        <translation>%1: nie udało się przygotować raportu.</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Rysowanie wykresów…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Zapisywanie %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <source>Checking the ROI interval with a bootstrap…</source>
        <translation>Sprawdzanie przedziału ROI metodą bootstrap…</translation>
    </message>
</context>
<context>
    <name>ReportInputs</name>
    <message>
        <source>%1: cannot read the assumptions and the import log (%2).</source>
        <translation>%1: nie można odczytać założeń i dziennika importu (%2).</translation>
    </message>
</context>
<context>
    <name>ReportMethods</name>
    <message>
        <source>Retention at a time</source>
        <translation>Retencja w danym momencie</translation>
    </message>
    <message>
        <source>Kaplan–Meier estimate per cohort from signup, censored at the as-of date; z test of the difference with Greenwood variances.</source>
        <translation>Estymator Kaplana–Meiera dla każdej kohorty od rejestracji, cenzurowany w dacie stanu; test z różnicy z wariancjami Greenwooda.</translation>
    </message>
    <message>
        <source>Difference: normal interval from the Greenwood variances. Each cohort&apos;s curve: log-log band.</source>
        <translation>Różnica: przedział normalny z wariancji Greenwooda. Krzywa każdej kohorty: pasmo log-log.</translation>
    </message>
    <message>
        <source>Whole retention curves</source>
        <translation>Pełne krzywe utrzymania klientów</translation>
    </message>
    <message>
        <source>Log-rank test (chi-square, one degree of freedom) over the whole follow-up; the figures are the customers lost in each cohort.</source>
        <translation>Test log-rank (chi-kwadrat, jeden stopień swobody) dla całego okresu obserwacji; wartości to klienci utraceni w każdej kohorcie.</translation>
    </message>
    <message>
        <source>None: the test compares whole curves.</source>
        <translation>Brak: test porównuje całe krzywe.</translation>
    </message>
    <message>
        <source>Months kept within the horizon</source>
        <translation>Miesiące utrzymania w horyzoncie</translation>
    </message>
    <message>
        <source>Restricted mean survival time up to the horizon (area under the Kaplan–Meier curve); z test.</source>
        <translation>Ograniczony średni czas przeżycia do horyzontu (pole pod krzywą Kaplana–Meiera); test z.</translation>
    </message>
    <message>
        <source>Normal interval from the variance of the restricted means.</source>
        <translation>Przedział normalny z wariancji ograniczonych średnich.</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Odsetki</translation>
    </message>
    <message>
        <source>Two-proportion z test (pooled).</source>
        <translation>Test z dla dwóch proporcji (łączony).</translation>
    </message>
    <message>
        <source>Newcombe (Wilson score) interval of the difference.</source>
        <translation>Przedział Newcombe’a (Wilsona) dla różnicy.</translation>
    </message>
    <message>
        <source>Rates per customer-month or customer-year</source>
        <translation>Współczynniki na klientomiesiąc lub klientorok</translation>
    </message>
    <message>
        <source>Poisson rate difference (Wald z test), with the exposure of each customer from signup to churn or the as-of date.</source>
        <translation>Różnica współczynników Poissona (test z Walda), z ekspozycją każdego klienta od rejestracji do odejścia lub daty stanu.</translation>
    </message>
    <message>
        <source>Wald interval of the difference; log-Wald interval of the rate ratio.</source>
        <translation>Przedział Walda dla różnicy; przedział log-Walda dla ilorazu współczynników.</translation>
    </message>
    <message>
        <source>Averages per customer, order or contact</source>
        <translation>Średnie na klienta, zamówienie lub kontakt</translation>
    </message>
    <message>
        <source>Welch t test (unequal variances).</source>
        <translation>Test t Welcha (nierówne wariancje).</translation>
    </message>
    <message>
        <source>Welch interval of the difference of the means.</source>
        <translation>Przedział Welcha dla różnicy średnich.</translation>
    </message>
    <message>
        <source>Promoters (9–10) minus detractors (0–6); z test with the multinomial variance of the two shares.</source>
        <translation>Promotorzy (9–10) minus krytycy (0–6); test z z wariancją wielomianową obu odsetków.</translation>
    </message>
    <message>
        <source>Normal interval of the difference of the scores.</source>
        <translation>Przedział normalny dla różnicy wyników.</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Koszt obsługi</translation>
    </message>
    <message>
        <source>Total cost over customer-months, its variance that of a compound Poisson sum; z test.</source>
        <translation>Całkowity koszt na klientomiesiące, z wariancją złożonej sumy Poissona; test z.</translation>
    </message>
    <message>
        <source>Normal interval of the difference.</source>
        <translation>Przedział normalny dla różnicy.</translation>
    </message>
    <message>
        <source>Counts, sums and entered figures</source>
        <translation>Liczebności, sumy i wpisane wartości</translation>
    </message>
    <message>
        <source>None: these figures describe the data.</source>
        <translation>Brak: te wartości opisują dane.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <source>Rates are per customer-month: each customer counts from signup to churn or the as-of date (a month is 30.4375 days). Every interval is a 95% interval; a difference is social minus control and the lift is the difference divided by the control value.</source>
        <translation>Współczynniki liczone są na klientomiesiąc: każdy klient liczy się od rejestracji do odejścia lub daty stanu (miesiąc to 30,4375 dnia). Każdy przedział jest przedziałem 95%; różnica to social media minus kontrolna, a wzrost względny to różnica podzielona przez wartość kontrolną.</translation>
    </message>
    <message>
        <source>A row carries a warning when a cohort has fewer than 30 customers, an expected count is under 5, fewer than 5 customers are still observed at a survival time, or the interval of the difference includes zero. Numbers that cannot be estimated are shown as “%1”.</source>
        <translation>Wiersz ma ostrzeżenie, gdy kohorta liczy mniej niż 30 klientów, liczebność oczekiwana jest mniejsza niż 5, w danym czasie przeżycia obserwuje się mniej niż 5 klientów lub przedział różnicy zawiera zero. Liczby, których nie da się oszacować, są pokazywane jako „%1”.</translation>
    </message>
    <message>
        <source>segment, tenure and monthly revenue</source>
        <translation>segment, staż i przychód miesięczny</translation>
    </message>
    <message>
        <source>segment, tenure, monthly revenue and %1</source>
        <translation>segment, staż, przychód miesięczny i %1</translation>
    </message>
    <message>
        <source>Retention is estimated, not compared: each customer who dealt with the social care team is followed from their first contact with it, on or after the programme launch, against customers who were still customers that same day, had not dealt with the team yet and resembled them in %1. There is one comparison per calendar month; in each, the similar customers are weighted to the social customers&apos; mix and stop counting once they reach the team themselves. The estimate is the effect on the customers the team dealt with; its intervals use a variance clustered on the customer, because a customer can be compared in several months.</source>
        <translation>Retencja jest szacowana, a nie tylko porównywana: każdy klient, którym zajął się zespół social media, jest śledzony od pierwszego kontaktu z nim, od startu programu, wobec klientów, którzy tego samego dnia nadal byli klientami, nie mieli jeszcze kontaktu z zespołem i byli do niego podobni pod względem: %1. Jest jedno porównanie na miesiąc kalendarzowy; w każdym podobni klienci są ważeni według składu klientów social media i przestają się liczyć, gdy sami trafią do zespołu. Oszacowanie to efekt u klientów, którymi zajął się zespół; jego przedziały używają wariancji grupowanej według klienta, bo klient może być porównywany w kilku miesiącach.</translation>
    </message>
    <message>
        <source>Balance: the largest standardized difference between the two sides is %1 before weighting and %2 after; above 0.1 a difference is flagged on the rows it affects.</source>
        <translation>Zrównoważenie: największa różnica standaryzowana między stronami wynosi %1 przed ważeniem i %2 po nim; powyżej 0,1 różnica jest oznaczana w wierszach, których dotyczy.</translation>
    </message>
    <message>
        <source>How wrong could it still be: to explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay (the E-value; %2 for the interval&apos;s limit nearest to no effect).</source>
        <translation>Na ile może to być nadal błędne: aby wyjaśnić efekt utrzymania klientów po 12 miesiącach, czynnik nieuwzględniony tutaj musiałby sprawiać, że klienci %1 razy częściej korzystają z obsługi social media i %1 razy częściej zostają (E-wartość; %2 dla granicy przedziału najbliższej brakowi efektu).</translation>
    </message>
    <message>
        <source>Weighted Kaplan–Meier estimate from the first social contact, against similar customers still with us that day, weighted to the social customers&apos; mix; z test of the difference.</source>
        <translation>Ważony estymator Kaplana–Meiera od pierwszego kontaktu w social media, wobec podobnych klientów, którzy tego dnia nadal byli z nami, ważonych według składu klientów social media; test z różnicy.</translation>
    </message>
    <message>
        <source>Difference: normal interval from the robust variance clustered on the customer. Each side&apos;s curve: log-log band.</source>
        <translation>Różnica: przedział normalny z odpornej wariancji grupowanej według klienta. Krzywa każdej strony: pasmo log-log.</translation>
    </message>
    <message>
        <source>Normal interval from the robust variance clustered on the customer.</source>
        <translation>Przedział normalny z odpornej wariancji grupowanej według klienta.</translation>
    </message>
    <message>
        <source>The social cohort is every customer who dealt with the social care team; the control cohort is everyone else. Both are limited by the same filters and followed up to the as-of date, %1: customers who signed up later are left out, and a customer still active on that date counts as kept so far (censored). This is the naive comparison, from signup: customers choose social customer care and can only reach it while they are still customers, so its differences are not effects of the social care team.</source>
        <translation>Kohorta social media to wszyscy klienci, którymi zajął się zespół social media; kohorta kontrolna to wszyscy pozostali. Obie są ograniczone tymi samymi filtrami i śledzone do dnia analizy, %1: klienci zarejestrowani później są pominięci, a klient aktywny w tym dniu liczy się jako dotąd zatrzymany (ocenzurowany). To naiwne porównanie od rejestracji: klienci sami wybierają obsługę social media i mogą do niej trafić tylko, dopóki są klientami, więc jego różnice nie są efektami zespołu.</translation>
    </message>
    <message>
        <source>The ROI counts every money value and the programme cost over one window, from %1 to %2: retention (the revenue the social care team kept inside the window), operational cost, complaints turned into raves, cross-sells and process innovations. Saves are part of retention&apos;s value and self-service of operational cost&apos;s, so neither is added twice; return on relationship describes customers and adds no money of its own.</source>
        <translation>ROI liczy każdą wartość pieniężną i koszt programu w jednym okresie, od %1 do %2: utrzymanie klientów (przychód, który zespół social media zatrzymał w okresie), koszt operacyjny, skargi zamienione w pochwały, sprzedaż krzyżową i innowacje procesowe. Uratowani klienci są częścią wartości utrzymania klientów, a samoobsługa – kosztu operacyjnego, więc nic nie jest liczone dwa razy; zwrot z relacji opisuje klientów i nie dodaje własnych pieniędzy.</translation>
    </message>
    <message>
        <source>Revenue-based values are multiplied by the contribution margin, %1: the money is profit.</source>
        <translation>Wartości oparte na przychodzie są mnożone przez marżę na pokrycie, %1: kwoty to zysk.</translation>
    </message>
    <message>
        <source>No contribution margin is set: revenue-based values are revenue, not profit.</source>
        <translation>Nie ustawiono marży na pokrycie: wartości oparte na przychodzie to przychód, nie zysk.</translation>
    </message>
    <message>
        <source>The interval of the total value comes from one method applied to the whole sum: each customer&apos;s effect on every component at once (the linear term of a customer-level bootstrap, checked against a real bootstrap), not the components&apos; intervals added up. Process innovations are figures entered by hand and carry no uncertainty.</source>
        <translation>Przedział całkowitej wartości pochodzi z jednej metody zastosowanej do całej sumy: wpływu każdego klienta na wszystkie składniki naraz (liniowy człon bootstrapu po klientach, sprawdzony z prawdziwym bootstrapem), a nie z dodania przedziałów składników. Innowacje procesowe to dane wpisane ręcznie, bez niepewności.</translation>
    </message>
    <message>
        <source>Contacts, support cost, self-service sessions, mentions and cross-sell revenue are estimated the same way, per customer-month (handle time per contact, resolution and the mentions&apos; tone per contact or mention), over the same follow-up on both sides: at most the horizon, ending when the customer leaves, at the as-of date, or, for a similar customer, when they reach the team. Their money is the estimated difference times the months the social customers spent inside the ROI window after their first contact.</source>
        <translation>Kontakty, koszt obsługi, sesje samoobsługowe, wzmianki i przychód ze sprzedaży krzyżowej są szacowane w ten sam sposób, na klientomiesiąc (czas obsługi na kontakt, rozwiązanie i wydźwięk wzmianek na kontakt lub wzmiankę), w tym samym okresie obserwacji po obu stronach: najwyżej horyzont, do odejścia klienta, do daty stanu lub, dla podobnego klienta, do chwili, gdy sam trafi do zespołu. Ich wartość pieniężna to oszacowana różnica razy miesiące, które klienci social media spędzili w oknie ROI po pierwszym kontakcie.</translation>
    </message>
    <message>
        <source>The estimate assumes that, among customers alike in those respects, who reaches the social care team in a given month has nothing to do with how long they would otherwise stay or how they would otherwise use the service. Recommendation scores carry no date, and saves and the share that ever used self-service or bought a cross-sell depend on how long a customer was watched: those rows still compare everyone ever in touch with the team against everyone else, from signup, and say so.</source>
        <translation>Oszacowanie zakłada, że wśród klientów podobnych pod tymi względami to, kto trafia do zespołu social media w danym miesiącu, nie ma związku z tym, jak długo zostaliby oni w przeciwnym razie ani jak korzystaliby z obsługi. Oceny rekomendacji nie mają daty, a uratowania oraz odsetek, który kiedykolwiek skorzystał z samoobsługi lub kupił w sprzedaży krzyżowej, zależą od tego, jak długo klienta obserwowano: te wiersze nadal porównują wszystkich, którzy mieli kontakt z zespołem, z pozostałymi, od rejestracji, i mówią o tym.</translation>
    </message>
    <message>
        <source>Social customers compared: %1; similar customers: %2 (worth %3 after weighting); left out: %4 with no similar customer and %5 flagged social without a date.</source>
        <translation>Porównani klienci social media: %1; podobni klienci: %2 (po ważeniu warci %3); pominięci: %4 bez podobnego klienta i %5 oznaczonych jako social media bez daty.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>The project file to read (.socialroi).</source>
        <translation>Plik projektu do odczytania (.socialroi).</translation>
    </message>
    <message>
        <source>Only customers of this segment, or NAME=VALUE for an extra attribute.</source>
        <translation>Tylko klienci tego segmentu lub NAZWA=WARTOŚĆ dla dodatkowego atrybutu.</translation>
    </message>
    <message>
        <source>Only customers who signed up on or after DATE (YYYY-MM-DD).</source>
        <translation>Tylko klienci zarejestrowani w dniu DATA (RRRR-MM-DD) lub później.</translation>
    </message>
    <message>
        <source>Only customers who signed up on or before DATE (YYYY-MM-DD).</source>
        <translation>Tylko klienci zarejestrowani w dniu DATA (RRRR-MM-DD) lub wcześniej.</translation>
    </message>
    <message>
        <source>Compute as of DATE (YYYY-MM-DD) instead of the project&apos;s as-of date.</source>
        <translation>Oblicz według stanu na DATA (RRRR-MM-DD) zamiast daty stanu projektu.</translation>
    </message>
    <message>
        <source>Numbers, dates and money in this language: en, fr, de, pl or hi.</source>
        <translation>Liczby, daty i kwoty w tym języku: en, fr, de, pl lub hi.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 musi być datą w formacie RRRR-MM-DD, a nie „%2”.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: no signup date can match.</source>
        <translation>--from %1 jest późniejsze niż --to %2: żadna data rejestracji nie może pasować.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>--lang musi być jedną z wartości %1, a nie „%2”.</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to read.</source>
        <translation>Brak -p PROJEKT: projektu do odczytania.</translation>
    </message>
    <message>
        <source>Missing -o FILE: where to write.</source>
        <translation>Brak -o PLIK: miejsca zapisu.</translation>
    </message>
    <message>
        <source>-o %1 is the project itself; choose another output file.</source>
        <translation>-o %1 to sam projekt; wybierz inny plik wyjściowy.</translation>
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
        <translation>Jak składa się wartość</translation>
    </message>
    <message>
        <source>How the net value depends on the assumptions</source>
        <translation>Jak wartość netto zależy od założeń</translation>
    </message>
    <message>
        <source>How the ROI depends on the assumptions</source>
        <translation>Jak ROI zależy od założeń</translation>
    </message>
    <message numerus="yes">
        <source>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of the customers.</source>
        <translation>
            <numerusform>Przedział wartości i ROI: bootstrap całych obliczeń, %n ponowne losowanie klientów.</numerusform>
            <numerusform>Przedział wartości i ROI: bootstrap całych obliczeń, %n ponowne losowania klientów.</numerusform>
            <numerusform>Przedział wartości i ROI: bootstrap całych obliczeń, %n ponownych losowań klientów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interval of the value and of the ROI: its linear approximation, found at once.</source>
        <translation>Przedział wartości i ROI: jego przybliżenie liniowe, wyznaczone od razu.</translation>
    </message>
    <message numerus="yes">
        <source>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of %1 of the %2 customers each, rescaled to all of them.</source>
        <translation>
            <numerusform>Przedział wartości i ROI: bootstrap całych obliczeń, %n ponowne losowanie %1 spośród %2 klientów, przeskalowane na wszystkich.</numerusform>
            <numerusform>Przedział wartości i ROI: bootstrap całych obliczeń, %n ponowne losowania po %1 spośród %2 klientów, przeskalowane na wszystkich.</numerusform>
            <numerusform>Przedział wartości i ROI: bootstrap całych obliczeń, %n ponownych losowań po %1 spośród %2 klientów, przeskalowanych na wszystkich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extra saves among the %n social customers at risk are worth about %1 over their remaining lifetime (between %2 and %3).</source>
        <translation>
            <numerusform>Dodatkowo uratowani spośród %n zagrożonego klienta społecznościowego są warci około %1 przez pozostały czas życia (od %2 do %3).</numerusform>
            <numerusform>Dodatkowo uratowani spośród %n zagrożonych klientów społecznościowych są warci około %1 przez pozostały czas życia (od %2 do %3).</numerusform>
            <numerusform>Dodatkowo uratowani spośród %n zagrożonych klientów społecznościowych są warci około %1 przez pozostały czas życia (od %2 do %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extra saves among the %n social customers at risk are worth about %1 over the horizon (between %2 and %3).</source>
        <translation>
            <numerusform>Dodatkowo uratowani spośród %n zagrożonego klienta społecznościowego są warci około %1 w horyzoncie (od %2 do %3).</numerusform>
            <numerusform>Dodatkowo uratowani spośród %n zagrożonych klientów społecznościowych są warci około %1 w horyzoncie (od %2 do %3).</numerusform>
            <numerusform>Dodatkowo uratowani spośród %n zagrożonych klientów społecznościowych są warci około %1 w horyzoncie (od %2 do %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown inside retention, not added to the ROI again.</source>
        <translation>Ujęte w utrzymaniu klientów, nie dodane ponownie do ROI.</translation>
    </message>
    <message>
        <source>Not added to the ROI: retention already counts what kept customers bring within the ROI window.</source>
        <translation>Nie dodane do ROI: utrzymanie klientów już liczy to, co zatrzymani klienci przynoszą w okresie analizy.</translation>
    </message>
    <message numerus="yes">
        <source>Checking it with a bootstrap of the whole calculation: %1 of %Ln resample(s).</source>
        <translation>
            <numerusform>Sprawdzanie bootstrapem całych obliczeń: %1 z %Ln ponownego losowania.</numerusform>
            <numerusform>Sprawdzanie bootstrapem całych obliczeń: %1 z %Ln ponownych losowań.</numerusform>
            <numerusform>Sprawdzanie bootstrapem całych obliczeń: %1 z %Ln ponownych losowań.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoiTable</name>
    <message>
        <source>Component</source>
        <translation>Składnik</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Dolna</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Górna</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Wartość łączna</translation>
    </message>
    <message>
        <source>Programme cost</source>
        <translation>Koszt programu</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Wartość netto</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Zwrot z inwestycji</translation>
    </message>
    <message numerus="yes">
        <source>The programme cost per month times the horizon of %n month(s)</source>
        <translation>
            <numerusform>Miesięczny koszt programu razy horyzont %n miesiąca</numerusform>
            <numerusform>Miesięczny koszt programu razy horyzont %n miesięcy</numerusform>
            <numerusform>Miesięczny koszt programu razy horyzont %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>(value − cost) / cost</source>
        <translation>(wartość − koszt) / koszt</translation>
    </message>
</context>
<context>
    <name>RoiWording</name>
    <message>
        <source>The money is profit, at a contribution margin of %1.</source>
        <translation>Kwoty to zysk przy marży na pokrycie %1.</translation>
    </message>
    <message>
        <source>The money is revenue, not profit: set the contribution margin in the assumptions to count profit.</source>
        <translation>Kwoty to przychód, nie zysk: podaj marżę na pokrycie w założeniach, aby liczyć zysk.</translation>
    </message>
    <message>
        <source>Process innovations add %1 from figures entered by hand, with no estimate of uncertainty.</source>
        <translation>Usprawnienia procesów dodają %1 z danych wpisanych ręcznie, bez oszacowania niepewności.</translation>
    </message>
    <message>
        <source>No programme cost is set, so there is no return to compute; the value of social customer care from %1 to %2 is %3.</source>
        <translation>Nie podano kosztu programu, więc nie ma zwrotu do obliczenia; wartość obsługi w mediach społecznościowych od %1 do %2 wynosi %3.</translation>
    </message>
    <message>
        <source>From %1 to %2, every %3 spent on social customer care returned an estimated %4 (between %5 and %6), compared with similar customers who were still with us on the same day.</source>
        <translation>Od %1 do %2 każde %3 wydane na obsługę klienta w social media przyniosło szacunkowo %4 (od %5 do %6) w porównaniu z podobnymi klientami, którzy tego samego dnia nadal byli z nami.</translation>
    </message>
    <message>
        <source>From %1 to %2, every %3 spent on social customer care went with %4 (between %5 and %6) in a naive comparison of everyone ever in touch with the social care team against everyone else: not an estimate of what the team caused.</source>
        <translation>Od %1 do %2 każdemu %3 wydanemu na obsługę klienta w social media towarzyszyło %4 (od %5 do %6) w naiwnym porównaniu wszystkich klientów, którzy kiedykolwiek kontaktowali się z zespołem social media, z pozostałymi: to nie jest oszacowanie efektu zespołu.</translation>
    </message>
    <message>
        <source>The promoters&apos; value compares the cohorts from signup: recommendation scores carry no date, so it is not estimated from the first social contact.</source>
        <translation>Wartość promotorów porównuje kohorty od rejestracji: oceny rekomendacji nie mają daty, więc nie jest szacowana od pierwszego kontaktu w social media.</translation>
    </message>
    <message>
        <source>This selection holds %1 of the social customers, so it is charged %1 of the programme&apos;s cost and of the figures entered for the whole project.</source>
        <translation>Ten wybór obejmuje %1 klientów social, więc przypada na niego %1 kosztu programu i liczb wprowadzonych dla całego projektu.</translation>
    </message>
    <message>
        <source>No verdict yet: no customer in this selection has a first contact with the social care team on or after the programme launch, with similar customers to compare with. Import the contacts with their channel (social), or the customers&apos; first social date, to estimate what the team caused.</source>
        <translation>Na razie brak werdyktu: żaden klient w tym wyborze nie ma pierwszego kontaktu z zespołem social media od startu programu, z podobnymi klientami do porównania. Zaimportuj kontakty z ich kanałem (social) albo datę pierwszego kontaktu w social media klientów, aby oszacować, co zdziałał zespół.</translation>
    </message>
    <message>
        <source>No verdict yet: no customer in this selection is marked as having dealt with the social care team. Import the contacts with their channel (social), or the customers&apos; social flag, to compare them.</source>
        <translation>Na razie brak werdyktu: żaden klient w tym wyborze nie jest oznaczony jako mający kontakt z zespołem social media. Zaimportuj kontakty z ich kanałem (social) albo oznaczenie social media klientów, aby je porównać.</translation>
    </message>
    <message>
        <source>Lifetime value here is the profit a customer is expected to bring from the as-of date on, in today&apos;s money: a contribution margin of %1 on the subscription revenue of the months the sBG model expects them to stay and on the orders BG/NBD and Gamma-Gamma expect, discounted at %2 a year. Each cohort&apos;s interval shows how uncertain the fitted models are.</source>
        <translation>Wartość klienta to tutaj zysk, jaki klient według przewidywań przyniesie od dnia analizy, w dzisiejszych pieniądzach: marża pokrycia %1 od przychodu z subskrypcji w miesiącach, przez które według modelu sBG pozostanie, oraz od zamówień przewidywanych przez BG/NBD i Gamma-Gamma, zdyskontowany stopą %2 rocznie. Przedział każdej kohorty pokazuje niepewność dopasowanych modeli.</translation>
    </message>
    <message>
        <source>Lifetime value here is the revenue, not profit (no contribution margin is set), a customer is expected to bring from the as-of date on, in today&apos;s money: the subscription revenue of the months the sBG model expects them to stay and the orders BG/NBD and Gamma-Gamma expect, discounted at %1 a year. Each cohort&apos;s interval shows how uncertain the fitted models are.</source>
        <translation>Wartość klienta to tutaj przychód, a nie zysk (nie ustawiono marży pokrycia), jaki klient według przewidywań przyniesie od dnia analizy, w dzisiejszych pieniądzach: przychód z subskrypcji w miesiącach, przez które według modelu sBG pozostanie, oraz zamówienia przewidywane przez BG/NBD i Gamma-Gamma, zdyskontowany stopą %1 rocznie. Przedział każdej kohorty pokazuje niepewność dopasowanych modeli.</translation>
    </message>
    <message numerus="yes">
        <source>Expected orders are counted over the horizon of %n month(s).</source>
        <translation>
            <numerusform>Oczekiwane zamówienia liczone są w horyzoncie %n miesiąca.</numerusform>
            <numerusform>Oczekiwane zamówienia liczone są w horyzoncie %n miesięcy.</numerusform>
            <numerusform>Oczekiwane zamówienia liczone są w horyzoncie %n miesięcy.</numerusform>
        </translation>
    </message>
    <message>
        <source>No verdict yet: %1</source>
        <translation>Brak jeszcze werdyktu: %1</translation>
    </message>
    <message>
        <source>No verdict yet: no benefit of social customer care could be measured from the data imported so far, so there is no ROI to show.</source>
        <translation>Brak jeszcze werdyktu: z dotychczas zaimportowanych danych nie udało się zmierzyć żadnej korzyści z obsługi klienta w social media, więc nie ma ROI do pokazania.</translation>
    </message>
    <message>
        <source>Left out of the value:</source>
        <translation>Pominięte w wartości:</translation>
    </message>
    <message>
        <source>This selection holds %1 of all customers, so it is charged %1 of the programme&apos;s cost and of the figures entered for the whole project (the rule chosen in the assumptions).</source>
        <translation>Ten wybór obejmuje %1 wszystkich klientów, więc przypada na niego %1 kosztu programu i liczb wprowadzonych dla całego projektu (reguła wybrana w założeniach).</translation>
    </message>
    <message>
        <source>This selection is charged the programme&apos;s whole cost and the whole of the figures entered for the project (the rule chosen in the assumptions): the selections of a partition do not add up to the whole.</source>
        <translation>Na ten wybór przypada cały koszt programu i całość liczb wprowadzonych dla projektu (reguła wybrana w założeniach): wybory tworzące podział nie sumują się do całości.</translation>
    </message>
    <message>
        <source>On its own this estimate comes to %1, but %2 as a whole did not move that way: none of it is counted inside.</source>
        <translation>Samo to oszacowanie wynosi %1, ale %2 jako całość nie zmieniły się w tę stronę: nic z tego nie jest w nich liczone.</translation>
    </message>
    <message>
        <source>On its own this estimate comes to %1, more than %2 as a whole (%3), whose other parts move the other way: only %3 is counted inside it.</source>
        <translation>Samo to oszacowanie wynosi %1, więcej niż %2 jako całość (%3), których pozostałe części zmieniają się w drugą stronę: liczone jest w nich tylko %3.</translation>
    </message>
</context>
<context>
    <name>RowDerivation</name>
    <message>
        <source>signup_date is the snapshot date %1 minus &quot;%2&quot; in whole calendar months.</source>
        <translation>signup_date to data zrzutu %1 minus „%2” w pełnych miesiącach kalendarzowych.</translation>
    </message>
    <message>
        <source>signup_date is the snapshot date %1 minus &quot;%2&quot; in days.</source>
        <translation>signup_date to data zrzutu %1 minus „%2” w dniach.</translation>
    </message>
    <message>
        <source>churn_date is the snapshot date %1 where &quot;%2&quot; says the customer left (they left during the last period before the snapshot), and empty elsewhere.</source>
        <translation>churn_date to data zrzutu %1 tam, gdzie „%2” wskazuje, że klient odszedł (odszedł w ostatnim okresie przed zrzutem), a w pozostałych przypadkach pusta.</translation>
    </message>
    <message>
        <source>amount is &quot;%1&quot; × &quot;%2&quot;.</source>
        <translation>amount to „%1” × „%2”.</translation>
    </message>
    <message>
        <source>empty, but signup_date is derived from it and is required</source>
        <translation>pusta, a signup_date jest z niej wyliczana i jest wymagana</translation>
    </message>
    <message>
        <source>negative: a tenure counts back from the snapshot date</source>
        <translation>ujemny: staż liczy się wstecz od daty zrzutu</translation>
    </message>
    <message>
        <source>too long: the signup date would fall more than a thousand years before the snapshot date</source>
        <translation>za długi: data rejestracji wypadłaby ponad tysiąc lat przed datą zrzutu</translation>
    </message>
    <message>
        <source>empty, but the order&apos;s amount is computed from it and is required</source>
        <translation>pusta, a kwota zamówienia jest z niej wyliczana i jest wymagana</translation>
    </message>
    <message>
        <source>quantity × unit price is too large</source>
        <translation>ilość × cena jednostkowa jest za duża</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is counted as of the day the extract was taken: give that snapshot date (--snapshot YYYY-MM-DD on the command line, &quot;A snapshot extract, taken on&quot; in the import wizard).</source>
        <translation>Kolumna „%1” (%2) jest liczona na dzień wykonania zrzutu: podaj datę zrzutu (--snapshot RRRR-MM-DD w wierszu poleceń, „Zrzut stanu z dnia” w kreatorze importu).</translation>
    </message>
    <message>
        <source>Lines with the same order_id are one order: amounts summed, cross-sell if any line is, products listed. Lines with a negative amount are cancellations, netted against their order.</source>
        <translation>Wiersze z tym samym order_id to jedno zamówienie: kwoty sumowane, sprzedaż krzyżowa, jeśli którykolwiek wiersz nią jest, produkty wymienione. Wiersze z ujemną kwotą to anulowania, odliczane od ich zamówienia.</translation>
    </message>
    <message>
        <source>Lines with the same order_id are one order: amounts summed, cross-sell if any line is, products listed. Lines with a negative amount or an order_id starting with &quot;%1&quot; are cancellations, netted against their order when the file has it, else kept as negative orders.</source>
        <translation>Wiersze z tym samym order_id to jedno zamówienie: kwoty sumowane, sprzedaż krzyżowa, jeśli którykolwiek wiersz nią jest, produkty wymienione. Wiersze z ujemną kwotą lub z order_id zaczynającym się od „%1” to anulowania, odliczane od ich zamówienia, gdy plik je zawiera, a w przeciwnym razie zachowane jako ujemne zamówienia.</translation>
    </message>
    <message>
        <source>Customers the project does not have are created, marked implied, signed up on their first event in this file.</source>
        <translation>Klienci, których nie ma w projekcie, są tworzeni, oznaczeni jako wywnioskowani, z rejestracją z pierwszego zdarzenia w tym pliku.</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>column &quot;%1&quot; (%2): %3</source>
        <translation>kolumna „%1” (%2): %3</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): %3: &quot;%4&quot;</source>
        <translation>kolumna „%1” (%2): %3: „%4”</translation>
    </message>
    <message>
        <source>empty, but the field is required</source>
        <translation>puste, a pole jest wymagane</translation>
    </message>
    <message>
        <source>not between %1 and %2</source>
        <translation>nie mieści się między %1 a %2</translation>
    </message>
    <message>
        <source>not a %1 (use one of %2)</source>
        <translation>niepoprawna wartość pola %1 (użyj jednej z: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): unknown customer &quot;%3&quot;: the project has no customer with this id; import the customers first</source>
        <translation>kolumna „%1” (%2): nieznany klient „%3”: w projekcie nie ma klienta o tym identyfikatorze; najpierw zaimportuj klientów</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): the value is %3 characters long, more than the %4 a cell may hold; only its first %5 characters are kept here</source>
        <translation>kolumna „%1” (%2): wartość ma %3 znaków, więcej niż %4, które może pomieścić komórka; zachowano tu tylko jej pierwsze %5 znaków</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: the value is %2 characters long, more than the %3 a cell may hold; only its first %4 characters are kept here</source>
        <translation>kolumna „%1”: wartość ma %2 znaków, więcej niż %3, które może pomieścić komórka; zachowano tu tylko jej pierwsze %4 znaków</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): customers the project does not have; import the customers first, or let the import create them</source>
        <translation>kolumna „%1” (%2): klienci, których nie ma w projekcie; najpierw zaimportuj klientów albo pozwól, by import ich utworzył</translation>
    </message>
    <message>
        <source>Fill in the value in the file, or choose another column for this field on the mapping page.</source>
        <translation>Uzupełnij wartość w pliku albo wybierz inną kolumnę dla tego pola na stronie mapowania.</translation>
    </message>
    <message>
        <source>Check the order of day and month chosen for this column, or correct these dates in the file.</source>
        <translation>Sprawdź kolejność dnia i miesiąca wybraną dla tej kolumny albo popraw te daty w pliku.</translation>
    </message>
    <message>
        <source>Check the decimal separator chosen for this column, and remove units or words from the values.</source>
        <translation>Sprawdź separator dziesiętny wybrany dla tej kolumny i usuń z wartości jednostki lub słowa.</translation>
    </message>
    <message>
        <source>Write yes or no (or true/false, 1/0) in this column.</source>
        <translation>Wpisz w tej kolumnie tak lub nie (albo true/false, 1/0).</translation>
    </message>
    <message>
        <source>Use one of the words listed, or keep the column as an extra attribute on the mapping page.</source>
        <translation>Użyj jednego z wymienionych słów albo zachowaj kolumnę jako dodatkowy atrybut na stronie mapowania.</translation>
    </message>
    <message>
        <source>The file page shows the delimiter and quote that were detected: choose the right ones, or fix the quotes on these lines in the file.</source>
        <translation>Strona pliku pokazuje wykryty separator i cudzysłów: wybierz właściwe albo popraw cudzysłowy w tych wierszach pliku.</translation>
    </message>
    <message>
        <source>Import the customers file first, or tick “Create missing customers” on the mapping page (the import then creates them, signed up on their first event).</source>
        <translation>Najpierw zaimportuj plik klientów albo zaznacz „Utwórz brakujących klientów” na stronie mapowania (import utworzy ich wtedy, z rejestracją w dniu pierwszego zdarzenia).</translation>
    </message>
    <message>
        <source>This field takes whole numbers from %1 to %2: correct the values in the file.</source>
        <translation>To pole przyjmuje liczby całkowite od %1 do %2: popraw wartości w pliku.</translation>
    </message>
    <message numerus="yes">
        <source>the row has %1 values but the file has %n column(s); check the delimiter and the quotes on this line</source>
        <translation>
            <numerusform>wiersz ma %1 wartości, a plik ma %n kolumnę; sprawdź separator i cudzysłowy w tym wierszu</numerusform>
            <numerusform>wiersz ma %1 wartości, a plik ma %n kolumny; sprawdź separator i cudzysłowy w tym wierszu</numerusform>
            <numerusform>wiersz ma %1 wartości, a plik ma %n kolumn; sprawdź separator i cudzysłowy w tym wierszu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedMappings</name>
    <message>
        <source>%1: cannot read the saved mappings (%2).</source>
        <translation>%1: nie można odczytać zapisanych mapowań (%2).</translation>
    </message>
</context>
<context>
    <name>SchemaAudit</name>
    <message>
        <source>trigger %1</source>
        <translation>wyzwalacz %1</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>widok %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>indeks %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabela %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (zmieniony)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 i %n inny</numerusform>
            <numerusform>%1 i %n inne</numerusform>
            <numerusform>%1 i %n innych</numerusform>
        </translation>
    </message>
    <message>
        <source>This project contains objects this program did not create: %1.</source>
        <translation>Ten projekt zawiera obiekty, których ten program nie utworzył: %1.</translation>
    </message>
    <message>
        <source>The project is open read-only: it contains triggers this program did not create (%1), which would run on every change it makes. Remove them with a SQLite tool to import data or change the assumptions again.</source>
        <translation>Projekt jest otwarty tylko do odczytu: zawiera wyzwalacze, których ten program nie utworzył (%1), a które uruchamiałyby się przy każdej jego zmianie. Usuń je narzędziem SQLite, aby znów importować dane lub zmieniać założenia.</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Writes one row per customer with the fitted models&apos; forecasts: P(alive), expected orders over the horizon, expected spend per order, discounted expected residual lifetime and lifetime value, for a retention campaign.</source>
        <translation>Zapisuje jeden wiersz na klienta z prognozami dopasowanych modeli: P(aktywny), oczekiwane zamówienia w horyzoncie, oczekiwane wydatki na zamówienie, zdyskontowany oczekiwany pozostały czas i wartość klienta, na potrzeby kampanii utrzymania.</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx (required).</source>
        <translation>Plik do zapisu: .csv lub .xlsx (wymagany).</translation>
    </message>
    <message>
        <source>Score as of DATE (YYYY-MM-DD) instead of the project&apos;s as-of date.</source>
        <translation>Oceń na DATĘ (RRRR-MM-DD) zamiast daty analizy projektu.</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to score.</source>
        <translation>Brak -p PROJEKT: projektu do oceny.</translation>
    </message>
    <message>
        <source>Missing -o FILE: the .csv or .xlsx file to write.</source>
        <translation>Brak -o PLIK: pliku .csv lub .xlsx do zapisu.</translation>
    </message>
    <message>
        <source>-o %1 must end in .csv or .xlsx.</source>
        <translation>-o %1 musi kończyć się na .csv lub .xlsx.</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--as-of musi być datą w postaci RRRR-MM-DD, a nie „%1”.</translation>
    </message>
</context>
<context>
    <name>ScoresFile</name>
    <message>
        <source>%1 must end in .csv or .xlsx.</source>
        <translation>%1 musi kończyć się na .csv lub .xlsx.</translation>
    </message>
</context>
<context>
    <name>SegmentChoices</name>
    <message>
        <source>%1: cannot read it (%2).</source>
        <translation>%1: nie można odczytać (%2).</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <source>Computing how the ROI depends on the assumptions…</source>
        <translation>Obliczanie, jak ROI zależy od założeń…</translation>
    </message>
    <message>
        <source>No programme cost is set: each bar shows the net value with one assumption %1 lower and %1 higher than set, the others as they are.</source>
        <translation>Nie podano kosztu programu: każdy pasek pokazuje wartość netto przy jednym założeniu o %1 niższym i o %1 wyższym niż podane, pozostałe bez zmian.</translation>
    </message>
    <message>
        <source>Each bar shows the ROI with one assumption %1 lower and %1 higher than set, the others as they are; the longest bars are the assumptions to check first.</source>
        <translation>Każdy pasek pokazuje ROI przy jednym założeniu o %1 niższym i o %1 wyższym niż podane, pozostałe bez zmian; najdłuższe paski wskazują założenia, które warto sprawdzić najpierw.</translation>
    </message>
    <message>
        <source>No effect on the money: %1.</source>
        <translation>Bez wpływu na kwoty: %1.</translation>
    </message>
    <message>
        <source>Net value (%1)</source>
        <translation>Wartość netto (%1)</translation>
    </message>
    <message>
        <source>Assumption %1 higher</source>
        <translation>Założenie o %1 wyższe</translation>
    </message>
    <message>
        <source>Assumption %1 lower</source>
        <translation>Założenie o %1 niższe</translation>
    </message>
    <message>
        <source>Tried: %1 instead of %2</source>
        <translation>Sprawdzono: %1 zamiast %2</translation>
    </message>
    <message>
        <source>ROI: %1 instead of %2</source>
        <translation>ROI: %1 zamiast %2</translation>
    </message>
    <message>
        <source>Net value: %1 instead of %2</source>
        <translation>Wartość netto: %1 zamiast %2</translation>
    </message>
    <message>
        <source>ROI as set: %1</source>
        <translation>ROI przy podanych założeniach: %1</translation>
    </message>
    <message>
        <source>Net value as set: %1</source>
        <translation>Wartość netto przy podanych założeniach: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
</context>
<context>
    <name>SourceError</name>
    <message>
        <source>The file does not exist. Check the folder and the file name.</source>
        <translation>Plik nie istnieje. Sprawdź folder i nazwę pliku.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it and that no other program holds it.</source>
        <translation>Nie można otworzyć pliku (%1). Sprawdź, czy masz prawo go odczytać i czy nie blokuje go inny program.</translation>
    </message>
    <message>
        <source>The file is empty: it holds neither column names nor rows. Check that you chose the right file and that it was saved completely.</source>
        <translation>Plik jest pusty: nie zawiera ani nazw kolumn, ani wierszy. Sprawdź, czy wybrano właściwy plik i czy został w całości zapisany.</translation>
    </message>
    <message>
        <source>The file could not be read to the end (%1). Check the disk or network drive and try again.</source>
        <translation>Nie udało się odczytać pliku do końca (%1). Sprawdź dysk lub dysk sieciowy i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here. Choose the file&apos;s encoding when importing (often Windows-1252 for files saved by older Excel versions), or save it again as UTF-8.</source>
        <translation>W tym miejscu plik nie jest poprawnym tekstem %1. Wybierz kodowanie pliku przy imporcie (często Windows-1252 dla plików zapisanych starszymi wersjami Excela) lub zapisz go ponownie jako UTF-8.</translation>
    </message>
    <message>
        <source>A quoted value that starts on this line is never closed: the file ends inside it. Check this line for a missing closing %1, or a %1 inside a value that should be doubled (%1%1).</source>
        <translation>Wartość w cudzysłowie zaczynająca się w tym wierszu nigdy nie jest zamknięta: plik kończy się w jej środku. Sprawdź, czy w tym wierszu nie brakuje zamykającego %1 lub czy %1 wewnątrz wartości nie powinien być podwojony (%1%1).</translation>
    </message>
    <message>
        <source>The file has no part “%1”: it is damaged or not an Excel workbook.</source>
        <translation>Plik nie ma części „%1”: jest uszkodzony lub nie jest skoroszytem Excela.</translation>
    </message>
    <message>
        <source>The zip directory entry of “%1” cannot be read: the file is damaged. Save it again from Excel.</source>
        <translation>Nie można odczytać wpisu katalogu zip dla „%1”: plik jest uszkodzony. Zapisz go ponownie w Excelu.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Remove the password in Excel (File, Info, Protect Workbook) and save it again.</source>
        <translation>Skoroszyt jest chroniony hasłem. Usuń hasło w Excelu (Plik, Informacje, Chroń skoroszyt) i zapisz go ponownie.</translation>
    </message>
    <message>
        <source>The part “%1” is compressed with a method (%2) that cannot be read. Open the file in Excel and save it again as .xlsx.</source>
        <translation>Część „%1” jest skompresowana metodą (%2), której nie można odczytać. Otwórz plik w Excelu i zapisz go ponownie jako .xlsx.</translation>
    </message>
    <message>
        <source>The part “%1” would unpack to %2 MiB from %3 KiB: the file is too large or built to exhaust memory (a zip bomb), so it is not read.</source>
        <translation>Część „%1” rozpakowałaby się do %2 MiB z %3 KiB: plik jest zbyt duży lub zbudowany tak, by wyczerpać pamięć (bomba zip), więc nie jest odczytywany.</translation>
    </message>
    <message>
        <source>The part “%1” cannot be unpacked: the file is damaged or was cut short. Save it again from Excel.</source>
        <translation>Nie można rozpakować części „%1”: plik jest uszkodzony lub ucięty. Zapisz go ponownie w Excelu.</translation>
    </message>
    <message>
        <source>The part “%1” cannot be unpacked: the file is damaged.</source>
        <translation>Nie można rozpakować części „%1”: plik jest uszkodzony.</translation>
    </message>
    <message>
        <source>The part “%1” fails its checksum: the file is damaged. Save it again from Excel.</source>
        <translation>Suma kontrolna części „%1” się nie zgadza: plik jest uszkodzony. Zapisz go ponownie w Excelu.</translation>
    </message>
    <message>
        <source>The part “%1” unpacks to more than %2 MiB: the file is too large or built to exhaust memory (a zip bomb), so it is not read.</source>
        <translation>Część „%1” rozpakowuje się do ponad %2 MiB: plik jest zbyt duży lub zbudowany tak, by wyczerpać pamięć (bomba zip), więc nie jest odczytywany.</translation>
    </message>
    <message>
        <source>The part “%1” ends before its XML is complete: the file is damaged or was cut short.</source>
        <translation>Część „%1” kończy się, zanim jej XML jest kompletny: plik jest uszkodzony lub ucięty.</translation>
    </message>
    <message>
        <source>The part “%1” is not well-formed XML (%2, XML line %3): the file is damaged. Open it in Excel and save it again.</source>
        <translation>Część „%1” nie jest poprawnie sformułowanym XML (%2, wiersz XML %3): plik jest uszkodzony. Otwórz go w Excelu i zapisz ponownie.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Skoroszyt nie ma arkuszy.</translation>
    </message>
    <message>
        <source>The sheet has no rows from row %1 on.</source>
        <translation>Arkusz nie ma wierszy od wiersza %1.</translation>
    </message>
    <message>
        <source>The sheet is empty: it holds no cells with values.</source>
        <translation>Arkusz jest pusty: nie zawiera komórek z wartościami.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
    </message>
    <message>
        <source>A cell lies beyond column XFD, the last one Excel allows: the file is damaged.</source>
        <translation>Komórka leży poza kolumną XFD, ostatnią dozwoloną w Excelu: plik jest uszkodzony.</translation>
    </message>
    <message>
        <source>The cell refers to shared string “%1”, which the workbook does not have: the file is damaged.</source>
        <translation>Komórka odwołuje się do współdzielonego ciągu „%1”, którego skoroszyt nie ma: plik jest uszkodzony.</translation>
    </message>
    <message>
        <source>The sheet ends in the middle of a row: the file is damaged.</source>
        <translation>Arkusz kończy się w środku wiersza: plik jest uszkodzony.</translation>
    </message>
    <message>
        <source>The file starts like an Excel workbook but its zip directory is missing or damaged: it was probably cut short (an incomplete download or copy). Get a complete copy of the file.</source>
        <translation>Plik zaczyna się jak skoroszyt Excela, ale brakuje jego katalogu zip lub jest on uszkodzony: prawdopodobnie został ucięty (niepełne pobieranie lub kopiowanie). Zdobądź pełną kopię pliku.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook: it has no workbook part. If it comes from another program (an OpenDocument .ods, a Word file), save it as .xlsx or CSV.</source>
        <translation>Plik jest archiwum zip, ale nie skoroszytem Excela: nie ma części skoroszytu. Jeśli pochodzi z innego programu (plik OpenDocument .ods, plik Worda), zapisz go jako .xlsx lub CSV.</translation>
    </message>
    <message>
        <source>The file does not exist. Check its name and folder.</source>
        <translation>Plik nie istnieje. Sprawdź jego nazwę i folder.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it and that no other program locks it.</source>
        <translation>Nie można otworzyć pliku (%1). Sprawdź, czy masz prawo go odczytać i czy nie blokuje go inny program.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Plik jest pusty (0 bajtów).</translation>
    </message>
    <message>
        <source>The workbook is protected with a password (encrypted). Open it in Excel, remove the password (File, Info, Protect Workbook) and save it again.</source>
        <translation>Skoroszyt jest chroniony hasłem (zaszyfrowany). Otwórz go w Excelu, usuń hasło (Plik, Informacje, Chroń skoroszyt) i zapisz go ponownie.</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>To stary skoroszyt Excel 97-2003 (.xls), którego nie można odczytać. Otwórz go w Excelu lub LibreOffice i zapisz jako .xlsx lub CSV.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it is not a zip archive. If it holds text such as CSV, give it the .csv extension and import it again.</source>
        <translation>Plik nie jest skoroszytem Excela (.xlsx): nie jest archiwum zip. Jeśli zawiera tekst, np. CSV, nadaj mu rozszerzenie .csv i zaimportuj ponownie.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”. Its sheets are: %2.</source>
        <translation>Skoroszyt nie ma arkusza o nazwie „%1”. Jego arkusze to: %2.</translation>
    </message>
    <message>
        <source>The workbook lists the sheet “%1” but does not say where its cells are: the file is damaged. Open it in Excel and save it again.</source>
        <translation>Skoroszyt wymienia arkusz „%1”, ale nie podaje, gdzie są jego komórki: plik jest uszkodzony. Otwórz go w Excelu i zapisz ponownie.</translation>
    </message>
    <message>
        <source>The column name in this column is %1 characters long, more than the %2 a cell may hold: check that the file has a header row and that its delimiter is right.</source>
        <translation>Nazwa tej kolumny ma %1 znaków, więcej niż %2, które może pomieścić komórka: sprawdź, czy plik ma wiersz nagłówka i czy separator jest właściwy.</translation>
    </message>
    <message>
        <source>The row that starts on this line is longer than %1 characters, so the file is not read. Check for a stray quote (%2) that swallows the rest of the file, or that this is a text table with line breaks at all.</source>
        <translation>Wiersz zaczynający się w tej linii ma ponad %1 znaków, więc plik nie zostanie wczytany. Poszukaj zabłąkanego cudzysłowu (%2), który pochłania resztę pliku, lub sprawdź, czy to w ogóle tabela tekstowa z podziałami wierszy.</translation>
    </message>
    <message>
        <source>A row that starts on this line has more than %1 values, the most columns Excel allows. Check the delimiter, or that this is a text table at all.</source>
        <translation>Wiersz zaczynający się w tej linii ma więcej niż %1 wartości, najwięcej kolumn, na ile pozwala Excel. Sprawdź separator lub czy to w ogóle tabela tekstowa.</translation>
    </message>
    <message>
        <source>The part “%1” nests XML elements more than %2 deep (XML line %3); Excel never does: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>Część „%1” zagnieżdża elementy XML głębiej niż %2 poziomów (wiersz XML %3); Excel nigdy tego nie robi: plik jest uszkodzony lub zbudowany, by wyczerpać pamięć, więc nie zostanie wczytany.</translation>
    </message>
    <message>
        <source>The part “%1” declares a document type (DTD), which Excel never writes and whose entities can expand without end: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>Część „%1” deklaruje typ dokumentu (DTD), którego Excel nigdy nie zapisuje i którego encje mogą rozrastać się bez końca: plik jest uszkodzony lub zbudowany, by wyczerpać pamięć, więc nie zostanie wczytany.</translation>
    </message>
    <message>
        <source>The part “%1” holds an XML tag longer than %2 MiB: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>Część „%1” zawiera znacznik XML dłuższy niż %2 MiB: plik jest uszkodzony lub zbudowany, by wyczerpać pamięć, więc nie zostanie wczytany.</translation>
    </message>
    <message>
        <source>The part “%1” is written in UTF-16, which this program does not read. Open the file in Excel and save it again as .xlsx.</source>
        <translation>Część „%1” jest zapisana w UTF-16, którego ten program nie czyta. Otwórz plik w Excelu i zapisz go ponownie jako .xlsx.</translation>
    </message>
    <message>
        <source>The column name in this cell is %1 characters long, more than the %2 a cell may hold: check that this is the header row.</source>
        <translation>Nazwa kolumny w tej komórce ma %1 znaków, więcej niż %2, które może pomieścić komórka: sprawdź, czy to wiersz nagłówka.</translation>
    </message>
    <message>
        <source>The sheet has a row numbered %1, beyond row %2, the last one Excel allows: the file is damaged or was not written by a spreadsheet, so it is not read.</source>
        <translation>Arkusz ma wiersz o numerze %1, poza wierszem %2, ostatnim, na który pozwala Excel: plik jest uszkodzony lub nie został zapisany przez arkusz kalkulacyjny, więc nie zostanie wczytany.</translation>
    </message>
    <message>
        <source>The values of this row add up to more than %1 characters: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>Wartości tego wiersza mają łącznie ponad %1 znaków: plik jest uszkodzony lub zbudowany, by wyczerpać pamięć, więc nie zostanie wczytany.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>A file with this name already exists; choose another name or allow replacing it.</source>
        <translation>Plik o tej nazwie już istnieje; wybierz inną nazwę lub zezwól na jego zastąpienie.</translation>
    </message>
    <message>
        <source>The demo project cannot be created: %1.</source>
        <translation>Nie można utworzyć projektu demonstracyjnego: %1.</translation>
    </message>
    <message>
        <source>The demo project could not be written: %1.</source>
        <translation>Nie udało się zapisać projektu demonstracyjnego: %1.</translation>
    </message>
    <message>
        <source>The demo project could not be moved into place.</source>
        <translation>Nie udało się przenieść projektu demonstracyjnego na miejsce.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Nie można odczytać pliku (%1).</translation>
    </message>
    <message>
        <source>The file is empty, so it is not a SocialROI project.</source>
        <translation>Plik jest pusty, więc nie jest projektem SocialROI.</translation>
    </message>
    <message>
        <source>This is not a SocialROI project: the file is not a SQLite database (is it a spreadsheet or a text file? Use Import for data files).</source>
        <translation>To nie jest projekt SocialROI: plik nie jest bazą danych SQLite (czy to arkusz kalkulacyjny lub plik tekstowy? Do plików z danymi użyj importu).</translation>
    </message>
    <message>
        <source>The project file is truncated: it holds %1 bytes but should hold %2. Restore it from a backup.</source>
        <translation>Plik projektu jest ucięty: ma %1 bajtów, a powinien mieć %2. Przywróć go z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Nie można otworzyć pliku: %1.</translation>
    </message>
    <message>
        <source>This SQLite database was not made by SocialROI Workbench, so it is not a project. Create a new project and import its data instead.</source>
        <translation>Ta baza danych SQLite nie została utworzona przez SocialROI Workbench, więc nie jest projektem. Utwórz nowy projekt i zaimportuj do niego jej dane.</translation>
    </message>
    <message>
        <source>The project was saved by a newer version of SocialROI Workbench (schema %1; this version reads up to %2). Update the application to open it.</source>
        <translation>Projekt został zapisany przez nowszą wersję SocialROI Workbench (schemat %1; ta wersja odczytuje do %2). Zaktualizuj aplikację, aby go otworzyć.</translation>
    </message>
    <message>
        <source>The project file is damaged (%1). Restore it from a backup.</source>
        <translation>Plik projektu jest uszkodzony (%1). Przywróć go z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The project is locked by another program; try again when it has finished.</source>
        <translation>Projekt jest zablokowany przez inny program; spróbuj ponownie, gdy ten skończy.</translation>
    </message>
    <message>
        <source>The project could not be prepared: %1.</source>
        <translation>Nie udało się przygotować projektu: %1.</translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation>Plik projektu nie istnieje.</translation>
    </message>
    <message>
        <source>This is a folder, not a project file.</source>
        <translation>To jest folder, a nie plik projektu.</translation>
    </message>
    <message>
        <source>The project file is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>Plik projektu jest tylko do odczytu. Zezwól na zapis lub skopiuj go do folderu, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <source>The file cannot be opened for writing: %1.</source>
        <translation>Nie można otworzyć pliku do zapisu: %1.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Plik o tej nazwie już istnieje.</translation>
    </message>
    <message>
        <source>The folder for the project cannot be created.</source>
        <translation>Nie można utworzyć folderu projektu.</translation>
    </message>
    <message>
        <source>The project cannot be created: %1.</source>
        <translation>Nie można utworzyć projektu: %1.</translation>
    </message>
    <message>
        <source>The project must be updated to this version&apos;s schema before it can be opened, and it cannot be: %1</source>
        <translation>Projekt musi zostać zaktualizowany do schematu tej wersji, zanim będzie można go otworzyć, a to nie jest możliwe: %1</translation>
    </message>
    <message>
        <source>The project file cannot be read (%1). This says nothing about the file itself: check that the disk has free space and that the file and its folder can be reached.</source>
        <translation>Nie można odczytać pliku projektu (%1). To nic nie mówi o samym pliku: sprawdź, czy na dysku jest wolne miejsce i czy plik oraz jego folder są dostępne.</translation>
    </message>
    <message>
        <source>The project&apos;s folder is read-only, and saving needs to write a journal file beside the project. Make the folder writable, or copy the project to a folder you can write to.</source>
        <translation>Folder projektu jest tylko do odczytu, a zapis wymaga utworzenia pliku dziennika obok projektu. Zezwól na zapis w folderze albo skopiuj projekt do folderu, w którym możesz zapisywać.</translation>
    </message>
</context>
<context>
    <name>SurvivalChart</name>
    <message>
        <source>Months since signup</source>
        <translation>Miesiące od rejestracji</translation>
    </message>
    <message>
        <source>Still customers</source>
        <extracomment>Axis label: share of the cohort that has not churned yet</extracomment>
        <translation>Nadal klienci</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;At signup: %2 still customers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Przy rejestracji: %2 nadal klientami</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Month %2 (day %3)&lt;br&gt;Still customers: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Miesiąc %2 (dzień %3)&lt;br&gt;Nadal klienci: %4</translation>
    </message>
    <message>
        <source>Months since the first social contact</source>
        <translation>Miesiące od pierwszego kontaktu w social media</translation>
    </message>
    <message>
        <source>Similar (weighted)</source>
        <extracomment>Row label of the numbers at risk: the similar customers compared, counted by their weights</extracomment>
        <translation>Podobni (ważeni)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;At the first social contact: %2 still customers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Przy pierwszym kontakcie w mediach społecznościowych: %2 nadal klientami</translation>
    </message>
    <message>
        <source>%1, projected (sBG model)</source>
        <extracomment>Legend: the cohort&apos;s retention beyond the data, from the sBG model</extracomment>
        <translation>%1, prognoza (model sBG)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, projected&lt;/b&gt;&lt;br&gt;Month %2&lt;br&gt;Still customers: %3 (sBG model)</source>
        <translation>&lt;b&gt;%1, prognoza&lt;/b&gt;&lt;br&gt;Miesiąc %2&lt;br&gt;Nadal klientami: %3 (model sBG)</translation>
    </message>
    <message>
        <source>Followed</source>
        <extracomment>Axis label beside the table of customers still followed (still customers, with data); written turned beside two rows of numbers, so a short word reads best</extracomment>
        <translation>Śledzeni</translation>
    </message>
    <message>
        <source>Followed: %1; lost: %2; data end here: %3</source>
        <extracomment>Customers still followed at this time; of them, lost at this time; of them, whose data end here without their leaving (no longer followed)</extracomment>
        <translation>Śledzeni: %1; utraceni: %2; dane kończą się tutaj: %3</translation>
    </message>
</context>
<context>
    <name>TableBrowserModel</name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1: the rows could not be read (%2).</source>
        <translation>%1: nie udało się odczytać wierszy (%2).</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy &amp;Table</source>
        <translation>Kopiuj &amp;tabelę</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Eksportuj jako CSV…</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Eksportuj jako CSV</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>SocialROI Workbench user guide</source>
        <translation>Podręcznik użytkownika SocialROI Workbench</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>button: back to the guide&apos;s list of chapters</comment>
        <translation>Spis treści</translation>
    </message>
</context>
<context>
    <name>ValueParsers</name>
    <message>
        <source>empty value</source>
        <translation>pusta wartość</translation>
    </message>
    <message>
        <source>not yes/no</source>
        <translation>nie tak/nie</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>nie liczba</translation>
    </message>
    <message>
        <source>not a number with a decimal point (the column uses a decimal point)</source>
        <translation>nie liczba z kropką dziesiętną (kolumna używa kropki dziesiętnej)</translation>
    </message>
    <message>
        <source>not a number with a decimal comma (the column uses a decimal comma)</source>
        <translation>nie liczba z przecinkiem dziesiętnym (kolumna używa przecinka dziesiętnego)</translation>
    </message>
    <message>
        <source>a percentage, not a plain number</source>
        <translation>wartość procentowa, a nie zwykła liczba</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>nie liczba całkowita</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>liczba za duża</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>nie data</translation>
    </message>
    <message>
        <source>not a date in day/month/year order</source>
        <translation>nie data w kolejności dzień/miesiąc/rok</translation>
    </message>
    <message>
        <source>not a date in month/day/year order</source>
        <translation>nie data w kolejności miesiąc/dzień/rok</translation>
    </message>
    <message>
        <source>not a valid calendar date</source>
        <translation>nieprawidłowa data kalendarzowa</translation>
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
        <translation>UTF-8 ze znacznikiem kolejności bajtów (BOM)</translation>
    </message>
    <message>
        <source>UTF-16 little-endian (Excel &quot;Unicode text&quot;)</source>
        <translation>UTF-16 little-endian („Tekst Unicode” z Excela)</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 big-endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (zachodnioeuropejskie)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Przecinek  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Średnik  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>Kreska pionowa  |</translation>
    </message>
    <message>
        <source>Character  %1</source>
        <translation>Znak  %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a quoted name in a list</comment>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>After a list of column names: &quot;a&quot;, &quot;b&quot;, &quot;c&quot; and 5 more</extracomment>
        <translation>%1 i %2 więcej</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importuj plik</translation>
    </message>
    <message>
        <source>your choice</source>
        <extracomment>Beside a setting of the text format, or how a column was mapped: set by the user</extracomment>
        <translation>twój wybór</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a file column and the field it goes to</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <source>No value in them would be rejected.</source>
        <translation>Żadna wartość w nich nie zostałaby odrzucona.</translation>
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
        <translation>Wartość każdego składnika</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Wzrost względny</translation>
    </message>
    <message>
        <source>95% interval, low</source>
        <translation>Przedział 95%, dolna granica</translation>
    </message>
    <message>
        <source>95% interval, high</source>
        <translation>Przedział 95%, górna granica</translation>
    </message>
    <message>
        <source>Test statistic</source>
        <translation>Statystyka testowa</translation>
    </message>
    <message>
        <source>Customers, social</source>
        <translation>Klienci, social media</translation>
    </message>
    <message>
        <source>Customers, control</source>
        <translation>Klienci, kontrolna</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>ID wiersza</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Dane wykresu</translation>
    </message>
    <message>
        <source>%1: social vs control</source>
        <translation>%1: social media a kontrolna</translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder (%2).</source>
        <translation>Nie można zapisać %1: brak folderu tymczasowego (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer %2 did not start (%3).</source>
        <translation>Nie można zapisać %1: moduł zapisu XLSX %2 nie uruchomił się (%3).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer failed (%2).</source>
        <translation>Nie można zapisać %1: moduł zapisu XLSX zakończył się błędem (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer left no file (%2).</source>
        <translation>Nie można zapisać %1: moduł zapisu XLSX nie pozostawił pliku (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer %2 is missing. It is built and installed with SocialROI Workbench; build or install it again.</source>
        <translation>Nie można zapisać %1: brak modułu zapisu XLSX %2. Jest budowany i instalowany razem z SocialROI Workbench; zbuduj lub zainstaluj go ponownie.</translation>
    </message>
    <message>
        <source>Lifetime value by cohort and the models behind it</source>
        <translation>Wartość klienta według kohort i modele, na których się opiera</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Błąd standardowy</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>worksheet name, at most 31 characters</comment>
        <translation>Podsumowanie</translation>
    </message>
</context>
</TS>
