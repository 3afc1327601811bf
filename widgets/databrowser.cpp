#include "databrowser.h"

#include "fieldlabels.h"
#include "tablebrowsermodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

DataBrowser::DataBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new TableBrowserModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_filterDelay(new QTimer(this))
{
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->horizontalHeader()->setStretchLastSection(true);

    // Typing is debounced so each keystroke does not restart a query.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this,
            [this] { m_model->setFilterText(m_filter->text().trimmed()); });
    connect(m_model, &TableBrowserModel::totalRowCountChanged, this, [this](qint64 count) {
        updateCountLabel(count);
        Q_EMIT rowCountChanged(count);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_view->horizontalHeader()->resizeSections(QHeaderView::Interactive); });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 4, 8, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    retranslate();
}

void DataBrowser::setProject(const QString &projectPath)
{
    m_model->setProject(projectPath);
}

void DataBrowser::setTable(const QString &table)
{
    if (table == m_model->table())
        return;
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setTable(table);
}

QString DataBrowser::table() const
{
    return m_model->table();
}

void DataBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void DataBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DataBrowser::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter rows: type text found in any column (Ctrl+F)"));
    updateCountLabel(m_count);
}

void DataBrowser::updateCountLabel(qint64 count)
{
    m_count = count;
    if (count < 0)
        m_countLabel->setText(tr("Counting rows…"));
    else {
        const int shown = int(qMin(count, qint64(INT_MAX)));
        m_countLabel->setText(tr("%Ln row(s)", nullptr, shown));
    }
}
