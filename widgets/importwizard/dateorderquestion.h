// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "previewvalidation.h"
#include "valueparsers.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QRadioButton;

// The question the importer cannot answer alone: are dates like 05/06/2024
// day/month or month/day? Shows the columns concerned and an example from
// the data, read both ways in the user's locale.
class DateOrderQuestion : public QGroupBox
{
    Q_OBJECT

public:
    explicit DateOrderQuestion(QWidget *parent = nullptr);

    // The date columns that need an answer (PreviewValidation::Column with
    // needsDateOrder), and the answer so far.
    void setQuestion(const std::vector<PreviewValidation::Column> &columns,
                     std::optional<ValueParsers::DateOrder> answer);
    std::optional<ValueParsers::DateOrder> answer() const;
    void setAnswer(ValueParsers::DateOrder order); // as the user would

Q_SIGNALS:
    void answered(ValueParsers::DateOrder order);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::vector<PreviewValidation::Column> m_columns;
    QLabel *m_question;
    QRadioButton *m_dayFirst;
    QRadioButton *m_monthFirst;
};
