// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "importer.h"
#include "mappingprofiles.h"
#include "projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace {

struct ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

// How many rejected rows the summary lists (all are kept in the project).
constexpr int listedRejections = 10;

std::optional<QChar> delimiterFromName(const QString &name)
{
    if (name == QLatin1String("tab") || name == QLatin1String("\\t") || name == QLatin1String("\t"))
        return QLatin1Char('\t');
    if (name == QLatin1String("comma"))
        return QLatin1Char(',');
    if (name == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (name == QLatin1String("pipe"))
        return QLatin1Char('|');
    if (name.size() == 1 && !name.at(0).isLetterOrNumber() && name.at(0) != QLatin1Char('"')
        && !name.at(0).isSpace()) {
        return name.at(0);
    }
    return std::nullopt;
}

// --mapping: a profile file (JSON), or the name of a profile saved in the
// project. A file wins when both exist.
std::optional<FieldMapping> readMapping(const QString &value, const QString &projectPath,
                                        QString *error)
{
    if (QFileInfo(value).isFile()) {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = ImportCommand::tr("%1: the mapping profile cannot be read (%2).")
                         .arg(QDir::toNativeSeparators(value), file.errorString());
            return std::nullopt;
        }
        QString problem;
        auto mapping = FieldMapping::fromJson(file.readAll(), &problem);
        if (!mapping)
            *error = QDir::toNativeSeparators(value) + QLatin1String(": ") + problem;
        return mapping;
    }
    if (!QFileInfo::exists(projectPath)) {
        *error = ImportCommand::tr("%1: no such mapping profile file (and the project %2 does "
                                   "not exist yet, so it has no saved profiles).")
                     .arg(QDir::toNativeSeparators(value), QDir::toNativeSeparators(projectPath));
        return std::nullopt;
    }
    StoreError storeError;
    const std::unique_ptr<ProjectStore> store
        = ProjectStore::open(projectPath, ProjectStore::OpenMode::ExistingOnly, &storeError);
    if (!store) {
        *error = storeError.toString();
        return std::nullopt;
    }
    QString problem;
    auto mapping = MappingProfiles::load(store->connection(), value, &problem);
    if (!mapping)
        *error = ImportCommand::tr("%1 is neither a mapping profile file nor a profile saved "
                                   "in the project: %2")
                     .arg(value, problem);
    return mapping;
}

