/*
 * ukl_gc.h: the non-moving mark-sweep collector (DESIGN.md, "memory").
 *
 * Heap: [base, limit) is cut into blocks of UKL_GC_BLOCK_BYTES. A small block holds cells of one
 * size class (UKL_GC_SIZE_CLASSES, up to UKL_GC_MAX_SMALL bytes); a larger object takes a run of
 * whole blocks (large-object space). The block table beside the heap says, per block, what it
 * holds, so an address maps to the start of the object around it by arithmetic: this is how
 * interior pointers and conservative roots are resolved. A cell is an object iff its class word
 * is non-zero; free cells have class 0 and link the per-class free lists through their GC word.
 *
 * Allocation, inlined at every site (ukl_gc_pop): bump a size class's cursor through a block that
 * was zeroed in bulk when it was taken, or pop a cell the sweep zeroed (JLS §4.12.5: fields start
 * at their default values). When both are empty, the slow path sweeps the class's next block left
 * from the last collection, or takes a free block (next fit); when no block is free it collects
 * once (once more clearing soft references, if that one kept any), and if that does not help it
 * returns null (the caller throws the preallocated
 * OutOfMemoryError). The last UKL_GC_RESERVE_BLOCKS free blocks are kept back until then: an
 * OutOfMemoryError opens them, so that its handler, or the report of an uncaught one
 * (docs/contracts.md §2), can still allocate; a collection that frees twice as much closes them.
 *
 * Collection: mark from the roots the includer supplies (ukl_gc_mark_roots: exact references
 * through ukl_gc_mark_exact, possible references through ukl_gc_scan_conservative), following
 * each class's reference map and the elements of reference arrays through a mark stack whose
 * objects are prefetched a few dozen ahead of their marking (ukl_gc_drain_stack), counting the
 * live objects of each block; then clear the referents of java.lang.ref references that marking left unmarked
 * (section "references"); then free every block and run that holds nothing live, in bulk over the block table,
 * and leave the other small blocks to be swept lazily, block by block, when their size class needs
 * cells (a collection first finishes that sweep, so a dead cell keeps its class word only until its
 * block is swept, and no object_at answer during marking is stale). The mark is bit 0 of the
 * header's GC word, which the monitors' lock word (ukl_thread.h, ukl.kernel.sched.Monitors)
 * preserves with bit 1, the age; which value of it means marked is the block's (ukl_block.mark,
 * section "marking").
 * A block whose every cell survives, and a large object that survives, are not touched after
 * marking: their block's sense flips, and the same bits read as unmarked to the next collection.
 * In the generational heap the runtime runs (section "generations"), marks stick instead: an
 * object that survives twice stays marked, old, and a young collection traces only what is
 * unmarked.
 * Objects never move, so a device may keep using an array
 * that stays reachable (ukl.kernel.hw.Dma keeps its buffers in a static table, an exact root).
 *
 * The includer defines UKL_GC_BLOCK_BYTES, UKL_GC_MAX_SMALL, UKL_GC_SIZE_CLASSES, UKL_GC_CLASS_INDEX and UKL_GC_RESERVE_BLOCKS (the
 * translator emits them from HeapLayout.java, the single source of those numbers), provides
 * ukl_panic, and defines ukl_gc_mark_roots.
 */
#ifndef UKL_GC_H
#define UKL_GC_H

#include "ukl_object.h"

#if !defined(UKL_GC_BLOCK_BYTES) || !defined(UKL_GC_MAX_SMALL) || !defined(UKL_GC_SIZE_CLASSES) \
    || !defined(UKL_GC_CLASS_INDEX) || !defined(UKL_GC_RESERVE_BLOCKS)
#error "define UKL_GC_BLOCK_BYTES, UKL_GC_MAX_SMALL, UKL_GC_SIZE_CLASSES, UKL_GC_CLASS_INDEX, UKL_GC_RESERVE_BLOCKS (HeapLayout.java) before ukl_gc.h"
#endif

_Noreturn void ukl_panic(const char *msg);

#ifndef UKL_GC_NURSERY_SHARE
#define UKL_GC_NURSERY_SHARE 4
#endif
/* The GC word's collector bits (the monitors' lock word keeps both, ukl_thread.h): the mark, and in a
 * generational heap the age (section "generations"). */
enum { UKL_GC_MARK = 1, UKL_GC_AGE = 2, UKL_GC_BITS = UKL_GC_MARK | UKL_GC_AGE };
enum { UKL_GC_GRAIN = 16, UKL_GC_CARD_SHIFT = 9, UKL_GC_CARD_BYTES = 1 << UKL_GC_CARD_SHIFT };
enum { UKL_BLK_FREE = 0, UKL_BLK_SMALL, UKL_BLK_LARGE, UKL_BLK_TAIL, UKL_BLK_RAW };

static const uint32_t ukl_gc_class_size[] = { UKL_GC_SIZE_CLASSES };
#define UKL_GC_CLASSES (sizeof ukl_gc_class_size / sizeof ukl_gc_class_size[0])
/* (bytes + 15) / 16 → size class index; constant, so a constant size folds to its class. */
static const uint8_t ukl_gc_class_of[UKL_GC_MAX_SMALL / UKL_GC_GRAIN + 1] = { UKL_GC_CLASS_INDEX };
#define UKL_GC_NONE 0xffffffffu

/*
 * kind: UKL_BLK_* (RAW: given away for good, ukl_gc_take_raw); mark: the value of an object's mark
 * bit that means marked in this block (SMALL, LARGE: 1 when taken, flipped by ukl_gc_sweep instead of
 * clearing the marks of a block that is all live); n: SMALL → cell bytes, LARGE → blocks in the run, TAIL → blocks back to the
 * head; live: objects marked in it by the running collection; next: the next block of its size
 * class still to be swept (UKL_GC_NONE ends the list); fresh: the running collection marked an
 * object in it that was unmarked (in a generational heap: young, section "generations").
 */
typedef struct {
    uint8_t kind;
    uint8_t mark;
    uint16_t fresh;
    uint32_t n;
    uint32_t live;
    uint32_t next;
} ukl_block;

