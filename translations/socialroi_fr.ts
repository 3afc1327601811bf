<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AssumptionsEditor</name>
    <message>
        <source>From the data</source>
        <translation>D&apos;après les données</translation>
    </message>
    <message>
        <source>The assumptions could not be saved: %1</source>
        <translation>Les hypothèses n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>These figures turn the measured differences into money. Double-click a value to change it; the metrics and the ROI follow at once.</source>
        <translation>Ces chiffres convertissent les écarts mesurés en valeur monétaire. Double-cliquez sur une valeur pour la modifier&#xa0;; les indicateurs et le ROI suivent aussitôt.</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>The project is busy (an import may be running): the assumptions will load when it is free. Nothing is saved until then.</source>
        <translation>Le projet est occupé (une importation est peut-être en cours) : les hypothèses se chargeront dès qu’il sera libre. Rien n’est enregistré d’ici là.</translation>
    </message>
    <message>
        <source>The assumptions cannot be read: %1. They will load as soon as the project can be read; nothing is saved until then.</source>
        <translation>Les hypothèses ne peuvent pas être lues : %1. Elles se chargeront dès que le projet pourra être lu ; rien n’est enregistré d’ici là.</translation>
    </message>
</context>
<context>
    <name>AssumptionsModel</name>
    <message>
        <source>Cost of a phone contact</source>
        <translation>Coût d&apos;un contact téléphonique</translation>
    </message>
    <message>
        <source>Cost of a social-media contact</source>
        <translation>Coût d&apos;un contact sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>Cost of a self-service session</source>
        <translation>Coût d&apos;une session en libre-service</translation>
    </message>
    <message>
        <source>Cost of an email contact</source>
        <translation>Coût d&apos;un contact par e-mail</translation>
    </message>
    <message>
        <source>Cost of a chat contact</source>
        <translation>Coût d&apos;un contact par chat</translation>
    </message>
    <message>
        <source>Staff cost per hour</source>
        <translation>Coût horaire du personnel</translation>
    </message>
    <message>
        <source>Programme cost per month</source>
        <translation>Coût du programme par mois</translation>
    </message>
    <message>
        <source>Programme launch date</source>
        <translation>Date de lancement du programme</translation>
    </message>
    <message>
        <source>Analysis as-of date</source>
        <translation>Date d&apos;arrêté de l&apos;analyse</translation>
    </message>
    <message>
        <source>Horizon</source>
        <extracomment>The number of months over which the money values and the ROI are added up</extracomment>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Save window</source>
        <extracomment>Days an at-risk customer has to still be a customer to count as saved (retained), not saving a file</extracomment>
        <translation>Délai pour retenir</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Annual discount rate</source>
        <translation>Taux d&apos;actualisation annuel</translation>
    </message>
    <message>
        <source>Value of one promoter</source>
        <translation>Valeur d&apos;un promoteur</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <extracomment>unit of an hourly cost, %1 is a currency code such as EUR</extracomment>
        <translation>%1 par heure</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>code ISO</translation>
    </message>
    <message>
        <source>Latest date in the data</source>
        <translation>Dernière date des données</translation>
    </message>
    <message>
        <source>Earliest social contact in the data</source>
        <translation>Premier contact sur les médias sociaux dans les données</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <extracomment>Share of revenue that is profit, between 0 and 1; empty until the user sets it</extracomment>
        <translation>Marge sur coûts variables</translation>
    </message>
    <message>
        <source>share of revenue</source>
        <translation>part du chiffre d’affaires</translation>
    </message>
    <message>
        <source>Not set: money is shown as revenue, not profit</source>
        <translation>Non définie : les montants sont du chiffre d’affaires, pas du bénéfice</translation>
    </message>
    <message>
        <source>Programme cost under a filter</source>
        <extracomment>How a segment or date filter is charged the programme&apos;s cost and the figures entered for the whole project</extracomment>
        <translation>Coût du programme sous un filtre</translation>
    </message>
    <message>
        <source>Share of the social customers in the selection</source>
        <translation>Part des clients des médias sociaux dans la sélection</translation>
    </message>
    <message>
        <source>Share of all customers in the selection</source>
        <translation>Part de tous les clients dans la sélection</translation>
    </message>
    <message>
        <source>Whole amount to every selection</source>
        <translation>Montant entier à chaque sélection</translation>
    </message>
    <message>
        <source>rule</source>
        <extracomment>unit of an assumption chosen from a list, such as the rule that charges a filter&apos;s cost</extracomment>
        <translation>règle</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <source>Tenure (months)</source>
        <translation>Ancienneté (mois)</translation>
    </message>
    <message>
        <source>Still out of balance after weighting: the two sides differ by more than 0.1 standard deviations.</source>
        <translation>Encore déséquilibré après pondération : les deux côtés diffèrent de plus de 0,1 écart-type.</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Caractéristique</translation>
    </message>
    <message>
        <source>Difference before</source>
        <extracomment>Standardized mean difference between the two sides before weighting</extracomment>
        <translation>Écart avant</translation>
    </message>
    <message>
        <source>Difference after</source>
        <extracomment>Standardized mean difference between the two sides after weighting</extracomment>
        <translation>Écart après</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>--%1 must be a whole number from 16 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 doit être un nombre entier de 16 à %2, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Writes one chart of a metric as PNG (width × height pixels), SVG or PDF (width × height points), chosen by the file&apos;s suffix, drawn as the window draws it.</source>
        <translation>Écrit un graphique d&apos;un indicateur en PNG (largeur × hauteur en pixels), SVG ou PDF (largeur × hauteur en points), selon l&apos;extension du fichier, dessiné comme dans la fenêtre.</translation>
    </message>
    <message>
        <source>The metric: %1.</source>
        <translation>L&apos;indicateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Le fichier à écrire&#xa0;: .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Width (default 1280).</source>
        <translation>Largeur (par défaut 1280).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>LARG</translation>
    </message>
    <message>
        <source>Height (default 720).</source>
        <translation>Hauteur (par défaut 720).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>HAUT</translation>
    </message>
    <message>
        <source>--metric: unknown metric &quot;%1&quot;. Valid metrics: %2.</source>
        <translation>--metric&#xa0;: indicateur inconnu «&#xa0;%1&#xa0;». Indicateurs valides&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Missing --metric ID: one of %1.</source>
        <translation>--metric ID manquant&#xa0;: l&apos;un de %1.</translation>
    </message>
    <message>
        <source>--chart: %1 has no chart &quot;%2&quot;. Its charts: %3.</source>
        <translation>--chart&#xa0;: %1 n&apos;a pas de graphique «&#xa0;%2&#xa0;». Ses graphiques&#xa0;: %3.</translation>
    </message>
    <message>
        <source>-o %1: a chart is written as .png, .svg or .pdf; name the file with one of these suffixes.</source>
        <translation>-o %1&#xa0;: un graphique s&apos;écrit en .png, .svg ou .pdf&#xa0;; nommez le fichier avec l&apos;une de ces extensions.</translation>
    </message>
    <message>
        <source>%1: the project has no %2 metric.</source>
        <translation>%1&#xa0;: le projet n&apos;a pas d&apos;indicateur %2.</translation>
    </message>
    <message>
        <source>Cannot draw the %1 chart as %2.</source>
        <translation>Impossible de dessiner le graphique %1 en %2.</translation>
    </message>
    <message>
        <source>Which chart of the metric: main (default), second (mentions of raves, revenue per order of relationship), series (by month), or the BG/NBD checks of relationship: tracking, repeat_counts or alive.</source>
        <translation>Quel graphique de l&apos;indicateur : main (par défaut), second (mentions de raves, chiffre d&apos;affaires par commande de relationship), series (par mois), ou les contrôles BG/NBD de relationship : tracking, repeat_counts ou alive.</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>&amp;Largeur × hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
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
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Only the &amp;current zoomed view</source>
        <translation>Seulement la vue &amp;actuelle (zoomée)</translation>
    </message>
    <message>
        <source>By default the whole chart is exported, whatever the zoom</source>
        <translation>Par défaut, le graphique entier est exporté, quel que soit le zoom</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Contacts per customer-month</source>
        <translation>Contacts par mois-client</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Chiffre d&apos;affaires (%1)</translation>
    </message>
    <message>
        <source>Share of at-risk customers</source>
        <translation>Part des clients à risque</translation>
    </message>
    <message>
        <source>Share of contacts</source>
        <translation>Part des contacts</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>%1, by month</source>
        <translation>%1, par mois</translation>
    </message>
    <message>
        <source>Mentions and their reach</source>
        <translation>Mentions et leur portée</translation>
    </message>
    <message>
        <source>Revenue per order</source>
        <translation>Chiffre d&apos;affaires par commande</translation>
    </message>
    <message>
        <source>Customers still active, by months since signup</source>
        <translation>Clients toujours actifs, par mois depuis l’inscription</translation>
    </message>
    <message>
        <source>Support contacts per customer-month, by channel</source>
        <translation>Contacts au support par mois-client, par canal</translation>
    </message>
    <message>
        <source>Customers who used self-service</source>
        <translation>Clients ayant utilisé le libre-service</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promoteurs, passifs et détracteurs</translation>
    </message>
    <message>
        <source>Contacts that led to a process change</source>
        <translation>Contacts ayant mené à un changement de processus</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Chiffre d&apos;affaires par client</translation>
    </message>
    <message>
        <source>Customers still active, by months since the first social contact</source>
        <translation>Clients toujours actifs, en mois depuis le premier contact sur les médias sociaux</translation>
    </message>
    <message>
        <source>Repeat orders, cumulative</source>
        <translation>Commandes répétées, cumulées</translation>
    </message>
    <message>
        <source>Repeat orders up to the as-of date</source>
        <translation>Commandes répétées jusqu&apos;à la date d&apos;analyse</translation>
    </message>
    <message>
        <source>Chance of still ordering, P(alive) (%, bins of 10)</source>
        <translation>Probabilité de commander encore, P(actif) (%, tranches de 10)</translation>
    </message>
    <message>
        <source>Repeat orders; dashes: BG/NBD</source>
        <extracomment>Chart title: cumulative repeat orders, counted (solid) and expected by BG/NBD (dashed)</extracomment>
        <translation>Commandes répétées ; tirets : BG/NBD</translation>
    </message>
    <message>
        <source>Customers by repeat orders; diamonds: BG/NBD</source>
        <extracomment>Chart title: bars count customers, diamonds show what the BG/NBD model expects</extracomment>
        <translation>Clients par commandes répétées ; losanges : BG/NBD</translation>
    </message>
    <message>
        <source>Customers by chance of still ordering</source>
        <translation>Clients selon la probabilité de commander encore</translation>
    </message>
</context>
<context>
    <name>CohortChart</name>
    <message>
        <source>No data for this selection</source>
        <translation>Aucune donnée pour cette sélection</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Réinitialiser la vue</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>A percentage; add a space if your language writes one</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Social customers</source>
        <extracomment>Legend: the social customers, each from their first social contact</extracomment>
        <translation>Clients des médias sociaux</translation>
    </message>
    <message>
        <source>Similar customers (weighted)</source>
        <translation>Clients semblables (pondérés)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1: the file could not be created or is not complete. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Le graphique n&apos;a pas pu être écrit dans %1 : le fichier n&apos;a pas pu être créé ou est incomplet. Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Zoomed</source>
        <translation>Zoomé</translation>
    </message>
    <message>
        <source>The chart shows part of its data: Reset view shows it all</source>
        <translation>Le graphique ne montre qu&apos;une partie de ses données : Réinitialiser la vue les montre toutes</translation>
    </message>
    <message>
        <source>Reset view: show the whole chart again (or double-click it)</source>
        <translation>Réinitialiser la vue : afficher à nouveau tout le graphique (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <source>Copy the chart as an image</source>
        <translation>Copier le graphique comme image</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF…</source>
        <translation>Exporter le graphique en PNG, SVG ou PDF…</translation>
    </message>
    <message>
        <source>Social cohort</source>
        <comment>chart legend</comment>
        <extracomment>Legend: the customers served by the social care team (the group compared)</extracomment>
        <translation>Médias sociaux</translation>
    </message>
    <message>
        <source>Control cohort</source>
        <comment>chart legend</comment>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>95% interval: %1</source>
        <translation>Intervalle à 95&#xa0;%&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected by the model: %1</source>
        <translation>Attendu par le modèle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ColumnAnalysis</name>
    <message>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <source>Column %1: dates such as &quot;%2&quot; only make sense as %3, but %4 was chosen; rows with such dates are rejected.</source>
        <translation>Colonne %1&#xa0;: des dates comme «&#xa0;%2&#xa0;» n&apos;ont de sens qu&apos;en %3, mais %4 a été choisi&#xa0;; les lignes contenant de telles dates sont rejetées.</translation>
    </message>
    <message>
        <source>Column %1: every date is written like &quot;%2&quot;, with dots; read as day.month.year, the usual order of dates written with dots.</source>
        <translation>Colonne %1&#xa0;: toutes les dates sont écrites comme «&#xa0;%2&#xa0;», avec des points&#xa0;; lues comme jour.mois.année, l&apos;ordre habituel des dates à points.</translation>
    </message>
    <message>
        <source>Column %1: every date in it fits both day/month/year and month/day/year, e.g. &quot;%2&quot; on this line, so the file alone cannot tell which is meant. Choose the date order for this import (on the command line: --date-order dmy or --date-order mdy).</source>
        <translation>Colonne %1&#xa0;: chaque date convient à la fois à jour/mois/année et à mois/jour/année, p. ex. «&#xa0;%2&#xa0;» sur cette ligne&#xa0;; le fichier seul ne permet pas de trancher. Choisissez l&apos;ordre des dates pour cette importation (en ligne de commande&#xa0;: --date-order dmy ou --date-order mdy).</translation>
    </message>
    <message>
        <source>Column %1 mixes date orders: &quot;%2&quot; (line %3) only makes sense as day/month/year, &quot;%4&quot; (line %5) only as month/day/year. Choose the date order for this import (on the command line: --date-order dmy or --date-order mdy); dates that do not fit it are rejected.</source>
        <translation>La colonne %1 mélange les ordres de dates&#xa0;: «&#xa0;%2&#xa0;» (ligne %3) n&apos;a de sens qu&apos;en jour/mois/année, «&#xa0;%4&#xa0;» (ligne %5) qu&apos;en mois/jour/année. Choisissez l&apos;ordre des dates pour cette importation (en ligne de commande&#xa0;: --date-order dmy ou --date-order mdy)&#xa0;; les dates qui ne le respectent pas sont rejetées.</translation>
    </message>
    <message>
        <source>Column %1: values such as &quot;%2&quot; could be read with a decimal point or a decimal comma; read with a decimal %3, as the file&apos;s other numbers. A mapping profile with &quot;decimal_separator&quot; can say otherwise.</source>
        <translation>Colonne %1&#xa0;: des valeurs comme «&#xa0;%2&#xa0;» peuvent se lire avec un point ou une virgule décimale&#xa0;; lues avec le séparateur décimal «&#xa0;%3&#xa0;», comme les autres nombres du fichier. Un profil de correspondance avec «&#xa0;decimal_separator&#xa0;» peut en décider autrement.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>Column %1 mixes decimal separators (&quot;%2&quot; and &quot;%3&quot;); read with a decimal %4, as most of its values; the others are rejected.</source>
        <translation>La colonne %1 mélange les séparateurs décimaux («&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;»)&#xa0;; lue avec le séparateur décimal «&#xa0;%4&#xa0;», comme la plupart de ses valeurs&#xa0;; les autres sont rejetées.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingEditor</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Goes to</source>
        <extracomment>Title above the drop-downs: the field of the project a column goes to</extracomment>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Match</source>
        <extracomment>Title above how sure the automatic matching of a column is</extracomment>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Keep as extra attribute</source>
        <translation>Conserver comme attribut supplémentaire</translation>
    </message>
    <message>
        <source>The values are kept with each row and can be used as segments and filters.</source>
        <translation>Les valeurs sont conservées avec chaque ligne et peuvent servir de segments et de filtres.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <extracomment>A required field in the mapping drop-down</extracomment>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>%1 now comes from &quot;%2&quot;; &quot;%3&quot; is kept as an extra attribute.</source>
        <translation>%1 provient désormais de «&#xa0;%2&#xa0;»&#xa0;; «&#xa0;%3&#xa0;» est conservé comme attribut supplémentaire.</translation>
    </message>
    <message>
        <source>from the saved mapping</source>
        <translation>d&apos;après la correspondance enregistrée</translation>
    </message>
    <message>
        <source>%1% · same name</source>
        <translation>%1&#xa0;% · même nom</translation>
    </message>
    <message>
        <source>%1% · same name, other spacing</source>
        <translation>%1&#xa0;% · même nom, espacement différent</translation>
    </message>
    <message>
        <source>%1% · contains the name</source>
        <translation>%1&#xa0;% · contient le nom</translation>
    </message>
    <message>
        <source>%1% · similar spelling, please check</source>
        <translation>%1&#xa0;% · orthographe proche, à vérifier</translation>
    </message>
    <message>
        <source>no field matched</source>
        <translation>aucun champ correspondant</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Write a demo project with known effects</source>
        <translation>Écrire un projet de démonstration aux effets connus</translation>
    </message>
    <message>
        <source>Import a CSV, TSV or XLSX file into a table of a project</source>
        <translation>Importer un fichier CSV, TSV ou XLSX dans une table d&apos;un projet</translation>
    </message>
    <message>
        <source>Compute the metrics and ROI of a project as JSON or CSV</source>
        <translation>Calculer les indicateurs et le ROI d&apos;un projet en JSON ou CSV</translation>
    </message>
    <message>
        <source>Write the report of a project as PDF, HTML or XLSX</source>
        <translation>Écrire le rapport d&apos;un projet en PDF, HTML ou XLSX</translation>
    </message>
    <message>
        <source>Write one chart of a metric as PNG, SVG or PDF</source>
        <translation>Écrire un graphique d&apos;un indicateur en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Write each customer&apos;s lifetime value and forecasts as CSV or XLSX</source>
        <translation>Écrire la valeur vie et les prévisions de chaque client en CSV ou XLSX</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>N</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>L</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Joins the items of a list: &quot;a, b, c&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Column header: the value of a row</extracomment>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>Column header: the unit of a row&apos;s value</extracomment>
        <translation>Unité</translation>
    </message>
    <message>
        <source>%1: cannot read the project (%2).</source>
        <translation>%1&#xa0;: impossible de lire le projet (%2).</translation>
    </message>
    <message>
        <source>%1: cannot read the rejected rows (%2).</source>
        <translation>%1&#xa0;: impossible de lire les lignes rejetées (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier (%2).</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>Balance before and after weighting</source>
        <translation>Équilibre avant et après pondération</translation>
    </message>
    <message>
        <source>The naive comparison sets everyone ever in touch with the social care team against everyone else, from signup. Nobody is compared like with like, so there is no balance to show and the differences are not effects. Choose &quot;Similar customers, same day&quot; in the filter bar for the estimate.</source>
        <translation>La comparaison naïve oppose tous les clients passés par l’équipe des médias sociaux à tous les autres, depuis l’inscription. Personne n’est comparé à un client semblable : il n’y a pas d’équilibre à montrer et les écarts ne sont pas des effets. Choisissez « Clients semblables, même jour » dans la barre de filtres pour l’estimation.</translation>
    </message>
    <message>
        <source>The estimate is the effect on the customers the social care team dealt with. Each is followed from their first social contact and compared with customers who were still with us that day, had not dealt with the team yet and resembled them in: %1. The similar customers are weighted to the social customers&apos; mix, one comparison per calendar month since the launch, and stop counting as similar once they reach the social care team themselves.</source>
        <translation>L’estimation est l’effet sur les clients dont l’équipe des médias sociaux s’est occupée. Chacun est suivi depuis son premier contact sur les médias sociaux et comparé à des clients encore chez nous ce jour-là, qui n’avaient pas encore eu affaire à l’équipe et lui ressemblaient par : %1. Les clients semblables sont pondérés selon la composition des clients des médias sociaux, une comparaison par mois civil depuis le lancement, et cessent de compter comme semblables dès qu’ils contactent eux-mêmes l’équipe des médias sociaux.</translation>
    </message>
    <message>
        <source>How wrong could it still be? To explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay; to make the interval reach no effect, %2 times.</source>
        <translation>Quelle marge d’erreur reste-t-il ? Pour expliquer entièrement l’effet sur la fidélisation à 12 mois, un facteur non comparé ici devrait rendre les clients %1 fois plus enclins à utiliser le service client des médias sociaux et %1 fois plus enclins à rester ; pour que l’intervalle atteigne l’absence d’effet, %2 fois.</translation>
    </message>
    <message>
        <source>How wrong could it still be? To explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay; its interval already includes no effect.</source>
        <translation>Quelle marge d’erreur reste-t-il ? Pour expliquer entièrement l’effet sur la fidélisation à 12 mois, un facteur non comparé ici devrait rendre les clients %1 fois plus enclins à utiliser le service client des médias sociaux et %1 fois plus enclins à rester ; son intervalle inclut déjà l’absence d’effet.</translation>
    </message>
    <message>
        <source>Still out of balance after weighting: %1. The effect may partly come from these differences.</source>
        <translation>Encore déséquilibré après pondération : %1. L’effet peut venir en partie de ces écarts.</translation>
    </message>
    <message>
        <source>Thin overlap: many social customers had no similar customer, or the similar customers count for few after weighting. The estimate rests on few comparisons.</source>
        <translation>Recouvrement faible : beaucoup de clients des médias sociaux n’avaient aucun client semblable, ou les clients semblables comptent pour peu après pondération. L’estimation repose sur peu de comparaisons.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln social customer(s) compared</source>
        <translation>
            <numerusform>%Ln client des médias sociaux comparé</numerusform>
            <numerusform>%Ln clients des médias sociaux comparés</numerusform>
        </translation>
    </message>
    <message>
        <source>left out with no similar customer: %1</source>
        <translation>écartés faute de client semblable : %1</translation>
    </message>
    <message>
        <source>flagged social without a date, left out: %1</source>
        <translation>marqués médias sociaux sans date, écartés : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) used as similar customers (worth %1 after weighting)</source>
        <translation>
            <numerusform>%Ln client servant de client semblable (valant %1 après pondération)</numerusform>
            <numerusform>%Ln clients servant de clients semblables (valant %1 après pondération)</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly comparisons: %1</source>
        <translation>comparaisons mensuelles : %1</translation>
    </message>
</context>
<context>
    <name>CsvExportChoice</name>
    <message>
        <source>CSV for spreadsheets in my language (*.csv)</source>
        <extracomment>A file type of the save dialog: the CSV a spreadsheet opens in the user&apos;s language (its decimal mark and list separator). Keep (*.csv).</extracomment>
        <translation>CSV pour les tableurs dans ma langue (*.csv)</translation>
    </message>
    <message>
        <source>CSV for programs, comma and point (*.csv)</source>
        <extracomment>A file type of the save dialog: the locale-neutral CSV programs read (comma between cells, point as decimal mark). Keep (*.csv).</extracomment>
        <translation>CSV pour les programmes, virgule et point (*.csv)</translation>
    </message>
</context>
<context>
    <name>CustomerKeyHash</name>
    <message>
        <source>This project stores its customer keys as written, so they cannot be hashed from now on (the tables would no longer match). Hash the keys from the first import of a new project.</source>
        <translation>Ce projet enregistre ses identifiants clients tels qu&apos;ils sont écrits : ils ne peuvent pas être hachés à partir de maintenant (les tables ne correspondraient plus). Hachez les identifiants dès le premier import d&apos;un nouveau projet.</translation>
    </message>
