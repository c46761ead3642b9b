/*
 * Host stand-in for boot-image's ukl_natives.h (docs/contracts.md §5): the kernel's arch natives
 * over libc. Host.isProcess() is 1, so the kernel takes the process side of its platform seam
 * (ukl.kernel.platform), as in boot-image's process runtime; Host.* are libc's calls here instead
 * of raw system calls, and there is neither seccomp nor a tap. The port I/O natives are left from
 * the UART model (COM1 standard output, COM2 standard error), unused by the process side.
 *
 * Only the natives the translator's tests run need a stand-in here: program.c declares every
 * kernel native from its Java declaration (so gcc checks these types), and Harness.hostFallbacks
 * defines the others as functions that stop the program naming the native.
 */
#ifndef UKL_NATIVES_H
#define UKL_NATIVES_H
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <unistd.h>
#include "ukl_boot.h"

int32_t ukl_host_inb(int32_t port);
void ukl_host_outb(int32_t port, int32_t value);
int64_t ukl_host_nanos(int realtime);
extern int64_t ukl_host_boot_tsc, ukl_host_boot_epoch;

static inline int32_t ukl_native_Cpu_inb(int32_t port) { return ukl_host_inb(port); }
static inline int32_t ukl_native_Cpu_inw(int32_t port) { (void) port; return 0; }
static inline int32_t ukl_native_Cpu_inl(int32_t port) { (void) port; return 0; }
static inline void ukl_native_Cpu_outb(int32_t port, int32_t value) { ukl_host_outb(port, value); }
static inline void ukl_native_Cpu_outw(int32_t port, int32_t value) { (void) port; (void) value; }
static inline void ukl_native_Cpu_outl(int32_t port, int32_t value) { (void) port; (void) value; }
static inline int64_t ukl_native_Cpu_rdtsc(void) { return ukl_host_nanos(0); }
static inline int64_t ukl_native_Cpu_tscHz(void) { return (int64_t) ukl_tsc_hz; }
static inline int64_t ukl_native_Cpu_bootEpochNanos(void) { return ukl_host_boot_epoch; }
static inline int64_t ukl_native_Cpu_bootTsc(void) { return ukl_host_boot_tsc; }
static inline void ukl_native_Cpu_pause(void) {}
/* The host has no NIC interrupt to wait for: idling returns at once, like pause. */
static inline void ukl_native_Cpu_idle(int32_t irq_line, int64_t nanos) { (void) irq_line; (void) nanos; }
static inline void ukl_native_Cpu_exit(int32_t status) { ukl_exit(status); }
static inline int32_t ukl_native_Cpu_cmdlineLength(void) {
    int32_t n = 0;
    while (ukl_cmdline[n]) n++;
    return n;
}
static inline int32_t ukl_native_Cpu_cmdlineByte(int32_t i) { return (uint8_t) ukl_cmdline[i]; }
static inline int64_t ukl_native_Memory_addressOf(void *array) { return (int64_t) (uintptr_t) array; }
static inline int32_t ukl_native_Memory_peek8(int64_t a) { return *(volatile uint8_t *) (uintptr_t) a; }
static inline int32_t ukl_native_Memory_peek16(int64_t a) { return *(volatile uint16_t *) (uintptr_t) a; }
static inline int32_t ukl_native_Memory_peek32(int64_t a) { return (int32_t) *(volatile uint32_t *) (uintptr_t) a; }
static inline int64_t ukl_native_Memory_peek64(int64_t a) { return (int64_t) *(volatile uint64_t *) (uintptr_t) a; }
static inline void ukl_native_Memory_poke8(int64_t a, int32_t v) { *(volatile uint8_t *) (uintptr_t) a = (uint8_t) v; }
static inline void ukl_native_Memory_poke16(int64_t a, int32_t v) { *(volatile uint16_t *) (uintptr_t) a = (uint16_t) v; }
static inline void ukl_native_Memory_poke32(int64_t a, int32_t v) { *(volatile uint32_t *) (uintptr_t) a = (uint32_t) v; }
static inline void ukl_native_Memory_poke64(int64_t a, int64_t v) { *(volatile uint64_t *) (uintptr_t) a = (uint64_t) v; }
static inline void ukl_native_Memory_fence(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
static inline void ukl_native_Memory_readBarrier(void) { __asm__ volatile("" ::: "memory"); }
static inline void ukl_native_Memory_writeBarrier(void) { __asm__ volatile("" ::: "memory"); }
static inline int32_t ukl_native_Host_isProcess(void) { return 1; }
static inline int64_t ukl_native_Host_write(int32_t fd, void *buf, int32_t off, int32_t len) {
    ssize_t n = write(fd, (char *) buf + off, (size_t) len);
    return n < 0 ? -errno : n;
}
static inline int64_t ukl_native_Host_read(int32_t fd, void *buf, int32_t off, int32_t len) {
    ssize_t n = read(fd, (char *) buf + off, (size_t) len);
    return n < 0 ? -errno : n;
}
static inline int64_t ukl_native_Host_clockNanos(int32_t clock) { return ukl_host_nanos(clock == 0); }
static inline int32_t ukl_native_Host_waitInput(int32_t fd_a, int32_t fd_b, int64_t nanos) {
    struct pollfd p[2] = {{fd_a, POLLIN, 0}, {fd_b, POLLIN, 0}};
    int ms = nanos < 0 ? -1 : nanos > 60000000000 ? 60000 : (int) ((nanos + 999999) / 1000000);
    if (poll(p, 2, ms) <= 0) return 0;
    return (p[0].revents ? 1 : 0) | (p[1].revents ? 2 : 0);
}
static inline int32_t ukl_native_Host_tapDescriptor(void) { return -1; }
#endif