UKL_SHARED struct {
    uint8_t *base, *limit;          /* the collected heap, blocks only */
    ukl_block *blocks;
    uint64_t nblocks;
    uint64_t next_free;             /* where the search for a free block resumes */
    uint64_t next_large;            /* where the search for a free run resumes */
    uint64_t free_blocks;
    int reserve_open;               /* an OutOfMemoryError lent out the reserve blocks */
    uint8_t *bump[UKL_GC_CLASSES];  /* per size class: the next cell of a block zeroed in bulk */
    uint8_t *bump_end[UKL_GC_CLASSES];
    ukl_obj *free[UKL_GC_CLASSES];  /* free cells per size class, zeroed, linked through hdr.gc */
    uint32_t unswept[UKL_GC_CLASSES]; /* blocks with live objects the sweep has not reached */
    ukl_obj **stack;                /* the mark stack, with a rescan when it overflows */
    uint64_t stack_cap, stack_top;
    int overflowed;
    uint64_t used;                  /* bytes in allocated cells and large runs (marked ones, summed by the sweep) */
    uint64_t allocated;             /* bytes requested since start, for RuntimeSupport.allocatedBytes() */
    uint64_t collections;
    uint64_t raw;                   /* bytes in blocks given away (counted in used) */
    int busy;                       /* inside the slow path or a collection: the block table is in flux */
    ukl_reference *discovered;      /* references marking found with a referent not yet known live */
    ukl_reference *pending;         /* cleared references waiting for ReferenceQueue to take them */
    int clear_soft;                 /* this collection treats soft referents like weak ones */
    int soft_kept;                  /* this collection kept a referent only a soft reference reached */
    int generational;               /* marks stick: a collection may be young (section "generations") */
    int full_due;                   /* the last young collection freed too little: the next one is full */
    uint8_t *cards;                 /* per UKL_GC_CARD_BYTES of heap: an old object starting there was written */
    uint64_t card_mask;             /* cards - 1, a power of two - 1 */
    uint64_t young_collections;
    uint64_t taken;                 /* blocks taken since the last collection */
    uint64_t nursery;               /* ... after which a generational heap collects the young */
    uint64_t promote;               /* GC bits marking sets besides the mark: UKL_GC_AGE in a full generational collection */
    uint64_t promoting;             /* UKL_GC_AGE in a young collection: a marked object with it is promoted now */
} ukl_gc;

static void ukl_gc_mark_roots(void); /* the includer's: every root, through the two functions below */

static uint64_t ukl_gc_capacity(void) {
    return ukl_gc.nblocks * UKL_GC_BLOCK_BYTES;
}

static uint8_t *ukl_gc_block_start(uint64_t b) {
    return ukl_gc.base + b * UKL_GC_BLOCK_BYTES;
}

/* Carves the block table and mark stack from the front of [start, end); the rest is the heap. */
static void ukl_gc_init(uint8_t *start, uint8_t *end) {
    uint64_t bytes = end > start ? (uint64_t) (end - start) : 0;
    uint64_t nblocks = bytes / UKL_GC_BLOCK_BYTES;
    uint64_t stack_cap = bytes / 256 / sizeof(ukl_obj *) + 512;
    uint64_t cards = 8; /* a power of two, read eight at a time by ukl_gc_scan_cards */
    while (cards < bytes / UKL_GC_CARD_BYTES) {
        cards *= 2;
    }
    uintptr_t meta = ((uintptr_t) start + 15) & ~(uintptr_t) 15;
    ukl_gc.blocks = (ukl_block *) meta;
    ukl_gc.stack = (ukl_obj **) (meta + nblocks * sizeof(ukl_block));
    ukl_gc.stack_cap = stack_cap;
    ukl_gc.cards = (uint8_t *) (ukl_gc.stack + stack_cap);
    ukl_gc.card_mask = cards - 1;
    uintptr_t base = ((uintptr_t) (ukl_gc.cards + cards) + 4095) & ~(uintptr_t) 4095; /* page-aligned */
    if (base + (2 * UKL_GC_RESERVE_BLOCKS + 4) * (uint64_t) UKL_GC_BLOCK_BYTES > (uintptr_t) end) {
        ukl_panic("heap too small for the collector: give the guest more memory (at least a few MiB beyond the image)");
    }
    ukl_gc.base = (uint8_t *) base;
    ukl_gc.nblocks = ((uintptr_t) end - base) / UKL_GC_BLOCK_BYTES;
    ukl_gc.limit = ukl_gc_block_start(ukl_gc.nblocks);
    __builtin_memset(ukl_gc.blocks, 0, ukl_gc.nblocks * sizeof(ukl_block)); /* every block UKL_BLK_FREE */
    __builtin_memset(ukl_gc.cards, 0, cards);
    ukl_gc.generational = ukl_gc.full_due = 0;
    ukl_gc.taken = 0;
    ukl_gc.nursery = ukl_gc.nblocks / UKL_GC_NURSERY_SHARE;
    ukl_gc.free_blocks = ukl_gc.nblocks;
    ukl_gc.next_free = ukl_gc.next_large = 0;
    ukl_gc.discovered = ukl_gc.pending = 0;
    for (uint32_t c = 0; c < UKL_GC_CLASSES; c++) {
        ukl_gc.bump[c] = ukl_gc.bump_end[c] = 0;
        ukl_gc.free[c] = 0;
        ukl_gc.unswept[c] = UKL_GC_NONE;
    }
}

/* ---- allocation ---- */

/*
 * The fast path, inlined at every allocation site: bump the size class's cursor through a block
 * that was zeroed in bulk when it was taken, else pop a cell that the lazy sweep zeroed. Neither
 * calls a function; with a constant size the size class folds to a constant.
 */
static inline __attribute__((always_inline)) void *ukl_gc_pop(uint32_t c, uint64_t size, const ukl_class *cls) {
    uint32_t cs = ukl_gc_class_size[c];
    uint8_t *p = ukl_gc.bump[c];
    if (__builtin_expect((uint64_t) (ukl_gc.bump_end[c] - p) >= cs, 1)) {
        ukl_gc.bump[c] = p + cs;
    } else {
        ukl_obj *cell = ukl_gc.free[c];
        if (__builtin_expect(cell == 0, 0)) {
            return 0;
        }
        ukl_gc.free[c] = (ukl_obj *) (uintptr_t) cell->gc;
        cell->gc = 0;
        p = (uint8_t *) cell;
    }
    ((ukl_obj *) p)->cls = cls;
    ukl_gc.used += cs;
    ukl_gc.allocated += size;
    return p;
}

/* Whether n free blocks may be taken: the reserve only after an OutOfMemoryError opened it. */
static int ukl_gc_may_take(uint64_t n) {
    return ukl_gc.free_blocks >= n + (ukl_gc.reserve_open ? 0 : UKL_GC_RESERVE_BLOCKS);
}

