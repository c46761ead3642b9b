/*
 * ukl C runtime: allocation (over the collector in ukl_gc.h), type tests, exceptions state, shadow stack and the intrinsics that
 * are not one-liners. Included once, by program.c, after the generated forward declarations, so
 * that gcc sees one translation unit and can inline all of it.
 *
 * Exceptions (DESIGN.md): a thrown object sits in ukl_pending; translated code tests it after each
 * call that can throw and branches to its handler dispatch. The generated program supplies the
 * ukl_throw_* functions below, which build the exception through java.lang.RuntimeSupport
 * (docs/contracts.md §4) and leave it in ukl_pending.
 */
#ifndef UKL_RUNTIME_H
#define UKL_RUNTIME_H

#include "ukl_object.h"
#include "ukl_boot.h"

#define UKL_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* The running thread's state; ukl_thread.h saves and restores it on a switch. */
UKL_SHARED ukl_obj *ukl_pending;     /* the exception being thrown, or null */
UKL_SHARED ukl_frame *ukl_top;       /* innermost shadow frame */
UKL_SHARED uint64_t ukl_lock_self UKL_INITIAL((1ull << 32) | UKL_LOCK_ONE); /* the main thread's monitor word, id 1 (ukl_thread.h) */

/* Supplied by the generated program (they call java.lang.RuntimeSupport). */
UKL_LINK void ukl_throw_npe(void);
UKL_LINK void ukl_throw_index(int32_t index, int32_t length);
UKL_LINK void ukl_throw_cast(ukl_obj *value, const ukl_class *target);
UKL_LINK void ukl_throw_negsize(int32_t size);
UKL_LINK void ukl_throw_store(ukl_obj *value);
UKL_LINK void ukl_throw_oom(void);
UKL_LINK void ukl_throw_div0(void);

/*
 * The throws of a method whose shadow frame is lazy (MethodEmitter.lazyFrame): nothing on its hot
 * path reads the frame, so it has none there, and the frame a Throwable's backtrace must show (the
 * method and the line of the failing check, JVMS §2.10) exists only while the throw runs, in the
 * frame of one of these cold functions. The method then keeps no frame of its own on the C stack,
 * and a getter or a byte-order accessor stays small enough for gcc to inline.
 */
static __attribute__((cold, noinline)) void ukl_throw_npe_at(int32_t method, int32_t line) {
    ukl_frame F = {ukl_top, method, line};
    ukl_top = &F;
    ukl_throw_npe();
    ukl_top = F.prev;
}

static __attribute__((cold, noinline)) void ukl_throw_index_at(int32_t method, int32_t line, int32_t index,
                                                               int32_t length) {
    ukl_frame F = {ukl_top, method, line};
    ukl_top = &F;
    ukl_throw_index(index, length);
    ukl_top = F.prev;
}

static __attribute__((cold, noinline)) void ukl_throw_cast_at(int32_t method, int32_t line, ukl_obj *value,
                                                              const ukl_class *target) {
    ukl_frame F = {ukl_top, method, line};
    ukl_top = &F;
    ukl_throw_cast(value, target);
    ukl_top = F.prev;
}

static __attribute__((cold, noinline)) void ukl_throw_store_at(int32_t method, int32_t line, ukl_obj *value) {
    ukl_frame F = {ukl_top, method, line};
    ukl_top = &F;
    ukl_throw_store(value);
    ukl_top = F.prev;
}

static __attribute__((cold, noinline)) void ukl_throw_div0_at(int32_t method, int32_t line) {
    ukl_frame F = {ukl_top, method, line};
    ukl_top = &F;
    ukl_throw_div0();
    ukl_top = F.prev;
}

/* A class initialiser run from a method with a lazy frame: the initialiser's stack shows the method. */
static __attribute__((cold, noinline)) void ukl_class_init_at(int32_t method, int32_t line, void (*init)(void)) {
    ukl_frame F = {ukl_top, method, line};
    ukl_top = &F;
    init();
    ukl_top = F.prev;
}

