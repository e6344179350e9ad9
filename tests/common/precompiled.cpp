// The object that builds the tests' precompiled header (tests/CMakeLists.txt, slipway_test_pch); it has no code.
