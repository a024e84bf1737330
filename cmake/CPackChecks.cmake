# Run by cpack for each generator (CPACK_PROJECT_CONFIG_FILE): a Debian package names a real
# maintainer, never a made-up one, so without one it is not built.
if(CPACK_GENERATOR STREQUAL "DEB" AND NOT CPACK_DEBIAN_PACKAGE_MAINTAINER AND
   NOT CPACK_PACKAGE_CONTACT)
  message(FATAL_ERROR "chronik: a Debian package needs a maintainer who answers for it: "
                      "configure with -DCHRONIK_MAINTAINER=\"Name <email>\" (or run "
                      "cpack -G DEB -D CPACK_DEBIAN_PACKAGE_MAINTAINER=\"Name <email>\")")
endif()
