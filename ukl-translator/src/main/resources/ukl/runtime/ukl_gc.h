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
 * Allocation pops a free list and zeroes the cell (JLS §4.12.5: fields start at their default
 * values). When the list is empty it threads a free block's cells onto it; when no block is free
 * it collects once, and if that does not help it returns null (the caller throws the
 * preallocated OutOfMemoryError). The last UKL_GC_RESERVE_BLOCKS free blocks are kept back until
 * then: an OutOfMemoryError opens them, so that its handler, or the report of an uncaught one
 * (docs/contracts.md §2), can still allocate; a collection that frees twice as much closes them.
 *
 * Collection: mark from the roots the includer supplies (ukl_gc_mark_roots: exact references
 * through ukl_gc_mark_exact, possible references through ukl_gc_scan_conservative), following
 * each class's reference map and the elements of reference arrays; then sweep every block,
 * rebuilding the free lists and freeing blocks and block runs that hold nothing live. The mark
 * bit is bit 0 of the header's GC word. Objects never move, so a device may keep using an array
 * that stays reachable (ukl.kernel.hw.Dma keeps its buffers in a static table, an exact root).
 *
 * The includer defines UKL_GC_BLOCK_BYTES, UKL_GC_MAX_SMALL, UKL_GC_SIZE_CLASSES and UKL_GC_RESERVE_BLOCKS (the
 * translator emits them from HeapLayout.java, the single source of those numbers), provides
 * ukl_panic, and defines ukl_gc_mark_roots.
 */
#ifndef UKL_GC_H
#define UKL_GC_H

#include "ukl_object.h"

#if !defined(UKL_GC_BLOCK_BYTES) || !defined(UKL_GC_MAX_SMALL) || !defined(UKL_GC_SIZE_CLASSES) \
    || !defined(UKL_GC_RESERVE_BLOCKS)
#error "define UKL_GC_BLOCK_BYTES, UKL_GC_MAX_SMALL, UKL_GC_SIZE_CLASSES, UKL_GC_RESERVE_BLOCKS (HeapLayout.java) before ukl_gc.h"
#endif

_Noreturn void ukl_panic(const char *msg);

enum { UKL_GC_GRAIN = 16, UKL_GC_MARK = 1 };
enum { UKL_BLK_FREE = 0, UKL_BLK_SMALL, UKL_BLK_LARGE, UKL_BLK_TAIL };

static const uint32_t ukl_gc_class_size[] = { UKL_GC_SIZE_CLASSES };
#define UKL_GC_CLASSES (sizeof ukl_gc_class_size / sizeof ukl_gc_class_size[0])

/* kind: UKL_BLK_*; n: SMALL → cell bytes, LARGE → blocks in the run, TAIL → blocks back to the head. */
typedef struct {
    uint32_t kind;
    uint32_t n;
} ukl_block;

static struct {
    uint8_t *base, *limit;          /* the collected heap, blocks only */
    ukl_block *blocks;
    uint64_t nblocks;
    uint64_t next_free;             /* where the search for a free block resumes */
    uint64_t free_blocks;
    int reserve_open;               /* an OutOfMemoryError lent out the reserve blocks */
    ukl_obj *free[UKL_GC_CLASSES];  /* free cells per size class, linked through hdr.gc */
    ukl_obj **stack;                /* the mark stack, with a rescan when it overflows */
    uint64_t stack_cap, stack_top;
    int overflowed;
    uint64_t used;                  /* bytes in allocated cells and large runs */
    uint64_t allocated;             /* bytes requested since start, for RuntimeSupport.allocatedBytes() */
    uint64_t collections;
    uint8_t size_class[UKL_GC_MAX_SMALL / UKL_GC_GRAIN + 1]; /* (bytes + 15) / 16 → class index */
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
    uintptr_t meta = ((uintptr_t) start + 15) & ~(uintptr_t) 15;
    ukl_gc.blocks = (ukl_block *) meta;
    ukl_gc.stack = (ukl_obj **) (meta + nblocks * sizeof(ukl_block));
    ukl_gc.stack_cap = stack_cap;
    uintptr_t base = ((uintptr_t) (ukl_gc.stack + stack_cap) + 4095) & ~(uintptr_t) 4095; /* page-aligned */
    if (base + (2 * UKL_GC_RESERVE_BLOCKS + 4) * (uint64_t) UKL_GC_BLOCK_BYTES > (uintptr_t) end) {
        ukl_panic("heap too small for the collector: give the guest more memory (at least a few MiB beyond the image)");
    }
    ukl_gc.base = (uint8_t *) base;
    ukl_gc.nblocks = ((uintptr_t) end - base) / UKL_GC_BLOCK_BYTES;
    ukl_gc.limit = ukl_gc_block_start(ukl_gc.nblocks);
    __builtin_memset(ukl_gc.blocks, 0, ukl_gc.nblocks * sizeof(ukl_block)); /* every block UKL_BLK_FREE */
    ukl_gc.free_blocks = ukl_gc.nblocks;
    uint32_t c = 0;
    for (uint32_t g = 0; g <= UKL_GC_MAX_SMALL / UKL_GC_GRAIN; g++) {
        while (ukl_gc_class_size[c] < g * UKL_GC_GRAIN) {
            c++;
        }
        ukl_gc.size_class[g] = (uint8_t) c;
    }
}

