// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldateedit.h"

#include <QLocale>

namespace {

const QDate defaultFirst(2000, 1, 1);

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    // The locale's short format with four-digit years: "yy" would read 25 as 1925.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    setDisplayFormat(format);
    setMinimumDate(defaultFirst.addDays(-1));
    setDate(minimumDate());
    connect(this, &QDateEdit::dateChanged, this, [this] { Q_EMIT valueChanged(value()); });
}

QDate OptionalDateEdit::value() const
{
    return date() == emptyDate() ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate &date)
{
    setDate(date.isValid() ? std::max(date, emptyDate().addDays(1)) : emptyDate());
}

void OptionalDateEdit::setEmptyText(const QString &text)
{
    setSpecialValueText(text);
}

void OptionalDateEdit::setDataRange(const QDate &first, const QDate &last)
{
    if (!first.isValid())
        return;
    const QDate current = value();
    const QSignalBlocker blocker(this);
    setMinimumDate(first.addDays(-1));
    setMaximumDate(last.isValid() ? std::max(last, first).addYears(5) : QDate(9999, 12, 31));
    setValue(current);
}
