// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "headermatcher.h"
#include "importpreview.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// The mapping page's settings for real exports (DerivationOptions): the day a
// snapshot extract was taken and the unit of its tenure, order lines and the
// prefix of cancellations, and creating the customers a file of events names.
// Only what the table and the mapped columns can use is shown, with a preview
// of the first rows' derived values, before anything is written.
class DerivationsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit DerivationsBox(QWidget *parent = nullptr);

    // The file (its name may hold the snapshot date), its first rows, and the
    // mapping whose derivations the box edits.
    void setSource(const QString &filePath, const ImportPreview &preview);
    void setMapping(const FieldMapping &mapping);
    DerivationOptions options() const;
    // Whether anything applies to this table and mapping (else the box hides).
    bool isRelevant() const;

    // A date written in a file name ("churn_2024-01-31.csv", "export_20240131"),
    // the usual day of a snapshot extract; invalid when there is none.
    static QDate dateInFileName(const QString &filePath);

Q_SIGNALS:
    void optionsChanged(const DerivationOptions &options);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateVisibility();
    void updatePreview();
    void emitChange();
    QString firstValue(const QString &field, int row) const;
    ValueParsers::DecimalSeparator separatorOf(const QString &field) const;

    FieldMapping m_mapping;
    ImportPreview m_preview;
    QDate m_fileDate;
    QCheckBox *m_snapshot;
    QDateEdit *m_snapshotDate;
    QLabel *m_unitLabel;
    QComboBox *m_unit;
    QCheckBox *m_orderLines;
    QLabel *m_prefixLabel;
    QLineEdit *m_prefix;
    QCheckBox *m_create;
    QCheckBox *m_hashKeys;
    QLabel *m_derivedPreview;
};