</context>
<context>
    <name>CustomerValue</name>
    <message>
        <source>Social: %1</source>
        <translation>Social : %1</translation>
    </message>
    <message>
        <source>Control: %1</source>
        <translation>Contrôle : %1</translation>
    </message>
    <message>
        <source>Lifetime value needs an annual discount rate above 0: without one a customer who stays for ever is worth without limit.</source>
        <translation>La valeur client à vie exige un taux d&apos;actualisation annuel supérieur à 0 : sans lui, un client qui reste pour toujours vaudrait une somme sans limite.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have no lifetime value: a model they need could not be fitted.</source>
        <translation>
            <numerusform>%n client n&apos;a pas de valeur client à vie : un modèle nécessaire n&apos;a pas pu être ajusté.</numerusform>
            <numerusform>%n clients n&apos;ont pas de valeur client à vie : un modèle nécessaire n&apos;a pas pu être ajusté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription lifetime (sBG)</source>
        <translation>Durée de l&apos;abonnement (sBG)</translation>
    </message>
    <message>
        <source>Repeat orders (BG/NBD)</source>
        <translation>Commandes répétées (BG/NBD)</translation>
    </message>
    <message>
        <source>Spend per order (Gamma-Gamma)</source>
        <translation>Montant par commande (Gamma-Gamma)</translation>
    </message>
    <message>
        <source>%1: the data hold impossible values (a time below zero or after the as-of date); no model was fitted.</source>
        <translation>%1 : les données contiennent des valeurs impossibles (une durée négative ou postérieure à la date d&apos;arrêté) ; aucun modèle n&apos;a été ajusté.</translation>
    </message>
    <message>
        <source>%1: too few customers or too few months observed to fit the model.</source>
        <translation>%1 : trop peu de clients ou de mois observés pour ajuster le modèle.</translation>
    </message>
    <message>
        <source>%1: nothing has happened yet that the model could learn from (no customer has left, or none has ordered again).</source>
        <translation>%1 : rien ne s&apos;est encore produit dont le modèle puisse tirer parti (aucun client n&apos;est parti, ou aucun n&apos;a recommandé).</translation>
    </message>
    <message>
        <source>%1: fewer than 10 customers have ordered again, too few to fit the model.</source>
        <translation>%1 : moins de 10 clients ont recommandé, trop peu pour ajuster le modèle.</translation>
    </message>
    <message>
        <source>%1: spend per order rises or falls with how often customers order (correlation beyond 0.3), which the model assumes it does not; no spend model was fitted.</source>
        <translation>%1 : le montant par commande varie avec la fréquence des commandes (corrélation au-delà de 0,3), ce que le modèle suppose exclu ; aucun modèle de dépense n&apos;a été ajusté.</translation>
    </message>
    <message>
        <source>%1: the fit did not converge.</source>
        <translation>%1 : l&apos;ajustement n&apos;a pas convergé.</translation>
    </message>
    <message>
        <source>%1: the best fit lies at the edge of what the model allows; the data cannot pin its parameters down.</source>
        <translation>%1 : le meilleur ajustement se trouve à la limite de ce que permet le modèle ; les données ne suffisent pas à fixer ses paramètres.</translation>
    </message>
    <message>
        <source>%1: the data do not determine the model&apos;s parameters (no standard errors).</source>
        <translation>%1 : les données ne déterminent pas les paramètres du modèle (pas d&apos;erreurs types).</translation>
    </message>
    <message>
        <source>%1: no data for this model in the cohort.</source>
        <translation>%1 : aucune donnée pour ce modèle dans la cohorte.</translation>
    </message>
    <message>
        <source>Spend per order (Gamma-Gamma): the fitted spread of spend leaves its mean undefined (q at most 1).</source>
        <translation>Montant par commande (Gamma-Gamma) : la dispersion ajustée des dépenses laisse leur moyenne indéfinie (q au plus 1).</translation>
    </message>
    <message>
        <source>%1: the data determine only a combination of the model&apos;s parameters, not each of them (a standard error exceeds its estimate), as happens when customers differ little in what it models. Its forecasts rest on that combination; its parameters alone say little.</source>
        <translation>%1 : les données ne déterminent qu&apos;une combinaison des paramètres du modèle, pas chacun d&apos;eux (une erreur type dépasse son estimation), comme lorsque les clients diffèrent peu sur ce que le modèle décrit. Ses prévisions reposent sur cette combinaison ; ses paramètres seuls disent peu de chose.</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message>
        <source>Filter rows: type text found in any column (Ctrl+F)</source>
        <translation>Filtrer les lignes&#xa0;: saisissez un texte présent dans une colonne (Ctrl+F)</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Comptage des lignes…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 The table shows the rows read so far; try again when the project is free (an import may be running).</source>
        <translation>%1 Le tableau montre les lignes lues jusqu’ici ; réessayez quand le projet sera libre (une importation est peut-être en cours).</translation>
    </message>
    <message>
        <source>Rows not counted</source>
        <translation>Lignes non comptées</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>DateOrderQuestion</name>
    <message>
        <source>Date order</source>
        <translation>Ordre des dates</translation>
    </message>
    <message>
        <source>%1 mixes both orders: &quot;%2&quot; only makes sense day first, &quot;%3&quot; only month first. Which order is right? Dates in the other order will be rejected and kept for you to fix.</source>
        <translation>%1 mélange les deux ordres&#xa0;: «&#xa0;%2&#xa0;» n&apos;a de sens que jour en premier, «&#xa0;%3&#xa0;» que mois en premier. Quel ordre est le bon&#xa0;? Les dates dans l&apos;autre ordre seront rejetées et conservées pour correction.</translation>
    </message>
    <message>
        <source>Every date in %1 fits both orders, for example &quot;%2&quot;. Which order does the file use?</source>
        <translation>Toutes les dates de %1 conviennent aux deux ordres, par exemple «&#xa0;%2&#xa0;». Quel ordre le fichier utilise-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Day first (day/month/year)</source>
        <extracomment>Date order choice; %1 is an example from the file, %2 how it reads</extracomment>
        <translation>Jour en premier (jour/mois/année)</translation>
    </message>
    <message>
        <source>Day first: &quot;%1&quot; is %2</source>
        <translation>Jour en premier&#xa0;: «&#xa0;%1&#xa0;» = %2</translation>
    </message>
    <message>
        <source>Month first (month/day/year)</source>
        <translation>Mois en premier (mois/jour/année)</translation>
    </message>
    <message>
        <source>Month first: &quot;%1&quot; is %2</source>
        <translation>Mois en premier&#xa0;: «&#xa0;%1&#xa0;» = %2</translation>
    </message>
</context>
<context>
    <name>DeckTemplate</name>
    <message>
        <source>%1 cannot be read as a PowerPoint template: it is missing or not a .potx or .pptx file.</source>
        <translation>%1 ne peut pas être lu comme modèle PowerPoint&#xa0;: le fichier est introuvable ou n’est pas un fichier .potx ou .pptx.</translation>
    </message>
    <message>
        <source>%1 is not a PowerPoint template: it has no slide master.</source>
        <translation>%1 n’est pas un modèle PowerPoint&#xa0;: il n’a pas de masque des diapositives.</translation>
    </message>
    <message>
        <source>%1 is not a PowerPoint template: its slide master has no layouts.</source>
        <translation>%1 n’est pas un modèle PowerPoint&#xa0;: son masque des diapositives n’a aucune disposition.</translation>
    </message>
