/*
 * guest.c: the test guest. The command line's first word picks what it does:
 *   hello ...   prints the command line on COM1, a line on COM2, checks heap and TSC, exits 42
 *   ud2         executes an invalid opcode (expects a panic, status 120)
 *   recurse     recurses without bound (expects the stack-guard panic)
 *   return      returns from ukl_main (expects status 0)
 *   spin        never ends (the host's timeout must kill QEMU)
 *   serve       prints "serving" on COM1, then never ends (a server the host stops)
 *   triple      triple-faults (QEMU stops without an exit status)
 *   print       writes 1 MiB on COM1 (lines of 63 letters and a newline) in 4 KiB writes, then on COM2
 *               "console: <bytes> bytes in <microseconds> us" as the TSC measured it; exits 0
 *   clock       prints "clock: <calibrated Hz> <reference Hz>" on COM1: the boot's rate, and the TSC
 *               timed over 40 ms of PIT channel 2; exits 0
 *   trace       asks for the TSC's rate, stamps milestone 12 and prints the boot trace on COM2 (twice: the second prints nothing)
 */
#include "ukl_boot.h"
#include "ukl_image.h"
#include "ukl_natives.h"

static void put(int fd, const char *s) {
    long n = 0;
    while (s[n] != '\0') n++;
    ukl_console_write(fd, s, n);
}

static int starts_with(const char *s, const char *prefix) {
    while (*prefix != '\0') {
        if (*s++ != *prefix++) return 0;
    }
    return 1;
}

static void fail(const char *why, int status) {
    put(2, why);
    put(2, "\n");
    ukl_exit(status);
}

/* The top 64 KiB of the heap: the highest RAM the page tables must cover. */
static void check_heap(void) {
    uint64_t start = (uint64_t)ukl_heap_start, end = (uint64_t)ukl_heap_end;
    if (start < (uint64_t)ukl_image_end) fail("heap starts inside the image", 3);
    if (end <= start + (16u << 20)) fail("heap smaller than 16 MiB", 4);
    if ((start | end) & 4095) fail("heap not page aligned", 5);
    volatile uint64_t *top = (volatile uint64_t *)(end - 65536);
    for (uint64_t i = 0; i < 8192; i++) top[i] = i * 0x9e3779b97f4a7c15ull;
    for (uint64_t i = 0; i < 8192; i++) {
        if (top[i] != i * 0x9e3779b97f4a7c15ull) fail("heap top does not keep a pattern", 6);
    }
}

#pragma GCC diagnostic ignored "-Winfinite-recursion"
/* ukl.kernel.arch.Memory: volatile accesses of each width, little-endian, and array addresses. */
static void check_memory(void) {
    static uint8_t buffer[16];
    int64_t at = ukl_native_Memory_addressOf(buffer);
    if (at != (int64_t)(uintptr_t)buffer) fail("addressOf is not the array's address", 10);
    ukl_native_Memory_poke64(at, 0x0807060504030201ll);
    ukl_native_Memory_fence();
    if (ukl_native_Memory_peek8(at + 7) != 8 || ukl_native_Memory_peek16(at + 2) != 0x0403 ||
        ukl_native_Memory_peek32(at + 4) != 0x08070605 || buffer[0] != 1) {
        fail("peek/poke disagree", 11);
    }
    ukl_native_Memory_poke8(at, 0xff);
    ukl_native_Memory_poke16(at + 8, 0xbeef);
    ukl_native_Memory_poke32(at + 12, -1);
    ukl_native_Memory_writeBarrier();
    ukl_native_Memory_readBarrier();
    if (ukl_native_Memory_peek8(at) != 0xff || ukl_native_Memory_peek64(at + 8) != (int64_t)0xffffffff0000beefull) {
        fail("poke8/16/32 do not land where peek64 reads", 12);
    }
}

static int recurse(int depth) {
    volatile char frame[256];
    frame[0] = (char)depth;
    return recurse(depth + 1) + frame[0];
}

