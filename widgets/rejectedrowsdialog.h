// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importhistory.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class RejectedRecordsModel;

// The rejected rows of one import, in the file's columns, with the reason
// for each. The user fixes values in place (or exports the rows to CSV or
// XLSX to look at them elsewhere) and imports the rows still rejected again,
// with the import's own mapping: they go into a file of their own, which
// the new import's record names. Rows it takes in are marked fixed.
class RejectedRowsDialog : public QDialog
{
    Q_OBJECT

public:
    RejectedRowsDialog(const QString &projectPath, const ImportHistory::Entry &entry,
                       QWidget *parent = nullptr);

    RejectedRecordsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString message() const;

    // The steps behind the buttons, for tests: a file path instead of a dialog.
    void exportTo(const QString &path);
    void importFixedRowsFrom(const QString &fixedFilePath);
    // Where socialroi-xlsx-writer is (default: XlsxReport::defaultHelperPath()).
    void setXlsxWriterPath(const QString &path) { m_xlsxWriterPath = path; }

Q_SIGNALS:
    void rowsLoaded();
    void exported(bool ok);
    void rowsImported(qint64 newImportId);
    void reimportFinished(bool ok);

private:
    void load();
    void chooseExport(const QString &suffix);
    void importFixedRows();
    void showMessage(const QString &text, bool problem);
    void updateButtons();

    QString m_projectPath;
    ImportHistory::Entry m_entry;
    QLabel *m_intro;
    QTableView *m_view;
    RejectedRecordsModel *m_model;
    QCheckBox *m_showFixed;
    QPushButton *m_exportCsv;
    QPushButton *m_exportXlsx;
    QPushButton *m_import;
    QLabel *m_message;
    QString m_xlsxWriterPath;
    bool m_busy = false;
};
