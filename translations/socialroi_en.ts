<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssumptionsModel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message numerus="yes">
        <source>%Ln social customer(s) compared</source>
        <translation>
            <numerusform>%Ln social customer compared</numerusform>
            <numerusform>%Ln social customers compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) used as similar customers (worth %1 after weighting)</source>
        <translation>
            <numerusform>%Ln customer used as similar customers (worth %1 after weighting)</numerusform>
            <numerusform>%Ln customers used as similar customers (worth %1 after weighting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerValue</name>
    <message numerus="yes">
        <source>%n customer(s) have no lifetime value: a model they need could not be fitted.</source>
        <translation>
            <numerusform>%n customer has no lifetime value: a model it needs could not be fitted.</numerusform>
            <numerusform>%n customers have no lifetime value: a model they need could not be fitted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>Wrote %1: %n customer(s) in %2 s.</source>
        <translation>
            <numerusform>Wrote %1: %n customer in %2 s.</numerusform>
            <numerusform>Wrote %1: %n customers in %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message numerus="yes">
        <source>%1 — done, %Ln row(s)</source>
        <translation>
            <numerusform>%1 — done, %Ln row</numerusform>
            <numerusform>%1 — done, %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) of the %1 table match no column of the file: %2. The file&apos;s columns are: %3. Rename the column in the file, or choose the column for each field in the import wizard or with a mapping profile (--mapping).</source>
        <translation>
            <numerusform>%n required field of the %1 table matches no column of the file: %2. The file&apos;s columns are: %3. Rename the column in the file, or choose the column for the field in the import wizard or with a mapping profile (--mapping).</numerusform>
            <numerusform>%n required fields of the %1 table match no column of the file: %2. The file&apos;s columns are: %3. Rename the column in the file, or choose the column for each field in the import wizard or with a mapping profile (--mapping).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>  order lines:   %1, making %n order(s)</source>
        <translation>
            <numerusform>  order lines:   %1, making %n order</numerusform>
            <numerusform>  order lines:   %1, making %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cancellations: %n line(s); netted against their order: %1, kept as negative orders (no such order in the file): %2</source>
        <translation>
            <numerusform>  cancellations: %n line; netted against their order: %1, kept as negative orders (no such order in the file): %2</numerusform>
            <numerusform>  cancellations: %n lines; netted against their order: %1, kept as negative orders (no such order in the file): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n existing row(s) replaced)</source>
        <translation>
            <numerusform> (%n existing row replaced)</numerusform>
            <numerusform> (%n existing rows replaced)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown customer(s)</source>
        <translation>
            <numerusform>%n unknown customer</numerusform>
            <numerusform>%n unknown customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message numerus="yes">
        <source>%n of the rejected rows were fixed and imported again.</source>
        <translation>
            <numerusform>%n of the rejected rows was fixed and imported again.</numerusform>
            <numerusform>%n of the rejected rows were fixed and imported again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message numerus="yes">
        <source>The first %Ln row(s) of the file.</source>
        <translation>
            <numerusform>The first %Ln row of the file.</numerusform>
            <numerusform>The first %Ln rows of the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of the file&apos;s %Ln row(s).</source>
        <translation>
            <numerusform>The first %1 of the file&apos;s %Ln row.</numerusform>
            <numerusform>The first %1 of the file&apos;s %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message numerus="yes">
        <source>%Ln row(s) imported. The window shows the new rows.</source>
        <translation>
            <numerusform>%Ln row imported. The window shows the new rows.</numerusform>
            <numerusform>%Ln rows imported. The window shows the new rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln stored row(s) replaced)</source>
        <translation>
            <numerusform>(%Ln stored row replaced)</numerusform>
            <numerusform>(%Ln stored rows replaced)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) naming unknown customers</source>
        <translation>
            <numerusform>%Ln row naming unknown customers</numerusform>
            <numerusform>%Ln rows naming unknown customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported; rejected and kept for review: %1. The window shows the new rows.</source>
        <translation>
            <numerusform>%Ln row imported; rejected and kept for review: %1. The window shows the new rows.</numerusform>
            <numerusform>%Ln rows imported; rejected and kept for review: %1. The window shows the new rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order lines: %1, making %Ln order(s)</source>
        <translation>
            <numerusform>Order lines: %1, making %Ln order</numerusform>
            <numerusform>Order lines: %1, making %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancellations: %Ln line(s); netted against their order: %1, kept as negative orders (no such order in the file): %2</source>
        <translation>
            <numerusform>Cancellations: %Ln line; netted against their order: %1, kept as negative orders (no such order in the file): %2</numerusform>
            <numerusform>Cancellations: %Ln lines; netted against their order: %1, kept as negative orders (no such order in the file): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rejected row(s) are kept in the project; export them to see every one.</source>
        <translation>
            <numerusform>The %Ln rejected row is kept in the project; export it to see it.</numerusform>
            <numerusform>All %Ln rejected rows are kept in the project; export them to see every one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln other reason(s)</source>
        <translation>
            <numerusform>and %Ln other reason</numerusform>
            <numerusform>and %Ln other reasons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
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
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
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
            <numerusform>%Ln improvement</numerusform>
            <numerusform>%Ln improvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 replaced %n of its rows; undo it first.</source>
        <translation>
            <numerusform>%1 replaced %n of its rows; undo it first.</numerusform>
            <numerusform>%1 replaced %n of its rows; undo it first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n contact of customers it added came later, from %1; undo that import first.</numerusform>
            <numerusform>%n contacts of customers it added came later, from %1; undo that import first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n order of customers it added came later, from %1; undo that import first.</numerusform>
            <numerusform>%n orders of customers it added came later, from %1; undo that import first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>%n mention of customers it added came later, from %1; undo that import first.</numerusform>
            <numerusform>%n mentions of customers it added came later, from %1; undo that import first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln row(s) in this view</source>
        <translation>
            <numerusform>%Ln row in this view</numerusform>
            <numerusform>%Ln rows in this view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported, rejected: %1</source>
        <translation>
            <numerusform>%Ln row imported, rejected: %1</numerusform>
            <numerusform>%Ln rows imported, rejected: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) (%1 social)</source>
        <translation>
            <numerusform>%Ln customer (%1 social)</numerusform>
            <numerusform>%Ln customers (%1 social)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricWarnings</name>
    <message numerus="yes">
        <source>%n contact or order row(s) name a customer that is not in the customers table and were left out.</source>
        <translation>
            <numerusform>%n contact or order row names a customer that is not in the customers table and was left out.</numerusform>
            <numerusform>%n contact or order rows name a customer that is not in the customers table and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricWording</name>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (entered figures, no interval).</source>
        <translation>
            <numerusform>Worth about %1 over %n month (entered figures, no interval).</numerusform>
            <numerusform>Worth about %1 over %n months (entered figures, no interval).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (between %2 and %3).</source>
        <translation>
            <numerusform>Worth about %1 over %n month (between %2 and %3).</numerusform>
            <numerusform>Worth about %1 over %n months (between %2 and %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Social cohort: %Ln customer(s)</source>
        <translation>
            <numerusform>Social cohort: %Ln customer</numerusform>
            <numerusform>Social cohort: %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>control cohort: %Ln customer(s)</source>
        <translation>
            <numerusform>control cohort: %Ln customer</numerusform>
            <numerusform>control cohort: %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message numerus="yes">
        <source>%1: only %2 of %n bootstrap replicate(s) had social customers to compare; the ROI interval stays the linear approximation.</source>
        <translation>
            <numerusform>%1: only %2 of %n bootstrap replicate had social customers to compare; the ROI interval stays the linear approximation.</numerusform>
            <numerusform>%1: only %2 of %n bootstrap replicates had social customers to compare; the ROI interval stays the linear approximation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryCsvExport</name>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln row written to %1.</numerusform>
            <numerusform>%Ln rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectedRowsDialog</name>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n row(s) still rejected, with the mapping of %1?</source>
        <translation>
            <numerusform>Import the %n row still rejected, with the mapping of %1?</numerusform>
            <numerusform>Import the %n rows still rejected, with the mapping of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were edited here. The rows go into a new file first, which you choose next: the import&apos;s record names it.</source>
        <translation>
            <numerusform>%n of them was edited here. The rows go into a new file first, which you choose next: the import&apos;s record names it.</numerusform>
            <numerusform>%n of them were edited here. The rows go into a new file first, which you choose next: the import&apos;s record names it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatCountChart</name>
    <message numerus="yes">
        <source>%1 customer(s) (%2)</source>
        <translation>
            <numerusform>%1 customer (%2)</numerusform>
            <numerusform>%1 customers (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message numerus="yes">
        <source>%n file(s) imported. Rows rejected in total: %1; every rejected row is kept in the project with its line and the reason.</source>
        <translation>
            <numerusform>%n file imported. Rows rejected in total: %1; every rejected row is kept in the project with its line and the reason.</numerusform>
            <numerusform>%n files imported. Rows rejected in total: %1; every rejected row is kept in the project with its line and the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 customer</numerusform>
            <numerusform>%1 customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoiPane</name>
    <message numerus="yes">
        <source>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of the customers.</source>
        <translation>
            <numerusform>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resample of the customers.</numerusform>
            <numerusform>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of the customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of %1 of the %2 customers each, rescaled to all of them.</source>
        <translation>
            <numerusform>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resample of %1 of the %2 customers, rescaled to all of them.</numerusform>
            <numerusform>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of %1 of the %2 customers each, rescaled to all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extra saves among the %n social customers at risk are worth about %1 over their remaining lifetime (between %2 and %3).</source>
        <translation>
            <numerusform>The extra saves among the %n social customer at risk are worth about %1 over their remaining lifetime (between %2 and %3).</numerusform>
            <numerusform>The extra saves among the %n social customers at risk are worth about %1 over their remaining lifetime (between %2 and %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extra saves among the %n social customers at risk are worth about %1 over the horizon (between %2 and %3).</source>
        <translation>
            <numerusform>The extra saves among the %n social customer at risk are worth about %1 over the horizon (between %2 and %3).</numerusform>
            <numerusform>The extra saves among the %n social customers at risk are worth about %1 over the horizon (between %2 and %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking it with a bootstrap of the whole calculation: %1 of %Ln resample(s).</source>
        <translation>
            <numerusform>Checking it with a bootstrap of the whole calculation: %1 of %Ln resample.</numerusform>
            <numerusform>Checking it with a bootstrap of the whole calculation: %1 of %Ln resamples.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoiTable</name>
    <message numerus="yes">
        <source>The programme cost per month times the horizon of %n month(s)</source>
        <translation>
            <numerusform>The programme cost per month times the horizon of %n month</numerusform>
            <numerusform>The programme cost per month times the horizon of %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoiWording</name>
    <message numerus="yes">
        <source>Expected orders are counted over the horizon of %n month(s).</source>
        <translation>
            <numerusform>Expected orders are counted over the horizon of %n month.</numerusform>
            <numerusform>Expected orders are counted over the horizon of %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message numerus="yes">
        <source>the row has %1 values but the file has %n column(s); check the delimiter and the quotes on this line</source>
        <translation>
            <numerusform>the row has %1 values but the file has %n column; check the delimiter and the quotes on this line</numerusform>
            <numerusform>the row has %1 values but the file has %n columns; check the delimiter and the quotes on this line</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaAudit</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
