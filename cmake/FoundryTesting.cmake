# foundry_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [GUI])
# One QtTest executable per class or endpoint group, registered with CTest.
# GUI tests run on the offscreen platform so they need no display.
function(foundry_add_test)
  cmake_parse_arguments(ARG "GUI" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  set_property(GLOBAL APPEND PROPERTY FOUNDRY_TEST_TARGETS ${ARG_NAME})
  set_target_properties(${ARG_NAME} PROPERTIES AUTOMOC ON)
  target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${ARG_NAME} PRIVATE
    FOUNDRY_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    FOUNDRY_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
  add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
  set(env "QT_QPA_PLATFORM=offscreen")
  set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 120)
  if(ARG_LABELS)
    set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}")
  endif()
endfunction()

# `foundry_test_executables` builds every foundry_add_test executable and nothing else (the
# sanitizer builds in scripts/test.sh use it). Defined once the whole tree has been read.
function(foundry_define_test_executables_target)
  get_property(targets GLOBAL PROPERTY FOUNDRY_TEST_TARGETS)
  add_custom_target(foundry_test_executables)
  add_dependencies(foundry_test_executables ${targets})
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL foundry_define_test_executables_target)
