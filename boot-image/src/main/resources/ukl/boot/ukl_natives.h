/*
 * ukl_natives.h: the kernel's native methods (docs/contracts.md §5).
 *
 * Each `static native` method of package ukl.kernel.arch is implemented here as
 * ukl_native_<Class>_<method>, with Java's types mapped as §5 says (int → int32_t,
 * long → int64_t, a primitive array → void *, its element 0). The Java declarations list the
 * natives; the definitions below list what the boot code implements, and nothing else does:
 * every program.c declares each function from its Java declaration after including this file
 * (gcc rejects a definition of other types), the toolchain reads the names defined here
 * (ImageBuilder.nativeFunctions) and the linker fails on a reachable native that is not.
 *
 * Port I/O carries a "memory" clobber: drivers kick devices through I/O ports after filling
 * buffers in RAM (e.g. VirtIO 1.1 §4.1.4.8, legacy notify), so gcc must not move memory
 * accesses across them.
 */
#ifndef UKL_NATIVES_H
#define UKL_NATIVES_H

#include <stdint.h>
#include "ukl_boot.h"

extern int64_t ukl_boot_epoch_nanos;  /* CMOS clock at boot, ns since 1970-01-01 UTC */
extern uint64_t ukl_boot_tsc;         /* the TSC when the CMOS clock was read */
extern int32_t ukl_cmdline_length;    /* strlen(ukl_cmdline) */

static inline int32_t ukl_native_Cpu_inb(int32_t port) {
    uint8_t v;
    __asm__ volatile("inb %w1, %0" : "=a"(v) : "Nd"((uint16_t)port) : "memory");
    return v;
}

static inline int32_t ukl_native_Cpu_inw(int32_t port) {
    uint16_t v;
    __asm__ volatile("inw %w1, %0" : "=a"(v) : "Nd"((uint16_t)port) : "memory");
    return v;
}

static inline int32_t ukl_native_Cpu_inl(int32_t port) {
    uint32_t v;
    __asm__ volatile("inl %w1, %0" : "=a"(v) : "Nd"((uint16_t)port) : "memory");
    return (int32_t)v;
}

static inline void ukl_native_Cpu_outb(int32_t port, int32_t value) {
    __asm__ volatile("outb %b0, %w1" : : "a"((uint8_t)value), "Nd"((uint16_t)port) : "memory");
}

static inline void ukl_native_Cpu_outw(int32_t port, int32_t value) {
    __asm__ volatile("outw %w0, %w1" : : "a"((uint16_t)value), "Nd"((uint16_t)port) : "memory");
}

static inline void ukl_native_Cpu_outl(int32_t port, int32_t value) {
    __asm__ volatile("outl %0, %w1" : : "a"((uint32_t)value), "Nd"((uint16_t)port) : "memory");
}

/* CPUID.01H:ECX bit 30 (Intel SDM vol. 2, CPUID): rdrand is there. */
static inline int32_t ukl_native_Cpu_hasRdrand(void) {
    uint32_t a = 1, b, c = 0, d;
    __asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
    return (int32_t)((c >> 30) & 1);
}

/* rdrand sets CF when it delivered a value; Intel's DRNG guide retries ten times before giving up. */
static inline int64_t ukl_native_Cpu_rdrand(void) {
    for (int i = 0; i < 10; i++) {
        uint64_t v;
        uint8_t ok;
        __asm__ volatile("rdrand %0; setc %1" : "=r"(v), "=qm"(ok) : : "cc");
        if (ok) return (int64_t)v;
    }
    return 0;
}

static inline int64_t ukl_native_Cpu_rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return (int64_t)(((uint64_t)hi << 32) | lo);
}

static inline int64_t ukl_native_Cpu_tscHz(void) { return (int64_t)ukl_tsc_rate(); }

static inline int64_t ukl_native_Cpu_bootEpochNanos(void) { return ukl_boot_epoch_nanos; }

static inline int64_t ukl_native_Cpu_bootTsc(void) { return (int64_t)ukl_boot_tsc; }

/* trace.c: boot milestones (ukl.boottrace=1); ids 0-5 are the boot code's, 6 up the kernel's. */
#define UKL_MARKS 16
void ukl_boot_mark(int32_t id);
void ukl_boot_report(void);

static inline void ukl_native_Cpu_bootMark(int32_t id) { ukl_boot_mark(id); }

static inline void ukl_native_Cpu_bootReport(void) { ukl_boot_report(); }

