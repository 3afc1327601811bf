// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importhistory.h"
#include "jobtracker.h"

#include <QWidget>

class ImportHistoryModel;
class QLabel;
class QPushButton;
class QTableView;

// The Import history page: every import of the project, newest first, with
// its file, time and counts; the selected one's details (where the file
// was, its SHA-256, how its columns were read and its values derived); its
// rejected rows (RejectedRowsDialog) and "Undo this import".
//
// Reading the history, previewing and running an undo happen on the thread
// pool; the page only shows their answers.
class ImportHistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportHistoryPage(QWidget *parent = nullptr);

    void setProject(const QString &projectPath);
    void reload();
    void selectImport(qint64 importId);
    qint64 selectedImport() const;
    ImportHistoryModel *model() const { return m_model; }

    // The last outcome shown (an undo's, a re-import's), for tests.
    QString message() const;

public Q_SLOTS:
    void undoSelected();
    void showRejectedRows();

Q_SIGNALS:
    void historyLoaded(const QList<ImportHistory::Entry> &entries);
    // An undo or an import of fixed rows changed the project's rows.
    void projectChanged();
    // Emitted when an undo finished, ok or not (tests wait for it).
    void undoFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetails();
    void showMessage(const QString &text, bool problem);
    const ImportHistory::Entry *selectedEntry() const;
    void runUndo(qint64 importId);

    QString m_projectPath;
    QLabel *m_title;
    QLabel *m_intro;
    QTableView *m_view;
    ImportHistoryModel *m_model;
    QLabel *m_details;
    QPushButton *m_rejectedButton;
    QPushButton *m_undoButton;
    QLabel *m_message;
    qint64 m_pendingSelection = 0;
    bool m_busy = false;
    JobTracker m_loadJob;
};
