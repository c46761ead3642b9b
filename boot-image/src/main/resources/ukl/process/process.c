/*
 * process.c: from _start to ukl_main in a static Linux executable, and what ukl_boot.h promises
 * the runtime (docs/contracts.md §6): the heap, the command line, the console, exit and panic.
 *
 * Before main, in this order: the command line is argv[1..] joined by spaces (the kernel command
 * line of a VM: "ukl.key=value ... -- args"); the heap is one anonymous mmap of ukl.memory=
 * (default UKL_MEMORY_MIB, the size the image was built for); the tap device named by ukl.tap= is
 * opened; then the seccomp filter goes on (seccomp.c), after which the process can make only the
 * system calls the kernel's natives make.
 */
#include "ukl_boot.h"
#include "ukl_process.h"

#ifndef UKL_MEMORY_MIB
#define UKL_MEMORY_MIB 64
#endif

uint8_t *ukl_heap_start, *ukl_heap_end;
const char *ukl_cmdline = "";
int32_t ukl_cmdline_length;
uint64_t ukl_tsc_hz = 1000000000u; /* unused here: the clock is clock_gettime */
uint64_t ukl_tsc_rate(void) { return ukl_tsc_hz; }
int32_t ukl_tap_fd = -1;

static char cmdline_copy[4096];

void ukl_console_write(int fd, const char *s, long n) {
    while (n > 0) {
        long w = ukl_syscall(UKL_SYS_write, fd == 2 ? 2 : 1, (long)s, n, 0, 0, 0);
        if (w <= 0) return;
        s += w;
        n -= w;
    }
}

static void say(const char *s) {
    long n = 0;
    while (s[n]) n++;
    ukl_console_write(2, s, n);
}

_Noreturn void ukl_exit(int status) {
    for (;;) ukl_syscall(UKL_SYS_exit_group, status, 0, 0, 0, 0, 0);
}

_Noreturn void ukl_panic(const char *msg) {
    static int panicking;
    if (panicking++) ukl_exit(120);
    say("ukl: panic: ");
    say(msg);
    say("\n");
    if (ukl_java_stack) ukl_java_stack();
    ukl_exit(120);
}

/* A failure before main: the message names what failed and the fix, then status 1. */
static _Noreturn void fail(const char *what, const char *name, long err, const char *fix) {
    char digits[24];
    int n = sizeof digits - 1;
    digits[n] = 0;
    unsigned long v = (unsigned long)-err;
    do digits[--n] = (char)('0' + v % 10); while ((v /= 10) != 0);
    say("ukl: ");
    say(what);
    say(name);
    say(": errno ");
    say(digits + n);
    say("; ");
    say(fix);
    say("\n");
    ukl_exit(1);
}

int32_t ukl_process_wait_input(int32_t fd_a, int32_t fd_b, int64_t nanos) {
    struct {
        int32_t fd;
        int16_t events, revents;
    } fds[2] = {{fd_a, 1 /* POLLIN */, 0}, {fd_b, 1, 0}};
    struct ukl_timespec ts = {nanos / 1000000000, nanos % 1000000000};
    long ready = ukl_syscall(UKL_SYS_ppoll, (long)fds, 2, nanos < 0 ? 0 : (long)&ts, 0, 8, 0);
    if (ready <= 0) return 0;
    return (fds[0].revents ? 1 : 0) | (fds[1].revents ? 2 : 0);
}

static void cmdline_append(char c) {
    if (ukl_cmdline_length == (int32_t)sizeof cmdline_copy - 1) {
        say("ukl: the command line is longer than 4095 bytes\n");
        ukl_exit(1);
    }
    cmdline_copy[ukl_cmdline_length++] = c;
}

static void cmdline_init(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        if (i > 1) cmdline_append(' ');
        for (const char *s = argv[i]; *s; s++) cmdline_append(*s);
    }
    ukl_cmdline = cmdline_copy;
}

/* The value of kernel option key ("ukl.tap=") among the words before "--", copied into out. */
static int option(const char *key, char *out, int cap) {
    const char *p = ukl_cmdline;
    while (*p) {
        while (*p == ' ') p++;
        const char *word = p;
        while (*p && *p != ' ') p++;
        if (p - word == 2 && word[0] == '-' && word[1] == '-') return 0;
        int k = 0;
        while (key[k] && word + k < p && word[k] == key[k]) k++;
        if (!key[k]) {
            int n = 0;
            for (const char *v = word + k; v < p && n < cap - 1; v++) out[n++] = *v;
            out[n] = 0;
            return 1;
        }
    }
    return 0;
}

