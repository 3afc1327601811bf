# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cpack -G DEB` in the build folder (scripts/package)
# writes socialroi_<version>_amd64.deb from the install rules. Library
# dependencies come from dpkg-shlibdeps; the ones it cannot see (plugins Qt
# loads at run time, the fonts of the Hindi report) are named here.

set(SOCIALROI_MAINTAINER_EMAIL "socialroi@example.org")

# Debian's documentation folder: copyright, changelog, notices, README.
set(docdir ${CMAKE_INSTALL_DATADIR}/doc/socialroi)
string(TIMESTAMP SOCIALROI_RELEASE_DATE_RFC2822 "%a, %d %b %Y 12:00:00 +0000" UTC)
# The release day, not the build day, so the changelog is reproducible.
execute_process(COMMAND date -u -R -d "${SOCIALROI_RELEASE_DATE} 12:00:00"
    OUTPUT_VARIABLE SOCIALROI_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in
    ${PROJECT_BINARY_DIR}/packaging/changelog @ONLY)
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/packaging/changelog.gz
    COMMAND gzip -9 -n -c ${PROJECT_BINARY_DIR}/packaging/changelog
            > ${PROJECT_BINARY_DIR}/packaging/changelog.gz
    DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog
    VERBATIM)
add_custom_target(socialroi_changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz
              ${PROJECT_SOURCE_DIR}/resources/debian/copyright
              ${PROJECT_SOURCE_DIR}/docs/third-party-notices.md
        DESTINATION ${docdir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME socialroi)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The SocialROI Workbench authors")
set(CPACK_PACKAGE_CONTACT "SocialROI Workbench developers <${SOCIALROI_MAINTAINER_EMAIL}>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "measure what social-media customer care is worth")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # socialroi_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so invisible to dpkg-shlibdeps: the SQLite driver of
# Qt Sql, the X11 and Wayland platform plugins, and the fonts with Devanagari
# for Hindi reports.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The long description; CPack puts the summary above it.
set(CPACK_PACKAGE_DESCRIPTION
"SocialROI Workbench estimates what a social-media customer-care team is
worth, with numbers a CFO accepts. It loads customer lists, support-contact
logs and order exports into a local project (one SQLite file), compares the
customers who dealt with the social team against similar customers who did
not, and exports the evidence as PDF, HTML or Excel reports in English,
French, German, Polish and Hindi.")

include(CPack)
