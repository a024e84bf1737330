# Project-wide compile flags: warnings, exact floating point, optional sanitizers.
add_library(chronik_flags INTERFACE)
target_compile_options(chronik_flags INTERFACE
  -Wall -Wextra -Wpedantic
  # The scheduler must reproduce reference numbers bit for bit: no FMA contraction,
  # and never -ffast-math.
  -ffp-contract=off)
if(CHRONIK_WERROR)
  target_compile_options(chronik_flags INTERFACE -Werror)
endif()
if(CHRONIK_SANITIZE)
  target_compile_options(chronik_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(chronik_flags INTERFACE -fsanitize=address,undefined)
endif()
string(FIND "${CMAKE_CXX_FLAGS}" "fast-math" _chronik_fastmath)
if(NOT _chronik_fastmath EQUAL -1)
  message(FATAL_ERROR "Chronik must not be built with -ffast-math: the FSRS scheduler reproduces reference numbers exactly.")
endif()
