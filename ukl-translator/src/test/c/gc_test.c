/*
 * Unit tests of the collector (ukl_gc.h) on its own, compiled hosted by GcTest.java with the
 * translator's UKL_GC_* macros. Each case is a function; `gc_test NAME` runs one and prints
 * "ok", or prints the failed check and exits 1. Roots are two arrays the cases fill: exact
 * (like static fields) and a fake stack scanned conservatively; the cases about registers also
 * scan the real stack, as ukl_runtime.h does.
 *
 * GcTest compiles this with -mstringop-strategy=rep_byte: the image's memset is rep stosb
 * (boot-image's string.c), and with it inline the allocation slow path calls nothing gcc cannot
 * see, as a whole-program (LTO) build of the image would; libc's memset would hide from -fipa-ra
 * which registers the slow path leaves alone, and with it whether ukl_gc_collect is safe by design.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ukl_gc.h"

_Noreturn void ukl_panic(const char *msg) {
    printf("panic: %s\n", msg);
    exit(120);
}

#define CHECK(c) do { if (!(c)) { printf("%s:%d: check failed: %s\n", __FILE__, __LINE__, #c); exit(1); } } while (0)

static ukl_obj *exact[8];
static uintptr_t fake_stack[8];
static uintptr_t stack_top; /* when set, the real stack from the stack pointer up to here is a root */

static void ukl_gc_mark_roots(void) {
    for (int i = 0; i < 8; i++) {
        ukl_gc_mark_exact(exact[i]);
    }
    ukl_gc_scan_conservative(fake_stack, fake_stack + 8);
    if (stack_top) {
        uintptr_t sp;
        __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
        ukl_gc_scan_conservative((const void *) sp, (const void *) stack_top);
    }
}

/* ---- a small class world: the descriptors the translator would emit ---- */

static const int32_t no_refs[] = { -1 };
/* Node: ref next @16, long value @24, ref other @32, int tag @40; 48 bytes. */
static const int32_t node_refs[] = { 16, 32, -1 };
/* Pair: ref first @16, ref second @24; 32 bytes. Adjacent references, which gcc copies as one vector. */
static const int32_t pair_refs[] = { 16, 24, -1 };

#define PRIM(name, size) static ukl_class name = { .ref_offsets = no_refs, .flags = UKL_CLS_PRIMITIVE, .instance_size = size }
PRIM(t_boolean, 1); PRIM(t_byte, 1); PRIM(t_char, 2); PRIM(t_short, 2);
PRIM(t_int, 4); PRIM(t_float, 4); PRIM(t_long, 8); PRIM(t_double, 8);
static ukl_class t_object = { .ref_offsets = no_refs, .instance_size = 16 };
static ukl_class t_node = { .super = &t_object, .ref_offsets = node_refs, .instance_size = 48 };
static ukl_class t_pair = { .super = &t_object, .ref_offsets = pair_refs, .instance_size = 32 };
/* WeakReference, SoftReference: referent @16 and discovered @24 left out of the map, queue @32; 40 bytes. */
static const int32_t reference_refs[] = { 32, -1 };
static ukl_class t_weak = { .super = &t_object, .ref_offsets = reference_refs, .flags = UKL_CLS_REFERENCE, .instance_size = 40 };
static ukl_class t_soft = {
    .super = &t_object, .ref_offsets = reference_refs, .flags = UKL_CLS_REFERENCE | UKL_CLS_SOFT, .instance_size = 40 };
#define ARRAY(name, comp, size) \
    static ukl_class name = { .component = &comp, .ref_offsets = no_refs, .flags = UKL_CLS_ARRAY, .instance_size = size }
ARRAY(a_boolean, t_boolean, 1); ARRAY(a_byte, t_byte, 1); ARRAY(a_char, t_char, 2); ARRAY(a_short, t_short, 2);
ARRAY(a_int, t_int, 4); ARRAY(a_float, t_float, 4); ARRAY(a_long, t_long, 8); ARRAY(a_double, t_double, 8);
ARRAY(a_object, t_object, 8); ARRAY(a_node, t_node, 8); ARRAY(a_int2, a_int, 8);

typedef struct {
    ukl_obj hdr;
    ukl_obj *next;
    int64_t value;
    ukl_obj *other;
    int32_t tag;
} node;

typedef struct {
    ukl_obj hdr;
    ukl_obj *first, *second;
} pair;

static uint8_t *region;

static void heap(uint64_t bytes) {
    region = malloc(bytes);
    memset(region, 0xa5, bytes); /* RAM is not zeroed at boot: the collector must not rely on it */
    ukl_gc_init(region, region + bytes);
}

static node *new_node(ukl_obj *next, ukl_obj *other) {
    node *n = ukl_gc_alloc(sizeof(node), &t_node);
    CHECK(n != 0);
    n->next = next;
    n->other = other;
    return n;
}

static ukl_obj *new_array(ukl_class *cls, int32_t length) {
    ukl_array *a = ukl_gc_alloc(sizeof(ukl_array) + (uint64_t) length * cls->instance_size, cls);
    CHECK(a != 0);
    a->length = length;
    return &a->hdr;
}

