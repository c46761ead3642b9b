/*
 * Java arithmetic where C differs (JVMS §6.5): division by -1, shifts, float-to-integer
 * conversion, comparisons with NaN and floating remainder. The build passes -fwrapv so that
 * + - * wrap as in Java; everything here avoids the remaining undefined behaviour explicitly.
 */
#ifndef UKL_ARITH_H
#define UKL_ARITH_H

#include <stdint.h>

/* idiv/irem: the divisor is known non-zero; MIN / -1 == MIN and MIN % -1 == 0 (JVMS idiv). */
static inline int32_t ukl_idiv(int32_t a, int32_t b) { return b == -1 ? (int32_t) (0u - (uint32_t) a) : a / b; }
static inline int32_t ukl_irem(int32_t a, int32_t b) { return b == -1 ? 0 : a % b; }
static inline int64_t ukl_ldiv(int64_t a, int64_t b) { return b == -1 ? (int64_t) (0ull - (uint64_t) a) : a / b; }
static inline int64_t ukl_lrem(int64_t a, int64_t b) { return b == -1 ? 0 : a % b; }

/* Shifts use the low 5 (int) or 6 (long) bits of the count (JVMS ishl, lshl). */
static inline int32_t ukl_ishl(int32_t a, int32_t n) { return (int32_t) ((uint32_t) a << (n & 31)); }
static inline int32_t ukl_ishr(int32_t a, int32_t n) { return a >> (n & 31); }
static inline int32_t ukl_iushr(int32_t a, int32_t n) { return (int32_t) ((uint32_t) a >> (n & 31)); }
static inline int64_t ukl_lshl(int64_t a, int32_t n) { return (int64_t) ((uint64_t) a << (n & 63)); }
static inline int64_t ukl_lshr(int64_t a, int32_t n) { return a >> (n & 63); }
static inline int64_t ukl_lushr(int64_t a, int32_t n) { return (int64_t) ((uint64_t) a >> (n & 63)); }

/* d2i, d2l, f2i, f2l: NaN is 0, out-of-range saturates (JVMS d2i). */
static inline int32_t ukl_d2i(double d) {
    if (d != d) return 0;
    if (d >= 2147483647.0) return INT32_MAX;
    if (d <= -2147483648.0) return INT32_MIN;
    return (int32_t) d;
}
static inline int64_t ukl_d2l(double d) {
    if (d != d) return 0;
    if (d >= 9223372036854775807.0) return INT64_MAX;
    if (d <= -9223372036854775808.0) return INT64_MIN;
    return (int64_t) d;
}
static inline int32_t ukl_f2i(float f) { return ukl_d2i((double) f); }
static inline int64_t ukl_f2l(float f) { return ukl_d2l((double) f); }

/* fcmpl/fcmpg, dcmpl/dcmpg: NaN gives -1 (l) or 1 (g). lcmp. */
static inline int32_t ukl_fcmpl(float a, float b) { return a > b ? 1 : a == b ? 0 : -1; }
static inline int32_t ukl_fcmpg(float a, float b) { return a < b ? -1 : a == b ? 0 : 1; }
static inline int32_t ukl_dcmpl(double a, double b) { return a > b ? 1 : a == b ? 0 : -1; }
static inline int32_t ukl_dcmpg(double a, double b) { return a < b ? -1 : a == b ? 0 : 1; }
static inline int32_t ukl_lcmp(int64_t a, int64_t b) { return a > b ? 1 : a == b ? 0 : -1; }

/*
 * drem/frem are C's fmod (truncating remainder, JVMS drem), which freestanding code cannot call:
 * x87 fprem computes it exactly, repeated until the status word's C2 bit says it is complete.
 */
static inline double ukl_drem(double a, double b) {
    long double x = a, y = b;
    __asm__("1: fprem\n\tfnstsw %%ax\n\ttestw $0x400, %%ax\n\tjnz 1b" : "+t"(x) : "u"(y) : "ax", "cc");
    return (double) x;
}
static inline float ukl_frem(float a, float b) { return (float) ukl_drem((double) a, (double) b); }

static inline int32_t ukl_f2bits(float f) { int32_t i; __builtin_memcpy(&i, &f, 4); return i; }
static inline float ukl_bits2f(int32_t i) { float f; __builtin_memcpy(&f, &i, 4); return f; }
static inline int64_t ukl_d2bits(double d) { int64_t i; __builtin_memcpy(&i, &d, 8); return i; }
static inline double ukl_bits2d(int64_t i) { double d; __builtin_memcpy(&d, &i, 8); return d; }

#endif
