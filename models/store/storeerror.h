// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Why a project file could not be opened or created: a kind the code can
// branch on and a translated sentence naming the file and the problem.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind {
        None,
        NotFound,
        IsDirectory,
        CannotRead,
        NotSqlite,
        NotAProject,
        NewerVersion,
        Corrupt,
        ReadOnly,
        AlreadyExists,
        CannotCreate,
        Busy,
        ForeignObjects, // triggers we did not create, in a file that needs writing to open
    };

    Kind kind = Kind::None;
    QString filePath;
    QString message;

    bool isError() const { return kind != Kind::None; }
    QString toString() const { return filePath + QLatin1String(": ") + message; }
};
