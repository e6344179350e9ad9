# One INTERFACE target carries the language standard, warnings and Qt defines; every target links it.
add_library(slipway_common INTERFACE)
target_compile_features(slipway_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
# Aggregates are brace-initialised in part on purpose (members carry defaults), so that one is off.
target_compile_options(slipway_common INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
                                                -Woverloaded-virtual -Wno-missing-field-initializers)
# The sanitizer build (test.sh builds it beside the normal one): every target, moc output included, is instrumented;
# any report aborts the process so that the test fails.
if(SLIPWAY_SANITIZE)
  add_compile_options(-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all)
endif()
# Coverage feedback for libFuzzer in every object; the ASan runtime provides the hooks for the other executables.
if(SLIPWAY_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SLIPWAY_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
# gold links a test (130 MB with the libraries' debug information) in half the time of the default linker. Not
# under the sanitizers: gold warns on every AddressSanitizer executable (local symbols of its runtime).
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=gold SLIPWAY_HAS_GOLD)
if(SLIPWAY_HAS_GOLD AND NOT SLIPWAY_SANITIZE)
  add_link_options(-fuse-ld=gold)
endif()
if(SLIPWAY_WERROR)
  target_compile_options(slipway_common INTERFACE -Werror)
endif()
target_compile_definitions(slipway_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_USE_QSTRINGBUILDER)
