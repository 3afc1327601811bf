// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

// A date field that may also be empty ("No limit"): the empty state is the
// day before the data's first date, shown as the special-value text, so the
// calendar opens next to the data rather than in 1752. value() is an invalid
// QDate while empty. Dates in the locale's short format, years in full.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate value() const; // invalid when empty
    void setValue(const QDate &date); // invalid = empty
    bool isEmpty() const { return !value().isValid(); }
    void setEmptyText(const QString &text);
    // The dates of the data (e.g. first and last signup); empty keeps its state.
    void setDataRange(const QDate &first, const QDate &last);

Q_SIGNALS:
    void valueChanged(const QDate &date);

private:
    QDate emptyDate() const { return minimumDate(); }
};
