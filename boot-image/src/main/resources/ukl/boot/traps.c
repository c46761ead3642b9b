/*
 * traps.c: an IDT whose 32 exception vectors end in ukl_panic with the vector's name, rip and
 * error code (and cr2 for #PF), so that a wild pointer or a compiler bug reads as a message, not
 * as a silent reset.
 *
 * #DF, #PF, #NMI and #MC run on a separate stack (IST1, Intel SDM Vol. 3A §8.14.5): a stack
 * overflow hits the guard page below the boot stack, and its #PF could not push a frame on the
 * overflowed stack; a thread's stack page not yet committed (stacks.c) could not take one either.
 * The PIC's interrupts run on IST2, so that an interrupt never touches a thread's stack below its
 * stack pointer, which may not be committed. That needs a TSS, hence a GDT of our own in place of
 * pvh.S's. A #PF that stacks.c resolves is the one exception that resumes the interrupted code.
 *
 * Vectors 32-47 are the two 8259A PICs' IRQ 0-15, remapped off the exception vectors and all
 * masked. Interrupts stay disabled (IF = 0) except inside ukl_idle, which unmasks the timer and
 * one device line, halts, and masks them again: the kernel polls, and uses interrupts only to
 * sleep while there is nothing to poll for.
 */
#include "ukl_boot_internal.h"

struct trap_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error, rip, cs, rflags, rsp, ss;
};

static const char *const vector_names[32] = {
    "#DE (divide error)", "#DB (debug)", "NMI", "#BP (breakpoint)", "#OF (overflow)",
    "#BR (bound range exceeded)", "#UD (invalid opcode)", "#NM (device not available)",
    "#DF (double fault)", "coprocessor segment overrun", "#TS (invalid TSS)",
    "#NP (segment not present)", "#SS (stack-segment fault)", "#GP (general protection)",
    "#PF (page fault)", "reserved vector 15", "#MF (x87 floating-point error)",
    "#AC (alignment check)", "#MC (machine check)", "#XM (SIMD floating-point exception)",
    "#VE (virtualization exception)", "#CP (control protection)", "reserved vector 22",
    "reserved vector 23", "reserved vector 24", "reserved vector 25", "reserved vector 26",
    "reserved vector 27", "#HV (hypervisor injection)", "#VC (VMM communication)",
    "#SX (security exception)", "reserved vector 31",
};

extern const uint64_t ukl_trap_stubs[32];
extern const uint64_t ukl_irq_stubs[16];
extern char ukl_stack_guard[];

/* Returns only for a page fault that stacks.c resolved: trap_entry.S then resumes the code. */
void ukl_trap(const struct trap_frame *f);
void ukl_trap(const struct trap_frame *f) {
    struct msgbuf m = {.length = 0};
    uint64_t cr2 = 0;
    if (f->vector == 14) __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
    if (f->vector == 14 && stacks_fault(cr2, f->rip)) return;
    uintptr_t guard = (uintptr_t)ukl_stack_guard;
    if (f->vector == 14 && cr2 >= guard && cr2 < guard + 4096) {
        msg_str(&m, "stack overflow (the 8 MiB boot stack is exhausted; deep or unbounded recursion?) at rip=");
        msg_hex(&m, f->rip);
        ukl_panic(msg_end(&m));
    }
    msg_str(&m, "CPU exception ");
    msg_str(&m, vector_names[f->vector & 31]);
    msg_str(&m, " at rip=");
    msg_hex(&m, f->rip);
    msg_str(&m, " error=");
    msg_hex(&m, f->error);
    if (f->vector == 14) {
        msg_str(&m, " cr2=");
        msg_hex(&m, cr2);
    }
    msg_str(&m, " rsp=");
    msg_hex(&m, f->rsp);
    ukl_panic(msg_end(&m));
}

struct __attribute__((packed)) tss {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t iomap_base;
};

struct __attribute__((packed)) table_register {
    uint16_t limit;
    uint64_t base;
};

struct idt_gate {
    uint16_t offset_low, selector;
    uint8_t ist, type_attr;
    uint16_t offset_mid;
    uint32_t offset_high, reserved;
};

#define CODE_SELECTOR 0x08
#define TSS_SELECTOR 0x18
#define GATE_INTERRUPT 0x8e  /* present, DPL 0, 64-bit interrupt gate */

static struct tss tss;
static uint64_t gdt[5] = {
    0,
    0x00af9a000000ffff,  /* 0x08: 64-bit code */
    0x00cf92000000ffff,  /* 0x10: data */
    0, 0,                /* 0x18: TSS, a 16-byte descriptor (SDM Vol. 3A §9.2.3) */
};
static struct idt_gate idt[48];
static uint8_t ist_stack[16384] __attribute__((aligned(16)));
static uint8_t irq_stack[4096] __attribute__((aligned(16)));

/* 8259A ports and initialisation words (8259A data sheet, ICW1-ICW4, OCW1). */
#define PIC_MASTER 0x20
#define PIC_SLAVE 0xa0
#define PIC_MASTER_MASK 0x21
#define PIC_SLAVE_MASK 0xa1
#define PIC_CASCADE 2           /* the slave's INT is the master's IRQ 2 */
#define IRQ_VECTOR_BASE 32

/*
 * The 8259's INTR reaches the CPU through the local APIC's LINT0 (SDM Vol. 3A §11.5.1); qboot
 * leaves the APIC software-disabled with LINT0 masked, so no PIC interrupt would arrive. Enable
 * the APIC and set LINT0 to ExtINT, unmasked: "virtual wire" mode, as PC firmware does (MP spec
 * §3.6.2.2). Its base is in IA32_APIC_BASE (MSR 0x1b), inside the identity-mapped first 4 GiB.
 */
