/*
 * boot.c: from pvh.S to ukl_main (docs/contracts.md §6).
 */
#include "ukl_boot_internal.h"

const char *ukl_cmdline = "";
int32_t ukl_cmdline_length;

/* The loader leaves the command line in RAM it does not reserve; keep a copy in .bss. */
static char cmdline_copy[4096];

static void cmdline_init(const struct hvm_start_info *info) {
    if (info->cmdline_paddr == 0) return;
    const char *src = (const char *)(uintptr_t)info->cmdline_paddr;
    int32_t n = 0;
    while (src[n] != '\0') {
        if (n == (int32_t)sizeof cmdline_copy - 1) {
            ukl_panic("kernel command line longer than 4095 bytes: shorten -append");
        }
        cmdline_copy[n] = src[n];
        n++;
    }
    ukl_cmdline = cmdline_copy;
    ukl_cmdline_length = n;
}

/* Called by pvh.S in long mode, on the boot stack, .bss cleared, SSE on. */
_Noreturn void ukl_boot(const struct hvm_start_info *info);
_Noreturn void ukl_boot(const struct hvm_start_info *info) {
    ukl_boot_mark(0);
    ukl_boot_mark(1);
    time_calibration_start();  /* the window runs while the rest sets up */
    console_init();
    traps_init();
    cmdline_init(info);
    memory_init(info);
    ukl_boot_mark(2);
    stacks_init();
    ukl_boot_mark(3);
    time_init();
    ukl_main();
    ukl_exit(0);
}
