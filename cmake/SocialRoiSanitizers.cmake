# SPDX-License-Identifier: GPL-3.0-or-later
# SOCIALROI_SANITIZE: a list of sanitizers for every target of the project,
# e.g. -DSOCIALROI_SANITIZE="address;undefined" or -DSOCIALROI_SANITIZE=thread
# (the asan and tsan presets set it). Empty in normal builds.
#
# UndefinedBehaviorSanitizer stops at the first report (-fno-sanitize-recover),
# so a finding fails the test that triggers it instead of scrolling past.
# Frame pointers keep the reports' stacks complete at -O1.
set(SOCIALROI_SANITIZE "" CACHE STRING
    "Sanitizers for every target: address;undefined, or thread (empty: none)")

if(SOCIALROI_SANITIZE)
    if("thread" IN_LIST SOCIALROI_SANITIZE AND "address" IN_LIST SOCIALROI_SANITIZE)
        message(FATAL_ERROR "SOCIALROI_SANITIZE: thread cannot be combined with address")
    endif()
    foreach(sanitizer IN LISTS SOCIALROI_SANITIZE)
        if(NOT sanitizer MATCHES "^(address|undefined|thread|leak)$")
            message(FATAL_ERROR "SOCIALROI_SANITIZE: unknown sanitizer '${sanitizer}'")
        endif()
    endforeach()
    list(JOIN SOCIALROI_SANITIZE "," sanitizers)
    add_compile_options(-fsanitize=${sanitizers} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${sanitizers})
    if("undefined" IN_LIST SOCIALROI_SANITIZE)
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
endif()

# SOCIALROI_FUZZ: builds the libFuzzer targets of tests/fuzz (clang only).
# Every target gets coverage instrumentation so the fuzzer sees into the
# libraries; only the fuzz executables link libFuzzer's main.
option(SOCIALROI_FUZZ "Build the libFuzzer targets of tests/fuzz (clang)" OFF)
if(SOCIALROI_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SOCIALROI_FUZZ needs clang (libFuzzer): use the fuzz preset")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
