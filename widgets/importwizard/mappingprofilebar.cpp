// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingprofilebar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

MappingProfileBar::MappingProfileBar(QWidget *parent)
    : QWidget(parent)
    , m_loadLabel(new QLabel(this))
    , m_profileCombo(new QComboBox(this))
    , m_loadButton(new QPushButton(this))
    , m_saveLabel(new QLabel(this))
    , m_saveEdit(new QLineEdit(this))
{
    m_loadLabel->setBuddy(m_profileCombo);
    m_saveLabel->setBuddy(m_saveEdit);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(14);
    m_saveEdit->setClearButtonEnabled(true);
    connect(m_loadButton, &QPushButton::clicked, this,
            [this] { loadProfile(m_profileCombo->currentText()); });
    connect(m_saveEdit, &QLineEdit::textChanged, this, &MappingProfileBar::saveNameChanged);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loadLabel);
    layout->addWidget(m_profileCombo);
    layout->addWidget(m_loadButton);
    layout->addSpacing(24);
    layout->addWidget(m_saveLabel);
    layout->addWidget(m_saveEdit, 1);
    retranslate();
}

void MappingProfileBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MappingProfileBar::retranslate()
{
    m_loadLabel->setText(tr("Saved &mappings:"));
    m_loadButton->setText(tr("&Load"));
    m_saveLabel->setText(tr("Sa&ve this mapping as:"));
    m_saveEdit->setPlaceholderText(tr("a name, to reuse it next time (optional)"));
    m_saveEdit->setToolTip(tr("Saved in the project together with the imported rows."));
    updateList();
}

void MappingProfileBar::setLoading()
{
    m_loading = true;
    m_profiles.clear();
    m_error.clear();
    updateList();
}

void MappingProfileBar::setProfiles(const std::vector<FieldMapping> &profiles, const QString &error)
{
    m_loading = false;
    m_profiles = profiles;
    m_error = error;
    updateList();
}

void MappingProfileBar::updateList()
{
    const QString current = m_profileCombo->currentText();
    m_profileCombo->clear();
    for (const FieldMapping &profile : m_profiles)
        m_profileCombo->addItem(profile.name);
    const bool any = !m_profiles.empty();
    if (!any) {
        m_profileCombo->addItem(m_loading ? tr("reading…") : tr("none for this table"));
    } else if (m_profileCombo->findText(current) >= 0) {
        m_profileCombo->setCurrentIndex(m_profileCombo->findText(current));
    }
    m_profileCombo->setEnabled(any);
    m_loadButton->setEnabled(any);
    m_profileCombo->setToolTip(m_error);
}

void MappingProfileBar::setSaveName(const QString &name)
{
    m_saveEdit->setText(name);
}

QString MappingProfileBar::saveName() const
{
    return m_saveEdit->text();
}

bool MappingProfileBar::loadProfile(const QString &name)
{
    for (const FieldMapping &profile : m_profiles) {
        if (profile.name == name) {
            m_profileCombo->setCurrentIndex(m_profileCombo->findText(name));
            Q_EMIT loadRequested(profile);
            return true;
        }
    }
    return false;
}
