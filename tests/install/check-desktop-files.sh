#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop entry and the AppStream metainfo (as configured, with
# the version from CMake) with the freedesktop tools, offline. Skipped (exit
# 77) when neither tool is installed: scripts/install-deps --packaging
# installs them.
# Usage: check-desktop-files.sh SOURCE_DIR BUILD_DIR APP_ID
set -euo pipefail
source=$1 build=$2 app_id=$3
checked=0
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$source/resources/$app_id.desktop"
    checked=1
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --no-color "$build/resources/$app_id.metainfo.xml"
    checked=1
fi
[ $checked -eq 1 ] || exit 77
