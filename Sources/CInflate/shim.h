#ifndef TEMATIK_CINFLATE_SHIM_H
#define TEMATIK_CINFLATE_SHIM_H
// zlib, for inflating ZIP entries straight from the archive's bytes into their buffer.
#include <zlib.h>
#endif
