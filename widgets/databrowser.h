// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QLineEdit;
class QTableView;
class QTimer;
class TableBrowserModel;

// Browses one raw table of the project: sortable columns, a text filter over
// every column, rows loaded lazily as the user scrolls.
class DataBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit DataBrowser(QWidget *parent = nullptr);

    // While the rows of the table are being counted: "Counting rows…".
    static QString countingRowsText();

    void setProject(const QString &projectPath);
    void setTable(const QString &table);
    QString table() const;
    TableBrowserModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void focusFilter();
    QAction *exportAction() const { return m_exportAction; }
    // Writes every row of the table as shown (filter and sort) to `path`, off
    // the UI thread, with a progress dialog that can cancel. Asks for the
    // file when `path` is empty.
    void exportAsCsv(const QString &path = QString());

Q_SIGNALS:
    // -1 while counting.
    void rowCountChanged(qint64 count);
    // A sentence for the status bar: what an export wrote, or why it did not.
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCountLabel(qint64 count);

    TableBrowserModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_countLabel;
    // Why the rows stopped (a failed read), with a retry; hidden otherwise.
    QLabel *m_problem;
    QPushButton *m_retry;
    QTimer *m_filterDelay;
    QAction *m_exportAction;
    qint64 m_count = 0;
    bool m_exporting = false;
};
