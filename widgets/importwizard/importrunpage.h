// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importresult.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
struct ImportProgress;
struct ImportWizardState;

// Page 6 of the import wizard: runs Importer::run on the thread pool with a
// progress bar in bytes (both passes over the file share one scale) and a
// Cancel button, then shows the summary: rows read, imported and rejected,
// the first reasons as "line N, column X: reason", the warnings, and a button
// that exports this import's rejected rows to CSV.
//
// Cancel makes the importer's progress callback answer false; the importer
// then rolls back and still returns a result (cancelled), so finished() always
// comes. The worker gets a copy of the request and a shared cancel flag,
// never a pointer into the wizard.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(std::shared_ptr<ImportWizardState> state, QWidget *parent = nullptr);
    ~ImportRunPage() override;

    bool isRunning() const { return m_running; }
    const ImportResult &result() const { return m_result; }
    QString resultText() const; // the summary as plain text, for tests
    // The page's title once an import ends: what happened, with the counts.
    static QString outcomeTitle(const ImportResult &result);
    QProgressBar *progressBar() const { return m_progress; }
    QString summaryText() const; // plain text, for tests

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

public Q_SLOTS:
    void cancelImport();
    // Writes the rejected rows of this import to `csvPath` off the UI thread;
    // rejectedRowsExported() tells how it went. The button asks for the path.
    void exportRejectedRows(const QString &csvPath);

Q_SIGNALS:
    void importFinished(const ImportResult &result);
    void rejectedRowsExported(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void start();
    void finish();
    void chooseExportFile();
    void updateTexts();
    QString summaryHtml() const;
    static QString progressText(const ImportProgress &progress);

    std::shared_ptr<ImportWizardState> m_state;
    QLabel *m_phase;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QTextBrowser *m_summary;
    QPushButton *m_exportButton;
    QPushButton *m_backButton;
    QLabel *m_exportMessage;
    QFutureWatcher<ImportResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    ImportResult m_result;
};
