// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbookwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>

// socialroi-xlsx-writer: writes the XLSX report of SocialROI Workbench from
// its JSON description. A separate process because libxlsxwriter and QuaZip
// cannot share one (see workbookwriter.h). Exit codes as the socialroi verbs:
// 0 written, 1 the description or the file failed, 2 bad command line.
namespace {

void printError(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("socialroi-xlsx-writer"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes an XLSX workbook from the JSON description made by socialroi "
                       "report (see app/xlsxwriter/README.md)."));
    parser.addHelpOption();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The XLSX file to write."),
                                          QStringLiteral("FILE"));
    parser.addOption(outputOption);
    parser.addPositionalArgument(QStringLiteral("DESCRIPTION"),
                                 QStringLiteral("The JSON description; - or nothing reads the "
                                                "standard input."),
                                 QStringLiteral("[DESCRIPTION]"));
    if (!parser.parse(app.arguments())) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(outputOption) || positional.size() > 1) {
        printError(
            QStringLiteral("Usage: socialroi-xlsx-writer -o FILE.xlsx [DESCRIPTION.json|-]"));
        return 2;
    }

    QFile input;
    const QString source = positional.value(0, QStringLiteral("-"));
    bool opened = false;
    if (source == QLatin1String("-")) {
        opened = input.open(stdin, QIODevice::ReadOnly);
    } else {
        input.setFileName(source);
        opened = input.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        printError(QStringLiteral("%1: %2").arg(source, input.errorString()));
        return 1;
    }
    QJsonParseError parseError;
    const QJsonDocument description = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !description.isObject()) {
        printError(QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                       .arg(source, parseError.errorString())
                       .arg(parseError.offset));
        return 1;
    }

    const QString output = parser.value(outputOption);
    QString error;
    if (!WorkbookWriter::write(description.object(), output, &error)) {
        QFile::remove(output); // libxlsxwriter may have left a partial file
        printError(error);
        return 1;
    }
    return 0;
}