static ukl_reference *new_reference(ukl_class *cls, void *referent, void *queue) {
    ukl_reference *r = ukl_gc_alloc(sizeof(ukl_reference), cls);
    CHECK(r != 0);
    r->referent = referent;
    r->queue = queue;
    return r;
}

/* Whether o is an object once the lazy sweep has reached every block (a dead cell keeps its class word until then). */
static int alive(const void *o) {
    ukl_gc_finish_sweep();
    return ukl_gc_object_at((uintptr_t) o) == o;
}

/* ---- cases ---- */

static void heap_layout(void) {
    heap(1 << 20);
    CHECK(ukl_gc.base > region && ((uintptr_t) ukl_gc.base & 4095) == 0);
    CHECK(ukl_gc.limit <= region + (1 << 20) && ukl_gc.nblocks >= 4);
    CHECK(ukl_gc_capacity() == ukl_gc.nblocks * UKL_GC_BLOCK_BYTES);
    node *a = new_node(0, 0), *b = new_node(0, 0);
    CHECK(a->hdr.cls == &t_node && a->hdr.gc == 0 && a->value == 0 && a->tag == 0);
    CHECK((uint8_t *) b - (uint8_t *) a == 48 || (uint8_t *) a - (uint8_t *) b == 48); /* the 48-byte class */
    ukl_obj *small = ukl_gc_alloc(17, &t_object);
    CHECK(ukl_gc.blocks[((uint8_t *) small - ukl_gc.base) / UKL_GC_BLOCK_BYTES].n == 32); /* a block per class */
    CHECK(ukl_gc.blocks[((uint8_t *) a - ukl_gc.base) / UKL_GC_BLOCK_BYTES].n == 48);
    ukl_obj *big = new_array(&a_long, 3 * UKL_GC_BLOCK_BYTES / 8);
    uint64_t head = ((uint8_t *) big - ukl_gc.base) / UKL_GC_BLOCK_BYTES;
    CHECK(((uint8_t *) big - ukl_gc.base) % UKL_GC_BLOCK_BYTES == 0);
    CHECK(ukl_gc.blocks[head].kind == UKL_BLK_LARGE && ukl_gc.blocks[head].n == 4);
    CHECK(ukl_gc.blocks[head + 3].kind == UKL_BLK_TAIL && ukl_gc.blocks[head + 3].n == 3);
    int64_t *longs = UKL_ARRAY_DATA(big);
    CHECK(longs[0] == 0 && longs[3 * UKL_GC_BLOCK_BYTES / 8 - 1] == 0); /* zeroed to the last element */
    CHECK(ukl_gc.allocated == 2 * 48 + 17 + 24 + 3 * UKL_GC_BLOCK_BYTES);
}

static void freed_memory_is_reused(void) {
    heap(1 << 20);
    node *kept = new_node(0, 0), *dropped = new_node(0, 0);
    exact[0] = &kept->hdr;
    dropped->value = 42;
    uint64_t used = ukl_gc.used;
    ukl_gc_collect();
    CHECK(alive(kept) && !alive(dropped) && ukl_gc.used == used - 48 && ukl_gc.collections == 1);
    node *again = new_node(0, 0);
    CHECK(again == dropped && again->value == 0); /* the freed cell, zeroed */
    ukl_obj *big = new_array(&a_byte, 2 * UKL_GC_BLOCK_BYTES);
    ukl_gc_collect();
    CHECK(ukl_gc.blocks[((uint8_t *) big - ukl_gc.base) / UKL_GC_BLOCK_BYTES].kind == UKL_BLK_FREE);
    CHECK(new_array(&a_byte, 2 * UKL_GC_BLOCK_BYTES) == big); /* the freed run, first fit */
}

/* Marking counts the live objects per block: a block with none is free at once, the others wait for allocation. */
static void empty_blocks_are_freed_in_bulk_and_the_others_swept_lazily(void) {
    heap(1 << 20);
    node *kept = new_node(0, 0), *dropped = new_node(0, 0);
    ukl_obj *other = ukl_gc_alloc(16, &t_object); /* alone in a block of the 16-byte class */
    exact[0] = &kept->hdr;
    dropped->value = 42;
    uint64_t free_blocks = ukl_gc.free_blocks, used = ukl_gc.used;
    ukl_gc_collect();
    uint64_t kb = ((uint8_t *) kept - ukl_gc.base) / UKL_GC_BLOCK_BYTES;
    uint64_t ob = ((uint8_t *) other - ukl_gc.base) / UKL_GC_BLOCK_BYTES;
    uint32_t c = ukl_gc_class_of[3];
    CHECK(ukl_gc.blocks[ob].kind == UKL_BLK_FREE && ukl_gc.free_blocks == free_blocks + 1);
    CHECK(ukl_gc.used == used - 48 - 16);
    CHECK(ukl_gc.unswept[c] == kb && dropped->hdr.cls == &t_node); /* not swept yet */
    node *again = new_node(0, 0);
    CHECK(again == dropped && again->value == 0 && again->hdr.gc == 0); /* swept now, zeroed */
    CHECK(ukl_gc.unswept[c] == UKL_GC_NONE && kept->hdr.gc == 0 && kept->hdr.cls == &t_node); /* mark cleared */
    CHECK(ukl_gc.blocks[kb].mark == UKL_GC_MARK);
    ukl_obj *fresh = ukl_gc_alloc(16, &t_object);
    CHECK(fresh == other && ((uint64_t *) fresh)[1] == 0); /* the freed block, taken again and zeroed */
}

