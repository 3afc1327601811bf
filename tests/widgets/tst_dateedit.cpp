// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"
#include "demogenerator.h"
#include "filterbar.h"
#include "optionaldateedit.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDir>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// Dates typed like in a spreadsheet: in the user's locale or ISO, checked as
// typed, an invalid text marked and never applied; the calendar opens on the
// data; the filter bar's presets set both signup dates.
class TestDateEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void typedDatesInTheLocale_data();
    void typedDatesInTheLocale();
    void invalidInputIsMarkedAndNotApplied_data();
    void invalidInputIsMarkedAndNotApplied();
    void theFilterBarKeepsItsDateWhileTheTextIsInvalid();
    void calendarsOpenOnTheData();
    void datesReadInTheLocalesMediumFormat_data();
    void datesReadInTheLocalesMediumFormat();
    void presetsSetBothSignupDates();
    void screenshotOfThePresets();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestDateEdit::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_project = m_dir.filePath(QStringLiteral("demo.socialroi"));
    DemoOptions options;
    options.customers = 600;
    QVERIFY(DemoGenerator::generate(m_project, options, false).ok);
}

void TestDateEdit::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDateEdit::typedDatesInTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");

    const QDate newYear(2024, 1, 1);
    const QDate lastDay(2025, 12, 31);
    const QDate march(2024, 3, 5);
    QTest::newRow("en: month first, one digit") << "en_US"
                                                << "1/1/2024" << newYear;
    QTest::newRow("en: month first") << "en_US"
                                     << "12/31/2025" << lastDay;
    QTest::newRow("en: two-digit year") << "en_US"
                                        << "3/5/24" << march;
    QTest::newRow("en: ISO") << "en_US"
                             << "2024-03-05" << march;
    QTest::newRow("fr: day first, one digit") << "fr_FR"
                                              << "1/1/2024" << newYear;
    QTest::newRow("fr: day first") << "fr_FR"
                                   << "31/12/2025" << lastDay;
    QTest::newRow("fr: ISO") << "fr_FR"
                             << "2024-03-05" << march;
    QTest::newRow("de: dots, one digit") << "de_DE"
                                         << "1.1.2024" << newYear;
    QTest::newRow("de: dots") << "de_DE"
                              << "31.12.2025" << lastDay;
    QTest::newRow("de: two-digit year") << "de_DE"
                                        << "5.3.24" << march;
    QTest::newRow("de: ISO") << "de_DE"
                             << "2024-03-05" << march;
    QTest::newRow("pl: dots, one digit") << "pl_PL"
                                         << "1.1.2024" << newYear;
    QTest::newRow("pl: dots") << "pl_PL"
                              << "31.12.2025" << lastDay;
    QTest::newRow("pl: ISO") << "pl_PL"
                             << "2024-03-05" << march;
    QTest::newRow("hi: day first, one digit") << "hi_IN"
                                              << "1/1/2024" << newYear;
    QTest::newRow("hi: day first") << "hi_IN"
                                   << "31/12/2025" << lastDay;
    QTest::newRow("hi: ISO") << "hi_IN"
                             << "2024-03-05" << march;
}

void TestDateEdit::typedDatesInTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QDate, expected);

    QLocale::setDefault(QLocale(locale));
    OptionalDateEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    QSignalSpy applied(&edit, &OptionalDateEdit::valueChanged);

    QTest::keyClicks(&edit, typed);
    QVERIFY2(edit.isInputValid(), qPrintable(edit.text()));
    QTest::keyClick(&edit, Qt::Key_Return);
    QCOMPARE(edit.value(), expected);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.at(0).at(0).toDate(), expected);
    // Read back in the locale's own form, with the year in full.
    QCOMPARE(edit.text(),
             QLocale(locale).toString(expected, DateText::entryFormat(QLocale(locale))));
    QVERIFY(edit.text().contains(QString::number(expected.year())));
}

void TestDateEdit::invalidInputIsMarkedAndNotApplied_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");

    QTest::newRow("en: thirteenth month") << "en_US"
                                          << "13/1/2024";
    QTest::newRow("en: letters") << "en_US"
                                 << "soon";
    QTest::newRow("fr: 31 February") << "fr_FR"
                                     << "31/02/2024";
    QTest::newRow("de: US order") << "de_DE"
                                  << "12/31/2025";
    QTest::newRow("pl: no year") << "pl_PL"
                                 << "31.12.";
    QTest::newRow("hi: ISO month 13") << "hi_IN"
                                      << "2024-13-01";
}

