/*
 * time.c: the TSC's rate, calibrated against the PIT, and the wall clock from the CMOS RTC.
 *
 * Under QEMU's TCG the guest's TSC follows the host's, which is invariant on any CPU these
 * machines have; one calibration at boot is therefore enough. TCG offers no rate to read instead:
 * CPUID leaves 0x15/0x16 and the hypervisor leaf 0x40000010 are KVM's, and kvmclock too.
 */
#include "ukl_boot_internal.h"

#define PIT_HZ 1193182ull
#define PIT_CH2_DATA 0x42
#define PIT_COMMAND 0x43
#define PIT_LATCH_CH2 0x80          /* counter latch command, channel 2 (Intel 8254 data sheet) */
#define PORT_B 0x61                 /* bit 0: channel 2 gate, bit 1: speaker, bit 5: OUT2 */
#define WINDOW_TICKS (PIT_HZ / 500) /* 2 ms: the window's least length (see calibrate_tsc) */
#define STAMP_TRIES 8
#define CMOS_INDEX 0x70
#define CMOS_DATA 0x71
#define CMOS_NMI_OFF 0x80

uint64_t ukl_tsc_hz;
int64_t ukl_boot_epoch_nanos;
uint64_t ukl_boot_tsc;
const char *ukl_tsc_source = "not calibrated";

/*
 * The TSC's rate from two readings of PIT channel 2, each paired with the TSC.
 *
 * Channel 2 counts down from 0xffff in mode 0 (interrupt on terminal count, Intel 8254 data
 * sheet): OUT2, port 0x61 bit 5, stays low until the count reaches zero, 55 ms later, so while it
 * is low the ticks between two readings are their difference. A counter-latch command freezes the
 * count at the moment it is written; the TSC read before and after that one port write brackets
 * the moment, and the middle of the bracket is the TSC paired with the count. Under TCG the vCPU is
 * a host thread that the host may preempt: a preemption inside a bracket widens it (so the
 * narrowest of a few tries is kept), one between the two readings only lengthens the window, which
 * both clocks measure alike. A bracket is a few microseconds at most and a PIT tick 0.84 µs, so a
 * window of 2 ms gives the rate within about 0.2% — better than the old method's 5 ms windows that
 * were accepted when two agreed within 1/64 — and the window runs while the boot code sets up
 * memory, stacks and the runtime (time_calibration_start is the first thing ukl_boot does, and
 * ukl_tsc_rate closes the window when the rate is first asked for).
 */
struct stamp {
    uint64_t tsc;   /* the middle of the bracket */
    uint64_t width; /* the bracket's width in TSC ticks */
    uint16_t count;
};

static struct stamp pit_stamp(void) {
    struct stamp best = {.width = ~0ull};
    for (int i = 0; i < STAMP_TRIES; i++) {
        uint64_t before = cpu_rdtsc();
        io_outb(PIT_COMMAND, PIT_LATCH_CH2);
        uint64_t after = cpu_rdtsc();
        uint16_t count = io_inb(PIT_CH2_DATA);
        count |= (uint16_t)(io_inb(PIT_CH2_DATA) << 8);
        if (after - before < best.width) {
            best = (struct stamp){.tsc = before + (after - before) / 2, .width = after - before, .count = count};
        }
    }
    return best;
}

static int out2_high(void) { return (io_inb(PORT_B) & 0x20) != 0; }

static struct stamp window_start;
static uint8_t port_b_saved;
static int window_open;

static void open_window(void) {
    io_outb(PORT_B, (uint8_t)((port_b_saved & ~0x02) | 0x01)); /* gate on, speaker off */
    io_outb(PIT_COMMAND, 0xb0);                               /* channel 2, lobyte/hibyte, mode 0, binary */
    io_outb(PIT_CH2_DATA, 0xff);
    io_outb(PIT_CH2_DATA, 0xff);
    if (out2_high()) { /* OUT2 must be low now; high means port 0x61 is not wired to the PIT */
        ukl_panic("cannot calibrate the TSC: port 0x61 does not show PIT channel 2 (a machine without the PC speaker port, "
                  "e.g. microvm? boot with -machine pc)");
    }
    window_start = pit_stamp();
}

