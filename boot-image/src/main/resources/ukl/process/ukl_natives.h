/*
 * ukl_natives.h of the process platform: the kernel's native methods (docs/contracts.md §5) in a
 * static Linux executable. Host.* are raw system calls (ukl_process.h); Host.isProcess() is the
 * constant 1 that makes ukl.kernel.platform.Platform take its process side, so gcc drops every
 * use of port I/O, the TSC clock and the halting idle. Those are still defined (the kernel's
 * closed world declares them), as a panic naming the native: reaching one is a kernel bug.
 */
#ifndef UKL_NATIVES_H
#define UKL_NATIVES_H

#include <stdint.h>
#include "ukl_boot.h"
#include "ukl_process.h"

extern int32_t ukl_cmdline_length; /* strlen(ukl_cmdline) */

static inline int32_t ukl_native_Cpu_inb(int32_t port) {
    (void)port;
    ukl_panic("Cpu.inb (port I/O) on the process platform");
}

static inline int32_t ukl_native_Cpu_inw(int32_t port) {
    (void)port;
    ukl_panic("Cpu.inw (port I/O) on the process platform");
}

static inline int32_t ukl_native_Cpu_inl(int32_t port) {
    (void)port;
    ukl_panic("Cpu.inl (port I/O) on the process platform");
}

static inline void ukl_native_Cpu_outb(int32_t port, int32_t value) {
    (void)port;
    (void)value;
    ukl_panic("Cpu.outb (port I/O) on the process platform");
}

static inline void ukl_native_Cpu_outw(int32_t port, int32_t value) {
    (void)port;
    (void)value;
    ukl_panic("Cpu.outw (port I/O) on the process platform");
}

static inline void ukl_native_Cpu_outl(int32_t port, int32_t value) {
    (void)port;
    (void)value;
    ukl_panic("Cpu.outl (port I/O) on the process platform");
}

/* The process side draws from getrandom(2) (Host.getrandom), never from these. */
static inline int32_t ukl_native_Cpu_hasRdrand(void) { return 0; }

static inline int64_t ukl_native_Cpu_rdrand(void) {
    ukl_panic("Cpu.rdrand on the process platform");
}

/* rdtsc is allowed in user mode; the process side reads clock_gettime, never this. */
static inline int64_t ukl_native_Cpu_rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return (int64_t)(((uint64_t)hi << 32) | lo);
}

static inline int64_t ukl_native_Cpu_tscHz(void) { return (int64_t)ukl_tsc_hz; }

static inline int64_t ukl_native_Cpu_bootEpochNanos(void) { return 0; }

static inline int64_t ukl_native_Cpu_bootTsc(void) { return 0; }

/* The boot trace (ukl.boottrace=1) is the PVH guest's: a process has no boot to trace. */
static inline void ukl_native_Cpu_bootMark(int32_t id) { (void)id; }

static inline void ukl_native_Cpu_bootReport(void) {}

static inline void ukl_native_Cpu_pause(void) { __builtin_ia32_pause(); }

/* No interrupts in a process: the line is ignored, and the wait is a ppoll on nothing. */
static inline void ukl_native_Cpu_idle(int32_t irq_line, int64_t nanos) {
    (void)irq_line;
    ukl_process_wait_input(-1, -1, nanos < 0 ? 0 : nanos);
}

static inline void ukl_native_Cpu_exit(int32_t status) { ukl_exit(status); }

static inline int32_t ukl_native_Cpu_cmdlineLength(void) { return ukl_cmdline_length; }

/* The byte at index as 0–255, or -1 outside [0, cmdlineLength()). */
static inline int32_t ukl_native_Cpu_cmdlineByte(int32_t index) {
    if ((uint32_t)index >= (uint32_t)ukl_cmdline_length) return -1;
    return (uint8_t)ukl_cmdline[index];
}

/* Memory: the same plain loads and stores as in the image (no device uses them here). */

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

static inline void ukl_native_Memory_fence(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }

static inline void ukl_native_Memory_readBarrier(void) { __asm__ volatile("" : : : "memory"); }

static inline void ukl_native_Memory_writeBarrier(void) { __asm__ volatile("" : : : "memory"); }

/* Host: the process platform's system calls (ukl.kernel.arch.Host). */

static inline int32_t ukl_native_Host_isProcess(void) { return 1; }

static inline int64_t ukl_native_Host_write(int32_t fd, void *buf, int32_t off, int32_t len) {
    return ukl_syscall(UKL_SYS_write, fd, (long)((char *)buf + off), len, 0, 0, 0);
}

static inline int64_t ukl_native_Host_read(int32_t fd, void *buf, int32_t off, int32_t len) {
    return ukl_syscall(UKL_SYS_read, fd, (long)((char *)buf + off), len, 0, 0, 0);
}

static inline int64_t ukl_native_Host_clockNanos(int32_t clock) {
    struct ukl_timespec ts;
    ukl_syscall(UKL_SYS_clock_gettime, clock, (long)&ts, 0, 0, 0, 0);
    return ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static inline int64_t ukl_native_Host_getrandom(void *buf, int32_t off, int32_t len) {
    return ukl_syscall(UKL_SYS_getrandom, (long)((char *)buf + off), len, 0, 0, 0, 0);
}

static inline int32_t ukl_native_Host_waitInput(int32_t fd_a, int32_t fd_b, int64_t nanos) {
    return ukl_process_wait_input(fd_a, fd_b, nanos);
}

static inline int32_t ukl_native_Host_tapDescriptor(void) { return ukl_tap_fd; }

#endif
