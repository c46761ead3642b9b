/*
 * string.c: the four functions gcc may call even in freestanding code (GCC manual, "C Language
 * Standards": memcpy, memmove, memset, memcmp). Written with rep-prefixed string instructions so that gcc
 * cannot turn them back into calls of themselves.
 */
#include <stddef.h>
#include <stdint.h>

/*
 * Copies go eight bytes a step too, for the reason memset's comment gives: System.arraycopy and the
 * network's buffers end here, and a 1 KiB echo copies its payload several times.
 */
static void copy_forward(void *d, const void *s, size_t n) {
    size_t words = n >> 3, rest = n & 7;
    __asm__ volatile("rep movsq" : "+D"(d), "+S"(s), "+c"(words) : : "memory");
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(rest) : : "memory");
}

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    copy_forward(dst, src, n);
    return dst;
}

/*
 * Forward when dst is below src or the two do not overlap (each step reads its bytes before any
 * step writes over them); otherwise backward, from the last word down, then the head bytes.
 */
void *memmove(void *dst, const void *src, size_t n) {
    if ((uintptr_t)dst - (uintptr_t)src >= n) {
        copy_forward(dst, src, n);
        return dst;
    }
    size_t words = n >> 3, rest = n & 7;
    void *d = (char *)dst + n - 8;
    const void *s = (const char *)src + n - 8;
    __asm__ volatile("std; rep movsq; cld" : "+D"(d), "+S"(s), "+c"(words) : : "memory");
    d = (char *)dst + rest - 1;
    s = (const char *)src + rest - 1;
    __asm__ volatile("std; rep movsb; cld" : "+D"(d), "+S"(s), "+c"(rest) : : "memory");
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