void time_calibration_start(void) {
    port_b_saved = io_inb(PORT_B);
    open_window();
    window_open = 1;
}

/* The rate from a window of `tsc` TSC ticks and `ticks` PIT ticks, in 128 bits. */
static uint64_t rate(uint64_t tsc, uint64_t ticks) { return (uint64_t)((unsigned __int128)tsc * PIT_HZ / ticks); }

static uint64_t calibrate_tsc(void) {
    if (!window_open) time_calibration_start();
    for (int attempt = 0;; attempt++) {
        struct stamp end;
        uint64_t ticks;
        do {
            end = pit_stamp();
            ticks = (uint16_t)(window_start.count - end.count);
        } while (ticks < WINDOW_TICKS && !out2_high());
        if (!out2_high()) {
            io_outb(PORT_B, port_b_saved);
            window_open = 0;
            return rate(end.tsc - window_start.tsc, ticks);
        }
        /* The count wrapped (the host stopped us for 55 ms or more): the ticks are unknown, start over. */
        if (attempt == 3) {
            ukl_panic("PIT channel 2 wrapped in every calibration window: cannot calibrate the TSC (is the host "
                      "stopping the guest for 55 ms at a time?)");
        }
        open_window();
    }
}

static uint8_t cmos_read(uint8_t reg) {
    io_outb(CMOS_INDEX, CMOS_NMI_OFF | reg);
    return io_inb(CMOS_DATA);
}

struct rtc_time {
    uint8_t second, minute, hour, day, month, year, century;
};

static void rtc_read(struct rtc_time *t) {
    while (cmos_read(0x0a) & 0x80) __builtin_ia32_pause();  /* register A: update in progress */
    t->second = cmos_read(0x00);
    t->minute = cmos_read(0x02);
    t->hour = cmos_read(0x04);
    t->day = cmos_read(0x07);
    t->month = cmos_read(0x08);
    t->year = cmos_read(0x09);
    t->century = cmos_read(0x32);  /* the ACPI FADT's usual century register; QEMU fills it */
}

static uint8_t from_bcd(uint8_t v) { return (uint8_t)((v >> 4) * 10 + (v & 0x0f)); }

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Reads until two consecutive reads agree, so no field straddles an update (MC146818 data sheet). */
static void read_wall_clock(void) {
    struct rtc_time a, b;
    rtc_read(&b);
    do {
        a = b;
        rtc_read(&b);
    } while (a.second != b.second || a.minute != b.minute || a.hour != b.hour || a.day != b.day ||
             a.month != b.month || a.year != b.year || a.century != b.century);
    ukl_boot_tsc = cpu_rdtsc();
    uint8_t status_b = cmos_read(0x0b);
    int pm = !(status_b & 0x02) && (b.hour & 0x80);  /* 12-hour mode keeps PM in bit 7 */
    b.hour &= 0x7f;
    if (!(status_b & 0x04)) {  /* BCD unless bit 2 says binary */
        b.second = from_bcd(b.second);
        b.minute = from_bcd(b.minute);
        b.hour = from_bcd(b.hour);
        b.day = from_bcd(b.day);
        b.month = from_bcd(b.month);
        b.year = from_bcd(b.year);
        b.century = from_bcd(b.century);
    }
    if (!(status_b & 0x02)) b.hour = (uint8_t)(b.hour % 12 + (pm ? 12 : 0));
    int64_t century = b.century >= 19 && b.century <= 99 ? b.century : 20;
    int64_t days = days_from_civil(century * 100 + b.year, b.month, b.day);
    int64_t seconds = days * 86400 + b.hour * 3600 + b.minute * 60 + b.second;
    ukl_boot_epoch_nanos = seconds * 1000000000ll;
}

void time_init(void) {
    read_wall_clock();
    ukl_boot_mark(5);
}

/*
 * The window closes at the first use of the rate (the kernel's clock, as Java starts), so that the
 * runtime's set-up and the class initialisers before it run inside the window instead of after it.
 */
uint64_t ukl_tsc_rate(void) {
    if (ukl_tsc_hz == 0) {
        ukl_tsc_hz = calibrate_tsc();
        ukl_tsc_source = "PIT channel 2, a window of 2 ms or more";
        ukl_boot_mark(4);
    }
    return ukl_tsc_hz;
}
