# Fails when a product source outside the rules' transitions (engine/rules/transitions.cpp) writes a
# deployment's state or a release stage's status through the store, or when the store's setters are called
# under another name. The store (engine/store) declares and implements them; tests may set up rows directly.
# Run: cmake -DSOURCE_DIR=<repository> -P statuswriters.cmake
if(NOT SOURCE_DIR)
  message(FATAL_ERROR "SOURCE_DIR is not set")
endif()
set(owner "engine/rules/transitions.cpp")
# The store's writers of deployments.status / operation_status / step and of release_stages.status.
set(writers "(setStageStatus|setDeploymentState|insertDeployment|setOperation|setStep)[ \t]*\\(")
set(repository_calls "deployments(\\(\\))?[ \t]*\\.[ \t]*(request|claim|complete)[ \t]*\\(")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/engine/*.cpp" "${SOURCE_DIR}/engine/*.h"
     "${SOURCE_DIR}/rest/*.cpp" "${SOURCE_DIR}/rest/*.h" "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
     "${SOURCE_DIR}/views/*.cpp" "${SOURCE_DIR}/views/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")
set(found 0)
set(owner_writes 0)
foreach(source IN LISTS sources)
  if(source MATCHES "^engine/store/")
    continue()
  endif()
  file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "${writers}|${repository_calls}")
  if(source STREQUAL owner)
    list(LENGTH lines owner_writes)
    continue()
  endif()
  foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    message(SEND_ERROR "${source} writes a deployment or stage status outside ${owner}: ${line}")
    math(EXPR found "${found} + 1")
  endforeach()
endforeach()
# The check must see the writers where they belong, or it checks nothing (a renamed setter, a moved file).
if(owner_writes EQUAL 0)
  message(SEND_ERROR "no status writes found in ${owner}: the check's patterns no longer match the store's setters")
endif()
if(found GREATER 0)
  message(FATAL_ERROR "${found} status write(s) outside the rules; route them through Transitions")
endif()
message(STATUS "status writes: ${owner_writes} in ${owner}, none elsewhere")
