// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportlocation.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace {

const QString lastFolderKey = QStringLiteral("export/lastFolder");

QString &currentProjectName()
{
    static QString name;
    return name;
}

bool usableFolder(const QString &folder)
{
    const QFileInfo info(folder);
    return !folder.isEmpty() && info.isDir() && info.isWritable();
}

} // namespace

void ExportLocation::setProjectName(const QString &name)
{
    currentProjectName() = name;
}

QString ExportLocation::projectName()
{
    return currentProjectName();
}

QString ExportLocation::startFolder()
{
    const QString last = QSettings().value(lastFolderKey).toString();
    if (usableFolder(last))
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (usableFolder(documents))
        return documents;
    return QDir::homePath();
}

void ExportLocation::remember(const QString &filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    if (usableFolder(folder))
        QSettings().setValue(lastFolderKey, folder);
}

QString ExportLocation::proposedName(const QString &what, const QString &suffix, const QDate &date)
{
    QStringList parts;
    if (!projectName().trimmed().isEmpty())
        parts << projectName().trimmed();
    if (!what.trimmed().isEmpty())
        parts << what.trimmed();
    parts << date.toString(Qt::ISODate);
    QString name = parts.join(QStringLiteral(" – "));
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")),
                 QStringLiteral("-"));
    return suffix.isEmpty() ? name : name + QLatin1Char('.') + suffix;
}

QString ExportLocation::proposedPath(const QString &what, const QString &suffix)
{
    return QDir(startFolder()).filePath(proposedName(what, suffix));
}

QString ExportLocation::writeProblem(const QString &filePath)
{
    const QString shown = QDir::toNativeSeparators(filePath);
    if (filePath.trimmed().isEmpty())
        return tr("No file name was given.");
    const QFileInfo info(filePath);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists()) {
        return tr("%1 cannot be written: the folder %2 does not exist.")
            .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    if (info.isDir())
        return tr("%1 cannot be written: it is a folder.").arg(shown);
    const bool existed = info.exists();
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return tr("%1 cannot be written: %2.").arg(shown, file.errorString());
    file.close();
    if (!existed)
        file.remove();
    return QString();
}

QWidget *ExportLocation::announceSaved(QWidget *parent, const QString &filePath)
{
    remember(filePath);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Export saved"),
                                tr("Saved %1").arg(QDir::toNativeSeparators(filePath)),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("ExportSavedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    QPushButton *open = box->addButton(tr("&Open"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openExport"));
    QPushButton *folder = box->addButton(tr("Show in &folder"), QMessageBox::ActionRole);
    folder->setObjectName(QStringLiteral("showExportFolder"));
    // Action buttons close the box by default; each does its job first.
    QObject::connect(open, &QPushButton::clicked, box, [filePath] { openFile(filePath); });
    QObject::connect(folder, &QPushButton::clicked, box, [filePath] { showInFolder(filePath); });
    box->show();
    return box;
}

void ExportLocation::openFile(const QString &filePath)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(filePath));
}

void ExportLocation::showInFolder(const QString &filePath)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(filePath).absolutePath()));
}

QString ExportLocation::xlsxFilter()
{
    //: A file dialog's filter; keep (*.xlsx)
    return tr("Excel workbook (*.xlsx)");
}
