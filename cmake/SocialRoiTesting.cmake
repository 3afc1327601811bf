# SPDX-License-Identifier: GPL-3.0-or-later
# socialroi_add_test(NAME name SOURCES ... LIBRARIES ... [LABELS ...] [GUI])
#
# Builds one Qt Test executable and registers it with CTest. Every test runs on
# the offscreen platform with a fixed DPI and font so grabs are reproducible.
# SOCIALROI_TEST_DATA_DIR is the suite's own data/ folder; SOCIALROI_TEST_FIXTURES_DIR
# is tests/data, the real-world files shared by several suites (see its README).
# Benchmarks use socialroi_add_benchmark, which carries the `bench` label and
# stays out of the default `ctest -LE bench` run.
function(socialroi_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    # tests/support: small helpers several suites share (header-only).
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    socialroi_set_warnings(${ARG_NAME})
    target_compile_definitions(${ARG_NAME} PRIVATE
        SOCIALROI_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data"
        SOCIALROI_TEST_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FONT_DPI=96;QT_SCALE_FACTOR=1;LC_ALL=C.UTF-8"
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT})
endfunction()

# socialroi_add_benchmark(NAME name SOURCES ... LIBRARIES ...)
function(socialroi_add_benchmark)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBRARIES})
    socialroi_set_warnings(${ARG_NAME})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES LABELS bench TIMEOUT 3600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
