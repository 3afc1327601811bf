// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <array>

// What a project holds, at a glance: row counts per canonical table, the
// span of its dates, and how many files were imported. Read on a worker
// thread (it counts millions of rows) and shown by the window.
struct ProjectSummary
{
    QString path;
    int schemaVersion = 0;
    std::array<qint64, 5> rowCounts {}; // indexed by CanonicalTable
    qint64 socialCustomers = 0;
    QDate firstSignup;
    QDate lastActivity; // the latest date in any table: the default as-of date
    qint64 importCount = 0;
    qint64 assumptionsChanged = 0; // assumptions set away from their defaults
    qint64 rejectedRowCount = 0;
    bool isDemo = false; // the project holds the demo generator's truth table
    QString error; // why the project could not be read; empty on success

    static ProjectSummary load(const QString &projectPath);
};