</context>
<context>
    <name>DeckWriter</name>
    <message>
        <source>no temporary folder (%1)</source>
        <translation>aucun dossier temporaire (%1)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Writes a demo project: a telecom-style customer base with known true effects of social customer care, stored in the project&apos;s demo_truth table.</source>
        <translation>Écrit un projet de démonstration&#xa0;: une base clients de type télécom avec des effets réels connus du service client des médias sociaux, enregistrés dans la table demo_truth du projet.</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>Le fichier de projet à écrire.</translation>
    </message>
    <message>
        <source>Number of customers (default 20000).</source>
        <translation>Nombre de clients (par défaut 20000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed writes the same data.</source>
        <translation>Graine aléatoire&#xa0;; la même graine écrit les mêmes données.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FICHIER s&apos;il existe.</translation>
    </message>
    <message>
        <source>Missing -o FILE: where to write the demo project.</source>
        <translation>-o FICHIER manquant&#xa0;: où écrire le projet de démonstration.</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to 100000000, not &quot;%1&quot;.</source>
        <translation>--customers doit être un nombre entier de 1 à 100000000, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed doit être un nombre entier positif ou nul, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n customer(s) in %2 s.</source>
        <translation>
            <numerusform>%1 écrit : %n client en %2 s.</numerusform>
            <numerusform>%1 écrit : %n clients en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name: a random seed</comment>
        <translation>GRAINE</translation>
    </message>
</context>
<context>
    <name>DerivationOptions</name>
    <message>
        <source>&quot;%1&quot; must be a date written YYYY-MM-DD.</source>
        <translation>« %1 » doit être une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;months&quot; or &quot;days&quot;.</source>
        <translation>« %1 » doit valoir &quot;months&quot; ou &quot;days&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>« %1 » doit valoir true ou false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, such as &quot;C&quot;.</source>
        <translation>« %1 » doit être un texte, par exemple &quot;C&quot;.</translation>
    </message>
</context>
<context>
    <name>DerivationsBox</name>
    <message>
        <source>tenure %1 → signup %2</source>
        <translation>ancienneté %1 → inscription le %2</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>parti le %1</translation>
    </message>
    <message>
        <source>still a customer</source>
        <translation>toujours client</translation>
    </message>
    <message>
        <source>%1 × %2 → amount %3</source>
        <translation>%1 × %2 → montant %3</translation>
    </message>
    <message>
        <source>First rows, as they will be stored:</source>
        <translation>Premières lignes, telles qu&apos;elles seront enregistrées :</translation>
    </message>
    <message>
        <source>A snapshot extract, taken on:</source>
        <translation>Un instantané, extrait le :</translation>
    </message>
    <message>
        <source>With a tenure column, the signup date is this day minus the tenure; with a churn flag, the churn date is this day for customers who left.</source>
        <translation>Avec une colonne d&apos;ancienneté, la date d&apos;inscription est ce jour moins l&apos;ancienneté ; avec un indicateur de résiliation, la date de résiliation est ce jour pour les clients partis.</translation>
    </message>
    <message>
        <source>Tenure in:</source>
        <translation>Ancienneté en :</translation>
    </message>
    <message>
        <source>Cancellations start with:</source>
        <translation>Les annulations commencent par :</translation>
    </message>
    <message>
        <source>Order keys of cancellations, netted against their order (for example C536379 against 536379).</source>
        <translation>Numéros de commande des annulations, déduites de leur commande (par exemple C536379 de 536379).</translation>
    </message>
    <message>
        <source>They are marked implied and signed up on their first event in this file. Without this, such rows are rejected.</source>
        <translation>Ils sont marqués comme déduits et inscrits à leur premier événement dans ce fichier. Sans cela, ces lignes sont rejetées.</translation>
    </message>
    <message>
        <source>Rows are order lines</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <source>The lines with the same order key become one order: amounts summed, cross-sell if any line is, products listed.</source>
        <translation>Les lignes de même numéro de commande forment une commande : montants additionnés, vente croisée si une ligne l&apos;est, produits listés.</translation>
    </message>
    <message>
        <source>Create missing customers</source>
        <translation>Créer les clients absents</translation>
    </message>
    <message>
        <source>Store customer keys as hashes</source>
        <translation>Hacher les identifiants clients</translation>
    </message>
    <message>
        <source>For keys your team must not keep, such as email addresses: each key is stored as a salted hash, never as written. From the first import of a project on, every import into it hashes its keys the same way.</source>
        <translation>Pour les identifiants que votre équipe ne doit pas conserver, comme les adresses e-mail : chacun est enregistré sous forme de hachage salé, jamais tel qu&apos;il est écrit. Dès le premier import d&apos;un projet, chaque import dans ce projet hache ses identifiants de la même façon.</translation>
    </message>
    <message>
        <source>Derived values</source>
        <comment>options: the values the import will derive</comment>
        <translation>Valeurs déduites</translation>
    </message>
    <message>
        <source>months</source>
        <comment>tenure unit, read as &quot;tenure in months&quot;</comment>
        <translation>mois</translation>
    </message>
    <message>
        <source>days</source>
        <comment>tenure unit, read as &quot;tenure in days&quot;</comment>
        <translation>jours</translation>
    </message>
</context>
<context>
    <name>DuplicatePolicyBox</name>
    <message>
        <source>&amp;Skip them</source>
        <extracomment>Duplicate policy: keep the stored row</extracomment>
        <translation>&amp;Les ignorer</translation>
    </message>
    <message>
        <source>The stored row stays as it is; the new one is listed with the rejected rows.</source>
        <translation>La ligne enregistrée reste telle quelle&#xa0;; la nouvelle est listée avec les lignes rejetées.</translation>
    </message>
    <message>
        <source>&amp;Replace the stored row</source>
        <extracomment>Duplicate policy: overwrite the stored row</extracomment>
        <translation>&amp;Remplacer la ligne enregistrée</translation>
    </message>
    <message>
        <source>The file&apos;s values overwrite it; rows that refer to it stay linked.</source>
        <translation>Les valeurs du fichier l&apos;écrasent&#xa0;; les lignes qui s&apos;y rapportent restent liées.</translation>
    </message>
    <message>
        <source>S&amp;top the import</source>
        <extracomment>Duplicate policy: abort the import</extracomment>
        <translation>&amp;Arrêter l&apos;importation</translation>
    </message>
    <message>
        <source>Nothing is imported if any key is already there or appears twice in the file.</source>
        <translation>Rien n&apos;est importé si une clé existe déjà ou figure deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>Duplicate keys</source>
        <translation>Clés en double</translation>
    </message>
    <message>
        <source>Rows whose %1 is already in the project, or earlier in the file:</source>
        <extracomment>%1 is the key field, e.g. &quot;Customer ID&quot;</extracomment>
        <translation>Lignes dont le champ %1 figure déjà dans le projet, ou plus haut dans le fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the folder exists and that you may write there, or choose another folder.</source>
        <translation>%1 n’a pas pu être écrit (%2). Vérifiez que le dossier existe et que vous pouvez y écrire, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the free space and try again.</source>
        <translation>%1 n’a pas pu être écrit (%2). Vérifiez l’espace libre et réessayez.</translation>
    </message>
</context>
<context>
    <name>ExportLocation</name>
    <message>
        <source>No file name was given.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;écrire %1 : le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is a folder.</source>
        <translation>Impossible d&apos;écrire %1 : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>Export enregistré</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>A file dialog&apos;s filter; keep (*.xlsx)</extracomment>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Signup date</source>
        <translation>Date d’inscription</translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation>Date de résiliation</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Chiffre d&apos;affaires mensuel</translation>
    </message>
    <message>
        <source>Social engaged</source>
        <translation>Contact social</translation>
    </message>
    <message>
        <source>First social contact</source>
        <translation>Premier contact social</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>Note NPS</translation>
    </message>
    <message>
        <source>At-risk date</source>
        <translation>Date de mise à risque</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID contact</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Date du contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Handle time (min)</source>
        <translation>Durée de traitement (min)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Led to process change</source>
        <translation>A mené à un changement de processus</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID commande</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Vente croisée</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Mention ID</source>
        <translation>ID mention</translation>
    </message>
    <message>
        <source>Mention date</source>
        <translation>Date de la mention</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Tonalité</translation>
    </message>
    <message>
        <source>Reach</source>
        <extracomment>Of a social-media mention: how many people could see it (audience)</extracomment>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Improvement ID</source>
        <translation>ID amélioration</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Issues addressed</source>
        <translation>Problèmes traités</translation>
    </message>
    <message>
        <source>Customers retained a year</source>
        <translation>Clients fidélisés par an</translation>
    </message>
    <message>
        <source>Staff hours saved a year</source>
        <translation>Heures de personnel économisées par an</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Améliorations</translation>
    </message>
    <message>
        <source>Tenure (gives the signup date)</source>
        <translation>Ancienneté (donne la date d&apos;inscription)</translation>
    </message>
    <message>
        <source>Churned, yes or no (gives the churn date)</source>
        <translation>Parti, oui ou non (donne la date de résiliation)</translation>
    </message>
    <message>
        <source>Implied (created by an import)</source>
        <translation>Déduit (créé par un import)</translation>
    </message>
    <message>
        <source>Quantity (× unit price gives the amount)</source>
        <translation>Quantité (× prix unitaire donne le montant)</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Returned amount</source>
        <translation>Montant retourné</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>The mapping profile is not valid JSON (%1 at character %2).</source>
        <translation>Le profil de correspondance n&apos;est pas un JSON valide (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>The mapping profile is not a JSON object.</source>
        <translation>Le profil de correspondance n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>This is not a SocialROI mapping profile: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Ce n&apos;est pas un profil de correspondance SocialROI&#xa0;: «&#xa0;format&#xa0;» doit valoir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The mapping profile has no valid &quot;version&quot;.</source>
        <translation>Le profil de correspondance n&apos;a pas de «&#xa0;version&#xa0;» valide.</translation>
    </message>
    <message>
        <source>The mapping profile was saved by a newer version of SocialROI (profile version %1). Update the application.</source>
        <translation>Le profil de correspondance a été enregistré par une version plus récente de SocialROI (version de profil %1). Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>The mapping profile names an unknown table &quot;%1&quot;; use one of: %2.</source>
        <translation>Le profil de correspondance désigne une table inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The mapping profile has no &quot;columns&quot; list.</source>
        <translation>Le profil de correspondance n&apos;a pas de liste «&#xa0;columns&#xa0;».</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;columns&quot; needs a &quot;column&quot; number of 1 or more.</source>
        <translation>L&apos;entrée %1 de «&#xa0;columns&#xa0;» nécessite un numéro «&#xa0;column&#xa0;» supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>Column %1 appears twice in the mapping profile.</source>
        <translation>La colonne %1 figure deux fois dans le profil de correspondance.</translation>
    </message>
    <message>
        <source>Column %1: &quot;field&quot; must be a field name or null.</source>
        <translation>Colonne %1&#xa0;: «&#xa0;field&#xa0;» doit être un nom de champ ou null.</translation>
    </message>
    <message>
        <source>Column %1 maps to &quot;%2&quot;, which is not a field of table %3; use one of: %4.</source>
        <translation>La colonne %1 correspond à «&#xa0;%2&#xa0;», qui n&apos;est pas un champ de la table %3&#xa0;; utilisez l&apos;un de&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped to two columns; keep one.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est associé à deux colonnes&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>&quot;date_order&quot; must be &quot;dmy&quot; or &quot;mdy&quot;.</source>
        <translation>«&#xa0;date_order&#xa0;» doit valoir «&#xa0;dmy&#xa0;» ou «&#xa0;mdy&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;decimal_separator&quot; must be &quot;point&quot; or &quot;comma&quot;.</source>
        <translation>«&#xa0;decimal_separator&#xa0;» doit valoir «&#xa0;point&#xa0;» ou «&#xa0;comma&#xa0;».</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>yes/no</source>
        <extracomment>A yes/no value</extracomment>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>money</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>one of a list</source>
        <translation>valeur d&apos;une liste</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Every customer of the project</source>
        <translation>Chaque client du projet</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment&#xa0;:</translation>
    </message>
    <message>
        <source>Only customers of one segment, or with one value of a customer attribute: pick one, or type NAME=VALUE (for example region=North) and press Enter.</source>
        <translation>Uniquement les clients d&apos;un segment, ou ayant une valeur d&apos;un attribut client&#xa0;: choisissez-en un, ou saisissez NOM=VALEUR (par exemple region=Nord) puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Signed up &amp;from:</source>
        <translation>Inscrit &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>a&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Only customers who signed up on or after this day</source>
        <translation>Uniquement les clients inscrits ce jour-là ou après</translation>
    </message>
    <message>
        <source>Only customers who signed up on or before this day</source>
        <translation>Uniquement les clients inscrits ce jour-là ou avant</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Arrêté au&#xa0;:</translation>
    </message>
    <message>
        <source>Project default</source>
        <translation>Valeur du projet</translation>
    </message>
    <message>
        <source>The day the metrics describe. By default the as-of date of the assumptions, or else the latest date in the data.</source>
        <translation>Le jour décrit par les indicateurs. Par défaut, la date d&apos;arrêté des hypothèses, sinon la dernière date des données.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Show every customer, with no date limits</source>
        <translation>Afficher tous les clients, sans limite de dates</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Rien de plus</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparer avec :</translation>
    </message>
    <message>
        <source>Similar customers, same day (estimate)</source>
        <translation>Clients semblables, même jour (estimation)</translation>
    </message>
    <message>
        <source>Each social customer from their first social contact against customers still with us that day who had not dealt with the social care team yet and resemble them: an estimate of what the team caused.</source>
        <translation>Chaque client des médias sociaux depuis son premier contact sur les médias sociaux, face à des clients encore chez nous ce jour-là, pas encore passés par l’équipe des médias sociaux et qui lui ressemblent : une estimation de ce que l’équipe a produit.</translation>
    </message>
    <message>
        <source>Everyone else, from signup (naive)</source>
        <translation>Tous les autres, depuis l’inscription (naïf)</translation>
    </message>
    <message>
        <source>Everyone ever in touch with the social care team against everyone else, from signup: a comparison, not an estimate of an effect.</source>
        <translation>Tous les clients passés par l’équipe des médias sociaux face à tous les autres, depuis l’inscription : une comparaison, pas l’estimation d’un effet.</translation>
    </message>
    <message>
        <source>Also &amp;alike in:</source>
        <translation>Semblables &amp;aussi par :</translation>
    </message>
    <message>
        <source>Customer attributes of your files that the estimate should compare like with like, on top of segment, tenure and revenue</source>
        <translation>Attributs clients de vos fichiers sur lesquels l’estimation doit comparer des clients semblables, en plus du segment, de l’ancienneté et du chiffre d’affaires</translation>
    </message>
    <message>
        <source>Segments not read yet: trying again…</source>
        <translation>Segments pas encore lus : nouvel essai…</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>The 12 months up to the latest signup in the data</source>
        <translation>Les 12 mois jusqu&apos;à la dernière inscription des données</translation>
    </message>
    <message>
        <source>Since programme launch</source>
        <translation>Depuis le lancement du programme</translation>
    </message>
    <message>
        <source>From the launch date of the assumptions, else the first social contact</source>
        <translation>À partir de la date de lancement des hypothèses, sinon du premier contact sur les médias sociaux</translation>
    </message>
    <message>
        <source>No launch date: set it in the assumptions or import social contacts</source>
        <translation>Pas de date de lancement : indiquez-la dans les hypothèses ou importez des contacts sociaux</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Périodes</translation>
    </message>
    <message>
        <source>Signup dates at one click: the last 12 months, a calendar year, since the programme launch, or all dates</source>
        <translation>Dates d&apos;inscription en un clic : les 12 derniers mois, une année civile, depuis le lancement du programme, ou toutes les dates</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>The programme&apos;s monthly cost, the contribution margin and the cost of a contact on each channel: check them so the money adds up.</source>
        <translation>Le coût mensuel du programme, la marge sur coûts variables et le coût d&apos;un contact sur chaque canal : vérifiez-les pour que les montants soient justes.</translation>
    </message>
    <message>
        <source>One row per contact, for customers already imported. Needs %1 (phone, social, self_service, email or chat). Also useful: %2.</source>
        <translation>Une ligne par contact, pour des clients déjà importés. Requiert %1 (phone, social, self_service, email ou chat). Également utile : %2.</translation>
    </message>
    <message>
        <source>Bring in your data</source>
        <translation>Importez vos données</translation>
    </message>
    <message>
        <source>Each step is ticked once its data is in the project. Contacts and orders give the metrics their substance.</source>
        <translation>Chaque étape est cochée dès que ses données sont dans le projet. Les contacts et les commandes donnent aux indicateurs leur substance.</translation>
    </message>
    <message>
        <source>This project holds no customers yet. Import your files in this order; each step is ticked once its data is in the project.</source>
        <translation>Ce projet ne contient encore aucun client. Importez vos fichiers dans cet ordre ; chaque étape est cochée dès que ses données sont dans le projet.</translation>
    </message>
    <message>
        <source>Your columns may have other names: the wizard matches them, and you can map them by hand. See &lt;a href=&quot;%1&quot;&gt;how example files map&lt;/a&gt; (Telco churn, Online Retail, a ticket log) or the &lt;a href=&quot;%2&quot;&gt;import wizard&apos;s guide&lt;/a&gt;.</source>
        <translation>Vos colonnes peuvent porter d&apos;autres noms : l&apos;assistant les rapproche, et vous pouvez les associer à la main. Voir &lt;a href=&quot;%1&quot;&gt;comment se mappent des fichiers d&apos;exemple&lt;/a&gt; (Telco churn, Online Retail, un journal de tickets) ou le &lt;a href=&quot;%2&quot;&gt;guide de l&apos;assistant d&apos;importation&lt;/a&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — done, %Ln row(s)</source>
        <translation>
            <numerusform>%1 — fait, %Ln ligne</numerusform>
            <numerusform>%1 — fait, %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checked</source>
        <translation>%1 — vérifiées</translation>
    </message>
    <message>
        <source>Import more customers…</source>
        <translation>Importer d&apos;autres clients…</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Importer les clients…</translation>
    </message>
    <message>
        <source>Import more contacts…</source>
        <translation>Importer d&apos;autres contacts…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importer les contacts…</translation>
    </message>
    <message>
        <source>Import more orders…</source>
        <translation>Importer d&apos;autres commandes…</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>Importer les commandes…</translation>
    </message>
    <message>
        <source>Edit the assumptions…</source>
        <translation>Modifier les hypothèses…</translation>
    </message>
    <message>
        <source>Import the customers first: each row names one.</source>
        <translation>Importez d&apos;abord les clients : chaque ligne en désigne un.</translation>
    </message>
    <message>
        <source>One row per customer. Needs %1, or for a snapshot extract a tenure and a churn flag with the day it was taken. Also useful: %2 (churn_date for retention, social_engaged or first_social_date for who dealt with the social care team).</source>
        <translation>Une ligne par client. Nécessite %1, ou pour un instantané une ancienneté et un indicateur de résiliation avec le jour de l&apos;extraction. Utile aussi : %2 (churn_date pour la fidélisation, social_engaged ou first_social_date pour savoir qui a eu affaire à l’équipe des médias sociaux).</translation>
    </message>
    <message>
        <source>One row per order, or per order line with a quantity and a unit price. Needs %1; customers not imported yet can be created. Also useful: %2.</source>
        <translation>Une ligne par commande, ou par ligne de commande avec une quantité et un prix unitaire. Nécessite %1 ; les clients pas encore importés peuvent être créés. Utile aussi : %2.</translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) of the %1 table match no column of the file: %2. The file&apos;s columns are: %3. Rename the column in the file, or choose the column for each field in the import wizard or with a mapping profile (--mapping).</source>
        <translation>
            <numerusform>%n champ obligatoire de la table %1 ne correspond à aucune colonne du fichier&#xa0;: %2. Les colonnes du fichier sont&#xa0;: %3. Renommez la colonne dans le fichier, ou choisissez la colonne de chaque champ dans l&apos;assistant d&apos;importation ou avec un profil de correspondance (--mapping).</numerusform>
            <numerusform>%n champs obligatoires de la table %1 ne correspondent à aucune colonne du fichier&#xa0;: %2. Les colonnes du fichier sont&#xa0;: %3. Renommez la colonne dans le fichier, ou choisissez la colonne de chaque champ dans l&apos;assistant d&apos;importation ou avec un profil de correspondance (--mapping).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: the mapping profile cannot be read (%2).</source>
        <translation>%1&#xa0;: le profil de correspondance est illisible (%2).</translation>
    </message>
    <message>
        <source>%1: no such mapping profile file (and the project %2 does not exist yet, so it has no saved profiles).</source>
        <translation>%1&#xa0;: fichier de profil de correspondance introuvable (et le projet %2 n&apos;existe pas encore, il n&apos;a donc aucun profil enregistré).</translation>
    </message>
    <message>
        <source>%1 is neither a mapping profile file nor a profile saved in the project: %2</source>
        <translation>%1 n&apos;est ni un fichier de profil de correspondance ni un profil enregistré dans le projet&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported %1 into the %2 table of %3 (import %4, %5 s).</source>
        <translation>%1 importé dans la table %2 de %3 (importation %4, %5 s).</translation>
    </message>
    <message>
        <source>  rows read:     %1</source>
        <translation>  lignes lues&#xa0;:      %1</translation>
    </message>
    <message>
        <source>  imported:      %1</source>
        <translation>  importées&#xa0;:        %1</translation>
    </message>
    <message>
        <source>  rejected:      %1</source>
        <translation>  rejetées&#xa0;:         %1</translation>
    </message>
    <message>
        <source>  blank rows:    %1 (skipped)</source>
        <translation>  lignes vides&#xa0;:     %1 (ignorées)</translation>
    </message>
    <message>
        <source>  extra values:  %1 (columns without a field, kept as extra attributes)</source>
        <translation>  valeurs en plus&#xa0;:  %1 (colonnes sans champ, conservées comme attributs supplémentaires)</translation>
    </message>
    <message>
        <source>Some rows were rejected; every one is kept in the project (rejected_rows, import %1) with its line, column, text and reason. The first ones:</source>
        <translation>Des lignes ont été rejetées&#xa0;; chacune est conservée dans le projet (rejected_rows, importation %1) avec sa ligne, sa colonne, son texte et le motif. Les premières&#xa0;:</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imports a CSV, TSV or XLSX file into one table of a project, creating the project if it does not exist. Columns are matched to the table&apos;s fields by their headers (in English, French, German, Polish or Hindi) or by a mapping profile; columns without a field are kept as extra attributes. Rows with bad values are rejected and kept in the project with their line, column and reason; the rest is imported. A file that cannot be read as a whole imports nothing.</source>
        <translation>Importe un fichier CSV, TSV ou XLSX dans une table d&apos;un projet, en créant le projet s&apos;il n&apos;existe pas. Les colonnes sont associées aux champs de la table par leurs en-têtes (en anglais, français, allemand, polonais ou hindi) ou par un profil de correspondance&#xa0;; les colonnes sans champ sont conservées comme attributs supplémentaires. Les lignes aux valeurs incorrectes sont rejetées et conservées dans le projet avec leur ligne, leur colonne et le motif&#xa0;; le reste est importé. Un fichier qui ne peut pas être lu en entier n&apos;importe rien.</translation>
    </message>
    <message>
        <source>The file to import (.csv, .tsv, .txt, .xlsx).</source>
        <translation>Le fichier à importer (.csv, .tsv, .txt, .xlsx).</translation>
    </message>
    <message>
        <source>The project file (.socialroi); created when missing.</source>
        <translation>Le fichier de projet (.socialroi)&#xa0;; créé s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The table to import into: customers, contacts, orders, mentions or improvements (required).</source>
        <translation>La table de destination&#xa0;: customers, contacts, orders, mentions ou improvements (obligatoire).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first).</source>
        <translation>La feuille du classeur à lire (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A mapping profile: a JSON file, or the name of a profile saved in the project.</source>
        <translation>Un profil de correspondance&#xa0;: un fichier JSON, ou le nom d&apos;un profil enregistré dans le projet.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Save the mapping used in the project under NAME, for --mapping NAME next time.</source>
        <translation>Enregistrer la correspondance utilisée dans le projet sous NOM, pour --mapping NOM la prochaine fois.</translation>
    </message>
    <message>
        <source>What to do with a row whose key is already in the project or earlier in the file: skip (keep the existing row; default), replace (update it) or fail (import nothing).</source>
        <translation>Que faire d&apos;une ligne dont la clé figure déjà dans le projet ou plus haut dans le fichier&#xa0;: skip (garder la ligne existante&#xa0;; par défaut), replace (la mettre à jour) ou fail (ne rien importer).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>The order of dates like 05/06/2024 when the file cannot tell: dmy (day first) or mdy (month first).</source>
        <translation>L&apos;ordre des dates comme 05/06/2024 quand le fichier ne permet pas de trancher&#xa0;: dmy (jour en premier) ou mdy (mois en premier).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDRE</translation>
    </message>
    <message>
        <source>The delimiter of a text file, when detection is wrong: a character, or tab, comma, semicolon, pipe.</source>
        <translation>Le séparateur d&apos;un fichier texte, si la détection se trompe&#xa0;: un caractère, ou tab, comma, semicolon, pipe.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>CAR</translation>
    </message>
    <message>
        <source>The encoding of a text file, when detection is wrong: utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>L&apos;encodage d&apos;un fichier texte, si la détection se trompe&#xa0;: utf-8, utf-16le, utf-16be ou windows-1252.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>ENC</translation>
    </message>
    <message>
        <source>Missing FILE: the file to import.</source>
        <translation>FICHIER manquant&#xa0;: le fichier à importer.</translation>
    </message>
    <message>
        <source>Import one file at a time; unexpected argument: %1</source>
        <translation>Un seul fichier par importation&#xa0;; argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to import into.</source>
        <translation>-p PROJET manquant&#xa0;: le projet dans lequel importer.</translation>
    </message>
    <message>
        <source>Missing --table: customers, contacts, orders, mentions or improvements.</source>
        <translation>--table manquant&#xa0;: customers, contacts, orders, mentions ou improvements.</translation>
    </message>
    <message>
        <source>--table must be customers, contacts, orders, mentions or improvements, not &quot;%1&quot;.</source>
        <translation>--table doit valoir customers, contacts, orders, mentions ou improvements, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, replace or fail, not &quot;%1&quot;.</source>
        <translation>--on-duplicate doit valoir skip, replace ou fail, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--date-order must be dmy or mdy, not &quot;%1&quot;.</source>
        <translation>--date-order doit valoir dmy ou mdy, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--delimiter must be one character (or tab, comma, semicolon, pipe), not &quot;%1&quot;.</source>
        <translation>--delimiter doit être un seul caractère (ou tab, comma, semicolon, pipe), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252, not &quot;%1&quot;.</source>
        <translation>--encoding doit valoir utf-8, utf-8-bom, utf-16le, utf-16be ou windows-1252, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>FILE is the project itself; choose the file to import.</source>
        <translation>FICHIER est le projet lui-même&#xa0;; choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>The mapping was saved in the project as &quot;%1&quot;.</source>
        <translation>La correspondance a été enregistrée dans le projet sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>  customers created: %1 (implied: signed up on their first event in this file)</source>
        <translation>  clients créés : %1 (déduits : inscrits à leur premier événement dans ce fichier)</translation>
    </message>
    <message>
        <source>Derived values:</source>
        <translation>Valeurs déduites :</translation>
    </message>
    <message>
        <source>Customers: the day a snapshot extract was taken (YYYY-MM-DD). With a tenure column, signup_date is this day minus the tenure; with a churn flag (yes/no), churn_date is this day for those who left.</source>
        <translation>Clients : le jour où l&apos;instantané a été extrait (AAAA-MM-JJ). Avec une colonne d&apos;ancienneté, signup_date est ce jour moins l&apos;ancienneté ; avec un indicateur de résiliation (oui/non), churn_date est ce jour pour les clients partis.</translation>
    </message>
    <message>
        <source>The unit of the tenure column: months (default) or days.</source>
        <translation>L&apos;unité de la colonne d&apos;ancienneté : months (mois, par défaut) ou days (jours).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNITÉ</translation>
    </message>
    <message>
        <source>Orders: the rows are order lines; COLUMN holds the order key that groups them into one order (amounts summed; amount = quantity × unit price when the file has no amount).</source>
        <translation>Commandes : les lignes sont des lignes de commande ; COLONNE contient le numéro de commande qui les regroupe en une commande (montants additionnés ; montant = quantité × prix unitaire si le fichier n&apos;a pas de montant).</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <source>Order lines: order keys starting with TEXT are cancellations (for example C), netted against their order when the file has it.</source>
        <translation>Lignes de commande : les numéros de commande commençant par TEXTE sont des annulations (par exemple C), déduites de leur commande quand le fichier la contient.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Contacts, orders, mentions: create the customers the project does not have, marked implied, signed up on their first event in the file (without it such rows are rejected).</source>
        <translation>Contacts, commandes, mentions : créer les clients absents du projet, marqués comme déduits, inscrits à leur premier événement dans le fichier (sans cette option, ces lignes sont rejetées).</translation>
    </message>
    <message>
        <source>--snapshot must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--snapshot doit être une date écrite AAAA-MM-JJ, pas « %1 ».</translation>
    </message>
    <message>
        <source>--tenure-unit must be months or days, not &quot;%1&quot;.</source>
        <translation>--tenure-unit doit valoir months ou days, pas « %1 ».</translation>
    </message>
    <message>
        <source>Store customer keys (email addresses, phone numbers) as salted hashes, never as written; from the first import of a project on, every import into it hashes its keys the same way.</source>
        <translation>Enregistrer les identifiants clients (adresses e-mail, numéros de téléphone) sous forme de hachages salés, jamais tels qu&apos;ils sont écrits ; dès le premier import d&apos;un projet, chaque import dans ce projet hache ses identifiants de la même façon.</translation>
    </message>
    <message>
        <source>Rejected rows by reason:</source>
        <translation>Lignes rejetées par raison :</translation>
    </message>
    <message>
        <source>  %1 × %2 (first on line %3)</source>
        <translation>  %1 × %2 (d&apos;abord à la ligne %3)</translation>
    </message>
    <message numerus="yes">
        <source>  order lines:   %1, making %n order(s)</source>
        <translation>
            <numerusform>  lignes de commande : %1, soit %n commande</numerusform>
            <numerusform>  lignes de commande : %1, soit %n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cancellations: %n line(s); netted against their order: %1, kept as negative orders (no such order in the file): %2</source>
        <translation>
            <numerusform>  annulations :  %n ligne ; déduites de leur commande : %1, gardées comme commandes négatives (commande absente du fichier) : %2</numerusform>
            <numerusform>  annulations :  %n lignes ; déduites de leur commande : %1, gardées comme commandes négatives (commande absente du fichier) : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n existing row(s) replaced)</source>
        <translation>
            <numerusform> (%n ligne existante remplacée)</numerusform>
            <numerusform> (%n lignes existantes remplacées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown customer(s)</source>
        <translation>
            <numerusform>%n client inconnu</numerusform>
            <numerusform>%n clients inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>A CSV, TSV or text export, or an Excel workbook (.xlsx). Nothing is written to the project before the last step.</source>
        <translation>Un export CSV, TSV ou texte, ou un classeur Excel (.xlsx). Rien n&apos;est écrit dans le projet avant la dernière étape.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Chemin du fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>&amp;Import into:</source>
        <translation>&amp;Importer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Text format</source>
        <translation>Format du texte</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Sépa&amp;rateur&#xa0;:</translation>
    </message>
    <message>
        <source>First line holds the column &amp;names</source>
        <extracomment>Check box: the first line of the file holds the column names</extracomment>
        <translation>La première ligne contient les &amp;noms de colonnes</translation>
    </message>
    <message>
        <source>Spreadsheets and text exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tableurs et exports texte (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Excel workbook. Sheets: %1.</source>
        <translation>Classeur Excel. Feuilles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Delimited text. Columns (%1): %2.</source>
        <translation>Texte délimité. Colonnes (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Needs: %1.</source>
        <translation>Requis&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Guessed from the column names. %1</source>
        <translation>Déduit des noms de colonnes. %1</translation>
    </message>
    <message>
        <source>detected</source>
        <extracomment>Beside a setting of the text format: found by reading the file</extracomment>
        <translation>détecté</translation>
    </message>
    <message>
        <source>(or a tenure, with the day of the snapshot)</source>
        <translation>(ou une ancienneté, avec le jour de l&apos;instantané)</translation>
    </message>
    <message>
        <source>(or a quantity and a unit price)</source>
        <translation>(ou une quantité et un prix unitaire)</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>%1: cannot read the import history (%2).</source>
        <translation>%1 : impossible de lire l&apos;historique des importations (%2).</translation>
    </message>
    <message>
        <source>Import %1 is not in this project.</source>
        <translation>L&apos;importation %1 n&apos;est pas dans ce projet.</translation>
    </message>
    <message>
        <source>The mapping of import %1 cannot be read (%2).</source>
        <translation>Le mappage de l&apos;importation %1 est illisible (%2).</translation>
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
            <numerusform>%n des lignes rejetées a été corrigée puis importée à nouveau.</numerusform>
            <numerusform>%n des lignes rejetées ont été corrigées puis importées à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date and time of an import</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2 fixed)</source>
        <translation>%1 (%2 corrigées)</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importé comme</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Imported by an earlier version, which kept no record of the rows: it cannot be undone.</source>
        <translation>Importé par une version antérieure, qui n&apos;a gardé aucune trace des lignes : impossible de l&apos;annuler.</translation>
    </message>
    <message>
        <source>Nothing was imported into this project yet. Use File &gt; Import data… or drop a file on the window.</source>
        <translation>Rien n&apos;a encore été importé dans ce projet. Utilisez Fichier &gt; Importer des données… ou déposez un fichier sur la fenêtre.</translation>
    </message>
    <message>
        <source>From %1 (%2), SHA-256 %3</source>
        <translation>Depuis %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>Kept as extra attributes: %1</source>
        <translation>Conservées comme attributs supplémentaires : %1</translation>
    </message>
    <message>
        <source>How its columns were read</source>
        <translation>Comment ses colonnes ont été lues</translation>
    </message>
    <message>
        <source>Values derived</source>
        <translation>Valeurs déduites</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <source>Nothing else changes. The file itself is not touched: you can import it again later.</source>
        <translation>Rien d&apos;autre ne change. Le fichier lui-même n&apos;est pas modifié : vous pourrez l&apos;importer à nouveau plus tard.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l&apos;importation…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <source>Every file imported into this project, newest first. Select one to see how it was read, to open its rejected rows (fix them and import them again), or to undo it.</source>
        <translation>Chaque fichier importé dans ce projet, le plus récent en premier. Sélectionnez-en un pour voir comment il a été lu, ouvrir ses lignes rejetées (corrigez-les et importez-les à nouveau) ou l&apos;annuler.</translation>
    </message>
    <message>
        <source>&amp;Rejected rows…</source>
        <translation>Lignes &amp;rejetées…</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>A&amp;nnuler cette importation…</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Choose the field each column of the file goes to. Columns without a field are kept as extra attributes, usable as segments and filters.</source>
        <translation>Choisissez le champ de destination de chaque colonne du fichier. Les colonnes sans champ sont conservées comme attributs supplémentaires, utilisables comme segments et filtres.</translation>
    </message>
    <message>
        <source>Loaded the mapping &quot;%1&quot;.</source>
        <translation>Correspondance «&#xa0;%1&#xa0;» chargée.</translation>
    </message>
    <message>
        <source>Loaded the mapping &quot;%1&quot;; its columns %2 are not in this file.</source>
        <translation>Correspondance «&#xa0;%1&#xa0;» chargée&#xa0;; ses colonnes %2 ne figurent pas dans ce fichier.</translation>
    </message>
    <message>
        <source>Required fields without a column: %1. Choose the column that holds each.</source>
        <translation>Champs obligatoires sans colonne&#xa0;: %1. Choisissez la colonne qui contient chacun.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Would be rejected: %1</source>
        <translation>Serait rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation>Ressemble à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row %1 of the sheet</source>
        <translation>Ligne %1 de la feuille</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
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
→ attribut supplémentaire</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; goes to the field %2.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» va dans le champ %2.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is kept as an extra attribute (usable as a segment or filter).</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est conservée comme attribut supplémentaire (utilisable comme segment ou filtre).</translation>
    </message>
    <message>
        <source>Its values look like: %1.</source>
        <translation>Ses valeurs ressemblent à&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Values the import would reject in these rows: %1.</source>
        <translation>Valeurs que l&apos;importation rejetterait dans ces lignes&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The first rows exactly as written in the file. Each column shows the field it goes to; you can change that on the next page.</source>
        <translation>Les premières lignes exactement comme dans le fichier. Chaque colonne indique son champ de destination&#xa0;; vous pourrez le modifier à la page suivante.</translation>
    </message>
    <message>
        <source>A value the import would reject; point at the cell for the reason.</source>
        <translation>Une valeur que l&apos;importation rejetterait&#xa0;; survolez la cellule pour voir le motif.</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Lecture des premières lignes…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>All rows of the file: %1.</source>
        <translation>Toutes les lignes du fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Rows the import would reject for a bad value: %1.</source>
        <translation>Lignes que l&apos;importation rejetterait pour une valeur incorrecte&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) of the file.</source>
        <translation>
            <numerusform>La première ligne du fichier (%Ln).</numerusform>
            <numerusform>Les %Ln premières lignes du fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of the file&apos;s %Ln row(s).</source>
        <translation>
            <numerusform>Les %1 premières de l’unique ligne du fichier (%Ln).</numerusform>
            <numerusform>Les %1 premières des %Ln lignes du fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>An estimate from the rows read so far; the import itself checks every row.</source>
        <translation>Une estimation d&apos;après les lignes lues jusqu&apos;ici&#xa0;; l&apos;importation vérifie chaque ligne.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>The button that starts the import</extracomment>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <source>The sheet &lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; into the &lt;b&gt;%3&lt;/b&gt; table.</source>
        <translation>La feuille &lt;b&gt;%1&lt;/b&gt; de &lt;b&gt;%2&lt;/b&gt; dans la table &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into the &lt;b&gt;%2&lt;/b&gt; table.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dans la table &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted column name</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Columns going to fields: %1.</source>
        <translation>Colonnes associées à des champs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No column is kept as an extra attribute.</source>
        <translation>Aucune colonne n&apos;est conservée comme attribut supplémentaire.</translation>
    </message>
    <message>
        <source>Kept as extra attributes, usable as segments and filters: %1.</source>
        <translation>Conservées comme attributs supplémentaires, utilisables comme segments et filtres&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read day first, as you chose.</source>
        <translation>Les dates comme 05/06/2024 sont lues jour en premier, comme vous l&apos;avez choisi.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read month first, as you chose.</source>
        <translation>Les dates comme 05/06/2024 sont lues mois en premier, comme vous l&apos;avez choisi.</translation>
    </message>
    <message>
        <source>Estimate from the preview</source>
        <translation>Estimation d&apos;après l&apos;aperçu</translation>
    </message>
    <message>
        <source>Rows read for the preview: %1.</source>
        <translation>Lignes lues pour l&apos;aperçu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Rows with a value the import would reject: %1. The first ones:</source>
        <translation>Lignes contenant une valeur que l&apos;importation rejetterait&#xa0;: %1. Les premières&#xa0;:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>The rest of the file is checked during the import.</source>
        <translation>Le reste du fichier est vérifié pendant l&apos;importation.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Et ensuite</translation>
    </message>
    <message>
        <source>The whole file is read twice: once to settle the format of each column, once to import.</source>
        <translation>Le fichier entier est lu deux fois&#xa0;: une fois pour fixer le format de chaque colonne, une fois pour importer.</translation>
    </message>
    <message>
        <source>Rows with a bad value are not imported. Each is kept in the project with its line, its text and the reason, and you can export them to fix and import again.</source>
        <translation>Les lignes contenant une valeur incorrecte ne sont pas importées. Chacune est conservée dans le projet avec sa ligne, son texte et le motif&#xa0;; vous pouvez les exporter pour les corriger et les réimporter.</translation>
    </message>
    <message>
        <source>A row whose %1 is already in the project is skipped and listed with the rejected rows.</source>
        <translation>Une ligne dont le champ %1 figure déjà dans le projet est ignorée et listée avec les lignes rejetées.</translation>
    </message>
    <message>
        <source>A row whose %1 is already in the project replaces the stored row.</source>
        <translation>Une ligne dont le champ %1 figure déjà dans le projet remplace la ligne enregistrée.</translation>
    </message>
    <message>
        <source>If any %1 is already in the project or twice in the file, nothing is imported.</source>
        <translation>Si une valeur de %1 figure déjà dans le projet ou deux fois dans le fichier, rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>The mapping is saved in the project as “%1”.</source>
        <translation>La correspondance est enregistrée dans le projet sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The project %1 does not exist yet; the import creates it.</source>
        <translation>Le projet %1 n&apos;existe pas encore&#xa0;; l&apos;importation le crée.</translation>
    </message>
    <message>
        <source>If you cancel, or anything goes wrong, the project stays exactly as it was.</source>
        <translation>Si vous annulez, ou en cas de problème, le projet reste exactement tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Rows naming a customer that is not in the project are rejected the same way; import the customers first, or let the import create them (&quot;Create missing customers&quot; on the previous page).</source>
        <translation>Les lignes qui nomment un client absent du projet sont rejetées de la même façon ; importez d&apos;abord les clients, ou laissez l&apos;import les créer (« Créer les clients absents » à la page précédente).</translation>
    </message>
    <message>
        <source>Import anyway: most rows would be rejected (each kept with its reason)</source>
        <translation>Importer quand même : la plupart des lignes seraient rejetées (chacune conservée avec sa raison)</translation>
    </message>
    <message>
        <source>Looking up the customers these rows name in the project…</source>
        <translation>Recherche dans le projet des clients que nomment ces lignes…</translation>
    </message>
    <message>
        <source>Most of these rows would be rejected. Check the table, the mapping, and that their customers are in the project (or let the import create them) before importing.</source>
        <translation>La plupart de ces lignes seraient rejetées. Vérifiez la table, l&apos;association des colonnes et que leurs clients sont dans le projet (ou laissez l&apos;import les créer) avant d&apos;importer.</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>&amp;Close</source>
        <extracomment>The button that closes the wizard after the import</extracomment>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>&amp;Exporter les lignes rejetées…</translation>
    </message>
    <message>
        <source>Writes the rejected rows of this import to a CSV file, with the line and the reason, to fix them and import again.</source>
        <translation>Écrit les lignes rejetées de cette importation dans un fichier CSV, avec la ligne et le motif, pour les corriger et les réimporter.</translation>
    </message>
    <message>
        <source>&amp;Back to the settings</source>
        <translation>&amp;Retour aux paramètres</translation>
    </message>
    <message>
        <source>Step 1 of 2, checking the format of each column: %1 of %2 read</source>
        <translation>Étape 1 sur 2, vérification du format de chaque colonne&#xa0;: %1 sur %2 lues</translation>
    </message>
    <message>
        <source>Step 2 of 2, importing the rows: %1 of %2 read</source>
        <translation>Étape 2 sur 2, importation des lignes&#xa0;: %1 sur %2 lues</translation>
    </message>
    <message>
        <source>Saving to the project…</source>
        <translation>Enregistrement dans le projet…</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error (%1); the project was not changed.</source>
        <translation>L&apos;importation s&apos;est arrêtée sur une erreur inattendue (%1)&#xa0;; le projet n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The file is read twice; you can keep working in the window meanwhile.</source>
        <translation>Le fichier est lu deux fois&#xa0;; vous pouvez continuer à travailler dans la fenêtre en attendant.</translation>
    </message>
    <message>
        <source>Cancelling; the project is being left as it was…</source>
        <translation>Annulation&#xa0;; le projet est laissé tel qu&apos;il était…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>L&apos;importation a échoué.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the project is exactly as it was.</source>
        <translation>L&apos;importation a été annulée. Rien n&apos;a été écrit&#xa0;: le projet est exactement tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Nothing was imported; the project is exactly as it was.</source>
        <translation>Rien n&apos;a été importé&#xa0;; le projet est exactement tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Go back to the mapping and answer the date order question, then import again.</source>
        <translation>Revenez à la correspondance et répondez à la question sur l&apos;ordre des dates, puis importez à nouveau.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Rows read: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Lignes lues&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Imported: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Importées&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rejected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Rejetées&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Blank rows skipped: %1</source>
        <translation>Lignes vides ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Values kept as extra attributes: %1</source>
        <translation>Valeurs conservées comme attributs supplémentaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>First rejected rows</source>
        <translation>Premières lignes rejetées</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Customers created: %1 (implied: signed up on their first event in this file)</source>
        <translation>Clients créés : %1 (déduits : inscrits à leur premier événement dans ce fichier)</translation>
    </message>
    <message>
        <source>Derived values</source>
        <translation>Valeurs déduites</translation>
    </message>
    <message>
        <source>Nothing was imported: every row was rejected. The reasons are below.</source>
        <translation>Rien n&apos;a été importé : toutes les lignes ont été rejetées. Les raisons sont ci-dessous.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no rows.</source>
        <translation>Rien n&apos;a été importé : le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>Rejected rows by reason</source>
        <translation>Lignes rejetées par raison</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; × %2 (first on line %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; × %2 (d&apos;abord à la ligne %3)</translation>
    </message>
    <message>
        <source>Every rejected row is kept: Import history, Rejected rows shows them in the file&apos;s columns to fix and import again.</source>
        <translation>Chaque ligne rejetée est conservée : Historique des importations, Lignes rejetées les affiche dans les colonnes du fichier pour les corriger et les importer à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported. The window shows the new rows.</source>
        <translation>
            <numerusform>%Ln ligne importée. La fenêtre affiche les nouvelles lignes.</numerusform>
            <numerusform>%Ln lignes importées. La fenêtre affiche les nouvelles lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln stored row(s) replaced)</source>
        <translation>
            <numerusform>(%Ln ligne enregistrée remplacée)</numerusform>
            <numerusform>(%Ln lignes enregistrées remplacées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) naming unknown customers</source>
        <translation>
            <numerusform>%Ln ligne désignant des clients inconnus</numerusform>
            <numerusform>%Ln lignes désignant des clients inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln doublon ignoré</numerusform>
            <numerusform>%Ln doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported; rejected and kept for review: %1. The window shows the new rows.</source>
        <translation>
            <numerusform>%Ln ligne importée ; rejetées et conservées pour vérification : %1. La fenêtre affiche les nouvelles lignes.</numerusform>
            <numerusform>%Ln lignes importées ; rejetées et conservées pour vérification : %1. La fenêtre affiche les nouvelles lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order lines: %1, making %Ln order(s)</source>
        <translation>
            <numerusform>Lignes de commande : %1, soit %Ln commande</numerusform>
            <numerusform>Lignes de commande : %1, soit %Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancellations: %Ln line(s); netted against their order: %1, kept as negative orders (no such order in the file): %2</source>
        <translation>
            <numerusform>Annulations : %Ln ligne ; déduites de leur commande : %1, gardées comme commandes négatives (commande absente du fichier) : %2</numerusform>
            <numerusform>Annulations : %Ln lignes ; déduites de leur commande : %1, gardées comme commandes négatives (commande absente du fichier) : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rejected row(s) are kept in the project; export them to see every one.</source>
        <translation>
            <numerusform>La ligne rejetée (%Ln) est conservée dans le projet ; exportez-la pour la voir.</numerusform>
            <numerusform>Les %Ln lignes rejetées sont toutes conservées dans le projet ; exportez-les pour les voir toutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln other reason(s)</source>
        <translation>
            <numerusform>et %Ln autre raison</numerusform>
            <numerusform>et %Ln autres raisons</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>the import&apos;s outcome</comment>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>page title: the import running</comment>
        <translation>Importation</translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation>Choisir la feuille</translation>
    </message>
    <message>
        <source>The workbook has several sheets; pick the one that holds one row per record, with the column names in its first row.</source>
        <translation>Le classeur contient plusieurs feuilles&#xa0;; choisissez celle qui contient un enregistrement par ligne, avec les noms de colonnes en première ligne.</translation>
    </message>
    <message>
        <source>&amp;Sheets, in the workbook&apos;s order:</source>
        <translation>&amp;Feuilles, dans l&apos;ordre du classeur&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the sheet &quot;%1&quot;…</source>
        <translation>Lecture de la feuille «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Columns of &quot;%1&quot; (%2): %3.</source>
        <translation>Colonnes de «&#xa0;%1&#xa0;» (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Imported into the %1 table, as chosen on the first page.</source>
        <translation>Importé dans la table %1, comme choisi à la première page.</translation>
    </message>
    <message>
        <source>Its columns suggest the %1 table; you can change it on the first page.</source>
        <translation>Ses colonnes suggèrent la table %1&#xa0;; vous pouvez la changer à la première page.</translation>
    </message>
    <message>
        <source>None of its column names matches a field of the %1 table or any other: it may be a dashboard or a summary rather than one row per record.</source>
        <translation>Aucun de ses noms de colonnes ne correspond à un champ de la table %1 ni d&apos;une autre&#xa0;: il s&apos;agit peut-être d&apos;un tableau de bord ou d&apos;une synthèse plutôt que d&apos;un enregistrement par ligne.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>“%1” (imported %2, %3)</source>
        <translation>« %1 » (importé le %2 à %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln mention</numerusform>
            <numerusform>%Ln mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln improvement(s)</source>
        <translation>
            <numerusform>%Ln amélioration</numerusform>
            <numerusform>%Ln améliorations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>rows added without an import of this version</source>
        <translation>des lignes ajoutées hors d&apos;une importation de cette version</translation>
    </message>
    <message numerus="yes">
        <source>%1 replaced %n of its rows; undo it first.</source>
        <translation>
            <numerusform>%1 a remplacé %n de ses lignes ; annulez-la d&apos;abord.</numerusform>
            <numerusform>%1 a remplacé %n de ses lignes ; annulez-la d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n contact de clients qu&apos;elle a ajoutés est venu ensuite, de %1 ; annulez d&apos;abord cette importation.</numerusform>
            <numerusform>%n contacts de clients qu&apos;elle a ajoutés sont venus ensuite, de %1 ; annulez d&apos;abord cette importation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n commande de clients qu&apos;elle a ajoutés est venue ensuite, de %1 ; annulez d&apos;abord cette importation.</numerusform>
            <numerusform>%n commandes de clients qu&apos;elle a ajoutés sont venues ensuite, de %1 ; annulez d&apos;abord cette importation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n mention de clients qu&apos;elle a ajoutés est venue ensuite, de %1 ; annulez d&apos;abord cette importation.</numerusform>
            <numerusform>%n mentions de clients qu&apos;elle a ajoutés sont venues ensuite, de %1 ; annulez d&apos;abord cette importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project could not be changed (%1). Nothing was undone.</source>
        <translation>Le projet n&apos;a pas pu être modifié (%1). Rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>Import %1 is not in this project (it may have been undone already).</source>
        <translation>L&apos;importation %1 n&apos;est pas dans ce projet (elle a peut-être déjà été annulée).</translation>
    </message>
    <message>
        <source>%1 was imported by an earlier version of SocialROI, which kept no record of its rows, so it cannot be undone.</source>
        <translation>%1 a été importé par une version antérieure de SocialROI, qui n&apos;a gardé aucune trace de ses lignes : impossible de l&apos;annuler.</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>Impossible d&apos;annuler %1 : %2</translation>
    </message>
    <message>
        <source>Undo %1?</source>
        <translation>Annuler %1 ?</translation>
    </message>
    <message>
        <source>The %1 it added will be removed.</source>
        <translation>Les lignes qu&apos;elle a ajoutées seront supprimées : %1.</translation>
    </message>
    <message>
        <source>It added no rows.</source>
        <translation>Elle n&apos;a ajouté aucune ligne.</translation>
    </message>
    <message>
        <source>The %1 it replaced will be put back as they were.</source>
        <translation>Les lignes qu&apos;elle a remplacées seront remises telles qu&apos;elles étaient : %1.</translation>
    </message>
    <message>
        <source>%1 was undone.</source>
        <translation>%1 a été annulé.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Supprimé : %1.</translation>
    </message>
    <message>
        <source>Put back as they were: %1.</source>
        <translation>Remis tels qu&apos;ils étaient : %1.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Row ids of the new rows are not consecutive; extra attributes cannot be attached.</source>
        <translation>Les identifiants des nouvelles lignes ne sont pas consécutifs&#xa0;; les attributs supplémentaires ne peuvent pas être rattachés.</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: already in the project; the existing row was kept (duplicates: skip)</source>
        <translation>doublon %1 «&#xa0;%2&#xa0;»&#xa0;: déjà dans le projet&#xa0;; la ligne existante a été conservée (doublons&#xa0;: ignorer)</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: already on an earlier line of this file; the first one was kept (duplicates: skip)</source>
        <translation>doublon %1 «&#xa0;%2&#xa0;»&#xa0;: déjà sur une ligne précédente de ce fichier&#xa0;; la première a été conservée (doublons&#xa0;: ignorer)</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: a row with this key is already in the project. Nothing was imported. Import again with duplicates skipped or replaced (--on-duplicate skip or replace), or remove the row from the file.</source>
        <translation>doublon %1 «&#xa0;%2&#xa0;»&#xa0;: une ligne avec cette clé existe déjà dans le projet. Rien n&apos;a été importé. Importez à nouveau en ignorant ou en remplaçant les doublons (--on-duplicate skip ou replace), ou retirez la ligne du fichier.</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: the same key is on an earlier line of this file. Nothing was imported. Import again with duplicates skipped or replaced (--on-duplicate skip or replace), or remove one of the rows.</source>
        <translation>doublon %1 «&#xa0;%2&#xa0;»&#xa0;: la même clé figure sur une ligne précédente de ce fichier. Rien n&apos;a été importé. Importez à nouveau en ignorant ou en remplaçant les doublons (--on-duplicate skip ou replace), ou retirez l&apos;une des lignes.</translation>
    </message>
    <message>
        <source>duplicate %1: already in the project; the existing rows were kept (duplicates: skip)</source>
        <translation>%1 en double : déjà dans le projet ; les lignes existantes ont été gardées (doublons : ignorer)</translation>
    </message>
    <message>
        <source>duplicate %1: already on an earlier line of this file; the first ones were kept (duplicates: skip)</source>
        <translation>%1 en double : déjà sur une ligne précédente de ce fichier ; les premières ont été gardées (doublons : ignorer)</translation>
    </message>
    <message>
        <source>To update the rows already there, import again with duplicates replaced.</source>
        <translation>Pour mettre à jour les lignes déjà présentes, importez à nouveau en remplaçant les doublons.</translation>
    </message>
    <message>
        <source>Keep one row per key in the file, or import with duplicates replaced to keep the last one.</source>
        <translation>Gardez une ligne par clé dans le fichier, ou importez en remplaçant les doublons pour garder la dernière.</translation>
    </message>
    <message>
        <source>The project refused a row between lines %1 and %2 without a duplicate key; nothing was imported.</source>
        <translation>Le projet a refusé une ligne entre les lignes %1 et %2 sans clé en double ; rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The file is delimited text, not a workbook: the sheet &quot;%1&quot; was ignored.</source>
        <translation>Le fichier est du texte délimité, pas un classeur&#xa0;: la feuille «&#xa0;%1&#xa0;» a été ignorée.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; is for the %2 table, not for %3.</source>
        <translation>Le profil de correspondance «&#xa0;%1&#xa0;» concerne la table %2, pas %3.</translation>
    </message>
    <message>
        <source>Columns of the mapping profile not found in the file: %1.</source>
        <translation>Colonnes du profil de correspondance absentes du fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This was the sheet &quot;%1&quot;; the workbook&apos;s sheets are %2 (choose one with --sheet on the command line).</source>
        <translation>C&apos;était la feuille «&#xa0;%1&#xa0;»&#xa0;; les feuilles du classeur sont %2 (choisissez-en une avec --sheet en ligne de commande).</translation>
    </message>
    <message>
        <source>The file could not be read to the end. Check the disk or network drive and try again.</source>
        <translation>Le fichier n&apos;a pas pu être lu jusqu&apos;au bout. Vérifiez le disque ou le lecteur réseau et réessayez.</translation>
    </message>
    <message>
        <source>This file was already imported on %1 into %2 (import %3, same SHA-256).</source>
        <translation>Ce fichier a déjà été importé le %1 dans %2 (importation %3, même SHA-256).</translation>
    </message>
    <message>
        <source>The project could not be written (%1). Nothing was imported.</source>
        <translation>Le projet n&apos;a pas pu être écrit (%1). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The import failed (%1). Nothing was imported.</source>
        <translation>L&apos;importation a échoué (%1). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The order key column &quot;%1&quot; is not a column of the file; its columns are %2.</source>
        <translation>La colonne de numéro de commande « %1 » n&apos;est pas une colonne du fichier ; ses colonnes sont %2.</translation>
    </message>
    <message>
        <source>Creating customers applies to imports of contacts, orders or mentions, not to the customers table itself.</source>
        <translation>La création de clients s&apos;applique aux imports de contacts, de commandes ou de mentions, pas à la table des clients elle-même.</translation>
    </message>
    <message>
        <source>The %1 table names no customers; there are none to create.</source>
        <translation>La table %1 ne nomme aucun client ; il n&apos;y en a aucun à créer.</translation>
    </message>
    <message>
        <source>Order lines can only be imported into the orders table, not into %1.</source>
        <translation>Les lignes de commande ne s&apos;importent que dans la table des commandes, pas dans %1.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; looks like a churn flag; it was kept as an extra attribute. To turn it into churn dates, give the day the extract was taken (--snapshot YYYY-MM-DD on the command line, &quot;A snapshot extract, taken on&quot; in the import wizard).</source>
        <translation>La colonne « %1 » ressemble à un indicateur de résiliation ; elle a été gardée comme attribut supplémentaire. Pour en faire des dates de résiliation, indiquez le jour de l&apos;extraction (--snapshot AAAA-MM-JJ en ligne de commande, « Un instantané, extrait le » dans l&apos;assistant d&apos;import).</translation>
    </message>
    <message>
        <source>Order lines are grouped into orders by an order key: choose the column that holds it (--order-lines COLUMN on the command line; in the import wizard, the column mapped to the order id).</source>
        <translation>Les lignes de commande sont regroupées en commandes par un numéro de commande : choisissez la colonne qui le contient (--order-lines COLONNE en ligne de commande ; dans l&apos;assistant d&apos;import, la colonne associée à l&apos;identifiant de commande).</translation>
    </message>
    <message>
        <source>Customer keys are stored as salted hashes, never as written (this project hashes every key the same way).</source>
        <translation>Les identifiants clients sont enregistrés sous forme de hachages salés, jamais tels qu&apos;ils sont écrits (ce projet hache chaque identifiant de la même façon).</translation>
    </message>
    <message>
        <source>The project file is damaged (%1). Nothing was imported; restore the project from a backup.</source>
        <translation>Le fichier de projet est endommagé (%1). Rien n&apos;a été importé ; restaurez le projet depuis une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>LoveChart</name>
    <message>
        <source>No balance to show: the naive comparison weights nobody.</source>
        <translation>Aucun équilibre à montrer : la comparaison naïve ne pondère personne.</translation>
    </message>
    <message>
        <source>Standardized difference (social − similar customers)</source>
        <extracomment>Axis of the Love plot: difference between the two sides in standard deviations</extracomment>
        <translation>Écart standardisé (sociaux − clients semblables)</translation>
    </message>
    <message>
        <source>Before weighting</source>
        <translation>Avant pondération</translation>
    </message>
    <message>
        <source>After weighting</source>
        <translation>Après pondération</translation>
    </message>
    <message>
        <source>Before weighting: %1; after: %2</source>
        <translation>Avant pondération : %1 ; après : %2</translation>
    </message>
    <message>
        <source>Still out of balance</source>
        <translation>Encore déséquilibré</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>SocialROI Workbench: measure whether social customer care keeps customers.
Without a command, opens the workbench window on PROJECT (or on the last project, or the demo project).

Commands (socialroi COMMAND --help):%1</source>
        <translation>SocialROI Workbench&#xa0;: mesurez si le service client sur les réseaux sociaux fidélise les clients.
Sans commande, ouvre la fenêtre de l&apos;atelier sur PROJET (ou sur le dernier projet, ou le projet de démonstration).

Commandes (socialroi COMMANDE --help)&#xa0;:%1</translation>
    </message>
    <message>
        <source>The project file to open (.socialroi).</source>
        <translation>Le fichier de projet à ouvrir (.socialroi).</translation>
    </message>
    <message>
        <source>Open the window on this pane: %1.</source>
        <translation>Ouvrir la fenêtre sur ce volet&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run socialroi --help for the list.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Exécutez socialroi --help pour la liste.</translation>
    </message>
    <message>
        <source>--pane: unknown pane &quot;%1&quot;. Valid panes: %2.</source>
        <translation>--pane&#xa0;: volet inconnu «&#xa0;%1&#xa0;». Volets valides&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Interface language: en, fr, de, pl or hi.</source>
        <translation>Langue de l&apos;interface&#xa0;: en, fr, de, pl ou hi.</translation>
    </message>
    <message>
        <source>--lang: unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>--lang&#xa0;: langue inconnue «&#xa0;%1&#xa0;». Choisissez parmi&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocialROI projects (*.socialroi);;All files (*)</source>
        <translation>Projets SocialROI (*.socialroi);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in this view</source>
        <translation>
            <numerusform>%Ln ligne dans cette vue</numerusform>
            <numerusform>%Ln lignes dans cette vue</numerusform>
        </translation>
    </message>
    <message>
        <source>About SocialROI Workbench</source>
        <translation>À propos de SocialROI Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SocialROI Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Measures whether social customer care keeps customers, with numbers a CFO accepts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SocialROI Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mesure si le service client sur les réseaux sociaux fidélise les clients, avec des chiffres qu&apos;un directeur financier accepte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Project &amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble du projet</translation>
    </message>
    <message>
        <source>&amp;Filter Rows</source>
        <translation>&amp;Filtrer les lignes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About SocialROI Workbench</source>
        <translation>À &amp;propos de SocialROI Workbench</translation>
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
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>The project could not be read: %1</source>
        <translation>Le projet n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Preparing the demo project…</source>
        <translation>Préparation du projet de démonstration…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Report export cancelled</source>
        <translation>Export du rapport annulé</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Impossible d&apos;exporter le rapport</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Read-only. %1</source>
        <translation>Lecture seule. %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Graphique copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with ABSOLUTELY NO WARRANTY. You may share and change it under the terms of that licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later), ABSOLUMENT SANS AUCUNE GARANTIE. Vous pouvez le partager et le modifier selon les termes de cette licence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1 (running Qt %2, LGPL-3.0), QCustomPlot %3 (GPL-3.0), SQLite %4 (public domain), QuaZip (LGPL-2.1), libxlsxwriter (BSD-2-Clause), Boost.Math (BSL-1.0) and OpenSSL (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Compilé avec Qt %1 (exécuté avec Qt %2, LGPL-3.0), QCustomPlot %3 (GPL-3.0), SQLite %4 (domaine public), QuaZip (LGPL-2.1), libxlsxwriter (BSD-2-Clause), Boost.Math (BSL-1.0) et OpenSSL (Apache-2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Import customers, contacts, orders or mentions from a file</source>
        <translation>Importer des clients, des contacts, des commandes ou des mentions depuis un fichier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export the chart of this pane as PNG, SVG or PDF</source>
        <translation>Exporter le graphique de ce volet en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Cop&amp;y Chart</source>
        <translation>Cop&amp;ier le graphique</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <source>Copy the chart of this pane to the clipboard as an image</source>
        <translation>Copier le graphique de ce volet dans le presse-papiers comme image</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>ROI report</source>
        <extracomment>Part of a proposed file name: &quot;Acme – ROI report – 2026-12-06.pdf&quot;</extracomment>
        <translation>Rapport de ROI</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>The user guide is not installed: its documents were not found beside the program.</source>
        <translation>Le guide de l&apos;utilisateur n&apos;est pas installé : ses documents sont introuvables à côté du programme.</translation>
    </message>
    <message>
        <source>&amp;Import History</source>
        <translation>&amp;Historique des importations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported, rejected: %1</source>
        <translation>
            <numerusform>%Ln ligne importée, rejetées : %1</numerusform>
            <numerusform>%Ln lignes importées, rejetées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) (%1 social)</source>
        <translation>
            <numerusform>%Ln client (médias sociaux : %1)</numerusform>
            <numerusform>%Ln clients (médias sociaux : %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>ROI slides</source>
        <extracomment>Part of a proposed file name: &quot;Acme – ROI slides – 2026-12-06.pptx&quot;</extracomment>
        <translation>Diapositives ROI</translation>
    </message>
    <message>
        <source>Export the report as PDF, web page, Excel workbook or PowerPoint slides</source>
        <translation>Exporter le rapport en PDF, en page web, en classeur Excel ou en diapositives PowerPoint</translation>
    </message>
    <message>
        <source>Export &amp;Slides…</source>
        <translation>Exporter les &amp;diapositives…</translation>
    </message>
    <message>
        <source>Export the report as PowerPoint slides with native charts and speaker notes</source>
        <translation>Exporter le rapport en diapositives PowerPoint, avec des graphiques modifiables et des notes de l’orateur</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>Diapositives PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>toolbar button: start an import</comment>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>MappingProfileBar</name>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>&amp;Correspondances enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>C&amp;harger</translation>
    </message>
    <message>
        <source>Sa&amp;ve this mapping as:</source>
        <translation>Enregistrer cette correspondance s&amp;ous&#xa0;:</translation>
    </message>
    <message>
        <source>a name, to reuse it next time (optional)</source>
        <translation>un nom, pour la réutiliser la prochaine fois (facultatif)</translation>
    </message>
    <message>
        <source>Saved in the project together with the imported rows.</source>
        <translation>Enregistrée dans le projet avec les lignes importées.</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>none for this table</source>
        <translation>aucune pour cette table</translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <source>The project has no mapping profile &quot;%1&quot; (it has none yet).</source>
        <translation>Le projet n&apos;a pas de profil de correspondance «&#xa0;%1&#xa0;» (il n&apos;en a encore aucun).</translation>
    </message>
    <message>
        <source>The project has no mapping profile &quot;%1&quot;; it has: %2.</source>
        <translation>Le projet n&apos;a pas de profil de correspondance «&#xa0;%1&#xa0;»&#xa0;; il a&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; is damaged: %2</source>
        <translation>Le profil de correspondance «&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MentionsChart</name>
    <message>
        <source>%1 M</source>
        <extracomment>A number in millions, e.g. &quot;2.4 M&quot;</extracomment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 k</source>
        <extracomment>A number in thousands, e.g. &quot;380 k&quot;</extracomment>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>reach %1</source>
        <extracomment>Summed audience of the mentions (followers who could see them)</extracomment>
        <translation>portée %1</translation>
    </message>
    <message>
        <source>Summed reach: %1</source>
        <translation>Portée cumulée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MetricEngine</name>
    <message>
        <source>%1: no customer has the attribute &quot;%2&quot; to compare like with like.</source>
        <translation>%1 : aucun client n’a l’attribut « %2 » pour comparer des clients semblables.</translation>
    </message>
    <message>
        <source>%1: no customer to draw for the bootstrap interval of the ROI.</source>
        <translation>%1 : aucun client à tirer pour l’intervalle bootstrap du ROI.</translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation>Calcul des indicateurs…</translation>
    </message>
    <message>
        <source>%1: the metrics could not be computed.</source>
        <translation>%1&#xa0;: les indicateurs n&apos;ont pas pu être calculés.</translation>
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
        <translation>%1 pts</translation>
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
        <translation>Fidélisation</translation>
    </message>
    <message>
        <source>Operational cost</source>
        <translation>Coût opérationnel</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Libre-service</translation>
    </message>
    <message>
        <source>Saves</source>
        <extracomment>Metric group: at-risk customers kept from leaving (&quot;saved&quot; customers), not saving a file</extracomment>
        <translation>Clients retenus</translation>
    </message>
    <message>
        <source>Complaints turned into raves</source>
        <translation>Plaintes transformées en éloges</translation>
    </message>
    <message>
        <source>Cross-sells</source>
        <translation>Ventes croisées</translation>
    </message>
    <message>
        <source>Process innovations</source>
        <translation>Innovations de processus</translation>
    </message>
    <message>
        <source>Return on relationship</source>
        <translation>Retour sur la relation</translation>
    </message>
    <message>
        <source>ROI summary</source>
        <translation>Synthèse du ROI</translation>
    </message>
    <message>
        <source>How often a contact handled by the social care team led to a change in how the company works, compared with contacts on every other channel. The savings are the figures entered with each improvement: customers kept a year times a customer&apos;s yearly revenue, plus staff hours saved times the hourly cost. These figures are descriptive and carry no interval.</source>
        <translation>À quelle fréquence un contact traité par l&apos;équipe des médias sociaux a conduit à changer le fonctionnement de l&apos;entreprise, par rapport aux contacts de tous les autres canaux. Les économies sont les chiffres saisis avec chaque amélioration&#xa0;: clients fidélisés par an multipliés par le chiffre d&apos;affaires annuel d&apos;un client, plus les heures de personnel économisées multipliées par le coût horaire. Ces chiffres sont descriptifs et n&apos;ont pas d&apos;intervalle.</translation>
    </message>
    <message>
        <source>Still a customer after 3 months</source>
        <translation>Toujours client après 3 mois</translation>
    </message>
    <message>
        <source>Still a customer after 6 months</source>
        <translation>Toujours client après 6 mois</translation>
    </message>
    <message>
        <source>Still a customer after 12 months</source>
        <translation>Toujours client après 12 mois</translation>
    </message>
    <message>
        <source>Customers lost per customer-month</source>
        <translation>Clients perdus par mois-client</translation>
    </message>
    <message>
        <source>Phone contacts per customer-month</source>
        <translation>Contacts téléphoniques par mois-client</translation>
    </message>
    <message>
        <source>Social media contacts per customer-month</source>
        <translation>Contacts sur les réseaux sociaux par mois-client</translation>
    </message>
    <message>
        <source>Self-service contacts per customer-month</source>
        <translation>Contacts en libre-service par mois-client</translation>
    </message>
    <message>
        <source>Email contacts per customer-month</source>
        <translation>Contacts par e-mail par mois-client</translation>
    </message>
    <message>
        <source>Chat contacts per customer-month</source>
        <translation>Contacts par chat par mois-client</translation>
    </message>
    <message>
        <source>Handle time per contact</source>
        <translation>Durée de traitement par contact</translation>
    </message>
    <message>
        <source>Contacts resolved</source>
        <translation>Contacts résolus</translation>
    </message>
    <message>
        <source>Support cost per customer-month</source>
        <translation>Coût du support par mois-client</translation>
    </message>
    <message>
        <source>Customers using self-service</source>
        <translation>Clients utilisant le libre-service</translation>
    </message>
    <message>
        <source>Self-service sessions per customer-month</source>
        <translation>Sessions en libre-service par mois-client</translation>
    </message>
    <message>
        <source>At-risk customers saved</source>
        <translation>Clients à risque retenus</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>Clients à risque</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Likely to recommend (promoters)</source>
        <translation>Prêts à recommander (promoteurs)</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Détracteurs</translation>
    </message>
    <message>
        <source>Mentions that are positive</source>
        <translation>Mentions positives (part)</translation>
    </message>
    <message>
        <source>Mentions that are negative</source>
        <translation>Mentions négatives (part)</translation>
    </message>
    <message>
        <source>Positive mentions</source>
        <translation>Mentions positives</translation>
    </message>
    <message>
        <source>Negative mentions</source>
        <translation>Mentions négatives</translation>
    </message>
    <message>
        <source>People reached by positive mentions</source>
        <translation>Personnes touchées par les mentions positives</translation>
    </message>
    <message>
        <source>People reached by negative mentions</source>
        <translation>Personnes touchées par les mentions négatives</translation>
    </message>
    <message>
        <source>Customers with a cross-sell</source>
        <translation>Clients avec une vente croisée</translation>
    </message>
    <message>
        <source>Cross-sell revenue per customer</source>
        <translation>CA de vente croisée par client</translation>
    </message>
    <message>
        <source>Cross-sell orders per customer-month</source>
        <translation>Commandes de vente croisée par mois-client</translation>
    </message>
    <message>
        <source>Improvements in place</source>
        <translation>Améliorations en place</translation>
    </message>
    <message>
        <source>Yearly savings from improvements</source>
        <translation>Économies annuelles des améliorations</translation>
    </message>
    <message>
        <source>Revenue per customer so far</source>
        <translation>Chiffre d&apos;affaires par client à ce jour</translation>
    </message>
    <message>
        <source>Expected revenue over the horizon</source>
        <translation>Chiffre d&apos;affaires attendu sur l&apos;horizon</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Valeur moyenne des commandes</translation>
    </message>
    <message>
        <source>Orders per customer-year</source>
        <translation>Commandes par année-client</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Per customer-month</source>
        <translation>Par mois-client</translation>
    </message>
    <message>
        <source>Minutes per contact</source>
        <translation>Minutes par contact</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>%1 per customer-month</source>
        <translation>%1 par mois-client</translation>
    </message>
    <message>
        <source>%1 per customer</source>
        <translation>%1 par client</translation>
    </message>
    <message>
        <source>%1 per order</source>
        <translation>%1 par commande</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Still a customer after 12 months, naive comparison</source>
        <translation>Toujours client après 12 mois, comparaison naïve</translation>
    </message>
    <message>
        <source>Cross-sell revenue per customer-month</source>
        <translation>Chiffre d’affaires de vente croisée par client-mois</translation>
    </message>
    <message>
        <source>How many customers are still with you 3, 6 and 12 months after their first contact with the social care team, against similar customers who were still with you that same day and had not dealt with the team yet (the naive method: after signing up, against everyone else). Customers still active on the as-of date count as kept so far. The money is the revenue the team kept inside the ROI window, times the contribution margin once set.</source>
        <translation>Combien de clients sont encore chez vous 3, 6 et 12 mois après leur premier contact avec l’équipe des médias sociaux, par comparaison avec des clients semblables encore chez vous le même jour et qui n’avaient pas encore eu affaire à l’équipe (méthode naïve : après l’inscription, contre tous les autres). Les clients encore actifs à la date d’arrêté comptent comme conservés jusque-là. Les montants sont le chiffre d’affaires que l’équipe a conservé dans la période du ROI, multiplié par la marge sur coûts variables une fois saisie.</translation>
    </message>
    <message>
        <source>Every money value counted over one window, the horizon ending at the as-of date, and set against the programme&apos;s cost over the same months. The interval is that of the whole value, from each customer&apos;s effect on every part at once. Saves are inside retention, self-service inside operational cost, and return on relationship is descriptive, so nothing is added twice.</source>
        <translation>Chaque valeur monétaire comptée sur une seule période, l’horizon se terminant à la date d’arrêté, et comparée au coût du programme sur les mêmes mois. L’intervalle est celui de la valeur totale, à partir de l’effet de chaque client sur toutes les composantes à la fois. Les clients retenus sont dans la fidélisation, le libre-service dans le coût opérationnel, et le retour sur la relation est descriptif : rien n’est ajouté deux fois.</translation>
    </message>
    <message>
        <source>Who is compared</source>
        <extracomment>The page that shows which customers the estimate compares and how alike they are</extracomment>
        <translation>Qui est comparé</translation>
    </message>
    <message>
        <source>Which customers the estimate compares, and how alike the two sides are before and after weighting.</source>
        <translation>Quels clients l’estimation compare, et à quel point les deux côtés se ressemblent avant et après pondération.</translation>
    </message>
    <message>
        <source>Customers flagged at risk</source>
        <translation>Clients signalés à risque</translation>
    </message>
    <message>
        <source>Positive mentions per customer-month</source>
        <translation>Mentions positives par client-mois</translation>
    </message>
    <message>
        <source>Negative mentions per customer-month</source>
        <translation>Mentions négatives par client-mois</translation>
    </message>
    <message>
        <source>People reached by positive mentions per customer-month</source>
        <translation>Personnes touchées par des mentions positives par client-mois</translation>
    </message>
    <message>
        <source>People reached by negative mentions per customer-month</source>
        <translation>Personnes touchées par des mentions négatives par client-mois</translation>
    </message>
    <message>
        <source>Contacts that led to a process change (social care team vs other channels)</source>
        <extracomment>Compares the social care team&apos;s contacts with every other channel&apos;s, not the two cohorts</extracomment>
        <translation>Contacts ayant mené à un changement de processus (équipe des médias sociaux contre autres canaux)</translation>
    </message>
    <message>
        <source>People reached per customer-month</source>
        <translation>Personnes touchées par client-mois</translation>
    </message>
    <message>
        <source>Customers lost per customer-month, naive comparison from signup</source>
        <translation>Clients perdus par client-mois, comparaison naïve depuis l’inscription</translation>
    </message>
    <message>
        <source>How often customers contact support on each channel, per month, and what that support costs, from each customer&apos;s first contact with the social care team against similar customers who were still with you that same day, over the same months on both sides (the naive method: every month since signing up, against everyone else). The cost is each contact&apos;s own cost, or the cost per channel set in the assumptions. The money is the support cost saved per customer-month, over the social customers&apos; months inside the ROI window. The chart by month compares the cohorts as they are.</source>
        <translation>À quelle fréquence les clients contactent le support sur chaque canal, par mois, et ce que ce support coûte, depuis le premier contact de chaque client avec l’équipe des médias sociaux, face à des clients semblables encore clients ce même jour, sur les mêmes mois des deux côtés (méthode naïve : chaque mois depuis l’inscription, face à tous les autres). Le coût est celui de chaque contact, ou le coût par canal défini dans les hypothèses. La valeur est le coût du support économisé par client-mois, sur les mois des clients des médias sociaux dans la fenêtre du ROI. Le graphique par mois compare les cohortes telles quelles.</translation>
    </message>
    <message>
        <source>How many customers help themselves online, and how often. The sessions per customer-month are estimated from the first social contact like support contacts; the share who ever used self-service grows with how long a customer was watched, so it compares the cohorts from signup. The money is the phone calls avoided times the difference between a call and a self-service session; it is already part of operational cost and is never counted twice.</source>
        <translation>Combien de clients se débrouillent seuls en ligne, et à quelle fréquence. Les sessions par client-mois sont estimées depuis le premier contact sur les médias sociaux, comme les contacts au support ; la part ayant déjà utilisé le libre-service croît avec la durée d’observation d’un client, elle compare donc les cohortes depuis l’inscription. La valeur est le nombre d’appels évités multiplié par l’écart de coût entre un appel et une session en libre-service ; elle fait déjà partie du coût opérationnel et n’est jamais comptée deux fois.</translation>
    </message>
    <message>
        <source>Whether customers would recommend you: the Net Promoter Score is the share of promoters (scores 9–10) minus the share of detractors (0–6). Beside it, whether what customers say about you in public is positive or negative, and how many people saw it. Mentions are estimated from the first social contact against similar customers; the scores carry no date, so they compare the cohorts from signup. The money is the extra promoters times the value of a promoter, which is zero unless you set one in the assumptions.</source>
        <translation>Si les clients vous recommanderaient : le Net Promoter Score est la part de promoteurs (notes 9–10) moins la part de détracteurs (0–6). À côté, si ce que les clients disent de vous en public est positif ou négatif, et combien de personnes l’ont vu. Les mentions sont estimées depuis le premier contact sur les médias sociaux face à des clients semblables ; les notes ne sont pas datées, elles comparent donc les cohortes depuis l’inscription. La valeur est le nombre de promoteurs en plus multiplié par la valeur d’un promoteur, nulle tant que vous n’en fixez pas une dans les hypothèses.</translation>
    </message>
    <message>
        <source>The share of customers who bought an additional product, and the cross-sell revenue per customer and per customer-month. The revenue per customer-month is estimated from the first social contact against similar customers who were still with you that same day; the share and the revenue per customer compare the cohorts from signup. The money is the estimated difference per customer-month over the social customers&apos; months inside the ROI window, times the contribution margin once set.</source>
        <translation>La part des clients qui ont acheté un produit supplémentaire, et le chiffre d’affaires des ventes croisées par client et par client-mois. Le chiffre d’affaires par client-mois est estimé depuis le premier contact sur les médias sociaux face à des clients semblables encore clients ce même jour ; la part et le chiffre d’affaires par client comparent les cohortes depuis l’inscription. La valeur est l’écart estimé par client-mois sur les mois des clients des médias sociaux dans la fenêtre du ROI, multiplié par la marge sur coûts variables une fois saisie.</translation>
    </message>
    <message>
        <source>At-risk customers saved, cohorts as they are</source>
        <translation>Clients à risque sauvés, cohortes telles quelles</translation>
    </message>
    <message>
        <source>Phone contacts, cohorts as they are</source>
        <translation>Contacts téléphoniques, cohortes telles quelles</translation>
    </message>
    <message>
        <source>Self-service sessions, cohorts as they are</source>
        <translation>Sessions en libre-service, cohortes telles quelles</translation>
    </message>
    <message>
        <source>Positive mentions, cohorts as they are</source>
        <translation>Mentions positives, cohortes telles quelles</translation>
    </message>
    <message>
        <source>Cross-sell orders, cohorts as they are</source>
        <translation>Commandes de ventes croisées, cohortes telles quelles</translation>
    </message>
    <message>
        <source>What a customer is worth over the rest of their relationship: the lifetime value is the contribution margin times the monthly revenue over the discounted expected remaining lifetime (a shifted-beta-geometric model of each cohort&apos;s cancellations), plus the discounted value of the orders still expected (BG/NBD for how often, Gamma-Gamma for how much), at the annual discount rate of the assumptions. Revenue so far, the average order and how often customers order stay beside it. These figures are descriptive: they explain the other metrics and add no money of their own to the ROI.</source>
        <translation>Ce que vaut un client pour le reste de sa relation : la valeur client à vie est la marge sur coûts variables multipliée par le revenu mensuel sur la durée de vie restante attendue actualisée (un modèle bêta-géométrique décalé des résiliations de chaque cohorte), plus la valeur actualisée des commandes encore attendues (BG/NBD pour la fréquence, Gamma-Gamma pour le montant), au taux d&apos;actualisation annuel des hypothèses. Le revenu à ce jour, la commande moyenne et la fréquence des commandes restent à côté. Ces chiffres sont descriptifs : ils expliquent les autres indicateurs et n&apos;ajoutent aucun montant au ROI.</translation>
    </message>
    <message>
        <source>Lifetime value per customer (model)</source>
        <translation>Valeur client à vie par client (modèle)</translation>
    </message>
    <message>
        <source>Expected orders over the horizon</source>
        <translation>Commandes attendues sur l&apos;horizon</translation>
    </message>
    <message>
        <source>Chance a buyer is still active</source>
        <extracomment>P(alive) of the BG/NBD model: the chance a customer who has ordered still buys</extracomment>
        <translation>Probabilité qu&apos;un acheteur soit encore actif</translation>
    </message>
    <message>
        <source>Orders per customer</source>
        <translation>Commandes par client</translation>
    </message>
    <message>
        <source>Of the customers flagged as about to leave, the share still a customer when the save window set in the assumptions ended. Only customers whose window has passed by the as-of date count. The money is the extra customers saved times what a saved customer is still worth: the contribution margin times their monthly revenue over the discounted expected remaining lifetime of the lifetime value&apos;s model (the revenue of the horizon when that model cannot be fitted). It is already part of retention and is never counted twice.</source>
        <translation>Parmi les clients signalés sur le point de partir, la part encore cliente à la fin de la fenêtre de sauvetage fixée dans les hypothèses. Seuls comptent les clients dont la fenêtre est passée à la date d&apos;arrêté. La valeur est le nombre de clients sauvés en plus multiplié par ce que vaut encore un client sauvé : la marge sur coûts variables fois son revenu mensuel sur la durée de vie restante attendue et actualisée du modèle de valeur client à vie (le revenu de l&apos;horizon si ce modèle ne peut être ajusté). Elle fait déjà partie de la fidélisation et n&apos;est jamais comptée deux fois.</translation>
    </message>
    <message>
        <source>What a saved customer is still worth</source>
        <translation>Ce que vaut encore un client sauvé</translation>
    </message>
    <message>
        <source>Customers lost over the whole period</source>
        <extracomment>Customers who left over the whole follow-up, the two curves compared as a whole</extracomment>
        <translation>Clients perdus sur toute la période</translation>
    </message>
    <message>
        <source>Average months stayed within the horizon</source>
        <extracomment>The average months a customer stayed, counting only the months of the horizon</extracomment>
        <translation>Mois restés en moyenne sur l&apos;horizon</translation>
    </message>
    <message>
        <source>Months still expected as a customer (discounted)</source>
        <extracomment>DERL: the months a customer is still expected to stay, later months counting less (discounted at the assumptions&apos; annual rate)</extracomment>
        <translation>Mois encore attendus (actualisés)</translation>
    </message>
    <message>
        <source>log-rank test</source>
        <extracomment>The statistical test comparing two survival curves as a whole</extracomment>
        <translation>test du log-rank</translation>
    </message>
</context>
<context>
    <name>MetricPane</name>
    <message>
        <source>Still a customer 12 months on: %1 estimated against similar customers the same day, %2 in the naive comparison from signup. They differ because customers who left early never had the chance to reach the social care team, and those who choose it differ from the others; only the first is an estimate of the effect.</source>
        <translation>Toujours client 12 mois plus tard : %1 selon l’estimation face à des clients semblables le même jour, %2 dans la comparaison naïve depuis l’inscription. Les deux diffèrent parce que les clients partis tôt n’ont jamais pu atteindre l’équipe des médias sociaux et que ceux qui la choisissent diffèrent des autres ; seule la première est une estimation de l’effet.</translation>
    </message>
    <message>
        <source>Retention; dashes: sBG projection</source>
        <extracomment>Chart title: observed retention as solid lines, the sBG model&apos;s projection dashed</extracomment>
        <translation>Fidélisation ; tirets : projection sBG</translation>
    </message>
    <message>
        <source>customer-scores</source>
        <extracomment>Default file name of the scored customer list</extracomment>
        <translation>scores-clients</translation>
    </message>
    <message>
        <source>Export customer scores</source>
        <translation>Exporter les scores clients</translation>
    </message>
    <message>
        <source>No project is open: there are no customer scores to export.</source>
        <translation>Aucun projet n&apos;est ouvert : il n&apos;y a pas de scores clients à exporter.</translation>
    </message>
    <message>
        <source>Writing the customer scores to %1…</source>
        <translation>Écriture des scores clients dans %1…</translation>
    </message>
    <message>
        <source>Customer scores written to %1.</source>
        <translation>Scores clients écrits dans %1.</translation>
    </message>
    <message>
        <source>The customer scores were not written: %1</source>
        <translation>Les scores clients n&apos;ont pas été écrits : %1</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Valeur client à vie</translation>
    </message>
    <message>
        <source>Model checks (BG/NBD)</source>
        <translation>Contrôles du modèle (BG/NBD)</translation>
    </message>
    <message>
        <source>Export customer scores…</source>
        <translation>Exporter les scores clients…</translation>
    </message>
    <message>
        <source>Writes one row per customer with P(alive), expected orders, DERL and lifetime value, as socialroi scores does: CSV or Excel.</source>
        <translation>Écrit une ligne par client avec P(actif), les commandes attendues, la DERL et la valeur client à vie, comme socialroi scores : CSV ou Excel.</translation>
    </message>
    <message>
        <source>Statistical details</source>
        <translation>Détails statistiques</translation>
    </message>
    <message>
        <source>Show each row&apos;s p-value, the customers compared and the test behind it; the report follows this choice.</source>
        <translation>Afficher la valeur p de chaque ligne, les clients comparés et le test utilisé ; le rapport suit ce choix.</translation>
    </message>
</context>
<context>
    <name>MetricRowsModel</name>
    <message>
        <source>95% interval: %1 – %2</source>
        <translation>Intervalle à 95&#xa0;%&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Rate ratio (social / control): %1</source>
        <translation>Rapport des taux (social / témoin)&#xa0;: %1</translation>
    </message>
    <message>
        <source>(95% interval %1 – %2)</source>
        <translation>(intervalle à 95&#xa0;% %1 – %2)</translation>
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
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Social</source>
        <extracomment>Column header: the value for the social cohort (customers served by the social care team)</extracomment>
        <translation>Médias sociaux</translation>
    </message>
    <message>
        <source>Control</source>
        <extracomment>Column header: the value for the control cohort (the comparison group)</extracomment>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Relative difference</source>
        <extracomment>Column header: the difference divided by the control value (relative uplift) Column header: the difference relative to the control cohort&apos;s value</extracomment>
        <translation>Écart relatif</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>Valeur p</translation>
    </message>
    <message>
        <source>n (social / control)</source>
        <translation>n (social / témoin)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Customers who dealt with the social care team</source>
        <translation>Clients ayant eu affaire à l&apos;équipe des médias sociaux</translation>
    </message>
    <message>
        <source>Every other customer</source>
        <translation>Tous les autres clients</translation>
    </message>
    <message>
        <source>Social minus control</source>
        <translation>Social moins témoin</translation>
    </message>
    <message>
        <source>The difference relative to the control cohort</source>
        <translation>L&apos;écart rapporté à la cohorte témoin</translation>
    </message>
    <message>
        <source>The interval the true difference lies in, with 95% confidence</source>
        <translation>L’intervalle dans lequel se situe l&apos;écart réel, avec une confiance de 95&#xa0;%</translation>
    </message>
    <message>
        <source>How likely a difference this large would be if the cohorts were alike; below 0.05 is usually taken as real</source>
        <translation>Probabilité d&apos;un écart aussi grand si les cohortes étaient semblables&#xa0;; en dessous de 0,05, on le considère généralement comme réel</translation>
    </message>
    <message>
        <source>How many customers (or contacts, orders, answers) each figure rests on</source>
        <translation>Sur combien de clients (ou contacts, commandes, réponses) repose chaque chiffre</translation>
    </message>
    <message>
        <source>A warning when the data cannot support a conclusion</source>
        <translation>Un avertissement quand les données ne permettent pas de conclure</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>A cohort&apos;s value with its 95% interval, e.g. &quot;€1,234 (€1,100 to €1,380)&quot;</extracomment>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Social cohort</source>
        <extracomment>The customers served by the social care team (the group compared)</extracomment>
        <translation>Cohorte des médias sociaux</translation>
    </message>
    <message>
        <source>Control cohort</source>
        <translation>Cohorte témoin</translation>
    </message>
    <message>
        <source>Customers in the social cohort</source>
        <translation>Clients de la cohorte des médias sociaux</translation>
    </message>
    <message>
        <source>Customers in the control cohort</source>
        <translation>Clients de la cohorte témoin</translation>
    </message>
</context>
<context>
    <name>MetricWarnings</name>
    <message>
        <source>No customer matches the filters: every metric is empty.</source>
        <translation>Aucun client ne correspond aux filtres&#xa0;: tous les indicateurs sont vides.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact or order row(s) name a customer that is not in the customers table and were left out.</source>
        <translation>
            <numerusform>%n ligne de contact ou de commande désigne un client absent de la table des clients et a été écartée.</numerusform>
            <numerusform>%n lignes de contact ou de commande désignent un client absent de la table des clients et ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures entered with the improvements; they carry no interval.</source>
        <translation>Chiffres saisis avec les améliorations&#xa0;; ils n&apos;ont pas d&apos;intervalle.</translation>
    </message>
    <message>
        <source>Naive comparison: everyone ever in touch with the social care team against everyone else, from signup. Customers who left early never had the chance to reach the social care team, and those who choose it differ from the others, so this is not an effect.</source>
        <translation>Comparaison naïve : tous ceux qui ont un jour contacté l’équipe des médias sociaux contre tous les autres, depuis l’inscription. Les clients partis tôt n’ont jamais eu l’occasion de joindre l’équipe des médias sociaux, et ceux qui la choisissent diffèrent des autres : ce n’est donc pas un effet.</translation>
    </message>
    <message>
        <source>The customers compared still differ in %1 after weighting (standardized difference above 0.1): read the effect with care.</source>
        <translation>Les clients comparés diffèrent encore par %1 après pondération (écart standardisé supérieur à 0,1) : lisez l’effet avec prudence.</translation>
    </message>
    <message>
        <source>Few similar customers were found for the social customers (thin overlap): the estimate rests on few controls.</source>
        <translation>Peu de clients semblables ont été trouvés pour les clients des médias sociaux (recouvrement faible) : l’estimation repose sur peu de témoins.</translation>
    </message>
    <message>
        <source>Naive comparison: everyone ever in touch with the social care team against everyone else, from signup. These differences are not effects of the social care team.</source>
        <translation>Comparaison naïve : tous les clients passés par l’équipe des médias sociaux contre tous les autres, depuis l’inscription. Ces écarts ne sont pas des effets de l’équipe des médias sociaux.</translation>
    </message>
    <message>
        <source>Not enough data in one of the cohorts to estimate this.</source>
        <translation>Pas assez de données dans l’une des cohortes pour l’estimer.</translation>
    </message>
    <message>
        <source>Fewer than 30 in a cohort: too few to draw a conclusion.</source>
        <translation>Moins de 30 dans une cohorte : trop peu pour conclure.</translation>
    </message>
    <message>
        <source>Fewer than 5 customers are still observed at this point.</source>
        <translation>Moins de 5 clients sont encore observés à ce stade.</translation>
    </message>
    <message>
        <source>The data do not reach this far; the last observed value is carried forward.</source>
        <translation>Les données ne vont pas si loin ; la dernière valeur observée est reportée.</translation>
    </message>
    <message>
        <source>The interval includes zero: the data cannot tell the cohorts apart.</source>
        <translation>L’intervalle contient zéro : les données ne permettent pas de distinguer les cohortes.</translation>
    </message>
    <message>
        <source>Compared from signup, everyone ever in touch with the social care team against everyone else: not estimated from the first social contact, so not an effect.</source>
        <translation>Comparé depuis l’inscription, tous les clients passés par l’équipe des médias sociaux contre tous les autres : pas estimé à partir du premier contact sur les médias sociaux, ce n’est donc pas un effet.</translation>
    </message>
    <message>
        <source>The social cohort&apos;s lifetime model could not be fitted: a saved customer is valued at the revenue of the horizon instead of their remaining lifetime.</source>
        <translation>Le modèle de durée de vie de la cohorte des médias sociaux n&apos;a pas pu être ajusté : un client sauvé est valorisé au revenu de l&apos;horizon au lieu de sa durée de vie restante.</translation>
    </message>
    <message>
        <source>Some of the groups compared hold too few customers for a reliable comparison.</source>
        <translation>Certains des groupes comparés comptent trop peu de clients pour une comparaison fiable.</translation>
    </message>
    <message>
        <source>Customers who left after their first social contact, and among the similar customers compared (weighted). These two counts are not compared with each other: the retention rows above say whether the two sides differ.</source>
        <translation>Clients partis après leur premier contact sur les médias sociaux, et parmi les clients semblables comparés (pondérés). Ces deux nombres ne sont pas comparés entre eux : les lignes de fidélisation ci-dessus disent si les deux côtés diffèrent.</translation>
    </message>
</context>
<context>
    <name>MetricWording</name>
    <message>
        <source>Descriptive: adds no money of its own to the ROI.</source>
        <translation>Descriptif&#xa0;: n&apos;ajoute aucune valeur propre au ROI.</translation>
    </message>
    <message>
        <source>No money value: the data cannot support one.</source>
        <translation>Pas de valeur monétaire&#xa0;: les données ne permettent pas d&apos;en établir une.</translation>
    </message>
    <message>
        <source>No money value: set the value of a promoter in the assumptions to count the promoters gained.</source>
        <translation>Pas de valeur monétaire&#xa0;: définissez la valeur d&apos;un promoteur dans les hypothèses pour compter les promoteurs gagnés.</translation>
    </message>
    <message>
        <source>Worth about %1 a year (entered figures, no interval).</source>
        <translation>Environ %1 par an (chiffres saisis, sans intervalle).</translation>
    </message>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (entered figures, no interval).</source>
        <translation>
            <numerusform>Environ %1 sur %n mois (chiffres saisis, sans intervalle).</numerusform>
            <numerusform>Environ %1 sur %n mois (chiffres saisis, sans intervalle).</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth about %1 a year (between %2 and %3).</source>
        <translation>Environ %1 par an (entre %2 et %3).</translation>
    </message>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (between %2 and %3).</source>
        <translation>
            <numerusform>Environ %1 sur %n mois (entre %2 et %3).</numerusform>
            <numerusform>Environ %1 sur %n mois (entre %2 et %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown inside %1, not added to the ROI again.</source>
        <translation>Inclus dans %1, pas ajouté une seconde fois au ROI.</translation>
    </message>
    <message numerus="yes">
        <source>Social cohort: %Ln customer(s)</source>
        <translation>
            <numerusform>Cohorte des médias sociaux : %Ln client</numerusform>
            <numerusform>Cohorte des médias sociaux : %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>control cohort: %Ln customer(s)</source>
        <translation>
            <numerusform>cohorte témoin : %Ln client</numerusform>
            <numerusform>cohorte témoin : %Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>Computes every metric and the ROI summary of a project for the social and control cohorts, and prints them as JSON or CSV.</source>
        <translation>Calcule tous les indicateurs et la synthèse du ROI d&apos;un projet pour les cohortes des médias sociaux et témoin, et les affiche en JSON ou CSV.</translation>
    </message>
    <message>
        <source>Output format: json or csv (required).</source>
        <translation>Format de sortie&#xa0;: json ou csv (obligatoire).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to compute the metrics of.</source>
        <translation>-p PROJET manquant&#xa0;: le projet dont calculer les indicateurs.</translation>
    </message>
    <message>
        <source>Missing --format json|csv: the output format is required.</source>
        <translation>--format json|csv manquant&#xa0;: le format de sortie est obligatoire.</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &quot;%1&quot;.</source>
        <translation>--format doit valoir json ou csv, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write the metrics to the standard output.</source>
        <translation>Impossible d&apos;écrire les indicateurs sur la sortie standard.</translation>
    </message>
    <message>
        <source>adjusted (default): each social customer from their first social contact against similar customers still with us that day; naive: everyone ever in touch with the social care team against everyone else, from signup.</source>
        <translation>adjusted (par défaut) : chaque client des médias sociaux à partir de son premier contact sur les médias sociaux, contre des clients semblables encore clients ce jour-là ; naive : tous ceux qui ont un jour contacté l’équipe des médias sociaux contre tous les autres, depuis l’inscription.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>Extra attributes of the customers to compare like with like (comma-separated), besides segment, tenure and monthly revenue.</source>
        <translation>Attributs supplémentaires des clients pour comparer des clients semblables (séparés par des virgules), en plus du segment, de l’ancienneté et du revenu mensuel.</translation>
    </message>
    <message>
        <source>ATTR,...</source>
        <translation>ATTRIBUT,...</translation>
    </message>
    <message>
        <source>--method must be adjusted or naive, not &quot;%1&quot;.</source>
        <translation>--method doit valoir adjusted ou naive, pas « %1 ».</translation>
    </message>
    <message>
        <source>--adjust-for applies to --method adjusted only.</source>
        <translation>--adjust-for ne s’applique qu’à --method adjusted.</translation>
    </message>
    <message>
        <source>The ROI&apos;s interval from N replicates of a customer-level bootstrap of the whole calculation (fixed seed; 200 or more for a report). Without it, the interval is its linear approximation, found at once.</source>
        <translation>L’intervalle du ROI à partir de N répétitions d’un bootstrap par client de tout le calcul (graine fixe ; 200 ou plus pour un rapport). Sans cette option, l’intervalle est son approximation linéaire, obtenue aussitôt.</translation>
    </message>
    <message>
        <source>--bootstrap must be a number of replicates from 20 to 100000, not &quot;%1&quot;.</source>
        <translation>--bootstrap doit être un nombre de répétitions de 20 à 100000, pas « %1 ».</translation>
    </message>
    <message>
        <source>--csv-for must be programs or spreadsheet, not &quot;%1&quot;.</source>
        <translation>--csv-for doit valoir programs ou spreadsheet, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--csv-for applies to --format csv only.</source>
        <translation>--csv-for ne s’applique qu’à --format csv.</translation>
    </message>
    <message>
        <source>--lang applies to --csv-for spreadsheet only.</source>
        <translation>--lang ne s’applique qu’à --csv-for spreadsheet.</translation>
    </message>
    <message>
        <source>With --format csv: programs (default): comma between cells, point as decimal mark; spreadsheet: the list separator and decimal mark of the --lang language (or the system&apos;s), UTF-8 with a byte order mark.</source>
        <translation>Avec --format csv&#xa0;: programs (par défaut)&#xa0;: virgule entre les cellules, point comme séparateur décimal&#xa0;; spreadsheet&#xa0;: le séparateur de liste et le séparateur décimal de la langue de --lang (ou de celle du système), UTF-8 avec indicateur d&apos;ordre des octets (BOM).</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <source>With --csv-for spreadsheet: the spreadsheet&apos;s language, en, fr, de, pl or hi.</source>
        <translation>Avec --csv-for spreadsheet&#xa0;: la langue du tableur, en, fr, de, pl ou hi.</translation>
    </message>
    <message numerus="yes">
        <source>%1: only %2 of %n bootstrap replicate(s) had social customers to compare; the ROI interval stays the linear approximation.</source>
        <translation>
            <numerusform>%1 : seules %2 répétitions bootstrap sur %n avaient des clients des médias sociaux à comparer ; l’intervalle du ROI reste l’approximation linéaire.</numerusform>
            <numerusform>%1 : seules %2 répétitions bootstrap sur %n avaient des clients des médias sociaux à comparer ; l’intervalle du ROI reste l’approximation linéaire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsController</name>
    <message>
        <source>%1: the sensitivity of the ROI could not be computed.</source>
        <translation>%1 : la sensibilité du ROI n’a pas pu être calculée.</translation>
    </message>
    <message>
        <source>%1: the bootstrap found too few social customers to compare in its draws; the ROI interval stays the linear approximation.</source>
        <translation>%1 : le bootstrap a trouvé trop peu de clients des médias sociaux à comparer dans ses tirages ; l’intervalle du ROI reste l’approximation linéaire.</translation>
    </message>
</context>
<context>
    <name>MissingDataText</name>
    <message>
        <source>No customers yet: import the customers file (customer_id and signup_date) to measure anything.</source>
        <translation>Aucun client pour l&apos;instant : importez le fichier des clients (customer_id et signup_date) pour pouvoir mesurer quoi que ce soit.</translation>
    </message>
    <message>
        <source>No customer in this selection dealt with the social care team, so there is nothing to compare: import the contacts file with its channel column (social), or the customers file with its social_engaged or first_social_date column, or widen the filters.</source>
        <translation>Aucun client de cette sélection n&apos;a eu affaire à l&apos;équipe des médias sociaux : il n&apos;y a rien à comparer. Importez le fichier des contacts avec sa colonne channel (social), ou le fichier des clients avec sa colonne social_engaged ou first_social_date, ou élargissez les filtres.</translation>
    </message>
    <message>
        <source>Every customer in this selection dealt with the social care team, so there is no one to compare them with: import the other customers too (customers file), or widen the filters.</source>
        <translation>Tous les clients de cette sélection ont eu affaire à l&apos;équipe des médias sociaux : personne ne sert de comparaison. Importez aussi les autres clients (fichier des clients) ou élargissez les filtres.</translation>
    </message>
    <message>
        <source>No social customer in this selection has a date of first contact with the social care team on or after the programme launch, so nothing can be estimated from it: import the customers file with its first_social_date column, or the contacts file with its channel column (social).</source>
        <translation>Aucun client des médias sociaux de cette sélection n&apos;a de date de premier contact avec l&apos;équipe des médias sociaux à partir du lancement du programme : rien ne peut être estimé à partir de ce contact. Importez le fichier des clients avec sa colonne first_social_date, ou le fichier des contacts avec sa colonne channel (social).</translation>
    </message>
    <message>
        <source>No customer has a churn date, so retention cannot be estimated: import the customers file with its churn_date column.</source>
        <translation>Aucun client n&apos;a de date de départ : la fidélisation ne peut pas être estimée. Importez le fichier des clients avec sa colonne churn_date.</translation>
    </message>
    <message>
        <source>No contacts are imported, so support cost and self-service cannot be measured: import the contacts file (customer_id, contact_date, channel).</source>
        <translation>Aucun contact n&apos;est importé : le coût du support et le libre-service ne peuvent pas être mesurés. Importez le fichier des contacts (customer_id, contact_date, channel).</translation>
    </message>
    <message>
        <source>No customer is flagged at risk, so saves cannot be counted: import the customers file with its at_risk_date column.</source>
        <translation>Aucun client n&apos;est signalé à risque : les clients retenus ne peuvent pas être comptés. Importez le fichier des clients avec sa colonne at_risk_date.</translation>
    </message>
    <message>
        <source>No recommendation scores and no mentions, so promoters cannot be counted: import the customers file with its nps_score column, or the mentions file (mention_date, sentiment).</source>
        <translation>Ni notes de recommandation ni mentions : les promoteurs ne peuvent pas être comptés. Importez le fichier des clients avec sa colonne nps_score, ou le fichier des mentions (mention_date, sentiment).</translation>
    </message>
    <message>
        <source>No orders are imported, so purchases cannot be compared: import the orders file (customer_id, order_date, amount).</source>
        <translation>Aucune commande n&apos;est importée : les achats ne peuvent pas être comparés. Importez le fichier des commandes (customer_id, order_date, amount).</translation>
    </message>
</context>
<context>
    <name>MonthlySeriesChart</name>
    <message>
        <source>No value for this month</source>
        <translation>Aucune valeur pour ce mois</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Overview of the project</source>
        <translation>Vue d&apos;ensemble du projet</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Costs, dates and horizon that turn differences into money</source>
        <translation>Coûts, dates et horizon qui convertissent les écarts en valeur monétaire</translation>
    </message>
    <message>
        <source>Import history (%1)</source>
        <translation>Historique des importations (%1)</translation>
    </message>
    <message>
        <source>Every file imported: how it was read, its rejected rows, undo</source>
        <translation>Chaque fichier importé : comment il a été lu, ses lignes rejetées, annulation</translation>
    </message>
</context>
<context>
    <name>NpsChart</name>
    <message>
        <source>Share of answers</source>
        <extracomment>Axis label of the NPS chart: share of the survey answers</extracomment>
        <translation>Part des réponses</translation>
    </message>
    <message>
        <source>Promoters</source>
        <extracomment>NPS survey answers of 9 or 10</extracomment>
        <translation>Promoteurs</translation>
    </message>
    <message>
        <source>Passives</source>
        <extracomment>NPS survey answers of 7 or 8</extracomment>
        <translation>Passifs</translation>
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
        <translation>Choisir un jour dans le calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Type a date such as %1 or 2025-12-31, or pick one in the calendar</source>
        <extracomment>%1 is an example date in the user&apos;s format, e.g. 31/12/2025</extracomment>
        <translation>Saisissez une date comme %1 ou 2025-12-31, ou choisissez-la dans le calendrier</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or 2025-12-31. Until then the filter keeps its last date; Esc puts it back.</source>
        <extracomment>%1 is an example date in the user&apos;s format, e.g. 31/12/2025</extracomment>
        <translation>Ce n&apos;est pas une date : saisissez-la comme %1 ou 2025-12-31. En attendant, le filtre garde sa dernière date ; Échap la rétablit.</translation>
    </message>
</context>
<context>
    <name>OrderLineAssembler</name>
    <message>
        <source>column &quot;%1&quot; (customer_id): the order &quot;%2&quot; of this line is customer &quot;%3&quot;&apos;s (line %4); a line cannot belong to another customer&apos;s order</source>
        <translation>colonne « %1 » (customer_id) : la commande « %2 » de cette ligne est celle du client « %3 » (ligne %4) ; une ligne ne peut pas appartenir à la commande d&apos;un autre client</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (order_id): empty, but order lines are grouped into orders by this column</source>
        <translation>colonne « %1 » (order_id) : vide, alors que les lignes de commande sont regroupées par cette colonne</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (customer_id): lines of an order of another customer</source>
        <translation>colonne « %1 » (customer_id) : lignes d&apos;une commande d&apos;un autre client</translation>
    </message>
    <message>
        <source>Check the order keys: an order number used by two customers needs its own key for each.</source>
        <translation>Vérifiez les clés de commande : un numéro de commande utilisé par deux clients a besoin d&apos;une clé propre à chacun.</translation>
    </message>
    <message>
        <source>Give every line its order&apos;s key, or choose another column for the order key.</source>
        <translation>Donnez à chaque ligne la clé de sa commande, ou choisissez une autre colonne pour la clé de commande.</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le PDF n&apos;a pas pu être commencé.</translation>
    </message>
    <message>
        <source>Cannot write %1: a new page could not be started.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: une nouvelle page n&apos;a pas pu être commencée.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished.</source>
        <translation>Impossible d’écrire %1 : le PDF n’a pas pu être terminé.</translation>
    </message>
</context>
<context>
    <name>PreviewLoader</name>
    <message>
        <source>The file could not be read for the preview. Close other programs and try again.</source>
        <translation>Le fichier n&apos;a pas pu être lu pour l&apos;aperçu. Fermez les autres programmes et réessayez.</translation>
    </message>
</context>
<context>
    <name>PreviewValidation</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <comment>reason: the rejected value</comment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>unknown customer: the project has no customer with this id</source>
        <translation>client inconnu : le projet n&apos;a aucun client avec cet identifiant</translation>
    </message>
</context>
<context>
    <name>ProjectOverview</name>
    <message>
        <source>Reading the project…</source>
        <translation>Lecture du projet…</translation>
    </message>
    <message>
        <source>This is the demo project: generated data with known effects of social customer care, for trying the workbench before loading your own files.</source>
        <translation>Ceci est le projet de démonstration&#xa0;: des données générées aux effets connus du service client des médias sociaux, pour essayer l&apos;atelier avant de charger vos propres fichiers.</translation>
    </message>
    <message>
        <source>Your project. Import customer lists, contact logs and orders with File, Import.</source>
        <translation>Votre projet. Importez des listes de clients, des historiques de contacts et des commandes via Fichier, Importer.</translation>
    </message>
    <message>
        <source>Data from</source>
        <translation>Données du</translation>
    </message>
    <message>
        <source>Data to</source>
        <translation>Données au</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Rejected rows kept for review</source>
        <translation>Lignes rejetées conservées pour examen</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QueryCsvExport</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L’export a été annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The project could not be read (%1); nothing was written.</source>
        <translation>Le projet n’a pas pu être lu (%1) ; rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln ligne écrite dans %1.</numerusform>
            <numerusform>%Ln lignes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectedRecordsModel</name>
    <message>
        <source>Fixed: imported again</source>
        <translation>Corrigée : importée à nouveau</translation>
    </message>
    <message>
        <source>This row was too long to keep whole; fix it in the file and import the file again.</source>
        <translation>Cette ligne était trop longue pour être gardée entière ; corrigez-la dans le fichier et importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
</context>
<context>
    <name>RejectedRowsDialog</name>
    <message>
        <source>Show rows already fixed and imported</source>
        <translation>Afficher les lignes déjà corrigées et importées</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>&amp;Import the rows again…</source>
        <translation>&amp;Importer les lignes à nouveau…</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>Lignes rejetées de %1</translation>
    </message>
    <message>
        <source>Each row as it was in the file, with why it was rejected. Double-click a value to fix it; fixed rows show in bold. &quot;Import the rows again&quot; imports every row still rejected, with the mapping of this import: rows still wrong are rejected again, with their reason.</source>
        <translation>Chaque ligne telle qu&apos;elle était dans le fichier, avec la raison de son rejet. Double-cliquez sur une valeur pour la corriger ; les lignes corrigées s&apos;affichent en gras. « Importer les lignes à nouveau » importe toutes les lignes encore rejetées, avec le mappage de cette importation : les lignes encore fausses sont rejetées à nouveau, avec leur raison.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the rows again</source>
        <translation>Importer les lignes à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n row(s) still rejected, with the mapping of %1?</source>
        <translation>
            <numerusform>Importer la %n ligne encore rejetée, avec le mappage de %1 ?</numerusform>
            <numerusform>Importer les %n lignes encore rejetées, avec le mappage de %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were edited here. The rows go into a new file first, which you choose next: the import&apos;s record names it.</source>
        <translation>
            <numerusform>%n d&apos;entre elles a été modifiée ici. Les lignes vont d&apos;abord dans un nouveau fichier, que vous choisissez ensuite : le registre de l&apos;importation le nomme.</numerusform>
            <numerusform>%n d&apos;entre elles ont été modifiées ici. Les lignes vont d&apos;abord dans un nouveau fichier, que vous choisissez ensuite : le registre de l&apos;importation le nomme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>fixed rows of %1</source>
        <extracomment>Part of a proposed file name: &quot;Project – fixed rows of customers – 2026-12-06.csv&quot;</extracomment>
        <translation>lignes corrigées de %1</translation>
    </message>
    <message>
        <source>Save the fixed rows as</source>
        <translation>Enregistrer les lignes corrigées sous</translation>
    </message>
    <message>
        <source>Importing the rows again…</source>
        <translation>Nouvelle importation des lignes…</translation>
    </message>
    <message>
        <source>The rows still rejected are listed with their reasons under the new import in the history.</source>
        <translation>Les lignes encore rejetées figurent, avec leurs raisons, sous la nouvelle importation dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsExport</name>
    <message>
        <source>%1: cannot write the file (%2). Choose another folder.</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2). Check the free space and try again.</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier (%2). Vérifiez l&apos;espace libre et réessayez.</translation>
    </message>
    <message>
        <source>Rejected rows written to %1: %2.</source>
        <translation>Lignes rejetées écrites dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>Writing the rejected rows…</source>
        <translation>Écriture des lignes rejetées…</translation>
    </message>
    <message>
        <source>rejected rows of %1</source>
        <extracomment>Part of a proposed file name: &quot;Project – rejected rows of customers – 2026-12-06.csv&quot;</extracomment>
        <translation>lignes rejetées de %1</translation>
    </message>
</context>
<context>
    <name>RejectedText</name>
    <message>
        <source> [… cut here: the row as read is %1 bytes of UTF-8, SHA-256 %2]</source>
        <translation> [… coupé ici : la ligne lue fait %1 octets en UTF-8, SHA-256 %2]</translation>
    </message>
</context>
<context>
    <name>RepeatCountChart</name>
    <message>
        <source>Expected by the model</source>
        <extracomment>Name of the diamonds that show the share the BG/NBD model expects in each bin</extracomment>
        <translation>Attendu par le modèle</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) (%2)</source>
        <translation>
            <numerusform>%1 client (%2)</numerusform>
            <numerusform>%1 clients (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatTrackingChart</name>
    <message>
        <source>Weeks since the first order</source>
        <translation>Semaines depuis la première commande</translation>
    </message>
    <message>
        <source>← fitted</source>
        <extracomment>Tracking chart: the weeks the model was fitted to, left of the as-of date</extracomment>
        <translation>← ajusté</translation>
    </message>
    <message>
        <source>holdout →</source>
        <extracomment>Tracking chart: the weeks after the as-of date, which the model never saw</extracomment>
        <translation>contrôle →</translation>
    </message>
    <message>
        <source>%1: model</source>
        <extracomment>Tooltip and export name of the line of repeat transactions the BG/NBD model expects</extracomment>
        <translation>%1 : modèle</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Repeat orders so far: %1</source>
        <translation>Achats répétés jusqu&apos;ici : %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>le %1 ou après</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>le %1 ou avant</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>toute période</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Fichier de projet</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date d&apos;arrêté</translation>
    </message>
    <message>
        <source>Customers who signed up</source>
        <translation>Clients inscrits</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Demo data with known effects, written by the demo generator</source>
        <translation>Données de démonstration aux effets connus, écrites par le générateur de démonstration</translation>
    </message>
    <message>
        <source>%1: %2 in the social cohort, %3 in the control cohort</source>
        <translation>%1&#xa0;: %2 dans la cohorte des médias sociaux, %3 dans la cohorte témoin</translation>
    </message>
    <message>
        <source>(difference %1; 95% interval %2)</source>
        <translation>(écart %1&#xa0;; intervalle à 95&#xa0;% %2)</translation>
    </message>
    <message>
        <source>No file was imported: the project holds demo data written by the demo generator.</source>
        <translation>Aucun fichier n&apos;a été importé&#xa0;: le projet contient des données de démonstration écrites par le générateur.</translation>
    </message>
    <message>
        <source>No file was imported into this project.</source>
        <translation>Aucun fichier n&apos;a été importé dans ce projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported. Rows rejected in total: %1; every rejected row is kept in the project with its line and the reason.</source>
        <translation>
            <numerusform>%n fichier importé. Lignes rejetées au total&#xa0;: %1&#xa0;; chaque ligne rejetée est conservée dans le projet avec sa ligne et le motif.</numerusform>
            <numerusform>%n fichiers importés. Lignes rejetées au total&#xa0;: %1&#xa0;; chaque ligne rejetée est conservée dans le projet avec sa ligne et le motif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind of row</source>
        <translation>Type de ligne</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test statistique</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Principaux résultats</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>À lire avec prudence</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Data provenance</source>
        <translation>Provenance des données</translation>
    </message>
    <message>
        <source>Method notes</source>
        <translation>Notes de méthode</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>page footer: %1 is the page number, %2 the number of pages</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The value of social customer care</source>
        <translation>La valeur du service client des médias sociaux</translation>
    </message>
    <message>
        <source>Customers served by the social care team compared with everyone else</source>
        <translation>Clients servis par l’équipe des médias sociaux comparés à tous les autres</translation>
    </message>
    <message>
        <source>Generated on %1 by SocialROI Workbench %2</source>
        <translation>Généré le %1 par SocialROI Workbench %2</translation>
    </message>
    <message>
        <source>ROI window</source>
        <extracomment>The months over which every benefit and the programme cost are counted</extracomment>
        <translation>Période du ROI</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of dates</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Lifetime value and model parameters</source>
        <translation>Valeur client à vie et paramètres des modèles</translation>
    </message>
    <message>
        <source>no fit</source>
        <translation>non ajusté</translation>
    </message>
    <message>
        <source>%1 (SE %2)</source>
        <extracomment>A model parameter&apos;s estimate with its standard error</extracomment>
        <translation>%1 (erreur type %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 client</numerusform>
            <numerusform>%1 clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>%1: the report was not written.</source>
        <translation>%1&#xa0;: le rapport n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Also give each metric table&apos;s statistics: the p-value and the customers compared.</source>
        <translation>Donner aussi les statistiques de chaque tableau de métrique : la valeur p et les clients comparés.</translation>
    </message>
    <message>
        <source>Writes the report of a project: title page, executive summary with the ROI, each metric&apos;s chart, table and note, assumptions, data provenance and method notes, as PDF, self-contained HTML, XLSX or a PowerPoint deck with native charts and speaker notes (PPTX), chosen by the file&apos;s suffix.</source>
        <translation>Écrit le rapport d&apos;un projet&#xa0;: page de titre, synthèse avec le ROI, graphique, tableau et note de chaque indicateur, hypothèses, provenance des données et notes de méthode, en PDF, HTML autonome, XLSX ou présentation PowerPoint avec graphiques modifiables et notes de l’orateur (PPTX), selon l&apos;extension du fichier.</translation>
    </message>
    <message>
        <source>The report to write: FILE.pdf, FILE.html, FILE.xlsx or FILE.pptx.</source>
        <translation>Le rapport à écrire&#xa0;: FICHIER.pdf, FICHIER.html, FICHIER.xlsx ou FICHIER.pptx.</translation>
    </message>
    <message>
        <source>With -o FILE.pptx: a PowerPoint template or presentation (.potx or .pptx) whose slide master, layouts, fonts and colours the slides take.</source>
        <translation>Avec -o FICHIER.pptx&#xa0;: un modèle ou une présentation PowerPoint (.potx ou .pptx) dont les diapositives reprennent le masque, les dispositions, les polices et les couleurs.</translation>
    </message>
    <message>
        <source>-o %1: the report is written as .pdf, .html, .xlsx or .pptx; name the file with one of these suffixes.</source>
        <translation>-o %1&#xa0;: le rapport s&apos;écrit en .pdf, .html, .xlsx ou .pptx&#xa0;; nommez le fichier avec l&apos;une de ces extensions.</translation>
    </message>
    <message>
        <source>--template %1: a template is for slides; write them with -o FILE.pptx.</source>
        <translation>--template %1&#xa0;: un modèle sert aux diapositives&#xa0;; écrivez-les avec -o FICHIER.pptx.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>%1: the report could not be written.</source>
        <translation>%1&#xa0;: le rapport n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>Ouverture du projet…</translation>
    </message>
    <message>
        <source>Reading the assumptions and the import log…</source>
        <translation>Lecture des hypothèses et du journal d&apos;importation…</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
    <message>
        <source>%1: the report could not be prepared.</source>
        <translation>%1&#xa0;: le rapport n&apos;a pas pu être préparé.</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Dessin des graphiques…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Checking the ROI interval with a bootstrap…</source>
        <translation>Vérification de l’intervalle du ROI par bootstrap…</translation>
    </message>
</context>
<context>
    <name>ReportInputs</name>
    <message>
        <source>%1: cannot read the assumptions and the import log (%2).</source>
        <translation>%1&#xa0;: impossible de lire les hypothèses et le journal d&apos;importation (%2).</translation>
    </message>
</context>
<context>
    <name>ReportMethods</name>
    <message>
        <source>Retention at a time</source>
        <translation>Fidélisation à une date donnée</translation>
    </message>
    <message>
        <source>Kaplan–Meier estimate per cohort from signup, censored at the as-of date; z test of the difference with Greenwood variances.</source>
        <translation>Estimateur de Kaplan–Meier par cohorte depuis l’inscription, censuré à la date d&apos;arrêté&#xa0;; test z de l&apos;écart avec les variances de Greenwood.</translation>
    </message>
    <message>
        <source>Difference: normal interval from the Greenwood variances. Each cohort&apos;s curve: log-log band.</source>
        <translation>Écart&#xa0;: intervalle normal à partir des variances de Greenwood. Courbe de chaque cohorte&#xa0;: bande log-log.</translation>
    </message>
    <message>
        <source>Whole retention curves</source>
        <translation>Courbes de fidélisation complètes</translation>
    </message>
    <message>
        <source>Log-rank test (chi-square, one degree of freedom) over the whole follow-up; the figures are the customers lost in each cohort.</source>
        <translation>Test du log-rank (khi-deux, un degré de liberté) sur tout le suivi&#xa0;; les chiffres sont les clients perdus dans chaque cohorte.</translation>
    </message>
    <message>
        <source>None: the test compares whole curves.</source>
        <translation>Aucun&#xa0;: le test compare des courbes entières.</translation>
    </message>
    <message>
        <source>Months kept within the horizon</source>
        <translation>Mois de fidélité sur l&apos;horizon</translation>
    </message>
    <message>
        <source>Restricted mean survival time up to the horizon (area under the Kaplan–Meier curve); z test.</source>
        <translation>Durée de survie moyenne restreinte jusqu&apos;à l&apos;horizon (aire sous la courbe de Kaplan–Meier)&#xa0;; test z.</translation>
    </message>
    <message>
        <source>Normal interval from the variance of the restricted means.</source>
        <translation>Intervalle normal à partir de la variance des moyennes restreintes.</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Two-proportion z test (pooled).</source>
        <translation>Test z de comparaison de deux proportions (regroupé).</translation>
    </message>
    <message>
        <source>Newcombe (Wilson score) interval of the difference.</source>
        <translation>Intervalle de Newcombe (score de Wilson) de l&apos;écart.</translation>
    </message>
    <message>
        <source>Rates per customer-month or customer-year</source>
        <translation>Taux par mois-client ou année-client</translation>
    </message>
    <message>
        <source>Poisson rate difference (Wald z test), with the exposure of each customer from signup to churn or the as-of date.</source>
        <translation>Écart de taux de Poisson (test z de Wald), avec l&apos;exposition de chaque client de l’inscription à la résiliation ou à la date d&apos;arrêté.</translation>
    </message>
    <message>
        <source>Wald interval of the difference; log-Wald interval of the rate ratio.</source>
        <translation>Intervalle de Wald de l&apos;écart&#xa0;; intervalle log-Wald du rapport des taux.</translation>
    </message>
    <message>
        <source>Averages per customer, order or contact</source>
        <translation>Moyennes par client, commande ou contact</translation>
    </message>
    <message>
        <source>Welch t test (unequal variances).</source>
        <translation>Test t de Welch (variances inégales).</translation>
    </message>
    <message>
        <source>Welch interval of the difference of the means.</source>
        <translation>Intervalle de Welch de l&apos;écart des moyennes.</translation>
    </message>
    <message>
        <source>Promoters (9–10) minus detractors (0–6); z test with the multinomial variance of the two shares.</source>
        <translation>Promoteurs (9–10) moins détracteurs (0–6)&#xa0;; test z avec la variance multinomiale des deux parts.</translation>
    </message>
    <message>
        <source>Normal interval of the difference of the scores.</source>
        <translation>Intervalle normal de l&apos;écart des scores.</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>Coût du support</translation>
    </message>
    <message>
        <source>Total cost over customer-months, its variance that of a compound Poisson sum; z test.</source>
        <translation>Coût total rapporté aux mois-clients, de variance celle d&apos;une somme de Poisson composée&#xa0;; test z.</translation>
    </message>
    <message>
        <source>Normal interval of the difference.</source>
        <translation>Intervalle normal de l&apos;écart.</translation>
    </message>
    <message>
        <source>Counts, sums and entered figures</source>
        <translation>Effectifs, sommes et chiffres saisis</translation>
    </message>
    <message>
        <source>None: these figures describe the data.</source>
        <translation>Aucun&#xa0;: ces chiffres décrivent les données.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Rates are per customer-month: each customer counts from signup to churn or the as-of date (a month is 30.4375 days). Every interval is a 95% interval; a difference is social minus control and the lift is the difference divided by the control value.</source>
        <translation>Les taux sont exprimés par mois-client&#xa0;: chaque client compte de son inscription à sa résiliation ou à la date d&apos;arrêté (un mois vaut 30,4375 jours). Tous les intervalles sont à 95&#xa0;%&#xa0;; un écart se lit social moins témoin et l&apos;écart relatif est l&apos;écart divisé par la valeur témoin.</translation>
    </message>
    <message>
        <source>A row carries a warning when a cohort has fewer than 30 customers, an expected count is under 5, fewer than 5 customers are still observed at a survival time, or the interval of the difference includes zero. Numbers that cannot be estimated are shown as “%1”.</source>
        <translation>Une ligne porte un avertissement quand une cohorte compte moins de 30 clients, qu&apos;un effectif attendu est inférieur à 5, que moins de 5 clients sont encore observés à une durée de survie, ou que l&apos;intervalle de l&apos;écart contient zéro. Les nombres qui ne peuvent pas être estimés s&apos;affichent comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>segment, tenure and monthly revenue</source>
        <translation>segment, ancienneté et chiffre d’affaires mensuel</translation>
    </message>
    <message>
        <source>segment, tenure, monthly revenue and %1</source>
        <translation>segment, ancienneté, chiffre d’affaires mensuel et %1</translation>
    </message>
    <message>
        <source>Retention is estimated, not compared: each customer who dealt with the social care team is followed from their first contact with it, on or after the programme launch, against customers who were still customers that same day, had not dealt with the team yet and resembled them in %1. There is one comparison per calendar month; in each, the similar customers are weighted to the social customers&apos; mix and stop counting once they reach the team themselves. The estimate is the effect on the customers the team dealt with; its intervals use a variance clustered on the customer, because a customer can be compared in several months.</source>
        <translation>La fidélisation est estimée, pas seulement comparée : chaque client passé par l’équipe des médias sociaux est suivi depuis son premier contact avec elle, à partir du lancement du programme, face à des clients encore clients ce même jour, pas encore passés par l’équipe et qui lui ressemblaient par : %1. Il y a une comparaison par mois civil ; dans chacune, les clients semblables sont pondérés selon la composition des clients des médias sociaux et cessent de compter dès qu’ils contactent eux-mêmes l’équipe. L’estimation est l’effet sur les clients dont l’équipe s’est occupée ; ses intervalles utilisent une variance regroupée par client, car un client peut être comparé plusieurs mois.</translation>
    </message>
    <message>
        <source>Balance: the largest standardized difference between the two sides is %1 before weighting and %2 after; above 0.1 a difference is flagged on the rows it affects.</source>
        <translation>Équilibre : le plus grand écart standardisé entre les deux côtés est de %1 avant pondération et de %2 après ; au-delà de 0,1, un écart est signalé sur les lignes concernées.</translation>
    </message>
    <message>
        <source>How wrong could it still be: to explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay (the E-value; %2 for the interval&apos;s limit nearest to no effect).</source>
        <translation>Quelle marge d’erreur reste-t-il : pour expliquer entièrement l’effet sur la fidélisation à 12 mois, un facteur non comparé ici devrait rendre les clients %1 fois plus enclins à utiliser le service client des médias sociaux et %1 fois plus enclins à rester (la E-value ; %2 pour la borne de l’intervalle la plus proche de l’absence d’effet).</translation>
    </message>
    <message>
        <source>Weighted Kaplan–Meier estimate from the first social contact, against similar customers still with us that day, weighted to the social customers&apos; mix; z test of the difference.</source>
        <translation>Estimation de Kaplan–Meier pondérée depuis le premier contact sur les médias sociaux, face à des clients semblables encore chez nous ce jour-là, pondérés selon la composition des clients des médias sociaux ; test z de la différence.</translation>
    </message>
    <message>
        <source>Difference: normal interval from the robust variance clustered on the customer. Each side&apos;s curve: log-log band.</source>
        <translation>Différence : intervalle normal issu de la variance robuste regroupée par client. Courbe de chaque côté : bande log-log.</translation>
    </message>
    <message>
        <source>Normal interval from the robust variance clustered on the customer.</source>
        <translation>Intervalle normal issu de la variance robuste regroupée par client.</translation>
    </message>
    <message>
        <source>The social cohort is every customer who dealt with the social care team; the control cohort is everyone else. Both are limited by the same filters and followed up to the as-of date, %1: customers who signed up later are left out, and a customer still active on that date counts as kept so far (censored). This is the naive comparison, from signup: customers choose social customer care and can only reach it while they are still customers, so its differences are not effects of the social care team.</source>
        <translation>La cohorte des médias sociaux regroupe tous les clients passés par l’équipe des médias sociaux ; la cohorte témoin, tous les autres. Les deux sont limitées par les mêmes filtres et suivies jusqu’à la date d’arrêté, %1 : les clients inscrits plus tard sont écartés, et un client encore actif à cette date compte comme conservé jusque-là (censuré). C’est la comparaison naïve, depuis l’inscription : les clients choisissent le service social et ne peuvent l’atteindre que tant qu’ils sont clients, donc ses écarts ne sont pas des effets de l’équipe des médias sociaux.</translation>
    </message>
    <message>
        <source>The ROI counts every money value and the programme cost over one window, from %1 to %2: retention (the revenue the social care team kept inside the window), operational cost, complaints turned into raves, cross-sells and process innovations. Saves are part of retention&apos;s value and self-service of operational cost&apos;s, so neither is added twice; return on relationship describes customers and adds no money of its own.</source>
        <translation>Le ROI compte chaque valeur monétaire et le coût du programme sur une même période, du %1 au %2 : la fidélisation (le chiffre d’affaires que l’équipe des médias sociaux a conservé dans la période), le coût opérationnel, les plaintes transformées en éloges, les ventes croisées et les innovations de processus. Les clients retenus font partie de la valeur de la fidélisation et le libre-service de celle du coût opérationnel : aucun n’est ajouté deux fois ; le retour sur la relation décrit les clients et n’ajoute pas d’argent.</translation>
    </message>
    <message>
        <source>Revenue-based values are multiplied by the contribution margin, %1: the money is profit.</source>
        <translation>Les valeurs fondées sur le chiffre d’affaires sont multipliées par la marge sur coûts variables, %1 : les montants sont du bénéfice.</translation>
    </message>
    <message>
        <source>No contribution margin is set: revenue-based values are revenue, not profit.</source>
        <translation>Aucune marge sur coûts variables n’est saisie : les valeurs fondées sur le chiffre d’affaires sont du chiffre d’affaires, pas du bénéfice.</translation>
    </message>
    <message>
        <source>The interval of the total value comes from one method applied to the whole sum: each customer&apos;s effect on every component at once (the linear term of a customer-level bootstrap, checked against a real bootstrap), not the components&apos; intervals added up. Process innovations are figures entered by hand and carry no uncertainty.</source>
        <translation>L’intervalle de la valeur totale vient d’une seule méthode appliquée à toute la somme : l’effet de chaque client sur toutes les composantes à la fois (le terme linéaire d’un bootstrap par client, vérifié contre un vrai bootstrap), et non l’addition des intervalles des composantes. Les innovations de processus sont des chiffres saisis à la main, sans incertitude.</translation>
    </message>
    <message>
        <source>Contacts, support cost, self-service sessions, mentions and cross-sell revenue are estimated the same way, per customer-month (handle time per contact, resolution and the mentions&apos; tone per contact or mention), over the same follow-up on both sides: at most the horizon, ending when the customer leaves, at the as-of date, or, for a similar customer, when they reach the team. Their money is the estimated difference times the months the social customers spent inside the ROI window after their first contact.</source>
        <translation>Les contacts, le coût du support, les sessions en libre-service, les mentions et le chiffre d’affaires des ventes croisées sont estimés de la même façon, par client-mois (durée de traitement par contact, résolution et ton des mentions par contact ou par mention), sur le même suivi des deux côtés : au plus l’horizon, jusqu’au départ du client, jusqu’à la date d’arrêté ou, pour un client semblable, jusqu’à ce qu’il contacte lui-même l’équipe. Leur valeur est l’écart estimé multiplié par les mois que les clients des médias sociaux ont passés dans la fenêtre du ROI après leur premier contact.</translation>
    </message>
    <message>
        <source>The estimate assumes that, among customers alike in those respects, who reaches the social care team in a given month has nothing to do with how long they would otherwise stay or how they would otherwise use the service. Recommendation scores carry no date, and saves and the share that ever used self-service or bought a cross-sell depend on how long a customer was watched: those rows still compare everyone ever in touch with the team against everyone else, from signup, and say so.</source>
        <translation>L’estimation suppose que, parmi des clients semblables sur ces points, le fait de contacter l’équipe des médias sociaux un mois donné n’a rien à voir avec la durée pendant laquelle ils resteraient sinon, ni avec la façon dont ils utiliseraient sinon le service. Les notes de recommandation ne sont pas datées, et les sauvetages ainsi que la part ayant déjà utilisé le libre-service ou acheté une vente croisée dépendent de la durée d’observation d’un client : ces lignes comparent encore tous les clients passés par l’équipe à tous les autres, depuis l’inscription, et le disent.</translation>
    </message>
    <message>
        <source>Social customers compared: %1; similar customers: %2 (worth %3 after weighting); left out: %4 with no similar customer and %5 flagged social without a date.</source>
        <translation>Clients des médias sociaux comparés : %1 ; clients semblables : %2 (valant %3 après pondération) ; écartés : %4 faute de client semblable et %5 marqués médias sociaux sans date.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>The project file to read (.socialroi).</source>
        <translation>Le fichier de projet à lire (.socialroi).</translation>
    </message>
    <message>
        <source>Only customers of this segment, or NAME=VALUE for an extra attribute.</source>
        <translation>Uniquement les clients de ce segment, ou NOM=VALEUR pour un attribut supplémentaire.</translation>
    </message>
    <message>
        <source>Only customers who signed up on or after DATE (YYYY-MM-DD).</source>
        <translation>Uniquement les clients inscrits le DATE (AAAA-MM-JJ) ou après.</translation>
    </message>
    <message>
        <source>Only customers who signed up on or before DATE (YYYY-MM-DD).</source>
        <translation>Uniquement les clients inscrits le DATE (AAAA-MM-JJ) ou avant.</translation>
    </message>
    <message>
        <source>Compute as of DATE (YYYY-MM-DD) instead of the project&apos;s as-of date.</source>
        <translation>Calculer à la date DATE (AAAA-MM-JJ) au lieu de la date d&apos;arrêté du projet.</translation>
    </message>
    <message>
        <source>Numbers, dates and money in this language: en, fr, de, pl or hi.</source>
        <translation>Nombres, dates et montants dans cette langue&#xa0;: en, fr, de, pl ou hi.</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 doit être une date au format AAAA-MM-JJ, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: no signup date can match.</source>
        <translation>--from %1 est postérieur à --to %2&#xa0;: aucune date d’inscription ne peut correspondre.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>--lang doit être l&apos;un de %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to read.</source>
        <translation>-p PROJET manquant&#xa0;: le projet à lire.</translation>
    </message>
    <message>
        <source>Missing -o FILE: where to write.</source>
        <translation>-o FICHIER manquant&#xa0;: où écrire.</translation>
    </message>
    <message>
        <source>-o %1 is the project itself; choose another output file.</source>
        <translation>-o %1 est le projet lui-même&#xa0;; choisissez un autre fichier de sortie.</translation>
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
        <translation>Comment la valeur se construit</translation>
    </message>
    <message>
        <source>How the net value depends on the assumptions</source>
        <translation>Comment la valeur nette dépend des hypothèses</translation>
    </message>
    <message>
        <source>How the ROI depends on the assumptions</source>
        <translation>Comment le ROI dépend des hypothèses</translation>
    </message>
    <message numerus="yes">
        <source>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of the customers.</source>
        <translation>
            <numerusform>L’intervalle de la valeur et du ROI : un bootstrap de tout le calcul, %n rééchantillonnage des clients.</numerusform>
            <numerusform>L’intervalle de la valeur et du ROI : un bootstrap de tout le calcul, %n rééchantillonnages des clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interval of the value and of the ROI: its linear approximation, found at once.</source>
        <translation>L’intervalle de la valeur et du ROI : son approximation linéaire, obtenue aussitôt.</translation>
    </message>
    <message numerus="yes">
        <source>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of %1 of the %2 customers each, rescaled to all of them.</source>
        <translation>
            <numerusform>L’intervalle de la valeur et du ROI : un bootstrap de tout le calcul, %n rééchantillonnage de %1 des %2 clients, remis à l&apos;échelle de tous.</numerusform>
            <numerusform>L’intervalle de la valeur et du ROI : un bootstrap de tout le calcul, %n rééchantillonnages de %1 des %2 clients chacun, remis à l&apos;échelle de tous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extra saves among the %n social customers at risk are worth about %1 over their remaining lifetime (between %2 and %3).</source>
        <translation>
            <numerusform>Les clients sauvés en plus parmi le %n client des médias sociaux à risque valent environ %1 sur leur durée de vie restante (entre %2 et %3).</numerusform>
            <numerusform>Les clients sauvés en plus parmi les %n clients des médias sociaux à risque valent environ %1 sur leur durée de vie restante (entre %2 et %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extra saves among the %n social customers at risk are worth about %1 over the horizon (between %2 and %3).</source>
        <translation>
            <numerusform>Les clients sauvés en plus parmi le %n client des médias sociaux à risque valent environ %1 sur l&apos;horizon (entre %2 et %3).</numerusform>
            <numerusform>Les clients sauvés en plus parmi les %n clients des médias sociaux à risque valent environ %1 sur l&apos;horizon (entre %2 et %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown inside retention, not added to the ROI again.</source>
        <translation>Inclus dans la fidélisation, pas ajouté une seconde fois au ROI.</translation>
    </message>
    <message>
        <source>Not added to the ROI: retention already counts what kept customers bring within the ROI window.</source>
        <translation>Non ajouté au ROI : la fidélisation compte déjà ce que les clients gardés rapportent pendant la période d&apos;analyse.</translation>
    </message>
    <message numerus="yes">
        <source>Checking it with a bootstrap of the whole calculation: %1 of %Ln resample(s).</source>
        <translation>
            <numerusform>Vérification par un bootstrap de tout le calcul : %1 rééchantillonnage sur %Ln.</numerusform>
            <numerusform>Vérification par un bootstrap de tout le calcul : %1 rééchantillonnages sur %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoiTable</name>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Valeur totale</translation>
    </message>
    <message>
        <source>Programme cost</source>
        <translation>Coût du programme</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Valeur nette</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Retour sur investissement</translation>
    </message>
    <message numerus="yes">
        <source>The programme cost per month times the horizon of %n month(s)</source>
        <translation>
            <numerusform>Le coût mensuel du programme multiplié par l&apos;horizon de %n mois</numerusform>
            <numerusform>Le coût mensuel du programme multiplié par l&apos;horizon de %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>(value − cost) / cost</source>
        <translation>(valeur − coût) / coût</translation>
    </message>
</context>
<context>
    <name>RoiWording</name>
    <message>
        <source>The money is profit, at a contribution margin of %1.</source>
        <translation>Les montants sont du bénéfice, à une marge sur coûts variables de %1.</translation>
    </message>
    <message>
        <source>The money is revenue, not profit: set the contribution margin in the assumptions to count profit.</source>
        <translation>Les montants sont du chiffre d’affaires, pas du bénéfice : saisissez la marge sur coûts variables dans les hypothèses pour compter le bénéfice.</translation>
    </message>
    <message>
        <source>Process innovations add %1 from figures entered by hand, with no estimate of uncertainty.</source>
        <translation>Les améliorations de processus ajoutent %1 à partir de chiffres saisis à la main, sans estimation d’incertitude.</translation>
    </message>
    <message>
        <source>No programme cost is set, so there is no return to compute; the value of social customer care from %1 to %2 is %3.</source>
        <translation>Aucun coût de programme n’est saisi : il n’y a pas de rendement à calculer ; la valeur du service client des médias sociaux du %1 au %2 est de %3.</translation>
    </message>
    <message>
        <source>From %1 to %2, every %3 spent on social customer care returned an estimated %4 (between %5 and %6), compared with similar customers who were still with us on the same day.</source>
        <translation>Du %1 au %2, chaque %3 consacré au service client des médias sociaux a rapporté environ %4 selon l’estimation (entre %5 et %6), par comparaison avec des clients semblables encore chez nous le même jour.</translation>
    </message>
    <message>
        <source>From %1 to %2, every %3 spent on social customer care went with %4 (between %5 and %6) in a naive comparison of everyone ever in touch with the social care team against everyone else: not an estimate of what the team caused.</source>
        <translation>Du %1 au %2, chaque %3 consacré au service client des médias sociaux s’accompagne de %4 (entre %5 et %6) dans une comparaison naïve de tous les clients passés par l’équipe des médias sociaux avec tous les autres : ce n’est pas une estimation de l’effet de l’équipe.</translation>
    </message>
    <message>
        <source>The promoters&apos; value compares the cohorts from signup: recommendation scores carry no date, so it is not estimated from the first social contact.</source>
        <translation>La valeur des promoteurs compare les cohortes depuis l’inscription : les notes de recommandation ne sont pas datées, elle n’est donc pas estimée à partir du premier contact sur les médias sociaux.</translation>
    </message>
    <message>
        <source>This selection holds %1 of the social customers, so it is charged %1 of the programme&apos;s cost and of the figures entered for the whole project.</source>
        <translation>Cette sélection compte %1 des clients des médias sociaux : elle se voit donc imputer %1 du coût du programme et des chiffres saisis pour tout le projet.</translation>
    </message>
    <message>
        <source>No verdict yet: no customer in this selection has a first contact with the social care team on or after the programme launch, with similar customers to compare with. Import the contacts with their channel (social), or the customers&apos; first social date, to estimate what the team caused.</source>
        <translation>Pas encore de verdict : aucun client de cette sélection n’a de premier contact avec l’équipe des médias sociaux à partir du lancement du programme, avec des clients semblables auxquels le comparer. Importez les contacts avec leur canal (social), ou la date du premier contact sur les médias sociaux des clients, pour estimer ce que l’équipe a produit.</translation>
    </message>
    <message>
        <source>No verdict yet: no customer in this selection is marked as having dealt with the social care team. Import the contacts with their channel (social), or the customers&apos; social flag, to compare them.</source>
        <translation>Pas encore de verdict : aucun client de cette sélection n’est marqué comme étant passé par l’équipe des médias sociaux. Importez les contacts avec leur canal (social), ou l’indicateur social des clients, pour les comparer.</translation>
    </message>
    <message>
        <source>Lifetime value here is the profit a customer is expected to bring from the as-of date on, in today&apos;s money: a contribution margin of %1 on the subscription revenue of the months the sBG model expects them to stay and on the orders BG/NBD and Gamma-Gamma expect, discounted at %2 a year. Each cohort&apos;s interval shows how uncertain the fitted models are.</source>
        <translation>La valeur client à vie est ici le bénéfice qu&apos;un client devrait apporter à partir de la date d&apos;analyse, en valeur actuelle : une marge sur coûts variables de %1 sur le chiffre d&apos;affaires d&apos;abonnement des mois pendant lesquels le modèle sBG prévoit qu&apos;il reste, et sur les commandes prévues par BG/NBD et Gamma-Gamma, actualisé à %2 par an. L’intervalle de chaque cohorte montre l&apos;incertitude des modèles ajustés.</translation>
    </message>
    <message>
        <source>Lifetime value here is the revenue, not profit (no contribution margin is set), a customer is expected to bring from the as-of date on, in today&apos;s money: the subscription revenue of the months the sBG model expects them to stay and the orders BG/NBD and Gamma-Gamma expect, discounted at %1 a year. Each cohort&apos;s interval shows how uncertain the fitted models are.</source>
        <translation>La valeur client à vie est ici le chiffre d&apos;affaires, et non le bénéfice (aucune marge sur coûts variables n&apos;est définie), qu&apos;un client devrait apporter à partir de la date d&apos;analyse, en valeur actuelle : le chiffre d&apos;affaires d&apos;abonnement des mois pendant lesquels le modèle sBG prévoit qu&apos;il reste et les commandes prévues par BG/NBD et Gamma-Gamma, actualisé à %1 par an. L’intervalle de chaque cohorte montre l&apos;incertitude des modèles ajustés.</translation>
    </message>
    <message numerus="yes">
        <source>Expected orders are counted over the horizon of %n month(s).</source>
        <translation>
            <numerusform>Les commandes attendues sont comptées sur l&apos;horizon de %n mois.</numerusform>
            <numerusform>Les commandes attendues sont comptées sur l&apos;horizon de %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>No verdict yet: %1</source>
        <translation>Pas encore de verdict : %1</translation>
    </message>
    <message>
        <source>No verdict yet: no benefit of social customer care could be measured from the data imported so far, so there is no ROI to show.</source>
        <translation>Pas encore de verdict : aucun bénéfice du service client sur les réseaux sociaux n&apos;a pu être mesuré avec les données importées jusqu&apos;ici, il n&apos;y a donc pas de ROI à afficher.</translation>
    </message>
    <message>
        <source>Left out of the value:</source>
        <translation>Non compté dans la valeur :</translation>
    </message>
    <message>
        <source>This selection holds %1 of all customers, so it is charged %1 of the programme&apos;s cost and of the figures entered for the whole project (the rule chosen in the assumptions).</source>
        <translation>Cette sélection compte %1 de tous les clients : elle se voit donc imputer %1 du coût du programme et des chiffres saisis pour tout le projet (la règle choisie dans les hypothèses).</translation>
    </message>
    <message>
        <source>This selection is charged the programme&apos;s whole cost and the whole of the figures entered for the project (the rule chosen in the assumptions): the selections of a partition do not add up to the whole.</source>
        <translation>Cette sélection se voit imputer tout le coût du programme et la totalité des chiffres saisis pour le projet (la règle choisie dans les hypothèses) : les sélections d’une partition ne s’additionnent pas pour donner le total.</translation>
    </message>
    <message>
        <source>On its own this estimate comes to %1, but %2 as a whole did not move that way: none of it is counted inside.</source>
        <translation>À elle seule, cette estimation atteint %1, mais %2 dans son ensemble n’a pas évolué dans ce sens : rien n’en est compté à l’intérieur.</translation>
    </message>
    <message>
        <source>On its own this estimate comes to %1, more than %2 as a whole (%3), whose other parts move the other way: only %3 is counted inside it.</source>
        <translation>À elle seule, cette estimation atteint %1, plus que %2 dans son ensemble (%3), dont les autres parties vont en sens inverse : seuls %3 y sont comptés.</translation>
    </message>
</context>
<context>
    <name>RowDerivation</name>
    <message>
        <source>signup_date is the snapshot date %1 minus &quot;%2&quot; in whole calendar months.</source>
        <translation>signup_date est la date d&apos;instantané %1 moins « %2 » en mois civils entiers.</translation>
    </message>
    <message>
        <source>signup_date is the snapshot date %1 minus &quot;%2&quot; in days.</source>
        <translation>signup_date est la date d&apos;instantané %1 moins « %2 » en jours.</translation>
    </message>
    <message>
        <source>churn_date is the snapshot date %1 where &quot;%2&quot; says the customer left (they left during the last period before the snapshot), and empty elsewhere.</source>
        <translation>churn_date est la date d&apos;instantané %1 là où « %2 » indique que le client est parti (il est parti pendant la dernière période avant l&apos;instantané), et vide ailleurs.</translation>
    </message>
    <message>
        <source>amount is &quot;%1&quot; × &quot;%2&quot;.</source>
        <translation>amount vaut « %1 » × « %2 ».</translation>
    </message>
    <message>
        <source>empty, but signup_date is derived from it and is required</source>
        <translation>vide, alors que signup_date en est déduite et est obligatoire</translation>
    </message>
    <message>
        <source>negative: a tenure counts back from the snapshot date</source>
        <translation>négatif : une ancienneté se compte en remontant depuis la date d&apos;instantané</translation>
    </message>
    <message>
        <source>too long: the signup date would fall more than a thousand years before the snapshot date</source>
        <translation>trop long : la date d&apos;inscription tomberait plus de mille ans avant la date d&apos;instantané</translation>
    </message>
    <message>
        <source>empty, but the order&apos;s amount is computed from it and is required</source>
        <translation>vide, alors que le montant de la commande en est calculé et est obligatoire</translation>
    </message>
    <message>
        <source>quantity × unit price is too large</source>
        <translation>quantité × prix unitaire est trop grand</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is counted as of the day the extract was taken: give that snapshot date (--snapshot YYYY-MM-DD on the command line, &quot;A snapshot extract, taken on&quot; in the import wizard).</source>
        <translation>La colonne « %1 » (%2) se compte au jour de l&apos;extraction : indiquez cette date d&apos;instantané (--snapshot AAAA-MM-JJ en ligne de commande, « Un instantané, extrait le » dans l&apos;assistant d&apos;import).</translation>
    </message>
    <message>
        <source>Lines with the same order_id are one order: amounts summed, cross-sell if any line is, products listed. Lines with a negative amount are cancellations, netted against their order.</source>
        <translation>Les lignes de même order_id forment une commande : montants additionnés, vente croisée si une ligne l&apos;est, produits listés. Les lignes de montant négatif sont des annulations, déduites de leur commande.</translation>
    </message>
    <message>
        <source>Lines with the same order_id are one order: amounts summed, cross-sell if any line is, products listed. Lines with a negative amount or an order_id starting with &quot;%1&quot; are cancellations, netted against their order when the file has it, else kept as negative orders.</source>
        <translation>Les lignes de même order_id forment une commande : montants additionnés, vente croisée si une ligne l&apos;est, produits listés. Les lignes de montant négatif ou dont l&apos;order_id commence par « %1 » sont des annulations, déduites de leur commande quand le fichier la contient, sinon gardées comme commandes négatives.</translation>
    </message>
    <message>
        <source>Customers the project does not have are created, marked implied, signed up on their first event in this file.</source>
        <translation>Les clients absents du projet sont créés, marqués comme déduits, inscrits à leur premier événement dans ce fichier.</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>column &quot;%1&quot; (%2): %3</source>
        <translation>colonne «&#xa0;%1&#xa0;» (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): %3: &quot;%4&quot;</source>
        <translation>colonne «&#xa0;%1&#xa0;» (%2)&#xa0;: %3&#xa0;: «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>empty, but the field is required</source>
        <translation>vide, mais le champ est obligatoire</translation>
    </message>
    <message>
        <source>not between %1 and %2</source>
        <translation>pas entre %1 et %2</translation>
    </message>
    <message>
        <source>not a %1 (use one of %2)</source>
        <translation>valeur de %1 non valide (utilisez l&apos;une de&#xa0;: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): unknown customer &quot;%3&quot;: the project has no customer with this id; import the customers first</source>
        <translation>colonne «&#xa0;%1&#xa0;» (%2)&#xa0;: client inconnu «&#xa0;%3&#xa0;»&#xa0;: le projet n&apos;a aucun client avec cet identifiant&#xa0;; importez d&apos;abord les clients</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): the value is %3 characters long, more than the %4 a cell may hold; only its first %5 characters are kept here</source>
        <translation>colonne « %1 » (%2) : la valeur fait %3 caractères, plus que les %4 qu’une cellule peut contenir ; seuls ses %5 premiers caractères sont conservés ici</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: the value is %2 characters long, more than the %3 a cell may hold; only its first %4 characters are kept here</source>
        <translation>colonne « %1 » : la valeur fait %2 caractères, plus que les %3 qu’une cellule peut contenir ; seuls ses %4 premiers caractères sont conservés ici</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): customers the project does not have; import the customers first, or let the import create them</source>
        <translation>colonne « %1 » (%2) : clients absents du projet ; importez d&apos;abord les clients, ou laissez l&apos;import les créer</translation>
    </message>
    <message>
        <source>Fill in the value in the file, or choose another column for this field on the mapping page.</source>
        <translation>Renseignez la valeur dans le fichier, ou choisissez une autre colonne pour ce champ sur la page de mappage.</translation>
    </message>
    <message>
        <source>Check the order of day and month chosen for this column, or correct these dates in the file.</source>
        <translation>Vérifiez l&apos;ordre du jour et du mois choisi pour cette colonne, ou corrigez ces dates dans le fichier.</translation>
    </message>
    <message>
        <source>Check the decimal separator chosen for this column, and remove units or words from the values.</source>
        <translation>Vérifiez le séparateur décimal choisi pour cette colonne, et retirez unités ou mots des valeurs.</translation>
    </message>
    <message>
        <source>Write yes or no (or true/false, 1/0) in this column.</source>
        <translation>Écrivez oui ou non (ou true/false, 1/0) dans cette colonne.</translation>
    </message>
    <message>
        <source>Use one of the words listed, or keep the column as an extra attribute on the mapping page.</source>
        <translation>Utilisez l&apos;un des mots indiqués, ou conservez la colonne comme attribut supplémentaire sur la page de mappage.</translation>
    </message>
    <message>
        <source>The file page shows the delimiter and quote that were detected: choose the right ones, or fix the quotes on these lines in the file.</source>
        <translation>La page Fichier montre le séparateur et le guillemet détectés : choisissez les bons, ou corrigez les guillemets de ces lignes dans le fichier.</translation>
    </message>
    <message>
        <source>Import the customers file first, or tick “Create missing customers” on the mapping page (the import then creates them, signed up on their first event).</source>
        <translation>Importez d&apos;abord le fichier des clients, ou cochez « Créer les clients absents » sur la page de mappage (l&apos;importation les crée alors, inscrits à leur premier événement).</translation>
    </message>
    <message>
        <source>This field takes whole numbers from %1 to %2: correct the values in the file.</source>
        <translation>Ce champ prend des nombres entiers de %1 à %2 : corrigez les valeurs dans le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>the row has %1 values but the file has %n column(s); check the delimiter and the quotes on this line</source>
        <translation>
            <numerusform>la ligne a %1 valeurs mais le fichier a %n colonne&#xa0;; vérifiez le séparateur et les guillemets sur cette ligne</numerusform>
            <numerusform>la ligne a %1 valeurs mais le fichier a %n colonnes&#xa0;; vérifiez le séparateur et les guillemets sur cette ligne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedMappings</name>
    <message>
        <source>%1: cannot read the saved mappings (%2).</source>
        <translation>%1&#xa0;: impossible de lire les correspondances enregistrées (%2).</translation>
    </message>
</context>
<context>
    <name>SchemaAudit</name>
    <message>
        <source>trigger %1</source>
        <translation>déclencheur %1</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>vue %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>index « %1 »</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table « %1 »</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>This project contains objects this program did not create: %1.</source>
        <translation>Ce projet contient des objets que ce programme n’a pas créés : %1.</translation>
    </message>
    <message>
        <source>The project is open read-only: it contains triggers this program did not create (%1), which would run on every change it makes. Remove them with a SQLite tool to import data or change the assumptions again.</source>
        <translation>Le projet est ouvert en lecture seule : il contient des déclencheurs que ce programme n’a pas créés (%1), qui s’exécuteraient à chaque modification qu’il fait. Supprimez-les avec un outil SQLite pour pouvoir de nouveau importer des données ou modifier les hypothèses.</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Writes one row per customer with the fitted models&apos; forecasts: P(alive), expected orders over the horizon, expected spend per order, discounted expected residual lifetime and lifetime value, for a retention campaign.</source>
        <translation>Écrit une ligne par client avec les prévisions des modèles ajustés : P(actif), commandes attendues sur l&apos;horizon, montant attendu par commande, durée de vie restante attendue actualisée et valeur client à vie, pour une campagne de fidélisation.</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx (required).</source>
        <translation>Le fichier à écrire : .csv ou .xlsx (obligatoire).</translation>
    </message>
    <message>
        <source>Score as of DATE (YYYY-MM-DD) instead of the project&apos;s as-of date.</source>
        <translation>Évaluer à la DATE (AAAA-MM-JJ) au lieu de la date d&apos;arrêté du projet.</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to score.</source>
        <translation>-p PROJET manquant : le projet à évaluer.</translation>
    </message>
    <message>
        <source>Missing -o FILE: the .csv or .xlsx file to write.</source>
        <translation>-o FICHIER manquant : le fichier .csv ou .xlsx à écrire.</translation>
    </message>
    <message>
        <source>-o %1 must end in .csv or .xlsx.</source>
        <translation>-o %1 doit se terminer par .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--as-of doit être une date écrite AAAA-MM-JJ, pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>ScoresFile</name>
    <message>
        <source>%1 must end in .csv or .xlsx.</source>
        <translation>%1 doit se terminer par .csv ou .xlsx.</translation>
    </message>
</context>
<context>
    <name>SegmentChoices</name>
    <message>
        <source>%1: cannot read it (%2).</source>
        <translation>%1&#xa0;: lecture impossible (%2).</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <source>Computing how the ROI depends on the assumptions…</source>
        <translation>Calcul de la dépendance du ROI aux hypothèses…</translation>
    </message>
    <message>
        <source>No programme cost is set: each bar shows the net value with one assumption %1 lower and %1 higher than set, the others as they are.</source>
        <translation>Aucun coût de programme n’est saisi : chaque barre montre la valeur nette avec une hypothèse %1 plus basse et %1 plus haute que saisie, les autres inchangées.</translation>
    </message>
    <message>
        <source>Each bar shows the ROI with one assumption %1 lower and %1 higher than set, the others as they are; the longest bars are the assumptions to check first.</source>
        <translation>Chaque barre montre le ROI avec une hypothèse %1 plus basse et %1 plus haute que saisie, les autres inchangées ; les barres les plus longues désignent les hypothèses à vérifier en premier.</translation>
    </message>
    <message>
        <source>No effect on the money: %1.</source>
        <translation>Sans effet sur les montants : %1.</translation>
    </message>
    <message>
        <source>Net value (%1)</source>
        <translation>Valeur nette (%1)</translation>
    </message>
    <message>
        <source>Assumption %1 higher</source>
        <translation>Hypothèse %1 plus haute</translation>
    </message>
    <message>
        <source>Assumption %1 lower</source>
        <translation>Hypothèse %1 plus basse</translation>
    </message>
    <message>
        <source>Tried: %1 instead of %2</source>
        <translation>Essayé : %1 au lieu de %2</translation>
    </message>
    <message>
        <source>ROI: %1 instead of %2</source>
        <translation>ROI : %1 au lieu de %2</translation>
    </message>
    <message>
        <source>Net value: %1 instead of %2</source>
        <translation>Valeur nette : %1 au lieu de %2</translation>
    </message>
    <message>
        <source>ROI as set: %1</source>
        <translation>ROI tel que saisi : %1</translation>
    </message>
    <message>
        <source>Net value as set: %1</source>
        <translation>Valeur nette telle que saisie : %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SourceError</name>
    <message>
        <source>The file does not exist. Check the folder and the file name.</source>
        <translation>Le fichier n&apos;existe pas. Vérifiez le dossier et le nom du fichier.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it and that no other program holds it.</source>
        <translation>Le fichier ne peut pas être ouvert (%1). Vérifiez que vous avez le droit de le lire et qu&apos;aucun autre programme ne le bloque.</translation>
    </message>
    <message>
        <source>The file is empty: it holds neither column names nor rows. Check that you chose the right file and that it was saved completely.</source>
        <translation>Le fichier est vide&#xa0;: il ne contient ni noms de colonnes ni lignes. Vérifiez que vous avez choisi le bon fichier et qu&apos;il a été enregistré entièrement.</translation>
    </message>
    <message>
        <source>The file could not be read to the end (%1). Check the disk or network drive and try again.</source>
        <translation>Le fichier n&apos;a pas pu être lu jusqu&apos;au bout (%1). Vérifiez le disque ou le lecteur réseau et réessayez.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here. Choose the file&apos;s encoding when importing (often Windows-1252 for files saved by older Excel versions), or save it again as UTF-8.</source>
        <translation>Le fichier n&apos;est pas du texte %1 valide à cet endroit. Choisissez l&apos;encodage du fichier à l&apos;importation (souvent Windows-1252 pour les fichiers enregistrés par d&apos;anciennes versions d&apos;Excel), ou enregistrez-le à nouveau en UTF-8.</translation>
    </message>
    <message>
        <source>A quoted value that starts on this line is never closed: the file ends inside it. Check this line for a missing closing %1, or a %1 inside a value that should be doubled (%1%1).</source>
        <translation>Une valeur entre guillemets qui commence sur cette ligne n&apos;est jamais fermée&#xa0;: le fichier se termine à l&apos;intérieur. Cherchez sur cette ligne un %1 fermant manquant, ou un %1 dans une valeur qui devrait être doublé (%1%1).</translation>
    </message>
    <message>
        <source>The file has no part “%1”: it is damaged or not an Excel workbook.</source>
        <translation>Le fichier n&apos;a pas de partie «&#xa0;%1&#xa0;»&#xa0;: il est endommagé ou ce n&apos;est pas un classeur Excel.</translation>
    </message>
    <message>
        <source>The zip directory entry of “%1” cannot be read: the file is damaged. Save it again from Excel.</source>
        <translation>L&apos;entrée de répertoire zip de «&#xa0;%1&#xa0;» est illisible&#xa0;: le fichier est endommagé. Enregistrez-le à nouveau depuis Excel.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Remove the password in Excel (File, Info, Protect Workbook) and save it again.</source>
        <translation>Le classeur est protégé par un mot de passe. Retirez le mot de passe dans Excel (Fichier, Informations, Protéger le classeur) et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The part “%1” is compressed with a method (%2) that cannot be read. Open the file in Excel and save it again as .xlsx.</source>
        <translation>La partie «&#xa0;%1&#xa0;» est compressée avec une méthode (%2) illisible. Ouvrez le fichier dans Excel et enregistrez-le à nouveau en .xlsx.</translation>
    </message>
    <message>
        <source>The part “%1” would unpack to %2 MiB from %3 KiB: the file is too large or built to exhaust memory (a zip bomb), so it is not read.</source>
        <translation>La partie «&#xa0;%1&#xa0;» se décompresserait en %2 Mio à partir de %3 Kio&#xa0;: le fichier est trop volumineux ou conçu pour épuiser la mémoire (bombe zip), il n&apos;est donc pas lu.</translation>
    </message>
    <message>
        <source>The part “%1” cannot be unpacked: the file is damaged or was cut short. Save it again from Excel.</source>
        <translation>La partie «&#xa0;%1&#xa0;» ne peut pas être décompressée&#xa0;: le fichier est endommagé ou tronqué. Enregistrez-le à nouveau depuis Excel.</translation>
    </message>
    <message>
        <source>The part “%1” cannot be unpacked: the file is damaged.</source>
        <translation>La partie «&#xa0;%1&#xa0;» ne peut pas être décompressée&#xa0;: le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The part “%1” fails its checksum: the file is damaged. Save it again from Excel.</source>
        <translation>La somme de contrôle de la partie «&#xa0;%1&#xa0;» est incorrecte&#xa0;: le fichier est endommagé. Enregistrez-le à nouveau depuis Excel.</translation>
    </message>
    <message>
        <source>The part “%1” unpacks to more than %2 MiB: the file is too large or built to exhaust memory (a zip bomb), so it is not read.</source>
        <translation>La partie «&#xa0;%1&#xa0;» se décompresse en plus de %2 Mio&#xa0;: le fichier est trop volumineux ou conçu pour épuiser la mémoire (bombe zip), il n&apos;est donc pas lu.</translation>
    </message>
    <message>
        <source>The part “%1” ends before its XML is complete: the file is damaged or was cut short.</source>
        <translation>La partie «&#xa0;%1&#xa0;» se termine avant la fin de son XML&#xa0;: le fichier est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>The part “%1” is not well-formed XML (%2, XML line %3): the file is damaged. Open it in Excel and save it again.</source>
        <translation>La partie «&#xa0;%1&#xa0;» n&apos;est pas un XML bien formé (%2, ligne XML %3)&#xa0;: le fichier est endommagé. Ouvrez-le dans Excel et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Le classeur n&apos;a aucune feuille.</translation>
    </message>
    <message>
        <source>The sheet has no rows from row %1 on.</source>
        <translation>La feuille n&apos;a aucune ligne à partir de la ligne %1.</translation>
    </message>
    <message>
        <source>The sheet is empty: it holds no cells with values.</source>
        <translation>La feuille est vide&#xa0;: elle ne contient aucune cellule avec une valeur.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>A cell lies beyond column XFD, the last one Excel allows: the file is damaged.</source>
        <translation>Une cellule se trouve au-delà de la colonne XFD, la dernière autorisée par Excel&#xa0;: le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The cell refers to shared string “%1”, which the workbook does not have: the file is damaged.</source>
        <translation>La cellule fait référence à la chaîne partagée «&#xa0;%1&#xa0;», que le classeur ne contient pas&#xa0;: le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The sheet ends in the middle of a row: the file is damaged.</source>
        <translation>La feuille se termine au milieu d&apos;une ligne&#xa0;: le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The file starts like an Excel workbook but its zip directory is missing or damaged: it was probably cut short (an incomplete download or copy). Get a complete copy of the file.</source>
        <translation>Le fichier commence comme un classeur Excel mais son répertoire zip est absent ou endommagé&#xa0;: il a probablement été tronqué (téléchargement ou copie incomplet). Procurez-vous une copie complète du fichier.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook: it has no workbook part. If it comes from another program (an OpenDocument .ods, a Word file), save it as .xlsx or CSV.</source>
        <translation>Le fichier est une archive zip mais pas un classeur Excel&#xa0;: il n&apos;a pas de partie classeur. S&apos;il provient d&apos;un autre programme (un .ods OpenDocument, un fichier Word), enregistrez-le en .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>The file does not exist. Check its name and folder.</source>
        <translation>Le fichier n&apos;existe pas. Vérifiez son nom et son dossier.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it and that no other program locks it.</source>
        <translation>Le fichier ne peut pas être ouvert (%1). Vérifiez que vous avez le droit de le lire et qu&apos;aucun autre programme ne le verrouille.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Le fichier est vide (0 octet).</translation>
    </message>
    <message>
        <source>The workbook is protected with a password (encrypted). Open it in Excel, remove the password (File, Info, Protect Workbook) and save it again.</source>
        <translation>Le classeur est protégé par un mot de passe (chiffré). Ouvrez-le dans Excel, retirez le mot de passe (Fichier, Informations, Protéger le classeur) et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>C&apos;est un ancien classeur Excel 97-2003 (.xls), qui ne peut pas être lu. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it is not a zip archive. If it holds text such as CSV, give it the .csv extension and import it again.</source>
        <translation>Le fichier n&apos;est pas un classeur Excel (.xlsx)&#xa0;: ce n&apos;est pas une archive zip. S&apos;il contient du texte comme du CSV, donnez-lui l&apos;extension .csv et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”. Its sheets are: %2.</source>
        <translation>Le classeur n&apos;a pas de feuille nommée «&#xa0;%1&#xa0;». Ses feuilles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The workbook lists the sheet “%1” but does not say where its cells are: the file is damaged. Open it in Excel and save it again.</source>
        <translation>Le classeur liste la feuille «&#xa0;%1&#xa0;» sans indiquer où se trouvent ses cellules&#xa0;: le fichier est endommagé. Ouvrez-le dans Excel et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The column name in this column is %1 characters long, more than the %2 a cell may hold: check that the file has a header row and that its delimiter is right.</source>
        <translation>Le nom de cette colonne fait %1 caractères, plus que les %2 qu’une cellule peut contenir : vérifiez que le fichier a une ligne d’en-tête et que son séparateur est le bon.</translation>
    </message>
    <message>
        <source>The row that starts on this line is longer than %1 characters, so the file is not read. Check for a stray quote (%2) that swallows the rest of the file, or that this is a text table with line breaks at all.</source>
        <translation>La ligne qui commence ici dépasse %1 caractères, le fichier n’est donc pas lu. Cherchez un guillemet isolé (%2) qui avale la suite du fichier, ou vérifiez qu’il s’agit bien d’un tableau texte avec des sauts de ligne.</translation>
    </message>
    <message>
        <source>A row that starts on this line has more than %1 values, the most columns Excel allows. Check the delimiter, or that this is a text table at all.</source>
        <translation>Une ligne qui commence ici a plus de %1 valeurs, le plus grand nombre de colonnes qu’Excel permet. Vérifiez le séparateur, ou qu’il s’agit bien d’un tableau texte.</translation>
    </message>
    <message>
        <source>The part “%1” nests XML elements more than %2 deep (XML line %3); Excel never does: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>La partie « %1 » imbrique des éléments XML sur plus de %2 niveaux (ligne XML %3) ; Excel ne le fait jamais : le fichier est endommagé ou conçu pour épuiser la mémoire, il n’est donc pas lu.</translation>
    </message>
    <message>
        <source>The part “%1” declares a document type (DTD), which Excel never writes and whose entities can expand without end: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>La partie « %1 » déclare un type de document (DTD), qu’Excel n’écrit jamais et dont les entités peuvent s’étendre sans fin : le fichier est endommagé ou conçu pour épuiser la mémoire, il n’est donc pas lu.</translation>
    </message>
    <message>
        <source>The part “%1” holds an XML tag longer than %2 MiB: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>La partie « %1 » contient une balise XML de plus de %2 Mio : le fichier est endommagé ou conçu pour épuiser la mémoire, il n’est donc pas lu.</translation>
    </message>
    <message>
        <source>The part “%1” is written in UTF-16, which this program does not read. Open the file in Excel and save it again as .xlsx.</source>
        <translation>La partie « %1 » est écrite en UTF-16, que ce programme ne lit pas. Ouvrez le fichier dans Excel et enregistrez-le de nouveau au format .xlsx.</translation>
    </message>
    <message>
        <source>The column name in this cell is %1 characters long, more than the %2 a cell may hold: check that this is the header row.</source>
        <translation>Le nom de colonne dans cette cellule fait %1 caractères, plus que les %2 qu’une cellule peut contenir : vérifiez qu’il s’agit bien de la ligne d’en-tête.</translation>
    </message>
    <message>
        <source>The sheet has a row numbered %1, beyond row %2, the last one Excel allows: the file is damaged or was not written by a spreadsheet, so it is not read.</source>
        <translation>La feuille a une ligne numérotée %1, au-delà de la ligne %2, la dernière qu’Excel permet : le fichier est endommagé ou n’a pas été écrit par un tableur, il n’est donc pas lu.</translation>
    </message>
    <message>
        <source>The values of this row add up to more than %1 characters: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>Les valeurs de cette ligne totalisent plus de %1 caractères : le fichier est endommagé ou conçu pour épuiser la mémoire, il n’est donc pas lu.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>A file with this name already exists; choose another name or allow replacing it.</source>
        <translation>Un fichier de ce nom existe déjà&#xa0;; choisissez un autre nom ou autorisez son remplacement.</translation>
    </message>
    <message>
        <source>The demo project cannot be created: %1.</source>
        <translation>Le projet de démonstration ne peut pas être créé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The demo project could not be written: %1.</source>
        <translation>Le projet de démonstration n&apos;a pas pu être écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The demo project could not be moved into place.</source>
        <translation>Le projet de démonstration n&apos;a pas pu être mis en place.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Le fichier ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>The file is empty, so it is not a SocialROI project.</source>
        <translation>Le fichier est vide, ce n&apos;est donc pas un projet SocialROI.</translation>
    </message>
    <message>
        <source>This is not a SocialROI project: the file is not a SQLite database (is it a spreadsheet or a text file? Use Import for data files).</source>
        <translation>Ce n&apos;est pas un projet SocialROI&#xa0;: le fichier n&apos;est pas une base SQLite (est-ce un tableur ou un fichier texte&#xa0;? Utilisez Importer pour les fichiers de données).</translation>
    </message>
    <message>
        <source>The project file is truncated: it holds %1 bytes but should hold %2. Restore it from a backup.</source>
        <translation>Le fichier de projet est tronqué&#xa0;: il contient %1 octets au lieu de %2. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Le fichier ne peut pas être ouvert&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This SQLite database was not made by SocialROI Workbench, so it is not a project. Create a new project and import its data instead.</source>
        <translation>Cette base SQLite n&apos;a pas été créée par SocialROI Workbench, ce n&apos;est donc pas un projet. Créez un nouveau projet et importez-y ses données.</translation>
    </message>
    <message>
        <source>The project was saved by a newer version of SocialROI Workbench (schema %1; this version reads up to %2). Update the application to open it.</source>
        <translation>Le projet a été enregistré par une version plus récente de SocialROI Workbench (schéma %1&#xa0;; cette version lit jusqu&apos;au %2). Mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The project file is damaged (%1). Restore it from a backup.</source>
        <translation>Le fichier de projet est endommagé (%1). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The project is locked by another program; try again when it has finished.</source>
        <translation>Le projet est verrouillé par un autre programme&#xa0;; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The project could not be prepared: %1.</source>
        <translation>Le projet n&apos;a pas pu être préparé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation>Le fichier de projet n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is a folder, not a project file.</source>
        <translation>C&apos;est un dossier, pas un fichier de projet.</translation>
    </message>
    <message>
        <source>The project file is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>Le fichier de projet est en lecture seule. Rendez-le modifiable, ou copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The file cannot be opened for writing: %1.</source>
        <translation>Le fichier ne peut pas être ouvert en écriture&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>Un fichier de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>The folder for the project cannot be created.</source>
        <translation>Le dossier du projet ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The project cannot be created: %1.</source>
        <translation>Le projet ne peut pas être créé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The project must be updated to this version&apos;s schema before it can be opened, and it cannot be: %1</source>
        <translation>Le projet doit être mis à jour au schéma de cette version avant de pouvoir être ouvert, et ce n’est pas possible : %1</translation>
    </message>
    <message>
        <source>The project file cannot be read (%1). This says nothing about the file itself: check that the disk has free space and that the file and its folder can be reached.</source>
        <translation>Le fichier du projet ne peut pas être lu (%1). Cela ne dit rien du fichier lui-même : vérifiez que le disque a de l’espace libre et que le fichier et son dossier sont accessibles.</translation>
    </message>
    <message>
        <source>The project&apos;s folder is read-only, and saving needs to write a journal file beside the project. Make the folder writable, or copy the project to a folder you can write to.</source>
        <translation>Le dossier du projet est en lecture seule, et l’enregistrement doit écrire un fichier journal à côté du projet. Rendez le dossier accessible en écriture, ou copiez le projet dans un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>SurvivalChart</name>
    <message>
        <source>Months since signup</source>
        <translation>Mois depuis l’inscription</translation>
    </message>
    <message>
        <source>Still customers</source>
        <extracomment>Axis label: share of the cohort that has not churned yet</extracomment>
        <translation>Toujours clients</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;At signup: %2 still customers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;À l’inscription&#xa0;: %2 toujours clients</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Month %2 (day %3)&lt;br&gt;Still customers: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Mois %2 (jour %3)&lt;br&gt;Toujours clients&#xa0;: %4</translation>
    </message>
    <message>
        <source>Months since the first social contact</source>
        <translation>Mois depuis le premier contact sur les médias sociaux</translation>
    </message>
    <message>
        <source>Similar (weighted)</source>
        <extracomment>Row label of the numbers at risk: the similar customers compared, counted by their weights</extracomment>
        <translation>Semblables (pondérés)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;At the first social contact: %2 still customers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Au premier contact sur les médias sociaux : %2 toujours clients</translation>
    </message>
    <message>
        <source>%1, projected (sBG model)</source>
        <extracomment>Legend: the cohort&apos;s retention beyond the data, from the sBG model</extracomment>
        <translation>%1, projection (modèle sBG)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, projected&lt;/b&gt;&lt;br&gt;Month %2&lt;br&gt;Still customers: %3 (sBG model)</source>
        <translation>&lt;b&gt;%1, projection&lt;/b&gt;&lt;br&gt;Mois %2&lt;br&gt;Encore clients : %3 (modèle sBG)</translation>
    </message>
    <message>
        <source>Followed</source>
        <extracomment>Axis label beside the table of customers still followed (still customers, with data); written turned beside two rows of numbers, so a short word reads best</extracomment>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Followed: %1; lost: %2; data end here: %3</source>
        <extracomment>Customers still followed at this time; of them, lost at this time; of them, whose data end here without their leaving (no longer followed)</extracomment>
        <translation>Suivis : %1 ; perdus : %2 ; données arrêtées ici : %3</translation>
    </message>
</context>
<context>
    <name>TableBrowserModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: the rows could not be read (%2).</source>
        <translation>%1 : les lignes n’ont pas pu être lues (%2).</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Table</source>
        <translation>Copier le &amp;tableau</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>SocialROI Workbench user guide</source>
        <translation>Guide de l&apos;utilisateur de SocialROI Workbench</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>button: back to the guide&apos;s list of chapters</comment>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>ValueParsers</name>
    <message>
        <source>empty value</source>
        <translation>valeur vide</translation>
    </message>
    <message>
        <source>not yes/no</source>
        <translation>pas oui/non</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>not a number with a decimal point (the column uses a decimal point)</source>
        <translation>pas un nombre avec un point décimal (la colonne utilise le point décimal)</translation>
    </message>
    <message>
        <source>not a number with a decimal comma (the column uses a decimal comma)</source>
        <translation>pas un nombre avec une virgule décimale (la colonne utilise la virgule décimale)</translation>
    </message>
    <message>
        <source>a percentage, not a plain number</source>
        <translation>un pourcentage, pas un simple nombre</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>pas un nombre entier</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>nombre trop grand</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
    <message>
        <source>not a date in day/month/year order</source>
        <translation>pas une date dans l&apos;ordre jour/mois/année</translation>
    </message>
    <message>
        <source>not a date in month/day/year order</source>
        <translation>pas une date dans l&apos;ordre mois/jour/année</translation>
    </message>
    <message>
        <source>not a valid calendar date</source>
        <translation>pas une date calendaire valide</translation>
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
        <translation>UTF-8 avec indicateur d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>UTF-16 little-endian (Excel &quot;Unicode text&quot;)</source>
        <translation>UTF-16 petit-boutiste («&#xa0;Texte Unicode&#xa0;» d&apos;Excel)</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 gros-boutiste</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Virgule  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Point-virgule &#xa0;;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>Barre verticale  |</translation>
    </message>
    <message>
        <source>Character  %1</source>
        <translation>Caractère  %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a quoted name in a list</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>After a list of column names: &quot;a&quot;, &quot;b&quot;, &quot;c&quot; and 5 more</extracomment>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <source>your choice</source>
        <extracomment>Beside a setting of the text format, or how a column was mapped: set by the user</extracomment>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a file column and the field it goes to</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No value in them would be rejected.</source>
        <translation>Aucune valeur n&apos;y serait rejetée.</translation>
    </message>
</context>
<context>
    <name>XlsxReport</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Value of each component</source>
        <translation>Valeur de chaque composante</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Écart relatif</translation>
    </message>
    <message>
        <source>95% interval, low</source>
        <translation>Intervalle à 95&#xa0;%, borne basse</translation>
    </message>
    <message>
        <source>95% interval, high</source>
        <translation>Intervalle à 95&#xa0;%, borne haute</translation>
    </message>
    <message>
        <source>Test statistic</source>
        <translation>Statistique de test</translation>
    </message>
    <message>
        <source>Customers, social</source>
        <translation>Clients, social</translation>
    </message>
    <message>
        <source>Customers, control</source>
        <translation>Clients, témoin</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>Id de ligne</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Données du graphique</translation>
    </message>
    <message>
        <source>%1: social vs control</source>
        <translation>%1&#xa0;: social vs témoin</translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder (%2).</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: aucun dossier temporaire (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer %2 did not start (%3).</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le module d&apos;écriture XLSX %2 n&apos;a pas démarré (%3).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer failed (%2).</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le module d&apos;écriture XLSX a échoué (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer left no file (%2).</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le module d&apos;écriture XLSX n&apos;a laissé aucun fichier (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer %2 is missing. It is built and installed with SocialROI Workbench; build or install it again.</source>
        <translation>Impossible d&apos;écrire %1 : le module d&apos;écriture XLSX %2 est absent. Il est compilé et installé avec SocialROI Workbench ; recompilez-le ou réinstallez-le.</translation>
    </message>
    <message>
        <source>Lifetime value by cohort and the models behind it</source>
        <translation>Valeur client à vie par cohorte et les modèles qui la fondent</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Erreur type</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>worksheet name, at most 31 characters</comment>
        <translation>Récapitulatif</translation>
    </message>
</context>
</TS>
