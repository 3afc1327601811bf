#include "navigator.h"

#include "canonicalschema.h"
#include "fieldlabels.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

Navigator::Navigator(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_projectItem(new QStandardItem)
    , m_tablesItem(new QStandardItem)
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
    m_model->appendRow(m_projectItem);
    m_model->appendRow(m_tablesItem);

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

void Navigator::selectPage(PageKind kind, const QString &id)
{
    if (QStandardItem *item = findItem(kind, id))
        m_view->setCurrentIndex(item->index());
}

QStandardItem *Navigator::findItem(PageKind kind, const QString &id) const
{
    if (kind == PageKind::Overview)
        return m_projectItem;
    for (int row = 0; row < m_tablesItem->rowCount(); ++row) {
        QStandardItem *item = m_tablesItem->child(row);
        if (item->data(IdRole).toString() == id)
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
            text = tr("%1 (%2)").arg(text, locale.toString(m_counts[row]));
        item->setText(text);
    }
}