void printSummary(const ImportResult &result, const QString &projectPath, double seconds)
{
    const QString file = QDir::toNativeSeparators(result.filePath);
    QString source = file;
    if (!result.sheet.isEmpty())
        source += QLatin1Char('[') + result.sheet + QLatin1Char(']');
    printOut(ImportCommand::tr("Imported %1 into the %2 table of %3 (import %4, %5 s).")
                 .arg(source, result.tableName, QDir::toNativeSeparators(projectPath))
                 .arg(result.importId)
                 .arg(seconds, 0, 'f', 1));
    printOut(ImportCommand::tr("  rows read:     %1").arg(result.rowsRead));
    if (result.orderLines > 0) {
        printOut(ImportCommand::tr("  order lines:   %1, making %n order(s)", nullptr,
                                   int(result.rowsImported - result.negativeOrders))
                     .arg(result.orderLines));
        if (result.cancellationLines > 0)
            printOut(ImportCommand::tr("  cancellations: %n line(s); netted against their order: "
                                       "%1, kept as negative orders (no such order in the "
                                       "file): %2",
                                       nullptr, int(result.cancellationLines))
                         .arg(result.cancellationsNetted)
                         .arg(result.negativeOrders));
    }
    QString imported = ImportCommand::tr("  imported:      %1").arg(result.rowsImported);
    if (result.duplicatesReplaced > 0)
        imported += ImportCommand::tr(" (%n existing row(s) replaced)", nullptr,
                                      int(result.duplicatesReplaced));
    printOut(imported);
    QString rejected = ImportCommand::tr("  rejected:      %1").arg(result.rowsRejected);
    QStringList details;
    if (result.unknownCustomers > 0)
        details.append(
            ImportCommand::tr("%n unknown customer(s)", nullptr, int(result.unknownCustomers)));
    if (result.duplicatesSkipped > 0)
        details.append(
            ImportCommand::tr("%n duplicate(s) skipped", nullptr, int(result.duplicatesSkipped)));
    if (!details.isEmpty())
        rejected += QLatin1String(" (") + details.join(QLatin1String(", ")) + QLatin1Char(')');
    printOut(rejected);
    if (result.blankRows > 0)
        printOut(ImportCommand::tr("  blank rows:    %1 (skipped)").arg(result.blankRows));
    if (result.customersCreated > 0)
        printOut(ImportCommand::tr("  customers created: %1 (implied: signed up on their first "
                                   "event in this file)")
                     .arg(result.customersCreated));
    if (result.extraValues > 0)
        printOut(ImportCommand::tr("  extra values:  %1 (columns without a field, kept as "
                                   "extra attributes)")
                     .arg(result.extraValues));
    if (!result.derivations.isEmpty()) {
        printOut(ImportCommand::tr("Derived values:"));
        for (const QString &sentence : result.derivations)
            printOut(QLatin1String("  ") + sentence);
    }
    if (result.rowsRejected > 0) {
        printOut(ImportCommand::tr("Rejected rows by reason:"));
        constexpr size_t listedGroups = 10;
        for (size_t i = 0; i < result.rejectionGroups.size() && i < listedGroups; ++i) {
            const ImportResult::RejectionGroup &group = result.rejectionGroups[i];
            printOut(ImportCommand::tr("  %1 × %2 (first on line %3)")
                         .arg(group.count)
                         .arg(group.reason)
                         .arg(group.firstLine));
            if (!group.hint.isEmpty())
                printOut(QLatin1String("      ") + group.hint);
        }
        printOut(ImportCommand::tr("Some rows were rejected; every one is kept in the project "
                                   "(rejected_rows, import %1) with its line, column, text and "
                                   "reason. The first ones:")
                     .arg(result.importId));
        int listed = 0;
        for (const RejectedRow &row : result.firstRejections) {
            if (listed++ == listedRejections)
                break;
            QString where = source + QLatin1Char(':') + QString::number(row.line);
            if (row.column > 0)
                where += QLatin1Char(':') + QString::number(row.column);
            printOut(QLatin1String("  ") + where + QLatin1String(": ") + row.reason);
        }
    }
    for (const QString &warning : result.warnings)
        printError(ImportCommand::tr("warning: %1").arg(warning));
}

} // namespace

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommand::tr(
        "Imports a CSV, TSV or XLSX file into one table of a project, creating the project "
        "if it does not exist. Columns are matched to the table's fields by their headers (in "
        "English, French, German, Polish or Hindi) or by a mapping profile; columns without a "
        "field are kept as extra attributes. Rows with bad values are rejected and kept in "
        "the project with their line, column and reason; the rest is imported. A file that "
        "cannot be read as a whole imports nothing."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"), ImportCommand::tr("The file to import (.csv, .tsv, .txt, .xlsx)."));
    const QCommandLineOption projectOption(
        {QStringLiteral("p"), QStringLiteral("project")},
        ImportCommand::tr("The project file (.socialroi); created when missing."),
        CommandText::projectValue());
    const QCommandLineOption tableOption(
        QStringLiteral("table"),
        // i18n: the table names are option values; do not translate them.
        ImportCommand::tr("The table to import into: customers, contacts, orders, mentions or "
                          "improvements (required)."),
        ImportCommand::tr("TABLE"));
    const QCommandLineOption sheetOption(
        QStringLiteral("sheet"),
        ImportCommand::tr("The sheet of a workbook to read (default: the first)."),
        ImportCommand::tr("NAME"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        ImportCommand::tr("A mapping profile: a JSON file, or the name of a profile saved in "
                          "the project."),
        ImportCommand::tr("PROFILE"));
    const QCommandLineOption saveMappingOption(
        QStringLiteral("save-mapping"),
        ImportCommand::tr("Save the mapping used in the project under NAME, for --mapping NAME "
                          "next time."),
        ImportCommand::tr("NAME"));
    const QCommandLineOption duplicateOption(
        QStringLiteral("on-duplicate"),
        ImportCommand::tr("What to do with a row whose key is already in the project or earlier "
                          "in the file: skip (keep the existing row; default), replace (update "
                          "it) or fail (import nothing)."),
        ImportCommand::tr("POLICY"), QStringLiteral("skip"));
    const QCommandLineOption dateOrderOption(
        QStringLiteral("date-order"),
        ImportCommand::tr("The order of dates like 05/06/2024 when the file cannot tell: dmy "
                          "(day first) or mdy (month first)."),
        ImportCommand::tr("ORDER"));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"),
        ImportCommand::tr("The delimiter of a text file, when detection is wrong: a character, "
                          "or tab, comma, semicolon, pipe."),
        ImportCommand::tr("C"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        ImportCommand::tr("The encoding of a text file, when detection is wrong: utf-8, "
                          "utf-16le, utf-16be or windows-1252."),
        ImportCommand::tr("E"));
    const QCommandLineOption snapshotOption(
        QStringLiteral("snapshot"),
        ImportCommand::tr("Customers: the day a snapshot extract was taken (YYYY-MM-DD). With a "
                          "tenure column, signup_date is this day minus the tenure; with a "
                          "churn flag (yes/no), churn_date is this day for those who left."),
        CommandText::dateValue());
    const QCommandLineOption tenureUnitOption(
        QStringLiteral("tenure-unit"),
        ImportCommand::tr("The unit of the tenure column: months (default) or days."),
        ImportCommand::tr("UNIT"));
    const QCommandLineOption orderLinesOption(
        QStringLiteral("order-lines"),
        ImportCommand::tr("Orders: the rows are order lines; COLUMN holds the order key that "
                          "groups them into one order (amounts summed; amount = quantity × "
                          "unit price when the file has no amount)."),
        ImportCommand::tr("COLUMN"));
    const QCommandLineOption cancellationOption(
        QStringLiteral("cancellation-prefix"),
        ImportCommand::tr("Order lines: order keys starting with TEXT are cancellations (for "
                          "example C), netted against their order when the file has it."),
        ImportCommand::tr("TEXT"));
    const QCommandLineOption createCustomersOption(
        QStringLiteral("create-customers"),
        ImportCommand::tr("Contacts, orders, mentions: create the customers the project does "
                          "not have, marked implied, signed up on their first event in the "
                          "file (without it such rows are rejected)."));
    const QCommandLineOption hashKeysOption(
        QStringLiteral("hash-keys"),
        ImportCommand::tr("Store customer keys (email addresses, phone numbers) as salted "
                          "hashes, never as written; from the first import of a project on, "
                          "every import into it hashes its keys the same way."));
    parser.addOptions({projectOption, tableOption, sheetOption, mappingOption, saveMappingOption,
                       duplicateOption, dateOrderOption, delimiterOption, encodingOption,
                       snapshotOption, tenureUnitOption, orderLinesOption, cancellationOption,
                       createCustomersOption, hashKeysOption});
    if (const std::optional<int> exitCode = parseArguments(parser, arguments))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(ImportCommand::tr("Missing FILE: the file to import."));
        return ExitCode::usage;
    }
    if (files.size() > 1) {
        printError(ImportCommand::tr("Import one file at a time; unexpected argument: %1")
                       .arg(files.at(1)));
        return ExitCode::usage;
    }
    if (!parser.isSet(projectOption)) {
        printError(ImportCommand::tr("Missing -p PROJECT: the project to import into."));
        return ExitCode::usage;
    }
    if (!parser.isSet(tableOption)) {
        printError(ImportCommand::tr("Missing --table: customers, contacts, orders, mentions or "
                                     "improvements."));
        return ExitCode::usage;
    }

    ImportRequest request;
    request.projectPath = QDir::cleanPath(parser.value(projectOption));
    request.filePath = QDir::cleanPath(files.constFirst());
    const TableSpec *table = tableSpecByName(parser.value(tableOption));
    if (!table) {
        printError(ImportCommand::tr("--table must be customers, contacts, orders, mentions or "
                                     "improvements, not \"%1\".")
                       .arg(parser.value(tableOption)));
        return ExitCode::usage;
    }
    request.table = table->table;
    request.sheet = parser.value(sheetOption);
    const QString policy = parser.value(duplicateOption);
    if (policy == QLatin1String("skip")) {
        request.duplicatePolicy = DuplicatePolicy::Skip;
    } else if (policy == QLatin1String("replace")) {
        request.duplicatePolicy = DuplicatePolicy::Replace;
    } else if (policy == QLatin1String("fail")) {
        request.duplicatePolicy = DuplicatePolicy::Fail;
    } else {
        printError(ImportCommand::tr("--on-duplicate must be skip, replace or fail, not \"%1\".")
                       .arg(policy));
        return ExitCode::usage;
    }
    if (parser.isSet(dateOrderOption)) {
        const QString order = parser.value(dateOrderOption);
        if (order == QLatin1String("dmy")) {
            request.dateOrder = ValueParsers::DateOrder::DayFirst;
        } else if (order == QLatin1String("mdy")) {
            request.dateOrder = ValueParsers::DateOrder::MonthFirst;
        } else {
            printError(
                ImportCommand::tr("--date-order must be dmy or mdy, not \"%1\".").arg(order));
            return ExitCode::usage;
        }
    }
    if (parser.isSet(delimiterOption)) {
        const auto delimiter = delimiterFromName(parser.value(delimiterOption));
        if (!delimiter) {
            printError(ImportCommand::tr("--delimiter must be one character (or tab, comma, "
                                         "semicolon, pipe), not \"%1\".")
                           .arg(parser.value(delimiterOption)));
            return ExitCode::usage;
        }
        request.csvFormat.delimiter = *delimiter;
    }
    if (parser.isSet(encodingOption)) {
        const auto encoding = CsvFormat::encodingFromName(parser.value(encodingOption));
        if (!encoding) {
            printError(ImportCommand::tr("--encoding must be utf-8, utf-8-bom, utf-16le, "
                                         "utf-16be or windows-1252, not \"%1\".")
                           .arg(parser.value(encodingOption)));
            return ExitCode::usage;
        }
        request.csvFormat.encoding = *encoding;
    }
    if (QFileInfo::exists(request.filePath) && QFileInfo::exists(request.projectPath)
        && QFileInfo(request.filePath).canonicalFilePath()
            == QFileInfo(request.projectPath).canonicalFilePath()) {
        printError(ImportCommand::tr("FILE is the project itself; choose the file to import."));
        return ExitCode::usage;
    }
    if (parser.isSet(mappingOption)) {
        QString error;
        request.mapping = readMapping(parser.value(mappingOption), request.projectPath, &error);
        if (!request.mapping) {
            printError(error);
            return ExitCode::failure;
        }
    }
    request.saveMappingAs = parser.value(saveMappingOption);
    if (parser.isSet(snapshotOption)) {
        const QDate snapshot = QDate::fromString(parser.value(snapshotOption), Qt::ISODate);
        if (!snapshot.isValid()) {
            printError(ImportCommand::tr("--snapshot must be a date written YYYY-MM-DD, not "
                                         "\"%1\".")
                           .arg(parser.value(snapshotOption)));
            return ExitCode::usage;
        }
        request.derivations.snapshotDate = snapshot;
    }
    if (parser.isSet(tenureUnitOption)) {
        const QString unit = parser.value(tenureUnitOption);
        if (unit == QLatin1String("months")) {
            request.derivations.tenureUnit = DerivationOptions::TenureUnit::Months;
        } else if (unit == QLatin1String("days")) {
            request.derivations.tenureUnit = DerivationOptions::TenureUnit::Days;
        } else {
            printError(
                ImportCommand::tr("--tenure-unit must be months or days, not \"%1\".").arg(unit));
            return ExitCode::usage;
        }
    }
    if (parser.isSet(orderLinesOption)) {
        request.orderKeyColumn = parser.value(orderLinesOption);
        request.derivations.orderLines = true;
    }
    if (parser.isSet(cancellationOption))
        request.derivations.cancellationPrefix = parser.value(cancellationOption);
    if (parser.isSet(createCustomersOption))
        request.derivations.createCustomers = true;
    if (parser.isSet(hashKeysOption))
        request.derivations.hashCustomerKeys = true;

    QElapsedTimer timer;
    timer.start();
    const ImportResult result = Importer::run(request);
    if (!result.ok) {
        printError(result.error.toString());
        for (const QString &warning : result.warnings)
            printError(ImportCommand::tr("warning: %1").arg(warning));
        return ExitCode::failure;
    }
    printSummary(result, request.projectPath, double(timer.elapsed()) / 1000.0);
    if (!request.saveMappingAs.isEmpty()) {
        printOut(ImportCommand::tr("The mapping was saved in the project as \"%1\".")
                     .arg(request.saveMappingAs));
    }
    return ExitCode::success;
}