/*
 * A survivor's GC word after the sweep. Mark-sweep: unmarked under the fresh sense. Generational
 * (section "generations"): an old survivor keeps both bits; a young one that survives for the
 * first time is unmarked again, young, with its age bit set, so the next young collection traces
 * it once more and promotes it if it is still live.
 */
static inline uint64_t ukl_gc_survivor(uint64_t g) {
    if (!ukl_gc.generational) {
        return g & ~(uint64_t) UKL_GC_MARK;
    }
    return g & UKL_GC_AGE ? g : g ^ UKL_GC_BITS;
}

/*
 * Sweeps one small block that marking found live objects in: gives the survivors their GC word
 * for the next cycle (ukl_gc_survivor) and zeroes every other cell, a run of adjacent
 * dead cells at a time, linking them in address order onto their class's free list (so allocation
 * walks the block upwards and needs no zeroing). The block leaves with the sense of a fresh one
 * (mark bit 1 means marked), which is what allocation assumes of a cell it takes: a zero GC word
 * is unmarked, that is young.
 */
static void ukl_gc_sweep_block(uint64_t b) {
    uint32_t n = ukl_gc.blocks[b].n;
    uint64_t mark = ukl_gc.blocks[b].mark;
    uint32_t kept = 0; /* survivors still marked: old ones, in a generational heap */
    uint8_t *start = ukl_gc_block_start(b);
    uint8_t *end = start + (UKL_GC_BLOCK_BYTES / n) * (uint64_t) n;
    ukl_obj *head = 0, *tail = 0;
    for (uint8_t *p = start; p < end;) {
        ukl_obj *o = (ukl_obj *) p;
        if (o->cls && (o->gc & UKL_GC_MARK) == mark) {
            o->gc = ukl_gc_survivor(o->gc);
            kept += (uint32_t) (o->gc & UKL_GC_MARK);
            p += n;
            continue;
        }
        uint8_t *run = p;
        while (p < end && !(((ukl_obj *) p)->cls && (((ukl_obj *) p)->gc & UKL_GC_MARK) == mark)) {
            p += n;
        }
        __builtin_memset(run, 0, (uint64_t) (p - run));
        for (uint8_t *q = run; q < p; q += n) {
            ukl_obj *cell = (ukl_obj *) q;
            if (tail) {
                tail->gc = (uint64_t) (uintptr_t) cell;
            } else {
                head = cell;
            }
            tail = cell;
        }
    }
    ukl_gc.blocks[b].live = kept;
    ukl_gc.blocks[b].mark = UKL_GC_MARK;
    if (head) {
        uint32_t c = ukl_gc_class_of[n / UKL_GC_GRAIN];
        tail->gc = (uint64_t) (uintptr_t) ukl_gc.free[c];
        ukl_gc.free[c] = head;
    }
}

/* Sweeps the blocks of class c left from the last collection until one gives free cells. */
static int ukl_gc_sweep_lazily(uint32_t c) {
    while (ukl_gc.free[c] == 0 && ukl_gc.unswept[c] != UKL_GC_NONE) {
        uint64_t b = ukl_gc.unswept[c];
        ukl_gc.unswept[c] = ukl_gc.blocks[b].next;
        ukl_gc_sweep_block(b);
    }
    return ukl_gc.free[c] != 0;
}

/* Every block still unswept, swept: a collection starts from a heap whose free cells are zero. */
static void ukl_gc_finish_sweep(void) {
    for (uint32_t c = 0; c < UKL_GC_CLASSES; c++) {
        while (ukl_gc.unswept[c] != UKL_GC_NONE) {
            uint64_t b = ukl_gc.unswept[c];
            ukl_gc.unswept[c] = ukl_gc.blocks[b].next;
            ukl_gc_sweep_block(b);
        }
    }
}

/* A free block, taken next-fit from where the last one was found, or UKL_GC_NONE. */
static uint64_t ukl_gc_take_block(void) {
    if (!ukl_gc_may_take(1)) {
        return UKL_GC_NONE;
    }
    for (uint64_t i = 0; i < ukl_gc.nblocks; i++) {
        uint64_t b = ukl_gc.next_free + i;
        if (b >= ukl_gc.nblocks) {
            b -= ukl_gc.nblocks;
        }
        if (ukl_gc.blocks[b].kind == UKL_BLK_FREE) {
            ukl_gc.next_free = b + 1;
            ukl_gc.free_blocks--;
            ukl_gc.taken++;
            return b;
        }
    }
    return UKL_GC_NONE;
}

/* A free block for size class c, zeroed in bulk, becomes the class's bump region. */
static int ukl_gc_refill(uint32_t c) {
    uint64_t b = ukl_gc_take_block();
    if (b == UKL_GC_NONE) {
        return 0;
    }
    uint32_t size = ukl_gc_class_size[c];
    ukl_gc.blocks[b] = (ukl_block) { .kind = UKL_BLK_SMALL, .mark = UKL_GC_MARK, .n = size };
    uint8_t *start = ukl_gc_block_start(b);
    __builtin_memset(start, 0, UKL_GC_BLOCK_BYTES);
    ukl_gc.bump[c] = start;
    ukl_gc.bump_end[c] = start + (UKL_GC_BLOCK_BYTES / size) * (uint64_t) size;
    return 1;
}

/* A run of `need` free blocks at or after `from` and before `to`, or UKL_GC_NONE. */
static uint64_t ukl_gc_find_run(uint64_t need, uint64_t from, uint64_t to) {
    uint64_t run = 0;
    for (uint64_t b = from; b < to; b++) {
        run = ukl_gc.blocks[b].kind == UKL_BLK_FREE ? run + 1 : 0;
        if (run == need) {
            return b + 1 - need;
        }
    }
    return UKL_GC_NONE;
}

/*
 * A free block given away for good, not an object (the runtime's thread-stack pool, ukl_thread.h),
 * or null when the heap has none to spare (the reserve stays) or the block table is being changed
 * (ukl_gc.busy: a thread-stack page fault can come in the middle of the slow path).
 */
static __attribute__((unused)) uint8_t *ukl_gc_take_raw(void) { /* unused where no thread has a stack pool (gc_test.c) */
    if (ukl_gc.busy) {
        return 0;
    }
    uint64_t b = ukl_gc_take_block();
    if (b == UKL_GC_NONE) {
        return 0;
    }
    ukl_gc.blocks[b] = (ukl_block) { .kind = UKL_BLK_RAW };
    ukl_gc.used += UKL_GC_BLOCK_BYTES;
    ukl_gc.raw += UKL_GC_BLOCK_BYTES;
    return ukl_gc_block_start(b);
}

