// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecopy.h"

#include "csvexportchoice.h"
#include "exportlocation.h"
#include "tablecsvexport.h"
#include "tabletext.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QMessageBox>

namespace {

struct TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)
};

// Re-applies the actions' texts when the language changes.
class CopyActionTexts : public QObject
{
public:
    CopyActionTexts(QAction *copy, QAction *copyAll, QAction *exportCsv, QAbstractItemView *view)
        : QObject(view)
        , m_copy(copy)
        , m_copyAll(copyAll)
        , m_exportCsv(exportCsv)
    {
        retranslate();
        view->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate()
    {
        m_copy->setText(copyActionText());
        m_copyAll->setText(TableCopy::tr("Copy &Table"));
        m_exportCsv->setText(exportCsvActionText());
    }

    QAction *m_copy;
    QAction *m_copyAll;
    QAction *m_exportCsv;
};

} // namespace

QString copyActionText()
{
    return TableCopy::tr("&Copy");
}

QString exportCsvActionText()
{
    return TableCopy::tr("&Export as CSV…");
}

QString exportCsvTitle()
{
    return TableCopy::tr("Export as CSV");
}

void copyTableToClipboard(const QAbstractItemView *view, bool all)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QModelIndexList indexes;
    if (all) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                indexes << model->index(row, column);
        }
    } else {
        indexes = view->selectionModel() ? view->selectionModel()->selectedIndexes()
                                         : QModelIndexList();
    }
    const QString text = indexesToTsv(indexes);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool exportTableAsCsv(QAbstractItemView *view, const TableCopyOptions &options)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return false;
    QString name = options.fileName ? options.fileName() : QString();
    if (name.isEmpty())
        name = TableCopy::tr("table");
    const QString path
        = CsvExportChoice::askPath(view, exportCsvTitle(),
                                   ExportLocation::proposedPath(name, QStringLiteral("csv")))
              .path;
    if (path.isEmpty())
        return false;
    TableCsvExport::Options exportOptions;
    exportOptions.rawRole = options.rawRole;
    exportOptions.dialect = CsvExportChoice::remembered();
    const TableCsvExport::Outcome outcome = TableCsvExport::write(*model, path, exportOptions);
    if (!outcome.ok()) {
        QMessageBox::warning(view, exportCsvTitle(), outcome.message);
        return false;
    }
    ExportLocation::announceSaved(view->window(), path);
    return true;
}

QAction *installTableCopy(QAbstractItemView *view, const TableCopyOptions &options)
{
    auto *copy = new QAction(view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view,
                     [view] { copyTableToClipboard(view, false); });
    auto *copyAll = new QAction(view);
    QObject::connect(copyAll, &QAction::triggered, view,
                     [view] { copyTableToClipboard(view, true); });
    auto *exportCsv = new QAction(view);
    exportCsv->setObjectName(QStringLiteral("ExportTableAsCsv"));
    QObject::connect(exportCsv, &QAction::triggered, view,
                     [view, options] { exportTableAsCsv(view, options); });
    view->addAction(copy);
    view->addAction(copyAll);
    view->addAction(exportCsv);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    new CopyActionTexts(copy, copyAll, exportCsv, view);
    return copy;
}
