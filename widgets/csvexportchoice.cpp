// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexportchoice.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

namespace {

const char settingsKey[] = "export/csvFor";

} // namespace

CsvDialect::Kind CsvExportChoice::rememberedKind()
{
    const QSettings settings;
    const std::optional<CsvDialect::Kind> kind
        = CsvDialect::kindFromName(settings.value(QLatin1String(settingsKey)).toString());
    return kind.value_or(CsvDialect::Kind::Spreadsheet);
}

CsvDialect CsvExportChoice::remembered()
{
    return rememberedKind() == CsvDialect::Kind::Programs ? CsvDialect::programs()
                                                          : CsvDialect::spreadsheet(QLocale());
}

void CsvExportChoice::remember(CsvDialect::Kind kind)
{
    QSettings settings;
    settings.setValue(QLatin1String(settingsKey), CsvDialect::nameOf(kind));
}

QString CsvExportChoice::filter(CsvDialect::Kind kind)
{
    if (kind == CsvDialect::Kind::Spreadsheet) {
        //: A file type of the save dialog: the CSV a spreadsheet opens in the
        //: user's language (its decimal mark and list separator). Keep (*.csv).
        return tr("CSV for spreadsheets in my language (*.csv)");
    }
    //: A file type of the save dialog: the locale-neutral CSV programs read
    //: (comma between cells, point as decimal mark). Keep (*.csv).
    return tr("CSV for programs, comma and point (*.csv)");
}

CsvExportChoice::Answer CsvExportChoice::askPath(QWidget *parent, const QString &caption,
                                                 const QString &proposedPath,
                                                 const QStringList &moreFilters)
{
    const QString spreadsheet = filter(CsvDialect::Kind::Spreadsheet);
    const QString programs = filter(CsvDialect::Kind::Programs);
    const QStringList filters = QStringList {spreadsheet, programs} + moreFilters;
    Answer answer;
    answer.selectedFilter = rememberedKind() == CsvDialect::Kind::Programs ? programs : spreadsheet;
    answer.path = QFileDialog::getSaveFileName(
        parent, caption, proposedPath, filters.join(QLatin1String(";;")), &answer.selectedFilter);
    if (answer.path.isEmpty())
        return answer;
    answer.csv = answer.selectedFilter == spreadsheet || answer.selectedFilter == programs;
    if (answer.csv) {
        remember(answer.selectedFilter == programs ? CsvDialect::Kind::Programs
                                                   : CsvDialect::Kind::Spreadsheet);
    }
    if (QFileInfo(answer.path).suffix().isEmpty()) {
        // The first pattern of the chosen type: "(*.csv)" gives ".csv".
        static const QRegularExpression pattern(QStringLiteral("\\(\\*(\\.[A-Za-z0-9]+)"));
        const QRegularExpressionMatch match = pattern.match(answer.selectedFilter);
        if (match.hasMatch())
            answer.path += match.captured(1);
    }
    return answer;
}