/* Next fit over the block table (from where the last large object was put, then from the start). */
static void *ukl_gc_alloc_large(uint64_t size, const ukl_class *cls) {
    uint64_t need = (size + UKL_GC_BLOCK_BYTES - 1) / UKL_GC_BLOCK_BYTES;
    if (!ukl_gc_may_take(need)) {
        return 0;
    }
    uint64_t head = ukl_gc_find_run(need, ukl_gc.next_large, ukl_gc.nblocks);
    if (head == UKL_GC_NONE) {
        uint64_t to = ukl_gc.next_large + need - 1;
        head = ukl_gc_find_run(need, 0, to < ukl_gc.nblocks ? to : ukl_gc.nblocks);
    }
    if (head == UKL_GC_NONE) {
        return 0;
    }
    ukl_gc.next_large = head + need;
    ukl_gc.blocks[head] = (ukl_block) { .kind = UKL_BLK_LARGE, .mark = UKL_GC_MARK, .n = (uint32_t) need };
    for (uint64_t t = 1; t < need; t++) {
        ukl_gc.blocks[head + t] = (ukl_block) { .kind = UKL_BLK_TAIL, .n = (uint32_t) t };
    }
    ukl_obj *o = (ukl_obj *) ukl_gc_block_start(head);
    __builtin_memset(o, 0, size);
    o->cls = cls;
    ukl_gc.used += need * UKL_GC_BLOCK_BYTES;
    ukl_gc.free_blocks -= need;
    ukl_gc.allocated += size;
    return o;
}

static void ukl_gc_collect(void);
static void ukl_gc_collect_young(void);

/*
 * When no cell or block is free: a young collection if the heap is generational and the last one
 * left enough free, else (or if that did not make room) a full one, then a full one that clears
 * soft references if the first kept any, then null.
 */
static void *ukl_gc_alloc_slower(uint64_t size, const ukl_class *cls) {
    int young = ukl_gc.generational && !ukl_gc.full_due, full = 0;
    if (young && ukl_gc.taken >= ukl_gc.nursery) {
        young = 0;
        ukl_gc_collect_young();
    }
    for (;;) {
        if (size > UKL_GC_MAX_SMALL) {
            void *o = ukl_gc_alloc_large(size, cls);
            if (o) {
                return o;
            }
        } else {
            uint32_t c = ukl_gc_class_of[(size + UKL_GC_GRAIN - 1) / UKL_GC_GRAIN];
            if (ukl_gc_sweep_lazily(c) || ukl_gc_refill(c)) {
                return ukl_gc_pop(c, size, cls);
            }
        }
        if (young) {
            young = 0;
            ukl_gc_collect_young();
            continue;
        }
        if (full == 2 || (full == 1 && !ukl_gc.soft_kept)) {
            ukl_gc.reserve_open = 1;
            return 0; /* a full collection did not make room: OutOfMemoryError */
        }
        ukl_gc.clear_soft = full == 1; /* the last resort clears soft references ("references") */
        ukl_gc_collect();
        ukl_gc.clear_soft = 0;
        full++;
    }
}

static __attribute__((noinline)) void *ukl_gc_alloc_slow(uint64_t size, const ukl_class *cls) {
    ukl_gc.busy++;
    void *o = ukl_gc_alloc_slower(size, cls);
    ukl_gc.busy--;
    return o;
}

/* A zeroed object of `size` bytes whose class word is cls, or null when the heap is full. */
static inline __attribute__((always_inline)) void *ukl_gc_alloc(uint64_t size, const ukl_class *cls) {
    if (__builtin_expect(size <= UKL_GC_MAX_SMALL, 1)) {
        void *o = ukl_gc_pop(ukl_gc_class_of[(size + UKL_GC_GRAIN - 1) / UKL_GC_GRAIN], size, cls);
        if (__builtin_expect(o != 0, 1)) {
            return o;
        }
    }
    return ukl_gc_alloc_slow(size, cls);
}

/* ---- generations ----
 *
 * Sticky mark bits (Demers, Weiser, Hayes, Boehm, Bobrow, Shenker, "Combining generational and
 * conservative garbage collection", POPL 1990), with promotion on the second survival: in a
 * generational heap (ukl_gc.generational) an object is old when its GC word has both collector
 * bits (UKL_GC_BITS), and young otherwise: allocated since the last collection (a zero GC word),
 * or aged, having survived one young collection (UKL_GC_AGE alone). A young collection
 * (ukl_gc_collect_young) marks from the roots and stops at marked objects, so it traces only the
 * young, and it frees only young objects. One it keeps for the first time is young again after
 * the sweep, with its age bit (ukl_gc_survivor); one it keeps for the second time keeps its mark
 * over its age, old. So an object that a collection catches alive only because it was being built
 * (binary-trees' short-lived trees) is freed by the next young collection, not left for a full one.
 *
 * An old object that refers to a young one is the young collection's only other source of roots.
 * The write barrier, after every store of a reference into a heap object (putfield, aastore,
 * System.arraycopy, multianewarray), dirties the card of a marked object's header, and the young
 * collection scans the marked objects that start in dirty cards. A card stays dirty while they
 * refer to objects that stay young; an object promoted while it refers to young ones has its card
 * dirtied (ukl_gc_scan_marked). A full collection (ukl_gc_collect) clears every mark first, traces
 * everything and makes every survivor old. The allocator runs a young one when
 * 1/UKL_GC_NURSERY_SHARE of the heap's blocks were taken since the last collection, or when none
 * is free; a full one when a young one left less than a quarter of the heap free, or did not make
 * room.
 * java.lang.ref needs nothing more: a reference gets its referent when it is made, so the referent
 * is at least as old, and by the time a reference is old its referent is old too, or cleared.
 */

static __attribute__((noinline, cold)) void ukl_gc_remember_old(const ukl_obj *o) {
    /* masked: an object outside the heap (a literal, a class) is never marked, but if one were, a
     * stray card would be scanned in vain rather than a byte written outside the table */
    ukl_gc.cards[(((uintptr_t) o - (uintptr_t) ukl_gc.base) >> UKL_GC_CARD_SHIFT) & ukl_gc.card_mask] = 1;
}

/* The write barrier: a young object (the common case: the store's object was just allocated or
 * is short-lived) costs a test of its header word and a branch; the card is written out of line
 * (the echo server has some 400 barriers). */
