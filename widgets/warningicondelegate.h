// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Draws the style's warning icon in cells whose `warningRole` holds text (the
// model keeps icons out of models/); the sentence itself is the tooltip.
class WarningIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    WarningIconDelegate(int warningRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_warningRole;
};
