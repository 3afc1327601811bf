// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include <vector>

class QAction;
class QTreeWidget;

// Help > Keyboard shortcuts: the window's actions that have a shortcut, as
// their menus name them, with the keys in the platform's words. Read from
// the actions when shown, so the list never drifts from the program.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString action; // the action's text without its mnemonic
        QString keys; // every shortcut of the action, native text
    };

    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // The actions with a shortcut, in the order given, each once.
    static std::vector<Entry> entries(const QList<QAction *> &actions);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};
