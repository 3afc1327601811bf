// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kaplanmeier.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// Reading the reference numbers written by the scripts in reference/ and comparing
// results with them so that a failure prints both values.

// A CSV file from tests/stats/data: a header line, comma-separated fields without
// quotes, numbers in %.17g, "NA" where the reference tool gives no value.
class ReferenceTable
{
public:
    static ReferenceTable load(const QString &fileName); // a name inside tests/stats/data

    QString error() const { return m_error; } // empty when the file was read
    int rowCount() const { return int(m_rows.size()); }
    QString text(int row, const QString &column) const;
    double number(int row, const QString &column) const; // NaN for NA
    bool isMissing(int row, const QString &column) const { return text(row, column) == "NA"; }
    // Rows whose "case" column (and "group" column when group > 0) match.
    QList<int> rowsFor(const QString &caseName, int group = 0) const;
    QStringList cases() const; // distinct values of "case", in file order

private:
    QString m_error;
    QStringList m_header;
    QList<QStringList> m_rows;
};

// One customer of the Telco CSV in tests/data/telco (CRLF line ends, no quoted commas).
struct TelcoCustomer
{
    double tenure = 0; // months
    bool churned = false;
    QString techSupport; // "Yes", "No" or "No internet service"
    double monthlyCharges = 0;
};
// Sets error (with the file's path) when the CSV cannot be read.
QList<TelcoCustomer> loadTelcoCustomers(QString *error);

// One customer of the CDNOW 1/10 sample (tests/data/cdnow/cdnowElog.csv) in the
// calibration period 1997-01-01 to 1997-09-30, as the customer-base models read
// it: purchase days (several orders on one day are one transaction, their sales
// summed), repeat transactions after the first day, times in weeks (days / 7).
struct CdnowCustomer
{
    int id = 0; // sampleid
    double frequency = 0; // repeat transactions
    double recency = 0; // weeks from the first purchase to the last
    double age = 0; // weeks from the first purchase to 1997-09-30
    double meanRepeatValue = 0; // mean sales of the repeat transactions, 0 without any
};
// Sorted by id; sets error (with the file's path) when the CSV cannot be read.
QList<CdnowCustomer> loadCdnowCalibration(QString *error);

// The subjects of a survival case of survival_reference.R: group 1 or 2 of "lung",
// "telco" (TechSupport Yes = 1, No = 2) or a hand-made case of survival_inputs.csv.
std::vector<Stats::SurvivalObservation> survivalObservations(const QString &caseName, int group,
                                                             QString *error);
// The values of a Welch case of tests_reference.py (welch_inputs.csv, or the Telco
// MonthlyCharges for "telco_monthly_charges").
std::vector<double> welchValues(const QString &caseName, int group, QString *error);

// Empty when actual is within relativeTolerance of expected (or both within 1e-12 of
// each other, for values that are 0 up to rounding); else a message with both values.
QString numberMismatch(double actual, double expected, const QString &what,
                       double relativeTolerance = 1e-6);
// p-values: relative 1e-6, relative 1e-4 below 1e-10, no absolute floor.
QString pValueMismatch(double actual, double expected, const QString &what);
// Empty when value is finite.
QString notFinite(double value, const QString &what);

#define VERIFY_NEAR(actual, expected, what)                                                        \
    do {                                                                                           \
        const QString mismatch_ = numberMismatch((actual), (expected), (what));                    \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                      \
    } while (false)

#define VERIFY_P_VALUE(actual, expected, what)                                                     \
    do {                                                                                           \
        const QString mismatch_ = pValueMismatch((actual), (expected), (what));                    \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                      \
    } while (false)

#define VERIFY_FINITE(value)                                                                       \
    do {                                                                                           \
        const QString mismatch_ = notFinite((value), QStringLiteral(#value));                      \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                      \
    } while (false)
