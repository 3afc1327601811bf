// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include <QDate>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace {

QString dataPath(const QString &fileName)
{
    return QStringLiteral(SOCIALROI_TEST_DATA_DIR "/") + fileName;
}

QString telcoPath()
{
    return QStringLiteral(SOCIALROI_TEST_FIXTURES_DIR
                          "/telco/WA_Fn-UseC_-Telco-Customer-Churn.csv");
}

// Lines of a text file without their line ends (LF or CRLF), empty lines skipped.
QStringList readLines(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QStringList lines;
    for (QByteArray line : file.readAll().split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

ReferenceTable ReferenceTable::load(const QString &fileName)
{
    ReferenceTable table;
    const QStringList lines = readLines(dataPath(fileName), &table.m_error);
    if (!table.m_error.isEmpty())
        return table;
    if (lines.isEmpty()) {
        table.m_error = fileName + QStringLiteral(": empty file");
        return table;
    }
    table.m_header = lines.first().split(QLatin1Char(','));
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char(','));
        if (fields.size() != table.m_header.size()) {
            table.m_error = QStringLiteral("%1 line %2: %3 fields, expected %4")
                                .arg(fileName)
                                .arg(i + 1)
                                .arg(fields.size())
                                .arg(table.m_header.size());
            return table;
        }
        table.m_rows.append(fields);
    }
    return table;
}

QString ReferenceTable::text(int row, const QString &column) const
{
    const int index = int(m_header.indexOf(column));
    if (row < 0 || row >= m_rows.size() || index < 0)
        return QStringLiteral("NA");
    return m_rows[row][index];
}

double ReferenceTable::number(int row, const QString &column) const
{
    bool ok = false;
    const double value = text(row, column).toDouble(&ok);
    return ok ? value : std::numeric_limits<double>::quiet_NaN();
}

QList<int> ReferenceTable::rowsFor(const QString &caseName, int group) const
{
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row) {
        if (text(row, QStringLiteral("case")) != caseName)
            continue;
        if (group > 0 && text(row, QStringLiteral("group")) != QString::number(group))
            continue;
        rows.append(row);
    }
    return rows;
}

QStringList ReferenceTable::cases() const
{
    QStringList names;
    for (int row = 0; row < rowCount(); ++row) {
        const QString name = text(row, QStringLiteral("case"));
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QList<TelcoCustomer> loadTelcoCustomers(QString *error)
{
    const QStringList lines = readLines(telcoPath(), error);
    if (lines.isEmpty())
        return {};
    const QStringList header = lines.first().split(QLatin1Char(','));
    const int tenure = int(header.indexOf(QStringLiteral("tenure")));
    const int churn = int(header.indexOf(QStringLiteral("Churn")));
    const int techSupport = int(header.indexOf(QStringLiteral("TechSupport")));
    const int monthlyCharges = int(header.indexOf(QStringLiteral("MonthlyCharges")));
    if (tenure < 0 || churn < 0 || techSupport < 0 || monthlyCharges < 0) {
        *error = telcoPath() + QStringLiteral(": a needed column is missing");
        return {};
    }
    QList<TelcoCustomer> customers;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char(','));
        bool tenureOk = false;
        bool chargesOk = false;
        TelcoCustomer customer;
        if (fields.size() == header.size()) {
            customer.tenure = fields[tenure].toDouble(&tenureOk);
            customer.monthlyCharges = fields[monthlyCharges].toDouble(&chargesOk);
        }
        if (!tenureOk || !chargesOk) {
            *error = QStringLiteral("%1 line %2: cannot read tenure or MonthlyCharges")
                         .arg(telcoPath())
                         .arg(i + 1);
            return {};
        }
        customer.churned = fields[churn] == QLatin1String("Yes");
        customer.techSupport = fields[techSupport];
        customers.append(customer);
    }
    return customers;
}

