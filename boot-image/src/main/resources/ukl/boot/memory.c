/*
 * memory.c: the heap from the PVH memory map, page tables for RAM above 4 GiB, the stack guard.
 *
 * pvh.S identity-maps the first 4 GiB with 2 MiB pages. Here RAM above 4 GiB gets mapped the same
 * way, one page directory per GiB, taken from the RAM right after the image (a guest without such
 * RAM gives none of its memory to them): up to 64 GiB of guest-physical space, RAM beyond that is
 * left out of the heap. The heap is the largest RAM region (E820 type 1) above the image's end
 * (stack and those directories included); the runtime owns it whole.
 */
#include "ukl_boot_internal.h"
#include "ukl_image.h"

#define GIB (1ull << 30)
#define MIB2 (1ull << 21)
#define PAGE 4096ull
#define MAPPED_LIMIT (64 * GIB)
#define PTE_PRESENT_RW 0x03ull
#define PDE_2M (0x80ull | PTE_PRESENT_RW)

extern uint64_t boot_pdpt[512], boot_pd[4 * 512], boot_guard_pt[512];
extern char ukl_stack_guard[];

uint8_t *ukl_heap_start, *ukl_heap_end;

/* Maps GiB number gib (≥ 4) with a page directory taken at *tables, which moves past it. */
static void map_gib(uint64_t gib, uint64_t *tables) {
    if (boot_pdpt[gib] != 0) return;
    uint64_t *pd = (uint64_t *)*tables;
    *tables += PAGE;
    for (uint64_t i = 0; i < 512; i++) pd[i] = (gib * GIB + i * MIB2) | PDE_2M;
    boot_pdpt[gib] = (uint64_t)pd | PTE_PRESENT_RW;
}

/* Splits the 2 MiB page holding the guard into 4 KiB pages and leaves the guard unmapped. */
static void unmap_stack_guard(void) {
    uint64_t guard = (uint64_t)ukl_stack_guard;
    uint64_t base = guard & ~(MIB2 - 1);
    for (uint64_t i = 0; i < 512; i++) {
        uint64_t page = base + i * PAGE;
        boot_guard_pt[i] = page == guard ? 0 : page | PTE_PRESENT_RW;
    }
    boot_pd[guard / MIB2] = (uint64_t)boot_guard_pt | PTE_PRESENT_RW;
}

static _Noreturn void no_memory_map(uint32_t version) {
    struct msgbuf m = {.length = 0};
    msg_str(&m, "PVH start info version ");
    msg_dec(&m, version);
    msg_str(&m, " has no memory map (need version 1; use QEMU 4.0 or newer with -kernel)");
    ukl_panic(msg_end(&m));
}

void memory_init(const struct hvm_start_info *info) {
    if (info->version < 1 || info->memmap_entries == 0) no_memory_map(info->version);
    const struct hvm_memmap_table_entry *map = (const void *)(uintptr_t)info->memmap_paddr;
    /* First the directories for RAM above 4 GiB, from the RAM after the image (mapped by pvh.S),
     * then the largest region above them becomes the heap. */
    uint64_t floor = ((uint64_t)ukl_image_end + PAGE - 1) & ~(PAGE - 1);
    for (uint32_t i = 0; i < info->memmap_entries; i++) {
        if (map[i].type != HVM_MEMMAP_TYPE_RAM) continue;
        uint64_t end = map[i].addr + map[i].size;
        if (end > MAPPED_LIMIT) end = MAPPED_LIMIT;
        for (uint64_t gib = map[i].addr < 4 * GIB ? 4 : map[i].addr / GIB; gib * GIB < end; gib++) map_gib(gib, &floor);
    }
    uint64_t best_start = 0, best_end = 0;
    for (uint32_t i = 0; i < info->memmap_entries; i++) {
        if (map[i].type != HVM_MEMMAP_TYPE_RAM) continue;
        uint64_t start = map[i].addr < floor ? floor : (map[i].addr + PAGE - 1) & ~(PAGE - 1);
        uint64_t end = map[i].addr + map[i].size;
        if (end > MAPPED_LIMIT) end = MAPPED_LIMIT;
        end &= ~(PAGE - 1);
        if (end <= start) continue;
        if (end - start > best_end - best_start) {
            best_start = start;
            best_end = end;
        }
    }
    if (best_end == 0) {
        struct msgbuf m = {.length = 0};
        msg_str(&m, "no usable RAM above the image's end (");
        msg_hex(&m, floor);
        msg_str(&m, ") in the PVH memory map: give the guest more memory (-m)");
        ukl_panic(msg_end(&m));
    }
    unmap_stack_guard();
    /* Reloading cr3 flushes every non-global TLB entry, the guard's 2 MiB one included. */
    uint64_t cr3;
    __asm__ volatile("mov %%cr3, %0; mov %0, %%cr3" : "=r"(cr3) : : "memory");
    ukl_heap_start = (uint8_t *)best_start;
    ukl_heap_end = (uint8_t *)best_end;
}
