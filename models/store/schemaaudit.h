// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

class SqliteConnection;

// The schema objects of a project file that this program did not create: a
// trigger, a view, an index or a table added with another tool, or one of
// ours whose definition was changed. The file's sqlite_schema is compared
// with what the product's migrations create for the file's schema version,
// statement by statement, so nothing is listed by hand twice.
//
// Policy (docs/project-file.md): every foreign object is reported when a
// project is opened. A trigger could run on the product's writes, so while
// the file holds one the product does not write it at all (it is opened
// read-only, with the reason); a view, an index or a table of the user's own
// runs nothing on our writes beyond what SQLite's defaults allow
// (trusted_schema is off) and is only reported. Nothing is ever removed.
//
// Thread rules: the functions use a connection owned by the calling thread;
// the expected schemas are built once per version and shared under a mutex.
namespace SchemaAudit {

struct ForeignObject
{
    QString type; // "trigger", "view", "index" or "table", as in sqlite_schema
    QString name;
    QString table; // the table it belongs to (sqlite_schema.tbl_name)
    bool changed = false; // named as one of ours, but defined otherwise
};

// Reads the schema of the connection's file; throws SqliteError.
std::vector<ForeignObject> find(SqliteConnection &connection);

// A translated sentence naming every foreign object ("This project contains
// objects this program did not create: trigger audit, view recent."), or
// empty when there are none.
QString warning(const std::vector<ForeignObject> &objects);

// Why the product must not write the file (it holds triggers it did not
// create), naming them; empty when it may write.
QString writeRefusal(const std::vector<ForeignObject> &objects);
QString writeRefusal(SqliteConnection &connection); // reads the schema first

} // namespace SchemaAudit