static inline __attribute__((always_inline)) void ukl_gc_remember(const ukl_obj *o) {
    if (__builtin_expect(o->gc & UKL_GC_MARK, 0)) {
        ukl_gc_remember_old(o);
    }
}

/* ---- marking ---- */

/*
 * The start of the allocated object whose cell (or block run) contains address p, or null. So a
 * pointer into the header, into the middle, or just past an object smaller than its cell keeps
 * the object. A pointer one past an object that fills its cell or run exactly is the next cell's
 * address and does not (Boehm's GC_all_interior_pointers pads every object by a byte for it).
 * Translated code does not need it: after any call that can collect, it reaches an object again
 * only through the object's own address -- field offsets lie inside the object, and every array
 * access re-reads the header for its null, bounds and store checks (JVMS §6.5 aaload, iastore,
 * ...) -- so gcc keeps that address live beside the element pointers of a strength-reduced loop.
 * An optimisation that drops those header reads (bounds-check elimination, a length kept in a
 * local) must keep the address live, or resolve one-past-the-end pointers here.
 */
static ukl_obj *ukl_gc_object_at(uintptr_t p) {
    if (p < (uintptr_t) ukl_gc.base || p >= (uintptr_t) ukl_gc.limit) {
        return 0;
    }
    uint64_t off = p - (uintptr_t) ukl_gc.base, b = off / UKL_GC_BLOCK_BYTES;
    ukl_block k = ukl_gc.blocks[b];
    if (k.kind == UKL_BLK_TAIL) {
        b -= k.n;
        k = ukl_gc.blocks[b];
    }
    if (k.kind == UKL_BLK_LARGE) {
        return (ukl_obj *) ukl_gc_block_start(b);
    }
    if (k.kind != UKL_BLK_SMALL) {
        return 0;
    }
    uint64_t cell = off % UKL_GC_BLOCK_BYTES / k.n;
    if ((cell + 1) * k.n > UKL_GC_BLOCK_BYTES) {
        return 0; /* the unused tail of the block */
    }
    ukl_obj *o = (ukl_obj *) (ukl_gc_block_start(b) + cell * k.n);
    return o->cls ? o : 0;
}

static int ukl_gc_has_refs(const ukl_class *c) {
    if (c->flags & (UKL_CLS_ARRAY | UKL_CLS_REFERENCE)) {
        return !(c->flags & UKL_CLS_ARRAY) || !(c->component->flags & UKL_CLS_PRIMITIVE);
    }
    return c->ref_offsets[0] >= 0;
}

/* The block of an object of the heap. Unsigned: a pointer difference divided is a signed division,
 * which gcc rounds toward zero with two more instructions on the mark loop's path. */
static ukl_block *ukl_gc_block_of(const ukl_obj *o) {
    return &ukl_gc.blocks[((uintptr_t) o - (uintptr_t) ukl_gc.base) / UKL_GC_BLOCK_BYTES];
}

/*
 * Whether o (a small block's cell or a large run's head) is marked: its mark bit equals its
 * block's sense. Between collections, whether it was marked by the last one; in a block that
 * the last one found all live, the sense has flipped since, and nothing is marked.
 */
static inline int ukl_gc_marked(const ukl_obj *o) {
    return (o->gc & UKL_GC_MARK) == ukl_gc_block_of(o)->mark;
}

/*
 * Marks o and counts it in its block; whether it was unmarked. The used bytes are summed from
 * those counts by the sweep, not here. The mark bit is toggled rather than set: unmarked is the
 * other value of the block's sense (the block table is small enough to stay in cache: 16 bytes
 * per 32 KiB block). In a generational heap, a full collection makes every object it marks old
 * (ukl_gc.promote); a young one promotes an object that has survived one before by setting its
 * mark over its age (section "generations").
 */
static inline int ukl_gc_set_mark(ukl_obj *o) {
    ukl_block *k = ukl_gc_block_of(o);
    uint64_t g = o->gc;
    if ((g & UKL_GC_MARK) == k->mark) {
        return 0;
    }
    o->gc = (g ^ UKL_GC_MARK) | ukl_gc.promote;
    k->live++;
    k->fresh = 1;
    return 1;
}

/*
 * An object of the heap to visit: onto the mark stack, unread. Reading it (its mark, its class)
 * waits until ukl_gc_drain takes it through the prefetch queue, so that the cache miss on a
 * freshly reached object overlaps with the work on others. On a full stack it is marked at once
 * and left for ukl_gc_drain's heap walk.
 */
static inline void ukl_gc_mark_object(ukl_obj *o) {
    if (__builtin_expect(ukl_gc.stack_top < ukl_gc.stack_cap, 1)) {
        ukl_gc.stack[ukl_gc.stack_top++] = o;
    } else if (ukl_gc_set_mark(o) && ukl_gc_has_refs(o->cls)) {
        ukl_gc.overflowed = 1; /* marked but not scanned: ukl_gc_drain finds it by a heap walk */
    }
}

/* A root known to be null, an object outside the heap (a literal, a class), or an object start. */
static void ukl_gc_mark_exact(ukl_obj *ref) {
    if ((uintptr_t) ref - (uintptr_t) ukl_gc.base < ukl_gc_capacity()) {
        ukl_gc_mark_object(ref);
    }
}

/* Every aligned word of [lo, hi) that points into an allocated object keeps it alive. */
static void ukl_gc_scan_conservative(const void *lo, const void *hi) {
    const uintptr_t *w = (const uintptr_t *) (((uintptr_t) lo + 7) & ~(uintptr_t) 7);
    for (; (const void *) (w + 1) <= hi; w++) {
        ukl_obj *o = ukl_gc_object_at(*w);
        if (o) {
            ukl_gc_mark_object(o);
        }
    }
}

static void ukl_gc_discover(ukl_reference *r);

static void ukl_gc_scan_object(ukl_obj *o) {
    const ukl_class *c = o->cls;
    if (c->flags & (UKL_CLS_ARRAY | UKL_CLS_REFERENCE)) { /* one test, as before references, for every other object */
        if (c->flags & UKL_CLS_REFERENCE) {
            ukl_gc_discover((ukl_reference *) o); /* then its other fields, through its map */
        } else {
            ukl_obj **e = UKL_ARRAY_DATA(o);
            for (int32_t i = 0, n = ((ukl_array *) o)->length; i < n; i++) {
                ukl_gc_mark_exact(e[i]);
            }
            return;
        }
    }
    for (const int32_t *r = c->ref_offsets; *r >= 0; r++) {
        ukl_gc_mark_exact(*(ukl_obj **) ((char *) o + *r));
    }
}