void TestDateEdit::invalidInputIsMarkedAndNotApplied()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);

    QLocale::setDefault(QLocale(locale));
    OptionalDateEdit edit;
    const QDate before(2023, 6, 15);
    edit.setValue(before);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    const QColor validBase = edit.palette().color(QPalette::Base);
    QSignalSpy applied(&edit, &OptionalDateEdit::valueChanged);

    edit.selectAll();
    QTest::keyClicks(&edit, typed);
    // Marked as typed, before Enter.
    QVERIFY(!edit.isInputValid());
    QVERIFY(edit.palette().color(QPalette::Base) != validBase);
    QVERIFY2(edit.toolTip().contains(QLatin1String("2025-12-31")), qPrintable(edit.toolTip()));
    QTest::keyClick(&edit, Qt::Key_Return);
    // Neither applied nor dropped: the date in force stays, the text too.
    QCOMPARE(edit.value(), before);
    QCOMPARE(edit.text(), typed);
    QVERIFY(!edit.isInputValid());
    QCOMPARE(applied.count(), 0);
    // Esc puts the date in force back.
    QTest::keyClick(&edit, Qt::Key_Escape);
    QVERIFY(edit.isInputValid());
    QCOMPARE(edit.palette().color(QPalette::Base), validBase);
    QCOMPARE(DateText::parse(edit.text(), QLocale(locale)), before);
}

void TestDateEdit::theFilterBarKeepsItsDateWhileTheTextIsInvalid()
{
    FilterBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy changed(&bar, &FilterBar::filtersChanged);
    OptionalDateEdit *from = bar.fromEdit();
    from->setFocus();
    QTest::keyClicks(from, QStringLiteral("1/1/2024"));
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY(changed.wait(FilterBar::debounceMilliseconds * 10));
    QCOMPARE(bar.filters().from, QDate(2024, 1, 1));

    changed.clear();
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("1/1/20x4"));
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY(!from->isInputValid());
    QVERIFY(!changed.wait(FilterBar::debounceMilliseconds * 3));
    QCOMPARE(bar.filters().from, QDate(2024, 1, 1));
    QCOMPARE(from->text(), QStringLiteral("1/1/20x4"));

    // Emptied (every character deleted, as the clear button does): no limit, at once.
    from->selectAll();
    QTest::keyClick(from, Qt::Key_Backspace);
    QVERIFY(from->text().isEmpty());
    QVERIFY(from->isInputValid());
    QVERIFY(changed.wait(FilterBar::debounceMilliseconds * 10));
    QVERIFY(!bar.filters().from.isValid());
}

void TestDateEdit::calendarsOpenOnTheData()
{
    FilterBar bar;
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    bar.setProject(m_project);
    QVERIFY(loaded.wait(30000));
    const QDate first = bar.choices().firstSignup;
    const QDate last = bar.choices().lastSignup;
    QVERIFY(first.isValid() && last.isValid() && first < last);

    // Empty fields: "from" opens on the first signup, "to" and "as of" on the last.
    QCOMPARE(bar.fromEdit()->calendarStart(), first);
    QCOMPARE(bar.toEdit()->calendarStart(), last);
    QCOMPARE(bar.asOfEdit()->calendarStart(), last);

    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.toEdit()->showCalendar();
    QCalendarWidget *calendar = bar.toEdit()->calendar();
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->yearShown(), last.year());
    QCOMPARE(calendar->monthShown(), last.month());
    // A day picked is applied at once.
    const QDate picked(last.year(), last.month(), 1);
    Q_EMIT calendar->clicked(picked);
    QCOMPARE(bar.toEdit()->value(), picked);
    QVERIFY(!calendar->isVisible());

    // A field with a date opens on it.
    bar.fromEdit()->setValue(QDate(2022, 2, 14));
    QCOMPARE(bar.fromEdit()->calendarStart(), QDate(2022, 2, 14));
}

void TestDateEdit::datesReadInTheLocalesMediumFormat_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en") << "en_US"
                        << "Dec 31, 2025";
    QTest::newRow("en-GB") << "en_GB"
                           << "31 Dec 2025";
    QTest::newRow("fr") << "fr_FR"
                        << "31 déc. 2025";
    QTest::newRow("de") << "de_DE"
                        << "31. Dez. 2025";
    QTest::newRow("pl") << "pl_PL"
                        << "31 gru 2025";
}

