// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportpage.h"

#include "fieldlabels.h"
#include "importwizardstate.h"
#include "rowderivation.h"
#include "sqliteconnection.h"
#include "wizardtext.h"

#include <QCheckBox>
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
    , m_confirm(new QCheckBox(this))
{
    setCommitPage(true);
    m_report->setOpenLinks(false);
    m_report->setFrameShape(QFrame::NoFrame);
    m_report->viewport()->setAutoFillBackground(false);
    m_confirm->hide();
    connect(m_confirm, &QCheckBox::toggled, this, &ImportReportPage::completeChanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_report);
    layout->addWidget(m_confirm);
    retranslate();
}

std::optional<QSet<QString>> ImportReportPage::projectCustomers(const QString &projectPath,
                                                                const QStringList &ids)
{
    QSet<QString> found;
    if (!QFileInfo::exists(projectPath) || ids.isEmpty())
        return found;
    SqliteConnection connection;
    if (connection.open(projectPath, SqliteConnection::Access::ReadOnly) != 0) // SQLITE_OK
        return std::nullopt; // not known: the import will tell
    try {
        const bool hashed
            = connection.queryInteger("SELECT count(*) FROM sqlite_schema WHERE name = "
                                      "'customer_key_salt'")
                > 0
            && connection.queryInteger("SELECT count(*) FROM customer_key_salt") > 0;
        if (hashed)
            return std::nullopt;
        // In groups under SQLite's limit of bound parameters.
        constexpr qsizetype perQuery = 500;
        for (qsizetype start = 0; start < ids.size(); start += perQuery) {
            const QStringList part = ids.mid(start, perQuery);
            QStringList marks;
            for (qsizetype i = 0; i < part.size(); ++i)
                marks.append(QStringLiteral("?"));
            SqliteStatement statement = connection.prepare(
                QStringLiteral("SELECT customer_id FROM customers WHERE customer_id IN (%1)")
                    .arg(marks.join(QLatin1Char(','))));
            for (qsizetype i = 0; i < part.size(); ++i)
                statement.bind(int(i + 1), part[i]);
            while (statement.step())
                found.insert(statement.text(0));
        }
    } catch (const SqliteError &) {
        return std::nullopt;
    }
    return found;
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
    m_confirm->setText(tr("Import anyway: most rows would be rejected (each kept with its "
                          "reason)"));
    if (m_state->hasPreview)
        m_report->setHtml(reportHtml());
}

void ImportReportPage::initializePage()
{
    m_confirm->setChecked(false);
    m_state->projectCustomers.reset();
    showReport();
    const QStringList ids = PreviewValidation::customerIds(m_state->preview, m_state->mapping);
    if (ids.isEmpty())
        return;
    const QString projectPath = m_state->projectPath;
    m_customersJob.start<std::optional<QSet<QString>>>(
        [projectPath, ids](const JobTracker::StopCheck &) {
            return projectCustomers(projectPath, ids);
        },
        [this](std::optional<QSet<QString>> found) {
            m_state->projectCustomers = std::move(found);
            showReport();
        });
}

// Most of the preview's rows would be rejected: a file mapped to the wrong
// table, customers not imported yet, a wrong date order ...
bool ImportReportPage::mostRowsRejected() const
{
    const int rows = int(m_state->preview.rows.size());
    return rows > 0 && 2 * m_state->validation().rowsWithProblems() > rows;
}

void ImportReportPage::showReport()
{
    m_report->setHtml(reportHtml());
    m_confirm->setVisible(mostRowsRejected());
    Q_EMIT completeChanged();
}

bool ImportReportPage::isComplete() const
{
    if (m_customersJob.isRunning())
        return false;
    return !mostRowsRejected() || m_confirm->isChecked();
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
            mapped.append(WizardText::columnToField(
                escaped(column.header), escaped(fieldLabel(QString(column.field->name)))));
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
    if (m_customersJob.isRunning())
        html += item(tr("Looking up the customers these rows name in the project…"));
    if (rows > 0 && 2 * bad > rows) {
        html += item(QStringLiteral("<b>%1</b>")
                         .arg(tr("Most of these rows would be rejected. Check the table, the "
                                 "mapping, and that their customers are in the project (or let "
                                 "the import create them) before importing.")));
    }
    if (bad == 0) {
        html += item(WizardText::nothingRejected());
    } else {
        html += item(tr("Rows with a value the import would reject: %1. The first ones:")
                         .arg(locale.toString(bad)));
        html += QStringLiteral("<ul>");
        const auto &problems = validation.rowProblems();
        for (size_t i = 0; i < problems.size() && i < size_t(listedProblems); ++i) {
            const PreviewValidation::Problem &problem = problems[i];
            html += item(WizardText::lineColumnProblem(
                locale.toString(problem.line), escaped(preview.headers.value(problem.column)),
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
