// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include "reportbuilder.h"
#include "socialroiconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {

const char *const settingsKey = "language";

// The report builder holds the one table of languages and their locales.
QLocale localeFor(const QString &language)
{
    return ReportBuilder::localeForLanguage(language);
}

} // namespace

QString LanguageManager::installedTranslationsDirectory()
{
    return QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                               .filePath(QStringLiteral(SOCIALROI_TRANSLATIONSDIR_FROM_BIN)));
}

QString LanguageManager::translationFile(const QString &language)
{
    const QString name = QStringLiteral("socialroi_%1.qm").arg(language);
    const QString installed = QDir(installedTranslationsDirectory()).filePath(name);
    return QFileInfo::exists(installed) ? installed : QStringLiteral(":/i18n/") + name;
}

void LanguageManager::installEnglishPlurals()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(translationFile(QStringLiteral("en"))))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    // Owned by the application object, we may outlive it by a moment.
    if (!QCoreApplication::instance())
        return;
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

const QStringList &LanguageManager::languages()
{
    static const QStringList list = ReportBuilder::languages();
    return list;
}

bool LanguageManager::isSupported(const QString &language)
{
    return languages().contains(language);
}

QString LanguageManager::nativeName(const QString &language)
{
    const QString name = localeFor(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString LanguageManager::startupLanguage(const QString &commandLineLanguage)
{
    if (isSupported(commandLineLanguage))
        return commandLineLanguage;
    const QString remembered = QSettings().value(QLatin1String(settingsKey)).toString();
    if (isSupported(remembered))
        return remembered;
    const QString system = QLocale::system().name().left(2);
    return isSupported(system) ? system : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &language, bool remember)
{
    if (!isSupported(language))
        return false;
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();

    QLocale::setDefault(localeFor(language));
    // English too: its file holds the plural forms of the counts ("1 row").
    auto appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(translationFile(language))) {
        QCoreApplication::installTranslator(appTranslator.get());
        m_appTranslator = std::move(appTranslator);
    }
    if (language != QLatin1String("en")) {
        // Qt's own texts (standard buttons, dialogs), where Debian ships them.
        auto qtTranslator = std::make_unique<QTranslator>();
        if (qtTranslator->load(QLocale(localeFor(language)), QStringLiteral("qtbase"),
                               QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator.get());
            m_qtTranslator = std::move(qtTranslator);
        }
    }
    m_language = language;
    if (remember)
        QSettings().setValue(QLatin1String(settingsKey), language);
    Q_EMIT languageChanged(language);
    return true;
}
