<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AssumptionsEditor</name>
    <message>
        <source>From the data</source>
        <translation>डेटा से</translation>
    </message>
    <message>
        <source>The assumptions could not be saved: %1</source>
        <translation>मान्यताएँ सहेजी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>डिफ़ॉल्ट पर रीसेट करें</translation>
    </message>
    <message>
        <source>These figures turn the measured differences into money. Double-click a value to change it; the metrics and the ROI follow at once.</source>
        <translation>ये आँकड़े मापे गए अंतरों को पैसों में बदलते हैं। किसी मान को बदलने के लिए उस पर डबल-क्लिक करें; मेट्रिक्स और ROI तुरंत अपडेट हो जाते हैं।</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>डिफ़ॉल्ट पर रीसेट करें</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>सेट नहीं</translation>
    </message>
    <message>
        <source>The project is busy (an import may be running): the assumptions will load when it is free. Nothing is saved until then.</source>
        <translation>प्रोजेक्ट व्यस्त है (शायद आयात चल रहा है): मुक्त होते ही मान्यताएँ लोड होंगी। तब तक कुछ भी सहेजा नहीं जाता।</translation>
    </message>
    <message>
        <source>The assumptions cannot be read: %1. They will load as soon as the project can be read; nothing is saved until then.</source>
        <translation>मान्यताएँ पढ़ी नहीं जा सकतीं: %1। प्रोजेक्ट पढ़ा जा सकते ही वे लोड होंगी; तब तक कुछ भी सहेजा नहीं जाता।</translation>
    </message>
