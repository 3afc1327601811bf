// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentchoices.h"

#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

SegmentChoices SegmentChoices::load(const QString &projectPath)
{
    SegmentChoices choices;
    SqliteConnection connection;
    if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) != SQLITE_OK) {
        choices.error = QCoreApplication::translate("SegmentChoices", "%1: cannot read it (%2).")
                            .arg(QDir::toNativeSeparators(projectPath), connection.errorMessage());
        return choices;
    }
    try {
        SqliteStatement segments
            = connection.prepare("SELECT segment, count(*) FROM customers WHERE segment IS NOT "
                                 "NULL AND segment <> '' GROUP BY 1 ORDER BY 1");
        while (segments.step())
            choices.segments.push_back({segments.text(0), segments.integer(1)});

        // Values with an "=" in the name cannot be told apart from the value
        // in the filter's "name=value" form, so they are not offered.
        SqliteStatement attributes = connection.prepare(
            "SELECT name, value, count(*) FROM extra_attributes WHERE table_name = 'customers' "
            "AND value IS NOT NULL AND value <> '' AND instr(name, '=') = 0 GROUP BY 1, 2 "
            "ORDER BY 1, 2");
        while (attributes.step()) {
            choices.attributes.push_back(
                {attributes.text(0) + QLatin1Char('=') + attributes.text(1),
                 attributes.integer(2)});
        }

        SqliteStatement range
            = connection.prepare("SELECT min(signup_date), max(signup_date) FROM customers");
        if (range.step()) {
            choices.firstSignup = QDate::fromString(range.text(0), Qt::ISODate);
            choices.lastSignup = QDate::fromString(range.text(1), Qt::ISODate);
        }
        SqliteStatement launch = connection.prepare(
            "SELECT (SELECT value FROM assumptions WHERE key = 'programme_launch_date'), "
            "(SELECT min(d) FROM (SELECT min(first_social_date) AS d FROM customers "
            "UNION ALL SELECT min(contact_date) FROM contacts WHERE channel = 'social'))");
        if (launch.step()) {
            choices.launch = QDate::fromString(launch.text(0), Qt::ISODate);
            if (!choices.launch.isValid())
                choices.launch = QDate::fromString(launch.text(1).left(10), Qt::ISODate);
        }
    } catch (const SqliteError &error) {
        choices = SegmentChoices();
        choices.error = QCoreApplication::translate("SegmentChoices", "%1: cannot read it (%2).")
                            .arg(QDir::toNativeSeparators(projectPath), error.message());
    }
    return choices;
}
