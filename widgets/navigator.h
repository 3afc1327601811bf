// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QStandardItem;
class QStandardItemModel;
class QTreeView;

// The left-hand tree: the project's overview, its raw tables, its metrics
// (one entry per metric group, then the ROI summary), the assumptions, and
// its import history (one entry per import, newest first). Emits
// pageRequested when the user picks an entry.
class Navigator : public QWidget
{
    Q_OBJECT

public:
    enum class PageKind { Overview, Table, Metric, Roi, Assumptions, Imports };

    struct ImportItem
    {
        qint64 id = 0;
        QString title; // "customers.csv, 7 Dec 2026"
        QString toolTip;
    };

    explicit Navigator(QWidget *parent = nullptr);

    void setProjectName(const QString &name);
    void setTableCounts(const QList<qint64> &counts); // in canonical table order
    void setImports(const QList<ImportItem> &imports); // newest first
    void selectPage(PageKind kind, const QString &id = QString());
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void pageRequested(Navigator::PageKind kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Role { KindRole = Qt::UserRole + 1, IdRole };
    void retranslate();
    QStandardItem *findItem(PageKind kind, const QString &id) const;

    QStandardItemModel *m_model;
    QTreeView *m_view;
    QStandardItem *m_projectItem;
    QStandardItem *m_tablesItem;
    QStandardItem *m_metricsItem;
    QStandardItem *m_assumptionsItem;
    QStandardItem *m_importsItem;
    QString m_projectName;
    QList<qint64> m_counts;
    int m_importCount = 0;
};
