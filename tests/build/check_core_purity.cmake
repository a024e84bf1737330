# Fails when a file under game/core includes a library header, touches files
# or reads the clock: core decisions must be testable without any of them.
file(GLOB_RECURSE files ${CORE_DIR}/*.hpp ${CORE_DIR}/*.cpp)
set(patterns
  "#include[ ]*[<\"](SFML|nlohmann|spdlog|fmt)/"
  "#include[ ]*<(fstream|filesystem|chrono|ctime|thread_clock|random_device)>"
  "std::(chrono|filesystem|ifstream|ofstream|fstream|random_device)"
  "[^_a-z](fopen|time)\\(")
set(bad "")
foreach(f IN LISTS files)
  file(READ ${f} text)
  # Comments may name what is forbidden; code may not.
  string(REGEX REPLACE "//[^\n]*" "" text "${text}")
  foreach(p IN LISTS patterns)
    string(REGEX MATCH "${p}" m "${text}")
    if(m)
      string(APPEND bad "\n  ${f}: matches '${m}'")
    endif()
  endforeach()
endforeach()
if(bad)
  message(FATAL_ERROR "game/core must stay pure C++ (no SFML/JSON/spdlog, files or clock):${bad}")
endif()
list(LENGTH files n)
message(STATUS "${n} core files checked")