/*
 * The method tables (Metadata.methodTables), for stack traces, the panic's Java stack and the
 * scheduler's kernel test: a method id's class, and its name (which = 0) or source file (1) in
 * modified UTF-8 (JVMS §4.4.7), NUL-terminated as a class's name is; 0 for an id the program does
 * not have, or a method without a file.
 */
UKL_LINK const ukl_class *ukl_method_class(uint32_t method);
UKL_LINK const char *ukl_method_text(uint32_t method, int32_t which);

/* The bytes of a text of the image's (a class's name, a method table's text) before its NUL. */
static inline int32_t ukl_text_length(const char *text) {
    int32_t n = 0;
    while (text[n]) {
        n++;
    }
    return n;
}

/* ---- allocation: the collector in ukl_gc.h; a full heap throws the preallocated OutOfMemoryError ---- */

#include "ukl_gc.h"

static inline __attribute__((always_inline)) void *ukl_alloc(uint64_t size, const ukl_class *cls) {
    void *p = ukl_gc_alloc(size, cls);
    if (UKL_UNLIKELY(p == 0)) {
        ukl_throw_oom();
    }
    return p;
}

static ukl_obj *ukl_new(const ukl_class *cls) {
    return ukl_alloc((uint64_t) cls->instance_size, cls);
}

/* `new` in translated code: size is cls->instance_size, a constant there, so the collector's fast path folds. */
static inline __attribute__((always_inline)) ukl_obj *ukl_new_sized(const ukl_class *cls, uint64_t size) {
    return ukl_alloc(size, cls);
}

/*
 * `new` in a static initialiser (MethodEmitter), which runs once: a call, not the collector's fast
 * path inlined at each site: NetStats.Counter's initialiser (54 enum constants) 12.7 KB -> 5.3 KB.
 */
static __attribute__((noinline)) ukl_obj *ukl_new_once(const ukl_class *cls) {
    return ukl_alloc((uint64_t) cls->instance_size, cls);
}

static ukl_obj *ukl_new_array(const ukl_class *cls, int32_t length) {
    if (UKL_UNLIKELY(length < 0)) {
        ukl_throw_negsize(length);
        return 0;
    }
    uint64_t size = sizeof(ukl_array) + (uint64_t) length * (uint64_t) cls->instance_size; /* element size */
    ukl_array *a = ukl_alloc(size, cls);
    if (a) {
        a->length = length;
    }
    return (ukl_obj *) a;
}

/*
 * The Java stack: translated code runs on a stack of UKL_STACK_BYTES in the platform's stack arena
 * (docs/contracts.md §6), a slot like every other thread's (ukl_thread.h, "thread stacks"): its pages
 * are committed when first touched, so main costs the stack it has used, not the 2 MiB it may use,
 * and the whole of the RAM the boot code reports is the collected heap. The runtime knows the
 * stack's bounds (the collector scans it conservatively) and turns an overflow into
 * StackOverflowError (JVMS §2.5.2) instead of overwriting memory below it. Recursive methods, and
 * one in every chain of more than Effects.UNCHECKED_DEPTH that can throw, compare their frame with
 * ukl_stack_limit on entry (Effects.java); the lowest UKL_STACK_RESERVE bytes absorb the bounded call
 * chains between two checks and the building of the error.
 */
#ifndef UKL_STACK_BYTES
#define UKL_STACK_BYTES (2u << 20)
#endif
#define UKL_STACK_RESERVE (64u << 10)

UKL_SHARED uint8_t *ukl_stack_base, *ukl_stack_limit; /* the running thread's */

#include "ukl_thread.h"

UKL_LINK void ukl_throw_stack_overflow_error(void);

/* Raised where a frame crosses the limit; the reserve below it is lent to the error's constructor. */
static void ukl_throw_stack_overflow(void) {
    uint8_t *limit = ukl_stack_limit;
    if (limit == ukl_stack_base) {
        ukl_panic("stack overflow while building StackOverflowError");
    }
    ukl_stack_limit = ukl_stack_base;
    ukl_throw_stack_overflow_error();
    ukl_stack_limit = limit;
}