static uint64_t block_of(const void *o) {
    return (uint64_t) ((const uint8_t *) o - ukl_gc.base) / UKL_GC_BLOCK_BYTES;
}

/*
 * A block whose every cell survives is neither freed nor queued for the lazy sweep, and its marks
 * are not cleared: its sense flips, so the same objects are unmarked again when the next
 * collection starts. The mark bits stay as the collection left them.
 */
static void full_blocks_are_left_alone_and_their_sense_flips(void) {
    heap(1 << 20);
    enum { PER_BLOCK = UKL_GC_BLOCK_BYTES / 48 };
    node *first = new_node(0, 0), *last = first;
    for (int i = 1; i < PER_BLOCK; i++) {
        last = new_node(&last->hdr, 0);
    }
    uint64_t fb = block_of(first);
    CHECK(block_of(last) == fb); /* one block, full */
    node *loner = new_node(0, 0), *gone = new_node(0, 0);
    uint64_t lb = block_of(loner);
    CHECK(lb != fb && block_of(gone) == lb);
    exact[0] = &last->hdr;
    exact[1] = &loner->hdr;
    ukl_gc_collect();
    uint32_t c = ukl_gc_class_of[3];
    CHECK(ukl_gc.blocks[fb].mark == 0 && first->hdr.gc == UKL_GC_MARK && last->hdr.gc == UKL_GC_MARK);
    CHECK(!ukl_gc_marked(&first->hdr) && !ukl_gc_marked(&last->hdr)); /* unmarked for the next collection */
    CHECK(ukl_gc.blocks[fb].kind == UKL_BLK_SMALL && ukl_gc.blocks[fb].live == 0);
    CHECK(ukl_gc.unswept[c] == lb && ukl_gc.blocks[lb].next == UKL_GC_NONE); /* only the other block */
    CHECK(ukl_gc.used == (uint64_t) (PER_BLOCK + 1) * 48);
    node *young = new_node(0, 0);
    CHECK(young == gone && young->hdr.gc == 0 && !ukl_gc_marked(&young->hdr));
    exact[2] = &young->hdr;
    ukl_gc_collect(); /* the full block survives again: marking toggled its bits, its sense flips back */
    CHECK(ukl_gc.blocks[fb].mark == UKL_GC_MARK && first->hdr.gc == 0 && !ukl_gc_marked(&first->hdr));
    CHECK(alive(first) && alive(last) && alive(loner) && alive(young));
    CHECK(ukl_gc.used == (uint64_t) (PER_BLOCK + 2) * 48);
    exact[0] = 0;
    ukl_gc_collect();
    CHECK(!alive(first) && !alive(last) && alive(loner) && alive(young));
    CHECK(ukl_gc.blocks[fb].kind == UKL_BLK_FREE && ukl_gc.used == 2 * 48);
}

/*
 * A full block whose sense flipped, then loses some cells: the lazy sweep keeps the cells marked
 * under the flipped sense, frees the rest, and gives the block the sense of a fresh one, so that a
 * cell allocation takes from it (GC word 0) is unmarked to the next collection, and a survivor
 * (mark cleared) too. Allocation sites store no GC word: this is why they need not.
 */
static void a_flipped_block_swept_gives_unmarked_cells(void) {
    heap(1 << 20);
    enum { PER_BLOCK = UKL_GC_BLOCK_BYTES / 48 };
    node *cells[PER_BLOCK];
    ukl_obj *all = new_array(&a_node, PER_BLOCK); /* in another block: 16-byte header, 8 per element */
    for (int i = 0; i < PER_BLOCK; i++) {
        cells[i] = new_node(0, 0);
        ((ukl_obj **) UKL_ARRAY_DATA(all))[i] = &cells[i]->hdr;
    }
    uint64_t fb = block_of(cells[0]);
    CHECK(block_of(cells[PER_BLOCK - 1]) == fb);
    exact[0] = all;
    ukl_gc_collect(); /* all live: the block's sense flips */
    CHECK(ukl_gc.blocks[fb].mark == 0);
    ((ukl_obj **) UKL_ARRAY_DATA(all))[1] = 0; /* cells[1] dies */
    ukl_gc_collect(); /* the flipped block is partly live: queued, its marks under sense 0 */
    CHECK(ukl_gc.unswept[ukl_gc_class_of[3]] == fb);
    node *reborn = new_node(0, 0); /* sweeps the block: cells[1]'s cell, zeroed */
    CHECK(reborn == cells[1] && reborn->hdr.gc == 0 && ukl_gc.blocks[fb].mark == UKL_GC_MARK);
    CHECK(!ukl_gc_marked(&reborn->hdr) && !ukl_gc_marked(&cells[0]->hdr) && cells[0]->hdr.gc == 0);
    ((ukl_obj **) UKL_ARRAY_DATA(all))[2] = 0; /* cells[2] dies, reborn (unreferenced) is garbage */
    ukl_gc_collect();
    CHECK(!alive(cells[2]) && !alive(reborn) && alive(cells[0]) && alive(cells[PER_BLOCK - 1]));
    uint64_t array_cell = ukl_gc_class_size[ukl_gc_class_of[(sizeof(ukl_array) + 8 * PER_BLOCK + 15) / 16]];
    CHECK(ukl_gc.used == (uint64_t) (PER_BLOCK - 2) * 48 + array_cell);
}

