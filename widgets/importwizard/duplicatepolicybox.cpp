// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatepolicybox.h"

#include "fieldlabels.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>

#include <utility>

DuplicatePolicyBox::DuplicatePolicyBox(QWidget *parent)
    : QGroupBox(parent)
    , m_question(new QLabel(this))
    , m_skip(new QRadioButton(this))
    , m_skipNote(new QLabel(this))
    , m_replace(new QRadioButton(this))
    , m_replaceNote(new QLabel(this))
    , m_fail(new QRadioButton(this))
    , m_failNote(new QLabel(this))
{
    auto *group = new QButtonGroup(this);
    auto *layout = new QGridLayout(this);
    layout->setVerticalSpacing(0);
    // The notes sit under their button's text, past the indicator.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    m_question->setWordWrap(true);
    m_question->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(m_question, 0, 0);
    int row = 1;
    for (auto [button, note] :
         {std::pair {m_skip, m_skipNote}, std::pair {m_replace, m_replaceNote},
          std::pair {m_fail, m_failNote}}) {
        group->addButton(button);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setContentsMargins(indent, 0, 0, 4);
        layout->addWidget(button, row++, 0);
        layout->addWidget(note, row++, 0);
        connect(button, &QRadioButton::clicked, this, [this] { Q_EMIT policyChanged(policy()); });
    }
    m_skip->setChecked(true);
    retranslate();
}

void DuplicatePolicyBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void DuplicatePolicyBox::setTable(CanonicalTable table)
{
    m_table = table;
    retranslate();
}

void DuplicatePolicyBox::setPolicy(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip:
        m_skip->setChecked(true);
        break;
    case DuplicatePolicy::Replace:
        m_replace->setChecked(true);
        break;
    case DuplicatePolicy::Fail:
        m_fail->setChecked(true);
        break;
    }
}

DuplicatePolicy DuplicatePolicyBox::policy() const
{
    if (m_replace->isChecked())
        return DuplicatePolicy::Replace;
    if (m_fail->isChecked())
        return DuplicatePolicy::Fail;
    return DuplicatePolicy::Skip;
}

void DuplicatePolicyBox::retranslate()
{
    const QString key = fieldLabel(QString(tableSpec(m_table).keyField));
    setTitle(tr("Duplicate keys"));
    //: %1 is the key field, e.g. "Customer ID"
    m_question->setText(
        tr("Rows whose %1 is already in the project, or earlier in the file:").arg(key));
    //: Duplicate policy: keep the stored row
    m_skip->setText(tr("&Skip them"));
    m_skipNote->setText(tr("The stored row stays as it is; the new one is listed with the "
                           "rejected rows."));
    //: Duplicate policy: overwrite the stored row
    m_replace->setText(tr("&Replace the stored row"));
    m_replaceNote->setText(tr("The file's values overwrite it; rows that refer to it stay "
                              "linked."));
    //: Duplicate policy: abort the import
    m_fail->setText(tr("S&top the import"));
    m_failNote->setText(tr("Nothing is imported if any key is already there or appears twice "
                           "in the file."));
}
