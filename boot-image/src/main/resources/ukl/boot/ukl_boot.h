/*
 * ukl_boot.h: what the boot code gives the runtime (docs/contracts.md §6).
 *
 * The boot code calls void ukl_main(void) (defined by the runtime) once the CPU is in long mode
 * with SSE enabled, the stack set up and .bss cleared; if ukl_main returns, it calls ukl_exit(0).
 */
#ifndef UKL_BOOT_H
#define UKL_BOOT_H

#include <stdint.h>

extern uint8_t *ukl_heap_start, *ukl_heap_end;  /* free RAM after the image, from the PVH memory map */
extern const char *ukl_cmdline;                /* the kernel command line, "" when none */
extern uint64_t ukl_tsc_hz;                    /* calibrated at boot */
void ukl_console_write(int fd, const char *s, long n);  /* fd 1 → COM1, fd 2 → COM2 */
_Noreturn void ukl_exit(int status);           /* isa-debug-exit: QEMU exits with 2*status+1 */
_Noreturn void ukl_panic(const char *msg);     /* "ukl: panic: msg" on COM2, status 120 */

void ukl_main(void);                           /* the runtime's entry point */
/* The runtime's, if it has one: prints the Java stack on COM2; a panic calls it after its message. */
void ukl_java_stack(void) __attribute__((weak));

#endif