#define MSR_APIC_BASE 0x1b
#define LAPIC_SVR 0xf0
#define LAPIC_LVT_LINT0 0x350
#define LAPIC_SOFTWARE_ENABLE 0x100
#define LAPIC_SPURIOUS_VECTOR 47    /* low 4 bits all ones (SDM §11.9); never raised in ExtINT mode */
#define LVT_EXTINT 0x700

static void lapic_virtual_wire(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(MSR_APIC_BASE));
    volatile uint32_t *lapic = (volatile uint32_t *)(uintptr_t)(lo & 0xfffff000u);
    lapic[LAPIC_SVR / 4] = LAPIC_SOFTWARE_ENABLE | LAPIC_SPURIOUS_VECTOR;
    lapic[LAPIC_LVT_LINT0 / 4] = LVT_EXTINT;
}

static void pic_init(void) {
    io_outb(PIC_MASTER, 0x11);                  /* ICW1: edge, cascaded, ICW4 follows */
    io_outb(PIC_SLAVE, 0x11);
    io_outb(PIC_MASTER_MASK, IRQ_VECTOR_BASE);  /* ICW2: vectors 32-39 */
    io_outb(PIC_SLAVE_MASK, IRQ_VECTOR_BASE + 8);
    io_outb(PIC_MASTER_MASK, 1 << PIC_CASCADE); /* ICW3: the slave hangs on IRQ 2 */
    io_outb(PIC_SLAVE_MASK, PIC_CASCADE);
    io_outb(PIC_MASTER_MASK, 0x01);             /* ICW4: 8086 mode, normal EOI */
    io_outb(PIC_SLAVE_MASK, 0x01);
    io_outb(PIC_MASTER_MASK, 0xff);             /* OCW1: everything masked */
    io_outb(PIC_SLAVE_MASK, 0xff);
    lapic_virtual_wire();
}

/* PIT channel 0 (IRQ 0) in mode 0, one shot: OUT0 rises at terminal count (8254 data sheet). */
#define PIT_HZ 1193182ull
#define PIT_CH0_DATA 0x40
#define PIT_COMMAND 0x43
#define PIT_MAX_TICKS 65535ull      /* 54.9 ms: the caller loops for longer waits */

void ukl_idle(int32_t line, int64_t nanos) {
    /* Rounded up, so the timer never fires early; 54 ms and more take the longest count. */
    uint64_t ticks = nanos <= 0                        ? 1
                     : (uint64_t)nanos >= 54000000ull ? PIT_MAX_TICKS
                                                      : (uint64_t)nanos * PIT_HZ / 1000000000ull + 1;
    io_outb(PIT_COMMAND, 0x30);     /* channel 0, lobyte/hibyte, mode 0, binary */
    io_outb(PIT_CH0_DATA, (uint8_t)ticks);
    io_outb(PIT_CH0_DATA, (uint8_t)(ticks >> 8));
    uint16_t open = 1u << 0;        /* the timer */
    if (line >= 0 && line < 16 && line != PIC_CASCADE) {
        open |= line < 8 ? 1u << line : (1u << PIC_CASCADE) | (1u << line);
    }
    io_outb(PIC_SLAVE_MASK, (uint8_t)~(open >> 8));
    io_outb(PIC_MASTER_MASK, (uint8_t)~open);
    /* sti takes effect after the next instruction (SDM Vol. 2B, STI), so an IRQ already pending
     * is delivered in hlt, not before it: no wake-up is lost between the check and the halt. */
    __asm__ volatile("sti; hlt; cli" : : : "memory");
    io_outb(PIC_MASTER_MASK, 0xff);
    io_outb(PIC_SLAVE_MASK, 0xff);
    /* A control word stops a mode 0 count until the next one is written: a timer that did not
     * wake us must not latch IRQ 0 in the PIC and end the next idle at once. */
    io_outb(PIT_COMMAND, 0x30);
}

void traps_init(void) {
    uint64_t base = (uint64_t)&tss;
    uint64_t limit = sizeof tss - 1;
    tss.ist[0] = (uint64_t)(ist_stack + sizeof ist_stack);
    tss.ist[1] = (uint64_t)(irq_stack + sizeof irq_stack);
    tss.iomap_base = sizeof tss;  /* no I/O bitmap */
    gdt[3] = (limit & 0xffff) | ((base & 0xffffff) << 16) | (0x89ull << 40) | (((limit >> 16) & 0xf) << 48) |
             (((base >> 24) & 0xff) << 56);
    gdt[4] = base >> 32;
    struct table_register gdtr = {sizeof gdt - 1, (uint64_t)gdt};
    __asm__ volatile("lgdt %0; ltr %w1" : : "m"(gdtr), "r"((uint16_t)TSS_SELECTOR) : "memory");

    for (int v = 0; v < 48; v++) {
        uint64_t handler = v < 32 ? ukl_trap_stubs[v] : ukl_irq_stubs[v - 32];
        int on_ist = v == 2 || v == 8 || v == 14 || v == 18;
        idt[v] = (struct idt_gate){
            .offset_low = (uint16_t)handler,
            .selector = CODE_SELECTOR,
            .ist = on_ist ? 1 : v >= 32 ? 2 : 0,
            .type_attr = GATE_INTERRUPT,
            .offset_mid = (uint16_t)(handler >> 16),
            .offset_high = (uint32_t)(handler >> 32),
        };
    }
    struct table_register idtr = {sizeof idt - 1, (uint64_t)idt};
    __asm__ volatile("lidt %0" : : "m"(idtr) : "memory");
    pic_init();
}