</context>
<context>
    <name>AssumptionsModel</name>
    <message>
        <source>Cost of a phone contact</source>
        <translation>एक फ़ोन संपर्क की लागत</translation>
    </message>
    <message>
        <source>Cost of a social-media contact</source>
        <translation>एक सोशल मीडिया संपर्क की लागत</translation>
    </message>
    <message>
        <source>Cost of a self-service session</source>
        <translation>एक सेल्फ़-सर्विस सत्र की लागत</translation>
    </message>
    <message>
        <source>Cost of an email contact</source>
        <translation>एक ईमेल संपर्क की लागत</translation>
    </message>
    <message>
        <source>Cost of a chat contact</source>
        <translation>एक चैट संपर्क की लागत</translation>
    </message>
    <message>
        <source>Staff cost per hour</source>
        <translation>प्रति घंटा स्टाफ़ लागत</translation>
    </message>
    <message>
        <source>Programme cost per month</source>
        <translation>कार्यक्रम की मासिक लागत</translation>
    </message>
    <message>
        <source>Programme launch date</source>
        <translation>कार्यक्रम शुरू होने की तिथि</translation>
    </message>
    <message>
        <source>Analysis as-of date</source>
        <translation>विश्लेषण की संदर्भ तिथि</translation>
    </message>
    <message>
        <source>Horizon</source>
        <extracomment>The number of months over which the money values and the ROI are added up</extracomment>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Save window</source>
        <extracomment>Days an at-risk customer has to still be a customer to count as saved (retained), not saving a file</extracomment>
        <translation>बचाव अवधि</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>Annual discount rate</source>
        <translation>वार्षिक डिस्काउंट दर</translation>
    </message>
    <message>
        <source>Value of one promoter</source>
        <translation>एक प्रमोटर का मूल्य</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <extracomment>unit of an hourly cost, %1 is a currency code such as EUR</extracomment>
        <translation>%1 प्रति घंटा</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 प्रति माह</translation>
    </message>
    <message>
        <source>months</source>
        <translation>महीने</translation>
    </message>
    <message>
        <source>days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>प्रति वर्ष</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO कोड</translation>
    </message>
    <message>
        <source>Latest date in the data</source>
        <translation>डेटा की अंतिम तिथि</translation>
    </message>
    <message>
        <source>Earliest social contact in the data</source>
        <translation>डेटा में पहला सोशल संपर्क</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>मान्यता</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <extracomment>Share of revenue that is profit, between 0 and 1; empty until the user sets it</extracomment>
        <translation>योगदान मार्जिन</translation>
    </message>
    <message>
        <source>share of revenue</source>
        <translation>राजस्व का हिस्सा</translation>
    </message>
    <message>
        <source>Not set: money is shown as revenue, not profit</source>
        <translation>सेट नहीं: राशियाँ राजस्व हैं, लाभ नहीं</translation>
    </message>
    <message>
        <source>Programme cost under a filter</source>
        <extracomment>How a segment or date filter is charged the programme&apos;s cost and the figures entered for the whole project</extracomment>
        <translation>फ़िल्टर के अंतर्गत कार्यक्रम लागत</translation>
    </message>
    <message>
        <source>Share of the social customers in the selection</source>
        <translation>चयन में सोशल ग्राहकों का हिस्सा</translation>
    </message>
    <message>
        <source>Share of all customers in the selection</source>
        <translation>चयन में सभी ग्राहकों का हिस्सा</translation>
    </message>
    <message>
        <source>Whole amount to every selection</source>
        <translation>हर चयन पर पूरी राशि</translation>
    </message>
    <message>
        <source>rule</source>
        <extracomment>unit of an assumption chosen from a list, such as the rule that charges a filter&apos;s cost</extracomment>
        <translation>नियम</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>मान्यताएँ</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n महीना</numerusform>
            <numerusform>%n महीने</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <source>Tenure (months)</source>
        <translation>अवधि (महीने)</translation>
    </message>
    <message>
        <source>Still out of balance after weighting: the two sides differ by more than 0.1 standard deviations.</source>
        <translation>भारांकन के बाद भी असंतुलित: दोनों पक्षों में 0.1 मानक विचलन से अधिक का अंतर है।</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>विशेषता</translation>
    </message>
    <message>
        <source>Difference before</source>
        <extracomment>Standardized mean difference between the two sides before weighting</extracomment>
        <translation>पहले का अंतर</translation>
    </message>
    <message>
        <source>Difference after</source>
        <extracomment>Standardized mean difference between the two sides after weighting</extracomment>
        <translation>बाद का अंतर</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>--%1 must be a whole number from 16 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 16 से %2 तक की पूर्ण संख्या होनी चाहिए, &quot;%3&quot; नहीं।</translation>
    </message>
    <message>
        <source>Writes one chart of a metric as PNG (width × height pixels), SVG or PDF (width × height points), chosen by the file&apos;s suffix, drawn as the window draws it.</source>
        <translation>किसी मेट्रिक का एक चार्ट PNG (चौड़ाई × ऊँचाई पिक्सेल में), SVG या PDF (चौड़ाई × ऊँचाई पॉइंट में) के रूप में लिखता है, फ़ाइल के एक्सटेंशन के अनुसार, ठीक वैसा जैसा विंडो में दिखता है।</translation>
    </message>
    <message>
        <source>The metric: %1.</source>
        <translation>मेट्रिक: %1।</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>लिखी जाने वाली फ़ाइल: .png, .svg या .pdf।</translation>
    </message>
    <message>
        <source>Width (default 1280).</source>
        <translation>चौड़ाई (डिफ़ॉल्ट 1280)।</translation>
    </message>
    <message>
        <source>W</source>
        <translation>चौड़ाई</translation>
    </message>
    <message>
        <source>Height (default 720).</source>
        <translation>ऊँचाई (डिफ़ॉल्ट 720)।</translation>
    </message>
    <message>
        <source>H</source>
        <translation>ऊँचाई</translation>
    </message>
    <message>
        <source>--metric: unknown metric &quot;%1&quot;. Valid metrics: %2.</source>
        <translation>--metric: अज्ञात मेट्रिक &quot;%1&quot;। मान्य मेट्रिक्स: %2।</translation>
    </message>
    <message>
        <source>Missing --metric ID: one of %1.</source>
        <translation>--metric ID नहीं दिया गया: %1 में से एक।</translation>
    </message>
    <message>
        <source>--chart: %1 has no chart &quot;%2&quot;. Its charts: %3.</source>
        <translation>--chart: %1 में &quot;%2&quot; चार्ट नहीं है। इसके चार्ट: %3।</translation>
    </message>
    <message>
        <source>-o %1: a chart is written as .png, .svg or .pdf; name the file with one of these suffixes.</source>
        <translation>-o %1: चार्ट .png, .svg या .pdf के रूप में लिखा जाता है; फ़ाइल के नाम में इनमें से कोई एक एक्सटेंशन दें।</translation>
    </message>
    <message>
        <source>%1: the project has no %2 metric.</source>
        <translation>%1: प्रोजेक्ट में %2 मेट्रिक नहीं है।</translation>
    </message>
    <message>
        <source>Cannot draw the %1 chart as %2.</source>
        <translation>%1 चार्ट को %2 के रूप में नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>Which chart of the metric: main (default), second (mentions of raves, revenue per order of relationship), series (by month), or the BG/NBD checks of relationship: tracking, repeat_counts or alive.</source>
        <translation>मीट्रिक का कौन-सा चार्ट: main (डिफ़ॉल्ट), second (raves के उल्लेख, relationship का प्रति ऑर्डर राजस्व), series (महीने के अनुसार), या relationship की BG/NBD जाँचें: tracking, repeat_counts या alive।</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>चार्ट निर्यात करें</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>फ़ाइल(&amp;F):</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>फ़ॉर्मेट(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>आकार(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>चौड़ाई × ऊँचाई(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें(&amp;B)…</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG छवि</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG ड्रॉइंग</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF दस्तावेज़</translation>
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
        <translation>कस्टम</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>पिक्सेल</translation>
    </message>
    <message>
        <source>points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG छवियाँ (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG ड्रॉइंग (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>Only the &amp;current zoomed view</source>
        <translation>केवल मौजूदा ज़ूम किया हुआ दृश्य(&amp;C)</translation>
    </message>
    <message>
        <source>By default the whole chart is exported, whatever the zoom</source>
        <translation>डिफ़ॉल्ट रूप से पूरा चार्ट निर्यात होता है, ज़ूम चाहे जो हो</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Contacts per customer-month</source>
        <translation>प्रति ग्राहक-माह संपर्क</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>राजस्व (%1)</translation>
    </message>
    <message>
        <source>Share of at-risk customers</source>
        <translation>जोखिम वाले ग्राहकों का हिस्सा</translation>
    </message>
    <message>
        <source>Share of contacts</source>
        <translation>संपर्कों का हिस्सा</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>ग्राहकों का हिस्सा</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>माह-वार</translation>
    </message>
    <message>
        <source>%1, by month</source>
        <translation>%1, माह-वार</translation>
    </message>
    <message>
        <source>Mentions and their reach</source>
        <translation>उल्लेख और उनकी पहुँच</translation>
    </message>
    <message>
        <source>Revenue per order</source>
        <translation>प्रति ऑर्डर राजस्व</translation>
    </message>
    <message>
        <source>Customers still active, by months since signup</source>
        <translation>साइन-अप के बाद के महीनों के अनुसार अब भी सक्रिय ग्राहक</translation>
    </message>
    <message>
        <source>Support contacts per customer-month, by channel</source>
        <translation>प्रति ग्राहक-माह सपोर्ट संपर्क, चैनल-वार</translation>
    </message>
    <message>
        <source>Customers who used self-service</source>
        <translation>सेल्फ़-सर्विस का उपयोग करने वाले ग्राहक</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>प्रमोटर, पैसिव और डिट्रैक्टर</translation>
    </message>
    <message>
        <source>Contacts that led to a process change</source>
        <translation>प्रक्रिया में बदलाव लाने वाले संपर्क</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>प्रति ग्राहक राजस्व</translation>
    </message>
    <message>
        <source>Customers still active, by months since the first social contact</source>
        <translation>अब भी सक्रिय ग्राहक, पहले सोशल संपर्क के बाद के महीनों के अनुसार</translation>
    </message>
    <message>
        <source>Repeat orders, cumulative</source>
        <translation>दोबारा ऑर्डर, संचयी</translation>
    </message>
    <message>
        <source>Repeat orders up to the as-of date</source>
        <translation>विश्लेषण की तारीख तक दोबारा ऑर्डर</translation>
    </message>
    <message>
        <source>Chance of still ordering, P(alive) (%, bins of 10)</source>
        <translation>आगे ऑर्डर की संभावना, P(सक्रिय) (%, 10 के खंड)</translation>
    </message>
    <message>
        <source>Repeat orders; dashes: BG/NBD</source>
        <extracomment>Chart title: cumulative repeat orders, counted (solid) and expected by BG/NBD (dashed)</extracomment>
        <translation>दोबारा ऑर्डर; डैश: BG/NBD</translation>
    </message>
    <message>
        <source>Customers by repeat orders; diamonds: BG/NBD</source>
        <extracomment>Chart title: bars count customers, diamonds show what the BG/NBD model expects</extracomment>
        <translation>दोबारा ऑर्डर के अनुसार ग्राहक; हीरे: BG/NBD</translation>
    </message>
    <message>
        <source>Customers by chance of still ordering</source>
        <translation>आगे ऑर्डर की संभावना के अनुसार ग्राहक</translation>
    </message>
</context>
<context>
    <name>CohortChart</name>
    <message>
        <source>No data for this selection</source>
        <translation>इस चयन के लिए कोई डेटा नहीं</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>दृश्य रीसेट करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>A percentage; add a space if your language writes one</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Social customers</source>
        <extracomment>Legend: the social customers, each from their first social contact</extracomment>
        <translation>सोशल ग्राहक</translation>
    </message>
    <message>
        <source>Similar customers (weighted)</source>
        <translation>समान ग्राहक (भारित)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1: the file could not be created or is not complete. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>चार्ट %1 में नहीं लिखा जा सका: फ़ाइल नहीं बन सकी या अधूरी है। जाँचें कि फ़ोल्डर मौजूद है, आपको वहाँ लिखने की अनुमति है और डिस्क भरी नहीं है।</translation>
    </message>
    <message>
        <source>Zoomed</source>
        <translation>ज़ूम किया हुआ</translation>
    </message>
    <message>
        <source>The chart shows part of its data: Reset view shows it all</source>
        <translation>चार्ट अपने डेटा का केवल एक हिस्सा दिखा रहा है: दृश्य रीसेट करने पर सब दिखेगा</translation>
    </message>
    <message>
        <source>Reset view: show the whole chart again (or double-click it)</source>
        <translation>दृश्य रीसेट करें: पूरा चार्ट फिर से दिखाएँ (या उस पर डबल-क्लिक करें)</translation>
    </message>
    <message>
        <source>Copy the chart as an image</source>
        <translation>चार्ट को छवि के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF…</source>
        <translation>चार्ट को PNG, SVG या PDF के रूप में निर्यात करें…</translation>
    </message>
    <message>
        <source>Social cohort</source>
        <comment>chart legend</comment>
        <extracomment>Legend: the customers served by the social care team (the group compared)</extracomment>
        <translation>सोशल समूह</translation>
    </message>
    <message>
        <source>Control cohort</source>
        <comment>chart legend</comment>
        <translation>नियंत्रण समूह</translation>
    </message>
    <message>
        <source>95% interval: %1</source>
        <translation>95% विश्वास अंतराल: %1</translation>
    </message>
    <message>
        <source>Expected by the model: %1</source>
        <translation>मॉडल द्वारा अपेक्षित: %1</translation>
    </message>
</context>
<context>
    <name>ColumnAnalysis</name>
    <message>
        <source>day/month/year</source>
        <translation>दिन/माह/वर्ष</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>माह/दिन/वर्ष</translation>
    </message>
    <message>
        <source>Column %1: dates such as &quot;%2&quot; only make sense as %3, but %4 was chosen; rows with such dates are rejected.</source>
        <translation>कॉलम %1: &quot;%2&quot; जैसी तिथियाँ केवल %3 के रूप में सही बैठती हैं, लेकिन %4 चुना गया; ऐसी तिथियों वाली पंक्तियाँ अस्वीकार की जाती हैं।</translation>
    </message>
    <message>
        <source>Column %1: every date is written like &quot;%2&quot;, with dots; read as day.month.year, the usual order of dates written with dots.</source>
        <translation>कॉलम %1: हर तिथि &quot;%2&quot; की तरह बिंदुओं के साथ लिखी है; इसे दिन.माह.वर्ष के रूप में पढ़ा गया, जो बिंदुओं वाली तिथियों का सामान्य क्रम है।</translation>
    </message>
    <message>
        <source>Column %1: every date in it fits both day/month/year and month/day/year, e.g. &quot;%2&quot; on this line, so the file alone cannot tell which is meant. Choose the date order for this import (on the command line: --date-order dmy or --date-order mdy).</source>
        <translation>कॉलम %1: हर तिथि दिन/माह/वर्ष और माह/दिन/वर्ष दोनों में सही बैठती है, जैसे इस पंक्ति में &quot;%2&quot;, इसलिए केवल फ़ाइल से तय नहीं हो सकता कि कौन-सा क्रम है। इस आयात के लिए तिथि क्रम चुनें (कमांड लाइन पर: --date-order dmy या --date-order mdy)।</translation>
    </message>
    <message>
        <source>Column %1 mixes date orders: &quot;%2&quot; (line %3) only makes sense as day/month/year, &quot;%4&quot; (line %5) only as month/day/year. Choose the date order for this import (on the command line: --date-order dmy or --date-order mdy); dates that do not fit it are rejected.</source>
        <translation>कॉलम %1 में तिथि क्रम मिले-जुले हैं: &quot;%2&quot; (पंक्ति %3) केवल दिन/माह/वर्ष के रूप में सही बैठती है, &quot;%4&quot; (पंक्ति %5) केवल माह/दिन/वर्ष के रूप में। इस आयात के लिए तिथि क्रम चुनें (कमांड लाइन पर: --date-order dmy या --date-order mdy); जो तिथियाँ उसमें नहीं बैठतीं, वे अस्वीकार की जाती हैं।</translation>
    </message>
    <message>
        <source>Column %1: values such as &quot;%2&quot; could be read with a decimal point or a decimal comma; read with a decimal %3, as the file&apos;s other numbers. A mapping profile with &quot;decimal_separator&quot; can say otherwise.</source>
        <translation>कॉलम %1: &quot;%2&quot; जैसे मान दशमलव बिंदु या दशमलव कॉमा दोनों से पढ़े जा सकते हैं; फ़ाइल की बाकी संख्याओं की तरह दशमलव %3 से पढ़ा गया। &quot;decimal_separator&quot; वाली मैपिंग प्रोफ़ाइल इसे बदल सकती है।</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>कॉमा</translation>
    </message>
    <message>
        <source>point</source>
        <translation>बिंदु</translation>
    </message>
    <message>
        <source>Column %1 mixes decimal separators (&quot;%2&quot; and &quot;%3&quot;); read with a decimal %4, as most of its values; the others are rejected.</source>
        <translation>कॉलम %1 में दशमलव विभाजक मिले-जुले हैं (&quot;%2&quot; और &quot;%3&quot;); अधिकतर मानों की तरह दशमलव %4 से पढ़ा गया; बाकी अस्वीकार किए जाते हैं।</translation>
    </message>
</context>
<context>
    <name>ColumnMappingEditor</name>
    <message>
        <source>Column in the file</source>
        <translation>फ़ाइल का कॉलम</translation>
    </message>
    <message>
        <source>Goes to</source>
        <extracomment>Title above the drop-downs: the field of the project a column goes to</extracomment>
        <translation>किस फ़ील्ड में</translation>
    </message>
    <message>
        <source>Match</source>
        <extracomment>Title above how sure the automatic matching of a column is</extracomment>
        <translation>मिलान</translation>
    </message>
    <message>
        <source>Keep as extra attribute</source>
        <translation>अतिरिक्त एट्रिब्यूट के रूप में रखें</translation>
    </message>
    <message>
        <source>The values are kept with each row and can be used as segments and filters.</source>
        <translation>मान हर पंक्ति के साथ रखे जाते हैं और सेगमेंट व फ़िल्टर के रूप में उपयोग किए जा सकते हैं।</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <extracomment>A required field in the mapping drop-down</extracomment>
        <translation>%1 (आवश्यक)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>कॉलम %1 के लिए फ़ील्ड</translation>
    </message>
    <message>
        <source>%1 now comes from &quot;%2&quot;; &quot;%3&quot; is kept as an extra attribute.</source>
        <translation>%1 अब &quot;%2&quot; से आता है; &quot;%3&quot; अतिरिक्त एट्रिब्यूट के रूप में रखा गया है।</translation>
    </message>
    <message>
        <source>from the saved mapping</source>
        <translation>सहेजी गई मैपिंग से</translation>
    </message>
    <message>
        <source>%1% · same name</source>
        <translation>%1% · समान नाम</translation>
    </message>
    <message>
        <source>%1% · same name, other spacing</source>
        <translation>%1% · समान नाम, अलग स्पेसिंग</translation>
    </message>
    <message>
        <source>%1% · contains the name</source>
        <translation>%1% · नाम शामिल है</translation>
    </message>
    <message>
        <source>%1% · similar spelling, please check</source>
        <translation>%1% · मिलती-जुलती वर्तनी, कृपया जाँचें</translation>
    </message>
    <message>
        <source>no field matched</source>
        <translation>कोई फ़ील्ड मेल नहीं खाई</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Write a demo project with known effects</source>
        <translation>ज्ञात प्रभावों वाला डेमो प्रोजेक्ट लिखें</translation>
    </message>
    <message>
        <source>Import a CSV, TSV or XLSX file into a table of a project</source>
        <translation>CSV, TSV या XLSX फ़ाइल को प्रोजेक्ट की किसी तालिका में आयात करें</translation>
    </message>
    <message>
        <source>Compute the metrics and ROI of a project as JSON or CSV</source>
        <translation>प्रोजेक्ट के मेट्रिक्स और ROI की गणना JSON या CSV के रूप में करें</translation>
    </message>
    <message>
        <source>Write the report of a project as PDF, HTML or XLSX</source>
        <translation>प्रोजेक्ट की रिपोर्ट PDF, HTML या XLSX के रूप में लिखें</translation>
    </message>
    <message>
        <source>Write one chart of a metric as PNG, SVG or PDF</source>
        <translation>किसी मेट्रिक का एक चार्ट PNG, SVG या PDF के रूप में लिखें</translation>
    </message>
    <message>
        <source>Write each customer&apos;s lifetime value and forecasts as CSV or XLSX</source>
        <translation>हर ग्राहक का आजीवन मूल्य और पूर्वानुमान CSV या XLSX में लिखें</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>FILE</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>प्रोजेक्ट</translation>
    </message>
    <message>
        <source>N</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>L</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 लिखी गई।</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>अनपेक्षित आर्ग्युमेंट: %1</translation>
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
        <translation>मान</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>Column header: the unit of a row&apos;s value</extracomment>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>%1: cannot read the project (%2).</source>
        <translation>%1: प्रोजेक्ट पढ़ा नहीं जा सकता (%2)।</translation>
    </message>
    <message>
        <source>%1: cannot read the rejected rows (%2).</source>
        <translation>%1: अस्वीकृत पंक्तियाँ पढ़ी नहीं जा सकतीं (%2)।</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: फ़ाइल लिखी नहीं जा सकती (%2)।</translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>Balance before and after weighting</source>
        <translation>भारांकन से पहले और बाद का संतुलन</translation>
    </message>
    <message>
        <source>The naive comparison sets everyone ever in touch with the social care team against everyone else, from signup. Nobody is compared like with like, so there is no balance to show and the differences are not effects. Choose &quot;Similar customers, same day&quot; in the filter bar for the estimate.</source>
        <translation>सीधी तुलना साइन-अप से, सोशल मीडिया टीम से कभी जुड़े सभी ग्राहकों को बाकी सभी के सामने रखती है। किसी की तुलना समान ग्राहकों से नहीं होती, इसलिए दिखाने को कोई संतुलन नहीं है और अंतर प्रभाव नहीं हैं। अनुमान के लिए फ़िल्टर बार में &quot;समान ग्राहक, उसी दिन&quot; चुनें।</translation>
    </message>
    <message>
        <source>The estimate is the effect on the customers the social care team dealt with. Each is followed from their first social contact and compared with customers who were still with us that day, had not dealt with the team yet and resembled them in: %1. The similar customers are weighted to the social customers&apos; mix, one comparison per calendar month since the launch, and stop counting as similar once they reach the social care team themselves.</source>
        <translation>अनुमान उन ग्राहकों पर प्रभाव है जिनसे सोशल मीडिया टीम जुड़ी। हर एक को उसके पहले सोशल संपर्क से देखा जाता है और उन ग्राहकों से तुलना की जाती है जो उस दिन हमारे साथ थे, अभी टीम से नहीं जुड़े थे और इनमें उसके समान थे: %1। समान ग्राहकों को सोशल ग्राहकों की संरचना के अनुसार भारित किया जाता है, शुरुआत से हर कैलेंडर माह एक तुलना, और सोशल मीडिया टीम तक खुद पहुँचते ही वे समान नहीं गिने जाते।</translation>
    </message>
    <message>
        <source>How wrong could it still be? To explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay; to make the interval reach no effect, %2 times.</source>
        <translation>यह अब भी कितना गलत हो सकता है? 12 महीने के प्रतिधारण प्रभाव को पूरी तरह समझाने के लिए, यहाँ तुलना न किए गए किसी कारक को ग्राहकों के सोशल मीडिया ग्राहक सेवा इस्तेमाल करने की संभावना %1 गुना और बने रहने की संभावना %1 गुना करनी होगी; अंतराल को शून्य प्रभाव तक लाने के लिए, %2 गुना।</translation>
    </message>
    <message>
        <source>How wrong could it still be? To explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay; its interval already includes no effect.</source>
        <translation>यह अब भी कितना गलत हो सकता है? 12 महीने के प्रतिधारण प्रभाव को पूरी तरह समझाने के लिए, यहाँ तुलना न किए गए किसी कारक को ग्राहकों के सोशल मीडिया ग्राहक सेवा इस्तेमाल करने की संभावना %1 गुना और बने रहने की संभावना %1 गुना करनी होगी; इसका अंतराल पहले से शून्य प्रभाव को शामिल करता है।</translation>
    </message>
    <message>
        <source>Still out of balance after weighting: %1. The effect may partly come from these differences.</source>
        <translation>भारांकन के बाद भी असंतुलित: %1। प्रभाव आंशिक रूप से इन अंतरों से आ सकता है।</translation>
    </message>
    <message>
        <source>Thin overlap: many social customers had no similar customer, or the similar customers count for few after weighting. The estimate rests on few comparisons.</source>
        <translation>कम ओवरलैप: कई सोशल ग्राहकों का कोई समान ग्राहक नहीं था, या भारांकन के बाद समान ग्राहक कम गिनते हैं। अनुमान कम तुलनाओं पर टिका है।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln social customer(s) compared</source>
        <translation>
            <numerusform>%Ln सोशल ग्राहक की तुलना की गई</numerusform>
            <numerusform>%Ln सोशल ग्राहकों की तुलना की गई</numerusform>
        </translation>
    </message>
    <message>
        <source>left out with no similar customer: %1</source>
        <translation>समान ग्राहक न होने से छोड़े गए: %1</translation>
    </message>
    <message>
        <source>flagged social without a date, left out: %1</source>
        <translation>बिना तारीख सोशल चिह्नित, छोड़े गए: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) used as similar customers (worth %1 after weighting)</source>
        <translation>
            <numerusform>समान ग्राहक के रूप में %Ln ग्राहक (भारांकन के बाद %1 के बराबर)</numerusform>
            <numerusform>समान ग्राहकों के रूप में %Ln ग्राहक (भारांकन के बाद %1 के बराबर)</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly comparisons: %1</source>
        <translation>मासिक तुलनाएँ: %1</translation>
    </message>
</context>
<context>
    <name>CsvExportChoice</name>
    <message>
        <source>CSV for spreadsheets in my language (*.csv)</source>
        <extracomment>A file type of the save dialog: the CSV a spreadsheet opens in the user&apos;s language (its decimal mark and list separator). Keep (*.csv).</extracomment>
        <translation>मेरी भाषा में स्प्रेडशीट के लिए CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for programs, comma and point (*.csv)</source>
        <extracomment>A file type of the save dialog: the locale-neutral CSV programs read (comma between cells, point as decimal mark). Keep (*.csv).</extracomment>
        <translation>प्रोग्रामों के लिए CSV, कॉमा और दशमलव बिंदु (*.csv)</translation>
    </message>
</context>
<context>
    <name>CustomerKeyHash</name>
    <message>
        <source>This project stores its customer keys as written, so they cannot be hashed from now on (the tables would no longer match). Hash the keys from the first import of a new project.</source>
        <translation>यह प्रोजेक्ट ग्राहक कुंजियाँ जैसी लिखी हैं वैसी ही रखता है, इसलिए अब से उन्हें हैश नहीं किया जा सकता (तालिकाएँ आपस में मेल नहीं खाएँगी)। नए प्रोजेक्ट के पहले आयात से ही कुंजियाँ हैश करें।</translation>
    </message>
</context>
<context>
    <name>CustomerValue</name>
    <message>
        <source>Social: %1</source>
        <translation>सोशल: %1</translation>
    </message>
    <message>
        <source>Control: %1</source>
        <translation>नियंत्रण: %1</translation>
    </message>
    <message>
        <source>Lifetime value needs an annual discount rate above 0: without one a customer who stays for ever is worth without limit.</source>
        <translation>आजीवन मूल्य के लिए 0 से अधिक वार्षिक छूट दर चाहिए: उसके बिना हमेशा रहने वाले ग्राहक का मूल्य असीमित होगा।</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have no lifetime value: a model they need could not be fitted.</source>
        <translation>
            <numerusform>%n ग्राहक का कोई आजीवन मूल्य नहीं: ज़रूरी मॉडल फ़िट नहीं हो सका।</numerusform>
            <numerusform>%n ग्राहकों का कोई आजीवन मूल्य नहीं: ज़रूरी मॉडल फ़िट नहीं हो सका।</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription lifetime (sBG)</source>
        <translation>सदस्यता की अवधि (sBG)</translation>
    </message>
    <message>
        <source>Repeat orders (BG/NBD)</source>
        <translation>दोबारा के ऑर्डर (BG/NBD)</translation>
    </message>
    <message>
        <source>Spend per order (Gamma-Gamma)</source>
        <translation>प्रति ऑर्डर खर्च (Gamma-Gamma)</translation>
    </message>
    <message>
        <source>%1: the data hold impossible values (a time below zero or after the as-of date); no model was fitted.</source>
        <translation>%1: डेटा में असंभव मान हैं (शून्य से कम समय या गणना की तिथि के बाद का समय); कोई मॉडल फ़िट नहीं किया गया।</translation>
    </message>
    <message>
        <source>%1: too few customers or too few months observed to fit the model.</source>
        <translation>%1: मॉडल फ़िट करने के लिए बहुत कम ग्राहक या बहुत कम महीने देखे गए।</translation>
    </message>
    <message>
        <source>%1: nothing has happened yet that the model could learn from (no customer has left, or none has ordered again).</source>
        <translation>%1: अभी तक ऐसा कुछ नहीं हुआ जिससे मॉडल सीख सके (कोई ग्राहक नहीं गया, या किसी ने दोबारा ऑर्डर नहीं किया)।</translation>
    </message>
    <message>
        <source>%1: fewer than 10 customers have ordered again, too few to fit the model.</source>
        <translation>%1: 10 से कम ग्राहकों ने दोबारा ऑर्डर किया है, मॉडल फ़िट करने के लिए बहुत कम।</translation>
    </message>
    <message>
        <source>%1: spend per order rises or falls with how often customers order (correlation beyond 0.3), which the model assumes it does not; no spend model was fitted.</source>
        <translation>%1: प्रति ऑर्डर खर्च इस बात के साथ बढ़ता या घटता है कि ग्राहक कितनी बार ऑर्डर करते हैं (सहसंबंध 0.3 से अधिक), जबकि मॉडल ऐसा नहीं मानता; खर्च का कोई मॉडल फ़िट नहीं किया गया।</translation>
    </message>
    <message>
        <source>%1: the fit did not converge.</source>
        <translation>%1: फ़िट अभिसरित नहीं हुआ।</translation>
    </message>
    <message>
        <source>%1: the best fit lies at the edge of what the model allows; the data cannot pin its parameters down.</source>
        <translation>%1: सबसे अच्छा फ़िट मॉडल की सीमा पर है; डेटा इसके मापदंड तय नहीं कर पाता।</translation>
    </message>
    <message>
        <source>%1: the data do not determine the model&apos;s parameters (no standard errors).</source>
        <translation>%1: डेटा मॉडल के मापदंड तय नहीं करता (कोई मानक त्रुटि नहीं)।</translation>
    </message>
    <message>
        <source>%1: no data for this model in the cohort.</source>
        <translation>%1: इस समूह में इस मॉडल के लिए कोई डेटा नहीं।</translation>
    </message>
    <message>
        <source>Spend per order (Gamma-Gamma): the fitted spread of spend leaves its mean undefined (q at most 1).</source>
        <translation>प्रति ऑर्डर खर्च (Gamma-Gamma): खर्च का फ़िट किया गया फैलाव उसका औसत अपरिभाषित छोड़ता है (q अधिकतम 1)।</translation>
    </message>
    <message>
        <source>%1: the data determine only a combination of the model&apos;s parameters, not each of them (a standard error exceeds its estimate), as happens when customers differ little in what it models. Its forecasts rest on that combination; its parameters alone say little.</source>
        <translation>%1: डेटा मॉडल के पैरामीटरों का केवल एक संयोजन तय करता है, हर पैरामीटर को अलग से नहीं (एक मानक त्रुटि अपने अनुमान से बड़ी है), जैसा तब होता है जब ग्राहक मॉडल द्वारा वर्णित बात में बहुत कम भिन्न होते हैं। इसके पूर्वानुमान इसी संयोजन पर आधारित हैं; अकेले पैरामीटर बहुत कम बताते हैं।</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message>
        <source>Filter rows: type text found in any column (Ctrl+F)</source>
        <translation>पंक्तियाँ फ़िल्टर करें: किसी भी कॉलम में मौजूद टेक्स्ट लिखें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>पंक्तियाँ गिनी जा रही हैं…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln पंक्ति</numerusform>
            <numerusform>%Ln पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 निर्यात हो रहा है…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>%1 The table shows the rows read so far; try again when the project is free (an import may be running).</source>
        <translation>%1 तालिका अब तक पढ़ी गई पंक्तियाँ दिखाती है; प्रोजेक्ट खाली होने पर फिर से प्रयास करें (शायद कोई आयात चल रहा है)।</translation>
    </message>
    <message>
        <source>Rows not counted</source>
        <translation>पंक्तियाँ गिनी नहीं गईं</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>फिर से प्रयास करें</translation>
    </message>
</context>
<context>
    <name>DateOrderQuestion</name>
    <message>
        <source>Date order</source>
        <translation>तिथि क्रम</translation>
    </message>
    <message>
        <source>%1 mixes both orders: &quot;%2&quot; only makes sense day first, &quot;%3&quot; only month first. Which order is right? Dates in the other order will be rejected and kept for you to fix.</source>
        <translation>%1 में दोनों क्रम मिले-जुले हैं: &quot;%2&quot; केवल दिन पहले होने पर सही बैठती है, &quot;%3&quot; केवल माह पहले होने पर। कौन-सा क्रम सही है? दूसरे क्रम वाली तिथियाँ अस्वीकार की जाएँगी और सुधार के लिए रखी जाएँगी।</translation>
    </message>
    <message>
        <source>Every date in %1 fits both orders, for example &quot;%2&quot;. Which order does the file use?</source>
        <translation>%1 की हर तिथि दोनों क्रमों में सही बैठती है, उदाहरण के लिए &quot;%2&quot;। फ़ाइल कौन-सा क्रम उपयोग करती है?</translation>
    </message>
    <message>
        <source>Day first (day/month/year)</source>
        <extracomment>Date order choice; %1 is an example from the file, %2 how it reads</extracomment>
        <translation>पहले दिन (दिन/माह/वर्ष)</translation>
    </message>
    <message>
        <source>Day first: &quot;%1&quot; is %2</source>
        <translation>पहले दिन: &quot;%1&quot; = %2</translation>
    </message>
    <message>
        <source>Month first (month/day/year)</source>
        <translation>पहले माह (माह/दिन/वर्ष)</translation>
    </message>
    <message>
        <source>Month first: &quot;%1&quot; is %2</source>
        <translation>पहले माह: &quot;%1&quot; = %2</translation>
    </message>
</context>
<context>
    <name>DeckTemplate</name>
    <message>
        <source>%1 cannot be read as a PowerPoint template: it is missing or not a .potx or .pptx file.</source>
        <translation>%1 को PowerPoint टेम्पलेट के रूप में नहीं पढ़ा जा सका: फ़ाइल मौजूद नहीं है या .potx या .pptx फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not a PowerPoint template: it has no slide master.</source>
        <translation>%1 PowerPoint टेम्पलेट नहीं है: इसमें कोई स्लाइड मास्टर नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not a PowerPoint template: its slide master has no layouts.</source>
        <translation>%1 PowerPoint टेम्पलेट नहीं है: इसके स्लाइड मास्टर में कोई लेआउट नहीं है।</translation>
    </message>
</context>
<context>
    <name>DeckWriter</name>
    <message>
        <source>no temporary folder (%1)</source>
        <translation>कोई अस्थायी फ़ोल्डर नहीं (%1)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Writes a demo project: a telecom-style customer base with known true effects of social customer care, stored in the project&apos;s demo_truth table.</source>
        <translation>एक डेमो प्रोजेक्ट लिखता है: टेलीकॉम जैसा ग्राहक आधार, जिसमें सोशल कस्टमर केयर के वास्तविक प्रभाव ज्ञात हैं और प्रोजेक्ट की demo_truth तालिका में सहेजे गए हैं।</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>लिखी जाने वाली प्रोजेक्ट फ़ाइल।</translation>
    </message>
    <message>
        <source>Number of customers (default 20000).</source>
        <translation>ग्राहकों की संख्या (डिफ़ॉल्ट 20000)।</translation>
    </message>
    <message>
        <source>Random seed; the same seed writes the same data.</source>
        <translation>रैंडम सीड; एक ही सीड से एक जैसा डेटा लिखा जाता है।</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>यदि फ़ाइल मौजूद है तो उसे बदलें।</translation>
    </message>
    <message>
        <source>Missing -o FILE: where to write the demo project.</source>
        <translation>-o फ़ाइल नहीं दी गई: डेमो प्रोजेक्ट कहाँ लिखना है।</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to 100000000, not &quot;%1&quot;.</source>
        <translation>--customers 1 से 100000000 तक की पूर्ण संख्या होनी चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed शून्य या धनात्मक पूर्ण संख्या होनी चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n customer(s) in %2 s.</source>
        <translation>
            <numerusform>%1 लिखी गई: %2 सेकंड में %n ग्राहक।</numerusform>
            <numerusform>%1 लिखी गई: %2 सेकंड में %n ग्राहक।</numerusform>
        </translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name: a random seed</comment>
        <translation>सीड</translation>
    </message>
</context>
<context>
    <name>DerivationOptions</name>
    <message>
        <source>&quot;%1&quot; must be a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; YYYY-MM-DD रूप में लिखी तिथि होनी चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;months&quot; or &quot;days&quot;.</source>
        <translation>&quot;%1&quot; का मान &quot;months&quot; या &quot;days&quot; होना चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; का मान true या false होना चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, such as &quot;C&quot;.</source>
        <translation>&quot;%1&quot; पाठ होना चाहिए, जैसे &quot;C&quot;।</translation>
    </message>
</context>
<context>
    <name>DerivationsBox</name>
    <message>
        <source>tenure %1 → signup %2</source>
        <translation>अवधि %1 → साइनअप %2</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>%1 को छोड़ा</translation>
    </message>
    <message>
        <source>still a customer</source>
        <translation>अब भी ग्राहक</translation>
    </message>
    <message>
        <source>%1 × %2 → amount %3</source>
        <translation>%1 × %2 → राशि %3</translation>
    </message>
    <message>
        <source>First rows, as they will be stored:</source>
        <translation>पहली पंक्तियाँ, जैसे वे सहेजी जाएँगी:</translation>
    </message>
    <message>
        <source>A snapshot extract, taken on:</source>
        <translation>किसी दिन का स्नैपशॉट, लिया गया:</translation>
    </message>
    <message>
        <source>With a tenure column, the signup date is this day minus the tenure; with a churn flag, the churn date is this day for customers who left.</source>
        <translation>अवधि वाले कॉलम के साथ साइनअप तिथि यह दिन घटा अवधि है; छोड़ने के संकेत के साथ, छोड़ चुके ग्राहकों की छोड़ने की तिथि यही दिन है।</translation>
    </message>
    <message>
        <source>Tenure in:</source>
        <translation>अवधि की इकाई:</translation>
    </message>
    <message>
        <source>Cancellations start with:</source>
        <translation>रद्दीकरण इससे शुरू होते हैं:</translation>
    </message>
    <message>
        <source>Order keys of cancellations, netted against their order (for example C536379 against 536379).</source>
        <translation>रद्दीकरणों की ऑर्डर संख्याएँ, जो अपने ऑर्डर से घटाई जाती हैं (जैसे C536379 को 536379 से)।</translation>
    </message>
    <message>
        <source>They are marked implied and signed up on their first event in this file. Without this, such rows are rejected.</source>
        <translation>उन्हें अनुमानित चिह्नित किया जाता है और इस फ़ाइल में उनकी पहली घटना की तिथि पर साइनअप माना जाता है। इसके बिना ऐसी पंक्तियाँ अस्वीकार होती हैं।</translation>
    </message>
    <message>
        <source>Rows are order lines</source>
        <translation>पंक्तियाँ ऑर्डर की मदें हैं</translation>
    </message>
    <message>
        <source>The lines with the same order key become one order: amounts summed, cross-sell if any line is, products listed.</source>
        <translation>एक ही ऑर्डर संख्या वाली पंक्तियाँ एक ऑर्डर बनती हैं: राशियाँ जोड़ी जाती हैं, कोई पंक्ति क्रॉस-सेल हो तो क्रॉस-सेल, उत्पाद सूचीबद्ध।</translation>
    </message>
    <message>
        <source>Create missing customers</source>
        <translation>छूटे हुए ग्राहक बनाएँ</translation>
    </message>
    <message>
        <source>Store customer keys as hashes</source>
        <translation>ग्राहक कुंजियाँ हैश के रूप में रखें</translation>
    </message>
    <message>
        <source>For keys your team must not keep, such as email addresses: each key is stored as a salted hash, never as written. From the first import of a project on, every import into it hashes its keys the same way.</source>
        <translation>उन कुंजियों के लिए जिन्हें आपकी टीम नहीं रख सकती, जैसे ई-मेल पते: हर कुंजी सॉल्ट किए गए हैश के रूप में रखी जाती है, कभी लिखे रूप में नहीं। प्रोजेक्ट के पहले आयात से, उसमें हर आयात अपनी कुंजियाँ एक ही तरह हैश करता है।</translation>
    </message>
    <message>
        <source>Derived values</source>
        <comment>options: the values the import will derive</comment>
        <translation>व्युत्पन्न मान</translation>
    </message>
    <message>
        <source>months</source>
        <comment>tenure unit, read as &quot;tenure in months&quot;</comment>
        <translation>महीने</translation>
    </message>
    <message>
        <source>days</source>
        <comment>tenure unit, read as &quot;tenure in days&quot;</comment>
        <translation>दिन</translation>
    </message>
</context>
<context>
    <name>DuplicatePolicyBox</name>
    <message>
        <source>&amp;Skip them</source>
        <extracomment>Duplicate policy: keep the stored row</extracomment>
        <translation>इन्हें छोड़ें(&amp;S)</translation>
    </message>
    <message>
        <source>The stored row stays as it is; the new one is listed with the rejected rows.</source>
        <translation>सहेजी गई पंक्ति जैसी है वैसी रहती है; नई पंक्ति अस्वीकृत पंक्तियों में दिखाई जाती है।</translation>
    </message>
    <message>
        <source>&amp;Replace the stored row</source>
        <extracomment>Duplicate policy: overwrite the stored row</extracomment>
        <translation>सहेजी गई पंक्ति बदलें(&amp;R)</translation>
    </message>
    <message>
        <source>The file&apos;s values overwrite it; rows that refer to it stay linked.</source>
        <translation>फ़ाइल के मान उसे ओवरराइट करते हैं; उससे जुड़ी पंक्तियाँ जुड़ी रहती हैं।</translation>
    </message>
    <message>
        <source>S&amp;top the import</source>
        <extracomment>Duplicate policy: abort the import</extracomment>
        <translation>आयात रोकें(&amp;T)</translation>
    </message>
    <message>
        <source>Nothing is imported if any key is already there or appears twice in the file.</source>
        <translation>यदि कोई कुंजी पहले से मौजूद है या फ़ाइल में दो बार है, तो कुछ भी आयात नहीं होता।</translation>
    </message>
    <message>
        <source>Duplicate keys</source>
        <translation>डुप्लिकेट कुंजियाँ</translation>
    </message>
    <message>
        <source>Rows whose %1 is already in the project, or earlier in the file:</source>
        <extracomment>%1 is the key field, e.g. &quot;Customer ID&quot;</extracomment>
        <translation>वे पंक्तियाँ जिनका %1 पहले से प्रोजेक्ट में है, या फ़ाइल में पहले आ चुका है:</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the folder exists and that you may write there, or choose another folder.</source>
        <translation>%1 लिखा नहीं जा सका (%2)। जाँचें कि फ़ोल्डर मौजूद है और आप उसमें लिख सकते हैं, या कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the free space and try again.</source>
        <translation>%1 लिखा नहीं जा सका (%2)। खाली जगह जाँचें और फिर से कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>ExportLocation</name>
    <message>
        <source>No file name was given.</source>
        <translation>कोई फ़ाइल नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 नहीं लिखी जा सकती: फ़ोल्डर %2 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is a folder.</source>
        <translation>%1 नहीं लिखी जा सकती: यह एक फ़ोल्डर है।</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 नहीं लिखी जा सकती: %2।</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>निर्यात सहेजा गया</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>सहेजा गया: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>फ़ोल्डर में दिखाएँ (&amp;F)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>A file dialog&apos;s filter; keep (*.xlsx)</extracomment>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Customer ID</source>
        <translation>ग्राहक ID</translation>
    </message>
    <message>
        <source>Signup date</source>
        <translation>साइन-अप तिथि</translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation>ग्राहक छोड़ने की तिथि</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>मासिक राजस्व</translation>
    </message>
    <message>
        <source>Social engaged</source>
        <translation>सोशल से जुड़े</translation>
    </message>
    <message>
        <source>First social contact</source>
        <translation>पहला सोशल संपर्क</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>सेगमेंट</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>NPS स्कोर</translation>
    </message>
    <message>
        <source>At-risk date</source>
        <translation>जोखिम में आने की तिथि</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>संपर्क ID</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>संपर्क तिथि</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Handle time (min)</source>
        <translation>हैंडल टाइम (मिनट)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल हुआ</translation>
    </message>
    <message>
        <source>Led to process change</source>
        <translation>प्रक्रिया में बदलाव हुआ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ऑर्डर ID</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>ऑर्डर तिथि</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>क्रॉस-सेल</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Mention ID</source>
        <translation>उल्लेख ID</translation>
    </message>
    <message>
        <source>Mention date</source>
        <translation>उल्लेख तिथि</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>भावना</translation>
    </message>
    <message>
        <source>Reach</source>
        <extracomment>Of a social-media mention: how many people could see it (audience)</extracomment>
        <translation>पहुँच</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>प्लेटफ़ॉर्म</translation>
    </message>
    <message>
        <source>Improvement ID</source>
        <translation>सुधार ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Issues addressed</source>
        <translation>हल की गई समस्याएँ</translation>
    </message>
    <message>
        <source>Customers retained a year</source>
        <translation>प्रति वर्ष बनाए रखे गए ग्राहक</translation>
    </message>
    <message>
        <source>Staff hours saved a year</source>
        <translation>प्रति वर्ष बचाए गए स्टाफ़ घंटे</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>उल्लेख</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>सुधार</translation>
    </message>
    <message>
        <source>Tenure (gives the signup date)</source>
        <translation>अवधि (साइनअप तिथि देती है)</translation>
    </message>
    <message>
        <source>Churned, yes or no (gives the churn date)</source>
        <translation>छोड़ दिया, हाँ या नहीं (छोड़ने की तिथि देता है)</translation>
    </message>
    <message>
        <source>Implied (created by an import)</source>
        <translation>अनुमानित (आयात द्वारा बनाया गया)</translation>
    </message>
    <message>
        <source>Quantity (× unit price gives the amount)</source>
        <translation>मात्रा (× इकाई मूल्य से राशि)</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
    <message>
        <source>Returned amount</source>
        <translation>लौटाई गई राशि</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>सभी ग्राहक</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>पढ़ी गई पंक्तियाँ</translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>The mapping profile is not valid JSON (%1 at character %2).</source>
        <translation>मैपिंग प्रोफ़ाइल मान्य JSON नहीं है (वर्ण %2 पर %1)।</translation>
    </message>
    <message>
        <source>The mapping profile is not a JSON object.</source>
        <translation>मैपिंग प्रोफ़ाइल JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>This is not a SocialROI mapping profile: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>यह SocialROI मैपिंग प्रोफ़ाइल नहीं है: &quot;format&quot; का मान &quot;%1&quot; होना चाहिए।</translation>
    </message>
    <message>
        <source>The mapping profile has no valid &quot;version&quot;.</source>
        <translation>मैपिंग प्रोफ़ाइल में मान्य &quot;version&quot; नहीं है।</translation>
    </message>
    <message>
        <source>The mapping profile was saved by a newer version of SocialROI (profile version %1). Update the application.</source>
        <translation>मैपिंग प्रोफ़ाइल SocialROI के नए संस्करण से सहेजी गई थी (प्रोफ़ाइल संस्करण %1)। ऐप्लिकेशन अपडेट करें।</translation>
    </message>
    <message>
        <source>The mapping profile names an unknown table &quot;%1&quot;; use one of: %2.</source>
        <translation>मैपिंग प्रोफ़ाइल में अज्ञात तालिका &quot;%1&quot; है; इनमें से एक उपयोग करें: %2।</translation>
    </message>
    <message>
        <source>The mapping profile has no &quot;columns&quot; list.</source>
        <translation>मैपिंग प्रोफ़ाइल में &quot;columns&quot; सूची नहीं है।</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;columns&quot; needs a &quot;column&quot; number of 1 or more.</source>
        <translation>&quot;columns&quot; की प्रविष्टि %1 में 1 या उससे अधिक &quot;column&quot; संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Column %1 appears twice in the mapping profile.</source>
        <translation>कॉलम %1 मैपिंग प्रोफ़ाइल में दो बार है।</translation>
    </message>
    <message>
        <source>Column %1: &quot;field&quot; must be a field name or null.</source>
        <translation>कॉलम %1: &quot;field&quot; फ़ील्ड का नाम या null होना चाहिए।</translation>
    </message>
    <message>
        <source>Column %1 maps to &quot;%2&quot;, which is not a field of table %3; use one of: %4.</source>
        <translation>कॉलम %1 &quot;%2&quot; से मैप है, जो तालिका %3 की फ़ील्ड नहीं है; इनमें से एक उपयोग करें: %4।</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped to two columns; keep one.</source>
        <translation>फ़ील्ड &quot;%1&quot; दो कॉलमों से मैप है; एक ही रखें।</translation>
    </message>
    <message>
        <source>&quot;date_order&quot; must be &quot;dmy&quot; or &quot;mdy&quot;.</source>
        <translation>&quot;date_order&quot; का मान &quot;dmy&quot; या &quot;mdy&quot; होना चाहिए।</translation>
    </message>
    <message>
        <source>&quot;decimal_separator&quot; must be &quot;point&quot; or &quot;comma&quot;.</source>
        <translation>&quot;decimal_separator&quot; का मान &quot;point&quot; या &quot;comma&quot; होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>yes/no</source>
        <extracomment>A yes/no value</extracomment>
        <translation>हाँ/नहीं</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>पूर्ण संख्या</translation>
    </message>
    <message>
        <source>number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>money</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>one of a list</source>
        <translation>सूची में से एक</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Every customer of the project</source>
        <translation>प्रोजेक्ट का हर ग्राहक</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>सेगमेंट(&amp;S):</translation>
    </message>
    <message>
        <source>Only customers of one segment, or with one value of a customer attribute: pick one, or type NAME=VALUE (for example region=North) and press Enter.</source>
        <translation>केवल एक सेगमेंट के ग्राहक, या किसी ग्राहक एट्रिब्यूट के एक मान वाले: एक चुनें, या NAME=VALUE लिखें (उदाहरण region=North) और Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Signed up &amp;from:</source>
        <translation>साइन-अप कब से(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>कब तक(&amp;T):</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>Only customers who signed up on or after this day</source>
        <translation>केवल वे ग्राहक जिन्होंने इस दिन या उसके बाद साइन-अप किया</translation>
    </message>
    <message>
        <source>Only customers who signed up on or before this day</source>
        <translation>केवल वे ग्राहक जिन्होंने इस दिन या उससे पहले साइन-अप किया</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>संदर्भ तिथि(&amp;A):</translation>
    </message>
    <message>
        <source>Project default</source>
        <translation>प्रोजेक्ट डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>The day the metrics describe. By default the as-of date of the assumptions, or else the latest date in the data.</source>
        <translation>वह दिन जिसका वर्णन मेट्रिक्स करते हैं। डिफ़ॉल्ट रूप से मान्यताओं की संदर्भ तिथि, अन्यथा डेटा की अंतिम तिथि।</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>रीसेट करें(&amp;R)</translation>
    </message>
    <message>
        <source>Show every customer, with no date limits</source>
        <translation>बिना तिथि सीमा के सभी ग्राहक दिखाएँ</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>और कुछ नहीं</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>तुलना करें(&amp;C):</translation>
    </message>
    <message>
        <source>Similar customers, same day (estimate)</source>
        <translation>समान ग्राहक, उसी दिन (अनुमान)</translation>
    </message>
    <message>
        <source>Each social customer from their first social contact against customers still with us that day who had not dealt with the social care team yet and resemble them: an estimate of what the team caused.</source>
        <translation>हर सोशल ग्राहक उसके पहले सोशल संपर्क से, उन ग्राहकों के मुकाबले जो उस दिन हमारे साथ थे, अभी सोशल मीडिया टीम से नहीं जुड़े थे और उसके समान हैं: टीम के प्रभाव का अनुमान।</translation>
    </message>
    <message>
        <source>Everyone else, from signup (naive)</source>
        <translation>बाकी सभी, साइन-अप से (सीधी तुलना)</translation>
    </message>
    <message>
        <source>Everyone ever in touch with the social care team against everyone else, from signup: a comparison, not an estimate of an effect.</source>
        <translation>सोशल मीडिया टीम से कभी जुड़े सभी ग्राहक बाकी सभी के मुकाबले, साइन-अप से: एक तुलना, किसी प्रभाव का अनुमान नहीं।</translation>
    </message>
    <message>
        <source>Also &amp;alike in:</source>
        <translation>इनमें भी समान(&amp;A):</translation>
    </message>
    <message>
        <source>Customer attributes of your files that the estimate should compare like with like, on top of segment, tenure and revenue</source>
        <translation>आपकी फ़ाइलों के ग्राहक गुण जिनमें अनुमान को सेगमेंट, अवधि और राजस्व के अलावा समान की समान से तुलना करनी चाहिए</translation>
    </message>
    <message>
        <source>Segments not read yet: trying again…</source>
        <translation>सेगमेंट अभी पढ़े नहीं गए: फिर से प्रयास…</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>पिछले 12 महीने</translation>
    </message>
    <message>
        <source>The 12 months up to the latest signup in the data</source>
        <translation>डेटा में आख़िरी साइनअप तक के 12 महीने</translation>
    </message>
    <message>
        <source>Since programme launch</source>
        <translation>कार्यक्रम शुरू होने से</translation>
    </message>
    <message>
        <source>From the launch date of the assumptions, else the first social contact</source>
        <translation>मान्यताओं की शुरुआत की तारीख़ से, वरना पहले सोशल संपर्क से</translation>
    </message>
    <message>
        <source>No launch date: set it in the assumptions or import social contacts</source>
        <translation>शुरुआत की कोई तारीख़ नहीं: इसे मान्यताओं में तय करें या सोशल संपर्क आयात करें</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>सभी तारीख़ें</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>तारीख़ें (&amp;D)</translation>
    </message>
    <message>
        <source>Signup dates at one click: the last 12 months, a calendar year, since the programme launch, or all dates</source>
        <translation>एक क्लिक में साइनअप तारीख़ें: पिछले 12 महीने, एक कैलेंडर वर्ष, कार्यक्रम शुरू होने से, या सभी तारीख़ें</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>The programme&apos;s monthly cost, the contribution margin and the cost of a contact on each channel: check them so the money adds up.</source>
        <translation>कार्यक्रम की मासिक लागत, योगदान मार्जिन और हर चैनल पर एक संपर्क की लागत: इन्हें जाँचें ताकि रकम सही बैठे।</translation>
    </message>
    <message>
        <source>One row per contact, for customers already imported. Needs %1 (phone, social, self_service, email or chat). Also useful: %2.</source>
        <translation>हर संपर्क के लिए एक पंक्ति, पहले से आयात किए गए ग्राहकों के लिए। ज़रूरी: %1 (phone, social, self_service, email या chat)। यह भी उपयोगी: %2।</translation>
    </message>
    <message>
        <source>Bring in your data</source>
        <translation>अपना डेटा लाएँ</translation>
    </message>
    <message>
        <source>Each step is ticked once its data is in the project. Contacts and orders give the metrics their substance.</source>
        <translation>हर चरण पर सही का निशान तब लगता है जब उसका डेटा प्रोजेक्ट में आ जाता है। संपर्क और ऑर्डर ही मेट्रिक्स को ठोस बनाते हैं।</translation>
    </message>
    <message>
        <source>This project holds no customers yet. Import your files in this order; each step is ticked once its data is in the project.</source>
        <translation>इस प्रोजेक्ट में अभी कोई ग्राहक नहीं है। अपनी फ़ाइलें इसी क्रम में आयात करें; हर चरण पर सही का निशान तब लगता है जब उसका डेटा प्रोजेक्ट में आ जाता है।</translation>
    </message>
    <message>
        <source>Your columns may have other names: the wizard matches them, and you can map them by hand. See &lt;a href=&quot;%1&quot;&gt;how example files map&lt;/a&gt; (Telco churn, Online Retail, a ticket log) or the &lt;a href=&quot;%2&quot;&gt;import wizard&apos;s guide&lt;/a&gt;.</source>
        <translation>आपके कॉलमों के नाम अलग हो सकते हैं: विज़ार्ड उन्हें मिला लेता है, और आप उन्हें हाथ से भी जोड़ सकते हैं। देखें &lt;a href=&quot;%1&quot;&gt;उदाहरण फ़ाइलें कैसे जुड़ती हैं&lt;/a&gt; (Telco churn, Online Retail, एक टिकट लॉग) या &lt;a href=&quot;%2&quot;&gt;आयात विज़ार्ड की गाइड&lt;/a&gt;।</translation>
    </message>
    <message numerus="yes">
        <source>%1 — done, %Ln row(s)</source>
        <translation>
            <numerusform>%1 — पूरा, %Ln पंक्ति</numerusform>
            <numerusform>%1 — पूरा, %Ln पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checked</source>
        <translation>%1 — जाँची गईं</translation>
    </message>
    <message>
        <source>Import more customers…</source>
        <translation>और ग्राहक आयात करें…</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>ग्राहक आयात करें…</translation>
    </message>
    <message>
        <source>Import more contacts…</source>
        <translation>और संपर्क आयात करें…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>संपर्क आयात करें…</translation>
    </message>
    <message>
        <source>Import more orders…</source>
        <translation>और ऑर्डर आयात करें…</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>ऑर्डर आयात करें…</translation>
    </message>
    <message>
        <source>Edit the assumptions…</source>
        <translation>मान्यताएँ संपादित करें…</translation>
    </message>
    <message>
        <source>Import the customers first: each row names one.</source>
        <translation>पहले ग्राहक आयात करें: हर पंक्ति किसी एक ग्राहक का नाम लेती है।</translation>
    </message>
    <message>
        <source>One row per customer. Needs %1, or for a snapshot extract a tenure and a churn flag with the day it was taken. Also useful: %2 (churn_date for retention, social_engaged or first_social_date for who dealt with the social care team).</source>
        <translation>हर ग्राहक की एक पंक्ति। %1 चाहिए, या स्नैपशॉट के लिए अवधि और छोड़ने का संकेत, निकासी के दिन के साथ। ये भी उपयोगी: %2 (प्रतिधारण के लिए churn_date, सोशल मीडिया टीम से किसका संपर्क हुआ यह जानने के लिए social_engaged या first_social_date)।</translation>
    </message>
    <message>
        <source>One row per order, or per order line with a quantity and a unit price. Needs %1; customers not imported yet can be created. Also useful: %2.</source>
        <translation>हर ऑर्डर की एक पंक्ति, या मात्रा और इकाई मूल्य वाली हर ऑर्डर मद की। %1 चाहिए; जो ग्राहक अभी आयात नहीं हुए वे बनाए जा सकते हैं। ये भी उपयोगी: %2।</translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>और %n अन्य</numerusform>
            <numerusform>और %n अन्य</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) of the %1 table match no column of the file: %2. The file&apos;s columns are: %3. Rename the column in the file, or choose the column for each field in the import wizard or with a mapping profile (--mapping).</source>
        <translation>
            <numerusform>%1 तालिका की %n आवश्यक फ़ील्ड फ़ाइल के किसी कॉलम से मेल नहीं खाती: %2। फ़ाइल के कॉलम हैं: %3। फ़ाइल में कॉलम का नाम बदलें, या आयात विज़ार्ड में या मैपिंग प्रोफ़ाइल (--mapping) से हर फ़ील्ड का कॉलम चुनें।</numerusform>
            <numerusform>%1 तालिका की %n आवश्यक फ़ील्ड फ़ाइल के किसी कॉलम से मेल नहीं खातीं: %2। फ़ाइल के कॉलम हैं: %3। फ़ाइल में कॉलम का नाम बदलें, या आयात विज़ार्ड में या मैपिंग प्रोफ़ाइल (--mapping) से हर फ़ील्ड का कॉलम चुनें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: the mapping profile cannot be read (%2).</source>
        <translation>%1: मैपिंग प्रोफ़ाइल पढ़ी नहीं जा सकती (%2)।</translation>
    </message>
    <message>
        <source>%1: no such mapping profile file (and the project %2 does not exist yet, so it has no saved profiles).</source>
        <translation>%1: ऐसी कोई मैपिंग प्रोफ़ाइल फ़ाइल नहीं है (और प्रोजेक्ट %2 अभी मौजूद नहीं है, इसलिए उसमें कोई सहेजी गई प्रोफ़ाइल नहीं है)।</translation>
    </message>
    <message>
        <source>%1 is neither a mapping profile file nor a profile saved in the project: %2</source>
        <translation>%1 न तो मैपिंग प्रोफ़ाइल फ़ाइल है और न ही प्रोजेक्ट में सहेजी गई प्रोफ़ाइल: %2</translation>
    </message>
    <message>
        <source>Imported %1 into the %2 table of %3 (import %4, %5 s).</source>
        <translation>%1 को %3 की %2 तालिका में आयात किया गया (आयात %4, %5 सेकंड)।</translation>
    </message>
    <message>
        <source>  rows read:     %1</source>
        <translation>  पढ़ी गई पंक्तियाँ:   %1</translation>
    </message>
    <message>
        <source>  imported:      %1</source>
        <translation>  आयात की गईं:     %1</translation>
    </message>
    <message>
        <source>  rejected:      %1</source>
        <translation>  अस्वीकृत:           %1</translation>
    </message>
    <message>
        <source>  blank rows:    %1 (skipped)</source>
        <translation>  खाली पंक्तियाँ:      %1 (छोड़ी गईं)</translation>
    </message>
    <message>
        <source>  extra values:  %1 (columns without a field, kept as extra attributes)</source>
        <translation>  अतिरिक्त मान:       %1 (बिना फ़ील्ड वाले कॉलम, अतिरिक्त एट्रिब्यूट के रूप में रखे गए)</translation>
    </message>
    <message>
        <source>Some rows were rejected; every one is kept in the project (rejected_rows, import %1) with its line, column, text and reason. The first ones:</source>
        <translation>कुछ पंक्तियाँ अस्वीकार की गईं; हर एक प्रोजेक्ट में (rejected_rows, आयात %1) अपनी पंक्ति, कॉलम, टेक्स्ट और कारण के साथ रखी गई है। पहली कुछ:</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <source>Imports a CSV, TSV or XLSX file into one table of a project, creating the project if it does not exist. Columns are matched to the table&apos;s fields by their headers (in English, French, German, Polish or Hindi) or by a mapping profile; columns without a field are kept as extra attributes. Rows with bad values are rejected and kept in the project with their line, column and reason; the rest is imported. A file that cannot be read as a whole imports nothing.</source>
        <translation>CSV, TSV या XLSX फ़ाइल को प्रोजेक्ट की एक तालिका में आयात करता है, और प्रोजेक्ट मौजूद न हो तो उसे बनाता है। कॉलम तालिका की फ़ील्ड से उनके हेडर (अंग्रेज़ी, फ़्रेंच, जर्मन, पोलिश या हिंदी में) या मैपिंग प्रोफ़ाइल के ज़रिए मिलाए जाते हैं; बिना फ़ील्ड वाले कॉलम अतिरिक्त एट्रिब्यूट के रूप में रखे जाते हैं। गलत मानों वाली पंक्तियाँ अस्वीकार की जाती हैं और अपनी पंक्ति, कॉलम और कारण के साथ प्रोजेक्ट में रखी जाती हैं; बाकी आयात होता है। जो फ़ाइल पूरी नहीं पढ़ी जा सकती, उससे कुछ भी आयात नहीं होता।</translation>
    </message>
    <message>
        <source>The file to import (.csv, .tsv, .txt, .xlsx).</source>
        <translation>आयात की जाने वाली फ़ाइल (.csv, .tsv, .txt, .xlsx)।</translation>
    </message>
    <message>
        <source>The project file (.socialroi); created when missing.</source>
        <translation>प्रोजेक्ट फ़ाइल (.socialroi); न होने पर बनाई जाती है।</translation>
    </message>
    <message>
        <source>The table to import into: customers, contacts, orders, mentions or improvements (required).</source>
        <translation>जिस तालिका में आयात करना है: customers, contacts, orders, mentions या improvements (आवश्यक)।</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first).</source>
        <translation>वर्कबुक की पढ़ी जाने वाली शीट (डिफ़ॉल्ट: पहली)।</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>A mapping profile: a JSON file, or the name of a profile saved in the project.</source>
        <translation>मैपिंग प्रोफ़ाइल: एक JSON फ़ाइल, या प्रोजेक्ट में सहेजी गई प्रोफ़ाइल का नाम।</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Save the mapping used in the project under NAME, for --mapping NAME next time.</source>
        <translation>उपयोग की गई मैपिंग को प्रोजेक्ट में नाम के तहत सहेजें, ताकि अगली बार --mapping नाम से उपयोग हो सके।</translation>
    </message>
    <message>
        <source>What to do with a row whose key is already in the project or earlier in the file: skip (keep the existing row; default), replace (update it) or fail (import nothing).</source>
        <translation>जिस पंक्ति की कुंजी पहले से प्रोजेक्ट में या फ़ाइल में पहले है, उसके साथ क्या करें: skip (मौजूदा पंक्ति रखें; डिफ़ॉल्ट), replace (उसे अपडेट करें) या fail (कुछ भी आयात न करें)।</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>नीति</translation>
    </message>
    <message>
        <source>The order of dates like 05/06/2024 when the file cannot tell: dmy (day first) or mdy (month first).</source>
        <translation>05/06/2024 जैसी तिथियों का क्रम, जब फ़ाइल से तय न हो: dmy (पहले दिन) या mdy (पहले माह)।</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>The delimiter of a text file, when detection is wrong: a character, or tab, comma, semicolon, pipe.</source>
        <translation>टेक्स्ट फ़ाइल का डिलिमिटर, जब पहचान गलत हो: एक वर्ण, या tab, comma, semicolon, pipe।</translation>
    </message>
    <message>
        <source>C</source>
        <translation>वर्ण</translation>
    </message>
    <message>
        <source>The encoding of a text file, when detection is wrong: utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>टेक्स्ट फ़ाइल की एन्कोडिंग, जब पहचान गलत हो: utf-8, utf-16le, utf-16be या windows-1252।</translation>
    </message>
    <message>
        <source>E</source>
        <translation>एन्कोडिंग</translation>
    </message>
    <message>
        <source>Missing FILE: the file to import.</source>
        <translation>फ़ाइल नहीं दी गई: आयात की जाने वाली फ़ाइल।</translation>
    </message>
    <message>
        <source>Import one file at a time; unexpected argument: %1</source>
        <translation>एक बार में एक फ़ाइल आयात करें; अनपेक्षित आर्ग्युमेंट: %1</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to import into.</source>
        <translation>-p प्रोजेक्ट नहीं दिया गया: जिस प्रोजेक्ट में आयात करना है।</translation>
    </message>
    <message>
        <source>Missing --table: customers, contacts, orders, mentions or improvements.</source>
        <translation>--table नहीं दिया गया: customers, contacts, orders, mentions या improvements।</translation>
    </message>
    <message>
        <source>--table must be customers, contacts, orders, mentions or improvements, not &quot;%1&quot;.</source>
        <translation>--table का मान customers, contacts, orders, mentions या improvements होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, replace or fail, not &quot;%1&quot;.</source>
        <translation>--on-duplicate का मान skip, replace या fail होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--date-order must be dmy or mdy, not &quot;%1&quot;.</source>
        <translation>--date-order का मान dmy या mdy होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--delimiter must be one character (or tab, comma, semicolon, pipe), not &quot;%1&quot;.</source>
        <translation>--delimiter एक ही वर्ण (या tab, comma, semicolon, pipe) होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252, not &quot;%1&quot;.</source>
        <translation>--encoding का मान utf-8, utf-8-bom, utf-16le, utf-16be या windows-1252 होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>FILE is the project itself; choose the file to import.</source>
        <translation>फ़ाइल स्वयं प्रोजेक्ट है; आयात करने के लिए फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The mapping was saved in the project as &quot;%1&quot;.</source>
        <translation>मैपिंग प्रोजेक्ट में &quot;%1&quot; नाम से सहेजी गई।</translation>
    </message>
    <message>
        <source>  customers created: %1 (implied: signed up on their first event in this file)</source>
        <translation>  बनाए गए ग्राहक: %1 (अनुमानित: इस फ़ाइल में पहली घटना पर साइनअप)</translation>
    </message>
    <message>
        <source>Derived values:</source>
        <translation>व्युत्पन्न मान:</translation>
    </message>
    <message>
        <source>Customers: the day a snapshot extract was taken (YYYY-MM-DD). With a tenure column, signup_date is this day minus the tenure; with a churn flag (yes/no), churn_date is this day for those who left.</source>
        <translation>ग्राहक: जिस दिन स्नैपशॉट लिया गया (YYYY-MM-DD)। अवधि वाले कॉलम के साथ signup_date यह दिन घटा अवधि है; छोड़ने के संकेत (हाँ/नहीं) के साथ, छोड़ चुके ग्राहकों का churn_date यही दिन है।</translation>
    </message>
    <message>
        <source>The unit of the tenure column: months (default) or days.</source>
        <translation>अवधि कॉलम की इकाई: months (महीने, डिफ़ॉल्ट) या days (दिन)।</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>Orders: the rows are order lines; COLUMN holds the order key that groups them into one order (amounts summed; amount = quantity × unit price when the file has no amount).</source>
        <translation>ऑर्डर: पंक्तियाँ ऑर्डर की मदें हैं; COLUMN में ऑर्डर संख्या है जो उन्हें एक ऑर्डर में जोड़ती है (राशियाँ जोड़ी जाती हैं; फ़ाइल में राशि न हो तो राशि = मात्रा × इकाई मूल्य)।</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <source>Order lines: order keys starting with TEXT are cancellations (for example C), netted against their order when the file has it.</source>
        <translation>ऑर्डर की मदें: TEXT से शुरू होने वाली ऑर्डर संख्याएँ रद्दीकरण हैं (जैसे C), जो फ़ाइल में उनका ऑर्डर होने पर उससे घटाए जाते हैं।</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Contacts, orders, mentions: create the customers the project does not have, marked implied, signed up on their first event in the file (without it such rows are rejected).</source>
        <translation>संपर्क, ऑर्डर, उल्लेख: जो ग्राहक प्रोजेक्ट में नहीं हैं उन्हें बनाएँ, अनुमानित चिह्नित, फ़ाइल में उनकी पहली घटना पर साइनअप (इसके बिना ऐसी पंक्तियाँ अस्वीकार होती हैं)।</translation>
    </message>
    <message>
        <source>--snapshot must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--snapshot YYYY-MM-DD रूप में लिखी तिथि होनी चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--tenure-unit must be months or days, not &quot;%1&quot;.</source>
        <translation>--tenure-unit का मान months या days होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>Store customer keys (email addresses, phone numbers) as salted hashes, never as written; from the first import of a project on, every import into it hashes its keys the same way.</source>
        <translation>ग्राहक कुंजियाँ (ई-मेल पते, फ़ोन नंबर) सॉल्ट किए गए हैश के रूप में रखें, कभी लिखे रूप में नहीं; प्रोजेक्ट के पहले आयात से, उसमें हर आयात अपनी कुंजियाँ एक ही तरह हैश करता है।</translation>
    </message>
    <message>
        <source>Rejected rows by reason:</source>
        <translation>कारण के अनुसार अस्वीकृत पंक्तियाँ:</translation>
    </message>
    <message>
        <source>  %1 × %2 (first on line %3)</source>
        <translation>  %1 × %2 (पहली बार पंक्ति %3 पर)</translation>
    </message>
    <message numerus="yes">
        <source>  order lines:   %1, making %n order(s)</source>
        <translation>
            <numerusform>  ऑर्डर की मदें:  %1, जिनसे %n ऑर्डर बना</numerusform>
            <numerusform>  ऑर्डर की मदें:  %1, जिनसे %n ऑर्डर बने</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  cancellations: %n line(s); netted against their order: %1, kept as negative orders (no such order in the file): %2</source>
        <translation>
            <numerusform>  रद्दीकरण:      %n पंक्ति; अपने ऑर्डर से घटाए गए: %1, ऋणात्मक ऑर्डर के रूप में रखे गए (फ़ाइल में वह ऑर्डर नहीं): %2</numerusform>
            <numerusform>  रद्दीकरण:      %n पंक्तियाँ; अपने ऑर्डर से घटाए गए: %1, ऋणात्मक ऑर्डर के रूप में रखे गए (फ़ाइल में वह ऑर्डर नहीं): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n existing row(s) replaced)</source>
        <translation>
            <numerusform> (%n मौजूदा पंक्ति बदली गई)</numerusform>
            <numerusform> (%n मौजूदा पंक्तियाँ बदली गईं)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown customer(s)</source>
        <translation>
            <numerusform>%n अज्ञात ग्राहक</numerusform>
            <numerusform>%n अज्ञात ग्राहक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n डुप्लिकेट छोड़ा गया</numerusform>
            <numerusform>%n डुप्लिकेट छोड़े गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>A CSV, TSV or text export, or an Excel workbook (.xlsx). Nothing is written to the project before the last step.</source>
        <translation>CSV, TSV या टेक्स्ट निर्यात, या Excel वर्कबुक (.xlsx)। अंतिम चरण से पहले प्रोजेक्ट में कुछ नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>फ़ाइल(&amp;F):</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>आयात की जाने वाली फ़ाइल का पाथ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Import into:</source>
        <translation>इसमें आयात करें(&amp;I):</translation>
    </message>
    <message>
        <source>Text format</source>
        <translation>टेक्स्ट फ़ॉर्मेट</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>एन्कोडिंग(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>डिलिमिटर(&amp;D):</translation>
    </message>
    <message>
        <source>First line holds the column &amp;names</source>
        <extracomment>Check box: the first line of the file holds the column names</extracomment>
        <translation>पहली पंक्ति में कॉलम के नाम हैं(&amp;N)</translation>
    </message>
    <message>
        <source>Spreadsheets and text exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>स्प्रेडशीट और टेक्स्ट निर्यात (*.csv *.tsv *.txt *.xlsx);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>फ़ाइल पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Excel workbook. Sheets: %1.</source>
        <translation>Excel वर्कबुक। शीट: %1।</translation>
    </message>
    <message>
        <source>Delimited text. Columns (%1): %2.</source>
        <translation>डिलिमिटेड टेक्स्ट। कॉलम (%1): %2।</translation>
    </message>
    <message>
        <source>Needs: %1.</source>
        <translation>आवश्यक: %1।</translation>
    </message>
    <message>
        <source>Guessed from the column names. %1</source>
        <translation>कॉलम के नामों से अनुमान लगाया गया। %1</translation>
    </message>
    <message>
        <source>detected</source>
        <extracomment>Beside a setting of the text format: found by reading the file</extracomment>
        <translation>पहचाना गया</translation>
    </message>
    <message>
        <source>(or a tenure, with the day of the snapshot)</source>
        <translation>(या अवधि, स्नैपशॉट के दिन के साथ)</translation>
    </message>
    <message>
        <source>(or a quantity and a unit price)</source>
        <translation>(या मात्रा और इकाई मूल्य)</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>%1: cannot read the import history (%2).</source>
        <translation>%1: आयात इतिहास पढ़ा नहीं जा सकता (%2)।</translation>
    </message>
    <message>
        <source>Import %1 is not in this project.</source>
        <translation>आयात %1 इस प्रोजेक्ट में नहीं है।</translation>
    </message>
    <message>
        <source>The mapping of import %1 cannot be read (%2).</source>
        <translation>आयात %1 की मैपिंग पढ़ी नहीं जा सकती (%2)।</translation>
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
            <numerusform>अस्वीकृत पंक्तियों में से %n ठीक करके फिर से आयात की गई।</numerusform>
            <numerusform>अस्वीकृत पंक्तियों में से %n ठीक करके फिर से आयात की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date and time of an import</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2 fixed)</source>
        <translation>%1 (%2 ठीक की गईं)</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>किस रूप में आयात</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>आयातित</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Imported by an earlier version, which kept no record of the rows: it cannot be undone.</source>
        <translation>पिछले संस्करण से आयात किया गया, जिसने पंक्तियों का कोई रिकॉर्ड नहीं रखा: इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Nothing was imported into this project yet. Use File &gt; Import data… or drop a file on the window.</source>
        <translation>इस प्रोजेक्ट में अभी तक कुछ आयात नहीं हुआ। फ़ाइल &gt; डेटा आयात करें… चुनें या कोई फ़ाइल विंडो पर छोड़ें।</translation>
    </message>
    <message>
        <source>From %1 (%2), SHA-256 %3</source>
        <translation>%1 से (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>कॉलम %1</translation>
    </message>
    <message>
        <source>Kept as extra attributes: %1</source>
        <translation>अतिरिक्त एट्रिब्यूट के रूप में रखे गए: %1</translation>
    </message>
    <message>
        <source>How its columns were read</source>
        <translation>इसके कॉलम कैसे पढ़े गए</translation>
    </message>
    <message>
        <source>Values derived</source>
        <translation>व्युत्पन्न मान</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>यह आयात पूर्ववत करें</translation>
    </message>
    <message>
        <source>Nothing else changes. The file itself is not touched: you can import it again later.</source>
        <translation>और कुछ नहीं बदलता। फ़ाइल को छुआ नहीं जाता: आप इसे बाद में फिर से आयात कर सकते हैं।</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>आयात पूर्ववत करें</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>आयात पूर्ववत किया जा रहा है…</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>आयात इतिहास</translation>
    </message>
    <message>
        <source>Every file imported into this project, newest first. Select one to see how it was read, to open its rejected rows (fix them and import them again), or to undo it.</source>
        <translation>इस प्रोजेक्ट में आयात की गई हर फ़ाइल, सबसे नई पहले। कोई एक चुनें: देखें कि वह कैसे पढ़ी गई, उसकी अस्वीकृत पंक्तियाँ खोलें (ठीक करके फिर से आयात करें), या उसे पूर्ववत करें।</translation>
    </message>
    <message>
        <source>&amp;Rejected rows…</source>
        <translation>अस्वीकृत पंक्तियाँ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>यह आयात पूर्ववत करें(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>कॉलम मैप करें</translation>
    </message>
    <message>
        <source>Choose the field each column of the file goes to. Columns without a field are kept as extra attributes, usable as segments and filters.</source>
        <translation>फ़ाइल का हर कॉलम किस फ़ील्ड में जाएगा, चुनें। बिना फ़ील्ड वाले कॉलम अतिरिक्त एट्रिब्यूट के रूप में रखे जाते हैं और सेगमेंट व फ़िल्टर के रूप में उपयोग हो सकते हैं।</translation>
    </message>
    <message>
        <source>Loaded the mapping &quot;%1&quot;.</source>
        <translation>मैपिंग &quot;%1&quot; लोड की गई।</translation>
    </message>
    <message>
        <source>Loaded the mapping &quot;%1&quot;; its columns %2 are not in this file.</source>
        <translation>मैपिंग &quot;%1&quot; लोड की गई; इसके कॉलम %2 इस फ़ाइल में नहीं हैं।</translation>
    </message>
    <message>
        <source>Required fields without a column: %1. Choose the column that holds each.</source>
        <translation>बिना कॉलम वाली आवश्यक फ़ील्ड: %1। हर एक के लिए वह कॉलम चुनें जिसमें वह है।</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Would be rejected: %1</source>
        <translation>अस्वीकार होगा: %1</translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation>ऐसा दिखता है: %1</translation>
    </message>
    <message>
        <source>Row %1 of the sheet</source>
        <translation>शीट की पंक्ति %1</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>फ़ाइल की पंक्ति %1</translation>
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
→ अतिरिक्त एट्रिब्यूट</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; goes to the field %2.</source>
        <translation>कॉलम &quot;%1&quot; फ़ील्ड %2 में जाता है।</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is kept as an extra attribute (usable as a segment or filter).</source>
        <translation>कॉलम &quot;%1&quot; अतिरिक्त एट्रिब्यूट के रूप में रखा जाता है (सेगमेंट या फ़िल्टर के रूप में उपयोगी)।</translation>
    </message>
    <message>
        <source>Its values look like: %1.</source>
        <translation>इसके मान ऐसे दिखते हैं: %1।</translation>
    </message>
    <message>
        <source>Values the import would reject in these rows: %1.</source>
        <translation>इन पंक्तियों में वे मान जिन्हें आयात अस्वीकार करेगा: %1।</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <source>The first rows exactly as written in the file. Each column shows the field it goes to; you can change that on the next page.</source>
        <translation>पहली पंक्तियाँ ठीक वैसी जैसी फ़ाइल में लिखी हैं। हर कॉलम दिखाता है कि वह किस फ़ील्ड में जाता है; आप इसे अगले पेज पर बदल सकते हैं।</translation>
    </message>
    <message>
        <source>A value the import would reject; point at the cell for the reason.</source>
        <translation>ऐसा मान जिसे आयात अस्वीकार करेगा; कारण देखने के लिए सेल पर पॉइंटर रखें।</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>पहली पंक्तियाँ पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message>
        <source>All rows of the file: %1.</source>
        <translation>फ़ाइल की सभी पंक्तियाँ: %1।</translation>
    </message>
    <message>
        <source>Rows the import would reject for a bad value: %1.</source>
        <translation>गलत मान के कारण आयात जिन पंक्तियों को अस्वीकार करेगा: %1।</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) of the file.</source>
        <translation>
            <numerusform>फ़ाइल की पहली %Ln पंक्ति।</numerusform>
            <numerusform>फ़ाइल की पहली %Ln पंक्तियाँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of the file&apos;s %Ln row(s).</source>
        <translation>
            <numerusform>फ़ाइल की %Ln पंक्ति में से पहली %1।</numerusform>
            <numerusform>फ़ाइल की %Ln पंक्तियों में से पहली %1।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Check before importing</source>
        <translation>आयात से पहले जाँचें</translation>
    </message>
    <message>
        <source>An estimate from the rows read so far; the import itself checks every row.</source>
        <translation>अब तक पढ़ी गई पंक्तियों से एक अनुमान; आयात स्वयं हर पंक्ति की जाँच करता है।</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>The button that starts the import</extracomment>
        <translation>आयात करें(&amp;I)</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>क्या आयात होगा</translation>
    </message>
    <message>
        <source>The sheet &lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; into the &lt;b&gt;%3&lt;/b&gt; table.</source>
        <translation>&lt;b&gt;%2&lt;/b&gt; की शीट &lt;b&gt;%1&lt;/b&gt;, &lt;b&gt;%3&lt;/b&gt; तालिका में।</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; into the &lt;b&gt;%2&lt;/b&gt; table.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, &lt;b&gt;%2&lt;/b&gt; तालिका में।</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted column name</comment>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Columns going to fields: %1.</source>
        <translation>फ़ील्ड में जाने वाले कॉलम: %1।</translation>
    </message>
    <message>
        <source>No column is kept as an extra attribute.</source>
        <translation>कोई कॉलम अतिरिक्त एट्रिब्यूट के रूप में नहीं रखा गया।</translation>
    </message>
    <message>
        <source>Kept as extra attributes, usable as segments and filters: %1.</source>
        <translation>अतिरिक्त एट्रिब्यूट के रूप में रखे गए, सेगमेंट और फ़िल्टर के रूप में उपयोगी: %1।</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read day first, as you chose.</source>
        <translation>05/06/2024 जैसी तिथियाँ आपकी पसंद के अनुसार पहले दिन मानकर पढ़ी जाती हैं।</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read month first, as you chose.</source>
        <translation>05/06/2024 जैसी तिथियाँ आपकी पसंद के अनुसार पहले माह मानकर पढ़ी जाती हैं।</translation>
    </message>
    <message>
        <source>Estimate from the preview</source>
        <translation>पूर्वावलोकन से अनुमान</translation>
    </message>
    <message>
        <source>Rows read for the preview: %1.</source>
        <translation>पूर्वावलोकन के लिए पढ़ी गई पंक्तियाँ: %1।</translation>
    </message>
    <message>
        <source>Rows with a value the import would reject: %1. The first ones:</source>
        <translation>ऐसे मान वाली पंक्तियाँ जिन्हें आयात अस्वीकार करेगा: %1। पहली कुछ:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>और %1 अन्य</translation>
    </message>
    <message>
        <source>The rest of the file is checked during the import.</source>
        <translation>फ़ाइल के बाकी हिस्से की जाँच आयात के दौरान होती है।</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>आगे क्या होगा</translation>
    </message>
    <message>
        <source>The whole file is read twice: once to settle the format of each column, once to import.</source>
        <translation>पूरी फ़ाइल दो बार पढ़ी जाती है: एक बार हर कॉलम का फ़ॉर्मेट तय करने के लिए, एक बार आयात के लिए।</translation>
    </message>
    <message>
        <source>Rows with a bad value are not imported. Each is kept in the project with its line, its text and the reason, and you can export them to fix and import again.</source>
        <translation>गलत मान वाली पंक्तियाँ आयात नहीं होतीं। हर एक अपनी पंक्ति, टेक्स्ट और कारण के साथ प्रोजेक्ट में रखी जाती है, और आप उन्हें सुधारने व दोबारा आयात करने के लिए निर्यात कर सकते हैं।</translation>
    </message>
    <message>
        <source>A row whose %1 is already in the project is skipped and listed with the rejected rows.</source>
        <translation>जिस पंक्ति का %1 पहले से प्रोजेक्ट में है, उसे छोड़ दिया जाता है और अस्वीकृत पंक्तियों में दिखाया जाता है।</translation>
    </message>
    <message>
        <source>A row whose %1 is already in the project replaces the stored row.</source>
        <translation>जिस पंक्ति का %1 पहले से प्रोजेक्ट में है, वह सहेजी गई पंक्ति की जगह ले लेती है।</translation>
    </message>
    <message>
        <source>If any %1 is already in the project or twice in the file, nothing is imported.</source>
        <translation>यदि कोई %1 पहले से प्रोजेक्ट में है या फ़ाइल में दो बार है, तो कुछ भी आयात नहीं होता।</translation>
    </message>
    <message>
        <source>The mapping is saved in the project as “%1”.</source>
        <translation>मैपिंग प्रोजेक्ट में &quot;%1&quot; नाम से सहेजी जाती है।</translation>
    </message>
    <message>
        <source>The project %1 does not exist yet; the import creates it.</source>
        <translation>प्रोजेक्ट %1 अभी मौजूद नहीं है; आयात उसे बनाएगा।</translation>
    </message>
    <message>
        <source>If you cancel, or anything goes wrong, the project stays exactly as it was.</source>
        <translation>यदि आप रद्द करते हैं या कुछ गलत होता है, तो प्रोजेक्ट ठीक वैसा ही रहता है जैसा था।</translation>
    </message>
    <message>
        <source>Rows naming a customer that is not in the project are rejected the same way; import the customers first, or let the import create them (&quot;Create missing customers&quot; on the previous page).</source>
        <translation>जिन पंक्तियों में ऐसा ग्राहक है जो प्रोजेक्ट में नहीं, वे भी इसी तरह अस्वीकार होती हैं; पहले ग्राहक आयात करें, या आयात को उन्हें बनाने दें (पिछले पेज पर &quot;छूटे हुए ग्राहक बनाएँ&quot;)।</translation>
    </message>
    <message>
        <source>Import anyway: most rows would be rejected (each kept with its reason)</source>
        <translation>फिर भी आयात करें: ज़्यादातर पंक्तियाँ अस्वीकार होंगी (हर एक अपने कारण के साथ रखी जाएगी)</translation>
    </message>
    <message>
        <source>Looking up the customers these rows name in the project…</source>
        <translation>इन पंक्तियों में दिए ग्राहकों को प्रोजेक्ट में खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>Most of these rows would be rejected. Check the table, the mapping, and that their customers are in the project (or let the import create them) before importing.</source>
        <translation>इनमें से ज़्यादातर पंक्तियाँ अस्वीकार होंगी। आयात से पहले तालिका, कॉलम-मिलान और यह जाँचें कि उनके ग्राहक प्रोजेक्ट में हैं (या आयात को उन्हें बनाने दें)।</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>&amp;Close</source>
        <extracomment>The button that closes the wizard after the import</extracomment>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>आयात रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>अस्वीकृत पंक्तियाँ निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Writes the rejected rows of this import to a CSV file, with the line and the reason, to fix them and import again.</source>
        <translation>इस आयात की अस्वीकृत पंक्तियों को पंक्ति और कारण के साथ CSV फ़ाइल में लिखता है, ताकि उन्हें सुधारकर दोबारा आयात किया जा सके।</translation>
    </message>
    <message>
        <source>&amp;Back to the settings</source>
        <translation>सेटिंग्स पर वापस जाएँ(&amp;B)</translation>
    </message>
    <message>
        <source>Step 1 of 2, checking the format of each column: %1 of %2 read</source>
        <translation>चरण 2 में से 1, हर कॉलम का फ़ॉर्मेट जाँचा जा रहा है: %2 में से %1 पढ़ी गईं</translation>
    </message>
    <message>
        <source>Step 2 of 2, importing the rows: %1 of %2 read</source>
        <translation>चरण 2 में से 2, पंक्तियाँ आयात हो रही हैं: %2 में से %1 पढ़ी गईं</translation>
    </message>
    <message>
        <source>Saving to the project…</source>
        <translation>प्रोजेक्ट में सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error (%1); the project was not changed.</source>
        <translation>आयात एक अनपेक्षित त्रुटि (%1) पर रुक गया; प्रोजेक्ट में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <source>The file is read twice; you can keep working in the window meanwhile.</source>
        <translation>फ़ाइल दो बार पढ़ी जाती है; इस बीच आप विंडो में काम जारी रख सकते हैं।</translation>
    </message>
    <message>
        <source>Cancelling; the project is being left as it was…</source>
        <translation>रद्द किया जा रहा है; प्रोजेक्ट जैसा था वैसा ही छोड़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>आयात विफल रहा।</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the project is exactly as it was.</source>
        <translation>आयात रद्द किया गया। कुछ नहीं लिखा गया: प्रोजेक्ट ठीक वैसा ही है जैसा था।</translation>
    </message>
    <message>
        <source>Nothing was imported; the project is exactly as it was.</source>
        <translation>कुछ भी आयात नहीं हुआ; प्रोजेक्ट ठीक वैसा ही है जैसा था।</translation>
    </message>
    <message>
        <source>Go back to the mapping and answer the date order question, then import again.</source>
        <translation>मैपिंग पर वापस जाएँ और तिथि क्रम वाले प्रश्न का उत्तर दें, फिर दोबारा आयात करें।</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Rows read: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>पढ़ी गई पंक्तियाँ: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Imported: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>आयात की गईं: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rejected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>अस्वीकृत: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Blank rows skipped: %1</source>
        <translation>छोड़ी गई खाली पंक्तियाँ: %1</translation>
    </message>
    <message>
        <source>Values kept as extra attributes: %1</source>
        <translation>अतिरिक्त एट्रिब्यूट के रूप में रखे गए मान: %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>चेतावनियाँ</translation>
    </message>
    <message>
        <source>First rejected rows</source>
        <translation>पहली अस्वीकृत पंक्तियाँ</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message>
        <source>Customers created: %1 (implied: signed up on their first event in this file)</source>
        <translation>बनाए गए ग्राहक: %1 (अनुमानित: इस फ़ाइल में पहली घटना पर साइनअप)</translation>
    </message>
    <message>
        <source>Derived values</source>
        <translation>व्युत्पन्न मान</translation>
    </message>
    <message>
        <source>Nothing was imported: every row was rejected. The reasons are below.</source>
        <translation>कुछ भी आयात नहीं हुआ: हर पंक्ति अस्वीकार हुई। कारण नीचे हैं।</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no rows.</source>
        <translation>कुछ भी आयात नहीं हुआ: फ़ाइल में कोई पंक्ति नहीं है।</translation>
    </message>
    <message>
        <source>Rejected rows by reason</source>
        <translation>कारण के अनुसार अस्वीकृत पंक्तियाँ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; × %2 (first on line %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; × %2 (पहली बार पंक्ति %3 पर)</translation>
    </message>
    <message>
        <source>Every rejected row is kept: Import history, Rejected rows shows them in the file&apos;s columns to fix and import again.</source>
        <translation>हर अस्वीकृत पंक्ति रखी जाती है: आयात इतिहास, अस्वीकृत पंक्तियाँ उन्हें फ़ाइल के कॉलमों में दिखाता है, ठीक करके फिर से आयात करने के लिए।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported. The window shows the new rows.</source>
        <translation>
            <numerusform>%Ln पंक्ति आयात हुई। विंडो नई पंक्तियाँ दिखाती है।</numerusform>
            <numerusform>%Ln पंक्तियाँ आयात हुईं। विंडो नई पंक्तियाँ दिखाती है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln stored row(s) replaced)</source>
        <translation>
            <numerusform>(%Ln सहेजी गई पंक्ति बदली गई)</numerusform>
            <numerusform>(%Ln सहेजी गई पंक्तियाँ बदली गईं)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) naming unknown customers</source>
        <translation>
            <numerusform>%Ln पंक्ति अज्ञात ग्राहक वाली</numerusform>
            <numerusform>%Ln पंक्तियाँ अज्ञात ग्राहकों वाली</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln डुप्लिकेट छोड़ा गया</numerusform>
            <numerusform>%Ln डुप्लिकेट छोड़े गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported; rejected and kept for review: %1. The window shows the new rows.</source>
        <translation>
            <numerusform>%Ln पंक्ति आयात हुई; अस्वीकृत और समीक्षा के लिए रखी गईं: %1। विंडो नई पंक्तियाँ दिखाती है।</numerusform>
            <numerusform>%Ln पंक्तियाँ आयात हुईं; अस्वीकृत और समीक्षा के लिए रखी गईं: %1। विंडो नई पंक्तियाँ दिखाती है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order lines: %1, making %Ln order(s)</source>
        <translation>
            <numerusform>ऑर्डर की मदें: %1, जिनसे %Ln ऑर्डर बना</numerusform>
            <numerusform>ऑर्डर की मदें: %1, जिनसे %Ln ऑर्डर बने</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancellations: %Ln line(s); netted against their order: %1, kept as negative orders (no such order in the file): %2</source>
        <translation>
            <numerusform>रद्दीकरण: %Ln पंक्ति; अपने ऑर्डर से घटाए गए: %1, ऋणात्मक ऑर्डर के रूप में रखे गए (फ़ाइल में वह ऑर्डर नहीं): %2</numerusform>
            <numerusform>रद्दीकरण: %Ln पंक्तियाँ; अपने ऑर्डर से घटाए गए: %1, ऋणात्मक ऑर्डर के रूप में रखे गए (फ़ाइल में वह ऑर्डर नहीं): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rejected row(s) are kept in the project; export them to see every one.</source>
        <translation>
            <numerusform>%Ln अस्वीकृत पंक्ति प्रोजेक्ट में रखी गई है; उसे देखने के लिए निर्यात करें।</numerusform>
            <numerusform>सभी %Ln अस्वीकृत पंक्तियाँ प्रोजेक्ट में रखी गई हैं; हर एक देखने के लिए उन्हें निर्यात करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln other reason(s)</source>
        <translation>
            <numerusform>और %Ln अन्य कारण</numerusform>
            <numerusform>और %Ln अन्य कारण</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>the import&apos;s outcome</comment>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>page title: the import running</comment>
        <translation>आयात</translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation>शीट चुनें</translation>
    </message>
    <message>
        <source>The workbook has several sheets; pick the one that holds one row per record, with the column names in its first row.</source>
        <translation>वर्कबुक में कई शीट हैं; वह चुनें जिसमें हर रिकॉर्ड की एक पंक्ति हो और पहली पंक्ति में कॉलम के नाम हों।</translation>
    </message>
    <message>
        <source>&amp;Sheets, in the workbook&apos;s order:</source>
        <translation>शीट, वर्कबुक के क्रम में(&amp;S):</translation>
    </message>
    <message>
        <source>Reading the sheet &quot;%1&quot;…</source>
        <translation>शीट &quot;%1&quot; पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Columns of &quot;%1&quot; (%2): %3.</source>
        <translation>&quot;%1&quot; के कॉलम (%2): %3।</translation>
    </message>
    <message>
        <source>Imported into the %1 table, as chosen on the first page.</source>
        <translation>पहले पेज पर चुने अनुसार %1 तालिका में आयात किया गया।</translation>
    </message>
    <message>
        <source>Its columns suggest the %1 table; you can change it on the first page.</source>
        <translation>इसके कॉलम %1 तालिका का संकेत देते हैं; आप इसे पहले पेज पर बदल सकते हैं।</translation>
    </message>
    <message>
        <source>None of its column names matches a field of the %1 table or any other: it may be a dashboard or a summary rather than one row per record.</source>
        <translation>इसके किसी भी कॉलम का नाम %1 तालिका या किसी अन्य तालिका की फ़ील्ड से मेल नहीं खाता: यह हर रिकॉर्ड की एक पंक्ति के बजाय डैशबोर्ड या सारांश हो सकता है।</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>“%1” (imported %2, %3)</source>
        <translation>“%1” (%2, %3 को आयात किया गया)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln ग्राहक</numerusform>
            <numerusform>%Ln ग्राहक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln संपर्क</numerusform>
            <numerusform>%Ln संपर्क</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln ऑर्डर</numerusform>
            <numerusform>%Ln ऑर्डर</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln उल्लेख</numerusform>
            <numerusform>%Ln उल्लेख</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln improvement(s)</source>
        <translation>
            <numerusform>%Ln सुधार</numerusform>
            <numerusform>%Ln सुधार</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 और %2</translation>
    </message>
    <message>
        <source>rows added without an import of this version</source>
        <translation>इस संस्करण के आयात के बिना जोड़ी गई पंक्तियाँ</translation>
    </message>
    <message numerus="yes">
        <source>%1 replaced %n of its rows; undo it first.</source>
        <translation>
            <numerusform>%1 ने इसकी %n पंक्ति बदली; पहले उसे पूर्ववत करें।</numerusform>
            <numerusform>%1 ने इसकी %n पंक्तियाँ बदलीं; पहले उसे पूर्ववत करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>इसके जोड़े ग्राहकों का %n संपर्क बाद में %1 से आया; पहले वह आयात पूर्ववत करें।</numerusform>
            <numerusform>इसके जोड़े ग्राहकों के %n संपर्क बाद में %1 से आए; पहले वह आयात पूर्ववत करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>इसके जोड़े ग्राहकों का %n ऑर्डर बाद में %1 से आया; पहले वह आयात पूर्ववत करें।</numerusform>
            <numerusform>इसके जोड़े ग्राहकों के %n ऑर्डर बाद में %1 से आए; पहले वह आयात पूर्ववत करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of customers it added came later, from %1; undo that import first.</source>
        <translation>
            <numerusform>इसके जोड़े ग्राहकों का %n उल्लेख बाद में %1 से आया; पहले वह आयात पूर्ववत करें।</numerusform>
            <numerusform>इसके जोड़े ग्राहकों के %n उल्लेख बाद में %1 से आए; पहले वह आयात पूर्ववत करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>The project could not be changed (%1). Nothing was undone.</source>
        <translation>प्रोजेक्ट बदला नहीं जा सका (%1)। कुछ भी पूर्ववत नहीं हुआ।</translation>
    </message>
    <message>
        <source>Import %1 is not in this project (it may have been undone already).</source>
        <translation>आयात %1 इस प्रोजेक्ट में नहीं है (शायद वह पहले ही पूर्ववत हो चुका है)।</translation>
    </message>
    <message>
        <source>%1 was imported by an earlier version of SocialROI, which kept no record of its rows, so it cannot be undone.</source>
        <translation>%1 को SocialROI के पिछले संस्करण ने आयात किया था, जिसने इसकी पंक्तियों का रिकॉर्ड नहीं रखा, इसलिए इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>%1 पूर्ववत नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <source>Undo %1?</source>
        <translation>%1 पूर्ववत करें?</translation>
    </message>
    <message>
        <source>The %1 it added will be removed.</source>
        <translation>इसके जोड़े गए ये हटा दिए जाएँगे: %1।</translation>
    </message>
    <message>
        <source>It added no rows.</source>
        <translation>इसने कोई पंक्ति नहीं जोड़ी।</translation>
    </message>
    <message>
        <source>The %1 it replaced will be put back as they were.</source>
        <translation>इसके बदले गए ये पहले जैसे लौटा दिए जाएँगे: %1।</translation>
    </message>
    <message>
        <source>%1 was undone.</source>
        <translation>%1 पूर्ववत किया गया।</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>हटाए गए: %1।</translation>
    </message>
    <message>
        <source>Put back as they were: %1.</source>
        <translation>पहले जैसे लौटाए गए: %1।</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Row ids of the new rows are not consecutive; extra attributes cannot be attached.</source>
        <translation>नई पंक्तियों की ID क्रमागत नहीं हैं; अतिरिक्त एट्रिब्यूट नहीं जोड़े जा सकते।</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: already in the project; the existing row was kept (duplicates: skip)</source>
        <translation>डुप्लिकेट %1 &quot;%2&quot;: पहले से प्रोजेक्ट में है; मौजूदा पंक्ति रखी गई (डुप्लिकेट: छोड़ें)</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: already on an earlier line of this file; the first one was kept (duplicates: skip)</source>
        <translation>डुप्लिकेट %1 &quot;%2&quot;: इस फ़ाइल की किसी पिछली पंक्ति में पहले से है; पहली पंक्ति रखी गई (डुप्लिकेट: छोड़ें)</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: a row with this key is already in the project. Nothing was imported. Import again with duplicates skipped or replaced (--on-duplicate skip or replace), or remove the row from the file.</source>
        <translation>डुप्लिकेट %1 &quot;%2&quot;: इस कुंजी वाली पंक्ति पहले से प्रोजेक्ट में है। कुछ भी आयात नहीं हुआ। डुप्लिकेट छोड़कर या बदलकर दोबारा आयात करें (--on-duplicate skip या replace), या फ़ाइल से पंक्ति हटाएँ।</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: the same key is on an earlier line of this file. Nothing was imported. Import again with duplicates skipped or replaced (--on-duplicate skip or replace), or remove one of the rows.</source>
        <translation>डुप्लिकेट %1 &quot;%2&quot;: यही कुंजी इस फ़ाइल की किसी पिछली पंक्ति में है। कुछ भी आयात नहीं हुआ। डुप्लिकेट छोड़कर या बदलकर दोबारा आयात करें (--on-duplicate skip या replace), या इनमें से एक पंक्ति हटाएँ।</translation>
    </message>
    <message>
        <source>duplicate %1: already in the project; the existing rows were kept (duplicates: skip)</source>
        <translation>दोहरा %1: प्रोजेक्ट में पहले से है; मौजूदा पंक्तियाँ रखी गईं (दोहराव: छोड़ें)</translation>
    </message>
    <message>
        <source>duplicate %1: already on an earlier line of this file; the first ones were kept (duplicates: skip)</source>
        <translation>दोहरा %1: इस फ़ाइल की किसी पिछली पंक्ति में पहले से है; पहली पंक्तियाँ रखी गईं (दोहराव: छोड़ें)</translation>
    </message>
    <message>
        <source>To update the rows already there, import again with duplicates replaced.</source>
        <translation>पहले से मौजूद पंक्तियाँ अपडेट करने के लिए, डुप्लिकेट बदलने के विकल्प के साथ फिर से आयात करें।</translation>
    </message>
    <message>
        <source>Keep one row per key in the file, or import with duplicates replaced to keep the last one.</source>
        <translation>फ़ाइल में हर कुंजी की एक पंक्ति रखें, या आख़िरी रखने के लिए डुप्लिकेट बदलने के साथ आयात करें।</translation>
    </message>
    <message>
        <source>The project refused a row between lines %1 and %2 without a duplicate key; nothing was imported.</source>
        <translation>प्रोजेक्ट ने पंक्ति %1 और %2 के बीच की एक पंक्ति अस्वीकार कर दी, जबकि उसकी कुंजी दोहराई नहीं गई थी; कुछ भी आयात नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>आयात रद्द किया गया; कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>The file is delimited text, not a workbook: the sheet &quot;%1&quot; was ignored.</source>
        <translation>फ़ाइल डिलिमिटेड टेक्स्ट है, वर्कबुक नहीं: शीट &quot;%1&quot; को अनदेखा किया गया।</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; is for the %2 table, not for %3.</source>
        <translation>मैपिंग प्रोफ़ाइल &quot;%1&quot; %2 तालिका के लिए है, %3 के लिए नहीं।</translation>
    </message>
    <message>
        <source>Columns of the mapping profile not found in the file: %1.</source>
        <translation>मैपिंग प्रोफ़ाइल के वे कॉलम जो फ़ाइल में नहीं मिले: %1।</translation>
    </message>
    <message>
        <source>This was the sheet &quot;%1&quot;; the workbook&apos;s sheets are %2 (choose one with --sheet on the command line).</source>
        <translation>यह शीट &quot;%1&quot; थी; वर्कबुक की शीट हैं %2 (कमांड लाइन पर --sheet से एक चुनें)।</translation>
    </message>
    <message>
        <source>The file could not be read to the end. Check the disk or network drive and try again.</source>
        <translation>फ़ाइल अंत तक नहीं पढ़ी जा सकी। डिस्क या नेटवर्क ड्राइव जाँचें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>This file was already imported on %1 into %2 (import %3, same SHA-256).</source>
        <translation>यह फ़ाइल %1 को %2 में पहले ही आयात हो चुकी है (आयात %3, वही SHA-256)।</translation>
    </message>
    <message>
        <source>The project could not be written (%1). Nothing was imported.</source>
        <translation>प्रोजेक्ट लिखा नहीं जा सका (%1)। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <source>The import failed (%1). Nothing was imported.</source>
        <translation>आयात विफल रहा (%1)। कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <source>The order key column &quot;%1&quot; is not a column of the file; its columns are %2.</source>
        <translation>ऑर्डर संख्या का कॉलम &quot;%1&quot; फ़ाइल का कॉलम नहीं है; उसके कॉलम %2 हैं।</translation>
    </message>
    <message>
        <source>Creating customers applies to imports of contacts, orders or mentions, not to the customers table itself.</source>
        <translation>ग्राहक बनाना संपर्कों, ऑर्डरों या उल्लेखों के आयात पर लागू होता है, ग्राहक तालिका पर नहीं।</translation>
    </message>
    <message>
        <source>The %1 table names no customers; there are none to create.</source>
        <translation>तालिका %1 किसी ग्राहक का नाम नहीं देती; बनाने को कोई ग्राहक नहीं।</translation>
    </message>
    <message>
        <source>Order lines can only be imported into the orders table, not into %1.</source>
        <translation>ऑर्डर की मदें केवल ऑर्डर तालिका में आयात हो सकती हैं, %1 में नहीं।</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; looks like a churn flag; it was kept as an extra attribute. To turn it into churn dates, give the day the extract was taken (--snapshot YYYY-MM-DD on the command line, &quot;A snapshot extract, taken on&quot; in the import wizard).</source>
        <translation>कॉलम &quot;%1&quot; छोड़ने का संकेत लगता है; इसे अतिरिक्त विशेषता के रूप में रखा गया। इसे छोड़ने की तिथियों में बदलने के लिए वह दिन दें जब निकासी हुई (कमांड लाइन पर --snapshot YYYY-MM-DD, आयात विज़ार्ड में &quot;किसी दिन का स्नैपशॉट, लिया गया&quot;)।</translation>
    </message>
    <message>
        <source>Order lines are grouped into orders by an order key: choose the column that holds it (--order-lines COLUMN on the command line; in the import wizard, the column mapped to the order id).</source>
        <translation>ऑर्डर की मदें ऑर्डर संख्या से ऑर्डरों में जुड़ती हैं: वह कॉलम चुनें जिसमें यह है (कमांड लाइन पर --order-lines COLUMN; आयात विज़ार्ड में ऑर्डर आईडी से जोड़ा गया कॉलम)।</translation>
    </message>
    <message>
        <source>Customer keys are stored as salted hashes, never as written (this project hashes every key the same way).</source>
        <translation>ग्राहक कुंजियाँ सॉल्ट किए गए हैश के रूप में रखी जाती हैं, कभी लिखे रूप में नहीं (यह प्रोजेक्ट हर कुंजी को एक ही तरह हैश करता है)।</translation>
    </message>
    <message>
        <source>The project file is damaged (%1). Nothing was imported; restore the project from a backup.</source>
        <translation>प्रोजेक्ट फ़ाइल खराब है (%1)। कुछ भी आयात नहीं हुआ; प्रोजेक्ट को बैकअप से पुनर्स्थापित करें।</translation>
    </message>
</context>
<context>
    <name>LoveChart</name>
    <message>
        <source>No balance to show: the naive comparison weights nobody.</source>
        <translation>दिखाने को कोई संतुलन नहीं: सीधी तुलना किसी को भारित नहीं करती।</translation>
    </message>
    <message>
        <source>Standardized difference (social − similar customers)</source>
        <extracomment>Axis of the Love plot: difference between the two sides in standard deviations</extracomment>
        <translation>मानकीकृत अंतर (सोशल − समान ग्राहक)</translation>
    </message>
    <message>
        <source>Before weighting</source>
        <translation>भारांकन से पहले</translation>
    </message>
    <message>
        <source>After weighting</source>
        <translation>भारांकन के बाद</translation>
    </message>
    <message>
        <source>Before weighting: %1; after: %2</source>
        <translation>भारांकन से पहले: %1; बाद: %2</translation>
    </message>
    <message>
        <source>Still out of balance</source>
        <translation>अब भी असंतुलित</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>SocialROI Workbench: measure whether social customer care keeps customers.
Without a command, opens the workbench window on PROJECT (or on the last project, or the demo project).

Commands (socialroi COMMAND --help):%1</source>
        <translation>SocialROI Workbench: मापें कि सोशल कस्टमर केयर ग्राहकों को बनाए रखती है या नहीं।
कमांड के बिना, वर्कबेंच विंडो प्रोजेक्ट पर खोलता है (या पिछले प्रोजेक्ट पर, या डेमो प्रोजेक्ट पर)।

कमांड (socialroi कमांड --help):%1</translation>
    </message>
    <message>
        <source>The project file to open (.socialroi).</source>
        <translation>खोली जाने वाली प्रोजेक्ट फ़ाइल (.socialroi)।</translation>
    </message>
    <message>
        <source>Open the window on this pane: %1.</source>
        <translation>विंडो इस पेन पर खोलें: %1।</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run socialroi --help for the list.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;। सूची के लिए socialroi --help चलाएँ।</translation>
    </message>
    <message>
        <source>--pane: unknown pane &quot;%1&quot;. Valid panes: %2.</source>
        <translation>--pane: अज्ञात पेन &quot;%1&quot;। मान्य पेन: %2।</translation>
    </message>
    <message>
        <source>Interface language: en, fr, de, pl or hi.</source>
        <translation>इंटरफ़ेस की भाषा: en, fr, de, pl या hi।</translation>
    </message>
    <message>
        <source>--lang: unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>--lang: अज्ञात भाषा &quot;%1&quot;। इनमें से एक चुनें: %2।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocialROI projects (*.socialroi);;All files (*)</source>
        <translation>SocialROI प्रोजेक्ट (*.socialroi);;सभी फ़ाइलें (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in this view</source>
        <translation>
            <numerusform>इस दृश्य में %Ln पंक्ति</numerusform>
            <numerusform>इस दृश्य में %Ln पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>About SocialROI Workbench</source>
        <translation>SocialROI Workbench के बारे में</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SocialROI Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Measures whether social customer care keeps customers, with numbers a CFO accepts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SocialROI Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;मापता है कि सोशल कस्टमर केयर ग्राहकों को बनाए रखती है या नहीं, ऐसे आँकड़ों के साथ जिन्हें CFO स्वीकार करे।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>नया प्रोजेक्ट(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>प्रोजेक्ट खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>हाल के प्रोजेक्ट(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>Project &amp;Overview</source>
        <translation>प्रोजेक्ट अवलोकन(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Filter Rows</source>
        <translation>पंक्तियाँ फ़िल्टर करें(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SocialROI Workbench</source>
        <translation>SocialROI Workbench के बारे में(&amp;A)</translation>
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
        <translation>प्रोजेक्ट नहीं खोला जा सकता</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>गिनती हो रही है…</translation>
    </message>
    <message>
        <source>The project could not be read: %1</source>
        <translation>प्रोजेक्ट पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>नया प्रोजेक्ट</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>प्रोजेक्ट नहीं बनाया जा सकता</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 पहले से मौजूद है। कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>प्रोजेक्ट खोलें</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>कोई हाल का प्रोजेक्ट नहीं</translation>
    </message>
    <message>
        <source>Preparing the demo project…</source>
        <translation>डेमो प्रोजेक्ट तैयार हो रहा है…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>रिपोर्ट निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>रिपोर्ट %1 में लिखी गई</translation>
    </message>
    <message>
        <source>Report export cancelled</source>
        <translation>रिपोर्ट निर्यात रद्द किया गया</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>रिपोर्ट निर्यात नहीं की जा सकती</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>डेटा आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Read-only. %1</source>
        <translation>केवल पढ़ने के लिए। %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>चार्ट क्लिपबोर्ड पर कॉपी किया गया</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with ABSOLUTELY NO WARRANTY. You may share and change it under the terms of that licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GNU जनरल पब्लिक लाइसेंस, संस्करण 3 या बाद के (GPL-3.0-or-later) के अंतर्गत मुक्त सॉफ़्टवेयर, बिना किसी वारंटी के। आप इस लाइसेंस की शर्तों के अनुसार इसे साझा और बदल सकते हैं।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1 (running Qt %2, LGPL-3.0), QCustomPlot %3 (GPL-3.0), SQLite %4 (public domain), QuaZip (LGPL-2.1), libxlsxwriter (BSD-2-Clause), Boost.Math (BSL-1.0) and OpenSSL (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1 के साथ बनाया गया (Qt %2 पर चल रहा है, LGPL-3.0), QCustomPlot %3 (GPL-3.0), SQLite %4 (सार्वजनिक डोमेन), QuaZip (LGPL-2.1), libxlsxwriter (BSD-2-Clause), Boost.Math (BSL-1.0) और OpenSSL (Apache-2.0)।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Import customers, contacts, orders or mentions from a file</source>
        <translation>किसी फ़ाइल से ग्राहक, संपर्क, ऑर्डर या उल्लेख आयात करें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>प्रोजेक्ट खोलें</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>चार्ट निर्यात करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>चार्ट निर्यात करें</translation>
    </message>
    <message>
        <source>Export the chart of this pane as PNG, SVG or PDF</source>
        <translation>इस पैन का चार्ट PNG, SVG या PDF के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>Cop&amp;y Chart</source>
        <translation>चार्ट कॉपी करें(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>चार्ट कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the chart of this pane to the clipboard as an image</source>
        <translation>इस पैन का चार्ट छवि के रूप में क्लिपबोर्ड पर कॉपी करें</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>मुख्य टूलबार</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF रिपोर्ट (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>वेब पेज (*.html)</translation>
    </message>
    <message>
        <source>ROI report</source>
        <extracomment>Part of a proposed file name: &quot;Acme – ROI report – 2026-12-06.pdf&quot;</extracomment>
        <translation>ROI रिपोर्ट</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>उपयोगकर्ता गाइड(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>डेमो प्रोजेक्ट खोलें(&amp;D)</translation>
    </message>
    <message>
        <source>The user guide is not installed: its documents were not found beside the program.</source>
        <translation>उपयोगकर्ता गाइड इंस्टॉल नहीं है: उसके दस्तावेज़ प्रोग्राम के पास नहीं मिले।</translation>
    </message>
    <message>
        <source>&amp;Import History</source>
        <translation>आयात इतिहास(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported, rejected: %1</source>
        <translation>
            <numerusform>%Ln पंक्ति आयात, अस्वीकृत: %1</numerusform>
            <numerusform>%Ln पंक्तियाँ आयात, अस्वीकृत: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) (%1 social)</source>
        <translation>
            <numerusform>%Ln ग्राहक (%1 सोशल)</numerusform>
            <numerusform>%Ln ग्राहक (%1 सोशल)</numerusform>
        </translation>
    </message>
    <message>
        <source>ROI slides</source>
        <extracomment>Part of a proposed file name: &quot;Acme – ROI slides – 2026-12-06.pptx&quot;</extracomment>
        <translation>ROI स्लाइड</translation>
    </message>
    <message>
        <source>Export the report as PDF, web page, Excel workbook or PowerPoint slides</source>
        <translation>रिपोर्ट को PDF, वेब पेज, Excel वर्कबुक या PowerPoint स्लाइड के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>Export &amp;Slides…</source>
        <translation>स्लाइड निर्यात करें(&amp;S)…</translation>
    </message>
    <message>
        <source>Export the report as PowerPoint slides with native charts and speaker notes</source>
        <translation>रिपोर्ट को संपादन-योग्य चार्ट और वक्ता नोट्स वाली PowerPoint स्लाइड के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>PowerPoint slides (*.pptx)</source>
        <translation>PowerPoint स्लाइड (*.pptx)</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>toolbar button: start an import</comment>
        <translation>आयात करें</translation>
    </message>
</context>
<context>
    <name>MappingProfileBar</name>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>सहेजी गई मैपिंग(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>लोड करें(&amp;L)</translation>
    </message>
    <message>
        <source>Sa&amp;ve this mapping as:</source>
        <translation>इस मैपिंग को इस नाम से सहेजें(&amp;V):</translation>
    </message>
    <message>
        <source>a name, to reuse it next time (optional)</source>
        <translation>एक नाम, ताकि अगली बार दोबारा उपयोग हो सके (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Saved in the project together with the imported rows.</source>
        <translation>आयात की गई पंक्तियों के साथ प्रोजेक्ट में सहेजी जाती है।</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>none for this table</source>
        <translation>इस तालिका के लिए कोई नहीं</translation>
    </message>
</context>
<context>
    <name>MappingProfiles</name>
    <message>
        <source>The project has no mapping profile &quot;%1&quot; (it has none yet).</source>
        <translation>प्रोजेक्ट में मैपिंग प्रोफ़ाइल &quot;%1&quot; नहीं है (अभी कोई भी नहीं है)।</translation>
    </message>
    <message>
        <source>The project has no mapping profile &quot;%1&quot;; it has: %2.</source>
        <translation>प्रोजेक्ट में मैपिंग प्रोफ़ाइल &quot;%1&quot; नहीं है; उसमें हैं: %2।</translation>
    </message>
    <message>
        <source>The mapping profile &quot;%1&quot; is damaged: %2</source>
        <translation>मैपिंग प्रोफ़ाइल &quot;%1&quot; खराब है: %2</translation>
    </message>
</context>
<context>
    <name>MentionsChart</name>
    <message>
        <source>%1 M</source>
        <extracomment>A number in millions, e.g. &quot;2.4 M&quot;</extracomment>
        <translation>%1 मिलियन</translation>
    </message>
    <message>
        <source>%1 k</source>
        <extracomment>A number in thousands, e.g. &quot;380 k&quot;</extracomment>
        <translation>%1 हज़ार</translation>
    </message>
    <message>
        <source>reach %1</source>
        <extracomment>Summed audience of the mentions (followers who could see them)</extracomment>
        <translation>पहुँच %1</translation>
    </message>
    <message>
        <source>Summed reach: %1</source>
        <translation>कुल पहुँच: %1</translation>
    </message>
</context>
<context>
    <name>MetricEngine</name>
    <message>
        <source>%1: no customer has the attribute &quot;%2&quot; to compare like with like.</source>
        <translation>%1: किसी भी ग्राहक के पास समान ग्राहकों की तुलना के लिए विशेषता &quot;%2&quot; नहीं है।</translation>
    </message>
    <message>
        <source>%1: no customer to draw for the bootstrap interval of the ROI.</source>
        <translation>%1: ROI के बूटस्ट्रैप अंतराल के लिए चुनने को कोई ग्राहक नहीं।</translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation>मेट्रिक्स की गणना हो रही है…</translation>
    </message>
    <message>
        <source>%1: the metrics could not be computed.</source>
        <translation>%1: मेट्रिक्स की गणना नहीं हो सकी।</translation>
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
        <translation>%1 प्रतिशत अंक</translation>
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
        <translation>ग्राहक प्रतिधारण</translation>
    </message>
    <message>
        <source>Operational cost</source>
        <translation>परिचालन लागत</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>सेल्फ़-सर्विस</translation>
    </message>
    <message>
        <source>Saves</source>
        <extracomment>Metric group: at-risk customers kept from leaving (&quot;saved&quot; customers), not saving a file</extracomment>
        <translation>बचाए गए ग्राहक</translation>
    </message>
    <message>
        <source>Complaints turned into raves</source>
        <translation>शिकायतें जो प्रशंसा में बदलीं</translation>
    </message>
    <message>
        <source>Cross-sells</source>
        <translation>क्रॉस-सेल</translation>
    </message>
    <message>
        <source>Process innovations</source>
        <translation>प्रक्रिया नवाचार</translation>
    </message>
    <message>
        <source>Return on relationship</source>
        <translation>संबंध पर रिटर्न</translation>
    </message>
    <message>
        <source>ROI summary</source>
        <translation>ROI सारांश</translation>
    </message>
    <message>
        <source>How often a contact handled by the social care team led to a change in how the company works, compared with contacts on every other channel. The savings are the figures entered with each improvement: customers kept a year times a customer&apos;s yearly revenue, plus staff hours saved times the hourly cost. These figures are descriptive and carry no interval.</source>
        <translation>सोशल मीडिया टीम द्वारा संभाला गया संपर्क कितनी बार कंपनी के काम करने के तरीके में बदलाव लाया, अन्य सभी चैनलों के संपर्कों की तुलना में। बचत हर सुधार के साथ दर्ज आँकड़े हैं: प्रति वर्ष बनाए रखे गए ग्राहक गुणा एक ग्राहक का वार्षिक राजस्व, जोड़ बचाए गए स्टाफ़ घंटे गुणा प्रति घंटा लागत। ये आँकड़े वर्णनात्मक हैं और इनकी कोई अंतराल नहीं है।</translation>
    </message>
    <message>
        <source>Still a customer after 3 months</source>
        <translation>3 महीने बाद भी ग्राहक</translation>
    </message>
    <message>
        <source>Still a customer after 6 months</source>
        <translation>6 महीने बाद भी ग्राहक</translation>
    </message>
    <message>
        <source>Still a customer after 12 months</source>
        <translation>12 महीने बाद भी ग्राहक</translation>
    </message>
    <message>
        <source>Customers lost per customer-month</source>
        <translation>प्रति ग्राहक-माह खोए गए ग्राहक</translation>
    </message>
    <message>
        <source>Phone contacts per customer-month</source>
        <translation>प्रति ग्राहक-माह फ़ोन संपर्क</translation>
    </message>
    <message>
        <source>Social media contacts per customer-month</source>
        <translation>प्रति ग्राहक-माह सोशल मीडिया संपर्क</translation>
    </message>
    <message>
        <source>Self-service contacts per customer-month</source>
        <translation>प्रति ग्राहक-माह सेल्फ़-सर्विस संपर्क</translation>
    </message>
    <message>
        <source>Email contacts per customer-month</source>
        <translation>प्रति ग्राहक-माह ईमेल संपर्क</translation>
    </message>
    <message>
        <source>Chat contacts per customer-month</source>
        <translation>प्रति ग्राहक-माह चैट संपर्क</translation>
    </message>
    <message>
        <source>Handle time per contact</source>
        <translation>प्रति संपर्क हैंडल टाइम</translation>
    </message>
    <message>
        <source>Contacts resolved</source>
        <translation>हल किए गए संपर्क</translation>
    </message>
    <message>
        <source>Support cost per customer-month</source>
        <translation>प्रति ग्राहक-माह सपोर्ट लागत</translation>
    </message>
    <message>
        <source>Customers using self-service</source>
        <translation>सेल्फ़-सर्विस उपयोग करने वाले ग्राहक</translation>
    </message>
    <message>
        <source>Self-service sessions per customer-month</source>
        <translation>प्रति ग्राहक-माह सेल्फ़-सर्विस सत्र</translation>
    </message>
    <message>
        <source>At-risk customers saved</source>
        <translation>बचाए गए जोखिम वाले ग्राहक</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>जोखिम वाले ग्राहक</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Likely to recommend (promoters)</source>
        <translation>सिफ़ारिश करने की संभावना (प्रमोटर)</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>डिट्रैक्टर</translation>
    </message>
    <message>
        <source>Mentions that are positive</source>
        <translation>सकारात्मक उल्लेखों का हिस्सा</translation>
    </message>
    <message>
        <source>Mentions that are negative</source>
        <translation>नकारात्मक उल्लेखों का हिस्सा</translation>
    </message>
    <message>
        <source>Positive mentions</source>
        <translation>सकारात्मक उल्लेख</translation>
    </message>
    <message>
        <source>Negative mentions</source>
        <translation>नकारात्मक उल्लेख</translation>
    </message>
    <message>
        <source>People reached by positive mentions</source>
        <translation>सकारात्मक उल्लेखों से पहुँचे लोग</translation>
    </message>
    <message>
        <source>People reached by negative mentions</source>
        <translation>नकारात्मक उल्लेखों से पहुँचे लोग</translation>
    </message>
    <message>
        <source>Customers with a cross-sell</source>
        <translation>क्रॉस-सेल वाले ग्राहक</translation>
    </message>
    <message>
        <source>Cross-sell revenue per customer</source>
        <translation>प्रति ग्राहक क्रॉस-सेल राजस्व</translation>
    </message>
    <message>
        <source>Cross-sell orders per customer-month</source>
        <translation>प्रति ग्राहक-माह क्रॉस-सेल ऑर्डर</translation>
    </message>
    <message>
        <source>Improvements in place</source>
        <translation>लागू सुधार</translation>
    </message>
    <message>
        <source>Yearly savings from improvements</source>
        <translation>सुधारों से वार्षिक बचत</translation>
    </message>
    <message>
        <source>Revenue per customer so far</source>
        <translation>अब तक प्रति ग्राहक राजस्व</translation>
    </message>
    <message>
        <source>Expected revenue over the horizon</source>
        <translation>अवधि में अपेक्षित राजस्व</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>औसत ऑर्डर मूल्य</translation>
    </message>
    <message>
        <source>Orders per customer-year</source>
        <translation>प्रति ग्राहक-वर्ष ऑर्डर</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Per customer-month</source>
        <translation>प्रति ग्राहक-माह</translation>
    </message>
    <message>
        <source>Minutes per contact</source>
        <translation>प्रति संपर्क मिनट</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>महीने</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>खोए गए ग्राहक</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>पहुँचे लोग</translation>
    </message>
    <message>
        <source>%1 per customer-month</source>
        <translation>%1 प्रति ग्राहक-माह</translation>
    </message>
    <message>
        <source>%1 per customer</source>
        <translation>%1 प्रति ग्राहक</translation>
    </message>
    <message>
        <source>%1 per order</source>
        <translation>%1 प्रति ऑर्डर</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 प्रति वर्ष</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>सोशल मीडिया</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Still a customer after 12 months, naive comparison</source>
        <translation>12 महीने बाद भी ग्राहक, सीधी तुलना</translation>
    </message>
    <message>
        <source>Cross-sell revenue per customer-month</source>
        <translation>प्रति ग्राहक-माह क्रॉस-सेल राजस्व</translation>
    </message>
    <message>
        <source>How many customers are still with you 3, 6 and 12 months after their first contact with the social care team, against similar customers who were still with you that same day and had not dealt with the team yet (the naive method: after signing up, against everyone else). Customers still active on the as-of date count as kept so far. The money is the revenue the team kept inside the ROI window, times the contribution margin once set.</source>
        <translation>सोशल मीडिया टीम से पहले संपर्क के 3, 6 और 12 महीने बाद कितने ग्राहक अब भी आपके साथ हैं, उन समान ग्राहकों की तुलना में जो उसी दिन आपके साथ थे और अभी टीम से नहीं जुड़े थे (सीधी पद्धति: साइन-अप से, बाकी सभी के मुकाबले)। विश्लेषण तिथि पर सक्रिय ग्राहक अब तक बनाए रखे गए गिने जाते हैं। राशि वह राजस्व है जो टीम ने ROI अवधि में बनाए रखा, योगदान मार्जिन सेट होने पर उससे गुणा।</translation>
    </message>
    <message>
        <source>Every money value counted over one window, the horizon ending at the as-of date, and set against the programme&apos;s cost over the same months. The interval is that of the whole value, from each customer&apos;s effect on every part at once. Saves are inside retention, self-service inside operational cost, and return on relationship is descriptive, so nothing is added twice.</source>
        <translation>हर मौद्रिक मूल्य एक ही अवधि में गिना गया, विश्लेषण तिथि पर समाप्त होने वाला क्षितिज, और उन्हीं महीनों की कार्यक्रम लागत से तुलना की गई। अंतराल पूरे मूल्य का है, हर ग्राहक के सभी हिस्सों पर एक साथ प्रभाव से। बचाए गए ग्राहक प्रतिधारण में, स्व-सेवा परिचालन लागत में हैं, और संबंध पर प्रतिफल वर्णनात्मक है, इसलिए कुछ भी दो बार नहीं जुड़ता।</translation>
    </message>
    <message>
        <source>Who is compared</source>
        <extracomment>The page that shows which customers the estimate compares and how alike they are</extracomment>
        <translation>किसकी तुलना होती है</translation>
    </message>
    <message>
        <source>Which customers the estimate compares, and how alike the two sides are before and after weighting.</source>
        <translation>अनुमान किन ग्राहकों की तुलना करता है, और भारांकन से पहले और बाद दोनों पक्ष कितने समान हैं।</translation>
    </message>
    <message>
        <source>Customers flagged at risk</source>
        <translation>जोखिम में चिह्नित ग्राहक</translation>
    </message>
    <message>
        <source>Positive mentions per customer-month</source>
        <translation>प्रति ग्राहक-माह सकारात्मक उल्लेख</translation>
    </message>
    <message>
        <source>Negative mentions per customer-month</source>
        <translation>प्रति ग्राहक-माह नकारात्मक उल्लेख</translation>
    </message>
    <message>
        <source>People reached by positive mentions per customer-month</source>
        <translation>प्रति ग्राहक-माह सकारात्मक उल्लेखों से पहुँचे लोग</translation>
    </message>
    <message>
        <source>People reached by negative mentions per customer-month</source>
        <translation>प्रति ग्राहक-माह नकारात्मक उल्लेखों से पहुँचे लोग</translation>
    </message>
    <message>
        <source>Contacts that led to a process change (social care team vs other channels)</source>
        <extracomment>Compares the social care team&apos;s contacts with every other channel&apos;s, not the two cohorts</extracomment>
        <translation>संपर्क जिनसे प्रक्रिया में बदलाव हुआ (सोशल मीडिया टीम बनाम अन्य चैनल)</translation>
    </message>
    <message>
        <source>People reached per customer-month</source>
        <translation>प्रति ग्राहक-माह पहुँचे लोग</translation>
    </message>
    <message>
        <source>Customers lost per customer-month, naive comparison from signup</source>
        <translation>प्रति ग्राहक-माह खोए ग्राहक, साइन-अप से सीधी तुलना</translation>
    </message>
    <message>
        <source>How often customers contact support on each channel, per month, and what that support costs, from each customer&apos;s first contact with the social care team against similar customers who were still with you that same day, over the same months on both sides (the naive method: every month since signing up, against everyone else). The cost is each contact&apos;s own cost, or the cost per channel set in the assumptions. The money is the support cost saved per customer-month, over the social customers&apos; months inside the ROI window. The chart by month compares the cohorts as they are.</source>
        <translation>ग्राहक हर चैनल पर प्रति माह कितनी बार सहायता से संपर्क करते हैं और उस सहायता की लागत क्या है, हर ग्राहक के सोशल मीडिया टीम से पहले संपर्क से, उन समान ग्राहकों के मुकाबले जो उसी दिन भी ग्राहक थे, दोनों पक्षों पर एक ही महीनों में (सीधी विधि: साइन-अप के बाद का हर महीना, बाकी सभी के मुकाबले)। लागत हर संपर्क की अपनी लागत है, या मान्यताओं में तय प्रति चैनल लागत। धन मूल्य प्रति ग्राहक-माह बचाई गई सहायता लागत है, ROI अवधि के भीतर सोशल ग्राहकों के महीनों पर। महीनेवार चार्ट समूहों की तुलना वैसे ही करता है जैसे वे हैं।</translation>
    </message>
    <message>
        <source>How many customers help themselves online, and how often. The sessions per customer-month are estimated from the first social contact like support contacts; the share who ever used self-service grows with how long a customer was watched, so it compares the cohorts from signup. The money is the phone calls avoided times the difference between a call and a self-service session; it is already part of operational cost and is never counted twice.</source>
        <translation>कितने ग्राहक ऑनलाइन खुद अपनी मदद करते हैं, और कितनी बार। प्रति ग्राहक-माह सत्रों का अनुमान सहायता संपर्कों की तरह पहले सोशल संपर्क से लगाया जाता है; कभी सेल्फ़-सर्विस का उपयोग करने वालों का हिस्सा इस पर बढ़ता है कि ग्राहक को कितने समय देखा गया, इसलिए यह साइन-अप से समूहों की तुलना करता है। धन मूल्य टाले गए फ़ोन कॉल गुणा एक कॉल और एक सेल्फ़-सर्विस सत्र की लागत का अंतर है; यह पहले से परिचालन लागत का हिस्सा है और कभी दो बार नहीं गिना जाता।</translation>
    </message>
    <message>
        <source>Whether customers would recommend you: the Net Promoter Score is the share of promoters (scores 9–10) minus the share of detractors (0–6). Beside it, whether what customers say about you in public is positive or negative, and how many people saw it. Mentions are estimated from the first social contact against similar customers; the scores carry no date, so they compare the cohorts from signup. The money is the extra promoters times the value of a promoter, which is zero unless you set one in the assumptions.</source>
        <translation>क्या ग्राहक आपकी सिफ़ारिश करेंगे: नेट प्रमोटर स्कोर प्रमोटरों (स्कोर 9–10) का हिस्सा घटा आलोचकों (0–6) का हिस्सा है। इसके साथ, ग्राहक सार्वजनिक रूप से आपके बारे में जो कहते हैं वह सकारात्मक है या नकारात्मक, और कितने लोगों ने उसे देखा। उल्लेखों का अनुमान पहले सोशल संपर्क से समान ग्राहकों के मुकाबले लगाया जाता है; स्कोर पर कोई तिथि नहीं होती, इसलिए वे साइन-अप से समूहों की तुलना करते हैं। धन मूल्य अतिरिक्त प्रमोटर गुणा एक प्रमोटर का मूल्य है, जो तब तक शून्य है जब तक आप मान्यताओं में कोई मूल्य तय न करें।</translation>
    </message>
    <message>
        <source>The share of customers who bought an additional product, and the cross-sell revenue per customer and per customer-month. The revenue per customer-month is estimated from the first social contact against similar customers who were still with you that same day; the share and the revenue per customer compare the cohorts from signup. The money is the estimated difference per customer-month over the social customers&apos; months inside the ROI window, times the contribution margin once set.</source>
        <translation>अतिरिक्त उत्पाद खरीदने वाले ग्राहकों का हिस्सा, और प्रति ग्राहक तथा प्रति ग्राहक-माह क्रॉस-सेल राजस्व। प्रति ग्राहक-माह राजस्व का अनुमान पहले सोशल संपर्क से उन समान ग्राहकों के मुकाबले लगाया जाता है जो उसी दिन भी ग्राहक थे; हिस्सा और प्रति ग्राहक राजस्व साइन-अप से समूहों की तुलना करते हैं। धन मूल्य ROI अवधि के भीतर सोशल ग्राहकों के महीनों पर प्रति ग्राहक-माह अनुमानित अंतर है, गुणा योगदान मार्जिन, जब वह तय हो।</translation>
    </message>
    <message>
        <source>At-risk customers saved, cohorts as they are</source>
        <translation>बचाए गए जोखिम वाले ग्राहक, समूह जैसे हैं वैसे</translation>
    </message>
    <message>
        <source>Phone contacts, cohorts as they are</source>
        <translation>फ़ोन संपर्क, समूह जैसे हैं वैसे</translation>
    </message>
    <message>
        <source>Self-service sessions, cohorts as they are</source>
        <translation>सेल्फ़-सर्विस सत्र, समूह जैसे हैं वैसे</translation>
    </message>
    <message>
        <source>Positive mentions, cohorts as they are</source>
        <translation>सकारात्मक उल्लेख, समूह जैसे हैं वैसे</translation>
    </message>
    <message>
        <source>Cross-sell orders, cohorts as they are</source>
        <translation>क्रॉस-सेल ऑर्डर, समूह जैसे हैं वैसे</translation>
    </message>
    <message>
        <source>What a customer is worth over the rest of their relationship: the lifetime value is the contribution margin times the monthly revenue over the discounted expected remaining lifetime (a shifted-beta-geometric model of each cohort&apos;s cancellations), plus the discounted value of the orders still expected (BG/NBD for how often, Gamma-Gamma for how much), at the annual discount rate of the assumptions. Revenue so far, the average order and how often customers order stay beside it. These figures are descriptive: they explain the other metrics and add no money of their own to the ROI.</source>
        <translation>बाकी संबंध में एक ग्राहक का मूल्य: आजीवन मूल्य योगदान मार्जिन गुणा मासिक राजस्व गुणा छूट वाली अपेक्षित शेष अवधि (हर समूह के रद्दीकरण का शिफ़्टेड-बीटा-ज्यामितीय मॉडल) है, साथ में अभी अपेक्षित ऑर्डरों का छूट वाला मूल्य (कितनी बार के लिए BG/NBD, कितने के लिए Gamma-Gamma), मान्यताओं की वार्षिक छूट दर पर। अब तक का राजस्व, औसत ऑर्डर और ग्राहक कितनी बार ऑर्डर करते हैं, साथ में रहते हैं। ये आंकड़े वर्णनात्मक हैं: ये दूसरे मापों को समझाते हैं और ROI में अपनी ओर से कोई राशि नहीं जोड़ते।</translation>
    </message>
    <message>
        <source>Lifetime value per customer (model)</source>
        <translation>प्रति ग्राहक आजीवन मूल्य (मॉडल)</translation>
    </message>
    <message>
        <source>Expected orders over the horizon</source>
        <translation>अवधि में अपेक्षित ऑर्डर</translation>
    </message>
    <message>
        <source>Chance a buyer is still active</source>
        <extracomment>P(alive) of the BG/NBD model: the chance a customer who has ordered still buys</extracomment>
        <translation>खरीदार के अब भी सक्रिय होने की संभावना</translation>
    </message>
    <message>
        <source>Orders per customer</source>
        <translation>प्रति ग्राहक ऑर्डर</translation>
    </message>
    <message>
        <source>Of the customers flagged as about to leave, the share still a customer when the save window set in the assumptions ended. Only customers whose window has passed by the as-of date count. The money is the extra customers saved times what a saved customer is still worth: the contribution margin times their monthly revenue over the discounted expected remaining lifetime of the lifetime value&apos;s model (the revenue of the horizon when that model cannot be fitted). It is already part of retention and is never counted twice.</source>
        <translation>छोड़ने वाले के रूप में चिह्नित ग्राहकों में से वह हिस्सा जो मान्यताओं में तय बचाव अवधि समाप्त होने पर भी ग्राहक था। केवल वे ग्राहक गिने जाते हैं जिनकी अवधि गणना-तिथि तक बीत चुकी है। धनराशि अतिरिक्त बचाए गए ग्राहकों की संख्या गुणा बचाए गए ग्राहक का शेष मूल्य है: योगदान मार्जिन गुणा उसका मासिक राजस्व, ग्राहक जीवनकाल मूल्य के मॉडल की रियायती अपेक्षित शेष अवधि तक (यदि वह मॉडल फ़िट न हो सके तो अवधि का राजस्व)। यह पहले से प्रतिधारण का हिस्सा है और कभी दो बार नहीं गिना जाता।</translation>
    </message>
    <message>
        <source>What a saved customer is still worth</source>
        <translation>बचाया गया ग्राहक अभी कितने का है</translation>
    </message>
    <message>
        <source>Customers lost over the whole period</source>
        <extracomment>Customers who left over the whole follow-up, the two curves compared as a whole</extracomment>
        <translation>पूरी अवधि में खोए गए ग्राहक</translation>
    </message>
    <message>
        <source>Average months stayed within the horizon</source>
        <extracomment>The average months a customer stayed, counting only the months of the horizon</extracomment>
        <translation>अवधि के भीतर औसतन बने रहे महीने</translation>
    </message>
    <message>
        <source>Months still expected as a customer (discounted)</source>
        <extracomment>DERL: the months a customer is still expected to stay, later months counting less (discounted at the assumptions&apos; annual rate)</extracomment>
        <translation>ग्राहक के रूप में अभी अपेक्षित महीने (छूट वाले)</translation>
    </message>
    <message>
        <source>log-rank test</source>
        <extracomment>The statistical test comparing two survival curves as a whole</extracomment>
        <translation>लॉग-रैंक टेस्ट</translation>
    </message>
</context>
<context>
    <name>MetricPane</name>
    <message>
        <source>Still a customer 12 months on: %1 estimated against similar customers the same day, %2 in the naive comparison from signup. They differ because customers who left early never had the chance to reach the social care team, and those who choose it differ from the others; only the first is an estimate of the effect.</source>
        <translation>12 महीने बाद भी ग्राहक: उसी दिन के समान ग्राहकों के मुकाबले अनुमानित %1, साइन-अप से सीधी तुलना में %2। दोनों अलग हैं क्योंकि जल्दी छोड़ने वाले ग्राहक कभी सोशल मीडिया टीम तक नहीं पहुँच सके, और जो इसे चुनते हैं वे बाकी से अलग हैं; केवल पहला प्रभाव का अनुमान है।</translation>
    </message>
    <message>
        <source>Retention; dashes: sBG projection</source>
        <extracomment>Chart title: observed retention as solid lines, the sBG model&apos;s projection dashed</extracomment>
        <translation>ग्राहक बने रहना; डैश: sBG अनुमान</translation>
    </message>
    <message>
        <source>customer-scores</source>
        <extracomment>Default file name of the scored customer list</extracomment>
        <translation>ग्राहक-स्कोर</translation>
    </message>
    <message>
        <source>Export customer scores</source>
        <translation>ग्राहक स्कोर निर्यात करें</translation>
    </message>
    <message>
        <source>No project is open: there are no customer scores to export.</source>
        <translation>कोई प्रोजेक्ट खुला नहीं है: निर्यात करने के लिए कोई ग्राहक स्कोर नहीं है।</translation>
    </message>
    <message>
        <source>Writing the customer scores to %1…</source>
        <translation>ग्राहक स्कोर %1 में लिखे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Customer scores written to %1.</source>
        <translation>ग्राहक स्कोर %1 में लिखे गए।</translation>
    </message>
    <message>
        <source>The customer scores were not written: %1</source>
        <translation>ग्राहक स्कोर नहीं लिखे गए: %1</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>जीवनकाल मूल्य</translation>
    </message>
    <message>
        <source>Model checks (BG/NBD)</source>
        <translation>मॉडल जाँच (BG/NBD)</translation>
    </message>
    <message>
        <source>Export customer scores…</source>
        <translation>ग्राहक स्कोर निर्यात करें…</translation>
    </message>
    <message>
        <source>Writes one row per customer with P(alive), expected orders, DERL and lifetime value, as socialroi scores does: CSV or Excel.</source>
        <translation>हर ग्राहक की एक पंक्ति लिखता है जिसमें P(सक्रिय), अपेक्षित ऑर्डर, DERL और जीवनकाल मूल्य हों, जैसे socialroi scores करता है: CSV या Excel।</translation>
    </message>
    <message>
        <source>Statistical details</source>
        <translation>सांख्यिकीय विवरण</translation>
    </message>
    <message>
        <source>Show each row&apos;s p-value, the customers compared and the test behind it; the report follows this choice.</source>
        <translation>हर पंक्ति का p-मान, तुलना किए गए ग्राहक और उसके पीछे का परीक्षण दिखाएँ; रिपोर्ट भी यही चुनाव मानती है।</translation>
    </message>
</context>
<context>
    <name>MetricRowsModel</name>
    <message>
        <source>95% interval: %1 – %2</source>
        <translation>95% विश्वास अंतराल: %1 – %2</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Rate ratio (social / control): %1</source>
        <translation>दर अनुपात (सोशल / नियंत्रण): %1</translation>
    </message>
    <message>
        <source>(95% interval %1 – %2)</source>
        <translation>(95% विश्वास अंतराल %1 – %2)</translation>
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
        <translation>मेट्रिक</translation>
    </message>
    <message>
        <source>Social</source>
        <extracomment>Column header: the value for the social cohort (customers served by the social care team)</extracomment>
        <translation>सोशल</translation>
    </message>
    <message>
        <source>Control</source>
        <extracomment>Column header: the value for the control cohort (the comparison group)</extracomment>
        <translation>नियंत्रण</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Relative difference</source>
        <extracomment>Column header: the difference divided by the control value (relative uplift) Column header: the difference relative to the control cohort&apos;s value</extracomment>
        <translation>सापेक्ष अंतर</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% विश्वास अंतराल</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-मान</translation>
    </message>
    <message>
        <source>n (social / control)</source>
        <translation>n (सोशल / नियंत्रण)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Customers who dealt with the social care team</source>
        <translation>वे ग्राहक जिनका सोशल मीडिया टीम से संपर्क हुआ</translation>
    </message>
    <message>
        <source>Every other customer</source>
        <translation>बाकी सभी ग्राहक</translation>
    </message>
    <message>
        <source>Social minus control</source>
        <translation>सोशल घटा नियंत्रण</translation>
    </message>
    <message>
        <source>The difference relative to the control cohort</source>
        <translation>नियंत्रण समूह की तुलना में सापेक्ष अंतर</translation>
    </message>
    <message>
        <source>The interval the true difference lies in, with 95% confidence</source>
        <translation>वह अंतराल जिसमें वास्तविक अंतर 95% विश्वास के साथ होता है</translation>
    </message>
    <message>
        <source>How likely a difference this large would be if the cohorts were alike; below 0.05 is usually taken as real</source>
        <translation>यदि समूह एक जैसे होते तो इतना बड़ा अंतर कितना संभावित होता; 0.05 से कम को आमतौर पर वास्तविक माना जाता है</translation>
    </message>
    <message>
        <source>How many customers (or contacts, orders, answers) each figure rests on</source>
        <translation>हर आँकड़ा कितने ग्राहकों (या संपर्कों, ऑर्डर, उत्तरों) पर आधारित है</translation>
    </message>
    <message>
        <source>A warning when the data cannot support a conclusion</source>
        <translation>चेतावनी, जब डेटा किसी निष्कर्ष का समर्थन नहीं करता</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>A cohort&apos;s value with its 95% interval, e.g. &quot;€1,234 (€1,100 to €1,380)&quot;</extracomment>
        <translation>%1 (%2 से %3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Social cohort</source>
        <extracomment>The customers served by the social care team (the group compared)</extracomment>
        <translation>सोशल समूह</translation>
    </message>
    <message>
        <source>Control cohort</source>
        <translation>नियंत्रण समूह</translation>
    </message>
    <message>
        <source>Customers in the social cohort</source>
        <translation>सोशल समूह के ग्राहक</translation>
    </message>
    <message>
        <source>Customers in the control cohort</source>
        <translation>नियंत्रण समूह के ग्राहक</translation>
    </message>
</context>
<context>
    <name>MetricWarnings</name>
    <message>
        <source>No customer matches the filters: every metric is empty.</source>
        <translation>कोई ग्राहक फ़िल्टर से मेल नहीं खाता: हर मेट्रिक खाली है।</translation>
    </message>
    <message numerus="yes">
        <source>%n contact or order row(s) name a customer that is not in the customers table and were left out.</source>
        <translation>
            <numerusform>%n संपर्क या ऑर्डर पंक्ति ऐसे ग्राहक का नाम लेती है जो ग्राहक तालिका में नहीं है, इसलिए उसे छोड़ दिया गया।</numerusform>
            <numerusform>%n संपर्क या ऑर्डर पंक्तियाँ ऐसे ग्राहक का नाम लेती हैं जो ग्राहक तालिका में नहीं है, इसलिए उन्हें छोड़ दिया गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures entered with the improvements; they carry no interval.</source>
        <translation>सुधारों के साथ दर्ज आँकड़े; इनका कोई अंतराल नहीं है।</translation>
    </message>
    <message>
        <source>Naive comparison: everyone ever in touch with the social care team against everyone else, from signup. Customers who left early never had the chance to reach the social care team, and those who choose it differ from the others, so this is not an effect.</source>
        <translation>सीधी तुलना: सोशल मीडिया टीम से कभी भी संपर्क करने वाले सभी ग्राहक बनाम बाकी सभी, साइन-अप से। जल्दी छोड़ने वाले ग्राहकों को सोशल मीडिया टीम तक पहुँचने का मौका ही नहीं मिला, और इसे चुनने वाले ग्राहक दूसरों से अलग हैं, इसलिए यह प्रभाव नहीं है।</translation>
    </message>
    <message>
        <source>The customers compared still differ in %1 after weighting (standardized difference above 0.1): read the effect with care.</source>
        <translation>तुलना किए गए ग्राहक भारांकन के बाद भी %1 में भिन्न हैं (मानकीकृत अंतर 0.1 से ऊपर): प्रभाव को सावधानी से पढ़ें।</translation>
    </message>
    <message>
        <source>Few similar customers were found for the social customers (thin overlap): the estimate rests on few controls.</source>
        <translation>सोशल ग्राहकों के लिए कम समान ग्राहक मिले (कम ओवरलैप): अनुमान कम नियंत्रण ग्राहकों पर टिका है।</translation>
    </message>
    <message>
        <source>Naive comparison: everyone ever in touch with the social care team against everyone else, from signup. These differences are not effects of the social care team.</source>
        <translation>सीधी तुलना: सोशल मीडिया टीम से कभी जुड़े सभी ग्राहक बाकी सभी के मुकाबले, साइन-अप से। ये अंतर सोशल मीडिया टीम के प्रभाव नहीं हैं।</translation>
    </message>
    <message>
        <source>Not enough data in one of the cohorts to estimate this.</source>
        <translation>किसी एक समूह में इसका अनुमान लगाने के लिए पर्याप्त डेटा नहीं है।</translation>
    </message>
    <message>
        <source>Fewer than 30 in a cohort: too few to draw a conclusion.</source>
        <translation>किसी समूह में 30 से कम: निष्कर्ष निकालने के लिए बहुत कम।</translation>
    </message>
    <message>
        <source>Fewer than 5 customers are still observed at this point.</source>
        <translation>इस बिंदु पर 5 से कम ग्राहक अब भी देखे जा रहे हैं।</translation>
    </message>
    <message>
        <source>The data do not reach this far; the last observed value is carried forward.</source>
        <translation>डेटा यहाँ तक नहीं पहुँचता; अंतिम देखा गया मान आगे ले जाया गया है।</translation>
    </message>
    <message>
        <source>The interval includes zero: the data cannot tell the cohorts apart.</source>
        <translation>अंतराल में शून्य शामिल है: डेटा समूहों में अंतर नहीं बता सकता।</translation>
    </message>
    <message>
        <source>Compared from signup, everyone ever in touch with the social care team against everyone else: not estimated from the first social contact, so not an effect.</source>
        <translation>साइन-अप से तुलना, सोशल मीडिया टीम से कभी जुड़े सभी ग्राहक बाकी सभी के मुकाबले: पहले सोशल संपर्क से अनुमानित नहीं, इसलिए यह प्रभाव नहीं है।</translation>
    </message>
    <message>
        <source>The social cohort&apos;s lifetime model could not be fitted: a saved customer is valued at the revenue of the horizon instead of their remaining lifetime.</source>
        <translation>सोशल समूह का जीवनकाल मॉडल फ़िट नहीं हो सका: बचाए गए ग्राहक का मूल्य उसके शेष जीवनकाल के बजाय अवधि के राजस्व से आँका गया है।</translation>
    </message>
    <message>
        <source>Some of the groups compared hold too few customers for a reliable comparison.</source>
        <translation>तुलना किए गए कुछ समूहों में भरोसेमंद तुलना के लिए बहुत कम ग्राहक हैं।</translation>
    </message>
    <message>
        <source>Customers who left after their first social contact, and among the similar customers compared (weighted). These two counts are not compared with each other: the retention rows above say whether the two sides differ.</source>
        <translation>पहले सोशल संपर्क के बाद छोड़कर गए ग्राहक, और तुलना किए गए समान ग्राहकों में से (भारित)। इन दोनों संख्याओं की आपस में तुलना नहीं की जाती: ऊपर की प्रतिधारण पंक्तियाँ बताती हैं कि दोनों पक्षों में अंतर है या नहीं।</translation>
    </message>
</context>
<context>
    <name>MetricWording</name>
    <message>
        <source>Descriptive: adds no money of its own to the ROI.</source>
        <translation>वर्णनात्मक: ROI में अपनी ओर से कोई धनराशि नहीं जोड़ता।</translation>
    </message>
    <message>
        <source>No money value: the data cannot support one.</source>
        <translation>कोई धनराशि नहीं: डेटा इसका समर्थन नहीं करता।</translation>
    </message>
    <message>
        <source>No money value: set the value of a promoter in the assumptions to count the promoters gained.</source>
        <translation>कोई धनराशि नहीं: प्राप्त प्रमोटरों को गिनने के लिए मान्यताओं में एक प्रमोटर का मूल्य तय करें।</translation>
    </message>
    <message>
        <source>Worth about %1 a year (entered figures, no interval).</source>
        <translation>लगभग %1 प्रति वर्ष का मूल्य (दर्ज आँकड़े, कोई अंतराल नहीं)।</translation>
    </message>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (entered figures, no interval).</source>
        <translation>
            <numerusform>%n महीने में लगभग %1 का मूल्य (दर्ज आँकड़े, कोई अंतराल नहीं)।</numerusform>
            <numerusform>%n महीनों में लगभग %1 का मूल्य (दर्ज आँकड़े, कोई अंतराल नहीं)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth about %1 a year (between %2 and %3).</source>
        <translation>लगभग %1 प्रति वर्ष का मूल्य (%2 और %3 के बीच)।</translation>
    </message>
    <message numerus="yes">
        <source>Worth about %1 over %n month(s) (between %2 and %3).</source>
        <translation>
            <numerusform>%n महीने में लगभग %1 का मूल्य (%2 और %3 के बीच)।</numerusform>
            <numerusform>%n महीनों में लगभग %1 का मूल्य (%2 और %3 के बीच)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown inside %1, not added to the ROI again.</source>
        <translation>%1 के भीतर दिखाया गया, ROI में दोबारा नहीं जोड़ा गया।</translation>
    </message>
    <message numerus="yes">
        <source>Social cohort: %Ln customer(s)</source>
        <translation>
            <numerusform>सोशल समूह: %Ln ग्राहक</numerusform>
            <numerusform>सोशल समूह: %Ln ग्राहक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>control cohort: %Ln customer(s)</source>
        <translation>
            <numerusform>नियंत्रण समूह: %Ln ग्राहक</numerusform>
            <numerusform>नियंत्रण समूह: %Ln ग्राहक</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 तक</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>Computes every metric and the ROI summary of a project for the social and control cohorts, and prints them as JSON or CSV.</source>
        <translation>प्रोजेक्ट के सोशल और नियंत्रण समूहों के लिए हर मेट्रिक और ROI सारांश की गणना करता है, और उन्हें JSON या CSV के रूप में प्रिंट करता है।</translation>
    </message>
    <message>
        <source>Output format: json or csv (required).</source>
        <translation>आउटपुट फ़ॉर्मेट: json या csv (आवश्यक)।</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>फ़ॉर्मेट</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>स्टैंडर्ड आउटपुट के बजाय फ़ाइल में लिखें।</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to compute the metrics of.</source>
        <translation>-p प्रोजेक्ट नहीं दिया गया: जिस प्रोजेक्ट के मेट्रिक्स की गणना करनी है।</translation>
    </message>
    <message>
        <source>Missing --format json|csv: the output format is required.</source>
        <translation>--format json|csv नहीं दिया गया: आउटपुट फ़ॉर्मेट आवश्यक है।</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &quot;%1&quot;.</source>
        <translation>--format का मान json या csv होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>Cannot write the metrics to the standard output.</source>
        <translation>मेट्रिक्स स्टैंडर्ड आउटपुट में नहीं लिखे जा सकते।</translation>
    </message>
    <message>
        <source>adjusted (default): each social customer from their first social contact against similar customers still with us that day; naive: everyone ever in touch with the social care team against everyone else, from signup.</source>
        <translation>adjusted (डिफ़ॉल्ट): हर सोशल ग्राहक उसके पहले सोशल संपर्क से, उसी दिन तक बने रहे समान ग्राहकों के मुकाबले; naive: सोशल मीडिया टीम से कभी भी संपर्क करने वाले सभी बनाम बाकी सभी, साइन-अप से।</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>विधि</translation>
    </message>
    <message>
        <source>Extra attributes of the customers to compare like with like (comma-separated), besides segment, tenure and monthly revenue.</source>
        <translation>समान ग्राहकों की तुलना के लिए ग्राहकों की अतिरिक्त विशेषताएँ (अल्पविराम से अलग), सेगमेंट, अवधि और मासिक राजस्व के अलावा।</translation>
    </message>
    <message>
        <source>ATTR,...</source>
        <translation>विशेषता,...</translation>
    </message>
    <message>
        <source>--method must be adjusted or naive, not &quot;%1&quot;.</source>
        <translation>--method adjusted या naive होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--adjust-for applies to --method adjusted only.</source>
        <translation>--adjust-for केवल --method adjusted पर लागू होता है।</translation>
    </message>
    <message>
        <source>The ROI&apos;s interval from N replicates of a customer-level bootstrap of the whole calculation (fixed seed; 200 or more for a report). Without it, the interval is its linear approximation, found at once.</source>
        <translation>पूरी गणना के ग्राहक-स्तरीय बूटस्ट्रैप की N पुनरावृत्तियों से ROI का अंतराल (स्थिर सीड; रिपोर्ट के लिए 200 या अधिक)। इसके बिना अंतराल उसका रैखिक सन्निकटन है, जो तुरंत मिलता है।</translation>
    </message>
    <message>
        <source>--bootstrap must be a number of replicates from 20 to 100000, not &quot;%1&quot;.</source>
        <translation>--bootstrap को 20 से 100000 तक की पुनरावृत्तियों की संख्या होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--csv-for must be programs or spreadsheet, not &quot;%1&quot;.</source>
        <translation>--csv-for programs या spreadsheet होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--csv-for applies to --format csv only.</source>
        <translation>--csv-for केवल --format csv पर लागू होता है।</translation>
    </message>
    <message>
        <source>--lang applies to --csv-for spreadsheet only.</source>
        <translation>--lang केवल --csv-for spreadsheet पर लागू होता है।</translation>
    </message>
    <message>
        <source>With --format csv: programs (default): comma between cells, point as decimal mark; spreadsheet: the list separator and decimal mark of the --lang language (or the system&apos;s), UTF-8 with a byte order mark.</source>
        <translation>--format csv के साथ: programs (डिफ़ॉल्ट): सेलों के बीच कॉमा, दशमलव चिह्न के रूप में बिंदु; spreadsheet: --lang की भाषा (या सिस्टम की भाषा) का सूची विभाजक और दशमलव चिह्न, बाइट ऑर्डर मार्क सहित UTF-8।</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>With --csv-for spreadsheet: the spreadsheet&apos;s language, en, fr, de, pl or hi.</source>
        <translation>--csv-for spreadsheet के साथ: स्प्रेडशीट की भाषा, en, fr, de, pl या hi।</translation>
    </message>
    <message numerus="yes">
        <source>%1: only %2 of %n bootstrap replicate(s) had social customers to compare; the ROI interval stays the linear approximation.</source>
        <translation>
            <numerusform>%1: %n बूटस्ट्रैप पुनरावृत्ति में से केवल %2 में तुलना के लिए सोशल ग्राहक थे; ROI का अंतराल रैखिक सन्निकटन ही रहता है।</numerusform>
            <numerusform>%1: %n बूटस्ट्रैप पुनरावृत्तियों में से केवल %2 में तुलना के लिए सोशल ग्राहक थे; ROI का अंतराल रैखिक सन्निकटन ही रहता है।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsController</name>
    <message>
        <source>%1: the sensitivity of the ROI could not be computed.</source>
        <translation>%1: ROI की संवेदनशीलता की गणना नहीं हो सकी।</translation>
    </message>
    <message>
        <source>%1: the bootstrap found too few social customers to compare in its draws; the ROI interval stays the linear approximation.</source>
        <translation>%1: बूटस्ट्रैप को अपने चयनों में तुलना के लिए बहुत कम सोशल ग्राहक मिले; ROI का अंतराल रैखिक सन्निकटन ही रहता है।</translation>
    </message>
</context>
<context>
    <name>MissingDataText</name>
    <message>
        <source>No customers yet: import the customers file (customer_id and signup_date) to measure anything.</source>
        <translation>अभी कोई ग्राहक नहीं: कुछ भी मापने के लिए ग्राहकों की फ़ाइल (customer_id और signup_date) आयात करें।</translation>
    </message>
    <message>
        <source>No customer in this selection dealt with the social care team, so there is nothing to compare: import the contacts file with its channel column (social), or the customers file with its social_engaged or first_social_date column, or widen the filters.</source>
        <translation>इस चयन में किसी भी ग्राहक का सोशल मीडिया टीम से संपर्क नहीं हुआ, इसलिए तुलना के लिए कुछ नहीं है: channel कॉलम (social) के साथ संपर्कों की फ़ाइल, या social_engaged या first_social_date कॉलम के साथ ग्राहकों की फ़ाइल आयात करें, या फ़िल्टर बढ़ाएँ।</translation>
    </message>
    <message>
        <source>Every customer in this selection dealt with the social care team, so there is no one to compare them with: import the other customers too (customers file), or widen the filters.</source>
        <translation>इस चयन के हर ग्राहक का सोशल मीडिया टीम से संपर्क हुआ, इसलिए तुलना के लिए कोई नहीं है: बाकी ग्राहकों को भी आयात करें (ग्राहकों की फ़ाइल), या फ़िल्टर बढ़ाएँ।</translation>
    </message>
    <message>
        <source>No social customer in this selection has a date of first contact with the social care team on or after the programme launch, so nothing can be estimated from it: import the customers file with its first_social_date column, or the contacts file with its channel column (social).</source>
        <translation>इस चयन के किसी भी सोशल ग्राहक की कार्यक्रम शुरू होने के बाद सोशल मीडिया टीम से पहले संपर्क की तारीख नहीं है, इसलिए उससे कुछ भी अनुमान नहीं लगाया जा सकता: first_social_date कॉलम के साथ ग्राहकों की फ़ाइल, या channel कॉलम (social) के साथ संपर्कों की फ़ाइल आयात करें।</translation>
    </message>
    <message>
        <source>No customer has a churn date, so retention cannot be estimated: import the customers file with its churn_date column.</source>
        <translation>किसी भी ग्राहक की छोड़ने की तारीख नहीं है, इसलिए ग्राहक बनाए रखने का अनुमान नहीं लगाया जा सकता: churn_date कॉलम के साथ ग्राहकों की फ़ाइल आयात करें।</translation>
    </message>
    <message>
        <source>No contacts are imported, so support cost and self-service cannot be measured: import the contacts file (customer_id, contact_date, channel).</source>
        <translation>कोई संपर्क आयात नहीं किया गया है, इसलिए सहायता की लागत और सेल्फ़-सर्विस नहीं मापी जा सकती: संपर्कों की फ़ाइल (customer_id, contact_date, channel) आयात करें।</translation>
    </message>
    <message>
        <source>No customer is flagged at risk, so saves cannot be counted: import the customers file with its at_risk_date column.</source>
        <translation>किसी भी ग्राहक को जोखिम में चिह्नित नहीं किया गया है, इसलिए बचाए गए ग्राहक नहीं गिने जा सकते: at_risk_date कॉलम के साथ ग्राहकों की फ़ाइल आयात करें।</translation>
    </message>
    <message>
        <source>No recommendation scores and no mentions, so promoters cannot be counted: import the customers file with its nps_score column, or the mentions file (mention_date, sentiment).</source>
        <translation>न सिफ़ारिश के अंक हैं न ज़िक्र, इसलिए प्रमोटर नहीं गिने जा सकते: nps_score कॉलम के साथ ग्राहकों की फ़ाइल, या ज़िक्रों की फ़ाइल (mention_date, sentiment) आयात करें।</translation>
    </message>
    <message>
        <source>No orders are imported, so purchases cannot be compared: import the orders file (customer_id, order_date, amount).</source>
        <translation>कोई ऑर्डर आयात नहीं किया गया है, इसलिए ख़रीदारी की तुलना नहीं हो सकती: ऑर्डरों की फ़ाइल (customer_id, order_date, amount) आयात करें।</translation>
    </message>
</context>
<context>
    <name>MonthlySeriesChart</name>
    <message>
        <source>No value for this month</source>
        <translation>इस महीने के लिए कोई मान नहीं</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Project</source>
        <translation>प्रोजेक्ट</translation>
    </message>
    <message>
        <source>Overview of the project</source>
        <translation>प्रोजेक्ट का अवलोकन</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>तालिकाएँ</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>मेट्रिक्स</translation>
    </message>
    <message>
        <source>Costs, dates and horizon that turn differences into money</source>
        <translation>लागत, तिथियाँ और अवधि जो अंतरों को पैसों में बदलती हैं</translation>
    </message>
    <message>
        <source>Import history (%1)</source>
        <translation>आयात इतिहास (%1)</translation>
    </message>
    <message>
        <source>Every file imported: how it was read, its rejected rows, undo</source>
        <translation>हर आयात की गई फ़ाइल: वह कैसे पढ़ी गई, उसकी अस्वीकृत पंक्तियाँ, पूर्ववत</translation>
    </message>
</context>
<context>
    <name>NpsChart</name>
    <message>
        <source>Share of answers</source>
        <extracomment>Axis label of the NPS chart: share of the survey answers</extracomment>
        <translation>उत्तरों का हिस्सा</translation>
    </message>
    <message>
        <source>Promoters</source>
        <extracomment>NPS survey answers of 9 or 10</extracomment>
        <translation>प्रमोटर</translation>
    </message>
    <message>
        <source>Passives</source>
        <extracomment>NPS survey answers of 7 or 8</extracomment>
        <translation>पैसिव</translation>
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
        <translation>कैलेंडर में एक दिन चुनें (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a date such as %1 or 2025-12-31, or pick one in the calendar</source>
        <extracomment>%1 is an example date in the user&apos;s format, e.g. 31/12/2025</extracomment>
        <translation>%1 या 2025-12-31 जैसी तारीख़ लिखें, या कैलेंडर में चुनें</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or 2025-12-31. Until then the filter keeps its last date; Esc puts it back.</source>
        <extracomment>%1 is an example date in the user&apos;s format, e.g. 31/12/2025</extracomment>
        <translation>यह तारीख़ नहीं है: इसे %1 या 2025-12-31 की तरह लिखें। तब तक फ़िल्टर अपनी पिछली तारीख़ रखता है; Esc उसे वापस लाता है।</translation>
    </message>
</context>
<context>
    <name>OrderLineAssembler</name>
    <message>
        <source>column &quot;%1&quot; (customer_id): the order &quot;%2&quot; of this line is customer &quot;%3&quot;&apos;s (line %4); a line cannot belong to another customer&apos;s order</source>
        <translation>कॉलम &quot;%1&quot; (customer_id): इस पंक्ति का ऑर्डर &quot;%2&quot; ग्राहक &quot;%3&quot; का है (पंक्ति %4); कोई पंक्ति दूसरे ग्राहक के ऑर्डर की नहीं हो सकती</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (order_id): empty, but order lines are grouped into orders by this column</source>
        <translation>कॉलम &quot;%1&quot; (order_id): खाली, जबकि ऑर्डर की मदें इसी कॉलम से ऑर्डरों में जोड़ी जाती हैं</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (customer_id): lines of an order of another customer</source>
        <translation>कॉलम &quot;%1&quot; (customer_id): किसी दूसरे ग्राहक के ऑर्डर की मदें</translation>
    </message>
    <message>
        <source>Check the order keys: an order number used by two customers needs its own key for each.</source>
        <translation>ऑर्डर कुंजियाँ जाँचें: दो ग्राहकों द्वारा उपयोग किए गए ऑर्डर नंबर को हर एक के लिए अलग कुंजी चाहिए।</translation>
    </message>
    <message>
        <source>Give every line its order&apos;s key, or choose another column for the order key.</source>
        <translation>हर पंक्ति को उसके ऑर्डर की कुंजी दें, या ऑर्डर कुंजी के लिए कोई दूसरा कॉलम चुनें।</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>%1 नहीं लिखी जा सकी: PDF शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>Cannot write %1: a new page could not be started.</source>
        <translation>%1 नहीं लिखी जा सकी: नया पेज शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished.</source>
        <translation>%1 नहीं लिखा जा सकता: PDF पूरा नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>PreviewLoader</name>
    <message>
        <source>The file could not be read for the preview. Close other programs and try again.</source>
        <translation>पूर्वावलोकन के लिए फ़ाइल पढ़ी नहीं जा सकी। अन्य प्रोग्राम बंद करें और फिर से प्रयास करें।</translation>
    </message>
</context>
<context>
    <name>PreviewValidation</name>
    <message>
        <source>empty</source>
        <translation>खाली</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <comment>reason: the rejected value</comment>
        <translation>%1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown customer: the project has no customer with this id</source>
        <translation>अज्ञात ग्राहक: प्रोजेक्ट में इस आईडी का कोई ग्राहक नहीं</translation>
    </message>
</context>
<context>
    <name>ProjectOverview</name>
    <message>
        <source>Reading the project…</source>
        <translation>प्रोजेक्ट पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>This is the demo project: generated data with known effects of social customer care, for trying the workbench before loading your own files.</source>
        <translation>यह डेमो प्रोजेक्ट है: सोशल कस्टमर केयर के ज्ञात प्रभावों वाला बनाया गया डेटा, ताकि अपनी फ़ाइलें लोड करने से पहले वर्कबेंच आज़मा सकें।</translation>
    </message>
    <message>
        <source>Your project. Import customer lists, contact logs and orders with File, Import.</source>
        <translation>आपका प्रोजेक्ट। फ़ाइल, आयात से ग्राहक सूचियाँ, संपर्क लॉग और ऑर्डर आयात करें।</translation>
    </message>
    <message>
        <source>Data from</source>
        <translation>डेटा कब से</translation>
    </message>
    <message>
        <source>Data to</source>
        <translation>डेटा कब तक</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>आयात की गई फ़ाइलें</translation>
    </message>
    <message>
        <source>Rejected rows kept for review</source>
        <translation>समीक्षा के लिए रखी गई अस्वीकृत पंक्तियाँ</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>फ़ाइल: %1</translation>
    </message>
</context>
<context>
    <name>QueryCsvExport</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>निर्यात रद्द कर दिया गया; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>The project could not be read (%1); nothing was written.</source>
        <translation>प्रोजेक्ट पढ़ा नहीं जा सका (%1); कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln पंक्ति %1 में लिखी गई।</numerusform>
            <numerusform>%Ln पंक्तियाँ %1 में लिखी गईं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectedRecordsModel</name>
    <message>
        <source>Fixed: imported again</source>
        <translation>ठीक की गई: फिर से आयात की गई</translation>
    </message>
    <message>
        <source>This row was too long to keep whole; fix it in the file and import the file again.</source>
        <translation>यह पंक्ति पूरी रखने के लिए बहुत लंबी थी; इसे फ़ाइल में ठीक करें और फ़ाइल फिर से आयात करें।</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>अस्वीकृत पंक्तियाँ</translation>
    </message>
</context>
<context>
    <name>RejectedRowsDialog</name>
    <message>
        <source>Show rows already fixed and imported</source>
        <translation>पहले से ठीक करके आयात की गई पंक्तियाँ दिखाएँ</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>CSV के रूप में निर्यात करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Export as &amp;XLSX…</source>
        <translation>XLSX के रूप में निर्यात करें(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import the rows again…</source>
        <translation>पंक्तियाँ फिर से आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>%1 की अस्वीकृत पंक्तियाँ</translation>
    </message>
    <message>
        <source>Each row as it was in the file, with why it was rejected. Double-click a value to fix it; fixed rows show in bold. &quot;Import the rows again&quot; imports every row still rejected, with the mapping of this import: rows still wrong are rejected again, with their reason.</source>
        <translation>हर पंक्ति वैसी ही जैसी फ़ाइल में थी, अस्वीकृति के कारण सहित। किसी मान को ठीक करने के लिए उस पर डबल-क्लिक करें; ठीक की गई पंक्तियाँ बोल्ड दिखती हैं। “पंक्तियाँ फिर से आयात करें” अब भी अस्वीकृत हर पंक्ति को इसी आयात की मैपिंग से आयात करता है: जो पंक्तियाँ अब भी गलत हैं, वे अपने कारण के साथ फिर अस्वीकृत होती हैं।</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n पंक्ति %1 में लिखी गई।</numerusform>
            <numerusform>%n पंक्तियाँ %1 में लिखी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the rows again</source>
        <translation>पंक्तियाँ फिर से आयात करें</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n row(s) still rejected, with the mapping of %1?</source>
        <translation>
            <numerusform>अब भी अस्वीकृत %n पंक्ति %1 की मैपिंग से आयात करें?</numerusform>
            <numerusform>अब भी अस्वीकृत %n पंक्तियाँ %1 की मैपिंग से आयात करें?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were edited here. The rows go into a new file first, which you choose next: the import&apos;s record names it.</source>
        <translation>
            <numerusform>इनमें से %n यहाँ संपादित की गई। पंक्तियाँ पहले एक नई फ़ाइल में जाती हैं, जिसे आप आगे चुनेंगे: आयात का रिकॉर्ड उसका नाम रखता है।</numerusform>
            <numerusform>इनमें से %n यहाँ संपादित की गईं। पंक्तियाँ पहले एक नई फ़ाइल में जाती हैं, जिसे आप आगे चुनेंगे: आयात का रिकॉर्ड उसका नाम रखता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>फ़ाइल चुनें…</translation>
    </message>
    <message>
        <source>fixed rows of %1</source>
        <extracomment>Part of a proposed file name: &quot;Project – fixed rows of customers – 2026-12-06.csv&quot;</extracomment>
        <translation>%1 की ठीक की गई पंक्तियाँ</translation>
    </message>
    <message>
        <source>Save the fixed rows as</source>
        <translation>ठीक की गई पंक्तियाँ इस नाम से सहेजें</translation>
    </message>
    <message>
        <source>Importing the rows again…</source>
        <translation>पंक्तियाँ फिर से आयात की जा रही हैं…</translation>
    </message>
    <message>
        <source>The rows still rejected are listed with their reasons under the new import in the history.</source>
        <translation>अब भी अस्वीकृत पंक्तियाँ अपने कारणों सहित इतिहास में नए आयात के नीचे दी गई हैं।</translation>
    </message>
</context>
<context>
    <name>RejectedRowsExport</name>
    <message>
        <source>%1: cannot write the file (%2). Choose another folder.</source>
        <translation>%1: फ़ाइल लिखी नहीं जा सकती (%2)। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2). Check the free space and try again.</source>
        <translation>%1: फ़ाइल लिखी नहीं जा सकती (%2)। खाली जगह जाँचें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Rejected rows written to %1: %2.</source>
        <translation>अस्वीकृत पंक्तियाँ %1 में लिखी गईं: %2।</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>अस्वीकृत पंक्तियाँ निर्यात करें</translation>
    </message>
    <message>
        <source>Writing the rejected rows…</source>
        <translation>अस्वीकृत पंक्तियाँ लिखी जा रही हैं…</translation>
    </message>
    <message>
        <source>rejected rows of %1</source>
        <extracomment>Part of a proposed file name: &quot;Project – rejected rows of customers – 2026-12-06.csv&quot;</extracomment>
        <translation>%1 की अस्वीकृत पंक्तियाँ</translation>
    </message>
</context>
<context>
    <name>RejectedText</name>
    <message>
        <source> [… cut here: the row as read is %1 bytes of UTF-8, SHA-256 %2]</source>
        <translation> [… यहाँ से काटा गया: पढ़ी गई पंक्ति UTF-8 में %1 बाइट की है, SHA-256 %2]</translation>
    </message>
</context>
<context>
    <name>RepeatCountChart</name>
    <message>
        <source>Expected by the model</source>
        <extracomment>Name of the diamonds that show the share the BG/NBD model expects in each bin</extracomment>
        <translation>मॉडल द्वारा अपेक्षित</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) (%2)</source>
        <translation>
            <numerusform>%1 ग्राहक (%2)</numerusform>
            <numerusform>%1 ग्राहक (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatTrackingChart</name>
    <message>
        <source>Weeks since the first order</source>
        <translation>पहले ऑर्डर से सप्ताह</translation>
    </message>
    <message>
        <source>← fitted</source>
        <extracomment>Tracking chart: the weeks the model was fitted to, left of the as-of date</extracomment>
        <translation>← फ़िट</translation>
    </message>
    <message>
        <source>holdout →</source>
        <extracomment>Tracking chart: the weeks after the as-of date, which the model never saw</extracomment>
        <translation>जाँच अवधि →</translation>
    </message>
    <message>
        <source>%1: model</source>
        <extracomment>Tooltip and export name of the line of repeat transactions the BG/NBD model expects</extracomment>
        <translation>%1: मॉडल</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>सप्ताह %1</translation>
    </message>
    <message>
        <source>Repeat orders so far: %1</source>
        <translation>अब तक दोबारा खरीद: %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 से %2 तक</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>%1 को या उसके बाद</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>%1 को या उससे पहले</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>कभी भी</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>प्रोजेक्ट फ़ाइल</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>संदर्भ तिथि</translation>
    </message>
    <message>
        <source>Customers who signed up</source>
        <translation>साइन-अप करने वाले ग्राहक</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>Demo data with known effects, written by the demo generator</source>
        <translation>ज्ञात प्रभावों वाला डेमो डेटा, डेमो जनरेटर द्वारा लिखा गया</translation>
    </message>
    <message>
        <source>%1: %2 in the social cohort, %3 in the control cohort</source>
        <translation>%1: सोशल समूह में %2, नियंत्रण समूह में %3</translation>
    </message>
    <message>
        <source>(difference %1; 95% interval %2)</source>
        <translation>(अंतर %1; 95% विश्वास अंतराल %2)</translation>
    </message>
    <message>
        <source>No file was imported: the project holds demo data written by the demo generator.</source>
        <translation>कोई फ़ाइल आयात नहीं की गई: प्रोजेक्ट में डेमो जनरेटर द्वारा लिखा गया डेमो डेटा है।</translation>
    </message>
    <message>
        <source>No file was imported into this project.</source>
        <translation>इस प्रोजेक्ट में कोई फ़ाइल आयात नहीं की गई।</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported. Rows rejected in total: %1; every rejected row is kept in the project with its line and the reason.</source>
        <translation>
            <numerusform>%n फ़ाइल आयात की गई। कुल अस्वीकृत पंक्तियाँ: %1; हर अस्वीकृत पंक्ति अपनी पंक्ति और कारण के साथ प्रोजेक्ट में रखी गई है।</numerusform>
            <numerusform>%n फ़ाइलें आयात की गईं। कुल अस्वीकृत पंक्तियाँ: %1; हर अस्वीकृत पंक्ति अपनी पंक्ति और कारण के साथ प्रोजेक्ट में रखी गई है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>शीट</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>आयात तिथि</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>आयात की गई पंक्तियाँ</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>अस्वीकृत पंक्तियाँ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind of row</source>
        <translation>पंक्ति का प्रकार</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>सांख्यिकीय टेस्ट</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>कार्यकारी सारांश</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>मुख्य निष्कर्ष</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>सावधानी से पढ़ें</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <source>Data provenance</source>
        <translation>डेटा का स्रोत</translation>
    </message>
    <message>
        <source>Method notes</source>
        <translation>पद्धति संबंधी टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>विषय-सूची</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>page footer: %1 is the page number, %2 the number of pages</extracomment>
        <translation>पेज %2 में से %1</translation>
    </message>
    <message>
        <source>The value of social customer care</source>
        <translation>सोशल कस्टमर केयर का मूल्य</translation>
    </message>
    <message>
        <source>Customers served by the social care team compared with everyone else</source>
        <translation>सोशल मीडिया टीम द्वारा सेवा पाए ग्राहकों की बाकी सभी से तुलना</translation>
    </message>
    <message>
        <source>Generated on %1 by SocialROI Workbench %2</source>
        <translation>%1 को SocialROI Workbench %2 द्वारा बनाया गया</translation>
    </message>
    <message>
        <source>ROI window</source>
        <extracomment>The months over which every benefit and the programme cost are counted</extracomment>
        <translation>ROI अवधि</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of dates</comment>
        <translation>%1 से %2 तक</translation>
    </message>
    <message>
        <source>Lifetime value and model parameters</source>
        <translation>जीवनकाल मूल्य और मॉडल पैरामीटर</translation>
    </message>
    <message>
        <source>no fit</source>
        <translation>फ़िट नहीं</translation>
    </message>
    <message>
        <source>%1 (SE %2)</source>
        <extracomment>A model parameter&apos;s estimate with its standard error</extracomment>
        <translation>%1 (मानक त्रुटि %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 ग्राहक</numerusform>
            <numerusform>%1 ग्राहक</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>%1: the report was not written.</source>
        <translation>%1: रिपोर्ट नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Also give each metric table&apos;s statistics: the p-value and the customers compared.</source>
        <translation>हर मीट्रिक तालिका के आँकड़े भी दें: p-मान और तुलना किए गए ग्राहक।</translation>
    </message>
    <message>
        <source>Writes the report of a project: title page, executive summary with the ROI, each metric&apos;s chart, table and note, assumptions, data provenance and method notes, as PDF, self-contained HTML, XLSX or a PowerPoint deck with native charts and speaker notes (PPTX), chosen by the file&apos;s suffix.</source>
        <translation>प्रोजेक्ट की रिपोर्ट लिखता है: शीर्षक पेज, ROI सहित कार्यकारी सारांश, हर मेट्रिक का चार्ट, तालिका और टिप्पणी, मान्यताएँ, डेटा का स्रोत और पद्धति संबंधी टिप्पणियाँ, PDF, स्व-निहित HTML, XLSX या संपादन-योग्य चार्ट और वक्ता नोट्स वाली PowerPoint प्रस्तुति (PPTX) के रूप में, फ़ाइल के एक्सटेंशन के अनुसार।</translation>
    </message>
    <message>
        <source>The report to write: FILE.pdf, FILE.html, FILE.xlsx or FILE.pptx.</source>
        <translation>लिखी जाने वाली रिपोर्ट: फ़ाइल.pdf, फ़ाइल.html, फ़ाइल.xlsx या फ़ाइल.pptx।</translation>
    </message>
    <message>
        <source>With -o FILE.pptx: a PowerPoint template or presentation (.potx or .pptx) whose slide master, layouts, fonts and colours the slides take.</source>
        <translation>-o फ़ाइल.pptx के साथ: PowerPoint टेम्पलेट या प्रस्तुति (.potx या .pptx), जिसका स्लाइड मास्टर, लेआउट, फ़ॉन्ट और रंग स्लाइडें अपनाती हैं।</translation>
    </message>
    <message>
        <source>-o %1: the report is written as .pdf, .html, .xlsx or .pptx; name the file with one of these suffixes.</source>
        <translation>-o %1: रिपोर्ट .pdf, .html, .xlsx या .pptx के रूप में लिखी जाती है; फ़ाइल के नाम में इनमें से कोई एक एक्सटेंशन दें।</translation>
    </message>
    <message>
        <source>--template %1: a template is for slides; write them with -o FILE.pptx.</source>
        <translation>--template %1: टेम्पलेट स्लाइडों के लिए है; उन्हें -o फ़ाइल.pptx से लिखें।</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>%1: the report could not be written.</source>
        <translation>%1: रिपोर्ट लिखी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>प्रोजेक्ट खुल रहा है…</translation>
    </message>
    <message>
        <source>Reading the assumptions and the import log…</source>
        <translation>मान्यताएँ और आयात लॉग पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>रिपोर्ट का लेआउट बन रहा है…</translation>
    </message>
    <message>
        <source>%1: the report could not be prepared.</source>
        <translation>%1: रिपोर्ट तैयार नहीं हो सकी।</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>चार्ट बनाए जा रहे हैं…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 लिखी जा रही है…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>पूरा हुआ।</translation>
    </message>
    <message>
        <source>Checking the ROI interval with a bootstrap…</source>
        <translation>बूटस्ट्रैप से ROI का अंतराल जाँचा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>ReportInputs</name>
    <message>
        <source>%1: cannot read the assumptions and the import log (%2).</source>
        <translation>%1: मान्यताएँ और आयात लॉग पढ़े नहीं जा सकते (%2)।</translation>
    </message>
</context>
<context>
    <name>ReportMethods</name>
    <message>
        <source>Retention at a time</source>
        <translation>किसी समय पर प्रतिधारण</translation>
    </message>
    <message>
        <source>Kaplan–Meier estimate per cohort from signup, censored at the as-of date; z test of the difference with Greenwood variances.</source>
        <translation>साइन-अप से हर समूह का Kaplan–Meier अनुमान, संदर्भ तिथि पर सेंसर किया गया; Greenwood वेरिएंस के साथ अंतर का z टेस्ट।</translation>
    </message>
    <message>
        <source>Difference: normal interval from the Greenwood variances. Each cohort&apos;s curve: log-log band.</source>
        <translation>अंतर: Greenwood वेरिएंस से सामान्य अंतराल। हर समूह का वक्र: log-log बैंड।</translation>
    </message>
    <message>
        <source>Whole retention curves</source>
        <translation>पूरे प्रतिधारण वक्र</translation>
    </message>
    <message>
        <source>Log-rank test (chi-square, one degree of freedom) over the whole follow-up; the figures are the customers lost in each cohort.</source>
        <translation>पूरी फ़ॉलो-अप अवधि पर लॉग-रैंक टेस्ट (काई-स्क्वेयर, एक स्वतंत्रता कोटि); आँकड़े हर समूह में खोए गए ग्राहक हैं।</translation>
    </message>
    <message>
        <source>None: the test compares whole curves.</source>
        <translation>कोई नहीं: टेस्ट पूरे वक्रों की तुलना करता है।</translation>
    </message>
    <message>
        <source>Months kept within the horizon</source>
        <translation>अवधि के भीतर बनाए रखे गए महीने</translation>
    </message>
    <message>
        <source>Restricted mean survival time up to the horizon (area under the Kaplan–Meier curve); z test.</source>
        <translation>अवधि तक प्रतिबंधित औसत उत्तरजीविता समय (Kaplan–Meier वक्र के नीचे का क्षेत्रफल); z टेस्ट।</translation>
    </message>
    <message>
        <source>Normal interval from the variance of the restricted means.</source>
        <translation>प्रतिबंधित औसतों के वेरिएंस से सामान्य अंतराल।</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>हिस्से</translation>
    </message>
    <message>
        <source>Two-proportion z test (pooled).</source>
        <translation>दो-अनुपात z टेस्ट (पूल्ड)।</translation>
    </message>
    <message>
        <source>Newcombe (Wilson score) interval of the difference.</source>
        <translation>अंतर का Newcombe (Wilson स्कोर) अंतराल।</translation>
    </message>
    <message>
        <source>Rates per customer-month or customer-year</source>
        <translation>प्रति ग्राहक-माह या ग्राहक-वर्ष दरें</translation>
    </message>
    <message>
        <source>Poisson rate difference (Wald z test), with the exposure of each customer from signup to churn or the as-of date.</source>
        <translation>Poisson दर अंतर (Wald z टेस्ट), हर ग्राहक के साइन-अप से छोड़ने या संदर्भ तिथि तक के एक्सपोज़र के साथ।</translation>
    </message>
    <message>
        <source>Wald interval of the difference; log-Wald interval of the rate ratio.</source>
        <translation>अंतर का Wald अंतराल; दर अनुपात का log-Wald अंतराल।</translation>
    </message>
    <message>
        <source>Averages per customer, order or contact</source>
        <translation>प्रति ग्राहक, ऑर्डर या संपर्क औसत</translation>
    </message>
    <message>
        <source>Welch t test (unequal variances).</source>
        <translation>Welch t टेस्ट (असमान वेरिएंस)।</translation>
    </message>
    <message>
        <source>Welch interval of the difference of the means.</source>
        <translation>औसतों के अंतर का Welch अंतराल।</translation>
    </message>
    <message>
        <source>Promoters (9–10) minus detractors (0–6); z test with the multinomial variance of the two shares.</source>
        <translation>प्रमोटर (9–10) घटा डिट्रैक्टर (0–6); दोनों हिस्सों के मल्टीनोमियल वेरिएंस के साथ z टेस्ट।</translation>
    </message>
    <message>
        <source>Normal interval of the difference of the scores.</source>
        <translation>स्कोरों के अंतर का सामान्य अंतराल।</translation>
    </message>
    <message>
        <source>Support cost</source>
        <translation>सपोर्ट लागत</translation>
    </message>
    <message>
        <source>Total cost over customer-months, its variance that of a compound Poisson sum; z test.</source>
        <translation>ग्राहक-माहों पर कुल लागत, जिसका वेरिएंस कंपाउंड Poisson योग का है; z टेस्ट।</translation>
    </message>
    <message>
        <source>Normal interval of the difference.</source>
        <translation>अंतर का सामान्य अंतराल।</translation>
    </message>
    <message>
        <source>Counts, sums and entered figures</source>
        <translation>गिनती, योग और दर्ज आँकड़े</translation>
    </message>
    <message>
        <source>None: these figures describe the data.</source>
        <translation>कोई नहीं: ये आँकड़े डेटा का वर्णन करते हैं।</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>कोई नहीं।</translation>
    </message>
    <message>
        <source>Rates are per customer-month: each customer counts from signup to churn or the as-of date (a month is 30.4375 days). Every interval is a 95% interval; a difference is social minus control and the lift is the difference divided by the control value.</source>
        <translation>दरें प्रति ग्राहक-माह हैं: हर ग्राहक साइन-अप से छोड़ने या संदर्भ तिथि तक गिना जाता है (एक महीना 30.4375 दिन का है)। हर अंतराल 95% विश्वास अंतराल है; अंतर सोशल घटा नियंत्रण है और लिफ़्ट अंतर को नियंत्रण मान से भाग देने पर मिलती है।</translation>
    </message>
    <message>
        <source>A row carries a warning when a cohort has fewer than 30 customers, an expected count is under 5, fewer than 5 customers are still observed at a survival time, or the interval of the difference includes zero. Numbers that cannot be estimated are shown as “%1”.</source>
        <translation>किसी पंक्ति पर चेतावनी तब होती है जब किसी समूह में 30 से कम ग्राहक हों, कोई अपेक्षित गिनती 5 से कम हो, किसी उत्तरजीविता समय पर 5 से कम ग्राहक अब भी देखे जा रहे हों, या अंतर के अंतराल में शून्य शामिल हो। जिन संख्याओं का अनुमान नहीं लगाया जा सकता, वे &quot;%1&quot; के रूप में दिखाई जाती हैं।</translation>
    </message>
    <message>
        <source>segment, tenure and monthly revenue</source>
        <translation>सेगमेंट, अवधि और मासिक राजस्व</translation>
    </message>
    <message>
        <source>segment, tenure, monthly revenue and %1</source>
        <translation>सेगमेंट, अवधि, मासिक राजस्व और %1</translation>
    </message>
    <message>
        <source>Retention is estimated, not compared: each customer who dealt with the social care team is followed from their first contact with it, on or after the programme launch, against customers who were still customers that same day, had not dealt with the team yet and resembled them in %1. There is one comparison per calendar month; in each, the similar customers are weighted to the social customers&apos; mix and stop counting once they reach the team themselves. The estimate is the effect on the customers the team dealt with; its intervals use a variance clustered on the customer, because a customer can be compared in several months.</source>
        <translation>प्रतिधारण का अनुमान लगाया जाता है, केवल तुलना नहीं: सोशल मीडिया टीम से जुड़ा हर ग्राहक कार्यक्रम की शुरुआत के बाद उससे पहले संपर्क से देखा जाता है, उन ग्राहकों के मुकाबले जो उसी दिन भी ग्राहक थे, अभी टीम से नहीं जुड़े थे और इनमें उसके समान थे: %1। हर कैलेंडर माह एक तुलना होती है; उसमें समान ग्राहकों को सोशल ग्राहकों की संरचना के अनुसार भारित किया जाता है और टीम तक खुद पहुँचते ही वे गिने नहीं जाते। अनुमान उन ग्राहकों पर प्रभाव है जिनसे टीम जुड़ी; इसके अंतराल ग्राहक-वार समूहित प्रसरण का उपयोग करते हैं, क्योंकि एक ग्राहक कई महीनों में तुलना में आ सकता है।</translation>
    </message>
    <message>
        <source>Balance: the largest standardized difference between the two sides is %1 before weighting and %2 after; above 0.1 a difference is flagged on the rows it affects.</source>
        <translation>संतुलन: दोनों पक्षों के बीच सबसे बड़ा मानकीकृत अंतर भारांकन से पहले %1 और बाद में %2 है; 0.1 से ऊपर का अंतर प्रभावित पंक्तियों पर चिह्नित होता है।</translation>
    </message>
    <message>
        <source>How wrong could it still be: to explain the 12-month retention effect away, a factor not compared here would have to make customers %1 times as likely to use social customer care and %1 times as likely to stay (the E-value; %2 for the interval&apos;s limit nearest to no effect).</source>
        <translation>यह अब भी कितना गलत हो सकता है: 12 महीने के प्रतिधारण प्रभाव को पूरी तरह समझाने के लिए, यहाँ तुलना न किए गए किसी कारक को ग्राहकों के सोशल मीडिया ग्राहक सेवा इस्तेमाल करने की संभावना %1 गुना और बने रहने की संभावना %1 गुना करनी होगी (E-मान; शून्य प्रभाव के सबसे निकट अंतराल सीमा के लिए %2)।</translation>
    </message>
    <message>
        <source>Weighted Kaplan–Meier estimate from the first social contact, against similar customers still with us that day, weighted to the social customers&apos; mix; z test of the difference.</source>
        <translation>पहले सोशल संपर्क से भारित कापलान–मायर अनुमान, उस दिन हमारे साथ बने समान ग्राहकों के मुकाबले, सोशल ग्राहकों की संरचना के अनुसार भारित; अंतर का z परीक्षण।</translation>
    </message>
    <message>
        <source>Difference: normal interval from the robust variance clustered on the customer. Each side&apos;s curve: log-log band.</source>
        <translation>अंतर: ग्राहक-वार समूहित मज़बूत प्रसरण से सामान्य अंतराल। हर पक्ष का वक्र: लॉग-लॉग पट्टी।</translation>
    </message>
    <message>
        <source>Normal interval from the robust variance clustered on the customer.</source>
        <translation>ग्राहक-वार समूहित मज़बूत प्रसरण से सामान्य अंतराल।</translation>
    </message>
    <message>
        <source>The social cohort is every customer who dealt with the social care team; the control cohort is everyone else. Both are limited by the same filters and followed up to the as-of date, %1: customers who signed up later are left out, and a customer still active on that date counts as kept so far (censored). This is the naive comparison, from signup: customers choose social customer care and can only reach it while they are still customers, so its differences are not effects of the social care team.</source>
        <translation>सोशल समूह वे सभी ग्राहक हैं जिनसे सोशल मीडिया टीम जुड़ी; नियंत्रण समूह बाकी सभी। दोनों एक ही फ़िल्टर से सीमित हैं और विश्लेषण तिथि %1 तक देखे जाते हैं: बाद में साइन-अप करने वाले ग्राहक छोड़ दिए जाते हैं, और उस तिथि पर सक्रिय ग्राहक अब तक बनाए रखा गिना जाता है (सेंसर)। यह साइन-अप से सीधी तुलना है: ग्राहक सोशल मीडिया ग्राहक सेवा खुद चुनते हैं और ग्राहक रहते हुए ही उस तक पहुँच सकते हैं, इसलिए इसके अंतर सोशल मीडिया टीम के प्रभाव नहीं हैं।</translation>
    </message>
    <message>
        <source>The ROI counts every money value and the programme cost over one window, from %1 to %2: retention (the revenue the social care team kept inside the window), operational cost, complaints turned into raves, cross-sells and process innovations. Saves are part of retention&apos;s value and self-service of operational cost&apos;s, so neither is added twice; return on relationship describes customers and adds no money of its own.</source>
        <translation>ROI हर मौद्रिक मूल्य और कार्यक्रम लागत को एक ही अवधि, %1 से %2 तक, में गिनता है: प्रतिधारण (अवधि के भीतर सोशल मीडिया टीम द्वारा बनाए रखा राजस्व), परिचालन लागत, शिकायतें जो प्रशंसा बनीं, क्रॉस-सेल और प्रक्रिया नवाचार। बचाए गए ग्राहक प्रतिधारण के मूल्य का और स्व-सेवा परिचालन लागत का हिस्सा हैं, इसलिए कुछ भी दो बार नहीं जुड़ता; संबंध पर प्रतिफल ग्राहकों का वर्णन करता है और अपना कोई धन नहीं जोड़ता।</translation>
    </message>
    <message>
        <source>Revenue-based values are multiplied by the contribution margin, %1: the money is profit.</source>
        <translation>राजस्व-आधारित मूल्यों को योगदान मार्जिन %1 से गुणा किया जाता है: राशियाँ लाभ हैं।</translation>
    </message>
    <message>
        <source>No contribution margin is set: revenue-based values are revenue, not profit.</source>
        <translation>कोई योगदान मार्जिन सेट नहीं है: राजस्व-आधारित मूल्य राजस्व हैं, लाभ नहीं।</translation>
    </message>
    <message>
        <source>The interval of the total value comes from one method applied to the whole sum: each customer&apos;s effect on every component at once (the linear term of a customer-level bootstrap, checked against a real bootstrap), not the components&apos; intervals added up. Process innovations are figures entered by hand and carry no uncertainty.</source>
        <translation>कुल मूल्य का अंतराल पूरे योग पर लागू एक ही विधि से आती है: हर ग्राहक का सभी घटकों पर एक साथ प्रभाव (ग्राहक-स्तरीय बूटस्ट्रैप का रैखिक पद, असली बूटस्ट्रैप से जाँचा गया), घटकों के अंतरालों को जोड़कर नहीं। प्रक्रिया नवाचार हाथ से दर्ज आँकड़े हैं और उनमें कोई अनिश्चितता नहीं।</translation>
    </message>
    <message>
        <source>Contacts, support cost, self-service sessions, mentions and cross-sell revenue are estimated the same way, per customer-month (handle time per contact, resolution and the mentions&apos; tone per contact or mention), over the same follow-up on both sides: at most the horizon, ending when the customer leaves, at the as-of date, or, for a similar customer, when they reach the team. Their money is the estimated difference times the months the social customers spent inside the ROI window after their first contact.</source>
        <translation>संपर्क, सहायता लागत, सेल्फ़-सर्विस सत्र, उल्लेख और क्रॉस-सेल राजस्व का अनुमान भी इसी तरह लगाया जाता है, प्रति ग्राहक-माह (प्रति संपर्क हैंडल समय, समाधान, और प्रति संपर्क या उल्लेख उल्लेखों का स्वर), दोनों पक्षों पर एक ही अवलोकन अवधि में: अधिकतम क्षितिज तक, जो ग्राहक के जाने पर, गणना की तिथि पर, या किसी समान ग्राहक के लिए उसके खुद टीम तक पहुँचने पर समाप्त होती है। इनका धन मूल्य अनुमानित अंतर गुणा वे महीने हैं जो सोशल ग्राहकों ने पहले संपर्क के बाद ROI अवधि के भीतर बिताए।</translation>
    </message>
    <message>
        <source>The estimate assumes that, among customers alike in those respects, who reaches the social care team in a given month has nothing to do with how long they would otherwise stay or how they would otherwise use the service. Recommendation scores carry no date, and saves and the share that ever used self-service or bought a cross-sell depend on how long a customer was watched: those rows still compare everyone ever in touch with the team against everyone else, from signup, and say so.</source>
        <translation>अनुमान यह मानता है कि इन बातों में एक जैसे ग्राहकों में, किसी महीने सोशल मीडिया टीम तक कौन पहुँचता है, इसका इससे कोई संबंध नहीं कि वे अन्यथा कितने समय तक रहते या सेवा का अन्यथा कैसे उपयोग करते। सिफ़ारिश स्कोर पर कोई तिथि नहीं होती, और बचाए गए ग्राहक तथा कभी सेल्फ़-सर्विस का उपयोग करने या क्रॉस-सेल खरीदने वालों का हिस्सा इस पर निर्भर करता है कि ग्राहक को कितने समय देखा गया: ये पंक्तियाँ अब भी टीम से कभी जुड़े सभी ग्राहकों की बाकी सभी से, साइन-अप से, तुलना करती हैं और यह बताती हैं।</translation>
    </message>
    <message>
        <source>Social customers compared: %1; similar customers: %2 (worth %3 after weighting); left out: %4 with no similar customer and %5 flagged social without a date.</source>
        <translation>तुलना किए गए सोशल ग्राहक: %1; समान ग्राहक: %2 (भारांकन के बाद %3 के बराबर); छोड़े गए: %4 बिना समान ग्राहक के और %5 बिना तारीख सोशल चिह्नित।</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>The project file to read (.socialroi).</source>
        <translation>पढ़ी जाने वाली प्रोजेक्ट फ़ाइल (.socialroi)।</translation>
    </message>
    <message>
        <source>Only customers of this segment, or NAME=VALUE for an extra attribute.</source>
        <translation>केवल इस सेगमेंट के ग्राहक, या अतिरिक्त एट्रिब्यूट के लिए NAME=VALUE।</translation>
    </message>
    <message>
        <source>Only customers who signed up on or after DATE (YYYY-MM-DD).</source>
        <translation>केवल वे ग्राहक जिन्होंने तिथि (YYYY-MM-DD) को या उसके बाद साइन-अप किया।</translation>
    </message>
    <message>
        <source>Only customers who signed up on or before DATE (YYYY-MM-DD).</source>
        <translation>केवल वे ग्राहक जिन्होंने तिथि (YYYY-MM-DD) को या उससे पहले साइन-अप किया।</translation>
    </message>
    <message>
        <source>Compute as of DATE (YYYY-MM-DD) instead of the project&apos;s as-of date.</source>
        <translation>प्रोजेक्ट की संदर्भ तिथि के बजाय तिथि (YYYY-MM-DD) के अनुसार गणना करें।</translation>
    </message>
    <message>
        <source>Numbers, dates and money in this language: en, fr, de, pl or hi.</source>
        <translation>इस भाषा में संख्याएँ, तिथियाँ और राशि: en, fr, de, pl या hi।</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 YYYY-MM-DD रूप में लिखी तिथि होनी चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: no signup date can match.</source>
        <translation>--from %1, --to %2 के बाद है: कोई साइन-अप तिथि मेल नहीं खा सकती।</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>--lang का मान %1 में से एक होना चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to read.</source>
        <translation>-p प्रोजेक्ट नहीं दिया गया: पढ़ा जाने वाला प्रोजेक्ट।</translation>
    </message>
    <message>
        <source>Missing -o FILE: where to write.</source>
        <translation>-o फ़ाइल नहीं दी गई: कहाँ लिखना है।</translation>
    </message>
    <message>
        <source>-o %1 is the project itself; choose another output file.</source>
        <translation>-o %1 स्वयं प्रोजेक्ट है; कोई दूसरी आउटपुट फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>S</source>
        <comment>value name: a segment</comment>
        <translation>सेगमेंट</translation>
    </message>
</context>
<context>
    <name>RoiPane</name>
    <message>
        <source>How the value adds up</source>
        <translation>मूल्य कैसे जुड़ता है</translation>
    </message>
    <message>
        <source>How the net value depends on the assumptions</source>
        <translation>शुद्ध मूल्य मान्यताओं पर कैसे निर्भर है</translation>
    </message>
    <message>
        <source>How the ROI depends on the assumptions</source>
        <translation>ROI मान्यताओं पर कैसे निर्भर है</translation>
    </message>
    <message numerus="yes">
        <source>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of the customers.</source>
        <translation>
            <numerusform>मूल्य और ROI का अंतराल: पूरी गणना का बूटस्ट्रैप, ग्राहकों का %n पुनःप्रतिचयन।</numerusform>
            <numerusform>मूल्य और ROI का अंतराल: पूरी गणना का बूटस्ट्रैप, ग्राहकों के %n पुनःप्रतिचयन।</numerusform>
        </translation>
    </message>
    <message>
        <source>The interval of the value and of the ROI: its linear approximation, found at once.</source>
        <translation>मूल्य और ROI का अंतराल: उसका रैखिक सन्निकटन, जो तुरंत मिलता है।</translation>
    </message>
    <message numerus="yes">
        <source>The interval of the value and of the ROI: a bootstrap of the whole calculation, %n resamples of %1 of the %2 customers each, rescaled to all of them.</source>
        <translation>
            <numerusform>मूल्य और ROI का अंतराल: पूरी गणना का बूटस्ट्रैप, %2 ग्राहकों में से %1 का %n पुनःप्रतिचयन, सभी ग्राहकों के पैमाने पर लाया गया।</numerusform>
            <numerusform>मूल्य और ROI का अंतराल: पूरी गणना का बूटस्ट्रैप, %2 ग्राहकों में से हर बार %1 के %n पुनःप्रतिचयन, सभी ग्राहकों के पैमाने पर लाए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extra saves among the %n social customers at risk are worth about %1 over their remaining lifetime (between %2 and %3).</source>
        <translation>
            <numerusform>जोखिम वाले %n सोशल ग्राहक में से अतिरिक्त बचाए गए ग्राहकों का मूल्य उनके शेष जीवनकाल में लगभग %1 है (%2 से %3 के बीच)।</numerusform>
            <numerusform>जोखिम वाले %n सोशल ग्राहकों में से अतिरिक्त बचाए गए ग्राहकों का मूल्य उनके शेष जीवनकाल में लगभग %1 है (%2 से %3 के बीच)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The extra saves among the %n social customers at risk are worth about %1 over the horizon (between %2 and %3).</source>
        <translation>
            <numerusform>जोखिम वाले %n सोशल ग्राहक में से अतिरिक्त बचाए गए ग्राहकों का मूल्य अवधि में लगभग %1 है (%2 से %3 के बीच)।</numerusform>
            <numerusform>जोखिम वाले %n सोशल ग्राहकों में से अतिरिक्त बचाए गए ग्राहकों का मूल्य अवधि में लगभग %1 है (%2 से %3 के बीच)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown inside retention, not added to the ROI again.</source>
        <translation>प्रतिधारण के भीतर दिखाया गया, ROI में दोबारा नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>Not added to the ROI: retention already counts what kept customers bring within the ROI window.</source>
        <translation>ROI में नहीं जोड़ा गया: ग्राहक प्रतिधारण पहले से गिनता है कि बचाए गए ग्राहक विश्लेषण अवधि में क्या लाते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Checking it with a bootstrap of the whole calculation: %1 of %Ln resample(s).</source>
        <translation>
            <numerusform>पूरी गणना के बूटस्ट्रैप से जाँच: %Ln में से %1 पुनःप्रतिचयन।</numerusform>
            <numerusform>पूरी गणना के बूटस्ट्रैप से जाँच: %Ln में से %1 पुनःप्रतिचयन।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoiTable</name>
    <message>
        <source>Component</source>
        <translation>घटक</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>न्यूनतम</translation>
    </message>
    <message>
        <source>High</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>कुल मूल्य</translation>
    </message>
    <message>
        <source>Programme cost</source>
        <translation>कार्यक्रम लागत</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>शुद्ध मूल्य</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>निवेश पर रिटर्न</translation>
    </message>
    <message numerus="yes">
        <source>The programme cost per month times the horizon of %n month(s)</source>
        <translation>
            <numerusform>मासिक कार्यक्रम लागत गुणा %n महीने की अवधि</numerusform>
            <numerusform>मासिक कार्यक्रम लागत गुणा %n महीनों की अवधि</numerusform>
        </translation>
    </message>
    <message>
        <source>(value − cost) / cost</source>
        <translation>(मूल्य − लागत) / लागत</translation>
    </message>
</context>
<context>
    <name>RoiWording</name>
    <message>
        <source>The money is profit, at a contribution margin of %1.</source>
        <translation>ये राशियाँ %1 के योगदान मार्जिन पर लाभ हैं।</translation>
    </message>
    <message>
        <source>The money is revenue, not profit: set the contribution margin in the assumptions to count profit.</source>
        <translation>ये राशियाँ राजस्व हैं, लाभ नहीं: लाभ गिनने के लिए मान्यताओं में योगदान मार्जिन दर्ज करें।</translation>
    </message>
    <message>
        <source>Process innovations add %1 from figures entered by hand, with no estimate of uncertainty.</source>
        <translation>प्रक्रिया सुधार हाथ से दर्ज आँकड़ों से %1 जोड़ते हैं, अनिश्चितता के किसी अनुमान के बिना।</translation>
    </message>
    <message>
        <source>No programme cost is set, so there is no return to compute; the value of social customer care from %1 to %2 is %3.</source>
        <translation>कार्यक्रम की कोई लागत दर्ज नहीं है, इसलिए प्रतिफल की गणना नहीं हो सकती; %1 से %2 तक सोशल मीडिया ग्राहक सेवा का मूल्य %3 है।</translation>
    </message>
    <message>
        <source>From %1 to %2, every %3 spent on social customer care returned an estimated %4 (between %5 and %6), compared with similar customers who were still with us on the same day.</source>
        <translation>%1 से %2 तक, सोशल मीडिया ग्राहक सेवा पर खर्च किए गए हर %3 से अनुमानित %4 मिले (%5 और %6 के बीच), उन समान ग्राहकों की तुलना में जो उसी दिन भी हमारे साथ थे।</translation>
    </message>
    <message>
        <source>From %1 to %2, every %3 spent on social customer care went with %4 (between %5 and %6) in a naive comparison of everyone ever in touch with the social care team against everyone else: not an estimate of what the team caused.</source>
        <translation>%1 से %2 तक, सोशल मीडिया ग्राहक सेवा पर खर्च किए गए हर %3 के साथ %4 जुड़े (%5 और %6 के बीच), सोशल मीडिया टीम से कभी जुड़े सभी ग्राहकों की बाकी सभी से सीधी तुलना में: यह टीम के प्रभाव का अनुमान नहीं है।</translation>
    </message>
    <message>
        <source>The promoters&apos; value compares the cohorts from signup: recommendation scores carry no date, so it is not estimated from the first social contact.</source>
        <translation>प्रमोटरों का मूल्य साइन-अप से समूहों की तुलना करता है: सिफ़ारिश स्कोर पर कोई तिथि नहीं होती, इसलिए इसका अनुमान पहले सोशल संपर्क से नहीं लगाया जाता।</translation>
    </message>
    <message>
        <source>This selection holds %1 of the social customers, so it is charged %1 of the programme&apos;s cost and of the figures entered for the whole project.</source>
        <translation>इस चयन में %1 सोशल ग्राहक हैं, इसलिए इस पर कार्यक्रम की लागत और पूरे प्रोजेक्ट के लिए दर्ज आँकड़ों का %1 हिस्सा डाला जाता है।</translation>
    </message>
    <message>
        <source>No verdict yet: no customer in this selection has a first contact with the social care team on or after the programme launch, with similar customers to compare with. Import the contacts with their channel (social), or the customers&apos; first social date, to estimate what the team caused.</source>
        <translation>अभी कोई निष्कर्ष नहीं: इस चयन के किसी ग्राहक का कार्यक्रम की शुरुआत के बाद सोशल मीडिया टीम से पहला संपर्क नहीं है, जिसकी तुलना समान ग्राहकों से हो सके। टीम के प्रभाव का अनुमान लगाने के लिए संपर्कों को उनके चैनल (social) के साथ, या ग्राहकों की पहले सोशल संपर्क की तिथि आयात करें।</translation>
    </message>
    <message>
        <source>No verdict yet: no customer in this selection is marked as having dealt with the social care team. Import the contacts with their channel (social), or the customers&apos; social flag, to compare them.</source>
        <translation>अभी कोई निष्कर्ष नहीं: इस चयन का कोई ग्राहक सोशल मीडिया टीम से जुड़ा हुआ चिह्नित नहीं है। तुलना के लिए संपर्कों को उनके चैनल (social) के साथ, या ग्राहकों का सोशल चिह्न आयात करें।</translation>
    </message>
    <message>
        <source>Lifetime value here is the profit a customer is expected to bring from the as-of date on, in today&apos;s money: a contribution margin of %1 on the subscription revenue of the months the sBG model expects them to stay and on the orders BG/NBD and Gamma-Gamma expect, discounted at %2 a year. Each cohort&apos;s interval shows how uncertain the fitted models are.</source>
        <translation>यहाँ ग्राहक जीवनकाल मूल्य वह लाभ है जो एक ग्राहक विश्लेषण की तारीख से आगे लाने की उम्मीद है, आज के पैसे में: सदस्यता के उन महीनों के राजस्व पर, जितने महीने sBG मॉडल के अनुसार वह रहेगा, और BG/NBD व Gamma-Gamma द्वारा अपेक्षित ऑर्डरों पर %1 का योगदान मार्जिन, %2 प्रति वर्ष की दर से छूट दिया गया। हर समूह का अंतराल दिखाता है कि फ़िट किए गए मॉडल कितने अनिश्चित हैं।</translation>
    </message>
    <message>
        <source>Lifetime value here is the revenue, not profit (no contribution margin is set), a customer is expected to bring from the as-of date on, in today&apos;s money: the subscription revenue of the months the sBG model expects them to stay and the orders BG/NBD and Gamma-Gamma expect, discounted at %1 a year. Each cohort&apos;s interval shows how uncertain the fitted models are.</source>
        <translation>यहाँ ग्राहक जीवनकाल मूल्य वह राजस्व है, लाभ नहीं (कोई योगदान मार्जिन तय नहीं है), जो एक ग्राहक विश्लेषण की तारीख से आगे लाने की उम्मीद है, आज के पैसे में: सदस्यता के उन महीनों का राजस्व, जितने महीने sBG मॉडल के अनुसार वह रहेगा, और BG/NBD व Gamma-Gamma द्वारा अपेक्षित ऑर्डर, %1 प्रति वर्ष की दर से छूट दिए गए। हर समूह का अंतराल दिखाता है कि फ़िट किए गए मॉडल कितने अनिश्चित हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Expected orders are counted over the horizon of %n month(s).</source>
        <translation>
            <numerusform>अपेक्षित ऑर्डर %n महीने की अवधि में गिने जाते हैं।</numerusform>
            <numerusform>अपेक्षित ऑर्डर %n महीनों की अवधि में गिने जाते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>No verdict yet: %1</source>
        <translation>अभी कोई निष्कर्ष नहीं: %1</translation>
    </message>
    <message>
        <source>No verdict yet: no benefit of social customer care could be measured from the data imported so far, so there is no ROI to show.</source>
        <translation>अभी कोई निष्कर्ष नहीं: अब तक आयात किए गए डेटा से सोशल ग्राहक सेवा का कोई लाभ नहीं मापा जा सका, इसलिए दिखाने के लिए कोई ROI नहीं है।</translation>
    </message>
    <message>
        <source>Left out of the value:</source>
        <translation>मूल्य में शामिल नहीं:</translation>
    </message>
    <message>
        <source>This selection holds %1 of all customers, so it is charged %1 of the programme&apos;s cost and of the figures entered for the whole project (the rule chosen in the assumptions).</source>
        <translation>इस चयन में सभी ग्राहकों का %1 है, इसलिए इस पर कार्यक्रम की लागत और पूरे प्रोजेक्ट के लिए दर्ज आँकड़ों का %1 हिस्सा डाला जाता है (मान्यताओं में चुना गया नियम)।</translation>
    </message>
    <message>
        <source>This selection is charged the programme&apos;s whole cost and the whole of the figures entered for the project (the rule chosen in the assumptions): the selections of a partition do not add up to the whole.</source>
        <translation>इस चयन पर कार्यक्रम की पूरी लागत और प्रोजेक्ट के लिए दर्ज पूरे आँकड़े डाले जाते हैं (मान्यताओं में चुना गया नियम): किसी विभाजन के चयनों का योग पूरे के बराबर नहीं होता।</translation>
    </message>
    <message>
        <source>On its own this estimate comes to %1, but %2 as a whole did not move that way: none of it is counted inside.</source>
        <translation>अपने आप में यह अनुमान %1 है, पर %2 कुल मिलाकर उस दिशा में नहीं बदली: इसमें से कुछ भी भीतर नहीं गिना जाता।</translation>
    </message>
    <message>
        <source>On its own this estimate comes to %1, more than %2 as a whole (%3), whose other parts move the other way: only %3 is counted inside it.</source>
        <translation>अपने आप में यह अनुमान %1 है, जो कुल %2 (%3) से अधिक है, जिसके बाकी हिस्से उलटी दिशा में जाते हैं: इसके भीतर केवल %3 गिना जाता है।</translation>
    </message>
</context>
<context>
    <name>RowDerivation</name>
    <message>
        <source>signup_date is the snapshot date %1 minus &quot;%2&quot; in whole calendar months.</source>
        <translation>signup_date स्नैपशॉट तिथि %1 घटा &quot;%2&quot; पूरे कैलेंडर महीनों में है।</translation>
    </message>
    <message>
        <source>signup_date is the snapshot date %1 minus &quot;%2&quot; in days.</source>
        <translation>signup_date स्नैपशॉट तिथि %1 घटा &quot;%2&quot; दिनों में है।</translation>
    </message>
    <message>
        <source>churn_date is the snapshot date %1 where &quot;%2&quot; says the customer left (they left during the last period before the snapshot), and empty elsewhere.</source>
        <translation>जहाँ &quot;%2&quot; बताता है कि ग्राहक छोड़ गया, वहाँ churn_date स्नैपशॉट तिथि %1 है (वह स्नैपशॉट से पहले की अंतिम अवधि में छोड़ गया), बाकी जगह खाली।</translation>
    </message>
    <message>
        <source>amount is &quot;%1&quot; × &quot;%2&quot;.</source>
        <translation>amount = &quot;%1&quot; × &quot;%2&quot;।</translation>
    </message>
    <message>
        <source>empty, but signup_date is derived from it and is required</source>
        <translation>खाली, जबकि signup_date इसी से निकलती है और आवश्यक है</translation>
    </message>
    <message>
        <source>negative: a tenure counts back from the snapshot date</source>
        <translation>ऋणात्मक: अवधि स्नैपशॉट तिथि से पीछे की ओर गिनी जाती है</translation>
    </message>
    <message>
        <source>too long: the signup date would fall more than a thousand years before the snapshot date</source>
        <translation>बहुत लंबा: साइनअप तिथि स्नैपशॉट तिथि से हज़ार साल से अधिक पहले पड़ेगी</translation>
    </message>
    <message>
        <source>empty, but the order&apos;s amount is computed from it and is required</source>
        <translation>खाली, जबकि ऑर्डर की राशि इसी से निकलती है और आवश्यक है</translation>
    </message>
    <message>
        <source>quantity × unit price is too large</source>
        <translation>मात्रा × इकाई मूल्य बहुत बड़ा है</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is counted as of the day the extract was taken: give that snapshot date (--snapshot YYYY-MM-DD on the command line, &quot;A snapshot extract, taken on&quot; in the import wizard).</source>
        <translation>कॉलम &quot;%1&quot; (%2) निकासी वाले दिन के हिसाब से गिना जाता है: वह स्नैपशॉट तिथि दें (कमांड लाइन पर --snapshot YYYY-MM-DD, आयात विज़ार्ड में &quot;किसी दिन का स्नैपशॉट, लिया गया&quot;)।</translation>
    </message>
    <message>
        <source>Lines with the same order_id are one order: amounts summed, cross-sell if any line is, products listed. Lines with a negative amount are cancellations, netted against their order.</source>
        <translation>एक ही order_id वाली पंक्तियाँ एक ऑर्डर हैं: राशियाँ जोड़ी गईं, कोई पंक्ति क्रॉस-सेल हो तो क्रॉस-सेल, उत्पाद सूचीबद्ध। ऋणात्मक राशि वाली पंक्तियाँ रद्दीकरण हैं, जो अपने ऑर्डर से घटाई जाती हैं।</translation>
    </message>
    <message>
        <source>Lines with the same order_id are one order: amounts summed, cross-sell if any line is, products listed. Lines with a negative amount or an order_id starting with &quot;%1&quot; are cancellations, netted against their order when the file has it, else kept as negative orders.</source>
        <translation>एक ही order_id वाली पंक्तियाँ एक ऑर्डर हैं: राशियाँ जोड़ी गईं, कोई पंक्ति क्रॉस-सेल हो तो क्रॉस-सेल, उत्पाद सूचीबद्ध। ऋणात्मक राशि या &quot;%1&quot; से शुरू होने वाले order_id की पंक्तियाँ रद्दीकरण हैं, जो फ़ाइल में उनका ऑर्डर होने पर उससे घटाई जाती हैं, वरना ऋणात्मक ऑर्डर के रूप में रखी जाती हैं।</translation>
    </message>
    <message>
        <source>Customers the project does not have are created, marked implied, signed up on their first event in this file.</source>
        <translation>जो ग्राहक प्रोजेक्ट में नहीं हैं, वे बनाए जाते हैं, अनुमानित चिह्नित, इस फ़ाइल में उनकी पहली घटना पर साइनअप।</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>column &quot;%1&quot; (%2): %3</source>
        <translation>कॉलम &quot;%1&quot; (%2): %3</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): %3: &quot;%4&quot;</source>
        <translation>कॉलम &quot;%1&quot; (%2): %3: &quot;%4&quot;</translation>
    </message>
    <message>
        <source>empty, but the field is required</source>
        <translation>खाली, लेकिन यह फ़ील्ड आवश्यक है</translation>
    </message>
    <message>
        <source>not between %1 and %2</source>
        <translation>%1 और %2 के बीच नहीं</translation>
    </message>
    <message>
        <source>not a %1 (use one of %2)</source>
        <translation>मान्य %1 नहीं (%2 में से एक उपयोग करें)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): unknown customer &quot;%3&quot;: the project has no customer with this id; import the customers first</source>
        <translation>कॉलम &quot;%1&quot; (%2): अज्ञात ग्राहक &quot;%3&quot;: प्रोजेक्ट में इस ID का कोई ग्राहक नहीं है; पहले ग्राहकों को आयात करें</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): the value is %3 characters long, more than the %4 a cell may hold; only its first %5 characters are kept here</source>
        <translation>कॉलम &quot;%1&quot; (%2): मान %3 वर्ण लंबा है, एक सेल में समा सकने वाले %4 से अधिक; यहाँ केवल इसके पहले %5 वर्ण रखे गए हैं</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: the value is %2 characters long, more than the %3 a cell may hold; only its first %4 characters are kept here</source>
        <translation>कॉलम &quot;%1&quot;: मान %2 वर्ण लंबा है, एक सेल में समा सकने वाले %3 से अधिक; यहाँ केवल इसके पहले %4 वर्ण रखे गए हैं</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): customers the project does not have; import the customers first, or let the import create them</source>
        <translation>कॉलम &quot;%1&quot; (%2): ऐसे ग्राहक जो प्रोजेक्ट में नहीं हैं; पहले ग्राहक आयात करें, या आयात को उन्हें बनाने दें</translation>
    </message>
    <message>
        <source>Fill in the value in the file, or choose another column for this field on the mapping page.</source>
        <translation>फ़ाइल में मान भरें, या मैपिंग पेज पर इस फ़ील्ड के लिए कोई दूसरा कॉलम चुनें।</translation>
    </message>
    <message>
        <source>Check the order of day and month chosen for this column, or correct these dates in the file.</source>
        <translation>इस कॉलम के लिए चुना गया दिन और महीने का क्रम जाँचें, या फ़ाइल में ये तिथियाँ ठीक करें।</translation>
    </message>
    <message>
        <source>Check the decimal separator chosen for this column, and remove units or words from the values.</source>
        <translation>इस कॉलम के लिए चुना गया दशमलव विभाजक जाँचें, और मानों से इकाइयाँ या शब्द हटाएँ।</translation>
    </message>
    <message>
        <source>Write yes or no (or true/false, 1/0) in this column.</source>
        <translation>इस कॉलम में हाँ या नहीं (या true/false, 1/0) लिखें।</translation>
    </message>
    <message>
        <source>Use one of the words listed, or keep the column as an extra attribute on the mapping page.</source>
        <translation>सूचीबद्ध शब्दों में से कोई एक इस्तेमाल करें, या मैपिंग पेज पर कॉलम को अतिरिक्त एट्रिब्यूट के रूप में रखें।</translation>
    </message>
    <message>
        <source>The file page shows the delimiter and quote that were detected: choose the right ones, or fix the quotes on these lines in the file.</source>
        <translation>फ़ाइल पेज पहचाना गया विभाजक और उद्धरण चिह्न दिखाता है: सही चुनें, या फ़ाइल में इन पंक्तियों के उद्धरण चिह्न ठीक करें।</translation>
    </message>
    <message>
        <source>Import the customers file first, or tick “Create missing customers” on the mapping page (the import then creates them, signed up on their first event).</source>
        <translation>पहले ग्राहकों की फ़ाइल आयात करें, या मैपिंग पेज पर “छूटे हुए ग्राहक बनाएँ” चुनें (तब आयात उन्हें बनाता है, उनकी पहली घटना पर साइन-अप)।</translation>
    </message>
    <message>
        <source>This field takes whole numbers from %1 to %2: correct the values in the file.</source>
        <translation>यह फ़ील्ड %1 से %2 तक की पूर्ण संख्याएँ लेता है: फ़ाइल में मान ठीक करें।</translation>
    </message>
    <message numerus="yes">
        <source>the row has %1 values but the file has %n column(s); check the delimiter and the quotes on this line</source>
        <translation>
            <numerusform>पंक्ति में %1 मान हैं लेकिन फ़ाइल में %n कॉलम है; इस पंक्ति में डिलिमिटर और उद्धरण चिह्न जाँचें</numerusform>
            <numerusform>पंक्ति में %1 मान हैं लेकिन फ़ाइल में %n कॉलम हैं; इस पंक्ति में डिलिमिटर और उद्धरण चिह्न जाँचें</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedMappings</name>
    <message>
        <source>%1: cannot read the saved mappings (%2).</source>
        <translation>%1: सहेजी गई मैपिंग पढ़ी नहीं जा सकतीं (%2)।</translation>
    </message>
</context>
<context>
    <name>SchemaAudit</name>
    <message>
        <source>trigger %1</source>
        <translation>ट्रिगर %1</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>व्यू %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>इंडेक्स %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>तालिका %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (बदला गया)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 और %n अन्य</numerusform>
            <numerusform>%1 और %n अन्य</numerusform>
        </translation>
    </message>
    <message>
        <source>This project contains objects this program did not create: %1.</source>
        <translation>इस प्रोजेक्ट में ऐसे ऑब्जेक्ट हैं जो इस प्रोग्राम ने नहीं बनाए: %1।</translation>
    </message>
    <message>
        <source>The project is open read-only: it contains triggers this program did not create (%1), which would run on every change it makes. Remove them with a SQLite tool to import data or change the assumptions again.</source>
        <translation>प्रोजेक्ट केवल पढ़ने के लिए खुला है: इसमें ऐसे ट्रिगर हैं जो इस प्रोग्राम ने नहीं बनाए (%1), और वे इसके हर बदलाव पर चलेंगे। फिर से डेटा आयात करने या मान्यताएँ बदलने के लिए उन्हें किसी SQLite टूल से हटाएँ।</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Writes one row per customer with the fitted models&apos; forecasts: P(alive), expected orders over the horizon, expected spend per order, discounted expected residual lifetime and lifetime value, for a retention campaign.</source>
        <translation>हर ग्राहक के लिए फ़िट किए गए मॉडलों के पूर्वानुमानों के साथ एक पंक्ति लिखता है: P(सक्रिय), अवधि में अपेक्षित ऑर्डर, प्रति ऑर्डर अपेक्षित खर्च, छूट वाली अपेक्षित शेष अवधि और आजीवन मूल्य, ग्राहक बनाए रखने के अभियान के लिए।</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx (required).</source>
        <translation>लिखने के लिए फ़ाइल: .csv या .xlsx (आवश्यक)।</translation>
    </message>
    <message>
        <source>Score as of DATE (YYYY-MM-DD) instead of the project&apos;s as-of date.</source>
        <translation>प्रोजेक्ट की गणना तिथि की जगह DATE (YYYY-MM-DD) तक अंक दें।</translation>
    </message>
    <message>
        <source>Missing -p PROJECT: the project to score.</source>
        <translation>-p PROJECT नहीं दिया: अंक देने के लिए प्रोजेक्ट।</translation>
    </message>
    <message>
        <source>Missing -o FILE: the .csv or .xlsx file to write.</source>
        <translation>-o FILE नहीं दिया: लिखने के लिए .csv या .xlsx फ़ाइल।</translation>
    </message>
    <message>
        <source>-o %1 must end in .csv or .xlsx.</source>
        <translation>-o %1 का अंत .csv या .xlsx से होना चाहिए।</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--as-of YYYY-MM-DD रूप में लिखी तिथि होनी चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
</context>
<context>
    <name>ScoresFile</name>
    <message>
        <source>%1 must end in .csv or .xlsx.</source>
        <translation>%1 का अंत .csv या .xlsx से होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>SegmentChoices</name>
    <message>
        <source>%1: cannot read it (%2).</source>
        <translation>%1: इसे पढ़ा नहीं जा सकता (%2)।</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <source>Computing how the ROI depends on the assumptions…</source>
        <translation>गणना हो रही है कि ROI मान्यताओं पर कैसे निर्भर है…</translation>
    </message>
    <message>
        <source>No programme cost is set: each bar shows the net value with one assumption %1 lower and %1 higher than set, the others as they are.</source>
        <translation>कोई कार्यक्रम लागत तय नहीं है: हर पट्टी एक मान्यता को %1 कम और %1 अधिक रखकर शुद्ध मूल्य दिखाती है, बाकी मान्यताएँ जैसी हैं वैसी।</translation>
    </message>
    <message>
        <source>Each bar shows the ROI with one assumption %1 lower and %1 higher than set, the others as they are; the longest bars are the assumptions to check first.</source>
        <translation>हर पट्टी एक मान्यता को %1 कम और %1 अधिक रखकर ROI दिखाती है, बाकी मान्यताएँ जैसी हैं वैसी; सबसे लंबी पट्टियाँ वे मान्यताएँ हैं जिन्हें पहले जाँचना चाहिए।</translation>
    </message>
    <message>
        <source>No effect on the money: %1.</source>
        <translation>पैसे पर कोई असर नहीं: %1।</translation>
    </message>
    <message>
        <source>Net value (%1)</source>
        <translation>शुद्ध मूल्य (%1)</translation>
    </message>
    <message>
        <source>Assumption %1 higher</source>
        <translation>मान्यता %1 अधिक</translation>
    </message>
    <message>
        <source>Assumption %1 lower</source>
        <translation>मान्यता %1 कम</translation>
    </message>
    <message>
        <source>Tried: %1 instead of %2</source>
        <translation>आज़माया: %2 की जगह %1</translation>
    </message>
    <message>
        <source>ROI: %1 instead of %2</source>
        <translation>ROI: %2 की जगह %1</translation>
    </message>
    <message>
        <source>Net value: %1 instead of %2</source>
        <translation>शुद्ध मूल्य: %2 की जगह %1</translation>
    </message>
    <message>
        <source>ROI as set: %1</source>
        <translation>तय मान्यताओं पर ROI: %1</translation>
    </message>
    <message>
        <source>Net value as set: %1</source>
        <translation>तय मान्यताओं पर शुद्ध मूल्य: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
</context>
<context>
    <name>SourceError</name>
    <message>
        <source>The file does not exist. Check the folder and the file name.</source>
        <translation>फ़ाइल मौजूद नहीं है। फ़ोल्डर और फ़ाइल का नाम जाँचें।</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it and that no other program holds it.</source>
        <translation>फ़ाइल खोली नहीं जा सकती (%1)। जाँचें कि आपको इसे पढ़ने की अनुमति है और कोई दूसरा प्रोग्राम इसे रोके हुए नहीं है।</translation>
    </message>
    <message>
        <source>The file is empty: it holds neither column names nor rows. Check that you chose the right file and that it was saved completely.</source>
        <translation>फ़ाइल खाली है: इसमें न कॉलम के नाम हैं न पंक्तियाँ। जाँचें कि आपने सही फ़ाइल चुनी है और वह पूरी तरह सहेजी गई थी।</translation>
    </message>
    <message>
        <source>The file could not be read to the end (%1). Check the disk or network drive and try again.</source>
        <translation>फ़ाइल अंत तक नहीं पढ़ी जा सकी (%1)। डिस्क या नेटवर्क ड्राइव जाँचें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here. Choose the file&apos;s encoding when importing (often Windows-1252 for files saved by older Excel versions), or save it again as UTF-8.</source>
        <translation>फ़ाइल यहाँ मान्य %1 टेक्स्ट नहीं है। आयात करते समय फ़ाइल की एन्कोडिंग चुनें (पुराने Excel संस्करणों से सहेजी फ़ाइलों के लिए अक्सर Windows-1252), या इसे UTF-8 के रूप में दोबारा सहेजें।</translation>
    </message>
    <message>
        <source>A quoted value that starts on this line is never closed: the file ends inside it. Check this line for a missing closing %1, or a %1 inside a value that should be doubled (%1%1).</source>
        <translation>इस पंक्ति पर शुरू होने वाला उद्धृत मान कभी बंद नहीं होता: फ़ाइल उसी के भीतर खत्म हो जाती है। इस पंक्ति में छूटा हुआ बंद करने वाला %1 जाँचें, या किसी मान के भीतर ऐसा %1 जो दोहरा होना चाहिए (%1%1)।</translation>
    </message>
    <message>
        <source>The file has no part “%1”: it is damaged or not an Excel workbook.</source>
        <translation>फ़ाइल में &quot;%1&quot; भाग नहीं है: यह खराब है या Excel वर्कबुक नहीं है।</translation>
    </message>
    <message>
        <source>The zip directory entry of “%1” cannot be read: the file is damaged. Save it again from Excel.</source>
        <translation>&quot;%1&quot; की zip डायरेक्टरी प्रविष्टि पढ़ी नहीं जा सकती: फ़ाइल खराब है। इसे Excel से दोबारा सहेजें।</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Remove the password in Excel (File, Info, Protect Workbook) and save it again.</source>
        <translation>वर्कबुक पासवर्ड से सुरक्षित है। Excel में पासवर्ड हटाएँ (File, Info, Protect Workbook) और इसे दोबारा सहेजें।</translation>
    </message>
    <message>
        <source>The part “%1” is compressed with a method (%2) that cannot be read. Open the file in Excel and save it again as .xlsx.</source>
        <translation>भाग &quot;%1&quot; ऐसी विधि (%2) से कंप्रेस है जो पढ़ी नहीं जा सकती। फ़ाइल को Excel में खोलें और .xlsx के रूप में दोबारा सहेजें।</translation>
    </message>
    <message>
        <source>The part “%1” would unpack to %2 MiB from %3 KiB: the file is too large or built to exhaust memory (a zip bomb), so it is not read.</source>
        <translation>भाग &quot;%1&quot; %3 KiB से %2 MiB तक अनपैक होगा: फ़ाइल बहुत बड़ी है या मेमोरी खत्म करने के लिए बनाई गई है (zip बम), इसलिए इसे नहीं पढ़ा जाता।</translation>
    </message>
    <message>
        <source>The part “%1” cannot be unpacked: the file is damaged or was cut short. Save it again from Excel.</source>
        <translation>भाग &quot;%1&quot; अनपैक नहीं हो सकता: फ़ाइल खराब है या अधूरी है। इसे Excel से दोबारा सहेजें।</translation>
    </message>
    <message>
        <source>The part “%1” cannot be unpacked: the file is damaged.</source>
        <translation>भाग &quot;%1&quot; अनपैक नहीं हो सकता: फ़ाइल खराब है।</translation>
    </message>
    <message>
        <source>The part “%1” fails its checksum: the file is damaged. Save it again from Excel.</source>
        <translation>भाग &quot;%1&quot; का चेकसम गलत है: फ़ाइल खराब है। इसे Excel से दोबारा सहेजें।</translation>
    </message>
    <message>
        <source>The part “%1” unpacks to more than %2 MiB: the file is too large or built to exhaust memory (a zip bomb), so it is not read.</source>
        <translation>भाग &quot;%1&quot; %2 MiB से अधिक में अनपैक होता है: फ़ाइल बहुत बड़ी है या मेमोरी खत्म करने के लिए बनाई गई है (zip बम), इसलिए इसे नहीं पढ़ा जाता।</translation>
    </message>
    <message>
        <source>The part “%1” ends before its XML is complete: the file is damaged or was cut short.</source>
        <translation>भाग &quot;%1&quot; अपना XML पूरा होने से पहले खत्म हो जाता है: फ़ाइल खराब है या अधूरी है।</translation>
    </message>
    <message>
        <source>The part “%1” is not well-formed XML (%2, XML line %3): the file is damaged. Open it in Excel and save it again.</source>
        <translation>भाग &quot;%1&quot; सही ढंग से बना XML नहीं है (%2, XML पंक्ति %3): फ़ाइल खराब है। इसे Excel में खोलें और दोबारा सहेजें।</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>वर्कबुक में कोई शीट नहीं है।</translation>
    </message>
    <message>
        <source>The sheet has no rows from row %1 on.</source>
        <translation>शीट में पंक्ति %1 से आगे कोई पंक्ति नहीं है।</translation>
    </message>
    <message>
        <source>The sheet is empty: it holds no cells with values.</source>
        <translation>शीट खाली है: इसमें मान वाला कोई सेल नहीं है।</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>कॉलम %1</translation>
    </message>
    <message>
        <source>A cell lies beyond column XFD, the last one Excel allows: the file is damaged.</source>
        <translation>एक सेल कॉलम XFD से आगे है, जो Excel में अनुमत अंतिम कॉलम है: फ़ाइल खराब है।</translation>
    </message>
    <message>
        <source>The cell refers to shared string “%1”, which the workbook does not have: the file is damaged.</source>
        <translation>सेल साझा स्ट्रिंग &quot;%1&quot; को संदर्भित करता है, जो वर्कबुक में नहीं है: फ़ाइल खराब है।</translation>
    </message>
    <message>
        <source>The sheet ends in the middle of a row: the file is damaged.</source>
        <translation>शीट किसी पंक्ति के बीच में खत्म हो जाती है: फ़ाइल खराब है।</translation>
    </message>
    <message>
        <source>The file starts like an Excel workbook but its zip directory is missing or damaged: it was probably cut short (an incomplete download or copy). Get a complete copy of the file.</source>
        <translation>फ़ाइल Excel वर्कबुक की तरह शुरू होती है लेकिन इसकी zip डायरेक्टरी गायब या खराब है: शायद यह अधूरी रह गई (अधूरा डाउनलोड या कॉपी)। फ़ाइल की पूरी कॉपी प्राप्त करें।</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook: it has no workbook part. If it comes from another program (an OpenDocument .ods, a Word file), save it as .xlsx or CSV.</source>
        <translation>फ़ाइल zip आर्काइव है लेकिन Excel वर्कबुक नहीं: इसमें वर्कबुक भाग नहीं है। यदि यह किसी दूसरे प्रोग्राम से है (OpenDocument .ods, Word फ़ाइल), तो इसे .xlsx या CSV के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>The file does not exist. Check its name and folder.</source>
        <translation>फ़ाइल मौजूद नहीं है। इसका नाम और फ़ोल्डर जाँचें।</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it and that no other program locks it.</source>
        <translation>फ़ाइल खोली नहीं जा सकती (%1)। जाँचें कि आपको इसे पढ़ने की अनुमति है और कोई दूसरा प्रोग्राम इसे लॉक किए हुए नहीं है।</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>यह एक फ़ोल्डर है</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>फ़ाइल खाली है (0 बाइट)।</translation>
    </message>
    <message>
        <source>The workbook is protected with a password (encrypted). Open it in Excel, remove the password (File, Info, Protect Workbook) and save it again.</source>
        <translation>वर्कबुक पासवर्ड से सुरक्षित (एन्क्रिप्टेड) है। इसे Excel में खोलें, पासवर्ड हटाएँ (File, Info, Protect Workbook) और दोबारा सहेजें।</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>यह पुरानी Excel 97-2003 वर्कबुक (.xls) है, जो पढ़ी नहीं जा सकती। इसे Excel या LibreOffice में खोलें और .xlsx या CSV के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it is not a zip archive. If it holds text such as CSV, give it the .csv extension and import it again.</source>
        <translation>फ़ाइल Excel वर्कबुक (.xlsx) नहीं है: यह zip आर्काइव नहीं है। यदि इसमें CSV जैसा टेक्स्ट है, तो इसे .csv एक्सटेंशन दें और दोबारा आयात करें।</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”. Its sheets are: %2.</source>
        <translation>वर्कबुक में &quot;%1&quot; नाम की कोई शीट नहीं है। इसकी शीट हैं: %2।</translation>
    </message>
    <message>
        <source>The workbook lists the sheet “%1” but does not say where its cells are: the file is damaged. Open it in Excel and save it again.</source>
        <translation>वर्कबुक में शीट &quot;%1&quot; सूचीबद्ध है लेकिन यह नहीं बताया गया कि उसके सेल कहाँ हैं: फ़ाइल खराब है। इसे Excel में खोलें और दोबारा सहेजें।</translation>
    </message>
    <message>
        <source>The column name in this column is %1 characters long, more than the %2 a cell may hold: check that the file has a header row and that its delimiter is right.</source>
        <translation>इस कॉलम का नाम %1 वर्ण लंबा है, एक सेल में समा सकने वाले %2 से अधिक: जाँचें कि फ़ाइल में शीर्षक पंक्ति है और उसका विभाजक सही है।</translation>
    </message>
    <message>
        <source>The row that starts on this line is longer than %1 characters, so the file is not read. Check for a stray quote (%2) that swallows the rest of the file, or that this is a text table with line breaks at all.</source>
        <translation>इस लाइन से शुरू होने वाली पंक्ति %1 वर्णों से लंबी है, इसलिए फ़ाइल पढ़ी नहीं गई। कोई भटका हुआ उद्धरण चिह्न (%2) खोजें जो बाकी फ़ाइल निगल लेता है, या जाँचें कि यह पंक्ति-विरामों वाली टेक्स्ट तालिका है भी या नहीं।</translation>
    </message>
    <message>
        <source>A row that starts on this line has more than %1 values, the most columns Excel allows. Check the delimiter, or that this is a text table at all.</source>
        <translation>इस लाइन से शुरू होने वाली एक पंक्ति में %1 से अधिक मान हैं, जो Excel में कॉलमों की अधिकतम संख्या है। विभाजक जाँचें, या यह कि यह टेक्स्ट तालिका है भी या नहीं।</translation>
    </message>
    <message>
        <source>The part “%1” nests XML elements more than %2 deep (XML line %3); Excel never does: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>भाग “%1” XML तत्वों को %2 स्तरों से अधिक गहराई तक नेस्ट करता है (XML पंक्ति %3); Excel ऐसा कभी नहीं करता: फ़ाइल क्षतिग्रस्त है या मेमोरी ख़त्म करने के लिए बनाई गई है, इसलिए पढ़ी नहीं गई।</translation>
    </message>
    <message>
        <source>The part “%1” declares a document type (DTD), which Excel never writes and whose entities can expand without end: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>भाग “%1” एक दस्तावेज़ प्रकार (DTD) घोषित करता है, जिसे Excel कभी नहीं लिखता और जिसकी एंटिटी अंतहीन फैल सकती हैं: फ़ाइल क्षतिग्रस्त है या मेमोरी ख़त्म करने के लिए बनाई गई है, इसलिए पढ़ी नहीं गई।</translation>
    </message>
    <message>
        <source>The part “%1” holds an XML tag longer than %2 MiB: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>भाग “%1” में %2 MiB से लंबा XML टैग है: फ़ाइल क्षतिग्रस्त है या मेमोरी ख़त्म करने के लिए बनाई गई है, इसलिए पढ़ी नहीं गई।</translation>
    </message>
    <message>
        <source>The part “%1” is written in UTF-16, which this program does not read. Open the file in Excel and save it again as .xlsx.</source>
        <translation>भाग “%1” UTF-16 में लिखा है, जिसे यह प्रोग्राम नहीं पढ़ता। फ़ाइल को Excel में खोलें और फिर से .xlsx के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>The column name in this cell is %1 characters long, more than the %2 a cell may hold: check that this is the header row.</source>
        <translation>इस सेल में कॉलम का नाम %1 वर्ण लंबा है, एक सेल में समा सकने वाले %2 से अधिक: जाँचें कि यह शीर्षक पंक्ति है।</translation>
    </message>
    <message>
        <source>The sheet has a row numbered %1, beyond row %2, the last one Excel allows: the file is damaged or was not written by a spreadsheet, so it is not read.</source>
        <translation>शीट में क्रमांक %1 वाली पंक्ति है, जो पंक्ति %2 से आगे है, Excel की अनुमत अंतिम पंक्ति: फ़ाइल क्षतिग्रस्त है या स्प्रेडशीट द्वारा नहीं लिखी गई, इसलिए पढ़ी नहीं गई।</translation>
    </message>
    <message>
        <source>The values of this row add up to more than %1 characters: the file is damaged or built to exhaust memory, so it is not read.</source>
        <translation>इस पंक्ति के मान कुल मिलाकर %1 वर्णों से अधिक हैं: फ़ाइल क्षतिग्रस्त है या मेमोरी ख़त्म करने के लिए बनाई गई है, इसलिए पढ़ी नहीं गई।</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>A file with this name already exists; choose another name or allow replacing it.</source>
        <translation>इस नाम की फ़ाइल पहले से मौजूद है; कोई दूसरा नाम चुनें या उसे बदलने की अनुमति दें।</translation>
    </message>
    <message>
        <source>The demo project cannot be created: %1.</source>
        <translation>डेमो प्रोजेक्ट नहीं बनाया जा सकता: %1।</translation>
    </message>
    <message>
        <source>The demo project could not be written: %1.</source>
        <translation>डेमो प्रोजेक्ट लिखा नहीं जा सका: %1।</translation>
    </message>
    <message>
        <source>The demo project could not be moved into place.</source>
        <translation>डेमो प्रोजेक्ट को उसकी जगह पर नहीं ले जाया जा सका।</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकती (%1)।</translation>
    </message>
    <message>
        <source>The file is empty, so it is not a SocialROI project.</source>
        <translation>फ़ाइल खाली है, इसलिए यह SocialROI प्रोजेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>This is not a SocialROI project: the file is not a SQLite database (is it a spreadsheet or a text file? Use Import for data files).</source>
        <translation>यह SocialROI प्रोजेक्ट नहीं है: फ़ाइल SQLite डेटाबेस नहीं है (क्या यह स्प्रेडशीट या टेक्स्ट फ़ाइल है? डेटा फ़ाइलों के लिए आयात का उपयोग करें)।</translation>
    </message>
    <message>
        <source>The project file is truncated: it holds %1 bytes but should hold %2. Restore it from a backup.</source>
        <translation>प्रोजेक्ट फ़ाइल अधूरी है: इसमें %1 बाइट हैं लेकिन %2 होने चाहिए। इसे बैकअप से पुनर्स्थापित करें।</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>फ़ाइल खोली नहीं जा सकती: %1।</translation>
    </message>
    <message>
        <source>This SQLite database was not made by SocialROI Workbench, so it is not a project. Create a new project and import its data instead.</source>
        <translation>यह SQLite डेटाबेस SocialROI Workbench ने नहीं बनाया, इसलिए यह प्रोजेक्ट नहीं है। नया प्रोजेक्ट बनाएँ और उसमें इसका डेटा आयात करें।</translation>
    </message>
    <message>
        <source>The project was saved by a newer version of SocialROI Workbench (schema %1; this version reads up to %2). Update the application to open it.</source>
        <translation>प्रोजेक्ट SocialROI Workbench के नए संस्करण से सहेजा गया था (स्कीमा %1; यह संस्करण %2 तक पढ़ता है)। इसे खोलने के लिए ऐप्लिकेशन अपडेट करें।</translation>
    </message>
    <message>
        <source>The project file is damaged (%1). Restore it from a backup.</source>
        <translation>प्रोजेक्ट फ़ाइल खराब है (%1)। इसे बैकअप से पुनर्स्थापित करें।</translation>
    </message>
    <message>
        <source>The project is locked by another program; try again when it has finished.</source>
        <translation>प्रोजेक्ट किसी दूसरे प्रोग्राम द्वारा लॉक है; उसके खत्म होने पर फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The project could not be prepared: %1.</source>
        <translation>प्रोजेक्ट तैयार नहीं हो सका: %1।</translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation>प्रोजेक्ट फ़ाइल मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>This is a folder, not a project file.</source>
        <translation>यह एक फ़ोल्डर है, प्रोजेक्ट फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>The project file is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>प्रोजेक्ट फ़ाइल केवल-पढ़ने योग्य है। इसे लिखने योग्य बनाएँ, या ऐसे फ़ोल्डर में कॉपी करें जिसमें आप लिख सकते हैं।</translation>
    </message>
    <message>
        <source>The file cannot be opened for writing: %1.</source>
        <translation>फ़ाइल लिखने के लिए खोली नहीं जा सकती: %1।</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>इस नाम की फ़ाइल पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>The folder for the project cannot be created.</source>
        <translation>प्रोजेक्ट का फ़ोल्डर नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>The project cannot be created: %1.</source>
        <translation>प्रोजेक्ट नहीं बनाया जा सकता: %1।</translation>
    </message>
    <message>
        <source>The project must be updated to this version&apos;s schema before it can be opened, and it cannot be: %1</source>
        <translation>प्रोजेक्ट खोलने से पहले उसे इस संस्करण के स्कीमा में अद्यतन करना ज़रूरी है, और ऐसा नहीं हो सकता: %1</translation>
    </message>
    <message>
        <source>The project file cannot be read (%1). This says nothing about the file itself: check that the disk has free space and that the file and its folder can be reached.</source>
        <translation>प्रोजेक्ट फ़ाइल पढ़ी नहीं जा सकती (%1)। इससे फ़ाइल के बारे में कुछ पता नहीं चलता: जाँचें कि डिस्क पर खाली जगह है और फ़ाइल तथा उसका फ़ोल्डर पहुँच में हैं।</translation>
    </message>
    <message>
        <source>The project&apos;s folder is read-only, and saving needs to write a journal file beside the project. Make the folder writable, or copy the project to a folder you can write to.</source>
        <translation>प्रोजेक्ट का फ़ोल्डर केवल पढ़ने के लिए है, और सहेजने के लिए प्रोजेक्ट के पास एक जर्नल फ़ाइल लिखनी होती है। फ़ोल्डर को लिखने योग्य बनाएँ, या प्रोजेक्ट को ऐसे फ़ोल्डर में कॉपी करें जहाँ आप लिख सकते हैं।</translation>
    </message>
</context>
<context>
    <name>SurvivalChart</name>
    <message>
        <source>Months since signup</source>
        <translation>साइन-अप के बाद महीने</translation>
    </message>
    <message>
        <source>Still customers</source>
        <extracomment>Axis label: share of the cohort that has not churned yet</extracomment>
        <translation>अब भी ग्राहक</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;At signup: %2 still customers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;साइन-अप पर: %2 अब भी ग्राहक</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Month %2 (day %3)&lt;br&gt;Still customers: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;महीना %2 (दिन %3)&lt;br&gt;अब भी ग्राहक: %4</translation>
    </message>
    <message>
        <source>Months since the first social contact</source>
        <translation>पहले सोशल संपर्क के बाद के महीने</translation>
    </message>
    <message>
        <source>Similar (weighted)</source>
        <extracomment>Row label of the numbers at risk: the similar customers compared, counted by their weights</extracomment>
        <translation>समान (भारित)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;At the first social contact: %2 still customers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;पहले सोशल संपर्क पर: %2 अब भी ग्राहक</translation>
    </message>
    <message>
        <source>%1, projected (sBG model)</source>
        <extracomment>Legend: the cohort&apos;s retention beyond the data, from the sBG model</extracomment>
        <translation>%1, अनुमानित (sBG मॉडल)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, projected&lt;/b&gt;&lt;br&gt;Month %2&lt;br&gt;Still customers: %3 (sBG model)</source>
        <translation>&lt;b&gt;%1, अनुमानित&lt;/b&gt;&lt;br&gt;महीना %2&lt;br&gt;अब भी ग्राहक: %3 (sBG मॉडल)</translation>
    </message>
    <message>
        <source>Followed</source>
        <extracomment>Axis label beside the table of customers still followed (still customers, with data); written turned beside two rows of numbers, so a short word reads best</extracomment>
        <translation>निगरानी में</translation>
    </message>
    <message>
        <source>Followed: %1; lost: %2; data end here: %3</source>
        <extracomment>Customers still followed at this time; of them, lost at this time; of them, whose data end here without their leaving (no longer followed)</extracomment>
        <translation>निगरानी में: %1; खोए गए: %2; डेटा यहाँ समाप्त: %3</translation>
    </message>
</context>
<context>
    <name>TableBrowserModel</name>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>%1: the rows could not be read (%2).</source>
        <translation>%1: पंक्तियाँ पढ़ी नहीं जा सकीं (%2)।</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Table</source>
        <translation>तालिका कॉपी करें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>CSV के रूप में निर्यात करें…(&amp;E)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV के रूप में निर्यात करें</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>SocialROI Workbench user guide</source>
        <translation>SocialROI Workbench उपयोगकर्ता गाइड</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>button: back to the guide&apos;s list of chapters</comment>
        <translation>विषय-सूची</translation>
    </message>
</context>
<context>
    <name>ValueParsers</name>
    <message>
        <source>empty value</source>
        <translation>खाली मान</translation>
    </message>
    <message>
        <source>not yes/no</source>
        <translation>हाँ/नहीं नहीं</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>संख्या नहीं</translation>
    </message>
    <message>
        <source>not a number with a decimal point (the column uses a decimal point)</source>
        <translation>दशमलव बिंदु वाली संख्या नहीं (कॉलम दशमलव बिंदु उपयोग करता है)</translation>
    </message>
    <message>
        <source>not a number with a decimal comma (the column uses a decimal comma)</source>
        <translation>दशमलव कॉमा वाली संख्या नहीं (कॉलम दशमलव कॉमा उपयोग करता है)</translation>
    </message>
    <message>
        <source>a percentage, not a plain number</source>
        <translation>प्रतिशत, सामान्य संख्या नहीं</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>पूर्ण संख्या नहीं</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>संख्या बहुत बड़ी है</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>तिथि नहीं</translation>
    </message>
    <message>
        <source>not a date in day/month/year order</source>
        <translation>दिन/माह/वर्ष क्रम में तिथि नहीं</translation>
    </message>
    <message>
        <source>not a date in month/day/year order</source>
        <translation>माह/दिन/वर्ष क्रम में तिथि नहीं</translation>
    </message>
    <message>
        <source>not a valid calendar date</source>
        <translation>मान्य कैलेंडर तिथि नहीं</translation>
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
        <translation>बाइट ऑर्डर मार्क सहित UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 little-endian (Excel &quot;Unicode text&quot;)</source>
        <translation>UTF-16 लिटिल-एंडियन (Excel &quot;Unicode text&quot;)</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 बिग-एंडियन</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (पश्चिमी यूरोपीय)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>कॉमा  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>सेमीकोलन  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>Vertical bar  |</source>
        <translation>वर्टिकल बार  |</translation>
    </message>
    <message>
        <source>Character  %1</source>
        <translation>वर्ण  %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a quoted name in a list</comment>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>After a list of column names: &quot;a&quot;, &quot;b&quot;, &quot;c&quot; and 5 more</extracomment>
        <translation>%1 और %2 अन्य</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>फ़ाइल आयात करें</translation>
    </message>
    <message>
        <source>your choice</source>
        <extracomment>Beside a setting of the text format, or how a column was mapped: set by the user</extracomment>
        <translation>आपकी पसंद</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a file column and the field it goes to</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>पंक्ति %1, कॉलम %2: %3</translation>
    </message>
    <message>
        <source>No value in them would be rejected.</source>
        <translation>इनमें कोई मान अस्वीकार नहीं होगा।</translation>
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
        <translation>हर घटक का मूल्य</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>लिफ़्ट</translation>
    </message>
    <message>
        <source>95% interval, low</source>
        <translation>95% विश्वास अंतराल, निचला</translation>
    </message>
    <message>
        <source>95% interval, high</source>
        <translation>95% विश्वास अंतराल, ऊपरी</translation>
    </message>
    <message>
        <source>Test statistic</source>
        <translation>टेस्ट स्टैटिस्टिक</translation>
    </message>
    <message>
        <source>Customers, social</source>
        <translation>ग्राहक, सोशल</translation>
    </message>
    <message>
        <source>Customers, control</source>
        <translation>ग्राहक, नियंत्रण</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>पंक्ति ID</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>चार्ट डेटा</translation>
    </message>
    <message>
        <source>%1: social vs control</source>
        <translation>%1: सोशल बनाम नियंत्रण</translation>
    </message>
    <message>
        <source>Cannot write %1: no temporary folder (%2).</source>
        <translation>%1 नहीं लिखी जा सकी: कोई अस्थायी फ़ोल्डर नहीं (%2)।</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer %2 did not start (%3).</source>
        <translation>%1 नहीं लिखी जा सकी: XLSX राइटर %2 शुरू नहीं हुआ (%3)।</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer failed (%2).</source>
        <translation>%1 नहीं लिखी जा सकी: XLSX राइटर विफल रहा (%2)।</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer left no file (%2).</source>
        <translation>%1 नहीं लिखी जा सकी: XLSX राइटर ने कोई फ़ाइल नहीं छोड़ी (%2)।</translation>
    </message>
    <message>
        <source>Cannot write %1: the XLSX writer %2 is missing. It is built and installed with SocialROI Workbench; build or install it again.</source>
        <translation>%1 नहीं लिखी जा सकी: XLSX राइटर %2 नहीं मिला। यह SocialROI Workbench के साथ बनाया और इंस्टॉल किया जाता है; इसे दोबारा बनाएँ या इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>Lifetime value by cohort and the models behind it</source>
        <translation>समूह के अनुसार ग्राहक जीवनकाल मूल्य और उसके पीछे के मॉडल</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>मानक त्रुटि</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>worksheet name, at most 31 characters</comment>
        <translation>सारांश</translation>
    </message>
</context>
</TS>
