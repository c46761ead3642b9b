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
extern uint64_t ukl_tsc_hz;                    /* 0 until ukl_tsc_rate() has been called */
uint64_t ukl_tsc_rate(void);                   /* TSC ticks per second, calibrated at the first call */
void ukl_console_write(int fd, const char *s, long n);  /* fd 1 → COM1, fd 2 → COM2 */
_Noreturn void ukl_exit(int status);           /* isa-debug-exit: QEMU exits with 2*status+1 */
_Noreturn void ukl_panic(const char *msg);     /* "ukl: panic: msg" on COM2, status 120 */

/*
 * Thread stacks: [ukl_stacks_start, ukl_stacks_end) is address space for the runtime's thread
 * stacks, committed page by page as they are touched (in a VM the #PF handler maps a zeroed page
 * from a pool the runtime feeds; in a process, Linux). A guard page is never committed: touching
 * it is a stack overflow (VM; a process has only the runtime's own stack limit).
 */
extern uint8_t *ukl_stacks_start, *ukl_stacks_end;
void ukl_stacks_guard(uint8_t *page);                 /* the page at `page` becomes a guard */
void ukl_stacks_decommit(uint8_t *lo, uint8_t *hi);   /* the pages of [lo, hi) may be given back */
uint64_t ukl_stacks_pool_want(void);                  /* bytes of RAM the pool asks for, 0 when enough */
void ukl_stacks_pool_give(uint8_t *mem, uint64_t bytes); /* RAM the runtime gives up for stack pages */
uint64_t ukl_stacks_committed(void);                  /* bytes of stack pages committed now (VM) */

void ukl_main(void);                           /* the runtime's entry point */
/* The runtime's, if it has one: prints the Java stack on COM2; a panic calls it after its message. */
void ukl_java_stack(void) __attribute__((weak));
/* The runtime's, if it has one: feeds the stack pool if it safely can (called when the pool is low). */
void ukl_stacks_refill(void) __attribute__((weak));

#endif
