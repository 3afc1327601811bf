// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportpage.h"

#include "fieldlabels.h"
#include "importwizardstate.h"
#include "rowderivation.h"

#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizard>

#include <utility>

namespace {

// How many problem rows the report lists.
constexpr int listedProblems = 8;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString item(const QString &html)
{
    return QStringLiteral("<li>%1</li>").arg(html);
}

} // namespace

ImportReportPage::ImportReportPage(std::shared_ptr<ImportWizardState> state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(std::move(state))
    , m_report(new QTextBrowser(this))
{
    setCommitPage(true);
    m_report->setOpenLinks(false);
    m_report->setFrameShape(QFrame::NoFrame);
    m_report->viewport()->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_report);
    retranslate();
}

void ImportReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportReportPage::retranslate()
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("An estimate from the rows read so far; the import itself checks every row."));
    //: The button that starts the import
    setButtonText(QWizard::CommitButton, tr("&Import"));
    if (m_state->hasPreview)
        m_report->setHtml(reportHtml());
}

void ImportReportPage::initializePage()
{
    m_report->setHtml(reportHtml());
}

QString ImportReportPage::reportText() const
{
    return m_report->toPlainText();
}

QString ImportReportPage::reportHtml() const
{
    const ImportWizardState &state = *m_state;
    const ImportPreview &preview = state.preview;
    const PreviewValidation validation = state.validation();
    const TableSpec &table = tableSpec(state.table);
    const QLocale locale;
    const QString tableName = escaped(tableLabel(QString(table.name)));
    QString html;

    // What goes where.
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("What will be imported"));
    const QString fileName = escaped(QFileInfo(state.filePath).fileName());
    html += item(preview.workbook
                     ? tr("The sheet <b>%1</b> of <b>%2</b> into the <b>%3</b> table.")
                           .arg(escaped(preview.sheet), fileName, tableName)
                     : tr("<b>%1</b> into the <b>%2</b> table.").arg(fileName, tableName));
    QStringList mapped;
    QStringList extras;
    for (const PreviewValidation::Column &column : validation.columns()) {
        if (column.field) {
            mapped.append(
                tr("%1 → %2", "a file column and the field it goes to")
                    .arg(escaped(column.header), escaped(fieldLabel(QString(column.field->name)))));
        } else {
            extras.append(tr("“%1”", "a quoted column name").arg(escaped(column.header)));
        }
    }
    html += item(tr("Columns going to fields: %1.").arg(mapped.join(QStringLiteral(", "))));
    html += item(extras.isEmpty()
                     ? tr("No column is kept as an extra attribute.")
                     : tr("Kept as extra attributes, usable as segments and filters: %1.")
                           .arg(extras.join(QStringLiteral(", "))));
    for (const QString &sentence : RowDerivation::describe(state.mapping, state.preview.headers))
        html += item(escaped(sentence));
    if (state.needsDateOrder() && state.dateOrder) {
        html += item(*state.dateOrder == ValueParsers::DateOrder::DayFirst
                         ? tr("Dates like 05/06/2024 are read day first, as you chose.")
                         : tr("Dates like 05/06/2024 are read month first, as you chose."));
    }
    html += QStringLiteral("</ul>");

    // The estimate.
    const int rows = int(preview.rows.size());
    const int bad = validation.rowsWithProblems();
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Estimate from the preview"));
    html += item(tr("Rows read for the preview: %1.").arg(locale.toString(rows)));
    if (bad == 0) {
        html += item(tr("No value in them would be rejected."));
    } else {
        html += item(tr("Rows with a value the import would reject: %1. The first ones:")
                         .arg(locale.toString(bad)));
        html += QStringLiteral("<ul>");
        const auto &problems = validation.rowProblems();
        for (size_t i = 0; i < problems.size() && i < size_t(listedProblems); ++i) {
            const PreviewValidation::Problem &problem = problems[i];
            html += item(tr("line %1, column %2: %3")
                             .arg(locale.toString(problem.line),
                                  escaped(preview.headers.value(problem.column)),
                                  escaped(problem.reason)));
        }
        if (problems.size() > size_t(listedProblems))
            html += item(tr("and %1 more").arg(int(problems.size()) - listedProblems));
        html += QStringLiteral("</ul>");
    }
    if (!preview.sampledWholeFile)
        html += item(tr("The rest of the file is checked during the import."));
    html += QStringLiteral("</ul>");

    // What the import does.
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("What happens next"));
    html += item(tr("The whole file is read twice: once to settle the format of each column, "
                    "once to import."));
    html += item(tr("Rows with a bad value are not imported. Each is kept in the project with "
                    "its line, its text and the reason, and you can export them to fix and "
                    "import again."));
    if ((table.table == CanonicalTable::Contacts || table.table == CanonicalTable::Orders
         || table.table == CanonicalTable::Mentions)
        && !state.mapping.derivations.createsCustomers()) {
        html += item(tr("Rows naming a customer that is not in the project are rejected the same "
                        "way; import the customers first, or let the import create them (\"Create "
                        "missing customers\" on the previous page)."));
    }
    const QString key = escaped(fieldLabel(QString(table.keyField)));
    switch (state.duplicatePolicy) {
    case DuplicatePolicy::Skip:
        html += item(tr("A row whose %1 is already in the project is skipped and listed with "
                        "the rejected rows.")
                         .arg(key));
        break;
    case DuplicatePolicy::Replace:
        html += item(
            tr("A row whose %1 is already in the project replaces the stored row.").arg(key));
        break;
    case DuplicatePolicy::Fail:
        html += item(tr("If any %1 is already in the project or twice in the file, nothing is "
                        "imported.")
                         .arg(key));
        break;
    }
    if (!state.saveMappingAs.trimmed().isEmpty()) {
        html += item(tr("The mapping is saved in the project as “%1”.")
                         .arg(escaped(state.saveMappingAs.trimmed())));
    }
    if (!QFileInfo::exists(state.projectPath)) {
        html += item(tr("The project %1 does not exist yet; the import creates it.")
                         .arg(escaped(QFileInfo(state.projectPath).fileName())));
    }
    html += item(tr("If you cancel, or anything goes wrong, the project stays exactly as it "
                    "was."));
    html += QStringLiteral("</ul>");
    return html;
}
