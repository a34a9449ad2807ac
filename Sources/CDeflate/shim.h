#ifndef TEMATIK_CDEFLATE_SHIM_H
#define TEMATIK_CDEFLATE_SHIM_H
// libdeflate, for inflating ZIP entries whose size is known in one call, about 2.7 times as fast as zlib.
#include <libdeflate.h>
#endif