static inline void ukl_native_Cpu_pause(void) { __builtin_ia32_pause(); }

/* traps.c: halts until PIC line irq_line (-1: none) or the timer after nanos (at most ~54 ms). */
void ukl_idle(int32_t irq_line, int64_t nanos);

static inline void ukl_native_Cpu_idle(int32_t irq_line, int64_t nanos) { ukl_idle(irq_line, nanos); }

static inline void ukl_native_Cpu_exit(int32_t status) { ukl_exit(status); }

static inline int32_t ukl_native_Cpu_cmdlineLength(void) { return ukl_cmdline_length; }

/* The byte at index as 0–255, or -1 outside [0, cmdlineLength()). */
static inline int32_t ukl_native_Cpu_cmdlineByte(int32_t index) {
    if ((uint32_t)index >= (uint32_t)ukl_cmdline_length) return -1;
    return (uint8_t)ukl_cmdline[index];
}

/* Memory: RAM is identity-mapped and objects never move, so an array's address is its DMA address. */

static inline int64_t ukl_native_Memory_addressOf(void *array) { return (int64_t)(uintptr_t)array; }

static inline int32_t ukl_native_Memory_peek8(int64_t address) { return *(volatile uint8_t *)(uintptr_t)address; }

static inline int32_t ukl_native_Memory_peek16(int64_t address) { return *(volatile uint16_t *)(uintptr_t)address; }

static inline int32_t ukl_native_Memory_peek32(int64_t address) {
    return (int32_t)*(volatile uint32_t *)(uintptr_t)address;
}

static inline int64_t ukl_native_Memory_peek64(int64_t address) {
    return (int64_t)*(volatile uint64_t *)(uintptr_t)address;
}

static inline void ukl_native_Memory_poke8(int64_t address, int32_t value) {
    *(volatile uint8_t *)(uintptr_t)address = (uint8_t)value;
}

static inline void ukl_native_Memory_poke16(int64_t address, int32_t value) {
    *(volatile uint16_t *)(uintptr_t)address = (uint16_t)value;
}

static inline void ukl_native_Memory_poke32(int64_t address, int32_t value) {
    *(volatile uint32_t *)(uintptr_t)address = (uint32_t)value;
}

static inline void ukl_native_Memory_poke64(int64_t address, int64_t value) {
    *(volatile uint64_t *)(uintptr_t)address = (uint64_t)value;
}

/* mfence: x86 may pass a later load ahead of an earlier store (Intel SDM Vol. 3A §9.2.2). */
static inline void ukl_native_Memory_fence(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }

/* x86 keeps loads in order and stores in order; only gcc must be stopped from moving them. */
static inline void ukl_native_Memory_readBarrier(void) { __asm__ volatile("" : : : "memory"); }

static inline void ukl_native_Memory_writeBarrier(void) { __asm__ volatile("" : : : "memory"); }

/*
 * Host: the process platform's system calls (ukl.kernel.arch.Host). A PVH guest is no process:
 * isProcess() is the constant 0, so ukl.kernel.platform.Platform never calls the others, and gcc
 * drops them; they are defined only because the kernel's closed world declares them.
 */

static inline int32_t ukl_native_Host_isProcess(void) { return 0; }

static inline int64_t ukl_native_Host_write(int32_t fd, void *buf, int32_t off, int32_t len) {
    (void)fd, (void)buf, (void)off, (void)len;
    ukl_panic("Host.write outside the process platform");
}

static inline int64_t ukl_native_Host_read(int32_t fd, void *buf, int32_t off, int32_t len) {
    (void)fd, (void)buf, (void)off, (void)len;
    ukl_panic("Host.read outside the process platform");
}

static inline int64_t ukl_native_Host_getrandom(void *buf, int32_t off, int32_t len) {
    (void)buf;
    (void)off;
    (void)len;
    ukl_panic("Host.getrandom outside the process platform");
}

static inline int64_t ukl_native_Host_clockNanos(int32_t clock) {
    (void)clock;
    ukl_panic("Host.clockNanos outside the process platform");
}

static inline int32_t ukl_native_Host_waitInput(int32_t fd_a, int32_t fd_b, int64_t nanos) {
    (void)fd_a, (void)fd_b, (void)nanos;
    ukl_panic("Host.waitInput outside the process platform");
}

static inline int32_t ukl_native_Host_tapDescriptor(void) { return -1; }

#endif
