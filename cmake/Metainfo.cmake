# Writes the AppStream metainfo from packaging/chronik.metainfo.xml.in. Included by Install.cmake
# at configure time, and run alone by the install tests to check the screenshot option:
#   cmake -DMETAINFO_TEMPLATE=... -DMETAINFO_OUTPUT=... -DCHRONIK_APP_ID=... -DPROJECT_VERSION=...
#         [-DCHRONIK_HOMEPAGE=https://...] [-DCHRONIK_SCREENSHOT_URL=https://...] -P Metainfo.cmake
# With CHRONIK_SCREENSHOT_URL, <screenshots> name the files of assets/screenshots below that URL
# (CHRONIK_SCREENSHOTS: file|English caption|German caption, the first the default).
set(CHRONIK_SCREENSHOTS
    "title.png|The title screen|Der Titelbildschirm"
    "quiz-feedback.png|Quiz feedback with the passage of the source text|Rückmeldung im Quiz mit der Stelle im Quelltext")
set(CHRONIK_METAINFO_WEB "")
if(CHRONIK_HOMEPAGE)
  string(APPEND CHRONIK_METAINFO_WEB "  <url type=\"homepage\">${CHRONIK_HOMEPAGE}</url>\n")
endif()
if(CHRONIK_SCREENSHOT_URL)
  string(REGEX REPLACE "/+$" "" _base "${CHRONIK_SCREENSHOT_URL}")
  string(APPEND CHRONIK_METAINFO_WEB "  <screenshots>\n")
  set(_type " type=\"default\"")
  foreach(_shot IN LISTS CHRONIK_SCREENSHOTS)
    string(REPLACE "|" ";" _parts "${_shot}")
    list(GET _parts 0 _file)
    list(GET _parts 1 _en)
    list(GET _parts 2 _de)
    string(APPEND CHRONIK_METAINFO_WEB "    <screenshot${_type}>
      <caption>${_en}</caption>
      <caption xml:lang=\"de\">${_de}</caption>
      <image>${_base}/${_file}</image>
    </screenshot>\n")
    set(_type "")
  endforeach()
  string(APPEND CHRONIK_METAINFO_WEB "  </screenshots>\n")
endif()
configure_file(${METAINFO_TEMPLATE} ${METAINFO_OUTPUT} @ONLY)
