/*
 * floor.c: the latency benchmark's floor, a minimal polling guest. It finds the legacy virtio-net
 * device on PCI bus 0 (VirtIO 1.1 §4.1.4.8: the legacy interface in I/O BAR0), sets up its two
 * queues, and then only polls the RX used ring: it answers ARP requests for its address and sends
 * every UDP datagram to its port back to the sender. No interrupts, no allocation, no stack of
 * protocols: what is left of a round trip is QEMU's device model, the tap and the host, which is
 * the least any guest on this NIC can take. Booted by the benchmark (FloorGuest) like the image:
 * same QEMU, machine, NIC, MAC, tap and command line (ukl.ip=A.B.C.D/N … -- PORT).
 *
 * Freestanding (no libc): floor-entry.S calls floor_main in long mode with interrupts off and the
 * first GiB identity-mapped. COM1 (0x3f8) carries a line once it listens; a failure goes to COM2
 * and ends QEMU through isa-debug-exit (0xf4) with status 1.
 */
#include <stddef.h>
#include <stdint.h>

/* ---- port I/O ---------------------------------------------------------------------------- */

static inline void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port)); }
static inline void outw(uint16_t port, uint16_t v) { __asm__ volatile("outw %0, %1" : : "a"(v), "Nd"(port)); }
static inline void outl(uint16_t port, uint32_t v) { __asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port)); }
static inline uint8_t inb(uint16_t port) {
    uint8_t v;
    __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}
