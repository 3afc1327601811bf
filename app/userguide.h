// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where the user guide lives: the Markdown documents of docs/ as the package
// installs them (share/doc/socialroi beside the program's bin/), else, for a
// program run from its build tree, the source tree's docs/.
namespace UserGuide {

// The guide's first page.
inline constexpr char indexDocument[] = "user-guide.md";

// The folder holding the guide; empty when neither place has it.
QString folder();
// A document of the guide by file name ("import-mappings.md"); empty when
// it is not there.
QString documentPath(const QString &document);

} // namespace UserGuide
