/*
 * traps.c: an IDT whose 32 exception vectors end in ukl_panic with the vector's name, rip and
 * error code (and cr2 for #PF), so that a wild pointer or a compiler bug reads as a message, not
 * as a silent reset.
 *
 * #DF, #PF, #NMI and #MC run on a separate stack (IST1, Intel SDM Vol. 3A §8.14.5): a stack
 * overflow hits the guard page below the boot stack, and its #PF could not push a frame on the
 * overflowed stack. That needs a TSS, hence a GDT of our own in place of pvh.S's.
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
extern char ukl_stack_guard[];

_Noreturn void ukl_trap(const struct trap_frame *f);
_Noreturn void ukl_trap(const struct trap_frame *f) {
    struct msgbuf m = {.length = 0};
    uint64_t cr2 = 0;
    if (f->vector == 14) __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
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
static struct idt_gate idt[32];
static uint8_t ist_stack[16384] __attribute__((aligned(16)));

void traps_init(void) {
    uint64_t base = (uint64_t)&tss;
    uint64_t limit = sizeof tss - 1;
    tss.ist[0] = (uint64_t)(ist_stack + sizeof ist_stack);
    tss.iomap_base = sizeof tss;  /* no I/O bitmap */
    gdt[3] = (limit & 0xffff) | ((base & 0xffffff) << 16) | (0x89ull << 40) | (((limit >> 16) & 0xf) << 48) |
             (((base >> 24) & 0xff) << 56);
    gdt[4] = base >> 32;
    struct table_register gdtr = {sizeof gdt - 1, (uint64_t)gdt};
    __asm__ volatile("lgdt %0; ltr %w1" : : "m"(gdtr), "r"((uint16_t)TSS_SELECTOR) : "memory");

    for (int v = 0; v < 32; v++) {
        uint64_t handler = ukl_trap_stubs[v];
        int on_ist = v == 2 || v == 8 || v == 14 || v == 18;
        idt[v] = (struct idt_gate){
            .offset_low = (uint16_t)handler,
            .selector = CODE_SELECTOR,
            .ist = on_ist ? 1 : 0,
            .type_attr = GATE_INTERRUPT,
            .offset_mid = (uint16_t)(handler >> 16),
            .offset_high = (uint32_t)(handler >> 32),
        };
    }
    struct table_register idtr = {sizeof idt - 1, (uint64_t)idt};
    __asm__ volatile("lidt %0" : : "m"(idtr) : "memory");
}
