// SHA-256 compression with the x86 SHA extensions (SHA-NI), following the instruction sequence Intel
// documents for them ("Intel SHA Extensions", 2013): two rounds per SHA256RNDS2, the message schedule
// with SHA256MSG1/MSG2. The state is kept as ABEF and CDGH, the layout the instructions use.
#include "sha256_blocks.h"

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

const uint32_t *tematik_sha256_constants(void) { return K; }

#if defined(__x86_64__) || defined(__i386__)

#include <cpuid.h>
#include <immintrin.h>

int tematik_sha256_has_hardware(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    if (!(ecx & bit_SSSE3) || !(ecx & bit_SSE4_1)) return 0;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, eax, ebx, ecx, edx);
    return (ebx & (1u << 29)) != 0;  // CPUID.(EAX=7,ECX=0):EBX.SHA[bit 29]
}

// Four rounds on the message words in `w` (already scheduled), constants K[4i..4i+3].
#define ROUNDS(w, i)                                                     \
    do {                                                                 \
        msg = _mm_add_epi32(w, _mm_loadu_si128((const __m128i *)&K[4 * (i)])); \
        state1 = _mm_sha256rnds2_epu32(state1, state0, msg);             \
        msg = _mm_shuffle_epi32(msg, 0x0E);                              \
        state0 = _mm_sha256rnds2_epu32(state0, state1, msg);             \
    } while (0)

// Finishes the schedule of `next` from `w` and `previous` (W[t-7] and SHA256MSG2's part).
#define SCHEDULE(next, w, previous)                                      \
    do {                                                                 \
        next = _mm_add_epi32(next, _mm_alignr_epi8(w, previous, 4));     \
        next = _mm_sha256msg2_epu32(next, w);                            \
    } while (0)

__attribute__((target("sha,sse4.1,ssse3")))
void tematik_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128((const __m128i *)&state[0]);  // ABCD, as DCBA in lanes
    __m128i state1 = _mm_loadu_si128((const __m128i *)&state[4]);  // EFGH
    tmp = _mm_shuffle_epi32(tmp, 0xB1);  // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);  // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);  // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);  // CDGH

    while (blocks--) {
        const __m128i abef = state0, cdgh = state1;
        __m128i msg;
        __m128i m0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 0)), byteSwap);
        __m128i m1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16)), byteSwap);
        __m128i m2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 32)), byteSwap);
        __m128i m3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 48)), byteSwap);

        ROUNDS(m0, 0);
        ROUNDS(m1, 1);
        m0 = _mm_sha256msg1_epu32(m0, m1);
        ROUNDS(m2, 2);
        m1 = _mm_sha256msg1_epu32(m1, m2);
        // Rounds 12 to 51: each group schedules the words of the group after it.
        for (int group = 3; group < 13; group += 4) {
            ROUNDS(m3, group);
            SCHEDULE(m0, m3, m2);
            m2 = _mm_sha256msg1_epu32(m2, m3);
            ROUNDS(m0, group + 1);
            SCHEDULE(m1, m0, m3);
            m3 = _mm_sha256msg1_epu32(m3, m0);
            ROUNDS(m1, group + 2);
            SCHEDULE(m2, m1, m0);
            m0 = _mm_sha256msg1_epu32(m0, m1);
            ROUNDS(m2, group + 3);
            SCHEDULE(m3, m2, m1);
            m1 = _mm_sha256msg1_epu32(m1, m2);
        }
        // The loop ran groups 3 to 14 (its last turn also scheduled words no group needs); 15 is left.
        ROUNDS(m3, 15);

        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
        data += 64;
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);  // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);  // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);  // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);  // HGFE
    _mm_storeu_si128((__m128i *)&state[0], state0);
    _mm_storeu_si128((__m128i *)&state[4], state1);
}

#else

int tematik_sha256_has_hardware(void) { return 0; }

void tematik_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    (void)state;
    (void)data;
    (void)blocks;
}

#endif
