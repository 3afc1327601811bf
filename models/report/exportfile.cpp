// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// QFileDevice::write returns a short count, with no error set, when the file
// system takes only part of the bytes (a full disk); writing the rest makes
// the system report why.
bool writeAll(QFileDevice &file, const QByteArray &bytes)
{
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0)
            return false;
        written += count;
    }
    return true;
}

struct ExportFileText
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
};

} // namespace

namespace ExportFile {

QString cancelledText()
{
    return ExportFileText::tr("Cancelled.");
}

QString cannotCreateText(const QString &path, const QString &reason)
{
    return ExportFileText::tr("%1 could not be written (%2). Check that the folder exists and "
                              "that you may write there, or choose another folder.")
        .arg(QDir::toNativeSeparators(path), reason);
}

QString cannotFinishText(const QString &path, const QString &reason)
{
    return ExportFileText::tr("%1 could not be written (%2). Check the free space and try again.")
        .arg(QDir::toNativeSeparators(path), reason);
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly) || !writeAll(device, bytes) || !device.flush()) {
            *error = device.errorString();
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeAll(file, bytes) || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ExportFile
