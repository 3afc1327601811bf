// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTextBrowser;

// The user guide read inside the program: the Markdown documents shipped
// with it, their links to each other and their pictures followed in place,
// links to the web opened in the browser. Nothing is fetched from outside.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    // `home`: the guide's first page, shown again by Contents.
    UserGuideDialog(const QString &home, QWidget *parent = nullptr);

    void showDocument(const QString &path);
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_home;
    QTextBrowser *m_browser;
    QPushButton *m_homeButton;
    QPushButton *m_backButton;
    QPushButton *m_closeButton;
};