/*
 * A generational heap ("generations" in ukl_gc.h): a survivor of a full collection is old (both
 * collector bits set); a young collection frees young garbage, keeps old objects without tracing
 * them, and finds a young object that only an old one refers to through the card the write barrier
 * dirtied -- and misses it without the barrier, which is why every reference store of translated
 * code has one.
 */
static void young_collections_trace_only_the_young_and_the_dirty_cards(void) {
    heap(1 << 20);
    ukl_gc.generational = 1;
    node *old = new_node(0, 0);
    exact[0] = &old->hdr;
    ukl_gc_collect();
    CHECK((old->hdr.gc & UKL_GC_BITS) == UKL_GC_BITS && ukl_gc_marked(&old->hdr)); /* the mark stays: old */
    node *garbage = new_node(0, 0), *kept = new_node(0, 0), *remembered = new_node(0, 0), *forgotten = new_node(0, 0);
    CHECK(garbage->hdr.gc == 0 && !ukl_gc_marked(&garbage->hdr)); /* young */
    exact[1] = &kept->hdr;
    old->next = &remembered->hdr;
    ukl_gc_remember(&old->hdr);
    old->other = &forgotten->hdr; /* the same object and card: dirty for both stores */
    uint64_t used = ukl_gc.used;
    ukl_gc_collect_young();
    CHECK(ukl_gc.collections == 2 && ukl_gc.young_collections == 1);
    CHECK(alive(old) && alive(kept) && alive(remembered) && alive(forgotten) && !alive(garbage));
    CHECK(ukl_gc.used == used - 48);
    node *lost = new_node(0, 0);
    kept->next = &lost->hdr; /* into a young object: no barrier needed */
    ukl_gc_collect_young(); /* the second survival promotes kept, remembered and forgotten */
    CHECK(alive(lost) && ukl_gc_marked(&kept->hdr) && ukl_gc_marked(&remembered->hdr) && ukl_gc_marked(&forgotten->hdr));
    ukl_gc_collect_young(); /* ... and then lost: no old object refers to a young one any more */
    CHECK(ukl_gc_marked(&lost->hdr) && ukl_gc.cards[((uint8_t *) old - ukl_gc.base) >> UKL_GC_CARD_SHIFT] == 0);
    node *orphan = new_node(0, 0);
    remembered->next = &orphan->hdr; /* into an old object, without the barrier */
    ukl_gc_collect_young();
    CHECK(!alive(orphan)); /* freed while remembered still refers to it */
    remembered->next = 0;
}

/*
 * Promotion on the second survival: an object a young collection keeps for the first time is young
 * again, with its age bit, so young garbage that a collection catches alive is freed by the next
 * young one instead of waiting for a full one. An old object that refers to it keeps its card
 * dirty until it is old too; one that a young collection promotes has its card dirtied, since what
 * it refers to may still be young.
 */
static void young_objects_are_promoted_when_they_survive_twice(void) {
    heap(1 << 20);
    ukl_gc.generational = 1;
    node *old = new_node(0, 0);
    exact[0] = &old->hdr;
    ukl_gc_collect();
    node *child = new_node(0, 0), *once = new_node(&child->hdr, 0), *held = new_node(0, 0);
    exact[1] = &once->hdr;
    old->next = &held->hdr;
    ukl_gc_remember(&old->hdr);
    uint8_t *card = &ukl_gc.cards[((uint8_t *) old - ukl_gc.base) >> UKL_GC_CARD_SHIFT];
    ukl_gc_collect_young();
    ukl_gc_finish_sweep();
    CHECK(once->hdr.gc == UKL_GC_AGE && held->hdr.gc == UKL_GC_AGE && !ukl_gc_marked(&once->hdr)); /* young, aged */
    CHECK(*card == 1); /* old still refers to a young object */
    exact[1] = 0;
    ukl_gc_collect_young();
    CHECK(!alive(once) && !alive(child)); /* garbage after one survival: a young collection frees it */
    CHECK(alive(held) && (held->hdr.gc & UKL_GC_BITS) == UKL_GC_BITS && *card == 0); /* promoted: the card is clean */
    node *young = new_node(0, 0), *parent = new_node(&young->hdr, 0);
    exact[1] = &parent->hdr;
    ukl_gc_collect_young();
    ukl_gc_finish_sweep();
    young->next = 0;
    node *fresh = new_node(0, 0);
    young->next = &fresh->hdr; /* young: no barrier */
    exact[1] = 0;
    old->other = &parent->hdr;
    ukl_gc_remember(&old->hdr);
    ukl_gc_collect_young(); /* parent and young are promoted; fresh survives once, held by young */
    ukl_gc_finish_sweep();
    CHECK(ukl_gc_marked(&parent->hdr) && ukl_gc_marked(&young->hdr) && fresh->hdr.gc == UKL_GC_AGE);
    CHECK(ukl_gc.cards[((uint8_t *) young - ukl_gc.base) >> UKL_GC_CARD_SHIFT] == 1); /* dirtied when promoted */
    ukl_gc_collect_young();
    CHECK(alive(fresh) && ukl_gc_marked(&fresh->hdr));
}