/* ukl.memory=<n>[K|M|G] (a number alone is MiB), as the VM's -m reads it. */
static uint64_t memory_bytes(void) {
    char value[32];
    if (!option("ukl.memory=", value, sizeof value)) return (uint64_t)UKL_MEMORY_MIB << 20;
    uint64_t n = 0;
    int i = 0;
    while (value[i] >= '0' && value[i] <= '9') n = n * 10 + (uint64_t)(value[i++] - '0');
    int shift = value[i] == 'K' || value[i] == 'k' ? 10 : value[i] == 'G' || value[i] == 'g' ? 30 : 20;
    if (i == 0 || (value[i] && value[i + 1]) || (value[i] && shift == 20 && value[i] != 'M' && value[i] != 'm')) {
        say("ukl: ukl.memory=");
        say(value);
        say(" is not a size; write e.g. ukl.memory=64M\n");
        ukl_exit(1);
    }
    return n << shift;
}

static void heap_init(void) {
    uint64_t size = memory_bytes();
    /* PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE: pages cost only when touched. */
    long p = ukl_syscall(UKL_SYS_mmap, 0, (long)size, 3, 0x22 | 0x4000, -1, 0);
    if (p < 0 && p > -4096) fail("cannot map the heap of ", "ukl.memory", p, "give a smaller ukl.memory=");
    ukl_heap_start = (uint8_t *)p;
    ukl_heap_end = ukl_heap_start + size;
}

/*
 * Thread stacks (ukl_boot.h): one reservation of address space, made before the seccomp filter
 * goes on, MAP_NORESERVE so that Linux commits a page when a thread first touches it, as it does
 * for a pthread's stack. 16 GiB when the kernel's overcommit policy allows it, else 1 GiB. The
 * filter allows neither mprotect nor madvise: a stack has no guard page here (the runtime's stack
 * limit throws StackOverflowError well before one would be reached), and the pages of an ended
 * thread stay committed for the next thread that takes its place.
 */
uint8_t *ukl_stacks_start, *ukl_stacks_end;

static void stacks_init(void) {
    for (uint64_t size = 16ull << 30;; size = 1ull << 30) {
        long p = ukl_syscall(UKL_SYS_mmap, 0, (long)size, 3, 0x22 | 0x4000, -1, 0);
        if (!(p < 0 && p > -4096)) {
            ukl_stacks_start = (uint8_t *)p;
            ukl_stacks_end = ukl_stacks_start + size;
            return;
        }
        if (size == 1ull << 30) fail("cannot reserve address space for thread stacks ", "(1 GiB)", p, "allow overcommit");
    }
}

void ukl_stacks_guard(uint8_t *page) {
    (void)page;
}

void ukl_stacks_decommit(uint8_t *lo, uint8_t *hi) {
    (void)lo;
    (void)hi;
}

uint64_t ukl_stacks_pool_want(void) {
    return 0;
}

void ukl_stacks_pool_give(uint8_t *mem, uint64_t bytes) {
    (void)mem;
    (void)bytes;
}

uint64_t ukl_stacks_committed(void) {
    return 0;
}

/*
 * ukl.tap=<name>: open /dev/net/tun and attach to tap <name> as IFF_TAP | IFF_NO_PI (frames without
 * a packet-information header), non-blocking (Linux Documentation/networking/tuntap.rst).
 */
static void tap_init(void) {
    struct {
        char name[16];
        int16_t flags;
        char pad[22];
    } ifr = {{0}, 0, {0}};
    if (!option("ukl.tap=", ifr.name, sizeof ifr.name)) return;
    /* O_RDWR | O_NONBLOCK | O_CLOEXEC */
    long fd = ukl_syscall(UKL_SYS_openat, -100, (long)"/dev/net/tun", 02 | 04000 | 02000000, 0, 0, 0);
    if (fd < 0) fail("cannot open /dev/net/tun for tap ", ifr.name, fd, "load the tun module, or pass /dev/net/tun into the container");
    ifr.flags = 0x0002 | 0x1000; /* IFF_TAP | IFF_NO_PI */
    long r = ukl_syscall(UKL_SYS_ioctl, fd, 0x400454ca /* TUNSETIFF */, (long)&ifr, 0, 0, 0);
    if (r < 0) fail("cannot attach to tap ", ifr.name, r, "create it first (ip tuntap add dev NAME mode tap) and run with CAP_NET_ADMIN, in its network namespace");
    /*
     * No offloads: a previous user of a persistent tap (QEMU with a Linux guest's virtio-net) may
     * have left checksum and segmentation offloads on, and the host would then hand us frames with
     * partial checksums, which our stack rightly drops (tuntap.rst; TUNSETOFFLOAD flags 0).
     */
    r = ukl_syscall(UKL_SYS_ioctl, fd, 0x400454d0 /* TUNSETOFFLOAD */, 0, 0, 0, 0);
    if (r < 0) fail("cannot turn the offloads of tap ", ifr.name, r, "use a tap device (ip tuntap add dev NAME mode tap)");
    ukl_tap_fd = (int32_t)fd;
}

_Noreturn void ukl_process_start(long *sp);
_Noreturn void ukl_process_start(long *sp) {
    cmdline_init((int)sp[0], (char **)(sp + 1));
    heap_init();
    stacks_init();
    tap_init();
    ukl_process_catch_faults();
    ukl_process_confine();
    ukl_main();
    ukl_exit(0);
}
