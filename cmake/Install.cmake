# `cmake --install` and `cpack -G DEB`: the programs in bin/, the shipped data in share/chronik
# (found by io::locate_data from bin/../share/chronik), the desktop entry, icons, AppStream
# metadata and man pages where desktops and man look for them. Fonts are not copied: the game
# reads Debian's fonts-dejavu-core, which the package depends on.
include(GNUInstallDirs)
# The project has no public home yet: no homepage and no published screenshots are named
# unless a packager who publishes them says where (-DCHRONIK_HOMEPAGE=https://...,
# -DCHRONIK_SCREENSHOT_URL=https://.../screenshots with title.png and quiz-feedback.png from
# assets/screenshots). Nothing is made up meanwhile.
set(CHRONIK_HOMEPAGE "" CACHE STRING "Project homepage (empty: none named)")
set(CHRONIK_MAINTAINER "The Chronik developers <chronik@chronik-game.github.io>"
    CACHE STRING "Maintainer named in the Debian package")
set(CHRONIK_SCREENSHOT_URL "" CACHE STRING
    "Where assets/screenshots are published for AppStream (empty: no screenshots named)")
set(CHRONIK_METAINFO_WEB "")
if(CHRONIK_HOMEPAGE)
  string(APPEND CHRONIK_METAINFO_WEB "  <url type=\"homepage\">${CHRONIK_HOMEPAGE}</url>\n")
endif()
if(CHRONIK_SCREENSHOT_URL)
  string(APPEND CHRONIK_METAINFO_WEB "  <screenshots>
    <screenshot type=\"default\">
      <caption>The title screen</caption>
      <caption xml:lang=\"de\">Der Titelbildschirm</caption>
      <image>${CHRONIK_SCREENSHOT_URL}/title.png</image>
    </screenshot>
    <screenshot>
      <caption>Quiz feedback with the passage of the source text</caption>
      <caption xml:lang=\"de\">Rückmeldung im Quiz mit der Stelle im Quelltext</caption>
      <image>${CHRONIK_SCREENSHOT_URL}/quiz-feedback.png</image>
    </screenshot>
  </screenshots>\n")
endif()
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

# Debian's native changelog, compressed reproducibly.
add_custom_command(OUTPUT ${_gen}/changelog.gz
  COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/packaging/changelog > ${_gen}/changelog.gz
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog VERBATIM)
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
  configure_file(${PROJECT_SOURCE_DIR}/packaging/chronik.metainfo.xml.in
                 ${_gen}/${CHRONIK_APP_ID}.metainfo.xml @ONLY)
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
set(CPACK_PACKAGE_CONTACT "${CHRONIK_MAINTAINER}")
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
