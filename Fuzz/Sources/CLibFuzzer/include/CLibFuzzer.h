// libFuzzer's driver, from the Swift toolchain's libclang_rt.fuzzer (linked by -sanitize=fuzzer).
//
// SwiftPM gives every executable its own `main`, so the fuzz targets cannot use libFuzzer's;
// they call the driver from theirs instead.
#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command line `argc`/`argv`, calling `callback` for every input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