static void ukl_run_on_java_stack(void (*fn)(void)) {
    ukl_gc_init(ukl_heap_start, ukl_heap_end);
    ukl_gc.generational = 1; /* every reference store of translated code has the write barrier */
    uint8_t *stack = ukl_stacks_slot(UKL_STACK_BYTES);
    if (!stack) {
        ukl_panic("no address space for the Java stack (UKL_STACK_BYTES) in the stack arena");
    }
    ukl_stacks_top_up(); /* the pool the stack's first page faults draw on */
    ukl_stack_base = stack;
    ukl_stack_limit = stack + UKL_STACK_RESERVE;
    uint8_t *top = stack + UKL_STACK_BYTES; /* 16-byte aligned: the base is, the size is even */
    ukl_main_thread = (ukl_thread) {.stack_base = stack, .stack_limit = ukl_stack_limit, .stack_top = top,
                                    .lock_self = ukl_lock_self};
    /* SysV ABI: switch rsp, call, switch back; everything the callee may clobber is declared. */
    __asm__ volatile("mov %%rsp, %%rbx\n\tmov %[top], %%rsp\n\tcall *%[fn]\n\tmov %%rbx, %%rsp"
                     :
                     : [top] "r"(top), [fn] "r"(fn)
                     : "rbx", "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "memory", "cc",
                       "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
                       "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
}

/*
 * The collector's roots: static reference fields and java.lang.Class's reference fields in every
 * descriptor (exact, listed by the translator in ukl_static_roots), and per thread its pending
 * exception and its stack from its stack pointer up, conservatively: gcc leaves no stack maps, so
 * any word there may be a reference, possibly into the middle of an object (DESIGN.md, "memory").
 * Shadow frames live on those stacks and hold no references. ukl_gc_collect has spilled the
 * running thread's callee-saved registers above the stack pointer read here; ukl_ctx_switch
 * pushed every parked thread's. The collection runs in the allocating thread while the others
 * are parked at safepoints or blocking calls: one CPU stops the world by construction.
 */
extern ukl_obj **const ukl_static_roots[];

static void ukl_gc_mark_roots(void) {
    for (ukl_obj **const *r = ukl_static_roots; *r; r++) {
        ukl_gc_mark_exact(**r);
    }
    uintptr_t sp;
    __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
    ukl_threads_mark(sp);
}

/* multianewarray (JVMS §6.5): every count is checked before anything is allocated. */
static ukl_obj *ukl_multi_fill(const ukl_class *cls, int32_t dims, const int32_t *counts) {
    ukl_obj *a = ukl_new_array(cls, counts[0]);
    if (a == 0 || dims == 1) {
        return a;
    }
    ukl_obj **elems = UKL_ARRAY_DATA(a);
    for (int32_t i = 0; i < counts[0]; i++) {
        elems[i] = ukl_multi_fill(cls->component, dims - 1, counts + 1);
        if (elems[i] == 0) {
            return 0;
        }
        ukl_gc_remember(a); /* the allocation of elems[i] may have collected: a may be old */
    }
    return a;
}

static ukl_obj *ukl_multianewarray(const ukl_class *cls, int32_t dims, const int32_t *counts) {
    for (int32_t i = 0; i < dims; i++) {
        if (UKL_UNLIKELY(counts[i] < 0)) {
            ukl_throw_negsize(counts[i]);
            return 0;
        }
    }
    return ukl_multi_fill(cls, dims, counts);
}

/* ---- type tests (JVMS §6.5 checkcast/instanceof) ---- */

/* Class s is the class t, at depth d, or one of its subclasses: t's slot in s's display (Cohen). */
static inline int ukl_extends(const ukl_class *s, const ukl_class *t, int32_t d) {
    return s == t || (s->depth >= d && s->display[d] == t);
}

/* Class s implements the interface t: its list has every interface it implements. */
static inline int ukl_implements(const ukl_class *s, const ukl_class *t) {
    for (int32_t i = 0; i < s->n_interfaces; i++) {
        if (s->interfaces[i] == t) {
            return 1;
        }
    }
    return 0;
}

static int ukl_is_subclass(const ukl_class *s, const ukl_class *t) {
    if (s == t) {
        return 1;
    }
    if (t->flags & UKL_CLS_INTERFACE) {
        return ukl_implements(s, t);
    }
    if (t->flags & UKL_CLS_ARRAY) {
        if (!(s->flags & UKL_CLS_ARRAY)) {
            return 0;
        }
        const ukl_class *sc = s->component, *tc = t->component;
        if ((sc->flags | tc->flags) & UKL_CLS_PRIMITIVE) {
            return sc == tc;
        }
        return ukl_is_subclass(sc, tc);
    }
    if (s->flags & (UKL_CLS_PRIMITIVE | UKL_CLS_INTERFACE)) {
        return t->depth == 0 && !(t->flags & UKL_CLS_PRIMITIVE) && !(s->flags & UKL_CLS_PRIMITIVE);
    }
    return ukl_extends(s, t, t->depth);
}

static inline int ukl_instanceof(const ukl_obj *o, const ukl_class *t) {
    return o != 0 && (o->cls == t || ukl_is_subclass(o->cls, t));
}

/*
 * aastore (JVMS §6.5): the value must be assignable to the array's component type. The two common
 * cases are decided inline, without the call: a value of the component's own class (a Node into
 * a Node[]), and any value into an Object[] (the root class, at depth 0 of every display).
 */
static inline int ukl_store_ok(const ukl_obj *array, const ukl_obj *value) {
    if (value == 0) {
        return 1;
    }
    const ukl_class *s = value->cls, *t = array->cls->component;
    if (s == t || (t->depth == 0 && !(t->flags & (UKL_CLS_INTERFACE | UKL_CLS_ARRAY | UKL_CLS_PRIMITIVE)))) {
        return 1;
    }
    return ukl_is_subclass(s, t);
}

/* ---- Object natives (docs/contracts.md §4) ---- */

static inline int32_t ukl_identity_hash(const ukl_obj *o) {
    uint64_t a = (uint64_t) (uintptr_t) o >> 4;
    return (int32_t) (uint32_t) (a ^ (a >> 29) ^ (a * 0x9e3779b97f4a7c15ull >> 40));
}

static uint64_t ukl_object_size(const ukl_obj *o) {
    if (o->cls->flags & UKL_CLS_ARRAY) {
        const ukl_array *a = (const ukl_array *) o;
        return sizeof(ukl_array) + (uint64_t) a->length * (uint64_t) o->cls->instance_size; /* element size */
    }
    return (uint64_t) o->cls->instance_size;
}

/* A shallow copy; the caller has checked Cloneable. */
static ukl_obj *ukl_shallow_copy(const ukl_obj *o) {
    uint64_t size = ukl_object_size(o);
    ukl_obj *c = ukl_alloc(size, o->cls);
    if (c) {
        /* everything after the header: the copy keeps its own GC word */
        __builtin_memcpy((char *) c + sizeof(ukl_obj), (const char *) o + sizeof(ukl_obj), size - sizeof(ukl_obj));
    }
    return c;
}

/*
 * The fast paths of Intrinsics.FAST_PATHS: what they do for an array that is there and a range
 * [off, off + len) inside it; anything else goes to the translated Java.
 */
#define UKL_RANGE_IN(a, off, len) \
    ((a) != 0 && ((off) | (len)) >= 0 && (off) <= ((ukl_array *) (a))->length - (len))

static inline int32_t ukl_load_be16(const uint8_t *p) {
    uint16_t v;
    __builtin_memcpy(&v, p, 2);
    return __builtin_bswap16(v);
}

static inline int32_t ukl_load_be32(const uint8_t *p) {
    uint32_t v;
    __builtin_memcpy(&v, p, 4);
    return (int32_t) __builtin_bswap32(v);
}

static inline void ukl_store_be16(uint8_t *p, int32_t v) {
    uint16_t w = __builtin_bswap16((uint16_t) v);
    __builtin_memcpy(p, &w, 2);
}

static inline void ukl_store_be32(uint8_t *p, int32_t v) {
    uint32_t w = __builtin_bswap32((uint32_t) v);
    __builtin_memcpy(p, &w, 4);
}

static inline int64_t ukl_load_be48(const uint8_t *p) {
    return (int64_t) ((uint64_t) (uint32_t) ukl_load_be16(p) << 32 | (uint32_t) ukl_load_be32(p + 2));
}

static inline void ukl_store_be48(uint8_t *p, int64_t v) {
    ukl_store_be16(p, (int32_t) (v >> 32));
    ukl_store_be32(p + 2, (int32_t) v);
}

/*
 * Checksum.add: acc plus the big-endian 16-bit words of p[0, len), an odd last byte padded with
 * zero. Two words per 32-bit load; the sum is the Java's to the bit, not only modulo 0xffff.
 */
static inline int64_t ukl_checksum_add(int64_t acc, const uint8_t *p, int32_t len) {
    uint64_t sum = (uint64_t) acc;
    int32_t i = 0;
    for (; len - i >= 4; i += 4) { /* not i + 4 <= len: that overflows near INT32_MAX */
        uint32_t w = (uint32_t) ukl_load_be32(p + i);
        sum += (w >> 16) + (w & 0xffff);
    }
    if (len - i >= 2) {
        sum += (uint32_t) ukl_load_be16(p + i);
        i += 2;
    }
    if (i < len) {
        sum += (uint32_t) p[i] << 8;
    }
    return (int64_t) sum;
}

/* System.arraycopy with the JDK's checks, in its order. */
static __attribute__((noinline)) void ukl_arraycopy_checked(ukl_obj *src, int32_t sp, ukl_obj *dst, int32_t dp, int32_t n) {
    if (src == 0 || dst == 0) {
        ukl_throw_npe();
        return;
    }
    const ukl_class *sc = src->cls, *dc = dst->cls;
    if (!(sc->flags & UKL_CLS_ARRAY)) {
        ukl_throw_store(src);
        return;
    }
    if (!(dc->flags & UKL_CLS_ARRAY)) {
        ukl_throw_store(dst);
        return;
    }
    int sprim = sc->component->flags & UKL_CLS_PRIMITIVE, dprim = dc->component->flags & UKL_CLS_PRIMITIVE;
    if ((sprim || dprim) && sc != dc) {
        ukl_throw_store(src);
        return;
    }
    int32_t sl = ((ukl_array *) src)->length, dl = ((ukl_array *) dst)->length;
    if (sp < 0 || n < 0 || sp > sl - n) {
        ukl_throw_index(sp < 0 ? sp : n < 0 ? n : sp + n, sl);
        return;
    }
    if (dp < 0 || dp > dl - n) {
        ukl_throw_index(dp < 0 ? dp : dp + n, dl);
        return;
    }
    int32_t es = sc->instance_size; /* an array class's instance_size is its element size */
    char *s = (char *) UKL_ARRAY_DATA(src) + (int64_t) sp * es;
    char *d = (char *) UKL_ARRAY_DATA(dst) + (int64_t) dp * es;
    if (sprim || ukl_is_subclass(sc, dc)) {
        __builtin_memmove(d, s, (uint64_t) n * (uint64_t) es);
        if (!dprim) {
            ukl_gc_remember(dst);
        }
        return;
    }
    /* Reference arrays of unrelated types: copy element by element up to the first misfit. */
    ukl_obj **se = (ukl_obj **) s, **de = (ukl_obj **) d;
    ukl_gc_remember(dst); /* nothing in the loop collects */
    for (int32_t i = 0; i < n; i++) {
        if (se[i] != 0 && !ukl_is_subclass(se[i]->cls, dc->component)) {
            ukl_throw_store(se[i]);
            return;
        }
        de[i] = se[i];
    }
}

/*
 * System.arraycopy: between two arrays of one primitive type, in bounds (the packet path's every
 * copy), a check of each and the move, inline; anything else takes the JDK's checks in their order
 * (a call the echo's nine copies a round trip paid ~45 instructions each for).
 */
static inline __attribute__((always_inline)) void ukl_arraycopy(ukl_obj *src, int32_t sp, ukl_obj *dst, int32_t dp, int32_t n) {
    if (__builtin_expect(src != 0 && dst != 0 && src->cls == dst->cls && (src->cls->flags & UKL_CLS_ARRAY)
                && (src->cls->component->flags & UKL_CLS_PRIMITIVE)
                && (sp | dp | n) >= 0 && sp <= ((ukl_array *) src)->length - n && dp <= ((ukl_array *) dst)->length - n, 1)) {
        int64_t es = src->cls->instance_size; /* an array class's instance_size is its element size */
        __builtin_memmove((char *) UKL_ARRAY_DATA(dst) + dp * es, (char *) UKL_ARRAY_DATA(src) + sp * es, (uint64_t) (n * es));
        return;
    }
    ukl_arraycopy_checked(src, sp, dst, dp, n);
}

/* Throwable.captureBacktrace: (method id, line) pairs, innermost first. */
static ukl_obj *ukl_backtrace(const ukl_class *int_array) {
    int32_t n = 0;
    for (ukl_frame *f = ukl_top; f; f = f->prev) {
        n++;
    }
    ukl_obj *a = ukl_new_array(int_array, 2 * n);
    if (a) {
        int32_t *d = UKL_ARRAY_DATA(a), i = 0;
        for (ukl_frame *f = ukl_top; f; f = f->prev) {
            d[i++] = f->method;
            d[i++] = f->line;
        }
    }
    return a;
}

/* A text of the image's (modified UTF-8) as ASCII for panic messages: other bytes become '?'. */
static void ukl_text_to_ascii(const char *text, char *buf, int32_t cap) {
    int32_t n = 0;
    for (; text[n] && n < cap - 1; n++) {
        buf[n] = (unsigned char) text[n] < 128 ? text[n] : '?';
    }
    buf[n] = 0;
}

/*
 * After a panic's message (ukl_boot.h, ukl_java_stack): the Java methods on the shadow-frame
 * chain, innermost first, as Throwable prints them ("\tat cls.method(File.java:line)"), so that a
 * CPU fault in a native or the runtime says which Java code it interrupted, read through the
 * method tables' accessors above.
 */
static void ukl_print_java_stack(void) {
    static const char heading[] = "ukl: Java stack at the panic, innermost first:\n";
    if (ukl_top) ukl_console_write(2, heading, sizeof heading - 1);
    int32_t depth = 0;
    for (ukl_frame *f = ukl_top; f && depth < 64; f = f->prev, depth++) {
        char line[256] = "\tat ";
        int32_t n = 4;
        const ukl_class *cls = ukl_method_class((uint32_t) f->method);
        const char *name = ukl_method_text((uint32_t) f->method, 0);
        const char *file = ukl_method_text((uint32_t) f->method, 1);
        if (!cls || !name) {
            continue; /* not a method id of this program: a corrupt frame, and the panic says enough */
        }
        ukl_text_to_ascii(cls->name, line + n, 100);
        while (line[n]) n++;
        line[n++] = '.';
        ukl_text_to_ascii(name, line + n, 60);
        while (line[n]) n++;
        line[n++] = '(';
        if (file) {
            ukl_text_to_ascii(file, line + n, 60);
            while (line[n]) n++;
        } else {
            const char *unknown = "Unknown Source";
            while (*unknown) line[n++] = *unknown++;
        }
        if (f->line >= 0) {
            char digits[12];
            int32_t d = 0, v = f->line;
            do digits[d++] = (char) ('0' + v % 10); while ((v /= 10) > 0);
            line[n++] = ':';
            while (d > 0) line[n++] = digits[--d];
        }
        line[n++] = ')';
        line[n++] = '\n';
        ukl_console_write(2, line, n);
    }
}

#include "ukl_arith.h"

#endif