/* Old garbage outlives young collections; a full one clears every mark first and frees it. */
static void a_full_collection_frees_what_young_ones_keep(void) {
    heap(1 << 20);
    ukl_gc.generational = 1;
    node *tail = new_node(0, 0), *head = new_node(&tail->hdr, 0);
    exact[0] = &head->hdr;
    ukl_gc_collect_young();
    ukl_gc_collect_young(); /* the second survival: old */
    CHECK(ukl_gc_marked(&head->hdr) && ukl_gc_marked(&tail->hdr));
    exact[0] = 0;
    node *young = new_node(0, 0);
    exact[1] = &young->hdr;
    ukl_gc_collect_young();
    CHECK(alive(head) && alive(tail) && alive(young)); /* old: a young collection does not free it */
    uint64_t used = ukl_gc.used;
    ukl_gc_collect();
    CHECK(!alive(head) && !alive(tail) && alive(young) && ukl_gc.used == used - 2 * 48);
    CHECK((young->hdr.gc & UKL_GC_BITS) == UKL_GC_BITS); /* a full collection's survivors are old */
}

/* Allocation's first resort in a generational heap is a young collection, after a nursery's worth of blocks. */
static void allocation_collects_the_young_first(void) {
    heap(4 << 20);
    ukl_gc.generational = 1;
    node *old = new_node(0, 0);
    exact[0] = &old->hdr;
    for (int i = 0; i < 200000 && ukl_gc.collections < 3; i++) {
        node *n = new_node(0, 0);
        if (i % 1000 == 0) {
            old->next = &n->hdr; /* one young object at a time hangs off the old one */
            ukl_gc_remember(&old->hdr);
        }
    }
    CHECK(ukl_gc.collections == 3 && ukl_gc.young_collections == 3 && !ukl_gc.full_due);
    CHECK(alive(old) && alive(old->next));
}

static void marking_follows_every_field_kind(void) {
    heap(1 << 20);
    node *hidden = new_node(0, 0);
    ukl_obj *ints = new_array(&a_int, 4);
    node *n3 = new_node(0, 0), *n2 = new_node(0, ints), *n1 = new_node(&n2->hdr, &n3->hdr);
    n1->value = (int64_t) (uintptr_t) hidden; /* a long that looks like a reference is not one */
    n1->tag = 7;
    exact[0] = &n1->hdr;
    ukl_gc_collect();
    CHECK(alive(n1) && alive(n2) && alive(n3) && alive(ints) && !alive(hidden));
    CHECK(n1->next == &n2->hdr && n1->other == &n3->hdr && n1->tag == 7 && !ukl_gc_marked(&n1->hdr));
    exact[0] = 0;
    ukl_gc_collect();
    CHECK(!alive(n1) && !alive(n2) && !alive(n3) && !alive(ints) && ukl_gc.used == 0);
}

static void marking_follows_every_array_kind(void) {
    heap(2 << 20);
    ukl_class *prims[] = { &a_boolean, &a_byte, &a_char, &a_short, &a_int, &a_float, &a_long, &a_double };
    node *victim = new_node(0, 0);
    ukl_obj *all = new_array(&a_object, 11);
    ukl_obj **slots = UKL_ARRAY_DATA(all);
    for (int i = 0; i < 8; i++) {
        slots[i] = new_array(prims[i], 64);
        /* primitive elements holding the victim's address must not keep it alive */
        uint8_t *data = UKL_ARRAY_DATA(slots[i]);
        for (int j = 0; j + 8 <= 64 * prims[i]->instance_size; j += 8) {
            memcpy(data + j, &victim, 8);
        }
    }
    node *element = new_node(0, 0);
    ukl_obj *nodes = new_array(&a_node, 2);
    ((ukl_obj **) UKL_ARRAY_DATA(nodes))[1] = &element->hdr;
    ukl_obj *matrix = new_array(&a_int2, 3), *row = new_array(&a_int, 5);
    ((ukl_obj **) UKL_ARRAY_DATA(matrix))[2] = row;
    slots[8] = nodes;
    slots[9] = matrix;
    slots[10] = new_array(&a_object, 0);
    exact[3] = all;
    ukl_gc_collect();
    for (int i = 0; i < 11; i++) {
        CHECK(alive(slots[i]));
    }
    CHECK(alive(element) && alive(row) && !alive(victim));
}

