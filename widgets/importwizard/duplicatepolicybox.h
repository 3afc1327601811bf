// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canonicalschema.h"
#include "importrequest.h"

#include <QGroupBox>

class QLabel;
class QRadioButton;

// What to do with a row whose key is already in the project or earlier in the
// file: skip it, replace the stored row, or import nothing. One sentence
// under each choice says what it does.
class DuplicatePolicyBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit DuplicatePolicyBox(QWidget *parent = nullptr);

    void setTable(CanonicalTable table); // names the key in the title
    void setPolicy(DuplicatePolicy policy);
    DuplicatePolicy policy() const;

Q_SIGNALS:
    void policyChanged(DuplicatePolicy policy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    CanonicalTable m_table = CanonicalTable::Customers;
    QLabel *m_question;
    QRadioButton *m_skip;
    QLabel *m_skipNote;
    QRadioButton *m_replace;
    QLabel *m_replaceNote;
    QRadioButton *m_fail;
    QLabel *m_failNote;
};
