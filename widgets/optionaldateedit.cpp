// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldateedit.h"

#include "datetext.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QIcon>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The desktop theme's calendar icon, else a small one drawn in the text colour.
QIcon calendarIcon(const QColor &colour)
{
    QIcon icon = QIcon::fromTheme(QStringLiteral("view-calendar"));
    if (!icon.isNull())
        return icon;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 2.4));
    painter.drawRoundedRect(QRectF(4, 7, 24, 21), 2, 2);
    painter.fillRect(QRectF(4, 7, 24, 6), colour);
    painter.drawLine(QPointF(10, 3), QPointF(10, 9));
    painter.drawLine(QPointF(22, 3), QPointF(22, 9));
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column)
            painter.fillRect(QRectF(8 + column * 6.5, 16 + row * 5.5, 3.5, 3), colour);
    }
    painter.end();
    return QIcon(pixmap);
}

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_popup(new QFrame(this, Qt::Popup))
    , m_calendar(new QCalendarWidget(m_popup))
    , m_calendarAction(new QAction(this))
{
    setClearButtonEnabled(true);
    m_calendarAction->setIcon(calendarIcon(palette().color(QPalette::Text)));
    addAction(m_calendarAction, QLineEdit::TrailingPosition);
    connect(m_calendarAction, &QAction::triggered, this, &OptionalDateEdit::showCalendar);

    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(0, 0, 0, 0);
    popupLayout->addWidget(m_calendar);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &date) {
        m_popup->hide();
        setValue(date);
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &date) {
        m_popup->hide();
        setValue(date);
    });

    connect(this, &QLineEdit::textChanged, this, &OptionalDateEdit::checkInput);
    connect(this, &QLineEdit::editingFinished, this, &OptionalDateEdit::apply);
    // Emptied (the clear button, or every character deleted): no limit, at once.
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            setValue(QDate());
    });
    updateMinimumWidth();
    retranslate();
}

void OptionalDateEdit::setValue(const QDate &date)
{
    const QDate wanted = date.isValid() ? date : QDate();
    const bool changed = wanted != m_value;
    m_value = wanted;
    showValue();
    if (changed)
        Q_EMIT valueChanged(m_value);
}

void OptionalDateEdit::showValue()
{
    const QSignalBlocker blocker(this);
    setText(m_value.isValid() ? locale().toString(m_value, DateText::entryFormat(locale()))
                              : QString());
    setInputValid(true);
}

void OptionalDateEdit::setEmptyText(const QString &text)
{
    setPlaceholderText(text);
    updateMinimumWidth();
}

void OptionalDateEdit::updateMinimumWidth()
{
    // Wide enough for a date with a four-digit year or the empty text
    // ("Valeur du projet par défaut"), beside the clear and calendar buttons.
    const QFontMetrics metrics = fontMetrics();
    const int text = std::max(metrics.horizontalAdvance(QStringLiteral("00.00.00000")),
                              metrics.horizontalAdvance(placeholderText()));
    setMinimumWidth(text + 60);
}

void OptionalDateEdit::setDescription(const QString &text)
{
    m_description = text;
    retranslate();
}

void OptionalDateEdit::setDataRange(const QDate &first, const QDate &last)
{
    if (!first.isValid())
        return;
    m_first = first;
    m_last = last.isValid() ? std::max(first, last) : first;
    m_calendar->setDateRange(m_first.addYears(-5), m_last.addYears(5));
}

QDate OptionalDateEdit::calendarStart() const
{
    if (m_value.isValid())
        return m_value;
    const QDate typed = DateText::parse(text(), locale());
    if (typed.isValid())
        return typed;
    const QDate anchor = m_anchor == Anchor::First ? m_first : m_last;
    return anchor.isValid() ? anchor : QDate::currentDate();
}

void OptionalDateEdit::showCalendar()
{
    const QDate start = calendarStart();
    m_calendar->setLocale(locale());
    m_calendar->setSelectedDate(start);
    m_calendar->setCurrentPage(start.year(), start.month());
    m_popup->adjustSize();
    QPoint position = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        position.setX(std::min(position.x(), available.right() - m_popup->width()));
        if (position.y() + m_popup->height() > available.bottom())
            position.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
    }
    m_popup->move(position);
    m_popup->show();
    m_calendar->setFocus();
}

void OptionalDateEdit::checkInput()
{
    const QString typed = text().trimmed();
    setInputValid(typed.isEmpty() || DateText::parse(typed, locale()).isValid());
}

void OptionalDateEdit::apply()
{
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        setValue(QDate());
        return;
    }
    const QDate date = DateText::parse(typed, locale());
    if (!date.isValid()) {
        // Kept as typed and marked: the filter keeps its last date.
        setInputValid(false);
        return;
    }
    setValue(date);
    showValue(); // "1/1/24" reads back as "1/1/2024"
}

void OptionalDateEdit::setInputValid(bool valid)
{
    const bool changed = valid != m_inputValid;
    m_inputValid = valid;
    QPalette colours = palette();
    colours.setColor(QPalette::Base,
                     valid ? QPalette().color(QPalette::Base) : QColor(QStringLiteral("#fde7e9")));
    colours.setColor(QPalette::Text,
                     valid ? QPalette().color(QPalette::Text) : QColor(QStringLiteral("#8c1d18")));
    setPalette(colours);
    if (changed)
        retranslate();
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->modifiers() & Qt::AltModifier) && event->key() == Qt::Key_Down) {
        showCalendar();
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_inputValid) {
        showValue(); // back to the date in force
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        if (m_inputValid)
            showValue();
        retranslate();
    }
    QLineEdit::changeEvent(event);
}

void OptionalDateEdit::retranslate()
{
    const QString example = locale().toString(QDate(2025, 12, 31), DateText::entryFormat(locale()));
    m_calendarAction->setToolTip(tr("Pick a day in the calendar (Alt+Down)"));
    if (m_inputValid) {
        //: %1 is an example date in the user's format, e.g. 31/12/2025
        const QString hint
            = tr("Type a date such as %1 or 2025-12-31, or pick one in the calendar").arg(example);
        setToolTip(m_description.isEmpty() ? hint : m_description + QLatin1Char('\n') + hint);
    } else {
        //: %1 is an example date in the user's format, e.g. 31/12/2025
        setToolTip(tr("Not a date: type it as %1 or 2025-12-31. Until then the filter keeps "
                      "its last date; Esc puts it back.")
                       .arg(example));
    }
}
