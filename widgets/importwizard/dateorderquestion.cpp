// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateorderquestion.h"

#include "wizardtext.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

using ValueParsers::DateOrder;

namespace {

// "5 June 2024" or "May 6, 2024" for the example, as the user's locale writes
// dates in full; the text itself when that order cannot read it.
QString readAs(const QString &example, DateOrder order)
{
    ValueParsers::DateParseOptions options;
    options.order = order;
    const auto date = ValueParsers::parseDate(example, options);
    if (!date)
        return QString();
    return QLocale().toString(*date, QLocale::LongFormat);
}

} // namespace

DateOrderQuestion::DateOrderQuestion(QWidget *parent)
    : QGroupBox(parent)
    , m_question(new QLabel(this))
    , m_dayFirst(new QRadioButton(this))
    , m_monthFirst(new QRadioButton(this))
{
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    auto *group = new QButtonGroup(this);
    group->addButton(m_dayFirst);
    group->addButton(m_monthFirst);
    connect(m_dayFirst, &QRadioButton::clicked, this,
            [this] { Q_EMIT answered(DateOrder::DayFirst); });
    connect(m_monthFirst, &QRadioButton::clicked, this,
            [this] { Q_EMIT answered(DateOrder::MonthFirst); });
    auto *answers = new QHBoxLayout;
    answers->addWidget(m_dayFirst);
    answers->addSpacing(24);
    answers->addWidget(m_monthFirst);
    answers->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(answers);
    retranslate();
}

void DateOrderQuestion::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void DateOrderQuestion::setQuestion(const std::vector<PreviewValidation::Column> &columns,
                                    std::optional<DateOrder> answer)
{
    m_columns = columns;
    // Exclusive buttons cannot all be unchecked unless exclusivity is lifted.
    m_dayFirst->group()->setExclusive(false);
    m_dayFirst->setChecked(answer == DateOrder::DayFirst);
    m_monthFirst->setChecked(answer == DateOrder::MonthFirst);
    m_dayFirst->group()->setExclusive(true);
    retranslate();
}

std::optional<DateOrder> DateOrderQuestion::answer() const
{
    if (m_dayFirst->isChecked())
        return DateOrder::DayFirst;
    if (m_monthFirst->isChecked())
        return DateOrder::MonthFirst;
    return std::nullopt;
}

void DateOrderQuestion::setAnswer(DateOrder order)
{
    (order == DateOrder::DayFirst ? m_dayFirst : m_monthFirst)->click();
}

void DateOrderQuestion::retranslate()
{
    setTitle(tr("Date order"));
    QStringList names;
    QString example;
    QString dayFirstExample;
    QString monthFirstExample;
    for (const PreviewValidation::Column &column : m_columns) {
        names.append(column.header);
        if (example.isEmpty())
            example = column.ambiguousExample;
        if (dayFirstExample.isEmpty())
            dayFirstExample = column.dayFirstExample;
        if (monthFirstExample.isEmpty())
            monthFirstExample = column.monthFirstExample;
    }
    const QString columns = WizardText::shortList(names, 3);
    const bool conflicting = !dayFirstExample.isEmpty() && !monthFirstExample.isEmpty();
    if (conflicting) {
        m_question->setText(tr("%1 mixes both orders: \"%2\" only makes sense day first, \"%3\" "
                               "only month first. Which order is right? Dates in the other order "
                               "will be rejected and kept for you to fix.")
                                .arg(columns, dayFirstExample, monthFirstExample));
    } else {
        m_question->setText(tr("Every date in %1 fits both orders, for example \"%2\". Which "
                               "order does the file use?")
                                .arg(columns, example));
    }
    const QString sample = example.isEmpty() ? dayFirstExample : example;
    const QString asDayFirst = readAs(sample, DateOrder::DayFirst);
    const QString asMonthFirst = readAs(sample, DateOrder::MonthFirst);
    //: Date order choice; %1 is an example from the file, %2 how it reads
    m_dayFirst->setText(asDayFirst.isEmpty()
                            ? tr("Day first (day/month/year)")
                            : tr("Day first: \"%1\" is %2").arg(sample, asDayFirst));
    m_monthFirst->setText(asMonthFirst.isEmpty()
                              ? tr("Month first (month/day/year)")
                              : tr("Month first: \"%1\" is %2").arg(sample, asMonthFirst));
}
