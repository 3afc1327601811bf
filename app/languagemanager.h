// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

// Chooses and installs the interface language: en (the source), fr, de, pl
// or hi. The choice comes from --lang, else the remembered setting, else
// the system locale; switching at run time installs new translators, and
// every widget re-applies its texts on QEvent::LanguageChange. The chosen
// language also sets the default QLocale, so numbers, money and dates follow
// it; JSON and CSV outputs format in C locale regardless.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static const QStringList &languages(); // "en", "fr", "de", "pl", "hi"
    static bool isSupported(const QString &language);
    // The language's own name, e.g. "Deutsch", "हिन्दी".
    static QString nativeName(const QString &language);
    // --lang, else the setting, else the system locale, else English.
    static QString startupLanguage(const QString &commandLineLanguage);
    // Where an installed program keeps its translations, relative to the
    // executable: bin/../share/socialroi/translations.
    static QString installedTranslationsDirectory();
    // The translation of `language`: the installed .qm file when there is
    // one (a translation can be updated without a rebuild), else the copy
    // embedded under :/i18n (the build tree, the tests).
    static QString translationFile(const QString &language);
    // For the commands, which speak English: the plural forms of the counts
    // ("1 unknown customer", "2 unknown customers"), owned by the application.
    static void installEnglishPlurals();

    QString language() const { return m_language; }
    // Installs the translators; with `remember`, stores the choice.
    bool setLanguage(const QString &language, bool remember = true);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
