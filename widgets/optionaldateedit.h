// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;
class QFrame;

// A date field that may also be empty ("No limit"), typed like a spreadsheet
// cell: the locale's numeric date ("31.12.2025", "12/31/2025", one-digit
// days and months and two-digit years too), ISO "2025-12-31", or the medium
// and long formats. The text is checked as it is typed: what is not a date is
// marked invalid (a tinted field and a tooltip that says why) and kept as
// typed; it is never applied nor dropped. A typed date is applied when the
// user presses Enter or leaves the field; a day picked in the calendar (the
// button at the right end, or Alt+Down) at once. The calendar opens on the
// shown date, else on the data's first or last date.
class OptionalDateEdit : public QLineEdit
{
    Q_OBJECT

public:
    // Where the calendar opens while the field is empty.
    enum class Anchor { First, Last };

    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate value() const { return m_value; } // the applied date; invalid when empty
    // Shows and applies `date` (invalid = empty); emits valueChanged when it changed.
    void setValue(const QDate &date);
    bool isEmpty() const { return !m_value.isValid(); }
    // False while the text is neither empty nor a date.
    bool isInputValid() const { return m_inputValid; }
    void setEmptyText(const QString &text);
    // What the field filters (translated), shown in its tooltip before how to type.
    void setDescription(const QString &text);
    // The dates of the data (e.g. first and last signup): the calendar opens
    // there and offers no day outside a few years around them.
    void setDataRange(const QDate &first, const QDate &last);
    void setAnchor(Anchor anchor) { m_anchor = anchor; }
    // The month the calendar opens on (the shown date, else the anchor's).
    QDate calendarStart() const;
    QCalendarWidget *calendar() const { return m_calendar; }
    void showCalendar();

Q_SIGNALS:
    void valueChanged(const QDate &date);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void checkInput();
    void apply();
    void showValue();
    void setInputValid(bool valid);
    void updateMinimumWidth();

    QFrame *m_popup;
    QCalendarWidget *m_calendar;
    QAction *m_calendarAction;
    QString m_description;
    QDate m_value;
    QDate m_first;
    QDate m_last;
    Anchor m_anchor = Anchor::First;
    bool m_inputValid = true;
};