/* Whether pred holds for one of o's references (those marking follows: a map's, an array's elements). */
static int ukl_gc_any_reference(ukl_obj *o, int (*pred)(ukl_obj *)) {
    if (o->cls->flags & UKL_CLS_ARRAY) {
        ukl_obj **e = UKL_ARRAY_DATA(o);
        for (int32_t i = 0, n = ((ukl_array *) o)->length; i < n; i++) {
            if (pred(e[i])) {
                return 1;
            }
        }
        return 0;
    }
    for (const int32_t *r = o->cls->ref_offsets; *r >= 0; r++) {
        if (pred(*(ukl_obj **) ((char *) o + *r))) {
            return 1;
        }
    }
    return 0;
}

/* An object of the heap that this young collection leaves young: one that had not survived before
 * (a large one is old from its first survival, but until the sweep says so it counts as young). */
static int ukl_gc_stays_young(ukl_obj *t) {
    return (uintptr_t) t - (uintptr_t) ukl_gc.base < ukl_gc_capacity() && !(t->gc & UKL_GC_AGE);
}

/*
 * Scans a marked object. One that a young collection promotes now may refer to objects that stay
 * young: its card is dirtied, as the write barrier would have done had it been old when they were
 * stored into it, so that the next young collection finds them there.
 */
static void ukl_gc_scan_marked(ukl_obj *o) {
    ukl_gc_scan_object(o);
    if (__builtin_expect((o->gc & ukl_gc.promoting) != 0, 0) && ukl_gc_any_reference(o, ukl_gc_stays_young)) {
        ukl_gc_remember_old(o);
    }
}

/* Calls fn on every allocated object of the heap. */
static void ukl_gc_each_object(void (*fn)(ukl_obj *)) {
    for (uint64_t b = 0; b < ukl_gc.nblocks; b++) {
        ukl_block k = ukl_gc.blocks[b];
        if (k.kind == UKL_BLK_LARGE) {
            fn((ukl_obj *) ukl_gc_block_start(b));
        } else if (k.kind == UKL_BLK_SMALL) {
            for (uint64_t off = 0; off + k.n <= UKL_GC_BLOCK_BYTES; off += k.n) {
                ukl_obj *o = (ukl_obj *) (ukl_gc_block_start(b) + off);
                if (o->cls) {
                    fn(o);
                }
            }
        }
    }
}

/*
 * Empties the mark stack. Each object popped is prefetched and waits in a small FIFO while the
 * UKL_GC_PREFETCH objects popped before it are marked and scanned: a tree of small nodes larger
 * than the cache costs one miss per node, and without the queue every one of them stalls the
 * mark loop (Cher, Hosking, Vijaykumar, "Software prefetching for mark-sweep garbage collection",
 * ASPLOS 2004, whose FIFO this is; perf on binary-trees put ~30% of its time on that one load).
 * 8, 16, 32 and 64 entries measured 1.04, 0.99, 0.93 and 0.91 s against 1.14 s without it.
 */
enum { UKL_GC_PREFETCH = 32 };

static void ukl_gc_drain_stack(void) {
    ukl_obj *queue[UKL_GC_PREFETCH];
    uint32_t head = 0, queued = 0;
    for (;;) {
        while (queued < UKL_GC_PREFETCH && ukl_gc.stack_top > 0) {
            ukl_obj *o = ukl_gc.stack[--ukl_gc.stack_top];
            __builtin_prefetch(o, 1);
            queue[(head + queued++) % UKL_GC_PREFETCH] = o;
        }
        if (queued == 0) {
            return;
        }
        ukl_obj *o = queue[head];
        head = (head + 1) % UKL_GC_PREFETCH;
        queued--;
        if (ukl_gc_set_mark(o) && ukl_gc_has_refs(o->cls)) {
            ukl_gc_scan_marked(o);
        }
    }
}

static void ukl_gc_rescan_marked(ukl_obj *o) {
    if (ukl_gc_marked(o) && ukl_gc_has_refs(o->cls)) {
        ukl_gc_scan_marked(o);
        ukl_gc_drain_stack();
    }
}

static void ukl_gc_drain(void) {
    for (;;) {
        ukl_gc_drain_stack();
        if (!ukl_gc.overflowed) {
            return;
        }
        /* Some marked objects were never scanned: scanning every marked object again finds their
         * unmarked children (Boehm's mark-stack overflow recovery); repeat until none overflow. */
        ukl_gc.overflowed = 0;
        ukl_gc_each_object(ukl_gc_rescan_marked);
    }
}

/* ---- references (java.lang.ref) ---- */

/*
 * The package's reachability rules (java.lang.ref package summary): an object that only
 * references reach is not strongly reachable, and when the collector finds it so it clears every
 * weak and phantom reference to it, and enqueues those registered with a queue. A soft reference
 * holds its referent like a strong one, except in the collection the allocator runs as the last
 * resort before an OutOfMemoryError: "all soft references to softly-reachable objects are
 * guaranteed to have been cleared before the virtual machine throws an OutOfMemoryError"
 * (SoftReference's class documentation).
 *
 * Marking does not follow a reference's referent (its class's map leaves the field out): it
 * links the reference onto ukl_gc.discovered through its discovered field, the list ending in a
 * reference that links to itself, so a reference is on a list iff that field is non-zero. After
 * marking, ukl_gc_clear_references clears the referents left unmarked and moves the references
 * with a queue to ukl_gc.pending, which the next collections mark as roots until
 * ReferenceQueue takes them one by one (ukl_gc_take_pending, Reference.takePending()).
 * Programs without references never reach any of this: the class flag test that sends a
 * reference here is the one the array test already made.
 */
static void ukl_gc_discover(ukl_reference *r) {
    ukl_obj *referent = r->referent;
    if (referent == 0 || r->discovered != 0
        || (uintptr_t) referent - (uintptr_t) ukl_gc.base >= ukl_gc_capacity()) {
        return; /* cleared, already listed (a rescan after overflow), or a literal that never dies */
    }
    if ((r->hdr.cls->flags & UKL_CLS_SOFT) && !ukl_gc.clear_soft) {
        ukl_gc.soft_kept |= !ukl_gc_marked(referent);
        ukl_gc_mark_object(referent);
        return;
    }
    r->discovered = ukl_gc.discovered ? &ukl_gc.discovered->hdr : &r->hdr;
    ukl_gc.discovered = r;
}

