// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardtext.h"

#include "commontext.h"

#include <QLabel>
#include <QLocale>

QString WizardText::encodingLabel(CsvFormat::Encoding encoding)
{
    switch (encoding) {
    case CsvFormat::Encoding::Utf8:
        return tr("UTF-8");
    case CsvFormat::Encoding::Utf8Bom:
        return tr("UTF-8 with byte order mark");
    case CsvFormat::Encoding::Utf16LE:
        return tr("UTF-16 little-endian (Excel \"Unicode text\")");
    case CsvFormat::Encoding::Utf16BE:
        return tr("UTF-16 big-endian");
    case CsvFormat::Encoding::Windows1252:
        return tr("Windows-1252 (Western European)");
    }
    return QString();
}

QString WizardText::delimiterLabel(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ',':
        return tr("Comma  ,");
    case ';':
        return tr("Semicolon  ;");
    case '\t':
        return tr("Tab");
    case '|':
        return tr("Vertical bar  |");
    default:
        return tr("Character  %1").arg(delimiter);
    }
}

QString WizardText::shortList(const QStringList &names, int shown)
{
    QStringList quoted;
    for (qsizetype i = 0; i < names.size() && i < shown; ++i)
        quoted.append(tr("\"%1\"", "a quoted name in a list").arg(names.at(i)));
    QString text = QLocale().createSeparatedList(quoted);
    if (names.size() > shown) {
        //: After a list of column names: "a", "b", "c" and 5 more
        text = tr("%1 and %2 more")
                   .arg(quoted.join(CommonText::listSeparator()),
                        QLocale().toString(names.size() - shown));
    }
    return text;
}

QString WizardText::problemColor()
{
    return QStringLiteral("#b00020");
}

void WizardText::showProblem(QLabel *label, const QString &text)
{
    label->setStyleSheet(QStringLiteral("color: %1;").arg(problemColor()));
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void WizardText::showNote(QLabel *label, const QString &text)
{
    label->setStyleSheet(QString());
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void WizardText::show(QLabel *label, const QString &text, bool problem)
{
    if (problem)
        showProblem(label, text);
    else
        showNote(label, text);
}

QString WizardText::importTitle()
{
    return tr("Import a file");
}

QString WizardText::yourChoice()
{
    //: Beside a setting of the text format, or how a column was mapped: set by the user
    return tr("your choice");
}

QString WizardText::columnToField(const QString &column, const QString &field)
{
    return tr("%1 → %2", "a file column and the field it goes to").arg(column, field);
}

QString WizardText::lineColumnProblem(const QString &line, const QString &column,
                                      const QString &problem)
{
    return tr("line %1, column %2: %3").arg(line, column, problem);
}

QString WizardText::nothingRejected()
{
    return tr("No value in them would be rejected.");
}
