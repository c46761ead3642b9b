/* Host stand-in for boot-image's ukl_boot.h (docs/contracts.md §6), for the translator's tests. */
#ifndef UKL_BOOT_H
#define UKL_BOOT_H
#include <stdint.h>
extern uint8_t *ukl_heap_start, *ukl_heap_end;
extern const char *ukl_cmdline;
extern uint64_t ukl_tsc_hz;
void ukl_console_write(int fd, const char *s, long n);
_Noreturn void ukl_exit(int status);
_Noreturn void ukl_panic(const char *msg);
void ukl_main(void);
#endif
