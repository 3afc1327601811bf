// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demooptions.h"
#include "demotruth.h"
#include "storeerror.h"

#include <QString>

#include <functional>

// Writes a realistic telecom-style demo project (SPEC section 7): customers,
// contacts, orders, mentions and improvements under the process of DemoTruth
// (self-selection into social care, reached only while still a customer,
// effects from the first social contact on), the true effects on the
// treated in the demo_truth table (DemoTruthTally), and the mess real data
// has (unanswered NPS surveys, customers who never order, at-risk customers,
// anonymous mentions).
//
// Deterministic: the same options give the same file, byte for byte in its
// content. Streaming: memory stays flat whatever the number of customers.
// The project is written to a temporary file beside the target and renamed
// at the end, so a cancelled or failed run leaves nothing behind.
class DemoGenerator
{
public:
    // Called every few thousand customers; return false to cancel.
    using Progress = std::function<bool(qint64 customersDone, qint64 customersTotal)>;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        StoreError error;
    };

    // Fails with AlreadyExists unless `replace` is true.
    static Result generate(const QString &path, const DemoOptions &options, bool replace,
                           const Progress &progress = {});
};
