// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrequest.h"
#include "importresult.h"

#include <QCoreApplication>

// Imports one file into one canonical table of a project (SPEC sections 2, 3
// and 5), all or nothing:
//
// 1. Opens the file (ImportSource) and maps its columns: the request's
//    profile, or HeaderMatcher. A required field without a column fails here,
//    listing the file's headers.
// 2. First pass: reads every row once to decide each date column's day/month
//    order and each number column's decimal separator from the whole column
//    (ColumnAnalysis), while a second thread computes the file's SHA-256. A
//    file that cannot be read as a whole (unterminated quote, bad encoding,
//    damaged workbook) fails here, naming the line, before the project is
//    even opened; so does a date column only the user can decide.
// 3. Opens the project (creating it when missing), warns when a file with the
//    same SHA-256 was imported before, loads the known customer ids once.
// 4. Second pass, in one transaction with foreign keys off (they cannot be
//    switched inside one; the importer checks every customer_id against the
//    ids it loaded, and reports unknown ones instead of failing): a reading
//    thread validates and converts rows (RowValidator) into batches, this
//    thread writes them (ImportWriter) with the duplicate policy, extra
//    attributes, rejected rows, the import_log row, and the mapping profile
//    when asked. Large files use bulk mode (see ImportRequest).
// 5. Commits; or, on cancel, a fatal error or an exception, rolls everything
//    back, so the project file is byte for byte as before, and removes a
//    project it created. Killing the process mid-import has the same effect:
//    SQLite's WAL holds the uncommitted pages, ignored on the next open.
//
// Memory: bounded by a few batches of rows, SQLite's page cache and the set of
// known customer ids (about 30 MB for a million), whatever the file's size.
//
// Thread rules: run() may be called on any thread (the wizard's worker); it
// opens its own connection to the project and starts one reading thread and
// one hashing thread of its own, both joined before it returns. The progress
// callback is called on the calling thread.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    static ImportResult run(const ImportRequest &request,
                            const ImportProgressCallback &progress = ImportProgressCallback());
};