static void put_dec(int fd, uint64_t v) {
    char digits[21];
    int n = sizeof digits - 1;
    digits[n] = '\0';
    do {
        digits[--n] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    put(fd, digits + n);
}

/* The console's output rate, timed inside the guest so that booting does not count. */
static void print_mebibyte(void) {
    static char chunk[4096];
    for (int i = 0; i < (int)sizeof chunk; i++) chunk[i] = i % 64 == 63 ? '\n' : (char)('a' + i % 64 % 26);
    enum { TOTAL = 1 << 20 };
    int64_t start = ukl_native_Cpu_rdtsc();
    for (int sent = 0; sent < TOTAL; sent += (int)sizeof chunk) ukl_console_write(1, chunk, sizeof chunk);
    int64_t cycles = ukl_native_Cpu_rdtsc() - start;
    put(2, "console: ");
    put_dec(2, TOTAL);
    put(2, " bytes in ");
    put_dec(2, (uint64_t)(cycles / (ukl_native_Cpu_tscHz() / 1000000)));
    put(2, " us\n");
    ukl_native_Cpu_exit(0);
}

/*
 * The reference: the TSC over 40 ms of PIT channel 2, read with counter-latch commands. Only the
 * moments of the two latches matter (each bracketed by rdtsc; the narrowest of eight is kept), so a
 * host preemption in between does not skew it, as it would a wait for OUT2 (seen late when the
 * vCPU thread is not running as it rises).
 */
static void latched(uint16_t *count, uint64_t *tsc) {
    uint64_t best = ~0ull;
    for (int i = 0; i < 8; i++) {
        uint64_t before = (uint64_t)ukl_native_Cpu_rdtsc();
        ukl_native_Cpu_outb(0x43, 0x80);
        uint64_t after = (uint64_t)ukl_native_Cpu_rdtsc();
        uint16_t c = (uint16_t)ukl_native_Cpu_inb(0x42);
        c |= (uint16_t)(ukl_native_Cpu_inb(0x42) << 8);
        if (after - before < best) {
            best = after - before;
            *count = c;
            *tsc = before + (after - before) / 2;
        }
    }
}

static uint64_t reference_rate(void) {
    uint8_t port_b = (uint8_t)ukl_native_Cpu_inb(0x61);
    ukl_native_Cpu_outb(0x61, (port_b & ~0x02) | 0x01);
    ukl_native_Cpu_outb(0x43, 0xb0);
    ukl_native_Cpu_outb(0x42, 0xff);
    ukl_native_Cpu_outb(0x42, 0xff);
    uint16_t c0 = 0, c1 = 0; /* latched() sets them; gcc, inlining it, cannot always tell */
    uint64_t t0 = 0, t1 = 0;
    latched(&c0, &t0);
    do latched(&c1, &t1);
    while ((uint16_t)(c0 - c1) < 47727); /* 40 ms of 1193182 Hz */
    ukl_native_Cpu_outb(0x61, port_b);
    return (uint64_t)((unsigned __int128)(t1 - t0) * 1193182u / (uint16_t)(c0 - c1));
}

static void clock_check(void) {
    uint64_t calibrated = (uint64_t)ukl_native_Cpu_tscHz(); /* first: the reference reprograms the PIT */
    uint64_t reference = reference_rate();
    put(1, "clock: ");
    put_dec(1, calibrated);
    put(1, " ");
    put_dec(1, reference);
    put(1, "\n");
    ukl_native_Cpu_exit(0);
}

void ukl_main(void) {
    if (starts_with(ukl_cmdline, "hello")) {
        put(1, "cmdline=[");
        for (int32_t i = 0; i < ukl_native_Cpu_cmdlineLength(); i++) {
            char c = (char)ukl_native_Cpu_cmdlineByte(i);
            ukl_console_write(1, &c, 1);
        }
        put(1, "]\n");
        put(2, "on com2\n");
        check_heap();
        check_memory();
        int64_t hz = ukl_native_Cpu_tscHz();
        if (hz < 100000000 || hz > 10000000000) fail("TSC rate outside 100 MHz..10 GHz", 7);
        if (ukl_native_Cpu_bootEpochNanos() < 1700000000ll * 1000000000ll) fail("CMOS clock before 2023", 8);
        if (ukl_native_Cpu_cmdlineByte(-1) != -1) fail("cmdlineByte(-1) is not -1", 9);
        ukl_native_Cpu_exit(42);
    } else if (starts_with(ukl_cmdline, "ud2")) {
        __asm__ volatile("ud2");
    } else if (starts_with(ukl_cmdline, "recurse")) {
        recurse(0);
    } else if (starts_with(ukl_cmdline, "triple")) {
        static const struct __attribute__((packed)) { uint16_t limit; uint64_t base; } no_idt = {0, 0};
        __asm__ volatile("lidt %0; int3" : : "m"(no_idt));
    } else if (starts_with(ukl_cmdline, "spin")) {
        for (;;) ukl_native_Cpu_pause();
    } else if (starts_with(ukl_cmdline, "print")) {
        print_mebibyte();
    } else if (starts_with(ukl_cmdline, "clock")) {
        clock_check();
    } else if (starts_with(ukl_cmdline, "trace")) {
        ukl_native_Cpu_tscHz(); /* closes the calibration's window: its milestone comes before 12 */
        ukl_native_Cpu_bootMark(12);
        ukl_native_Cpu_bootReport();
        ukl_native_Cpu_bootReport();
        ukl_native_Cpu_exit(0);
    } else if (starts_with(ukl_cmdline, "serve")) {
        put(1, "serving\n");
        for (;;) ukl_native_Cpu_pause();
    }
}