static ukl_reference *ukl_gc_list_next(ukl_reference *r) {
    return r->discovered == &r->hdr ? 0 : (ukl_reference *) r->discovered;
}

static void ukl_gc_clear_references(void) {
    for (ukl_reference *r = ukl_gc.discovered, *next; r; r = next) {
        next = ukl_gc_list_next(r);
        r->discovered = 0;
        if (!ukl_gc_marked(r->referent)) {
            r->referent = 0;
            if (r->queue) {
                r->discovered = ukl_gc.pending ? &ukl_gc.pending->hdr : &r->hdr;
                ukl_gc.pending = r;
            }
        }
    }
    ukl_gc.discovered = 0;
}

/* The cleared references not yet taken stay alive, with their queues (traced through the map). */
static void ukl_gc_mark_pending(void) {
    for (ukl_reference *r = ukl_gc.pending; r; r = ukl_gc_list_next(r)) {
        ukl_gc_mark_object(&r->hdr);
    }
}

/* The next cleared reference for its queue, or null. Allocates nothing, so no collection intervenes. */
static ukl_obj *ukl_gc_take_pending(void) {
    ukl_reference *r = ukl_gc.pending;
    if (r == 0) {
        return 0;
    }
    ukl_gc.pending = ukl_gc_list_next(r);
    r->discovered = 0;
    return &r->hdr;
}

/* ---- sweeping ---- */

/*
 * After marking, in bulk over the block table: a block or run that marking found nothing in is
 * free at once, without touching its memory (it is zeroed when taken again); a small block with
 * some live objects waits on its class's list for ukl_gc_sweep_lazily, which allocation calls when
 * the class runs out of cells. A surviving large object, and a small block whose every cell
 * survives (binary-trees' long-lived tree: hundreds of them, walked by every collection before),
 * are left as they are: their sense flips, so their marks read as unmarked to the next collection
 * without a write to the objects. A full block has no free cell, so allocation, which takes a zero
 * GC word for unmarked, never takes a cell under a flipped sense; the lazy sweep sets it back.
 * In a generational heap nothing flips: the marks stay, and block.live keeps counting them; a
 * block that is all live but where a young collection marked young objects is swept all the
 * same, since its first-time survivors change their GC word (ukl_gc_survivor), and a young large
 * object that survives is old at once.
 */
static void ukl_gc_sweep(void) {
    int young = ukl_gc.promoting != 0;
    for (uint32_t c = 0; c < UKL_GC_CLASSES; c++) {
        ukl_gc.free[c] = 0;
        ukl_gc.unswept[c] = UKL_GC_NONE;
    }
    for (uint64_t b = ukl_gc.nblocks; b-- > 0;) {
        ukl_block *k = &ukl_gc.blocks[b];
        int fresh = k->fresh;
        k->fresh = 0;
        if (k->kind == UKL_BLK_LARGE) {
            if (k->live) {
                if (!ukl_gc.generational) {
                    k->mark ^= UKL_GC_MARK;
                    k->live = 0;
                } else if (young && fresh) {
                    ukl_obj *o = (ukl_obj *) ukl_gc_block_start(b);
                    o->gc |= UKL_GC_AGE;
                    if (ukl_gc_has_refs(o->cls) && ukl_gc_any_reference(o, ukl_gc_stays_young)) {
                        ukl_gc_remember_old(o); /* as ukl_gc_scan_marked */
                    }
                }
                ukl_gc.used += (uint64_t) k->n * UKL_GC_BLOCK_BYTES;
            } else {
                for (uint32_t t = 0, n = k->n; t < n; t++) { /* k is the first of them */
                    ukl_gc.blocks[b + t] = (ukl_block) { .kind = UKL_BLK_FREE };
                }
            }
        } else if (k->kind == UKL_BLK_SMALL) {
            if (k->live == UKL_GC_BLOCK_BYTES / k->n && !(young && fresh)) {
                if (!ukl_gc.generational) {
                    k->mark ^= UKL_GC_MARK;
                    k->live = 0;
                }
                ukl_gc.used += (uint64_t) (UKL_GC_BLOCK_BYTES / k->n) * k->n;
            } else if (k->live) {
                ukl_gc.used += (uint64_t) k->live * k->n;
                uint32_t c = ukl_gc_class_of[k->n / UKL_GC_GRAIN];
                k->next = ukl_gc.unswept[c]; /* built backwards, so the lists run upwards */
                ukl_gc.unswept[c] = (uint32_t) b;
            } else {
                *k = (ukl_block) { .kind = UKL_BLK_FREE };
            }
        }
    }
    uint64_t free_blocks = 0;
    for (uint64_t b = 0; b < ukl_gc.nblocks; b++) {
        free_blocks += ukl_gc.blocks[b].kind == UKL_BLK_FREE;
    }
    ukl_gc.free_blocks = free_blocks;
    ukl_gc.next_free = 0;
    ukl_gc.next_large = 0;
    if (ukl_gc.free_blocks >= 2 * UKL_GC_RESERVE_BLOCKS) {
        ukl_gc.reserve_open = 0;
    }
}

/*
 * A full collection. Marking allocates nothing, so it may run inside any allocation. Every
 * collection enters here (the allocation slow path, Runtime.gc()), and a register of a frame above
 * is a root only if its value is in memory above the stack pointer that ukl_gc_mark_roots reads:
 *
 * - Callee-saved registers: __builtin_unwind_init makes this function save all of them in its
 *   frame, above that stack pointer.
 * - Caller-saved registers: the SysV ABI lets a call clobber them, so a caller keeps a reference
 *   that lives across the call in memory or in a callee-saved register -- unless gcc knows that the
 *   callee leaves the register alone. In one translation unit it can: -fipa-ra (on from -O2) "use[s]
 *   caller save registers for allocation if those registers are not used by any called function
 *   ... only possible if called functions are part of same compilation unit as current function
 *   and they are compiled before it" (gcc manual, Optimize Options). The collector touches no SSE
 *   register, and gcc -O2 copies two adjacent reference fields as one SSE vector: across a visible
 *   collection that vector stays in xmm0, where no scan sees it (gc_test.c's
 *   references_in_caller_saved_registers_* cases). Until noipa, the roots were safe only because
 *   the slow path and ukl_panic call functions of other units (memset, the boot code).
 *
 * noipa: "disable interprocedural optimizations between the function with this attribute and its
 * callers, as if the body of the function is not available when optimizing callers" (gcc manual,
 * Common Function Attributes). gcc then records no register usage for this function, so its
 * callers, and transitively every function that can reach it, count as clobbering every register
 * the ABI lets a call clobber, and their callers spill. One attribute here rather than -fno-ipa-ra
 * for the whole program: it costs nothing elsewhere, and it travels with the runtime to every
 * command line that compiles it (image, host tests, gc_test.c). It implies noinline.
 */
