# cmake -DBINARY_DIR=<build dir> -DOUT_DIR=<dir> -P BuildPackages.cmake
# The packaging tests' fixture: builds the .deb and the .tar.gz from the build tree's install
# rules (the programs must be built already, as ctest runs after the build), into a fresh OUT_DIR.
foreach(var BINARY_DIR OUT_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "BuildPackages.cmake needs -D${var}=...")
  endif()
endforeach()
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
execute_process(
  COMMAND "${CMAKE_CPACK_COMMAND}" --config "${BINARY_DIR}/CPackConfig.cmake"
          -G "DEB;TGZ" -B "${OUT_DIR}"
  RESULT_VARIABLE result
  TIMEOUT 55)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cpack failed: ${result}")
endif()
