// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewmodel.h"

#include "fieldlabels.h"

#include <QColor>
#include <QLocale>

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setPreview(const ImportPreview &preview,
                                    const PreviewValidation &validation)
{
    beginResetModel();
    m_preview = preview;
    m_validation = validation;
    endResetModel();
}

void ImportPreviewModel::setValidation(const PreviewValidation &validation)
{
    m_validation = validation;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void ImportPreviewModel::clear()
{
    setPreview(ImportPreview(), PreviewValidation());
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.headers.size());
}

QColor ImportPreviewModel::problemBackground()
{
    return QColor(0xff, 0xd2, 0xd2);
}

QString ImportPreviewModel::cellProblem(int row, int column) const
{
    if (row >= m_validation.rowCount() || column >= m_validation.columnCount())
        return QString(); // a validation for another preview: show none
    const QString problem = m_validation.problem(row, column);
    return problem.isEmpty() ? m_validation.rowProblem(row) : problem;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    const SourceRecord &record = m_preview.rows[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return record.fields.value(column);
    case Qt::BackgroundRole:
        return cellProblem(row, column).isEmpty() ? QVariant() : QVariant(problemBackground());
    case Qt::ForegroundRole:
        return cellProblem(row, column).isEmpty() ? QVariant() : QVariant(QColor(Qt::black));
    case Qt::ToolTipRole: {
        const QString problem = cellProblem(row, column);
        if (!problem.isEmpty())
            return tr("Would be rejected: %1").arg(problem);
        if (row < m_validation.rowCount() && column < m_validation.columnCount())
            return tr("Looks like: %1")
                .arg(PreviewValidation::kindName(m_validation.kind(row, column)));
        return QVariant();
    }
    case int(Role::Problem):
        return cellProblem(row, column);
    case int(Role::ValueKind):
        return int(m_validation.kind(row, column));
    case int(Role::Line):
        return record.line;
    default:
        return QVariant();
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return QVariant();
        const qint64 line = m_preview.rows[size_t(section)].line;
        if (role == Qt::DisplayRole)
            return QLocale().toString(line);
        if (role == int(Role::Line))
            return line;
        if (role == Qt::ToolTipRole) {
            return m_preview.workbook ? tr("Row %1 of the sheet").arg(line)
                                      : tr("Line %1 of the file").arg(line);
        }
        return QVariant();
    }

    if (section < 0 || section >= columnCount())
        return QVariant();
    const QString header = m_preview.headers.at(section);
    const PreviewValidation::Column *column = m_validation.column(section);
    const FieldSpec *field = column ? column->field : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        //: Column header of the import preview: the file's column name, then
        //: the field of the project it goes to
        return field ? tr("%1\n→ %2").arg(header, fieldLabel(QString(field->name)))
                     : tr("%1\n→ extra attribute").arg(header);
    case Qt::ToolTipRole: {
        QString tip = field ? tr("Column \"%1\" goes to the field %2.")
                                  .arg(header, fieldLabel(QString(field->name)))
                            : tr("Column \"%1\" is kept as an extra attribute (usable as a "
                                 "segment or filter).")
                                  .arg(header);
        if (column) {
            tip += QLatin1Char('\n')
                + tr("Its values look like: %1.").arg(PreviewValidation::kindName(column->kind));
            if (column->problems > 0)
                tip += QLatin1Char('\n')
                    + tr("Values the import would reject in these rows: %1.")
                          .arg(QLocale().toString(column->problems));
        }
        return tip;
    }
    case Qt::ForegroundRole:
        return column && column->problems > 0 ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
    case int(Role::Field):
        return field ? QString(field->name) : QString();
    default:
        return QVariant();
    }
}
