/*
 * stacks.c: the thread-stack arena, committed page by page on demand (docs/contracts.md §6).
 *
 * [ukl_stacks_start, ukl_stacks_end) is 64 GiB of address space at 512 GiB (PML4 entry 1, above
 * every identity-mapped byte), where the runtime lays out its threads' stacks. Nothing there is
 * mapped at first. A thread touching a page of its stack faults (#PF on IST1, traps.c), and
 * stacks_fault maps a zeroed 4 KiB page from the pool in its place and resumes the thread, as
 * Linux grows a thread's stack: a thread costs the pages it has used, not the stack it reserved.
 * A page the runtime marked as a guard (a non-present entry with GUARD_MARK, a bit the CPU
 * ignores when P = 0, Intel SDM Vol. 3A §5.5.2 "If P = 0 ... the other bits are ignored")
 * is never mapped: touching it is a stack overflow, and panics as the boot stack's guard does.
 *
 * The pool holds free physical pages, linked through their first word. It has no RAM of its own:
 * the runtime gives it blocks of its heap (ukl_stacks_pool_give) when it asks for them
 * (ukl_stacks_pool_want), at points where the collector's tables are consistent, and pages of an
 * ended thread's stack come back to it (ukl_stacks_decommit). When a fault finds the pool low it
 * asks the runtime for more (ukl_stacks_refill, which gives only when it safely can); an empty
 * pool at a fault is the end ("out of memory for thread stacks").
 *
 * Page tables for the arena come from the pool too: a page directory per GiB used and a page
 * table per 2 MiB; they stay once made.
 */
#include "ukl_boot_internal.h"

#define PAGE 4096ull
#define GIB (1ull << 30)
#define ARENA_BASE (512 * GIB)
#define ARENA_GIB 64ull
#define PTE_PRESENT 0x01ull
#define PTE_RW 0x02ull
#define GUARD_MARK 0x400ull     /* bit 10 of a non-present entry: a guard page, never mapped */
#define ADDR_MASK 0x000ffffffffff000ull
/*
 * The level the pool is filled to: 96 pages, or a 64th of the heap in a small guest (at least 16),
 * which a 4 MiB guest cannot spare; below a third of it a fault asks the runtime for more.
 */
#define POOL_MAX 96ull
#define POOL_MIN 16ull

static uint64_t pool_high(void) {
    uint64_t pages = (uint64_t)(ukl_heap_end - ukl_heap_start) / 64 / PAGE;
    return pages > POOL_MAX ? POOL_MAX : pages < POOL_MIN ? POOL_MIN : pages;
}

extern uint64_t boot_pml4[512];

uint8_t *ukl_stacks_start = (uint8_t *)ARENA_BASE;
uint8_t *ukl_stacks_end = (uint8_t *)(ARENA_BASE + ARENA_GIB * GIB);

static uint64_t stacks_pdpt[512] __attribute__((aligned(4096)));
static uint64_t *pool;          /* free pages, linked through their first word */
static uint64_t pool_pages;
static uint64_t committed_pages;

void stacks_init(void) {
    boot_pml4[1] = (uint64_t)stacks_pdpt | PTE_PRESENT | PTE_RW;
}

static _Noreturn void pool_empty(uint64_t addr) {
    struct msgbuf m = {.length = 0};
    msg_str(&m, "out of memory for thread stacks: no free page for the stack page at ");
    msg_hex(&m, addr);
    msg_str(&m, " (the heap is full; give the guest more memory or start fewer threads)");
    ukl_panic(msg_end(&m));
}

static uint64_t *pool_take(uint64_t addr) {
    if (pool_pages < pool_high() / 3 && ukl_stacks_refill) ukl_stacks_refill();
    uint64_t *page = pool;
    if (!page) pool_empty(addr);
    pool = (uint64_t *)*page;
    pool_pages--;
    __builtin_memset(page, 0, PAGE);
    return page;
}

static void pool_put(uint64_t *page) {
    *page = (uint64_t)pool;
    pool = page;
    pool_pages++;
}

uint64_t ukl_stacks_pool_want(void) {
    uint64_t high = pool_high();
    return pool_pages < high ? (high - pool_pages) * PAGE : 0;
}

void ukl_stacks_pool_give(uint8_t *mem, uint64_t bytes) {
    uint8_t *p = (uint8_t *)(((uintptr_t)mem + PAGE - 1) & ~(PAGE - 1));
    for (; p + PAGE <= mem + bytes; p += PAGE) pool_put((uint64_t *)p);
}

uint64_t ukl_stacks_committed(void) {
    return committed_pages * PAGE;
}

/* The page-table entry of arena address addr; with make, the tables on the way are created. */
static uint64_t *pte_of(uint64_t addr, int make) {
    uint64_t *table = stacks_pdpt;
    int shifts[2] = {30, 21};
    for (int level = 0; level < 2; level++) {
        uint64_t *e = &table[(addr >> shifts[level]) & 511];
        if (!(*e & PTE_PRESENT)) {
            if (!make) return 0;
            *e = (uint64_t)pool_take(addr) | PTE_PRESENT | PTE_RW;
        }
        table = (uint64_t *)(*e & ADDR_MASK);
    }
    return &table[(addr >> 12) & 511];
}

static int in_arena(uint64_t addr) {
    return addr >= (uint64_t)ukl_stacks_start && addr < (uint64_t)ukl_stacks_end;
}

void ukl_stacks_guard(uint8_t *page) {
    *pte_of((uint64_t)page, 1) = GUARD_MARK;
}

void ukl_stacks_decommit(uint8_t *lo, uint8_t *hi) {
    for (uint64_t a = (uint64_t)lo & ~(PAGE - 1); a < (uint64_t)hi; a += PAGE) {
        uint64_t *e = pte_of(a, 0);
        if (!e || !(*e & PTE_PRESENT)) continue;
        uint64_t *page = (uint64_t *)(*e & ADDR_MASK);
        *e = 0;
        __asm__ volatile("invlpg (%0)" : : "r"(a) : "memory");
        pool_put(page);
        committed_pages--;
    }
}

/*
 * The #PF handler's first question (traps.c): a fault on a page of the arena not yet mapped gets
 * one, and the faulting instruction runs again; returns 0 for every other fault.
 */
int stacks_fault(uint64_t addr, uint64_t rip) {
    if (!in_arena(addr)) return 0;
    uint64_t *e = pte_of(addr, 1);
    if (*e & GUARD_MARK) {
        struct msgbuf m = {.length = 0};
        msg_str(&m, "stack overflow: a thread ran into the guard page below its stack (address ");
        msg_hex(&m, addr);
        msg_str(&m, ") at rip=");
        msg_hex(&m, rip);
        ukl_panic(msg_end(&m));
    }
    if (*e & PTE_PRESENT) return 0; /* mapped: a protection fault, not a missing page */
    *e = (uint64_t)pool_take(addr) | PTE_PRESENT | PTE_RW;
    committed_pages++;
    return 1;
}
