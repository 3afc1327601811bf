// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator.h"

#include "assumptionlabels.h"
#include "canonicalschema.h"
#include "commontext.h"
#include "fieldlabels.h"
#include "metriclabels.h"
#include "metricresult.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

Navigator::Navigator(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_projectItem(new QStandardItem)
    , m_tablesItem(new QStandardItem)
    , m_metricsItem(new QStandardItem)
    , m_assumptionsItem(new QStandardItem)
    , m_importsItem(new QStandardItem)
{
    m_projectItem->setData(int(PageKind::Overview), KindRole);
    m_projectItem->setEditable(false);
    m_tablesItem->setSelectable(false);
    m_tablesItem->setEditable(false);
    for (const TableSpec &spec : canonicalTables()) {
        auto *item = new QStandardItem;
        item->setEditable(false);
        item->setData(int(PageKind::Table), KindRole);
        item->setData(QString(spec.name), IdRole);
        m_tablesItem->appendRow(item);
    }
    m_metricsItem->setSelectable(false);
    m_metricsItem->setEditable(false);
    for (const QString &id : metricGroupIds()) {
        auto *item = new QStandardItem;
        item->setEditable(false);
        item->setData(int(PageKind::Metric), KindRole);
        item->setData(id, IdRole);
        m_metricsItem->appendRow(item);
    }
    auto *roiItem = new QStandardItem;
    roiItem->setEditable(false);
    roiItem->setData(int(PageKind::Roi), KindRole);
    roiItem->setData(QStringLiteral("roi"), IdRole);
    m_metricsItem->appendRow(roiItem);
    auto *comparisonItem = new QStandardItem;
    comparisonItem->setEditable(false);
    comparisonItem->setData(int(PageKind::Metric), KindRole);
    comparisonItem->setData(QStringLiteral("comparison"), IdRole);
    m_metricsItem->appendRow(comparisonItem);
    m_assumptionsItem->setEditable(false);
    m_assumptionsItem->setData(int(PageKind::Assumptions), KindRole);
    m_model->appendRow(m_projectItem);
    m_model->appendRow(m_tablesItem);
    m_model->appendRow(m_metricsItem);
    m_importsItem->setEditable(false);
    m_importsItem->setData(int(PageKind::Imports), KindRole);
    m_model->appendRow(m_assumptionsItem);
    m_model->appendRow(m_importsItem);

    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->expandAll();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || !current.data(KindRole).isValid())
                    return;
                Q_EMIT pageRequested(PageKind(current.data(KindRole).toInt()),
                                     current.data(IdRole).toString());
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslate();
}

void Navigator::setProjectName(const QString &name)
{
    m_projectName = name;
    retranslate();
}

void Navigator::setTableCounts(const QList<qint64> &counts)
{
    m_counts = counts;
    retranslate();
}

void Navigator::setImports(const QList<ImportItem> &imports)
{
    // Keep the user's place: the selected import stays selected.
    const QModelIndex current = m_view->currentIndex();
    const bool importSelected = current.isValid()
        && current.data(KindRole).toInt() == int(PageKind::Imports)
        && !current.data(IdRole).toString().isEmpty();
    const QString selectedId = importSelected ? current.data(IdRole).toString() : QString();
    const QSignalBlocker blocker(m_view->selectionModel());
    m_importsItem->removeRows(0, m_importsItem->rowCount());
    for (const ImportItem &import : imports) {
        auto *item = new QStandardItem(import.title);
        item->setEditable(false);
        item->setToolTip(import.toolTip);
        item->setData(int(PageKind::Imports), KindRole);
        item->setData(QString::number(import.id), IdRole);
        m_importsItem->appendRow(item);
    }
    m_importCount = int(imports.size());
    retranslate();
    if (importSelected) {
        if (QStandardItem *item = findItem(PageKind::Imports, selectedId))
            m_view->setCurrentIndex(item->index());
        else
            m_view->setCurrentIndex(m_importsItem->index());
    }
}

void Navigator::selectPage(PageKind kind, const QString &id)
{
    if (QStandardItem *item = findItem(kind, id))
        m_view->setCurrentIndex(item->index());
}

QStandardItem *Navigator::findItem(PageKind kind, const QString &id) const
{
    if (kind == PageKind::Overview)
        return m_projectItem;
    if (kind == PageKind::Assumptions)
        return m_assumptionsItem;
    if (kind == PageKind::Imports && id.isEmpty())
        return m_importsItem;
    QStandardItem *parent = kind == PageKind::Table ? m_tablesItem
        : kind == PageKind::Imports                 ? m_importsItem
                                                    : m_metricsItem;
    for (int row = 0; row < parent->rowCount(); ++row) {
        QStandardItem *item = parent->child(row);
        if (item->data(KindRole).toInt() == int(kind) && item->data(IdRole).toString() == id)
            return item;
    }
    return nullptr;
}

void Navigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Navigator::retranslate()
{
    const QLocale locale;
    m_projectItem->setText(m_projectName.isEmpty() ? tr("Project") : m_projectName);
    m_projectItem->setToolTip(tr("Overview of the project"));
    m_tablesItem->setText(tr("Tables"));
    for (int row = 0; row < m_tablesItem->rowCount(); ++row) {
        QStandardItem *item = m_tablesItem->child(row);
        QString text = tableLabel(item->data(IdRole).toString());
        if (row < m_counts.size())
            text = CommonText::withAside(text, locale.toString(m_counts[row]));
        item->setText(text);
    }
    m_metricsItem->setText(tr("Metrics"));
    m_assumptionsItem->setText(AssumptionLabels::title());
    m_assumptionsItem->setToolTip(tr("Costs, dates and horizon that turn differences into money"));
    m_importsItem->setText(tr("Import history (%1)").arg(locale.toString(m_importCount)));
    m_importsItem->setToolTip(tr("Every file imported: how it was read, its rejected rows, undo"));
    for (int row = 0; row < m_metricsItem->rowCount(); ++row) {
        QStandardItem *item = m_metricsItem->child(row);
        const QString id = item->data(IdRole).toString();
        item->setText(metricGroupTitle(id));
        // The note's first sentence says what the pane is about.
        const QString note = metricGroupNote(id);
        const qsizetype end = note.indexOf(QLatin1String(". "));
        item->setToolTip(end > 0 ? note.left(end + 1) : note);
    }
}
