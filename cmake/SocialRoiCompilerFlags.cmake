# SPDX-License-Identifier: GPL-3.0-or-later
# Warning flags for every target of the project: call socialroi_set_warnings(target).
# CI configures with SOCIALROI_WARNINGS_AS_ERRORS=ON.
function(socialroi_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(SOCIALROI_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
