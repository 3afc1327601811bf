// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "derivationoptions.h"
#include "valueparsers.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Which column of a file feeds which canonical field (SPEC section 3): the
// result of automatic matching, changed by the user in the wizard, saved as a
// named "mapping profile" in the project and read by `import --mapping FILE`.
// Columns without a field are kept as extra attributes (SPEC section 2).
//
// JSON form (toJson / fromJson), UTF-8, one object:
//
//   {
//     "format": "socialroi-mapping",   // required, identifies the file
//     "version": 1,                    // newer versions are refused
//     "name": "Telco billing export",  // optional, shown in the profile list
//     "table": "customers",            // customers|contacts|orders|mentions|improvements
//     "columns": [                     // one entry per file column, in file order
//       { "column": 1, "header": "customerID", "field": "customer_id" },
//       { "column": 2, "header": "gender", "field": null }   // null: extra attribute
//     ],
//     "date_order": "dmy",             // optional: "dmy" or "mdy", the answer to an ambiguous date column
//     "decimal_separator": "comma",    // optional: "point" or "comma"
//     "snapshot_date": "2024-01-31",   // optional, DerivationOptions: a snapshot extract's day
//     "tenure_unit": "months",         // optional: "months" or "days"
//     "order_lines": true,             // optional: rows are order lines grouped by order_id
//     "cancellation_prefix": "C",      // optional: order ids of cancellations start with it
//     "create_customers": true         // optional: unknown customers are created (implied)
//   }
//
// "column" is 1-based, as in messages; "header" is the column's name in the
// file the profile was made from, used to find the column again when a later
// file has its columns in another order (rebind()).
struct FieldMapping
{
    Q_DECLARE_TR_FUNCTIONS(FieldMapping)

public:
    struct Column
    {
        int index = 0; // 0-based position in the file
        QString header;
        QString field; // canonical field name; empty: kept as an extra attribute

        bool operator==(const Column &other) const
        {
            return index == other.index && header == other.header && field == other.field;
        }
    };

    QString name;
    QString table; // TableSpec::name
    std::vector<Column> columns;
    std::optional<ValueParsers::DateOrder> dateOrder;
    std::optional<ValueParsers::DecimalSeparator> decimalSeparator;
    // Snapshot dates, order lines, implied customers (DerivationOptions).
    DerivationOptions derivations;

    bool operator==(const FieldMapping &other) const
    {
        return name == other.name && table == other.table && columns == other.columns
            && dateOrder == other.dateOrder && decimalSeparator == other.decimalSeparator
            && derivations == other.derivations;
    }

    int columnOf(QStringView field) const; // 0-based file column, -1 when unmapped
    QString fieldOf(int index) const; // empty for an extra attribute or an unknown column
    QStringList extraHeaders() const; // the headers kept as extra attributes
    QStringList missingRequiredFields() const; // required fields of `table` with no column

    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // indented, for a file users may read and edit
    // Returns nullopt and a translated sentence naming the problem when the
    // JSON is not a valid profile (unknown table or field, a field twice ...).
    static std::optional<FieldMapping> fromJson(const QByteArray &json, QString *errorMessage);
    static std::optional<FieldMapping> fromJsonObject(const QJsonObject &object,
                                                      QString *errorMessage);

    // This profile applied to a file with `headers`: each mapped column is
    // found by its header (compared as HeaderMatcher::normalize does), or by
    // position when the profile's header is empty; all other columns become
    // extra attributes. Headers of the profile not found in the file are
    // listed in `unmatchedHeaders`.
    FieldMapping rebind(const QStringList &headers, QStringList *unmatchedHeaders = nullptr) const;
};

// One column of a file and what matching made of it.
struct HeaderMatch
{
    enum class Kind {
        None, // no field: kept as an extra attribute
        Exact, // the header is the field's name or a synonym (up to case, accents, spacing)
        Joined, // the same once spaces are removed ("customerid", "Kunden-ID")
        Contains, // holds a synonym of several words ("Customer ID (CRM)")
        Similar, // one letter away from a synonym ("Cutomer ID")
    };

    int index = 0;
    QString header;
    QString field; // empty when none
    double score = 0; // confidence in [0, 1]; 0 when none
    Kind kind = Kind::None;
};

struct HeaderMatchResult
{
    CanonicalTable table = CanonicalTable::Customers;
    std::vector<HeaderMatch> columns; // one per file column, in file order
    QStringList missingRequiredFields; // required fields no column matched

    FieldMapping mapping() const;
};

// Matches a file's headers to the canonical fields of a table by name and by
// synonyms in en, fr, de, pl and hi. Each field goes to at most one column:
// the best-scoring pairs are assigned first. Pure functions, thread-safe.
class HeaderMatcher
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMatcher)

public:
    static constexpr double minimumScore = 0.6;

    static HeaderMatchResult match(const QStringList &headers, CanonicalTable table);

    // The confidence that `header` means `field` of `table` (0 when not at
    // all), for ranking the choices of the wizard's drop-downs.
    static double score(QStringView header, CanonicalTable table, QStringView field);

    // The comparison form of a header: camelCase split ("customerID" ->
    // "customer id"), case folded, accents dropped (NFKD; ł -> l, ß -> ss),
    // punctuation and underscores as spaces, spaces collapsed.
    static QString normalize(QStringView header);

    // The field's synonyms as written (the field name first), for help texts.
    static QStringList synonyms(CanonicalTable table, QStringView field);

    // The sentence for required fields that no column feeds, listing the
    // file's headers, e.g. for `import` on the command line.
    static QString missingFieldsMessage(CanonicalTable table, const QStringList &missingFields,
                                        const QStringList &headers);
};
