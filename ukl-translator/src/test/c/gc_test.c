/*
 * Unit tests of the collector (ukl_gc.h) on its own, compiled hosted by GcTest.java with the
 * translator's UKL_GC_* macros. Each case is a function; `gc_test NAME` runs one and prints
 * "ok", or prints the failed check and exits 1. Roots are two arrays the cases fill: exact
 * (like static fields) and a fake stack scanned conservatively.
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

static void ukl_gc_mark_roots(void) {
    for (int i = 0; i < 8; i++) {
        ukl_gc_mark_exact(exact[i]);
    }
    ukl_gc_scan_conservative(fake_stack, fake_stack + 8);
}

/* ---- a small class world: the descriptors the translator would emit ---- */

static const int32_t no_refs[] = { -1 };
/* Node: ref next @16, long value @24, ref other @32, int tag @40; 48 bytes. */
static const int32_t node_refs[] = { 16, 32, -1 };

#define PRIM(name, size) static ukl_class name = { .ref_offsets = no_refs, .flags = UKL_CLS_PRIMITIVE, .instance_size = size }
PRIM(t_boolean, 1); PRIM(t_byte, 1); PRIM(t_char, 2); PRIM(t_short, 2);
PRIM(t_int, 4); PRIM(t_float, 4); PRIM(t_long, 8); PRIM(t_double, 8);
static ukl_class t_object = { .ref_offsets = no_refs, .instance_size = 16 };
static ukl_class t_node = { .super = &t_object, .ref_offsets = node_refs, .instance_size = 48 };
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

static int alive(const void *o) {
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
    CHECK(n1->next == &n2->hdr && n1->other == &n3->hdr && n1->tag == 7 && n1->hdr.gc == 0); /* mark cleared */
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

static const struct {
    const char *name;
    void (*run)(void);
} cases[] = {
    { "heap_layout", heap_layout },
    { "freed_memory_is_reused", freed_memory_is_reused },
    { "marking_follows_every_field_kind", marking_follows_every_field_kind },
    { "marking_follows_every_array_kind", marking_follows_every_array_kind },
    { "interior_pointers_keep_objects", interior_pointers_keep_objects },
    { "words_that_are_not_references_are_harmless", words_that_are_not_references_are_harmless },
    { "static_roots_are_exact", static_roots_are_exact },
    { "mark_stack_overflow_loses_nothing", mark_stack_overflow_loses_nothing },
    { "full_heap_collects_then_returns_null", full_heap_collects_then_returns_null },
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
