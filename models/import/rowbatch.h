// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

// A few thousand rows of a file, validated and converted to what the store
// binds (SPEC section 2): handed from the reading thread to the writing
// thread of an import. Texts are UTF-8 in one buffer, addressed by offset so
// the buffer may grow; the writer binds them without copying.
struct RowBatch
{
    struct Cell
    {
        enum class Type : unsigned char { Null, Integer, Real, Text };

        Type type = Type::Null;
        int size = 0; // Text: bytes
        union {
            qint64 integer = 0;
            double real;
            qint64 offset; // Text: into RowBatch::text
        };
    };

    struct Extra
    {
        int name = 0; // index into the import's extra column names
        int size = 0;
        qint64 offset = 0; // into RowBatch::text: the raw value as written
    };

    struct Rejection
    {
        int column = 0; // 1-based; 0 for the row as a whole
        QString columnName;
        QString reason;
        bool unknownCustomer = false;
        // The reason without this row's own value ("column "Signup" (signup_date):
        // not a date"), under which the import's report counts rejections;
        // empty when the reason names no value of its own.
        QString group;
        // What to do about it, for the import's report (translated); empty
        // when nothing more specific than fixing the row applies.
        QString hint;
    };

    struct Row
    {
        qint64 line = 0;
        int firstCell = 0; // the row's cells are cells[firstCell .. firstCell + fieldCount)
        int firstExtra = 0;
        int extraCount = 0;
        int rejection = -1; // index into rejections, or -1 for a valid row
        // Valid, naming a customer the project does not have, who is to be
        // created (DerivationOptions::createCustomers).
        bool impliedCustomer = false;
        // Taken into an order by the OrderLineAssembler: not written as a row.
        bool mergedIntoOrder = false;
        // The named customer's index in the metric engine's columns (its rank
        // by id among the customers with a signup day), -1 when the row names
        // none the project has, or one without a signup day.
        std::int32_t customerIndex = -1;
    };

    // A row's values as the engine's column snapshot keeps them (what each
    // slot holds depends on the table: SnapshotFeed), worked out on the
    // reading thread so that the writing thread, which sets an import's
    // pace, only appends them.
    struct SnapshotValues
    {
        std::array<std::int32_t, 4> days {-1, -1, -1, -1};
        std::array<double, 2> numbers {};
        std::array<std::int8_t, 4> codes {};
        qint64 integer = 0;
    };

    std::vector<Row> rows;
    // Per row of `rows` when SnapshotFeed::prepare() ran on the batch, else
    // empty.
    std::vector<SnapshotValues> snapshotValues;
    std::vector<Cell> cells; // fieldCount per valid row
    std::vector<Extra> extras;
    std::vector<Rejection> rejections;
    std::vector<QStringList> rawFields; // per row: the record as read, for rejected_rows
    QByteArray text;
    qint64 bytesRead = 0; // of the source, after the batch's last row
    qint64 blankRows = 0; // rows without any value, skipped (not in `rows`)
    qsizetype rawCharacters = 0; // held in rawFields for this batch's rows

    static constexpr int targetRows = 4096;
    static constexpr qsizetype targetTextBytes = 4 * 1024 * 1024;
    // Rows of long values that are rejected or not stored add nothing to
    // `text`: their raw fields alone fill a batch (8 MiB in UTF-16).
    static constexpr qsizetype targetRawCharacters = 4 * 1024 * 1024;

    bool isFull() const
    {
        return int(rows.size()) >= targetRows || text.size() >= targetTextBytes
            || rawCharacters >= targetRawCharacters;
    }

    // Empties the batch, keeping its storage for the next one.
    void clear()
    {
        rows.clear();
        snapshotValues.clear();
        cells.clear();
        extras.clear();
        rejections.clear();
        // rawFields keeps its lists: the reader swaps them with its record's
        // to reuse their storage.
        text.resize(0);
        bytesRead = 0;
        blankRows = 0;
        rawCharacters = 0;
    }

    const char *textAt(qint64 offset) const { return text.constData() + offset; }
};
