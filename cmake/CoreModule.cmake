# chronik_core_module(): a pure-C++ library under game/core whose include path
# cannot reach SFML, nlohmann_json or spdlog.
#
# /usr/include holds those headers on Debian, so leaving them off the target is
# not enough. Instead a "poison" folder that shadows every such header with an
# #error is put first on the include path of every core target.
set(CHRONIK_CORE_POISON_DIR ${CMAKE_BINARY_DIR}/core-poison)
function(_chronik_make_poison)
  foreach(lib SFML nlohmann spdlog fmt)
    foreach(root /usr/include /usr/local/include)
      if(EXISTS ${root}/${lib})
        file(GLOB_RECURSE headers RELATIVE ${root} ${root}/${lib}/*)
        foreach(h IN LISTS headers)
          set(out ${CHRONIK_CORE_POISON_DIR}/${h})
          if(NOT EXISTS ${out})
            file(WRITE ${out} "#error \"game/core is pure C++: <${h}> belongs in game/io or game/ui\"\n")
          endif()
        endforeach()
      endif()
    endforeach()
    # Names that do not exist on this machine must fail too.
    file(WRITE ${CHRONIK_CORE_POISON_DIR}/${lib}/.keep "")
  endforeach()
endfunction()
_chronik_make_poison()

# Usage: chronik_core_module(NAME SOURCES a.cpp b.cpp DEPS other_core_module)
function(chronik_core_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${M_SOURCES})
  target_include_directories(${name} BEFORE PRIVATE ${CHRONIK_CORE_POISON_DIR})
  # Core headers are included relative to game/core ("srs/scheduler.hpp"), the others
  # relative to game/ ("io/save/review_log.hpp", "ui/...").
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/game/core ${PROJECT_SOURCE_DIR}/game)
  target_link_libraries(${name} PUBLIC chronik_flags chronik_core_time ${M_DEPS})
  set_property(GLOBAL APPEND PROPERTY CHRONIK_CORE_MODULES ${name})
endfunction()

# chronik_io_module(): a library under game/io (JSON formats, loaders, storage,
# logging). Same shape as a core module, without the poison folder.
function(chronik_io_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${M_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/game)
  target_link_libraries(${name} PUBLIC chronik_flags chronik_core ${M_DEPS})
  set_property(GLOBAL APPEND PROPERTY CHRONIK_IO_MODULES ${name})
endfunction()
