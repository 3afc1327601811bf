// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnanalysis.h"
#include "derivationoptions.h"
#include "rowbatch.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

// Turns one validated row's values, one per mapped field, into the stored
// fields the writer binds (DerivationOptions): Source fields (tenure, the
// churn flag, quantity, unit_price) are read and dropped, and the fields they
// derive are appended. A derived field a column already feeds is not derived:
// a mapped signup_date wins over tenure, a mapped amount over quantity ×
// unit_price.
//
// Thread rules: const after plan(); derive() may run on any one thread.
class RowDerivation
{
    Q_DECLARE_TR_FUNCTIONS(RowDerivation)

public:
    // Nothing derived: the stored fields are the mapped ones.
    RowDerivation() = default;

    // The plan for a file whose mapped fields are `decisions` (the
    // validator's cell order). Fails with a translated sentence when a
    // derivation lacks what it needs (tenure without a snapshot date).
    static std::optional<RowDerivation> plan(const TableSpec &table,
                                             const std::vector<ColumnDecision> &decisions,
                                             const DerivationOptions &options, QString *error);

    bool derivesAnything() const { return m_derives; }
    // The stored fields, in the order derive() appends their cells.
    const QStringList &outputFields() const { return m_outputFields; }
    // How the import of a file with `headers` mapped by `mapping` derives
    // stored fields, in sentences for the wizard's check page and the
    // import's report (translated); empty when it derives nothing.
    static QStringList describe(const FieldMapping &mapping, const QStringList &headers);

    // Appends the stored cells of one row, whose converted values are
    // `input` (one per decision), to the batch. False when a derivation
    // fails: `problemDecision` is the index of the decision whose value is at
    // fault, `problem` says why.
    bool derive(const std::vector<RowBatch::Cell> &input, RowBatch &batch, int *problemDecision,
                QString *problem) const;

private:
    enum class Kind { Copy, SignupFromTenure, ChurnFromFlag, AmountFromLine };
    struct Output
    {
        Kind kind = Kind::Copy;
        int decision = -1; // Copy: the decision whose cell is stored
    };

    bool signup(const std::vector<RowBatch::Cell> &input, RowBatch &batch, RowBatch::Cell *cell,
                QString *problem) const;

    std::vector<Output> m_outputs;
    QStringList m_outputFields;
    bool m_derives = false;
    int m_tenure = -1; // decision indexes of the Source fields used, -1 when unused
    int m_churned = -1;
    int m_quantity = -1;
    int m_unitPrice = -1;
    QDate m_snapshot;
    DerivationOptions::TenureUnit m_unit = DerivationOptions::TenureUnit::Months;
};
