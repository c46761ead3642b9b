/*
 * console.c: COM1 (fd 1) and COM2 (fd 2) as 16550 UARTs, exit through isa-debug-exit, panic.
 */
#include "ukl_boot_internal.h"

#define COM1 0x3f8
#define COM2 0x2f8
#define UART_LSR 5
#define UART_LSR_THRE 0x20
#define DEBUG_EXIT_PORT 0xf4

/*
 * 115200 baud 8N1, no interrupts (16550 data sheet, registers 1–4), FIFOs as fcr says. COM1 keeps
 * its FIFOs off: switching them on clears the receiver (QEMU's serial.c does too), and input fed
 * from the start would lose the byte that arrived before this ran. Without the FIFO QEMU hands
 * over one byte at a time, only when the last one has been read, so none is lost either.
 *
 * Output does not need them under QEMU: its UART writes each byte to the back end as it arrives
 * (serial_xmit, one write(2) per byte, FIFO or not) and is ready again at once, so a wait for THRE
 * per 16 bytes instead of per byte saved 2% of QEMU's CPU time for 1 MiB (BootTest's "print"
 * guest: 2.69 s against 2.74 s, 0.12 s of it booting). Where the FIFOs are on (COM2), one wait
 * still lets 16 bytes go, as the data sheet allows.
 */
#define UART_IIR 2
#define UART_FIFO_BYTES 16

static void uart_init(uint16_t base, uint8_t fcr) {
    io_outb(base + 1, 0x00);  /* IER: no interrupts */
    io_outb(base + 3, 0x80);  /* LCR: DLAB to set the divisor */
    io_outb(base + 0, 0x01);  /* divisor 1 = 115200 baud */
    io_outb(base + 1, 0x00);
    io_outb(base + 3, 0x03);  /* 8 bits, no parity, 1 stop bit */
    io_outb(base + 2, fcr);   /* FCR */
    io_outb(base + 4, 0x03);  /* MCR: DTR, RTS */
}

void console_init(void) {
    uart_init(COM1, 0x00);    /* FIFOs off: see uart_init */
    uart_init(COM2, 0xc7);    /* FIFOs on and cleared */
}

/* IIR bits 6-7 read 11 when the FIFOs are on (16550A): then up to 16 bytes may follow one THRE. */
static int uart_burst(uint16_t base) {
    return (io_inb(base + UART_IIR) & 0xc0) == 0xc0 ? UART_FIFO_BYTES : 1;
}

/* Bytes go out as they are (no \n → \r\n): the host compares them exactly. */
void ukl_console_write(int fd, const char *s, long n) {
    uint16_t base = fd == 1 ? COM1 : COM2;
    int burst = uart_burst(base);
    for (long i = 0; i < n;) {
        while (!(io_inb(base + UART_LSR) & UART_LSR_THRE)) __builtin_ia32_pause();
        for (int k = 0; k < burst && i < n; k++, i++) io_outb(base, (uint8_t)s[i]);
    }
}

/*
 * QEMU's isa-debug-exit exits with (value << 1) | 1, and the host sees that modulo 256, so only
 * 0–127 survive (docs/contracts.md §7); anything else becomes 127 rather than wrap to a false 0.
 * Without that device (another VMM) we triple-fault: an empty IDT and int3, which stops a VM
 * started with -no-reboot instead of hanging it.
 */
_Noreturn void ukl_exit(int status) {
    uint32_t value = status >= 0 && status <= 127 ? (uint32_t)status : 127;
    __asm__ volatile("outl %0, %w1" : : "a"(value), "Nd"((uint16_t)DEBUG_EXIT_PORT));
    static const struct __attribute__((packed)) { uint16_t limit; uint64_t base; } no_idt = {0, 0};
    __asm__ volatile("lidt %0; int3" : : "m"(no_idt));
    for (;;) __asm__ volatile("cli; hlt");
}

static const char panic_prefix[] = "ukl: panic: ";

_Noreturn void ukl_panic(const char *msg) {
    static int panicking;
    if (panicking++) ukl_exit(120);  /* a fault while panicking: do not loop */
    long n = 0;
    while (msg[n] != '\0') n++;
    ukl_console_write(2, panic_prefix, sizeof panic_prefix - 1);
    ukl_console_write(2, msg, n);
    ukl_console_write(2, "\n", 1);
    if (ukl_java_stack) ukl_java_stack();  /* which Java code was running (issue #15) */
    ukl_exit(120);
}

void msg_str(struct msgbuf *m, const char *s) {
    while (*s != '\0' && m->length < (int)sizeof m->text - 1) m->text[m->length++] = *s++;
}

void msg_hex(struct msgbuf *m, uint64_t v) {
    char digits[19] = "0x";
    int shift = 60;
    while (shift > 0 && ((v >> shift) & 0xf) == 0) shift -= 4;
    int n = 2;
    for (; shift >= 0; shift -= 4) digits[n++] = "0123456789abcdef"[(v >> shift) & 0xf];
    digits[n] = '\0';
    msg_str(m, digits);
}

void msg_dec(struct msgbuf *m, uint64_t v) {
    char digits[21];
    int n = sizeof digits - 1;
    digits[n] = '\0';
    do {
        digits[--n] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    msg_str(m, digits + n);
}

const char *msg_end(struct msgbuf *m) {
    m->text[m->length] = '\0';
    return m->text;
}