void TestDateEdit::datesReadInTheLocalesMediumFormat()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const QString shown = DateText::medium(QDate(2025, 12, 31), QLocale(locale));
    QCOMPARE(shown, expected);
    // And reads back as the same day where it is typed.
    QCOMPARE(DateText::parse(shown, QLocale(locale)), QDate(2025, 12, 31));
}

void TestDateEdit::presetsSetBothSignupDates()
{
    FilterBar bar;
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    bar.setProject(m_project);
    QVERIFY(loaded.wait(30000));
    const SegmentChoices &choices = bar.choices();
    QVERIFY(choices.launch.isValid());
    QMenu *menu = bar.datePresetsMenu();
    const auto preset = [menu](const QString &name) { return menu->findChild<QAction *>(name); };

    // Every calendar year of the data, newest first, then launch and all dates.
    QStringList years;
    for (QAction *action : menu->actions()) {
        if (action->objectName().startsWith(QLatin1String("presetYear")))
            years << action->text();
    }
    QStringList expectedYears;
    for (int year = choices.lastSignup.year(); year >= choices.firstSignup.year(); --year)
        expectedYears << QString::number(year);
    QCOMPARE(years, expectedYears);

    QSignalSpy changed(&bar, &FilterBar::filtersChanged);
    const int year = choices.lastSignup.year() - 1;
    preset(QStringLiteral("presetYear%1").arg(year))->trigger();
    QVERIFY(changed.wait(FilterBar::debounceMilliseconds * 10));
    QCOMPARE(bar.filters().from, QDate(year, 1, 1));
    QCOMPARE(bar.filters().to, QDate(year, 12, 31));
    QVERIFY(!bar.fromEdit()->text().isEmpty());

    preset(QStringLiteral("presetLast12Months"))->trigger();
    QVERIFY(changed.wait(FilterBar::debounceMilliseconds * 10));
    QCOMPARE(bar.filters().to, choices.lastSignup);
    QCOMPARE(bar.filters().from, choices.lastSignup.addYears(-1).addDays(1));

    QAction *launch = preset(QStringLiteral("presetSinceLaunch"));
    QVERIFY(launch->isEnabled());
    launch->trigger();
    QVERIFY(changed.wait(FilterBar::debounceMilliseconds * 10));
    QCOMPARE(bar.filters().from, choices.launch);
    QVERIFY(!bar.filters().to.isValid());

    preset(QStringLiteral("presetAllDates"))->trigger();
    QVERIFY(changed.wait(FilterBar::debounceMilliseconds * 10));
    QVERIFY(!bar.filters().from.isValid());
    QVERIFY(!bar.filters().to.isValid());
    QVERIFY(bar.fromEdit()->text().isEmpty());
}

void TestDateEdit::screenshotOfThePresets()
{
    // The filter bar as a manager sees it: a date typed, one that is not a
    // date yet, and the presets open under their button.
    FilterBar bar;
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    bar.setProject(m_project);
    QVERIFY(loaded.wait(30000));
    bar.resize(1180, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.fromEdit()->setFocus();
    QTest::keyClicks(bar.fromEdit(), QStringLiteral("1/1/2024"));
    QTest::keyClick(bar.fromEdit(), Qt::Key_Tab);
    QTest::keyClicks(bar.toEdit(), QStringLiteral("12/31/20x5"));
    QVERIFY(!bar.toEdit()->isInputValid());

    QMenu *menu = bar.datePresetsMenu();
    QToolButton *button = bar.datePresetsButton();
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    QTRY_VERIFY(menu->isVisible());
    const QImage barImage = bar.grab().toImage();
    const QImage menuImage = menu->grab().toImage();
    const QPoint menuAt = button->mapTo(&bar, QPoint(0, button->height()));
    QImage shot(barImage.width(), std::max(barImage.height(), menuAt.y() + menuImage.height()) + 8,
                QImage::Format_RGB32);
    shot.fill(bar.palette().color(QPalette::Window));
    QPainter painter(&shot);
    painter.drawImage(0, 0, barImage);
    painter.drawImage(menuAt, menuImage);
    painter.end();
    menu->hide();

    const QString folder = QStringLiteral(SOCIALROI_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(shot.save(QDir(folder).filePath(QStringLiteral("date-presets.png"))));
}

QTEST_MAIN(TestDateEdit)
#include "tst_dateedit.moc"
