#ifndef TEMATIK_SHA256_BLOCKS_H
#define TEMATIK_SHA256_BLOCKS_H

#include <stddef.h>
#include <stdint.h>

/// The 64 round constants of SHA-256 (FIPS 180-4, 4.2.2), for the portable rounds as well.
const uint32_t *tematik_sha256_constants(void);

/// Whether this processor has the SHA extensions (x86 SHA-NI, with SSSE3 and SSE4.1) that
/// `tematik_sha256_blocks` needs. Always 0 on other processors.
int tematik_sha256_has_hardware(void);

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks at `data`, updating the eight
/// state words. Call only when `tematik_sha256_has_hardware()` is 1.
void tematik_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
