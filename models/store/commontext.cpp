// SPDX-License-Identifier: GPL-3.0-or-later
#include "commontext.h"

#include <QCoreApplication>
#include <QDir>

namespace {

struct CommonTextTr
{
    Q_DECLARE_TR_FUNCTIONS(CommonText)
};

} // namespace

namespace CommonText {

QString withAside(const QString &text, const QString &aside)
{
    return CommonTextTr::tr("%1 (%2)").arg(text, aside);
}

QString labelled(const QString &label, const QString &value)
{
    return CommonTextTr::tr("%1: %2").arg(label, value);
}

QString listSeparator()
{
    //: Joins the items of a list: "a, b, c"
    return CommonTextTr::tr(", ");
}

QString cannotReadProject(const QString &projectPath, const QString &reason)
{
    return CommonTextTr::tr("%1: cannot read the project (%2).")
        .arg(QDir::toNativeSeparators(projectPath), reason);
}

QString cannotReadRejectedRows(const QString &projectPath, const QString &reason)
{
    return CommonTextTr::tr("%1: cannot read the rejected rows (%2).")
        .arg(QDir::toNativeSeparators(projectPath), reason);
}

QString cannotWriteFile(const QString &path, const QString &reason)
{
    return CommonTextTr::tr("%1: cannot write the file (%2).")
        .arg(QDir::toNativeSeparators(path), reason);
}

QString valueHeader()
{
    //: Column header: the value of a row
    return CommonTextTr::tr("Value");
}

QString unitHeader()
{
    //: Column header: the unit of a row's value
    return CommonTextTr::tr("Unit");
}

} // namespace CommonText
