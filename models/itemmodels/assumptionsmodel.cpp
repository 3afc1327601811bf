// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptionsmodel.h"

#include "assumptionlabels.h"
#include "datetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

// One edit of one assumption, undoable.
class AssumptionChange : public QUndoCommand
{
public:
    AssumptionChange(AssumptionsModel *model, int row, QString before, QString after)
        : m_model(model)
        , m_row(row)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(AssumptionLabels::keyLabel(Assumptions::specs()[size_t(row)].key));
    }
    void undo() override { m_model->applyValue(m_row, m_before); }
    void redo() override { m_model->applyValue(m_row, m_after); }

private:
    AssumptionsModel *m_model;
    int m_row;
    QString m_before;
    QString m_after;
};

AssumptionsModel::AssumptionsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_assumptions(Assumptions::defaults())
    , m_undoStack(new QUndoStack(this))
{ }

void AssumptionsModel::setAssumptions(const Assumptions &assumptions)
{
    beginResetModel();
    m_assumptions = assumptions;
    m_undoStack->clear();
    endResetModel();
}

int AssumptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Assumptions::specs().size());
}

int AssumptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags AssumptionsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.column() == ValueColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QString AssumptionsModel::displayValue(int row, const Assumptions &assumptions) const
{
    const Assumptions::Spec &spec = Assumptions::specs()[size_t(row)];
    const QString text = assumptions.value(spec.key);
    const QLocale locale;
    switch (spec.unit) {
    case Assumptions::Unit::Money:
    case Assumptions::Unit::MoneyPerHour:
    case Assumptions::Unit::MoneyPerMonth:
        return locale.toString(text.toDouble(), 'f', 2);
    case Assumptions::Unit::Date:
        if (text.isEmpty()) {
            return spec.key == QLatin1String("as_of_date")
                ? tr("Latest date in the data")
                : tr("Earliest social contact in the data");
        }
        return DateText::medium(QDate::fromString(text, Qt::ISODate), locale);
    case Assumptions::Unit::Rate:
        return locale.toString(100.0 * text.toDouble(), 'f', 1) + locale.percent();
    case Assumptions::Unit::Share:
        if (text.isEmpty())
            return tr("Not set: money is shown as revenue, not profit");
        return locale.toString(100.0 * text.toDouble(), 'f', 1) + locale.percent();
    case Assumptions::Unit::Months:
    case Assumptions::Unit::Days:
        return locale.toString(text.toInt());
    case Assumptions::Unit::Choice:
        return AssumptionLabels::choiceLabel(text);
    case Assumptions::Unit::Currency:
        break;
    }
    return text;
}

QVariant AssumptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Assumptions::Spec &spec = Assumptions::specs()[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return AssumptionLabels::keyLabel(spec.key);
        case ValueColumn:
            return displayValue(index.row(), m_assumptions);
        case UnitColumn:
            return AssumptionLabels::unitLabel(spec.unit, m_assumptions.currency);
        case DefaultColumn:
            return displayValue(index.row(), Assumptions::defaults());
        }
        return {};
    case Qt::EditRole:
    case int(Role::RawValue):
        return m_assumptions.value(spec.key);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (index.column() == ValueColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case int(Role::Key):
        return QString(spec.key);
    case int(Role::Unit):
        return int(spec.unit);
    default:
        return {};
    }
}

bool AssumptionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    return setValueText(index.row(), value.toString());
}

bool AssumptionsModel::setValueText(int row, const QString &text)
{
    if (row < 0 || row >= rowCount())
        return false;
    const QLatin1String key = Assumptions::specs()[size_t(row)].key;
    Assumptions candidate = m_assumptions;
    if (!candidate.setValue(key, text.trimmed()))
        return false;
    const QString before = m_assumptions.value(key);
    const QString after = candidate.value(key);
    if (before == after)
        return true;
    m_undoStack->push(new AssumptionChange(this, row, before, after));
    return true;
}

void AssumptionsModel::applyValue(int row, const QString &text)
{
    m_assumptions.setValue(Assumptions::specs()[size_t(row)].key, text);
    // The currency appears in the unit of every money row.
    Q_EMIT dataChanged(index(0, ValueColumn), index(rowCount() - 1, UnitColumn));
    Q_EMIT assumptionsEdited(m_assumptions);
}

QVariant AssumptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
    case ValueColumn:
    case UnitColumn:
        return AssumptionLabels::headers().value(section);
    case DefaultColumn:
        return tr("Default");
    }
    return {};
}