QList<CdnowCustomer> loadCdnowCalibration(QString *error)
{
    const QString path = QStringLiteral(SOCIALROI_TEST_FIXTURES_DIR "/cdnow/cdnowElog.csv");
    const QStringList lines = readLines(path, error);
    if (lines.isEmpty())
        return {};
    const QDate calibrationEnd(1997, 9, 30);
    std::map<int, std::map<qint64, double>> salesByDay; // sampleid -> Julian day -> sales
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char(','));
        bool idOk = false;
        bool salesOk = false;
        const int id = fields.size() == 5 ? fields[1].toInt(&idOk) : 0;
        const double sales = fields.size() == 5 ? fields[4].toDouble(&salesOk) : 0.0;
        const QDate date = fields.size() == 5
            ? QDate::fromString(fields[2], QStringLiteral("yyyyMMdd"))
            : QDate();
        if (!idOk || !salesOk || !date.isValid()) {
            *error = QStringLiteral("%1 line %2: cannot read the row").arg(path).arg(i + 1);
            return {};
        }
        if (date <= calibrationEnd)
            salesByDay[id][date.toJulianDay()] += sales;
    }
    QList<CdnowCustomer> customers;
    for (const auto &[id, days] : salesByDay) {
        const qint64 first = days.begin()->first;
        const qint64 last = days.rbegin()->first;
        CdnowCustomer customer;
        customer.id = id;
        customer.frequency = double(days.size() - 1);
        customer.recency = double(last - first) / 7.0;
        customer.age = double(calibrationEnd.toJulianDay() - first) / 7.0;
        double repeatSales = 0;
        for (auto day = std::next(days.begin()); day != days.end(); ++day)
            repeatSales += day->second;
        customer.meanRepeatValue = customer.frequency > 0 ? repeatSales / customer.frequency : 0.0;
        customers.append(customer);
    }
    return customers;
}

namespace {

QString telcoGroupName(int group)
{
    return group == 1 ? QStringLiteral("Yes") : QStringLiteral("No");
}

} // namespace

std::vector<Stats::SurvivalObservation> survivalObservations(const QString &caseName, int group,
                                                             QString *error)
{
    std::vector<Stats::SurvivalObservation> observations;
    if (caseName == QLatin1String("telco")) {
        for (const TelcoCustomer &customer : loadTelcoCustomers(error)) {
            if (customer.techSupport == telcoGroupName(group))
                observations.push_back({customer.tenure, customer.churned});
        }
        return observations;
    }
    if (caseName == QLatin1String("lung")) {
        const ReferenceTable lung = ReferenceTable::load(QStringLiteral("lung.csv"));
        *error = lung.error();
        for (int row = 0; row < lung.rowCount(); ++row) {
            if (lung.number(row, QStringLiteral("sex")) == group)
                observations.push_back({lung.number(row, QStringLiteral("time")),
                                        lung.number(row, QStringLiteral("status")) == 2});
        }
        return observations;
    }
    const ReferenceTable inputs = ReferenceTable::load(QStringLiteral("survival_inputs.csv"));
    *error = inputs.error();
    for (int row : inputs.rowsFor(caseName, group))
        observations.push_back({inputs.number(row, QStringLiteral("time")),
                                inputs.number(row, QStringLiteral("event")) == 1});
    if (observations.empty() && error->isEmpty())
        *error = QStringLiteral("no survival input for case %1 group %2").arg(caseName).arg(group);
    return observations;
}

std::vector<double> welchValues(const QString &caseName, int group, QString *error)
{
    std::vector<double> values;
    if (caseName == QLatin1String("telco_monthly_charges")) {
        for (const TelcoCustomer &customer : loadTelcoCustomers(error)) {
            if (customer.techSupport == telcoGroupName(group))
                values.push_back(customer.monthlyCharges);
        }
        return values;
    }
    const ReferenceTable inputs = ReferenceTable::load(QStringLiteral("welch_inputs.csv"));
    *error = inputs.error();
    for (int row : inputs.rowsFor(caseName, group))
        values.push_back(inputs.number(row, QStringLiteral("value")));
    if (values.empty() && error->isEmpty())
        *error = QStringLiteral("no Welch input for case %1 group %2").arg(caseName).arg(group);
    return values;
}

QString numberMismatch(double actual, double expected, const QString &what,
                       double relativeTolerance)
{
    const double difference = std::abs(actual - expected);
    const double scale = std::max(std::abs(actual), std::abs(expected));
    if (std::isfinite(actual) && (difference <= relativeTolerance * scale || difference <= 1e-12))
        return {};
    return QStringLiteral("%1: actual %2, expected %3 (relative tolerance %4)")
        .arg(what, formatNumber(actual), formatNumber(expected), formatNumber(relativeTolerance));
}

QString pValueMismatch(double actual, double expected, const QString &what)
{
    const double tolerance = expected < 1e-10 ? 1e-4 : 1e-6;
    const double difference = std::abs(actual - expected);
    if (std::isfinite(actual) && difference <= tolerance * std::max(actual, expected))
        return {};
    return QStringLiteral("%1: actual p %2, expected p %3 (relative tolerance %4)")
        .arg(what, formatNumber(actual), formatNumber(expected), formatNumber(tolerance));
}

QString notFinite(double value, const QString &what)
{
    if (std::isfinite(value))
        return {};
    return what + QStringLiteral(" is not finite: ") + formatNumber(value);
}
