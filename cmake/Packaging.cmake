# The Debian package (docs/packaging.md): `cpack` in the build folder makes slipway_<version>_<arch>.deb and
# slipway-dbgsym_<version>_<arch>.ddeb, and lintian finds nothing to report on either.
set(slipway_packaging ${PROJECT_SOURCE_DIR}/packaging)
set(slipway_packaging_out ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${slipway_packaging_out})

# packaging/changelog is the package's history; its newest entry names the version, which must be the project's.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${slipway_packaging}/changelog)
file(STRINGS ${slipway_packaging}/changelog slipway_changelog_head LIMIT_COUNT 1)
if(NOT slipway_changelog_head MATCHES "^slipway \\(([^-)]+)-([^)]+)\\)")
  message(FATAL_ERROR "packaging/changelog: the first line must be \"slipway (VERSION-REVISION) ...\"")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "packaging/changelog's newest entry is ${CMAKE_MATCH_1}, the project is ${PROJECT_VERSION}: "
                      "add an entry for ${PROJECT_VERSION}")
endif()
set(SLIPWAY_DEBIAN_REVISION ${CMAKE_MATCH_2})
file(STRINGS ${slipway_packaging}/changelog slipway_changelog_trailer REGEX "^ -- " LIMIT_COUNT 1)
string(REGEX REPLACE "^ -- .*>  " "" slipway_changelog_date "${slipway_changelog_trailer}")
# The newest entry's date stamps the manual page, so that rebuilding the same version gives the same bytes.
execute_process(COMMAND date -u -d "${slipway_changelog_date}" +%s OUTPUT_VARIABLE SLIPWAY_SOURCE_DATE_EPOCH
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND gzip -9nc ${slipway_packaging}/changelog
                OUTPUT_FILE ${slipway_packaging_out}/changelog.Debian.gz COMMAND_ERROR_IS_FATAL ANY)

# slipway(1) is help2man's rendering of `slipway --help` and of the commands' own --help (packaging/manpage.cmake).
find_program(SLIPWAY_HELP2MAN help2man)
if(SLIPWAY_HELP2MAN)
  set(slipway_manpage ${slipway_packaging_out}/slipway.1.gz)
  add_custom_command(
    OUTPUT ${slipway_manpage}
    COMMAND ${CMAKE_COMMAND} -DSLIPWAY=$<TARGET_FILE:slipway> -DHELP2MAN=${SLIPWAY_HELP2MAN}
            -DINCLUDE=${slipway_packaging}/slipway.h2m -DOUTPUT=${slipway_manpage}
            -DSOURCE_DATE_EPOCH=${SLIPWAY_SOURCE_DATE_EPOCH} -P ${slipway_packaging}/manpage.cmake
    DEPENDS slipway ${slipway_packaging}/manpage.cmake ${slipway_packaging}/slipway.h2m
    COMMENT "Generating the manual page slipway(1)"
    VERBATIM)
  add_custom_target(slipway_manpage ALL DEPENDS ${slipway_manpage})
  install(FILES ${slipway_manpage} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "help2man not found (tools/install-deps.sh installs it): the package will have no manual page")
endif()

install(FILES ${slipway_packaging}/io.slipway.Slipway.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${slipway_packaging}/io.slipway.Slipway.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/slipway.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME io.slipway.Slipway.svg)
# systemd looks for user units in /usr/lib/systemd/user whatever the multiarch library folder is.
install(FILES ${slipway_packaging}/slipway-headless.service DESTINATION lib/systemd/user)
# Deployment agents as system services, one instance per agent name (docs/agents.md).
install(FILES ${slipway_packaging}/slipway-agent@.service DESTINATION lib/systemd/system)
install(FILES ${slipway_packaging}/copyright ${slipway_packaging_out}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${slipway_packaging}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME slipway)
# Debian's hardening: relocations read-only before main() (relro is the toolchain's default, bindnow is not).
target_link_options(slipway PRIVATE LINKER:-z,now)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME slipway)
set(CPACK_PACKAGE_VENDOR "Slipway")
set(CPACK_PACKAGE_CONTACT "Slipway developers <dev@slipway.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Local-first desktop release manager")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${slipway_packaging}/description.txt)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${SLIPWAY_DEBIAN_REVISION})
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                                WORLD_READ WORLD_EXECUTE)
# The binary ships stripped; its debug information goes to slipway-dbgsym (found by build id, as Debian's own).
# CPack strips only what it moved there, so CPACK_STRIP_FILES stays off.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_POST_BUILD_SCRIPTS ${slipway_packaging}/dbgsym.cmake)
set(CPACK_DEBIAN_PACKAGE_SOURCE slipway)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are dlopen()ed, so shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qttranslations6-l10n")
include(CPack)