static void interior_pointers_keep_objects(void) {
    heap(1 << 20);
    node *small = new_node(0, 0);
    ukl_obj *big = new_array(&a_long, UKL_GC_BLOCK_BYTES / 4); /* two blocks and a bit */
    node *dropped = new_node(0, 0);
    fake_stack[0] = (uintptr_t) &small->tag;                              /* into the middle */
    fake_stack[1] = (uintptr_t) big + UKL_GC_BLOCK_BYTES + 100;           /* into a tail block */
    ukl_gc_collect();
    CHECK(alive(small) && alive(big) && !alive(dropped));
    CHECK(ukl_gc_object_at((uintptr_t) &small->tag) == &small->hdr);
    CHECK(ukl_gc_object_at((uintptr_t) big + 2 * UKL_GC_BLOCK_BYTES + 8) == big);
}

/*
 * What gcc may keep of an object while a loop walks it: a pointer into its header, or one past its
 * last element. Both resolve while they stay inside the object's cell. One past an object that
 * fills its cell exactly is the next cell's address and does not keep the object: translated code
 * never needs it to, since every access after a call re-reads the header (ukl_gc_object_at).
 */
static void derived_pointers_resolve_inside_the_cell(void) {
    heap(1 << 20);
    ukl_obj *by_header = new_array(&a_long, 5);             /* 64 bytes, a 64-byte cell */
    ukl_obj *padded = new_array(&a_byte, 3);                /* 27 bytes in a 32-byte cell */
    ukl_obj *empty = new_array(&a_object, 0);               /* 24 bytes in a 32-byte cell */
    fake_stack[0] = (uintptr_t) by_header + 8;              /* its GC word */
    fake_stack[1] = (uintptr_t) UKL_ARRAY_DATA(padded) + 3; /* one past its last element */
    fake_stack[2] = (uintptr_t) UKL_ARRAY_DATA(empty);      /* element 0 of no elements */
    ukl_gc_collect();
    CHECK(alive(by_header) && alive(padded) && alive(empty));
    ukl_obj *full = new_array(&a_long, 1), *next = new_array(&a_long, 1); /* 32 bytes each: cells exactly */
    CHECK((uint8_t *) next == (uint8_t *) full + 32);
    CHECK(ukl_gc_object_at((uintptr_t) UKL_ARRAY_DATA(full) + 8) == next);
    ukl_obj *block = new_array(&a_object, (UKL_GC_BLOCK_BYTES - 24) / 8);  /* one whole block */
    CHECK(ukl_gc_object_at((uintptr_t) block + UKL_GC_BLOCK_BYTES - 1) == block);
    CHECK(ukl_gc_object_at((uintptr_t) block + UKL_GC_BLOCK_BYTES) != block);
}

static void words_that_are_not_references_are_harmless(void) {
    heap(1 << 20);
    node *live = new_node(0, 0), *dropped = new_node(0, 0);
    exact[0] = &live->hdr;
    ukl_gc_collect();
    ukl_obj *big = new_array(&a_byte, 40000); /* 40024 bytes: two blocks */
    ukl_obj *odd = ukl_gc_alloc(6544, &t_object); /* 5 cells of 6544 leave 48 bytes at the block end */
    uint8_t *odd_block = ukl_gc.base + ((uint8_t *) odd - ukl_gc.base) / UKL_GC_BLOCK_BYTES * UKL_GC_BLOCK_BYTES;
    fake_stack[0] = (uintptr_t) dropped + 8;                       /* into a free cell */
    fake_stack[1] = (uintptr_t) (odd_block + UKL_GC_BLOCK_BYTES - 8); /* into a block's unused tail */
    fake_stack[2] = (uintptr_t) ukl_gc.limit - 8;                  /* into a free block */
    fake_stack[3] = (uintptr_t) ukl_gc.blocks + 4;                 /* into the collector's own table */
    fake_stack[4] = 0x123456789abcdefull;                          /* any number */
    fake_stack[5] = (uintptr_t) ukl_gc.limit;                      /* one past the heap */
    fake_stack[6] = (uintptr_t) &t_node;                           /* a static object */
    exact[1] = (ukl_obj *) &t_node;                                /* an exact root outside the heap */
    ukl_gc_collect();
    CHECK(alive(live) && !alive(dropped) && !alive(big) && !alive(odd));
    CHECK(new_node(0, 0) == dropped); /* the free cell stayed on the free list */
}

static void static_roots_are_exact(void) {
    heap(1 << 20);
    node *a = new_node(0, 0), *b = new_node(0, 0);
    exact[5] = &a->hdr;
    exact[6] = &b->hdr;
    ukl_gc_collect();
    CHECK(alive(a) && alive(b));
    exact[5] = 0;
    ukl_gc_collect();
    CHECK(!alive(a) && alive(b));
}

static void mark_stack_overflow_loses_nothing(void) {
    heap(8 << 20);
    enum { N = 40000 }; /* more than the mark stack holds */
    ukl_obj *many = new_array(&a_node, N);
    ukl_obj **e = UKL_ARRAY_DATA(many);
    for (int i = 0; i < N; i++) {
        e[i] = &new_node(&new_node(0, 0)->hdr, 0)->hdr;
    }
    CHECK(ukl_gc.stack_cap < N && ukl_gc.collections == 0);
    exact[0] = many;
    ukl_gc_collect();
    for (int i = 0; i < N; i++) {
        CHECK(alive(e[i]) && alive(((node *) e[i])->next));
    }
}

