// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assumptions.h"

#include <QAbstractTableModel>

class QUndoStack;

// The editable assumptions of SPEC section 3 as a table: one row per
// assumption with its value, unit and default. Edits are validated
// (no negative costs, real dates, horizons and windows in range) and go
// through a QUndoStack, so every change can be undone and redone.
// The model holds values only; the editor decides when to store them.
class AssumptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, UnitColumn, DefaultColumn, ColumnCount };
    enum class Role {
        Key = Qt::UserRole + 1, // the stored key, e.g. "cost_per_contact_phone"
        Unit, // Assumptions::Unit as int
        RawValue, // the stored text form
    };

    explicit AssumptionsModel(QObject *parent = nullptr);

    void setAssumptions(const Assumptions &assumptions); // clears the undo history
    const Assumptions &assumptions() const { return m_assumptions; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Sets one value through the undo stack; false (and nothing changes) when
    // the text is not a valid value for that assumption.
    bool setValueText(int row, const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After every change, including undo and redo.
    void assumptionsEdited(const Assumptions &assumptions);

private:
    friend class AssumptionChange;
    void applyValue(int row, const QString &text); // used by the undo command
    QString displayValue(int row, const Assumptions &assumptions) const;

    Assumptions m_assumptions;
    QUndoStack *m_undoStack;
};