static void ukl_gc_begin(void) {
    ukl_gc.busy++;
    ukl_gc.collections++;
    ukl_gc.taken = 0;
    ukl_gc_finish_sweep();
    for (uint32_t c = 0; c < UKL_GC_CLASSES; c++) {
        ukl_gc.bump[c] = ukl_gc.bump_end[c] = 0; /* the unused rest of a bump block is free cells (class word 0) */
    }
    ukl_gc.used = ukl_gc.raw;
    ukl_gc.soft_kept = 0;
    ukl_gc_mark_pending();
    ukl_gc_mark_roots();
}

static void ukl_gc_end(void) {
    ukl_gc_drain();
    ukl_gc_clear_references();
    ukl_gc_sweep();
    ukl_gc.busy--;
}

/* A full collection of a generational heap starts from no marks: every survivor of the last was old. */
static void ukl_gc_clear_marks(void) {
    for (uint64_t b = 0; b < ukl_gc.nblocks; b++) {
        ukl_block *k = &ukl_gc.blocks[b];
        if (k->kind == UKL_BLK_SMALL || k->kind == UKL_BLK_LARGE) {
            uint64_t step = k->kind == UKL_BLK_SMALL ? k->n : UKL_GC_BLOCK_BYTES;
            uint8_t *start = ukl_gc_block_start(b);
            for (uint64_t off = 0; off + step <= UKL_GC_BLOCK_BYTES; off += step) {
                ukl_obj *o = (ukl_obj *) (start + off);
                if (o->cls && (o->gc & UKL_GC_MARK) != (k->mark ^ UKL_GC_MARK)) {
                    o->gc ^= UKL_GC_MARK; /* to unmarked under this block's sense */
                }
            }
            k->live = 0;
        }
    }
    __builtin_memset(ukl_gc.cards, 0, ukl_gc.card_mask + 1);
    ukl_gc.full_due = 0;
}

static __attribute__((noipa)) void ukl_gc_collect(void) {
    __builtin_unwind_init();
    if (ukl_gc.generational) {
        ukl_gc_finish_sweep(); /* the lazy sweep reads the last collection's marks, which clearing would lose */
        ukl_gc_clear_marks();
    }
    ukl_gc.promote = ukl_gc.generational ? UKL_GC_AGE : 0; /* every survivor is old */
    ukl_gc.promoting = 0;
    ukl_gc_begin();
    ukl_gc_end();
}

/*
 * The old objects that start in a dirty card: their references are roots of a young collection.
 * A card stays dirty while one of them refers to an object that stays young, so that the next
 * young collection finds it there again.
 */
static void ukl_gc_scan_cards(void) {
    uint64_t real = ukl_gc_capacity() / UKL_GC_CARD_BYTES;
    const uint64_t *words = (const uint64_t *) ukl_gc.cards; /* 8-byte aligned: it follows the mark stack */
    uint64_t nwords = (ukl_gc.card_mask + 1) / 8;
    for (uint64_t w = 0; w < nwords; w++) {
        if (__builtin_expect(words[w] == 0, 1)) {
            continue;
        }
        for (uint64_t i = w * 8; i < w * 8 + 8; i++) {
            if (!ukl_gc.cards[i]) {
                continue;
            }
            ukl_gc.cards[i] = 0;
            if (i >= real) {
                continue;
            }
            int young = 0;
            uint64_t b = i * UKL_GC_CARD_BYTES / UKL_GC_BLOCK_BYTES;
            uint64_t lo = i * UKL_GC_CARD_BYTES % UKL_GC_BLOCK_BYTES, hi = lo + UKL_GC_CARD_BYTES;
            ukl_block *k = &ukl_gc.blocks[b];
            uint8_t *start = ukl_gc_block_start(b);
            uint64_t n = k->kind == UKL_BLK_SMALL ? k->n : k->kind == UKL_BLK_LARGE ? UKL_GC_BLOCK_BYTES : 0;
            for (uint64_t off = n ? (lo + n - 1) / n * n : hi; off < hi && off + n <= UKL_GC_BLOCK_BYTES; off += n) {
                ukl_obj *o = (ukl_obj *) (start + off);
                if (o->cls && ukl_gc_marked(o) && ukl_gc_has_refs(o->cls)) {
                    ukl_gc_scan_object(o);
                    young = young || ukl_gc_any_reference(o, ukl_gc_stays_young);
                }
            }
            ukl_gc.cards[i] |= (uint8_t) young; /* or-ed: marking may have dirtied it again, promoting */
        }
    }
}

#ifdef UKL_GC_VERIFY
/*
 * -DUKL_GC_VERIFY, for tests: after a young collection's marking, every marked object's references
 * lead to marked objects. An unmarked one is young and about to be freed while an old object still
 * refers to it: a reference store without the write barrier.
 */
static int ukl_gc_unmarked(ukl_obj *t) {
    return (uintptr_t) t - (uintptr_t) ukl_gc.base < ukl_gc_capacity() && !ukl_gc_marked(t);
}

static void ukl_gc_verify_old(ukl_obj *o) {
    if (ukl_gc_marked(o) && ukl_gc_has_refs(o->cls) && ukl_gc_any_reference(o, ukl_gc_unmarked)) {
        ukl_panic("UKL_GC_VERIFY: an old object refers to an unmarked young one (a store without ukl_gc_remember)");
    }
}
#endif

/* A young collection ("generations"): the allocator's first resort in a generational heap. */
static __attribute__((noipa)) void ukl_gc_collect_young(void) {
    __builtin_unwind_init();
    ukl_gc.young_collections++;
    ukl_gc.promote = 0;
    ukl_gc.promoting = UKL_GC_AGE;
    ukl_gc_begin();
    ukl_gc_scan_cards();
#ifdef UKL_GC_VERIFY
    ukl_gc_drain();
    ukl_gc_each_object(ukl_gc_verify_old);
#endif
    ukl_gc_end();
    ukl_gc.full_due = ukl_gc.free_blocks * 4 < ukl_gc.nblocks;
}

#endif
