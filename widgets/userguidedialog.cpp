// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(const QString &home, QWidget *parent)
    : QDialog(parent)
    , m_home(home)
    , m_browser(new QTextBrowser(this))
    , m_homeButton(new QPushButton(this))
    , m_backButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("UserGuideDialog"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_homeButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_backButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_homeButton, &QPushButton::clicked, this, [this] { showDocument(m_home); });
    connect(m_backButton, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_backButton, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_backButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 680);
    retranslate();
}

void UserGuideDialog::showDocument(const QString &path)
{
    // A .md suffix: QTextBrowser reads the file as Markdown, and resolves its
    // relative links and pictures against the file's folder.
    m_browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UserGuideDialog::retranslate()
{
    setWindowTitle(tr("SocialROI Workbench user guide"));
    m_homeButton->setText(tr("Contents", "button: back to the guide's list of chapters"));
    m_backButton->setText(tr("Back"));
    m_closeButton->setText(tr("Close"));
}
