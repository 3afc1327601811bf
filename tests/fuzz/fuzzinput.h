// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Helpers shared by the fuzz targets. The readers under test take file paths,
// so each input is written to a scratch folder of this process (in /dev/shm
// when there is one: no disk writes at thousands of inputs a second).
namespace FuzzInput {

QByteArray bytes(const std::uint8_t *data, std::size_t size);

// Writes `bytes` to `fileName` in the scratch folder and returns its path.
QString writeFile(const QByteArray &bytes, const QString &fileName);

// Removes the file and the side files SQLite may leave beside it.
void removeFile(const QString &path);

} // namespace FuzzInput
