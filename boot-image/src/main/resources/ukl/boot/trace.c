/*
 * trace.c: boot milestones stamped with the TSC, printed on COM2 with ukl.boottrace=1.
 *
 * Every milestone is recorded (one rdtsc and a store, the first time only); the report is
 * printed when the kernel asks for it (the first byte sent on a socket, or exit), so that the
 * printing does not sit inside the times it reports. Under QEMU's TCG the guest's TSC counts from
 * about when the vCPU first ran (QEMU starts its tick counter with the machine), so "entry" is
 * what the firmware (qboot) and QEMU's loading took before our first instruction.
 */
#include "ukl_boot_internal.h"

/* The milestones' names, by the ids the boot code and ukl.kernel.arch.BootTrace use. */
static const char *const mark_names[UKL_MARKS] = {
    "pvh entry",        /* 0: pvh.S's first instruction */
    "long mode, C",     /* 1: ukl_boot */
    "memory map",       /* 2: memory_init done */
    "stack pool",       /* 3: stacks_init done */
    "tsc calibrated",   /* 4 */
    "wall clock",       /* 5: CMOS RTC read */
    "java start",       /* 6: Kernel.boot (the runtime's and Start's class initialisers ran) */
    "kernel options",   /* 7: platform up, command line parsed */
    "first socket",     /* 8: the socket layer brought up: NIC probe starts */
    "pci scanned",      /* 9 */
    "nic up",           /* 10: virtio-net reset, negotiated, queues given */
    "sockets ready",    /* 11 */
    "listen",           /* 12: first listen(2) */
    "accept",           /* 13: first connection accepted */
    "first send",       /* 14: first bytes written to a socket */
    "first frame in",   /* 15: the NIC driver's first frame */
};

/* Written by pvh.S before .bss is cleared, so it lives in .data. */
uint64_t ukl_entry_tsc __attribute__((section(".data"))) = 0;
static uint64_t marks[UKL_MARKS];
static int reported;

void ukl_boot_mark(int32_t id) {
    if ((uint32_t)id >= UKL_MARKS || marks[id] != 0) return;
    marks[id] = id == 0 ? ukl_entry_tsc : cpu_rdtsc();
}

/* Fixed-point milliseconds with three decimals, e.g. "12.345". */
static void msg_ms(struct msgbuf *m, uint64_t tsc, uint64_t hz) {
    uint64_t us = tsc / hz * 1000000 + tsc % hz * 1000000 / hz;
    msg_dec(m, us / 1000);
    char frac[5] = {'.', (char)('0' + us / 100 % 10), (char)('0' + us / 10 % 10), (char)('0' + us % 10), 0};
    msg_str(m, frac);
}

void ukl_boot_report(void) {
    if (reported) return;
    reported = 1;
    marks[0] = ukl_entry_tsc;
    uint64_t hz = ukl_tsc_rate();
    uint64_t last = 0;
    int done[UKL_MARKS] = {0};
    for (;;) { /* in time order: a milestone's id is not its place (the rate is found lazily) */
        int next = -1;
        for (int i = 0; i < UKL_MARKS; i++) {
            if (marks[i] != 0 && !done[i] && (next < 0 || marks[i] < marks[next])) next = i;
        }
        if (next < 0) break;
        done[next] = 1;
        struct msgbuf m = {.length = 0};
        msg_str(&m, "ukl: boottrace: ");
        msg_ms(&m, marks[next], hz);
        msg_str(&m, " ms (+");
        msg_ms(&m, marks[next] - last, hz);
        msg_str(&m, ") ");
        msg_str(&m, mark_names[next]);
        msg_str(&m, "\n");
        const char *text = msg_end(&m);
        ukl_console_write(2, text, m.length);
        last = marks[next];
    }
    struct msgbuf m = {.length = 0};
    msg_str(&m, "ukl: boottrace: tsc ");
    msg_dec(&m, hz);
    msg_str(&m, " Hz, from ");
    msg_str(&m, ukl_tsc_source);
    msg_str(&m, "\n");
    const char *text = msg_end(&m);
    ukl_console_write(2, text, m.length);
}
