/*
 * ukl object model (see ukl/translator/package-info.java for the design and why).
 *
 *   object   : [cls | gc word]            fields follow at offset 16, laid out by the translator
 *   array    : [cls | gc word | length | pad] elements from offset 24 (8-aligned for long/double)
 *   class    : a java.lang.Class object: header, metadata, java.lang.Class's own fields, vtable
 *
 * Objects never move, so the identity hash is derived from the address.
 */
#ifndef UKL_OBJECT_H
#define UKL_OBJECT_H

#include <stdint.h>
#include <stddef.h>

/*
 * Linkage of what the runtime and the translated program share. One translation unit (the
 * default): everything static, so gcc sees and may inline all of it. Several (the translator's
 * split mode defines UKL_SPLIT): the runtime's globals and the program's functions are external,
 * and only the unit that defines UKL_OWNS_SHARED (the program's data unit) defines the globals,
 * the assembly entry points and the functions called from assembly by name.
 */
#ifdef UKL_SPLIT
/* the program's functions the runtime calls: defined in one unit */
#define UKL_LINK
#ifdef UKL_OWNS_SHARED
#define UKL_SHARED
#define UKL_INITIAL(...) = __VA_ARGS__
#else
#define UKL_SHARED extern
#define UKL_INITIAL(...)
#endif
#else
#define UKL_LINK static
#define UKL_SHARED static
#define UKL_INITIAL(...) = __VA_ARGS__
#define UKL_OWNS_SHARED 1
#endif

/*
 * A function that runs once (a static initialiser, Program.prototype): gcc optimises it for size
 * and puts it in .text.unlikely, away from the hot code.
 */
#define UKL_COLD __attribute__((__cold__))

typedef struct ukl_object ukl_obj;
typedef struct ukl_class ukl_class;

struct ukl_object {
    const ukl_class *cls;
    uint64_t gc;          /* bits 0-1 the collector's (ukl_gc.h), the rest the lock word; a free cell's free-list link */
};

/* The lock word's own bits (monitors, ukl_thread.h; ukl.kernel.sched.Monitors spells the same). */
#define UKL_LOCK_CONTENDED 4u
#define UKL_LOCK_ONE 8u
#define UKL_LOCK_COUNT 0xfffffff8u

typedef struct {
    ukl_obj hdr;
    int32_t length;
    int32_t pad;
} ukl_array;

/* java.lang.String: exactly char[] value and int hash (docs/contracts.md §4). */
typedef struct {
    ukl_obj hdr;
    ukl_obj *value;
    int32_t hash;
} ukl_string;

/*
 * java.lang.ref.Reference: its first three fields, in this order (docs/contracts.md §4; the
 * translator checks the offsets). The class's GC map leaves out referent and discovered: the
 * collector decides about the referent after marking (ukl_gc.h, "references") and links the
 * references it found, then the cleared ones waiting for their queue, through discovered.
 */
typedef struct {
    ukl_obj hdr;
    ukl_obj *referent;
    ukl_obj *discovered;
    ukl_obj *queue;
} ukl_reference;

#define UKL_ARRAY_DATA(a) ((void *)((char *)(a) + sizeof(ukl_array)))

enum {
    UKL_CLS_INTERFACE = 1,
    UKL_CLS_ARRAY = 2,
    UKL_CLS_PRIMITIVE = 4,
    UKL_CLS_ENUM = 8,
    UKL_CLS_CLONEABLE = 16,
    UKL_CLS_ABSTRACT = 32,
    UKL_CLS_ANONYMOUS = 64,            /* from the class's own InnerClasses entry (Class.isAnonymousClass) */
    UKL_CLS_LOCAL = 128,
    UKL_CLS_MEMBER = 256,
    UKL_CLS_REFERENCE = 512,           /* a subclass of java.lang.ref.Reference */
    UKL_CLS_SOFT = 1024,               /* a subclass of java.lang.ref.SoftReference */
};
/* flags >> UKL_CLS_DECLARED_SHIFT: how many of interfaces[] the class declares itself (they come first) */
#define UKL_CLS_DECLARED_SHIFT 16

/* init_state: one of these; while running, UKL_INIT_RUNNING | the initialising thread's id << 2 (ukl_thread.h). */
enum { UKL_INIT_NONE = 0, UKL_INIT_RUNNING = 1, UKL_INIT_DONE = 2, UKL_INIT_FAILED = 3, UKL_INIT_MASK = 3 };

/* Room for java.lang.Class's own instance fields, laid out from offsetof(ukl_class, jfields). */
#define UKL_CLASS_JFIELD_BYTES 32

struct ukl_class {
    ukl_obj hdr;                       /* hdr.cls is java.lang.Class's descriptor */
    const char *name;                  /* Class.getName() form in modified UTF-8; Class makes a String of it once */
    const ukl_class *super;            /* null for Object, interfaces, primitives */
    const ukl_class *component;        /* arrays only */
    const ukl_class *array;            /* the array class of this component, when the image has it (reflect.Array) */
    const ukl_class *const *display;   /* superclass chain: display[depth] == this (Cohen) */
    const ukl_class *const *interfaces;/* every interface implemented, transitively; declared ones first */
    const int32_t *ref_offsets;        /* reference fields' offsets, -1 terminated (GC map) */
    void *const *itable;               /* interface method selectors (coloured), or null */
    ukl_obj *(*enum_values)(void);     /* enums: values() after initialisation */
    const ukl_class *enclosing;        /* Class.getEnclosingClass: InnerClasses outer or EnclosingMethod class */
    int32_t n_interfaces;
    int32_t depth;
    int32_t flags;
    int32_t instance_size;             /* objects: bytes incl. header; arrays: element size */
    int32_t init_state;                /* UKL_INIT_*, JVMS §5.5 */
    int32_t id;
    uint64_t jfields[UKL_CLASS_JFIELD_BYTES / 8];
    void *vtable[];
};

/* Shadow stack: one frame per translated method activation (method id + current line). */
typedef struct ukl_frame {
    struct ukl_frame *prev;
    int32_t method;
    int32_t line;
} ukl_frame;

#endif
