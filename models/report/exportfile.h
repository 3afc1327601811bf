// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Writes an export (a CSV, a report, a chart) in one piece: through a
// temporary file beside the target, renamed over it once every byte is on
// disk, so a failure or a kill never leaves a partial file under the
// target's name and an existing file stays as it was.
//
// A target that exists and is not a regular file (/dev/null, /dev/stdout, a
// named pipe) is written directly: renaming over it would replace the device
// or pipe itself, which root is allowed to do.
//
// On failure *error holds the system's reason ("No space left on device",
// "File too large", "Permission denied"); the caller names the file.
namespace ExportFile {

bool write(const QString &path, const QByteArray &bytes, QString *error);

// "Cancelled." for an export stopped before it wrote anything (a file that
// cannot be written: CommonText::cannotWriteFile).
QString cancelledText();
// A CSV export's file that could not be created ("… could not be written
// (Permission denied). Check that the folder exists …") or not written to
// the end ("… Check the free space and try again.").
QString cannotCreateText(const QString &path, const QString &reason);
QString cannotFinishText(const QString &path, const QString &reason);

} // namespace ExportFile
