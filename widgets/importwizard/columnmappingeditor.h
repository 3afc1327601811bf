// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "headermatcher.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;

// One drop-down per column of the file: the table's fields, or "keep as an
// extra attribute" (SPEC section 2: no column of a user's file is dropped).
// Beside each, a sample of the column's values and how sure the automatic
// matching was. A field goes to one column at most: choosing it for a second
// column turns the first into an extra attribute, and notice() says so.
class ColumnMappingEditor : public QWidget
{
    Q_OBJECT

public:
    // Where a column's choice comes from, for the note beside it.
    enum class Source { Automatic, Profile, User };

    explicit ColumnMappingEditor(QWidget *parent = nullptr);

    // `samples` holds a few values of each column, `matches` what automatic
    // matching made of each (HeaderMatcher), in file order.
    void setColumns(CanonicalTable table, const QStringList &headers, const QStringList &samples,
                    const std::vector<HeaderMatch> &matches);
    void setMapping(const FieldMapping &mapping, Source source);
    FieldMapping mapping() const;

    int columnCount() const { return int(m_rows.size()); }
    QComboBox *comboBox(int column) const; // for tests
    // Chooses `field` (empty: extra attribute) for `column`, as the user would.
    void choose(int column, const QString &field);

Q_SIGNALS:
    void mappingChanged();
    void notice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *cell = nullptr; // holds the header and the sample
        QLabel *header = nullptr;
        QLabel *sample = nullptr;
        QComboBox *combo = nullptr;
        QLabel *confidence = nullptr;
        Source source = Source::Automatic;
    };

    void retranslate();
    void fillCombo(QComboBox *combo) const;
    void userChose(int column);
    void updateConfidence(int column);
    QString fieldOf(int column) const;

    CanonicalTable m_table = CanonicalTable::Customers;
    QStringList m_headers;
    std::vector<HeaderMatch> m_matches;
    std::vector<Row> m_rows;
    QGridLayout *m_grid;
    int m_stretchRow = 0; // the empty row below the last column, taking the spare height
    QLabel *m_headerTitle;
    QLabel *m_fieldTitle;
    QLabel *m_confidenceTitle;
};
