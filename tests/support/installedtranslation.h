// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTranslator>

// The app's translation into `language` installed for as long as it lives,
// loaded from the .qm files the build makes for the app
// (SOCIALROI_TRANSLATIONS_BUILD_DIR). English has one too: its plural forms
// ("1 month", "2 months" where the source says "%n month(s)").
class InstalledTranslation
{
public:
    explicit InstalledTranslation(const QString &language)
    {
        const QString file
            = QStringLiteral(SOCIALROI_TRANSLATIONS_BUILD_DIR "/socialroi_%1.qm").arg(language);
        m_installed = m_translator.load(file) && QCoreApplication::installTranslator(&m_translator);
        if (!m_installed)
            qWarning("cannot load %s", qPrintable(file));
    }
    ~InstalledTranslation()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    InstalledTranslation(const InstalledTranslation &) = delete;
    InstalledTranslation &operator=(const InstalledTranslation &) = delete;

private:
    QTranslator m_translator;
    bool m_installed = false;
};
