#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks the FHS tree, then
# runs the installed program from there:
#   - --version prints the CMake version;
#   - a report in French uses the translation installed in
#     share/socialroi/translations (replaced here by one with a marker, which
#     only a lookup relative to the installed executable can find);
#   - an XLSX report runs the helper installed in libexec/socialroi.
# Usage: check-install.sh BUILD_DIR VERSION APP_ID LRELEASE
set -euo pipefail
build=$1 version=$2 app_id=$3 lrelease=$4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null

expected=(
    bin/socialroi
    libexec/socialroi/socialroi-xlsx-writer
    share/applications/$app_id.desktop
    share/metainfo/$app_id.metainfo.xml
    share/mime/packages/$app_id.xml
    share/icons/hicolor/scalable/apps/$app_id.svg
    share/bash-completion/completions/socialroi
    share/doc/socialroi/copyright
    share/doc/socialroi/changelog.gz
    share/doc/socialroi/third-party-notices.md
    share/doc/socialroi/user-guide.md
    share/doc/socialroi/import-mappings.md
    share/doc/socialroi/screenshots/empty-project-checklist.png
)
for language in fr de pl hi; do
    expected+=(share/socialroi/translations/socialroi_$language.qm)
done
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=(share/icons/hicolor/${size}x$size/apps/$app_id.png)
done
if command -v help2man >/dev/null; then
    expected+=(share/man/man1/socialroi.1.gz)
fi
for file in "${expected[@]}"; do
    [ -e "$prefix/$file" ] || fail "$file is not installed"
done
[ -x "$prefix/libexec/socialroi/socialroi-xlsx-writer" ] || fail "the XLSX helper is not executable"
[ ! -e "$prefix/bin/socialroi-xlsx-writer" ] || fail "the XLSX helper is installed in bin/"
grep -q "version=\"$version\"" "$prefix/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo does not name version $version"

# The installed program, with a home of its own (settings, demo project).
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
    XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
socialroi=$prefix/bin/socialroi

out=$("$socialroi" --version)
[[ $out == *"$version"* ]] || fail "socialroi --version printed \"$out\", not $version"

# A French translation with a marker in place of the report's title.
cat > "$work/marker.ts" <<'TS'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ReportBuilder</name>
    <message>
        <source>The value of social customer care</source>
        <translation>INSTALLED-TRANSLATION-MARKER</translation>
    </message>
</context>
</TS>
TS
"$lrelease" -silent "$work/marker.ts" -qm "$prefix/share/socialroi/translations/socialroi_fr.qm"

"$socialroi" demo -o "$work/d.socialroi" --customers 400 >/dev/null
"$socialroi" report -p "$work/d.socialroi" -o "$work/r.html" --lang fr >/dev/null
grep -q "INSTALLED-TRANSLATION-MARKER" "$work/r.html" \
    || fail "the French report does not use share/socialroi/translations/socialroi_fr.qm"
grep -q "SocialROI Workbench $version" "$work/r.html" \
    || fail "the report's provenance does not name version $version"

"$socialroi" report -p "$work/d.socialroi" -o "$work/r.xlsx" >/dev/null
[ -s "$work/r.xlsx" ] || fail "no XLSX report from the helper in libexec/socialroi"

echo "install tree OK: $prefix"
