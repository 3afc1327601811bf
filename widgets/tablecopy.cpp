#include "tablecopy.h"

#include "tabletext.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QEvent>

namespace {

struct TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)
};

// Re-applies the actions' texts when the language changes.
class CopyActionTexts : public QObject
{
public:
    CopyActionTexts(QAction *copy, QAction *copyAll, QAbstractItemView *view)
        : QObject(view)
        , m_copy(copy)
        , m_copyAll(copyAll)
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
        m_copy->setText(TableCopy::tr("&Copy"));
        m_copyAll->setText(TableCopy::tr("Copy &Table"));
    }

    QAction *m_copy;
    QAction *m_copyAll;
};

} // namespace

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

QAction *installTableCopy(QAbstractItemView *view)
{
    auto *copy = new QAction(view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view,
                     [view] { copyTableToClipboard(view, false); });
    auto *copyAll = new QAction(view);
    QObject::connect(copyAll, &QAction::triggered, view,
                     [view] { copyTableToClipboard(view, true); });
    view->addAction(copy);
    view->addAction(copyAll);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    new CopyActionTexts(copy, copyAll, view);
    return copy;
}
