// SPDX-License-Identifier: GPL-3.0-or-later
#include "warningicondelegate.h"

#include <QApplication>
#include <QStyle>

WarningIconDelegate::WarningIconDelegate(int warningRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_warningRole(warningRole)
{ }

void WarningIconDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_warningRole).toString().isEmpty())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
    option->decorationSize = QSize(size, size);
    option->decorationAlignment = Qt::AlignCenter;
    option->displayAlignment = Qt::AlignCenter;
}
