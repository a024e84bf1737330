# Finds the fonts in Debian's font packages at configure time and copies them,
# with the question bank, next to the game so the build folder runs on its own.
set(CHRONIK_FONT_DIRS /usr/share/fonts/truetype/dejavu /usr/share/fonts/dejavu /usr/share/fonts/TTF)
set(CHRONIK_FONTS DejaVuSans.ttf DejaVuSans-Bold.ttf DejaVuSerif.ttf DejaVuSansMono.ttf)
set(CHRONIK_ASSET_DIR ${CMAKE_BINARY_DIR}/assets)
foreach(font IN LISTS CHRONIK_FONTS)
  string(MAKE_C_IDENTIFIER ${font} var)
  find_file(CHRONIK_FONT_${var} ${font} PATHS ${CHRONIK_FONT_DIRS} NO_DEFAULT_PATH)
  if(NOT CHRONIK_FONT_${var})
    message(FATAL_ERROR "Font ${font} not found in ${CHRONIK_FONT_DIRS}. "
      "Install the Debian package fonts-dejavu-core (sudo apt-get install fonts-dejavu-core).")
  endif()
  configure_file(${CHRONIK_FONT_${var}} ${CHRONIK_ASSET_DIR}/fonts/${font} COPYONLY)
endforeach()
file(GLOB_RECURSE _chronik_assets RELATIVE ${PROJECT_SOURCE_DIR}/assets ${PROJECT_SOURCE_DIR}/assets/*)
foreach(a IN LISTS _chronik_assets)
  configure_file(${PROJECT_SOURCE_DIR}/assets/${a} ${CHRONIK_ASSET_DIR}/${a} COPYONLY)
endforeach()
