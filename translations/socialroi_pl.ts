<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AssumptionsEditor</name>
    <message>
        <source>From the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assumptions could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures turn the measured differences into money. Double-click a value to change it; the metrics and the ROI follow at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssumptionsModel</name>
    <message>
        <source>Cost of a phone contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of a social-media contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of a self-service session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of an e-mail contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of a chat contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff cost per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care programme cost per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme launch date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of one promoter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <extracomment>unit of an hourly cost, %1 is a currency code such as EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest date in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest social contact in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (HD)</source>
        <extracomment>An export size preset, e.g. &quot;1,920 × 1,080 (Full HD)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (Full HD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (4K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortBarChart</name>
    <message>
        <source>95% interval: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortChart</name>
    <message>
        <source>No data for this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cohort</source>
        <extracomment>The customers served by the social-media care team (the group compared)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <extracomment>Shown for a number that is not available</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A confidence interval from its lower to its upper bound</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>A percentage; add a space if your language writes one</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnAnalysis</name>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: dates such as &quot;%2&quot; only make sense as %3, but %4 was chosen; rows with such dates are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: every date is written like &quot;%2&quot;, with dots; read as day.month.year, the usual order of dates written with dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: every date in it fits both day/month/year and month/day/year, e.g. &quot;%2&quot; on this line, so the file alone cannot tell which is meant. Choose the date order for this import (on the command line: --date-order dmy or --date-order mdy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 mixes date orders: &quot;%2&quot; (line %3) only makes sense as day/month/year, &quot;%4&quot; (line %5) only as month/day/year. Choose the date order for this import (on the command line: --date-order dmy or --date-order mdy); dates that do not fit it are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: values such as &quot;%2&quot; could be read with a decimal point or a decimal comma; read with a decimal %3, as the file&apos;s other numbers. A mapping profile with &quot;decimal_separator&quot; can say otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 mixes decimal separators (&quot;%2&quot; and &quot;%3&quot;); read with a decimal %4, as most of its values; the others are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Write a demo project with known effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV, TSV or XLSX file into a table of a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the metrics and ROI of a project as JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message>
        <source>Filter rows: type text found in any column (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Writes a demo project: a telecom-style customer base with known true effects of social customer care, stored in the project&apos;s demo_truth table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed writes the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing -o FILE: where to write the demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to 100000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 customers in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First social contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led to process change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers retained a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff hours saved a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>The mapping profile is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a SocialROI mapping profile: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile has no valid &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile was saved by a newer version of SocialROI (profile version %1). Update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile names an unknown table &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile has no &quot;columns&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &quot;columns&quot; needs a &quot;column&quot; number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 appears twice in the mapping profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: &quot;field&quot; must be a field name or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 maps to &quot;%2&quot;, which is not a field of table %3; use one of: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped to two columns; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;date_order&quot; must be &quot;dmy&quot; or &quot;mdy&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;decimal_separator&quot; must be &quot;point&quot; or &quot;comma&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers of one segment, or with one value of a customer attribute: pick one, or type NAME=VALUE (for example region=North) and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers who signed up on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers who signed up on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the metrics describe. By default the as-of date of the assumptions, or else the latest date in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every customer, with no date limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) of the %1 table match no column of the file: %2. The file&apos;s columns are: %3. Rename the column in the file, or choose the column for each field in the import wizard or with a mapping profile (--mapping).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: the mapping profile cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such mapping profile file (and the project %2 does not exist yet, so it has no saved profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a mapping profile file nor a profile saved in the project: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into the %2 table of %3 (import %4, %5 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rows read:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  imported:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 replaced existing rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rejected:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unknown customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicates skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  blank rows:    %1 (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  extra values:  %1 (columns without a field, kept as extra attributes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows were rejected; every one is kept in the project (rejected_rows, import %1) with its line, column, text and reason. The first ones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a CSV, TSV or XLSX file into one table of a project, creating the project if it does not exist. Columns are matched to the table&apos;s fields by their headers (in English, French, German, Polish or Hindi) or by a mapping profile; columns without a field are kept as extra attributes. Rows with bad values are rejected and kept in the project with their line, column and reason; the rest is imported. A file that cannot be read as a whole imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import (.csv, .tsv, .txt, .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (.socialroi); created when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table to import into: customers, contacts, orders, mentions or improvements (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping profile: a JSON file, or the name of a profile saved in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping used in the project under NAME, for --mapping NAME next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a row whose key is already in the project or earlier in the file: skip (keep the existing row; default), replace (update it) or fail (import nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of dates like 05/06/2024 when the file cannot tell: dmy (day first) or mdy (month first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter of a text file, when detection is wrong: a character, or tab, comma, semicolon, pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding of a text file, when detection is wrong: utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing FILE: the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import one file at a time; unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --table: customers, contacts, orders, mentions or improvements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table must be customers, contacts, orders, mentions or improvements, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, replace or fail, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-order must be dmy or mdy, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be one character (or tab, comma, semicolon, pipe), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE is the project itself; choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping was saved in the project as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Row ids of the new rows are not consecutive; extra attributes cannot be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: already in the project; the existing row was kept (duplicates: skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: already on an earlier line of this file; the first one was kept (duplicates: skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: a row with this key is already in the project. Nothing was imported. Import again with duplicates skipped or replaced (--on-duplicate skip or replace), or remove the row from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: the same key is on an earlier line of this file. Nothing was imported. Import again with duplicates skipped or replaced (--on-duplicate skip or replace), or remove one of the rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is delimited text, not a workbook: the sheet &quot;%1&quot; was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; is for the %2 table, not for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the mapping profile not found in the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was the sheet &quot;%1&quot;; the workbook&apos;s sheets are %2 (choose one with --sheet on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to the end. Check the disk or network drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was already imported on %1 into %2 (import %3, same SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be written (%1). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed (%1). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>SocialROI Workbench: measure whether social customer care keeps customers.
Without a command, opens the workbench window on PROJECT (or on the last project, or the demo project).

Commands (socialroi COMMAND --help):%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to open (.socialroi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on this pane: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run socialroi --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pane: unknown pane &quot;%1&quot;. Valid panes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocialROI projects (*.socialroi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in this view</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SocialROI Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SocialROI Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Measures whether social customer care keeps customers, with numbers a CFO accepts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SocialROI Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocialROI Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SocialROI Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers (%2 social) · %3 contacts · %4 orders · %5 mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo project…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <source>The project has no mapping profile &quot;%1&quot; (it has none yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no mapping profile &quot;%1&quot;; it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionsChart</name>
    <message>
        <source>%1 M</source>
        <extracomment>A number in millions, e.g. &quot;2.4 M&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 k</source>
        <extracomment>A number in thousands, e.g. &quot;380 k&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach %1</source>
        <extracomment>Summed audience of the mentions (followers who could see them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summed reach: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricEngine</name>
    <message>
        <source>%1: the project could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricLabels</name>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints turned into raves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process innovations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers are still with you 3, 6 and 12 months after signing up, among those who dealt with the social care team and among everyone else. Customers still active on the as-of date count as kept so far. The money is the extra months the social cohort stays within the horizon, times its average monthly revenue, times the number of social customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often customers contact support on each channel, per month of being a customer, and what that support costs. The cost is each contact&apos;s own cost, or the cost per channel set in the assumptions. The money is the support cost the social cohort saves per customer-month, over all its customer-months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers help themselves online, and how often. A customer counts as soon as they used self-service once. The money is the phone calls avoided times the difference between a call and a self-service session; it is already part of operational cost and is never counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the customers flagged as about to leave, the share still a customer when the save window set in the assumptions ended. Only customers whose window has passed by the as-of date count. The money is the extra customers saved times what a customer brings in over the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether customers would recommend you: the Net Promoter Score is the share of promoters (scores 9–10) minus the share of detractors (0–6). Beside it, whether what customers say about you in public is positive or negative, and how many people saw it. The money is the extra promoters times the value of a promoter, which is zero unless you set one in the assumptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of customers who bought an additional product, and the extra revenue per customer it brought. The money is the difference in cross-sell revenue per customer times the number of customers in the social cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a contact handled by the social team led to a change in how the company works, compared with contacts on every other channel. The savings are the figures entered with each improvement: customers kept a year times a customer&apos;s yearly revenue, plus staff hours saved times the hourly cost. These figures are descriptive and carry no statistical range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a customer is worth: revenue so far per customer (subscription plus orders), the value expected over the horizon from the retention curve, the average order and how often customers order. These figures are descriptive: they explain the other metrics and add no money of their own to the ROI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every money value added up over the horizon and set against the cost of the social care programme. The range uses the lowest and the highest plausible value of each part. Self-service is counted inside operational cost and return on relationship is descriptive, so neither is added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer after 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer after 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer after 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers lost (log-rank test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months kept within the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers lost per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone contacts per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media contacts per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service contacts per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email contacts per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat contacts per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support cost per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers using self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service sessions per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk customers saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely to recommend (promoters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions that are positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions that are negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached by positive mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached by negative mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with a cross-sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sell revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sell orders per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that led to a process change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly savings from improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected revenue over the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per customer-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricPane</name>
    <message>
        <source>Contacts per customer-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of at-risk customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptive: adds no money of its own to the ROI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No money value: the data cannot support one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No money value: set the value of a promoter in the assumptions to count the promoters gained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth about %1 a year (entered figures, no range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (entered figures, no range).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Worth about %1 a year (between %2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (between %2 and %3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shown inside %1, not added to the ROI again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cohort: %1 customers · control cohort: %2 customers · as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers still active, by months since signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contacts per customer-month, by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who used self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-risk customers saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with a cross-sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that led to a process change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions and their reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricRowsModel</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate ratio (social / control): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(95% interval %1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n (social / control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who dealt with the social care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social minus control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference relative to the control cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range the true difference lies in, with 95% confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely a difference this large would be if the cohorts were alike; below 0.05 is usually taken as real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers (or contacts, orders, answers) each figure rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning when the data cannot support a conclusion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricWarnings</name>
    <message>
        <source>No customer matches the filters: every metric is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact or order row(s) name a customer that is not in the customers table and were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Figures entered with the improvements; they carry no interval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes every metric and the ROI summary of a project for the social and control cohorts, and prints them as JSON or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to read (.socialroi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers of this segment, or NAME=VALUE for an extra attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers who signed up on or after DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers who signed up on or before DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute as of DATE (YYYY-MM-DD) instead of the project&apos;s as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json or csv (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to compute the metrics of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --format json|csv: the output format is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: no signup date can match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o %1 is the project itself; choose another output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the metrics could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the metrics to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsController</name>
    <message>
        <source>%1: the metrics could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlySeriesChart</name>
    <message>
        <source>No value for this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpsChart</name>
    <message>
        <source>Share of answers</source>
        <extracomment>Axis label of the NPS chart: share of the survey answers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters</source>
        <extracomment>NPS survey answers of 9 or 10</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives</source>
        <extracomment>NPS survey answers of 7 or 8</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <extracomment>NPS survey answers from 0 to 6</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS %1</source>
        <extracomment>Net Promoter Score written beside a cohort&apos;s bar, e.g. &quot;NPS +34.0&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectOverview</name>
    <message>
        <source>Reading the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo project: generated data with known effects of social customer care, for trying the workbench before loading your own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your project. Import customer lists, contact logs and orders with File, Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in the social cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows kept for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoiPane</name>
    <message numerus="yes">
        <source>No programme cost is set, so there is no return to compute; the value of social care over %n month(s) is %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1 spent on social care returned %2 within a year, between %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 spent on social care returned %2 within a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %1 spent on social care returned %2 over %n month(s), between %3 and %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %1 spent on social care returned %2 over %n month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cohort: %1 customers · control cohort: %2 customers · as of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoiSummaryModel</name>
    <message>
        <source>Total value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The programme cost per month times the horizon of %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(value − cost) / cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>column &quot;%1&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): %3: &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, but the field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a %1 (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 values but the file has %2 columns; check the delimiter and the quotes on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): unknown customer &quot;%3&quot;: the project has no customer with this id; import the customers first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentChoices</name>
    <message>
        <source>%1: cannot read it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceError</name>
    <message>
        <source>The file does not exist. Check the folder and the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it and that no other program holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it holds neither column names nor rows. Check that you chose the right file and that it was saved completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to the end (%1). Check the disk or network drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value that starts on this line is longer than %1 characters. Check for a stray quote (%2) that swallows the rest of the file, or that this is a text table at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row that starts on this line has more than %1 values. Check the delimiter, or that this is a text table at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text here. Choose the file&apos;s encoding when importing (often Windows-1252 for files saved by older Excel versions), or save it again as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value that starts on this line is never closed: the file ends inside it. Check this line for a missing closing %1, or a %1 inside a value that should be doubled (%1%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no part “%1”: it is damaged or not an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip directory entry of “%1” cannot be read: the file is damaged. Save it again from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Remove the password in Excel (File, Info, Protect Workbook) and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “%1” is compressed with a method (%2) that cannot be read. Open the file in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “%1” would unpack to %2 MiB from %3 KiB: the file is too large or built to exhaust memory (a zip bomb), so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “%1” cannot be unpacked: the file is damaged or was cut short. Save it again from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “%1” cannot be unpacked: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “%1” fails its checksum: the file is damaged. Save it again from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “%1” unpacks to more than %2 MiB: the file is too large or built to exhaust memory (a zip bomb), so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “%1” ends before its XML is complete: the file is damaged or was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “%1” is not well-formed XML (%2, XML line %3): the file is damaged. Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no rows from row %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is empty: it holds no cells with values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell lies beyond column XFD, the last one Excel allows: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell refers to shared string “%1”, which the workbook does not have: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet ends in the middle of a row: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts like an Excel workbook but its zip directory is missing or damaged: it was probably cut short (an incomplete download or copy). Get a complete copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook: it has no workbook part. If it comes from another program (an OpenDocument .ods, a Word file), save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist. Check its name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it and that no other program locks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected with a password (encrypted). Open it in Excel, remove the password (File, Info, Protect Workbook) and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it is not a zip archive. If it holds text such as CSV, give it the .csv extension and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”. Its sheets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook lists the sheet “%1” but does not say where its cells are: the file is damaged. Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>A file with this name already exists; choose another name or allow replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project cannot be created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty, so it is not a SocialROI project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a SocialROI project: the file is not a SQLite database (is it a spreadsheet or a text file? Use Import for data files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is truncated: it holds %1 bytes but should hold %2. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite database was not made by SocialROI Workbench, so it is not a project. Create a new project and import its data instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was saved by a newer version of SocialROI Workbench (schema %1; this version reads up to %2). Update the application to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is locked by another program; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be prepared: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened for writing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the project cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project cannot be created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurvivalChart</name>
    <message>
        <source>Months since signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still customers</source>
        <extracomment>Axis label: share of the cohort that has not churned yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <extracomment>Row label of the numbers at risk: the social cohort</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <extracomment>Row label of the numbers at risk: the control cohort</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <extracomment>Axis label beside the table of customers still observed (&quot;at risk&quot; of churning)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;At signup: %2 still customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Month %2 (day %3)&lt;br&gt;Still customers: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: %1; churned: %2; censored: %3</source>
        <extracomment>Customers still observed at this time; churned; no longer observed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableBrowserModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueParsers</name>
    <message>
        <source>empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number with a decimal point (the column uses a decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number with a decimal comma (the column uses a decimal comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage, not a plain number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date in day/month/year order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date in month/day/year order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid calendar date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
