// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importpreview.h"
#include "previewvalidation.h"

#include <QAbstractTableModel>

// The first rows of a file as the import wizard shows them: one column per
// file column, the cells' raw text exactly as read, and what the import would
// make of each cell under the current mapping (PreviewValidation): cells it
// would reject get a soft red background and the reason as tooltip. The
// horizontal header names the file's column and the field it is mapped to;
// the vertical header gives the file line (sheet row for workbooks).
//
// A thin adapter: ImportPreview::read() and PreviewValidation::check() do the
// work; setPreview() resets the model, setValidation() changes the cells'
// decoration in place.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Role {
        Problem = Qt::UserRole, // QString: why the import would reject the cell; empty when fine
        ValueKind, // int: PreviewValidation::ValueKind of the text
        Line, // qint64: file line or sheet row
        Field, // QString (header, horizontal): the canonical field; empty for an extra attribute
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportPreview &preview, const PreviewValidation &validation);
    void setValidation(const PreviewValidation &validation);
    void clear();

    const ImportPreview &preview() const { return m_preview; }
    const PreviewValidation &validation() const { return m_validation; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The soft red of cells the import would reject, readable with the
    // default dark text in light and dark palettes alike.
    static QColor problemBackground();

private:
    QString cellProblem(int row, int column) const;

    ImportPreview m_preview;
    PreviewValidation m_validation;
};