static inline uint16_t inw(uint16_t port) {
    uint16_t v;
    __asm__ volatile("inw %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}
static inline uint32_t inl(uint16_t port) {
    uint32_t v;
    __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}

/* gcc may call these for structure copies even when freestanding. */
void *memcpy(void *to, const void *from, size_t n) {
    void *d = to;
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(from), "+c"(n) : : "memory");
    return to;
}
void *memset(void *to, int c, size_t n) {
    void *d = to;
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return to;
}

/* ---- console and exit -------------------------------------------------------------------- */

static void put(uint16_t port, const char *s) {
    for (; *s; s++) {
        while ((inb(port + 5) & 0x20) == 0) {} /* LSR: transmit holding register empty */
        outb(port, (uint8_t)*s);
    }
}

static void put_number(uint16_t port, uint32_t n) {
    char text[11];
    int i = sizeof text - 1;
    text[i] = 0;
    do text[--i] = (char)('0' + n % 10); while ((n /= 10) != 0);
    put(port, text + i);
}

static __attribute__((noreturn)) void die(const char *why) {
    put(0x2f8, "floor: ");
    put(0x2f8, why);
    put(0x2f8, "\n");
    outb(0xf4, 1); /* isa-debug-exit: QEMU exits with 2·1+1 */
    for (;;) __asm__ volatile("hlt");
}

/* ---- the command line: ukl.ip=A.B.C.D[/N] … -- PORT ---------------------------------------- */

struct hvm_start_info { /* xen/include/public/arch-x86/hvm/start_info.h */
    uint32_t magic, version, flags, nr_modules;
    uint64_t modlist_paddr, cmdline_paddr, rsdp_paddr, memmap_paddr;
    uint32_t memmap_entries, reserved;
};

static const char *after(const char *s, const char *prefix) {
    for (; *s; s++) {
        const char *a = s, *b = prefix;
        while (*b && *a == *b) a++, b++;
        if (*b == 0) return a;
    }
    return NULL;
}

static const char *number(const char *s, uint32_t *n) {
    if (*s < '0' || *s > '9') return NULL;
    for (*n = 0; *s >= '0' && *s <= '9'; s++) *n = *n * 10 + (uint32_t)(*s - '0');
    return s;
}

/* ---- PCI configuration space (mechanism #1, ports 0xcf8/0xcfc) ---------------------------- */

static uint32_t pci_read(int dev, int fn, int offset) {
    outl(0xcf8, 0x80000000u | (uint32_t)dev << 11 | (uint32_t)fn << 8 | (uint32_t)(offset & 0xfc));
    return inl(0xcfc);
}

static void pci_write(int dev, int fn, int offset, uint32_t v) {
    outl(0xcf8, 0x80000000u | (uint32_t)dev << 11 | (uint32_t)fn << 8 | (uint32_t)(offset & 0xfc));
    outl(0xcfc, v);
}

/* ---- virtio, legacy interface (VirtIO 1.1 §4.1.4.8, §2.6) ---------------------------------- */

enum {
    VIO_HOST_FEATURES = 0, VIO_GUEST_FEATURES = 4, VIO_QUEUE_PFN = 8, VIO_QUEUE_SIZE = 12,
    VIO_QUEUE_SELECT = 14, VIO_QUEUE_NOTIFY = 16, VIO_STATUS = 18, VIO_CONFIG = 20, /* no MSI-X */
    STATUS_ACKNOWLEDGE = 1, STATUS_DRIVER = 2, STATUS_DRIVER_OK = 4,
    F_MAC = 1 << 5,
    DESC_NEXT = 1, DESC_WRITE = 2, AVAIL_NO_INTERRUPT = 1, USED_NO_NOTIFY = 1,
    MAX_QUEUE = 1024, NET_HDR = 10, /* virtio_net_hdr without num_buffers (§5.1.6) */
    BUFFER = 2048, RX_BUFFERS = 128, TX_BUFFERS = 64,
};

struct desc { uint64_t addr; uint32_t len; uint16_t flags, next; };
struct used_elem { uint32_t id, len; };

struct queue {
    uint16_t size, index; /* index: which queue, for notifications */
    volatile struct desc *desc;
    volatile uint16_t *avail; /* flags, idx, ring[size], used_event */
    volatile uint16_t *used_flags, *used_idx;
    volatile struct used_elem *used;
    uint16_t avail_idx, last_used;
};

/* A legacy ring: descriptors and the available ring, then the used ring at the next 4 KiB
 * (§2.6.2); each ring starts on a page, as the PFN register names it. */
#define RING_BYTES ((16 * MAX_QUEUE + 2 * MAX_QUEUE + 4096 + 8 * MAX_QUEUE + 4096 + 4095) & ~4095)
static uint8_t rings[2][RING_BYTES] __attribute__((aligned(4096)));
static uint8_t rx_buffers[RX_BUFFERS][BUFFER] __attribute__((aligned(64)));
static uint8_t tx_buffers[TX_BUFFERS][BUFFER] __attribute__((aligned(64)));
static uint16_t io;
static struct queue rxq, txq;

#define barrier() __asm__ volatile("" : : : "memory")
#define fence() __asm__ volatile("mfence" : : : "memory")

static void set_up_queue(struct queue *q, int index, uint8_t *memory) {
    outw(io + VIO_QUEUE_SELECT, (uint16_t)index);
    uint32_t size = inw(io + VIO_QUEUE_SIZE);
    if (size == 0 || size > MAX_QUEUE) die("a virtqueue size is 0 or above 1024");
    q->size = (uint16_t)size;
    q->index = (uint16_t)index;
    q->desc = (volatile struct desc *)memory;
    q->avail = (volatile uint16_t *)(memory + 16 * size);
    uintptr_t used = ((uintptr_t)memory + 16 * size + 2 * (3 + size) + 4095) & ~(uintptr_t)4095;
    q->used_flags = (volatile uint16_t *)used;
    q->used_idx = (volatile uint16_t *)(used + 2);
    q->used = (volatile struct used_elem *)(used + 4);
    q->avail[0] = AVAIL_NO_INTERRUPT; /* we poll (§2.6.7) */
    outl(io + VIO_QUEUE_PFN, (uint32_t)((uintptr_t)memory >> 12));
}

/* Puts descriptor chain head on the available ring and tells the device unless it said not to. */
static void offer(struct queue *q, uint16_t head) {
    q->avail[2 + q->avail_idx % q->size] = head;
    barrier();
    q->avail[1] = ++q->avail_idx;
    fence(); /* the index is visible before we read the device's flag (§2.6.13.6) */
    if ((*q->used_flags & USED_NO_NOTIFY) == 0) outw(io + VIO_QUEUE_NOTIFY, q->index);
}

/*
 * Without VIRTIO_F_ANY_LAYOUT (QEMU's legacy device does not offer it) the header has a descriptor
 * of its own (§2.6.4): buffer s is the chain 2s (header) → 2s + 1 (frame), on both queues, written
 * once; the used ring returns head 2s. The frame follows the header in the same buffer, so one
 * pointer names both.
 */
static void chain(struct queue *q, int s, uint8_t *buffer, uint16_t flags) {
    q->desc[2 * s].addr = (uint64_t)(uintptr_t)buffer;
    q->desc[2 * s].len = NET_HDR;
    q->desc[2 * s].flags = flags | DESC_NEXT;
    q->desc[2 * s].next = (uint16_t)(2 * s + 1);
    q->desc[2 * s + 1].addr = (uint64_t)(uintptr_t)(buffer + NET_HDR);
    q->desc[2 * s + 1].len = BUFFER - NET_HDR;
    q->desc[2 * s + 1].flags = flags;
}

static uint8_t mac[6];
static uint8_t ip[4];
static uint16_t port;

/* Sends frame (len bytes, without the virtio header) from the next TX buffer, header all zero. */
static void transmit(const uint8_t *frame, uint32_t len) {
    while ((uint16_t)(txq.avail_idx - *txq.used_idx) >= TX_BUFFERS) {} /* all in flight: wait */
    uint16_t slot = txq.avail_idx % TX_BUFFERS;
    memcpy(tx_buffers[slot] + NET_HDR, frame, len); /* the header stays all zero */
    txq.desc[2 * slot + 1].len = len;
    offer(&txq, (uint16_t)(2 * slot));
}

static int same(const uint8_t *a, const uint8_t *b, int n) {
    for (int i = 0; i < n; i++)
        if (a[i] != b[i]) return 0;
    return 1;
}

static void swap(uint8_t *a, uint8_t *b, int n) {
    for (int i = 0; i < n; i++) {
        uint8_t t = a[i];
        a[i] = b[i];
        b[i] = t;
    }
}

/*
 * One received frame (in its RX buffer, after the header), answered in place and sent from a TX
 * buffer. The echo swaps the Ethernet, IPv4 and UDP source and destination: the IPv4 header
 * checksum and the UDP checksum (RFC 768: over a pseudo-header with both addresses, and both
 * ports) are one's-complement sums, which a swap of two of their 16-bit words leaves as they were,
 * so both stay valid without being recomputed.
 */
static void answer(uint8_t *f, uint32_t len) {
    if (len < 14) return;
    uint16_t type = (uint16_t)(f[12] << 8 | f[13]);
    if (type == 0x0806 && len >= 42) { /* ARP (RFC 826), Ethernet/IPv4 request for our address */
        uint8_t *a = f + 14;
        if (a[0] != 0 || a[1] != 1 || a[2] != 8 || a[3] != 0 || a[4] != 6 || a[5] != 4) return;
        if (a[6] != 0 || a[7] != 1 || !same(a + 24, ip, 4)) return;
        a[7] = 2; /* reply */
        for (int i = 0; i < 10; i++) a[18 + i] = a[8 + i]; /* target := sender */
        for (int i = 0; i < 6; i++) a[8 + i] = mac[i];
        for (int i = 0; i < 4; i++) a[14 + i] = ip[i];
        for (int i = 0; i < 6; i++) f[i] = a[18 + i];
        for (int i = 0; i < 6; i++) f[6 + i] = mac[i];
        transmit(f, 42);
        return;
    }
    if (type != 0x0800 || len < 14 + 20 + 8) return;
    uint8_t *h = f + 14;
    uint32_t ihl = (uint32_t)(h[0] & 0x0f) * 4;
    uint32_t total = (uint32_t)(h[2] << 8 | h[3]);
    if ((h[0] >> 4) != 4 || ihl < 20 || total < ihl + 8 || 14 + total > len) return;
    if (h[9] != 17 || !same(h + 16, ip, 4)) return;          /* UDP, to us */
    if ((h[6] & 0x3f) != 0 || h[7] != 0) return;             /* no fragments (MF, offset) */
    uint8_t *u = h + ihl;
    if ((uint16_t)(u[2] << 8 | u[3]) != port) return;
    swap(f, f + 6, 6);
    swap(h + 12, h + 16, 4);
    swap(u, u + 2, 2);
    transmit(f, 14 + total); /* without the Ethernet padding, if any */
}

void floor_main(struct hvm_start_info *start) {
    const char *cmdline = (const char *)(uintptr_t)start->cmdline_paddr;
    if (cmdline == NULL) die("no command line: boot with -append 'ukl.ip=A.B.C.D/N -- PORT'");
    const char *s = after(cmdline, "ukl.ip=");
    uint32_t part;
    for (int i = 0; i < 4; i++) {
        if (s == NULL || (s = number(s, &part)) == NULL || part > 255 || (i < 3 && *s++ != '.'))
            die("no ukl.ip=A.B.C.D on the command line");
        ip[i] = (uint8_t)part;
    }
    s = after(cmdline, "-- ");
    port = 7;
    if (s != NULL && number(s, &part) != NULL && part > 0 && part < 65536) port = (uint16_t)part;

    int found = 0;
    for (int dev = 0; dev < 32 && !found; dev++) {
        if (pci_read(dev, 0, 0) != (0x1000u << 16 | 0x1af4u)) continue; /* legacy virtio-net */
        /* qboot leaves BARs unassigned: BAR0 goes where PC firmware puts PCI I/O, at 0xc000 (PCI
         * Local Bus 3.0 §6.2.5.1: writing all ones and reading back gives its size). */
        pci_write(dev, 0, 0x10, 0xffffffffu);
        uint32_t sized = pci_read(dev, 0, 0x10);
        if ((sized & 1) == 0) die("virtio-net's BAR0 is not an I/O BAR (give QEMU a transitional device)");
        if ((~(sized & ~3u) + 1) > 0x1000) die("virtio-net's BAR0 is larger than 4 KiB");
        pci_write(dev, 0, 0x10, 0xc000);
        io = 0xc000;
        pci_write(dev, 0, 0x04, (pci_read(dev, 0, 0x04) & 0xffff) | 0x5); /* I/O space, bus master */
        found = 1;
    }
    if (!found) die("no virtio-net device (1af4:1000) on PCI bus 0");

    /* §3.1.1 (legacy): reset, ACKNOWLEDGE, DRIVER, features, queues and buffers, DRIVER_OK. */
    outb(io + VIO_STATUS, 0);
    outb(io + VIO_STATUS, STATUS_ACKNOWLEDGE);
    outb(io + VIO_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER);
    uint32_t offered = inl(io + VIO_HOST_FEATURES);
    if ((offered & F_MAC) == 0) die("the device offers no VIRTIO_NET_F_MAC, so it has no address to give");
    outl(io + VIO_GUEST_FEATURES, F_MAC); /* nothing else: no checksum offload, no merged buffers */
    for (int i = 0; i < 6; i++) mac[i] = inb(io + VIO_CONFIG + i);
    set_up_queue(&rxq, 0, rings[0]);
    set_up_queue(&txq, 1, rings[1]);
    if (txq.size < 2 * TX_BUFFERS) die("the TX queue has fewer than 128 descriptors");
    for (int s = 0; s < TX_BUFFERS; s++) chain(&txq, s, tx_buffers[s], 0);
    int rx_count = rxq.size / 2 < RX_BUFFERS ? rxq.size / 2 : RX_BUFFERS;
    for (int s = 0; s < rx_count; s++) {
        chain(&rxq, s, rx_buffers[s], DESC_WRITE);
        rxq.avail[2 + s] = (uint16_t)(2 * s);
    }
    rxq.avail_idx = (uint16_t)rx_count;
    rxq.avail[1] = rxq.avail_idx;
    outb(io + VIO_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_DRIVER_OK);
    outw(io + VIO_QUEUE_NOTIFY, 0);

    put(0x3f8, "floor: udp echo on port ");
    put_number(0x3f8, port);
    put(0x3f8, "\n");

    /* No pause in the poll: under TCG a pause leaves the translated code for QEMU's vCPU loop,
     * which takes QEMU's global lock each time, and the main loop that fills the RX ring waits
     * for it: with one the round trip took 28.5 µs (p50), without it 9.8. */
    for (;;) {
        if (*rxq.used_idx == rxq.last_used) {
            continue;
        }
        barrier();
        volatile struct used_elem *e = &rxq.used[rxq.last_used % rxq.size];
        uint16_t slot = (uint16_t)(e->id / 2);
        uint32_t len = e->len;
        rxq.last_used++;
        if (slot < rx_count && len > NET_HDR) answer(rx_buffers[slot] + NET_HDR, len - NET_HDR);
        offer(&rxq, (uint16_t)(2 * slot));
    }
}