static void full_heap_collects_then_returns_null(void) {
    heap(1 << 20);
    ukl_obj *chain = 0;
    uint64_t n = 0;
    for (;; n++) {
        node *x = ukl_gc_alloc(sizeof(node), &t_node);
        if (!x) {
            break;
        }
        x->next = chain;
        chain = &x->hdr;
        exact[0] = chain;
    }
    uint64_t reserve = UKL_GC_RESERVE_BLOCKS * (uint64_t) UKL_GC_BLOCK_BYTES;
    CHECK(ukl_gc.collections >= 1 && ukl_gc.reserve_open && n * 48 + reserve <= ukl_gc_capacity() && n * 48 > ukl_gc_capacity() / 2);
    /* the error opened the reserve: its handler can allocate, but not more than the reserve */
    exact[1] = ukl_gc_alloc(reserve / 2, &a_byte);
    CHECK(exact[1] != 0);
    CHECK(ukl_gc_alloc(reserve, &a_byte) == 0);
    exact[0] = exact[1] = 0;
    CHECK(ukl_gc_alloc(reserve, &a_byte) != 0); /* the chain is garbage now */
    CHECK(!ukl_gc.reserve_open && ukl_gc.free_blocks >= UKL_GC_RESERVE_BLOCKS);
}

/* ---- java.lang.ref ---- */

static void weak_references_are_cleared_and_queued_when_only_they_reach_the_referent(void) {
    heap(1 << 20);
    node *kept = new_node(0, 0), *dropped = new_node(0, 0), *unqueued = new_node(0, 0), *queue = new_node(0, 0);
    ukl_reference *to_kept = new_reference(&t_weak, kept, queue);
    ukl_reference *to_dropped = new_reference(&t_weak, dropped, queue);
    ukl_reference *without_queue = new_reference(&t_weak, new_node(&unqueued->hdr, 0), 0);
    ukl_reference *to_literal = new_reference(&t_weak, &t_object, 0); /* outside the heap: never cleared */
    exact[0] = &kept->hdr;
    exact[1] = &to_kept->hdr;
    exact[2] = &to_dropped->hdr;
    exact[3] = &without_queue->hdr;
    exact[4] = &to_literal->hdr;
    ukl_gc_collect();
    CHECK(to_kept->referent == &kept->hdr && to_literal->referent == &t_object.hdr);
    CHECK(to_dropped->referent == 0 && without_queue->referent == 0);
    CHECK(!alive(dropped) && !alive(unqueued) && alive(queue));
    CHECK(ukl_gc.pending == to_dropped && ukl_gc_list_next(to_dropped) == 0 && ukl_gc.discovered == 0);
    CHECK(to_kept->discovered == 0 && without_queue->discovered == 0);
    exact[2] = 0; /* only the pending list holds it now, and it its queue */
    exact[1] = 0;
    ukl_gc_collect();
    CHECK(alive(to_dropped) && alive(queue) && !alive(to_kept) && ukl_gc.pending == to_dropped);
    CHECK(ukl_gc_take_pending() == &to_dropped->hdr && to_dropped->discovered == 0);
    CHECK(ukl_gc_take_pending() == 0);
    ukl_gc_collect();
    CHECK(!alive(to_dropped) && !alive(queue));
}

static void soft_references_are_cleared_only_before_out_of_memory(void) {
    heap(1 << 20);
    node *weakly = new_node(0, 0);
    node *softly = new_node(&weakly->hdr, 0);
    ukl_reference *soft = new_reference(&t_soft, softly, 0);
    ukl_reference *weak = new_reference(&t_weak, weakly, 0);
    exact[0] = &soft->hdr;
    exact[1] = &weak->hdr;
    ukl_gc_collect();
    CHECK(soft->referent == &softly->hdr && weak->referent == &weakly->hdr); /* softly reachable, both */
    CHECK(alive(softly) && alive(weakly) && ukl_gc.soft_kept);
    uint64_t before = ukl_gc.collections;
    for (;;) {
        node *x = ukl_gc_alloc(sizeof(node), &t_node);
        if (!x) {
            break;
        }
        x->next = exact[2];
        exact[2] = &x->hdr;
    }
    CHECK(soft->referent == 0 && weak->referent == 0 && !ukl_gc.clear_soft);
    CHECK(ukl_gc.collections >= before + 2); /* at least: a plain collection, then one clearing soft references */
}

/* ---- references that only a caller-saved register holds (ukl_gc_collect's comment) ---- */

/* A pair of two fresh objects: their addresses stay in this frame, which scrub_stack wipes. */
static __attribute__((noinline)) pair *new_pair_of_two(void) {
    pair *p = ukl_gc_alloc(sizeof(pair), &t_pair);
    CHECK(p != 0);
    p->first = ukl_gc_alloc(16, &t_object);
    p->second = ukl_gc_alloc(16, &t_object);
    CHECK(p->first != 0 && p->second != 0);
    return p;
}

