// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {

QString scratchFolder()
{
    static std::unique_ptr<QTemporaryDir> folder;
    if (!folder) {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                       : QDir::tempPath();
        folder = std::make_unique<QTemporaryDir>(base + QStringLiteral("/socialroi-fuzz-XXXXXX"));
        if (!folder->isValid())
            std::abort();
    }
    return folder->path();
}

} // namespace

namespace FuzzInput {

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString writeFile(const QByteArray &bytes, const QString &fileName)
{
    const QString path = scratchFolder() + QLatin1Char('/') + fileName;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
    return path;
}

void removeFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace FuzzInput
