// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfilepage.h"

#include "fieldlabels.h"
#include "importwizardstate.h"
#include "previewloader.h"
#include "wizardtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace {

const CsvFormat::Encoding encodings[] = {
    CsvFormat::Encoding::Utf8,    CsvFormat::Encoding::Utf8Bom,     CsvFormat::Encoding::Utf16LE,
    CsvFormat::Encoding::Utf16BE, CsvFormat::Encoding::Windows1252,
};

const char16_t delimiters[] = {u',', u';', u'\t', u'|'};

} // namespace

ImportFilePage::ImportFilePage(std::shared_ptr<ImportWizardState> state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(std::move(state))
    , m_loader(new PreviewLoader(this))
    , m_fileLabel(new QLabel(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_tableLabel(new QLabel(this))
    , m_tableCombo(new QComboBox(this))
    , m_tableHint(new QLabel(this))
    , m_formatBox(new QGroupBox(this))
    , m_encodingLabel(new QLabel(m_formatBox))
    , m_encodingCombo(new QComboBox(m_formatBox))
    , m_encodingSource(new QLabel(m_formatBox))
    , m_delimiterLabel(new QLabel(m_formatBox))
    , m_delimiterCombo(new QComboBox(m_formatBox))
    , m_delimiterSource(new QLabel(m_formatBox))
    , m_headerCheck(new QCheckBox(m_formatBox))
    , m_headerSource(new QLabel(m_formatBox))
{
    m_status->setWordWrap(true);
    m_tableHint->setWordWrap(true);
    m_fileLabel->setBuddy(m_pathEdit);
    m_tableLabel->setBuddy(m_tableCombo);
    m_encodingLabel->setBuddy(m_encodingCombo);
    m_delimiterLabel->setBuddy(m_delimiterCombo);
    for (const TableSpec &table : canonicalTables())
        m_tableCombo->addItem(QString(), QString(table.name));
    for (CsvFormat::Encoding encoding : encodings)
        m_encodingCombo->addItem(QString(), int(encoding));
    for (char16_t delimiter : delimiters)
        m_delimiterCombo->addItem(QString(), QChar(delimiter));
    for (QLabel *source : {m_encodingSource, m_delimiterSource, m_headerSource})
        source->setForegroundRole(QPalette::PlaceholderText);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    // Only a path the user typed: focus leaving the field on the way to the
    // next page must not read the file again.
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_pathEdit->isModified())
            return;
        m_pathEdit->setModified(false);
        const QString path
            = QDir::cleanPath(QDir::fromNativeSeparators(m_pathEdit->text().trimmed()));
        if (path != QDir::cleanPath(m_state->filePath))
            setFilePath(path);
    });
    connect(m_tableCombo, &QComboBox::activated, this, &ImportFilePage::chooseTable);
    connect(m_encodingCombo, &QComboBox::activated, this, &ImportFilePage::chooseEncoding);
    connect(m_delimiterCombo, &QComboBox::activated, this, &ImportFilePage::chooseDelimiter);
    connect(m_headerCheck, &QCheckBox::clicked, this, &ImportFilePage::chooseHeader);
    connect(m_loader, &PreviewLoader::loaded, this, &ImportFilePage::showInspection);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_tableCombo);
    tableRow->addWidget(m_tableHint, 1);

    auto *formatLayout = new QGridLayout(m_formatBox);
    formatLayout->addWidget(m_encodingLabel, 0, 0);
    formatLayout->addWidget(m_encodingCombo, 0, 1);
    formatLayout->addWidget(m_encodingSource, 0, 2);
    formatLayout->addWidget(m_delimiterLabel, 1, 0);
    formatLayout->addWidget(m_delimiterCombo, 1, 1);
    formatLayout->addWidget(m_delimiterSource, 1, 2);
    formatLayout->addWidget(m_headerCheck, 2, 0, 1, 2);
    formatLayout->addWidget(m_headerSource, 2, 2);
    formatLayout->setColumnStretch(2, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(QString(), m_status);
    form->addRow(m_tableLabel, tableRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_formatBox);
    layout->addStretch(1);

    m_formatBox->hide();
    m_status->hide();
    retranslate();
}

void ImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportFilePage::retranslate()
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV, TSV or text export, or an Excel workbook (.xlsx). Nothing is written "
                   "to the project before the last step."));
    m_fileLabel->setText(tr("&File:"));
    m_pathEdit->setPlaceholderText(tr("Path of the file to import"));
    m_browseButton->setText(tr("&Browse…"));
    m_tableLabel->setText(tr("&Import into:"));
    for (int i = 0; i < m_tableCombo->count(); ++i)
        m_tableCombo->setItemText(i, tableLabel(m_tableCombo->itemData(i).toString()));
    m_formatBox->setTitle(tr("Text format"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_delimiterLabel->setText(tr("&Delimiter:"));
    //: Check box: the first line of the file holds the column names
    m_headerCheck->setText(tr("First line holds the column &names"));
    for (int i = 0; i < m_encodingCombo->count(); ++i) {
        m_encodingCombo->setItemText(
            i,
            WizardText::encodingLabel(CsvFormat::Encoding(m_encodingCombo->itemData(i).toInt())));
    }
    for (int i = 0; i < m_delimiterCombo->count(); ++i)
        m_delimiterCombo->setItemText(
            i, WizardText::delimiterLabel(m_delimiterCombo->itemData(i).toChar()));
    updateTexts();
}

void ImportFilePage::initializePage()
{
    m_pathEdit->setText(QDir::toNativeSeparators(m_state->filePath));
    m_tableCombo->setCurrentIndex(m_tableCombo->findData(QString(tableSpec(m_state->table).name)));
    updateTexts();
}

void ImportFilePage::setFilePath(const QString &filePath)
{
    m_state->filePath = filePath;
    m_state->csvFormat = CsvFormat::Overrides();
    m_state->sheet.clear();
    m_state->inspection = ImportPreview();
    m_state->tableChosenByUser = false;
    m_pathEdit->setText(QDir::toNativeSeparators(filePath));
    inspect();
}

bool ImportFilePage::isInspecting() const
{
    return m_loader->isLoading();
}

void ImportFilePage::browse()
{
    const QString start = m_state->filePath.isEmpty()
        ? QFileInfo(m_state->projectPath).absolutePath()
        : QFileInfo(m_state->filePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, WizardText::importTitle(), start,
        tr("Spreadsheets and text exports (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportFilePage::inspect()
{
    if (m_state->filePath.isEmpty()) {
        updateTexts();
        Q_EMIT completeChanged();
        return;
    }
    ImportPreview::Request request;
    request.filePath = m_state->filePath;
    request.csvFormat = m_state->csvFormat;
    request.rowLimit = 0;
    request.sampleLimit = 0;
    m_loader->load(request);
    updateTexts();
    Q_EMIT completeChanged();
}

void ImportFilePage::showInspection(const ImportPreview &inspection)
{
    m_state->inspection = inspection;
    m_tableGuessed = false;
    if (!m_state->tableChosenByUser && !inspection.headers.isEmpty()) {
        if (const auto table = ImportPreview::guessTable(inspection.headers)) {
            m_state->table = *table;
            m_tableGuessed = true;
        }
    }
    m_tableCombo->setCurrentIndex(m_tableCombo->findData(QString(tableSpec(m_state->table).name)));
    updateTexts();
    Q_EMIT completeChanged();
    Q_EMIT inspected(isComplete());
}

void ImportFilePage::updateTexts()
{
    const ImportPreview &inspection = m_state->inspection;
    const bool loading = m_loader->isLoading();
    const bool text = !loading && !inspection.workbook && !inspection.filePath.isEmpty();

    if (m_state->filePath.isEmpty()) {
        WizardText::showNote(m_status, QString());
    } else if (loading) {
        WizardText::showNote(m_status, tr("Reading the file…"));
    } else if (inspection.error.isError()
               && !(inspection.workbook && !inspection.sheetNames.isEmpty())) {
        WizardText::showProblem(m_status, inspection.error.message);
    } else if (inspection.workbook) {
        WizardText::showNote(
            m_status,
            tr("Excel workbook. Sheets: %1.").arg(WizardText::shortList(inspection.sheetNames)));
    } else {
        WizardText::showNote(m_status,
                             tr("Delimited text. Columns (%1): %2.")
                                 .arg(inspection.headers.size())
                                 .arg(WizardText::shortList(inspection.headers)));
    }

    // The required fields, so the user sees what the file must provide.
    QStringList required;
    for (const FieldSpec &field : tableSpec(m_state->table).fields) {
        if (!field.required)
            continue;
        QString label = fieldLabel(QString(field.name));
        // What a real export may hold instead (DerivationOptions).
        if (field.name == QLatin1String("signup_date"))
            label += QLatin1Char(' ') + tr("(or a tenure, with the day of the snapshot)");
        else if (field.name == QLatin1String("amount"))
            label += QLatin1Char(' ') + tr("(or a quantity and a unit price)");
        required.append(label);
    }
    const QString needs = tr("Needs: %1.").arg(QLocale().createSeparatedList(required));
    m_tableHint->setText(m_tableGuessed ? tr("Guessed from the column names. %1").arg(needs)
                                        : needs);

    m_formatBox->setVisible(text);
    if (text) {
        const CsvFormat &format = inspection.csvFormat;
        // Utf8Bom is how detection names a UTF-8 file that starts with a BOM.
        m_encodingCombo->setCurrentIndex(m_encodingCombo->findData(int(format.encoding)));
        m_delimiterCombo->setCurrentIndex(m_delimiterCombo->findData(format.delimiter));
        if (m_delimiterCombo->currentIndex() < 0) {
            m_delimiterCombo->addItem(WizardText::delimiterLabel(format.delimiter),
                                      format.delimiter);
            m_delimiterCombo->setCurrentIndex(m_delimiterCombo->count() - 1);
        }
        m_headerCheck->setChecked(format.hasHeader);
        const CsvFormat::Overrides &forced = m_state->csvFormat;
        //: Beside a setting of the text format: found by reading the file
        const QString detected = tr("detected");
        const QString chosen = WizardText::yourChoice();
        m_encodingSource->setText(forced.encoding ? chosen : detected);
        m_delimiterSource->setText(forced.delimiter ? chosen : detected);
        m_headerSource->setText(forced.hasHeader ? chosen : detected);
    }
}

bool ImportFilePage::isComplete() const
{
    const ImportPreview &inspection = m_state->inspection;
    if (m_loader->isLoading() || m_state->filePath.isEmpty()
        || inspection.filePath != m_state->filePath) {
        return false;
    }
    if (inspection.workbook)
        return !inspection.sheetNames.isEmpty();
    return inspection.isValid();
}

bool ImportFilePage::validatePage()
{
    return isComplete();
}

int ImportFilePage::nextId() const
{
    return int(m_state->inspection.workbook ? ImportPage::Sheet : ImportPage::Preview);
}

void ImportFilePage::chooseTable(int index)
{
    if (const TableSpec *table = tableSpecByName(m_tableCombo->itemData(index).toString()))
        m_state->table = table->table;
    m_state->tableChosenByUser = true;
    m_tableGuessed = false;
    updateTexts();
}

void ImportFilePage::chooseEncoding(int index)
{
    m_state->csvFormat.encoding = CsvFormat::Encoding(m_encodingCombo->itemData(index).toInt());
    inspect();
}

void ImportFilePage::chooseDelimiter(int index)
{
    m_state->csvFormat.delimiter = m_delimiterCombo->itemData(index).toChar();
    inspect();
}

void ImportFilePage::chooseHeader(bool hasHeader)
{
    m_state->csvFormat.hasHeader = hasHeader;
    inspect();
}
