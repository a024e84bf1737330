# `cmake --install` and `cpack -G DEB`: the programs in bin/, the shipped data in share/chronik
# (found by io::locate_data from bin/../share/chronik), the desktop entry, icons, AppStream
# metadata and man pages where desktops and man look for them. Fonts are not copied: the game
# reads Debian's fonts-dejavu-core, which the package depends on.
include(GNUInstallDirs)
# The project has no public home and no shared address yet: no homepage, no published
# screenshots and no maintainer are named unless the packager says so
# (-DCHRONIK_HOMEPAGE=https://..., -DCHRONIK_SCREENSHOT_URL=https://.../screenshots where
# assets/screenshots/title.png and quiz-feedback.png are published,
# -DCHRONIK_MAINTAINER="Name <email>": whoever builds and answers for the Debian package).
# Nothing is made up meanwhile; cpack -G DEB refuses to build a package without a maintainer.
set(CHRONIK_HOMEPAGE "" CACHE STRING "Project homepage (empty: none named)")
set(CHRONIK_MAINTAINER "" CACHE STRING
    "Name <email> of the Debian package's maintainer, also signing its changelog (empty: none; cpack -G DEB refuses)")
set(CHRONIK_SCREENSHOT_URL "" CACHE STRING
    "Where assets/screenshots are published for AppStream (empty: no screenshots named)")
set(_data ${CMAKE_INSTALL_DATADIR}/chronik)
set(_doc ${CMAKE_INSTALL_DATADIR}/doc/chronik)
set(_gen ${PROJECT_BINARY_DIR}/packaging)
# Made here: without the game (CHRONIK_BUILD_GAME=OFF, the sanitizer build) no configure_file
# below creates it, and the changelog and man page commands write into it.
file(MAKE_DIRECTORY ${_gen})

install(TARGETS chronik-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/questions/ DESTINATION ${_data}/questions)
if(EXISTS ${PROJECT_SOURCE_DIR}/assets/web)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/web DESTINATION ${_data}/assets)
endif()
# The GPL's text is Debian's /usr/share/common-licenses/GPL-3, which the copyright file names.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${_doc})

# Debian's native changelog, signed by the maintainer (without one: by the project's name, no
# address), compressed reproducibly.
if(CHRONIK_MAINTAINER)
  set(CHRONIK_CHANGELOG_SIGNER "${CHRONIK_MAINTAINER}")
else()
  set(CHRONIK_CHANGELOG_SIGNER "The Chronik developers")
endif()
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.in ${_gen}/changelog @ONLY)
add_custom_command(OUTPUT ${_gen}/changelog.gz
  COMMAND gzip -9nc ${_gen}/changelog > ${_gen}/changelog.gz
  DEPENDS ${_gen}/changelog VERBATIM)
set(_packaging_outputs ${_gen}/changelog.gz)
install(FILES ${_gen}/changelog.gz DESTINATION ${_doc})

# Man pages from the programs' own --help and --version (help2man), so they never drift.
# Not in sanitizer or fuzzer builds, whose programs may not run cleanly at build time.
if(NOT CHRONIK_SANITIZE AND NOT CHRONIK_FUZZ)
  find_program(CHRONIK_HELP2MAN help2man)
endif()
function(chronik_man_page target section name)
  if(CHRONIK_SANITIZE OR CHRONIK_FUZZ)
    return()
  elseif(NOT CHRONIK_HELP2MAN)
    message(WARNING "help2man not found: no man page for ${target} (apt-get install help2man)")
    return()
  endif()
  set(out ${_gen}/${target}.${section}.gz)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CHRONIK_HELP2MAN} --no-info --no-discard-stderr --section=${section}
            --name=${name} --include=${PROJECT_SOURCE_DIR}/packaging/${target}.h2m
            --output=${_gen}/${target}.${section} $<TARGET_FILE:${target}>
    COMMAND gzip -9nf ${_gen}/${target}.${section}
    DEPENDS ${target} ${PROJECT_SOURCE_DIR}/packaging/${target}.h2m VERBATIM)
  set(_packaging_outputs ${_packaging_outputs} ${out} PARENT_SCOPE)
  install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
endfunction()
chronik_man_page(chronik-cli 1 "headless tools for Chronik: lint, import, profiles, hosting")

if(CHRONIK_BUILD_GAME)
  install(TARGETS chronik RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  chronik_man_page(chronik 6 "a history quiz and flashcard game")
  configure_file(${PROJECT_SOURCE_DIR}/packaging/chronik.desktop.in
                 ${_gen}/${CHRONIK_APP_ID}.desktop @ONLY)
  set(METAINFO_TEMPLATE ${PROJECT_SOURCE_DIR}/packaging/chronik.metainfo.xml.in)
  set(METAINFO_OUTPUT ${_gen}/${CHRONIK_APP_ID}.metainfo.xml)
  include(${PROJECT_SOURCE_DIR}/cmake/Metainfo.cmake)
  install(FILES ${_gen}/${CHRONIK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${_gen}/${CHRONIK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  set(_icons ${PROJECT_SOURCE_DIR}/assets/icons)
  install(FILES ${_icons}/chronik.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${CHRONIK_APP_ID}.svg)
  foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${_icons}/chronik-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${CHRONIK_APP_ID}.png)
  endforeach()
endif()
add_custom_target(chronik_packaging_files ALL DEPENDS ${_packaging_outputs})

# cpack -G DEB: one package 'chronik' for /usr, its library dependencies from dpkg-shlibdeps.
set(CPACK_PACKAGE_NAME chronik)
set(CPACK_PACKAGE_VENDOR "The Chronik developers")
if(CHRONIK_MAINTAINER)
  set(CPACK_PACKAGE_CONTACT "${CHRONIK_MAINTAINER}")
endif()
# Run by cpack: refuses a Debian package without a maintainer, with the option to set.
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/cmake/CPackChecks.cmake)
# Run by cpack on the staged files: the packaged changelog is signed by the package's maintainer.
set(CPACK_CHRONIK_CHANGELOG_TEMPLATE ${PROJECT_SOURCE_DIR}/packaging/changelog.in)
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/CPackSignChangelog.cmake)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "history quiz and flashcard game")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
if(CHRONIK_HOMEPAGE)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CHRONIK_HOMEPAGE}")
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Chronik serves multiple-choice and timeline rounds, timed exams and
flashcards scheduled by FSRS, drawn from a question bank whose every item
cites the sentence of its source text. Teachers run class games on one
screen or over the classroom network, and import their own decks.
.
This package holds the game (chronik), the command-line tools
(chronik-cli) and the shipped German question bank.")
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
