/* fuzz: what every fuzz target in tests/fuzz shares.
 *
 * Each target defines LLVMFuzzerTestOneInput(), the libFuzzer entry point.
 * The same file is linked either with libFuzzer (-Dfuzzing=true under
 * clang) or with driver.c, which feeds it every file of a checked-in seed
 * corpus so that the targets run as plain tests on every build.
 *
 * A target checks what must hold for any input with FUZZ_CHECK: a broken
 * promise aborts, which libFuzzer records as a crash with its input.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #cond);          \
            abort();                                                                               \
        }                                                                                          \
    } while (0)
