// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsheetpage.h"

#include "fieldlabels.h"
#include "importwizardstate.h"
#include "previewloader.h"
#include "wizardtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <utility>

ImportSheetPage::ImportSheetPage(std::shared_ptr<ImportWizardState> state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(std::move(state))
    , m_loader(new PreviewLoader(this))
    , m_listLabel(new QLabel(this))
    , m_sheets(new QListWidget(this))
    , m_columns(new QLabel(this))
    , m_tableNote(new QLabel(this))
{
    m_listLabel->setBuddy(m_sheets);
    m_columns->setWordWrap(true);
    m_columns->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_tableNote->setWordWrap(true);
    m_sheets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sheets->setMaximumWidth(320);
    connect(m_sheets, &QListWidget::currentRowChanged, this, &ImportSheetPage::sheetSelected);
    connect(m_loader, &PreviewLoader::loaded, this, &ImportSheetPage::showSheet);

    auto *details = new QVBoxLayout;
    details->addWidget(m_columns);
    details->addWidget(m_tableNote);
    details->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_sheets, 1);
    row->addSpacing(12);
    row->addLayout(details, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_listLabel);
    layout->addLayout(row, 1);
    retranslate();
}

void ImportSheetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportSheetPage::retranslate()
{
    setTitle(tr("Choose the sheet"));
    setSubTitle(tr("The workbook has several sheets; pick the one that holds one row per "
                   "record, with the column names in its first row."));
    m_listLabel->setText(tr("&Sheets, in the workbook's order:"));
    updateTexts();
}

void ImportSheetPage::initializePage()
{
    const QStringList names = m_state->inspection.sheetNames;
    QString wanted = m_state->sheet;
    if (!names.contains(wanted))
        wanted = m_state->inspection.sheet.isEmpty() ? names.value(0) : m_state->inspection.sheet;
    {
        const QSignalBlocker blocker(m_sheets);
        m_sheets->clear();
        m_sheets->addItems(names);
    }
    selectSheet(wanted);
}

bool ImportSheetPage::selectSheet(const QString &sheet)
{
    const auto items = m_sheets->findItems(sheet, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    const int row = m_sheets->row(items.first());
    if (row == m_sheets->currentRow())
        sheetSelected(); // the list keeps its row; read the sheet anyway
    else
        m_sheets->setCurrentRow(row);
    return true;
}

bool ImportSheetPage::isLoading() const
{
    return m_loader->isLoading();
}

void ImportSheetPage::sheetSelected()
{
    const QListWidgetItem *item = m_sheets->currentItem();
    if (!item)
        return;
    m_state->sheet = item->text();
    if (m_state->inspection.sheet == m_state->sheet && m_state->inspection.isValid()) {
        m_matchesNoTable = !ImportPreview::guessTable(m_state->inspection.headers);
        updateTexts();
        Q_EMIT completeChanged();
        return;
    }
    ImportPreview::Request request;
    request.filePath = m_state->filePath;
    request.sheet = m_state->sheet;
    request.rowLimit = 0;
    request.sampleLimit = 0;
    m_loader->load(request);
    updateTexts();
    Q_EMIT completeChanged();
}

void ImportSheetPage::showSheet(const ImportPreview &inspection)
{
    const QStringList names = m_state->inspection.sheetNames;
    m_state->inspection = inspection;
    if (m_state->inspection.sheetNames.isEmpty())
        m_state->inspection.sheetNames = names;
    m_state->inspection.sheet = m_state->sheet;
    const auto table = ImportPreview::guessTable(inspection.headers);
    m_matchesNoTable = !table;
    if (!m_state->tableChosenByUser && table)
        m_state->table = *table;
    updateTexts();
    Q_EMIT completeChanged();
}

void ImportSheetPage::updateTexts()
{
    const ImportPreview &inspection = m_state->inspection;
    if (m_state->sheet.isEmpty()) {
        WizardText::showNote(m_columns, QString());
        WizardText::showNote(m_tableNote, QString());
    } else if (m_loader->isLoading()) {
        WizardText::showNote(m_columns, tr("Reading the sheet \"%1\"…").arg(m_state->sheet));
        WizardText::showNote(m_tableNote, QString());
    } else if (inspection.error.isError()) {
        WizardText::showProblem(m_columns, inspection.error.message);
        WizardText::showNote(m_tableNote, QString());
    } else {
        WizardText::showNote(m_columns,
                             tr("Columns of \"%1\" (%2): %3.")
                                 .arg(m_state->sheet)
                                 .arg(inspection.headers.size())
                                 .arg(WizardText::shortList(inspection.headers, 12)));
        const QString table = tableLabel(QString(tableSpec(m_state->table).name));
        if (m_matchesNoTable) {
            WizardText::showProblem(m_tableNote,
                                    tr("None of its column names matches a field of the %1 "
                                       "table or any other: it may be a dashboard or a summary "
                                       "rather than one row per record.")
                                        .arg(table));
            return;
        }
        WizardText::showNote(
            m_tableNote,
            m_state->tableChosenByUser
                ? tr("Imported into the %1 table, as chosen on the first page.").arg(table)
                : tr("Its columns suggest the %1 table; you can change it on the first page.")
                      .arg(table));
    }
}

bool ImportSheetPage::isComplete() const
{
    return !m_loader->isLoading() && !m_state->sheet.isEmpty()
        && m_state->inspection.sheet == m_state->sheet && m_state->inspection.isValid();
}

bool ImportSheetPage::validatePage()
{
    return isComplete();
}
