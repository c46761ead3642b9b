/*
 * A program for the process runtime without Java (ProcessRuntimeTest): its first argument says
 * what to do. "echo": print the command line and the heap's size, touch both ends of the heap,
 * exit 3. "forbidden": print "before", then make getpid (39), which the seccomp filter does not
 * allow: the process must end there with the filter's message and status 159. "sleep": ppoll for
 * 50 ms and check that the monotonic clock moved by at least that much.
 */
#include "ukl_boot.h"
#include "ukl_natives.h"

static void out(const char *s) {
    long n = 0;
    while (s[n]) n++;
    ukl_console_write(1, s, n);
}

static int starts(const char *s, const char *prefix) {
    while (*prefix && *s == *prefix) s++, prefix++;
    return !*prefix;
}

static void ukl_number(uint64_t v) {
    char d[24];
    int n = sizeof d - 1;
    d[n] = 0;
    do d[--n] = (char)('0' + v % 10); while ((v /= 10) != 0);
    out(d + n);
}

void ukl_main(void) {
    const char *cmd = ukl_cmdline;
    while (starts(cmd, "ukl.")) { /* skip the kernel options */
        while (*cmd && *cmd != ' ') cmd++;
        while (*cmd == ' ') cmd++;
    }
    if (starts(cmd, "-- ")) cmd += 3;
    if (starts(cmd, "echo")) {
        out("cmdline=");
        out(ukl_cmdline);
        out(" heapMiB=");
        ukl_number((uint64_t)(ukl_heap_end - ukl_heap_start) >> 20);
        out("\n");
        ukl_heap_start[0] = 1;
        ukl_heap_end[-1] = 1;
        ukl_exit(3);
    }
    if (starts(cmd, "forbidden")) {
        out("before\n");
        ukl_syscall(39 /* getpid */, 0, 0, 0, 0, 0, 0);
        out("after\n");
        ukl_exit(0);
    }
    if (starts(cmd, "sleep")) {
        int64_t t0 = ukl_native_Host_clockNanos(1);
        ukl_native_Host_waitInput(-1, -1, 50000000);
        int64_t slept = ukl_native_Host_clockNanos(1) - t0;
        out(slept >= 50000000 ? "slept\n" : "woke early\n");
        ukl_exit(0);
    }
    out("unknown command\n");
    ukl_exit(2);
}
