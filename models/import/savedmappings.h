// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "headermatcher.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

// The mapping profiles saved in a project for one table, read for the import
// wizard's "Load" list. A project that does not exist yet (the import will
// create it) simply has none.
//
// Thread rules: load() opens its own read-only connection and may run on any
// thread; the result is a plain value.
struct SavedMappings
{
    Q_DECLARE_TR_FUNCTIONS(SavedMappings)

public:
    std::vector<FieldMapping> profiles; // by name
    QString error; // translated; empty on success

    static SavedMappings load(const QString &projectPath, CanonicalTable table);
};
