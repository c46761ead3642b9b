/*
 * Runs a translated program as a host process: ukl_boot.h and ukl_natives.h over libc, so the
 * translator's differential tests need no QEMU. The command line is argv[1..] joined by spaces.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "ukl_boot.h"
#include "ukl_natives.h"

uint8_t *ukl_heap_start, *ukl_heap_end;
const char *ukl_cmdline = "";
uint64_t ukl_tsc_hz = 1000000000u;
int64_t ukl_host_boot_tsc, ukl_host_boot_epoch;

static void write_all(int fd, const char *s, long n) {
    while (n > 0) {
        ssize_t w = write(fd, s, (size_t) n);
        if (w <= 0) return;
        s += w;
        n -= w;
    }
}

void ukl_console_write(int fd, const char *s, long n) { write_all(fd == 2 ? 2 : 1, s, n); }

_Noreturn void ukl_exit(int status) { exit(status); }

_Noreturn void ukl_panic(const char *msg) {
    fprintf(stderr, "ukl: panic: %s\n", msg);
    exit(120);
}

/* Called by Harness.hostFallbacks' definitions of the kernel natives ukl_natives.h leaves out. */
_Noreturn void ukl_host_missing_native(const char *key) {
    char msg[256];
    snprintf(msg, sizeof msg,
             "kernel native %s has no host stand-in: define it in ukl-translator/src/test/c/ukl_natives.h", key);
    ukl_panic(msg);
}

int32_t ukl_host_inb(int32_t port) { return port == 0x3fd || port == 0x2fd ? 0x20 : 0; }

void ukl_host_outb(int32_t port, int32_t value) {
    char c = (char) value;
    if (port == 0x3f8) write_all(1, &c, 1);
    else if (port == 0x2f8) write_all(2, &c, 1);
}

int64_t ukl_host_nanos(int realtime) {
    struct timespec ts;
    clock_gettime(realtime ? CLOCK_REALTIME : CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int main(int argc, char **argv) {
    size_t heap = (size_t) 256 << 20;
    const char *h = getenv("UKL_HEAP_MB");
    if (h) heap = (size_t) atol(h) << 20;
    ukl_heap_start = malloc(heap);
    ukl_heap_end = ukl_heap_start + heap;
    size_t len = 1;
    for (int i = 1; i < argc; i++) len += strlen(argv[i]) + 1;
    char *cmd = calloc(len, 1);
    for (int i = 1; i < argc; i++) {
        if (i > 1) strcat(cmd, " ");
        strcat(cmd, argv[i]);
    }
    ukl_cmdline = cmd;
    ukl_host_boot_tsc = ukl_host_nanos(0);
    ukl_host_boot_epoch = ukl_host_nanos(1);
    ukl_main();
    exit(0);
}