/* Zeroes the stack below the caller, so no stale copy of a reference there keeps its object. */
static __attribute__((noinline)) void scrub_stack(void) {
    uint64_t words[1024];
    void *p = words;
    uint64_t n = 1024;
    __asm__ volatile("rep stosq" : "+D"(p), "+c"(n) : "a"(0ull) : "memory");
}

/*
 * Java's `a = from.first; b = from.second; from.first = from.second = null; <collection>;
 * to.first = a; to.second = b;`: gcc -O2 copies the two adjacent fields as one SSE vector, which
 * stays in a caller-saved register across the call if gcc believes the callee leaves it alone.
 */
static __attribute__((noinline)) void move_across_collection(pair *to, pair *from) {
    ukl_obj *a = from->first, *b = from->second;
    from->first = from->second = 0;
    ukl_gc_collect(); /* Runtime.gc() */
    to->first = a;
    to->second = b;
}

static __attribute__((noinline)) void move_across_allocation(pair *to, pair *from) {
    ukl_obj *a = from->first, *b = from->second;
    from->first = from->second = 0;
    exact[2] = ukl_gc_alloc(16, &t_object); /* `new Object()` on a full heap: a collection */
    to->first = a;
    to->second = b;
}

/* from and to are exact roots; from's two objects are reachable only from the moving frame. */
static void move_and_check(void (*move)(pair *, pair *), int full_heap) {
    heap(1 << 20);
    pair *from = new_pair_of_two(), *to = ukl_gc_alloc(sizeof(pair), &t_pair);
    exact[0] = &from->hdr;
    exact[1] = &to->hdr;
    uint32_t c = ukl_gc_class_of[1];
    while (full_heap
           && (ukl_gc.free[c] || ukl_gc.bump_end[c] - ukl_gc.bump[c] >= 16 || ukl_gc.unswept[c] != UKL_GC_NONE
               || ukl_gc_may_take(1))) {
        CHECK(ukl_gc_alloc(16, &t_object) != 0); /* garbage, until the next small allocation must collect */
    }
    scrub_stack();
    stack_top = (uintptr_t) __builtin_frame_address(0);
    move(to, from);
    stack_top = 0;
    CHECK(ukl_gc.collections == 1);
    CHECK(from->first == 0 && to->first != 0 && to->second != 0 && to->first != to->second);
    CHECK(alive(to->first) && alive(to->second)); /* a freed cell has class word 0 */
    CHECK(to->first != exact[2] && to->second != exact[2]); /* and was not handed out again */
}

static void references_in_caller_saved_registers_are_roots(void) {
    move_and_check(move_across_collection, 0);
}

static void references_in_caller_saved_registers_survive_an_allocation_that_collects(void) {
    move_and_check(move_across_allocation, 1);
}

static const struct {
    const char *name;
    void (*run)(void);
} cases[] = {
    { "heap_layout", heap_layout },
    { "freed_memory_is_reused", freed_memory_is_reused },
    { "empty_blocks_are_freed_in_bulk_and_the_others_swept_lazily", empty_blocks_are_freed_in_bulk_and_the_others_swept_lazily },
    { "full_blocks_are_left_alone_and_their_sense_flips", full_blocks_are_left_alone_and_their_sense_flips },
    { "a_flipped_block_swept_gives_unmarked_cells", a_flipped_block_swept_gives_unmarked_cells },
    { "young_collections_trace_only_the_young_and_the_dirty_cards", young_collections_trace_only_the_young_and_the_dirty_cards },
    { "a_full_collection_frees_what_young_ones_keep", a_full_collection_frees_what_young_ones_keep },
    { "young_objects_are_promoted_when_they_survive_twice", young_objects_are_promoted_when_they_survive_twice },
    { "allocation_collects_the_young_first", allocation_collects_the_young_first },
    { "marking_follows_every_field_kind", marking_follows_every_field_kind },
    { "marking_follows_every_array_kind", marking_follows_every_array_kind },
    { "interior_pointers_keep_objects", interior_pointers_keep_objects },
    { "derived_pointers_resolve_inside_the_cell", derived_pointers_resolve_inside_the_cell },
    { "words_that_are_not_references_are_harmless", words_that_are_not_references_are_harmless },
    { "static_roots_are_exact", static_roots_are_exact },
    { "mark_stack_overflow_loses_nothing", mark_stack_overflow_loses_nothing },
    { "full_heap_collects_then_returns_null", full_heap_collects_then_returns_null },
    { "weak_references_are_cleared_and_queued_when_only_they_reach_the_referent",
      weak_references_are_cleared_and_queued_when_only_they_reach_the_referent },
    { "soft_references_are_cleared_only_before_out_of_memory", soft_references_are_cleared_only_before_out_of_memory },
    { "references_in_caller_saved_registers_are_roots", references_in_caller_saved_registers_are_roots },
    { "references_in_caller_saved_registers_survive_an_allocation_that_collects",
      references_in_caller_saved_registers_survive_an_allocation_that_collects },
};

int main(int argc, char **argv) {
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (argc == 2 && strcmp(argv[1], cases[i].name) == 0) {
            cases[i].run();
            printf("ok\n");
            return 0;
        } else if (argc == 1) {
            printf("%s\n", cases[i].name);
        }
    }
    return argc == 1 ? 0 : 2;
}
