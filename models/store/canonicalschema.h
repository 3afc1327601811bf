// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

#include <vector>

// The data contract of SPEC section 3: the canonical tables, their fields and
// the storage type of each. The store's DDL, the importer's mapping and
// validation, and the data browser all read this one description.

enum class FieldType {
    Text, // free text, stored as TEXT
    Date, // ISO-8601 YYYY-MM-DD, stored as TEXT
    Boolean, // stored as INTEGER 0/1
    Integer, // stored as INTEGER
    Number, // stored as REAL
    Money, // stored as REAL in the project's currency
    Enumeration, // one of FieldSpec::allowedValues, lower-case English, stored as TEXT
};

struct FieldSpec
{
    QLatin1String name; // column name in the project file, e.g. "signup_date"
    FieldType type = FieldType::Text;
    bool required = false;
    std::vector<QLatin1String> allowedValues; // only for FieldType::Enumeration
    int minimum = 0; // inclusive bounds for Integer fields that have them (nps_score)
    int maximum = 0; // minimum == maximum means unbounded
};

enum class CanonicalTable { Customers, Contacts, Orders, Mentions, Improvements };

struct TableSpec
{
    CanonicalTable table;
    QLatin1String name; // SQL table name and command-line name, e.g. "customers"
    QLatin1String keyField; // the unique key column
    std::vector<FieldSpec> fields; // in SPEC order; the key field comes first

    const FieldSpec *field(QStringView fieldName) const;
    int fieldIndex(QStringView fieldName) const; // -1 when absent
};

const std::vector<TableSpec> &canonicalTables();
const TableSpec &tableSpec(CanonicalTable table);
const TableSpec *tableSpecByName(QStringView name); // nullptr when unknown

QString sqlTypeName(FieldType type);
