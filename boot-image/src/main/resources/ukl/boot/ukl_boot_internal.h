/*
 * ukl_boot_internal.h: shared by the boot code's C files only; the runtime sees ukl_boot.h.
 */
#ifndef UKL_BOOT_INTERNAL_H
#define UKL_BOOT_INTERNAL_H

#include <stdint.h>
#include "ukl_boot.h"
#include "ukl_natives.h"

/* Xen's public/arch-x86/hvm/start_info.h, version 1 (memory map). */
#define HVM_MEMMAP_TYPE_RAM 1
struct hvm_start_info {
    uint32_t magic;             /* 0x336ec578 */
    uint32_t version;           /* 1 and up carry the memory map */
    uint32_t flags;
    uint32_t nr_modules;
    uint64_t modlist_paddr;
    uint64_t cmdline_paddr;     /* NUL-terminated, 0 when none */
    uint64_t rsdp_paddr;
    uint64_t memmap_paddr;
    uint32_t memmap_entries;
    uint32_t reserved;
};
struct hvm_memmap_table_entry {
    uint64_t addr;
    uint64_t size;
    uint32_t type;              /* E820 types: 1 = RAM */
    uint32_t reserved;
};

static inline uint8_t io_inb(uint16_t port) { return (uint8_t)ukl_native_Cpu_inb(port); }
static inline void io_outb(uint16_t port, uint8_t v) { ukl_native_Cpu_outb(port, v); }
static inline uint64_t cpu_rdtsc(void) { return (uint64_t)ukl_native_Cpu_rdtsc(); }

void console_init(void);
void traps_init(void);
void memory_init(const struct hvm_start_info *info);
void time_init(void);
void stacks_init(void);
void time_calibration_start(void);  /* opens the TSC calibration's window; time_init closes it */
extern const char *ukl_tsc_source;  /* how ukl_tsc_hz was found, for the boot trace */
int stacks_fault(uint64_t addr, uint64_t rip);  /* 1 when a stack page was mapped: resume */

/* A fixed buffer for panic messages: no heap, no libc. */
struct msgbuf {
    char text[320];
    int length;
};
void msg_str(struct msgbuf *m, const char *s);
void msg_hex(struct msgbuf *m, uint64_t v);
void msg_dec(struct msgbuf *m, uint64_t v);
const char *msg_end(struct msgbuf *m);  /* NUL-terminates and returns the text */

#endif
