// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// The text kept in the project for a rejected row (rejected_rows.raw_text):
// the record as one CSV line, at most InputLimits::maxRejectedTextBytes of
// UTF-8. A longer one keeps its start and a note with its whole length and
// the SHA-256 of its text, so no file makes the project grow by more than a
// few kilobytes per rejected row.
struct RejectedText
{
    Q_DECLARE_TR_FUNCTIONS(RejectedText)

public:
    static QString capped(const QString &raw);
    // Whether a stored text was cut (it is then longer than the limit: the
    // kept start and the note), so it no longer holds the whole row.
    static bool isCapped(const QString &stored);
};
