/*
 * time.c: the TSC's rate, calibrated against the PIT, and the wall clock from the CMOS RTC.
 *
 * Under QEMU's TCG the guest's TSC follows the host's, which is invariant on any CPU these
 * machines have; one calibration at boot is therefore enough.
 */
#include "ukl_boot_internal.h"

#define PIT_HZ 1193182ull
#define PIT_CH2_DATA 0x42
#define PIT_COMMAND 0x43
#define PORT_B 0x61                 /* bit 0: channel 2 gate, bit 1: speaker, bit 5: OUT2 */
#define CALIBRATION_MS 5         /* one window; two or three are taken */
#define CALIBRATION_WINDOWS 3
#define CMOS_INDEX 0x70
#define CMOS_DATA 0x71
#define CMOS_NMI_OFF 0x80

uint64_t ukl_tsc_hz;
int64_t ukl_boot_epoch_nanos;
uint64_t ukl_boot_tsc;

/*
 * PIT channel 2 in mode 0 (interrupt on terminal count, Intel 8254 data sheet): OUT2 goes low when
 * the count is written and high when it reaches zero; port 0x61 bit 5 reads OUT2. The gate is
 * port 0x61 bit 0, the speaker (bit 1) stays off.
 */
static uint64_t calibrate_window(void) {
    const uint64_t count = PIT_HZ * CALIBRATION_MS / 1000;
    uint8_t port_b = io_inb(PORT_B);
    io_outb(PORT_B, (uint8_t)((port_b & ~0x02) | 0x01));
    io_outb(PIT_COMMAND, 0xb0);     /* channel 2, lobyte/hibyte, mode 0, binary */
    io_outb(PIT_CH2_DATA, (uint8_t)count);
    io_outb(PIT_CH2_DATA, (uint8_t)(count >> 8));
    uint64_t start = cpu_rdtsc(), now = start;
    if (io_inb(PORT_B) & 0x20) {  /* OUT2 must be low now; high means port 0x61 is not wired to the PIT */
        ukl_panic("cannot calibrate the TSC: port 0x61 does not show PIT channel 2 (a machine without the PC speaker port, "
                  "e.g. microvm? boot with -machine pc)");
    }
    while (!(io_inb(PORT_B) & 0x20)) {
        now = cpu_rdtsc();
        if (now - start > (1ull << 36)) {
            ukl_panic("PIT channel 2 never reached its terminal count: cannot calibrate the TSC (does the machine have an i8254 PIT?)");
        }
    }
    now = cpu_rdtsc();
    io_outb(PORT_B, port_b);
    return (now - start) * PIT_HZ / count;
}

/*
 * Under TCG the vCPU is a host thread: when the host preempts it inside a window, the PIT's
 * terminal count is seen late and the window over-counts (a loaded 2-core host measured 4x the
 * real rate). Preemption can only lengthen a window, never shorten it, so the smallest of a few
 * windows is the estimate; two windows that agree within 1/64 end the calibration early, which is
 * the usual case and costs what one 10 ms window did.
 */
static uint64_t calibrate_tsc(void) {
    uint64_t best = calibrate_window();
    for (int i = 1; i < CALIBRATION_WINDOWS; i++) {
        uint64_t hz = calibrate_window();
        uint64_t low = hz < best ? hz : best, high = hz < best ? best : hz;
        best = low;
        if (high - low <= low / 64) break;
    }
    return best;
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
    ukl_tsc_hz = calibrate_tsc();
    read_wall_clock();
}