/* ---- allocation ---- */

static inline void *ukl_gc_pop(uint32_t c, uint64_t size, const ukl_class *cls) {
    ukl_obj *cell = ukl_gc.free[c];
    if (__builtin_expect(cell == 0, 0)) {
        return 0;
    }
    ukl_gc.free[c] = (ukl_obj *) (uintptr_t) cell->gc;
    __builtin_memset(cell, 0, ukl_gc_class_size[c]);
    cell->cls = cls;
    ukl_gc.used += ukl_gc_class_size[c];
    ukl_gc.allocated += size;
    return cell;
}

/* Whether n free blocks may be taken: the reserve only after an OutOfMemoryError opened it. */
static int ukl_gc_may_take(uint64_t n) {
    return ukl_gc.free_blocks >= n + (ukl_gc.reserve_open ? 0 : UKL_GC_RESERVE_BLOCKS);
}

/* A free block for size class c: its cells, class word 0, threaded onto the free list. */
static int ukl_gc_refill(uint32_t c) {
    if (!ukl_gc_may_take(1)) {
        return 0;
    }
    for (uint64_t i = 0; i < ukl_gc.nblocks; i++) {
        uint64_t b = (ukl_gc.next_free + i) % ukl_gc.nblocks;
        if (ukl_gc.blocks[b].kind != UKL_BLK_FREE) {
            continue;
        }
        uint32_t size = ukl_gc_class_size[c];
        ukl_gc.blocks[b] = (ukl_block) { UKL_BLK_SMALL, size };
        ukl_gc.next_free = b + 1;
        ukl_gc.free_blocks--;
        uint8_t *start = ukl_gc_block_start(b);
        ukl_obj *head = ukl_gc.free[c];
        for (uint64_t off = (UKL_GC_BLOCK_BYTES / size - 1) * (uint64_t) size;; off -= size) {
            ukl_obj *cell = (ukl_obj *) (start + off);
            cell->cls = 0;
            cell->gc = (uint64_t) (uintptr_t) head;
            head = cell;
            if (off == 0) {
                break;
            }
        }
        ukl_gc.free[c] = head;
        return 1;
    }
    return 0;
}

/* First fit over the block table: large objects are rare and big, zeroing them costs more. */
static void *ukl_gc_alloc_large(uint64_t size, const ukl_class *cls) {
    uint64_t need = (size + UKL_GC_BLOCK_BYTES - 1) / UKL_GC_BLOCK_BYTES;
    uint64_t run = 0;
    for (uint64_t b = 0; ukl_gc_may_take(need) && b < ukl_gc.nblocks; b++) {
        run = ukl_gc.blocks[b].kind == UKL_BLK_FREE ? run + 1 : 0;
        if (run < need) {
            continue;
        }
        uint64_t head = b + 1 - need;
        ukl_gc.blocks[head] = (ukl_block) { UKL_BLK_LARGE, (uint32_t) need };
        for (uint64_t t = 1; t < need; t++) {
            ukl_gc.blocks[head + t] = (ukl_block) { UKL_BLK_TAIL, (uint32_t) t };
        }
        ukl_obj *o = (ukl_obj *) ukl_gc_block_start(head);
        __builtin_memset(o, 0, size);
        o->cls = cls;
        ukl_gc.used += need * UKL_GC_BLOCK_BYTES;
        ukl_gc.free_blocks -= need;
        ukl_gc.allocated += size;
        return o;
    }
    return 0;
}

static void ukl_gc_collect(void);

static __attribute__((noinline)) void *ukl_gc_alloc_slow(uint64_t size, const ukl_class *cls) {
    for (int attempt = 0;; attempt++) {
        if (size > UKL_GC_MAX_SMALL) {
            void *o = ukl_gc_alloc_large(size, cls);
            if (o) {
                return o;
            }
        } else {
            uint32_t c = ukl_gc.size_class[(size + UKL_GC_GRAIN - 1) / UKL_GC_GRAIN];
            void *o = ukl_gc_pop(c, size, cls);
            if (o || (ukl_gc_refill(c) && (o = ukl_gc_pop(c, size, cls)))) {
                return o;
            }
        }
        if (attempt == 1) {
            ukl_gc.reserve_open = 1;
            return 0; /* a full collection did not make room: OutOfMemoryError */
        }
        ukl_gc_collect();
    }
}

