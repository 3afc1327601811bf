// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importresult.h"

#include <QWizard>

#include <memory>

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportReportPage;
class ImportRunPage;
class ImportSheetPage;
struct ImportWizardState;

// The import wizard of SPEC section 6 (issue 3, item 6): file and table →
// sheet (workbooks only) → preview with problems highlighted → mapping →
// validation report → import with progress and Cancel, on a worker thread so
// the window stays responsive. Every file read and the import itself run off
// the UI thread.
//
// The window opens it from File → Import… (no file: the first page asks) or
// when a file is dropped (the file is inspected and the wizard moves on to
// the next page by itself):
//
//     auto *wizard = new ImportWizard(projectPath, droppedFile, this);
//     wizard->setAttribute(Qt::WA_DeleteOnClose);
//     connect(wizard, &ImportWizard::importFinished, this, &MainWindow::refresh...);
//     wizard->open();
//
// Closing it while an import runs cancels the import (the project is left as
// it was) and closes once the importer has rolled back.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    explicit ImportWizard(const QString &projectPath, const QString &filePath = QString(),
                          QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Whether a dropped file looks importable (by its extension): .csv, .tsv,
    // .txt, .xlsx (also .xlsm, and .xls, which gets a clear message).
    static bool canImport(const QString &filePath);

    ImportWizardState &state() const { return *m_state; }
    ImportFilePage *filePage() const { return m_filePage; }
    ImportSheetPage *sheetPage() const { return m_sheetPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportReportPage *reportPage() const { return m_reportPage; }
    ImportRunPage *runPage() const { return m_runPage; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // Every import that ran, whether it succeeded (result.ok: refresh the
    // window), failed or was cancelled (nothing changed).
    void importFinished(const ImportResult &result);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void advanceAfterInspection();

    // Shared with the pages: they are deleted by QWidget's destructor, after
    // this object's members.
    std::shared_ptr<ImportWizardState> m_state;
    ImportFilePage *m_filePage;
    ImportSheetPage *m_sheetPage;
    ImportPreviewPage *m_previewPage;
    ImportMappingPage *m_mappingPage;
    ImportReportPage *m_reportPage;
    ImportRunPage *m_runPage;
    bool m_advanceAfterInspection = false; // a dropped file: skip the first page once read
    bool m_closeWhenFinished = false;
};
