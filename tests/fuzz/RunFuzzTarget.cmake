# cmake -P script behind each fuzz.<name> test (see CMakeLists.txt here):
# configure and build the fuzz project with clang++, then fuzz one target for
# a bounded time. Fails (exit code 1) on any build error or finding.
foreach(var NAME SOURCE_DIR BINARY_DIR GENERATOR CXX SECONDS SEEDS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "RunFuzzTarget: -D${var}=... missing")
  endif()
endforeach()
if(NOT CXX OR NOT EXISTS "${CXX}")
  message(FATAL_ERROR "fuzz.${NAME}: clang++ not found; install clang-14 and libclang-rt-14-dev "
                      "(bash .ci/setup-debian.sh)")
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G ${GENERATOR}
                        -DCMAKE_CXX_COMPILER=${CXX}
                RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "fuzz.${NAME}: configuring the fuzz project failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} --target ${NAME}
                RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "fuzz.${NAME}: building the fuzz target failed")
endif()

# New inputs go to a corpus folder in the build tree (the first folder given),
# never into the seeds in the source tree; it grows across runs.
set(corpus ${BINARY_DIR}/corpus-${NAME})
file(MAKE_DIRECTORY ${corpus})
execute_process(COMMAND ${BINARY_DIR}/${NAME} -max_total_time=${SECONDS} -timeout=10
                        -rss_limit_mb=2048 -print_final_stats=1
                        -artifact_prefix=${BINARY_DIR}/ ${corpus} ${SEEDS}
                RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "fuzz.${NAME}: the fuzzer found a failing input (exit ${rc}); "
                      "see the crash-* file in ${BINARY_DIR}")
endif()