/* A zeroed object of `size` bytes whose class word is cls, or null when the heap is full. */
static inline void *ukl_gc_alloc(uint64_t size, const ukl_class *cls) {
    if (__builtin_expect(size <= UKL_GC_MAX_SMALL, 1)) {
        void *o = ukl_gc_pop(ukl_gc.size_class[(size + UKL_GC_GRAIN - 1) / UKL_GC_GRAIN], size, cls);
        if (__builtin_expect(o != 0, 1)) {
            return o;
        }
    }
    return ukl_gc_alloc_slow(size, cls);
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
    if (c->flags & UKL_CLS_ARRAY) {
        return !(c->component->flags & UKL_CLS_PRIMITIVE);
    }
    return c->ref_offsets[0] >= 0;
}

static void ukl_gc_mark_object(ukl_obj *o) {
    if (o->gc & UKL_GC_MARK) {
        return;
    }
    o->gc |= UKL_GC_MARK;
    if (!ukl_gc_has_refs(o->cls)) {
        return;
    }
    if (ukl_gc.stack_top < ukl_gc.stack_cap) {
        ukl_gc.stack[ukl_gc.stack_top++] = o;
    } else {
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

static void ukl_gc_scan_object(ukl_obj *o) {
    const ukl_class *c = o->cls;
    if (c->flags & UKL_CLS_ARRAY) {
        ukl_obj **e = UKL_ARRAY_DATA(o);
        for (int32_t i = 0, n = ((ukl_array *) o)->length; i < n; i++) {
            ukl_gc_mark_exact(e[i]);
        }
        return;
    }
    for (const int32_t *r = c->ref_offsets; *r >= 0; r++) {
        ukl_gc_mark_exact(*(ukl_obj **) ((char *) o + *r));
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

static void ukl_gc_rescan_marked(ukl_obj *o) {
    if ((o->gc & UKL_GC_MARK) && ukl_gc_has_refs(o->cls)) {
        ukl_gc_scan_object(o);
    }
}

static void ukl_gc_drain(void) {
    for (;;) {
        while (ukl_gc.stack_top > 0) {
            ukl_gc_scan_object(ukl_gc.stack[--ukl_gc.stack_top]);
        }
        if (!ukl_gc.overflowed) {
            return;
        }
        /* Some marked objects were never pushed: scanning every marked object again finds their
         * unmarked children (Boehm's mark-stack overflow recovery); repeat until none overflow. */
        ukl_gc.overflowed = 0;
        ukl_gc_each_object(ukl_gc_rescan_marked);
    }
}

/* ---- sweeping ---- */

static void ukl_gc_sweep(void) {
    for (uint32_t c = 0; c < UKL_GC_CLASSES; c++) {
        ukl_gc.free[c] = 0;
    }
    ukl_gc.used = 0;
    for (uint64_t b = 0; b < ukl_gc.nblocks; b++) {
        ukl_block k = ukl_gc.blocks[b];
        if (k.kind == UKL_BLK_LARGE) {
            ukl_obj *o = (ukl_obj *) ukl_gc_block_start(b);
            if (o->gc & UKL_GC_MARK) {
                o->gc &= ~(uint64_t) UKL_GC_MARK;
                ukl_gc.used += (uint64_t) k.n * UKL_GC_BLOCK_BYTES;
            } else {
                for (uint32_t t = 0; t < k.n; t++) {
                    ukl_gc.blocks[b + t] = (ukl_block) { UKL_BLK_FREE, 0 };
                }
                ukl_gc.free_blocks += k.n;
            }
            b += k.n - 1;
            continue;
        }
        if (k.kind != UKL_BLK_SMALL) {
            continue;
        }
        ukl_obj *head = 0, *tail = 0;
        uint64_t live = 0;
        for (uint64_t off = 0; off + k.n <= UKL_GC_BLOCK_BYTES; off += k.n) {
            ukl_obj *o = (ukl_obj *) (ukl_gc_block_start(b) + off);
            if (o->cls && (o->gc & UKL_GC_MARK)) {
                o->gc &= ~(uint64_t) UKL_GC_MARK;
                live++;
                continue;
            }
            /* free, linked in address order so that allocation walks the block upwards */
            o->cls = 0;
            if (tail) {
                tail->gc = (uint64_t) (uintptr_t) o;
            } else {
                head = o;
            }
            tail = o;
        }
        if (live == 0) {
            ukl_gc.blocks[b] = (ukl_block) { UKL_BLK_FREE, 0 };
            ukl_gc.free_blocks++;
        } else if (head) {
            uint32_t c = ukl_gc.size_class[k.n / UKL_GC_GRAIN];
            tail->gc = (uint64_t) (uintptr_t) ukl_gc.free[c];
            ukl_gc.free[c] = head;
        }
        ukl_gc.used += live * k.n;
    }
    ukl_gc.next_free = 0;
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
static __attribute__((noipa)) void ukl_gc_collect(void) {
    __builtin_unwind_init();
    ukl_gc.collections++;
    ukl_gc_mark_roots();
    ukl_gc_drain();
    ukl_gc_sweep();
}

#endif
