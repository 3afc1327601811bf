// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "importfilepage.h"
#include "importmappingpage.h"
#include "importpreviewpage.h"
#include "importreportpage.h"
#include "importrunpage.h"
#include "importsheetpage.h"
#include "importwizardstate.h"
#include "wizardtext.h"

#include <QEvent>
#include <QFileInfo>

ImportWizard::ImportWizard(const QString &projectPath, const QString &filePath, QWidget *parent)
    : QWizard(parent)
    , m_state(std::make_shared<ImportWizardState>())
    , m_filePage(new ImportFilePage(m_state, this))
    , m_sheetPage(new ImportSheetPage(m_state, this))
    , m_previewPage(new ImportPreviewPage(m_state, this))
    , m_mappingPage(new ImportMappingPage(m_state, this))
    , m_reportPage(new ImportReportPage(m_state, this))
    , m_runPage(new ImportRunPage(m_state, this))
{
    m_state->projectPath = projectPath;
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(int(ImportPage::File), m_filePage);
    setPage(int(ImportPage::Sheet), m_sheetPage);
    setPage(int(ImportPage::Preview), m_previewPage);
    setPage(int(ImportPage::Mapping), m_mappingPage);
    setPage(int(ImportPage::Report), m_reportPage);
    setPage(int(ImportPage::Run), m_runPage);
    setStartId(int(ImportPage::File));
    setMinimumSize(720, 520);
    resize(900, 640);

    connect(m_runPage, &ImportRunPage::importFinished, this, [this](const ImportResult &result) {
        Q_EMIT importFinished(result);
        if (m_closeWhenFinished)
            QWizard::reject();
    });
    connect(m_filePage, &ImportFilePage::inspected, this, [this](bool ok) {
        if (!ok)
            m_advanceAfterInspection = false; // stay: the first page says what is wrong
        advanceAfterInspection();
    });
    retranslate();

    if (!filePath.isEmpty()) {
        m_advanceAfterInspection = true;
        m_filePage->setFilePath(filePath);
    }
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::canImport(const QString &filePath)
{
    static const QStringList suffixes = {
        QStringLiteral("csv"),  QStringLiteral("tsv"),  QStringLiteral("txt"),
        QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("xls"),
    };
    const QFileInfo info(filePath);
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        // Closing mid-import cancels it; close once the importer has rolled back.
        m_closeWhenFinished = true;
        m_runPage->cancelImport();
        return;
    }
    QWizard::reject();
}

void ImportWizard::advanceAfterInspection()
{
    // Before the wizard is first shown it has no current page; showEvent()
    // comes back here.
    if (!m_advanceAfterInspection || currentId() != int(ImportPage::File)
        || !m_filePage->isComplete()) {
        return;
    }
    m_advanceAfterInspection = false;
    next();
}

void ImportWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    advanceAfterInspection();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(WizardText::importTitle());
}
