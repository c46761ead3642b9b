/*
 * string.c: the four functions gcc may call even in freestanding code (GCC manual, "C Language
 * Standards": memcpy, memmove, memset, memcmp). Written with rep movsb / rep stosb so that gcc
 * cannot turn them back into calls of themselves.
 */
#include <stddef.h>
#include <stdint.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    void *d = dst;
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(src), "+c"(n) : : "memory");
    return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
    void *d = dst;
    if ((uintptr_t)dst - (uintptr_t)src >= n) {  /* dst below src or apart: forward is safe */
        __asm__ volatile("rep movsb" : "+D"(d), "+S"(src), "+c"(n) : : "memory");
        return dst;
    }
    d = (char *)dst + n - 1;
    const void *s = (const char *)src + n - 1;
    __asm__ volatile("std; rep movsb; cld" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
    return dst;
}

/*
 * Eight bytes a step where it can: under QEMU's TCG a rep-prefixed string instruction runs one
 * element per pass of its translated block, so rep stosb zeroed about 8x slower than rep stosq
 * (the heap's blocks and the NIC's buffers at boot, every block a size class takes).
 */
void *memset(void *dst, int c, size_t n) {
    void *d = dst;
    if (n >= 64) {
        size_t head = (size_t)(-(uintptr_t)d & 7);
        __asm__ volatile("rep stosb" : "+D"(d), "+c"(head) : "a"(c) : "memory");
        n -= (size_t)(-(uintptr_t)dst & 7);
        size_t words = n >> 3;
        uint64_t pattern = (uint8_t)c * 0x0101010101010101ull;
        __asm__ volatile("rep stosq" : "+D"(d), "+c"(words) : "a"(pattern) : "memory");
        n &= 7;
    }
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i]) return x[i] - y[i];
    }
    return 0;
}
