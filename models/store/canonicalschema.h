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

// Where a field's values come from and where they go.
enum class FieldRole {
    Stored, // read from a file column, stored in the table's column of the same name
    // Read from a file column only to derive stored fields, never stored
    // itself (tenure and a churn flag give signup_date and churn_date;
    // quantity and unit_price give amount). See ImportDerivation.
    Source,
};

struct FieldSpec
{
    QLatin1String name; // column name in the project file, e.g. "signup_date"
    FieldType type = FieldType::Text;
    bool required = false;
    std::vector<QLatin1String> allowedValues; // only for FieldType::Enumeration
    int minimum = 0; // inclusive bounds for Integer fields that have them (nps_score)
    int maximum = 0; // minimum == maximum means unbounded
    FieldRole role = FieldRole::Stored;

    bool isStored() const { return role == FieldRole::Stored; }
};

enum class CanonicalTable { Customers, Contacts, Orders, Mentions, Improvements };

struct TableSpec
{
    CanonicalTable table;
    QLatin1String name; // SQL table name and command-line name, e.g. "customers"
    QLatin1String keyField; // the unique key column
    // What a file's columns may map to, in SPEC order (the key field first),
    // then the Source fields that derive stored ones.
    std::vector<FieldSpec> fields;
    // Columns the product itself sets on import, never read from a file
    // (customers.implied, orders.returned_amount): shown with the stored
    // fields in the data browser.
    std::vector<FieldSpec> productColumns;

    const FieldSpec *field(QStringView fieldName) const;
    int fieldIndex(QStringView fieldName) const; // -1 when absent
    // The table's columns as the data browser shows them: the stored fields,
    // then the product's columns.
    std::vector<const FieldSpec *> storedColumns() const;
};

const std::vector<TableSpec> &canonicalTables();
const TableSpec &tableSpec(CanonicalTable table);
const TableSpec *tableSpecByName(QStringView name); // nullptr when unknown

QString sqlTypeName(FieldType type);
// The kind of value a field holds, as a person reads it ("date", "yes/no",
// "whole number"), translated: the import wizard's field list, its preview's
// problems and the assumptions' units say it the same way.
QString fieldTypeName(FieldType type);
