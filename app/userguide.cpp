// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguide.h"

#include "socialroiconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace UserGuide {

QString folder()
{
    const QString installed
        = QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                              .filePath(QStringLiteral(SOCIALROI_DOCDIR_FROM_BIN)));
    const QString source = QStringLiteral(SOCIALROI_SOURCE_DOCDIR);
    for (const QString &candidate : {installed, source}) {
        if (QFileInfo::exists(QDir(candidate).filePath(QLatin1String(indexDocument))))
            return candidate;
    }
    return QString();
}

QString documentPath(const QString &document)
{
    const QString base = folder();
    if (base.isEmpty() || document.contains(QLatin1String("..")))
        return QString();
    const QString path = QDir(base).filePath(document);
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace UserGuide
