/*
 * ukl_thread.h: green threads on one CPU (DESIGN.md, "threads"): per-thread runtime state, the
 * context switch, safepoint polls and the monitors' fast paths. The scheduler itself is Java, in
 * the kernel (ukl.kernel.sched); it reaches this file through the intrinsics of
 * ukl.kernel.sched.Context, and the generated program supplies the Java side of the slow paths
 * (ukl_monitor_enter_slow, ukl_monitor_exit_slow, ukl_scheduler_safepoint, ukl_thread_body,
 * ukl_throw_imse). Included by ukl_runtime.h, which declares the running thread's globals.
 *
 * Per-thread state. Translated code reads ukl_pending, ukl_top, ukl_stack_limit and ukl_lock_self
 * on its hot paths, so they stay plain globals that always describe the *running* thread; a switch
 * saves them into the outgoing thread's ukl_thread and loads the incoming one's. A thread costs
 * nothing extra until it switches.
 *
 * Preemption happens only at safepoints: the translator emits UKL_POLL() at loop back-edges and at
 * the entry of methods that may recurse (a method without loops or recursion ends soon), never in
 * the kernel's own methods (the kernel is not preemptible, as a classic Unix kernel, and its
 * monitor and scheduler code runs between polls). UKL_POLL counts down a budget and, when it runs
 * out, asks the scheduler whether the time slice is over: a clock read every UKL_POLL_BUDGET polls,
 * the same in the image and in the host test build, and with no interrupt handler touching Java
 * state (docs/contracts.md §6 keeps interrupts off while Java code runs).
 */
#ifndef UKL_THREAD_H
#define UKL_THREAD_H

#define UKL_LIKELY(x) __builtin_expect(!!(x), 1)


/* One thread's saved state. A new thread's lives at the top of its stack slot (see the stacks below). */
typedef struct ukl_thread {
    void *sp;                  /* saved stack pointer while not running */
    uint8_t *stack_base;       /* lowest byte of the stack */
    uint8_t *stack_limit;      /* frames below this throw StackOverflowError */
    uint8_t *stack_top;        /* one past the highest byte the frames may use */
    ukl_obj *pending;
    ukl_frame *top;
    uint64_t lock_self;        /* this thread's monitor word when it holds a lock once */
    struct ukl_thread *next;   /* live: every live thread (scanned by the collector); ended: the free slots */
    uint64_t slot_bytes;       /* the stack slot's size above its guard page */
} ukl_thread;

UKL_SHARED ukl_thread ukl_main_thread;
UKL_SHARED ukl_thread *ukl_current UKL_INITIAL(&ukl_main_thread);
UKL_SHARED ukl_thread *ukl_threads UKL_INITIAL(&ukl_main_thread); /* every live thread, linked through next */

/* ---- thread stacks ----
 *
 * Every thread but main has a slot in the platform's stack arena (ukl_boot.h: address space whose
 * pages are committed when first touched): a guard page, then the stack, its ukl_thread record at
 * the very top, the frames growing down from below it. A thread costs the pages its frames have
 * touched, not the size it reserved (the JDK's threads work so too). The stack limit keeps
 * UKL_STACK_RESERVE above the base as for main, so an overflow is a StackOverflowError long
 * before the guard page; the guard only stops code that skips the check.
 *
 * An ended thread still runs on its stack until it has switched away, so its slot is freed by the
 * next thread that runs (ukl_stacks_reap): all but the record's page are decommitted and the slot
 * waits on a free list for a thread of the same size. In a VM the pages come from a pool the
 * runtime fills with heap blocks (ukl_gc_take_raw) whenever the collector's tables are consistent:
 * at thread creation and switches, and from the page-fault handler when the collector is not
 * in the middle of a change (ukl_stacks_refill).
 */
#define UKL_PAGE 4096u

UKL_SHARED uint8_t *ukl_stacks_next;      /* the arena's unused part starts here */
UKL_SHARED ukl_thread *ukl_stacks_free;   /* slots of ended threads, linked through next */
UKL_SHARED ukl_thread *ukl_stacks_dead;   /* an ended thread not yet switched away from */

/* Gives the platform's stack pool the heap blocks it asks for, while the heap can spare them. */
static void ukl_stacks_top_up(void) {
    while (ukl_stacks_pool_want() > 0) {
        uint8_t *block = ukl_gc_take_raw();
        if (!block) {
            return;
        }
        ukl_stacks_pool_give(block, UKL_GC_BLOCK_BYTES);
    }
}

/* Called by the boot code's page-fault handler when its pool runs low (ukl_boot.h). */
void ukl_stacks_refill(void);
void ukl_stacks_refill(void) {
    ukl_stacks_top_up();
}

/* Frees the slot of the thread that ended last, once another thread runs. */
static void ukl_stacks_reap(void) {
    ukl_thread *t = ukl_stacks_dead;
    if (t) {
        ukl_stacks_dead = 0;
        ukl_stacks_decommit(t->stack_base, (uint8_t *) ((uintptr_t) t & ~(uintptr_t) (UKL_PAGE - 1)));
        t->next = ukl_stacks_free;
        ukl_stacks_free = t;
    }
}

/* A slot of `bytes` (a multiple of UKL_PAGE) above its guard page: its lowest stack byte, or null. */
static uint8_t *ukl_stacks_slot(uint64_t bytes) {
    for (ukl_thread **p = &ukl_stacks_free; *p; p = &(*p)->next) {
        if ((*p)->slot_bytes == bytes) {
            ukl_thread *t = *p;
            *p = t->next;
            return t->stack_base;
        }
    }
    if (!ukl_stacks_next) {
        ukl_stacks_next = (uint8_t *) (((uintptr_t) ukl_stacks_start + UKL_PAGE - 1) & ~(uintptr_t) (UKL_PAGE - 1));
    }
    if ((uint64_t) (ukl_stacks_end - ukl_stacks_next) < bytes + UKL_PAGE) {
        return 0;
    }
    uint8_t *guard = ukl_stacks_next;
    ukl_stacks_next += bytes + UKL_PAGE;
    ukl_stacks_guard(guard);
    return guard + UKL_PAGE;
}

/* Supplied by the generated program (Glue.java): the Java side. */
UKL_LINK void ukl_monitor_enter_slow(ukl_obj *o);
UKL_LINK void ukl_monitor_exit_slow(ukl_obj *o);
UKL_LINK void ukl_scheduler_safepoint(void);
UKL_LINK void ukl_scheduler_yield(void);
UKL_LINK void ukl_thread_body(void);
UKL_LINK void ukl_throw_imse(void);

/* ---- context switch (SysV x86-64: rbx, rbp, r12-r15 and rsp are callee-saved) ---- */

void ukl_ctx_switch(void **save_sp, void *load_sp);
void ukl_ctx_start(void);
static _Noreturn void ukl_thread_entry(void);

/*
 * Pushes the callee-saved registers on the outgoing stack, saves its stack pointer, loads the
 * incoming one and pops its registers: the collector finds a parked thread's register values on
 * its own stack, above its saved stack pointer. A new thread's stack holds zeroed registers and
 * the address of ukl_ctx_start, which aligns the stack as a call would (ABI §3.2.2) and enters
 * ukl_thread_entry.
 */
#ifdef UKL_OWNS_SHARED /* once per image: global symbols */
__asm__(".text\n"
        ".globl ukl_ctx_switch\n"
        "ukl_ctx_switch:\n"
        "\tpush %rbp\n\tpush %rbx\n\tpush %r12\n\tpush %r13\n\tpush %r14\n\tpush %r15\n"
        "\tmov %rsp, (%rdi)\n"
        "\tmov %rsi, %rsp\n"
        "\tpop %r15\n\tpop %r14\n\tpop %r13\n\tpop %r12\n\tpop %rbx\n\tpop %rbp\n"
        "\tret\n"
        ".globl ukl_ctx_start\n"
        "ukl_ctx_start:\n"
        "\tand $-16, %rsp\n"
        "\tcall ukl_thread_entry_c\n"
        "\tud2\n");

/* Called from ukl_ctx_start by name, hence not static. */
_Noreturn void ukl_thread_entry_c(void);
_Noreturn void ukl_thread_entry_c(void) {
    ukl_thread_entry();
}
#endif

/*
 * Switches from the running thread to `to`. noipa (see ukl_gc_collect): while this thread is
 * parked another may collect, so every caller up the chain must keep its references in memory or
 * in callee-saved registers, which ukl_ctx_switch pushes; no caller may keep one in a register
 * it believes this function leaves alone.
 */
static __attribute__((noipa)) void ukl_thread_switch(ukl_thread *to) {
    ukl_thread *from = ukl_current;
    if (to == from) {
        return;
    }
    from->pending = ukl_pending;
    from->top = ukl_top;
    from->stack_limit = ukl_stack_limit;
    ukl_pending = to->pending;
    ukl_top = to->top;
    ukl_stack_base = to->stack_base;
    ukl_stack_limit = to->stack_limit;
    ukl_lock_self = to->lock_self;
    ukl_current = to;
    ukl_ctx_switch(&from->sp, to->sp);
    ukl_stacks_reap();
    ukl_stacks_top_up();
}

static _Noreturn void ukl_thread_entry(void) {
    ukl_stacks_reap();
    ukl_stacks_top_up();
    ukl_thread_body();
    ukl_panic("a thread's body returned into the runtime: ukl.kernel.sched.Scheduler must switch away for good");
}

/*
 * Makes a thread with a stack of `bytes` (rounded up to pages) in a slot of the stack arena, the
 * same reserve below its limit as the main stack. Returns its handle (the ukl_thread's address)
 * for switchTo, or 0 when the stack is too small or the arena is full.
 */
static int64_t ukl_thread_create(int64_t bytes, int32_t id) {
    if (bytes < (int64_t) (2 * UKL_STACK_RESERVE) || bytes > (int64_t) 1 << 40) {
        return 0;
    }
    uint64_t size = ((uint64_t) bytes + UKL_PAGE - 1) & ~(uint64_t) (UKL_PAGE - 1);
    uint8_t *base = ukl_stacks_slot(size);
    if (!base) {
        return 0;
    }
    ukl_stacks_top_up();
    uint8_t *hi = (uint8_t *) (((uintptr_t) base + size - sizeof(ukl_thread)) & ~(uintptr_t) 15);
    ukl_thread *t = (ukl_thread *) hi;
    uint64_t *sp = (uint64_t *) hi;
    *--sp = 0;                           /* keeps the start's frame 16-byte aligned after ret */
    *--sp = (uint64_t) (uintptr_t) ukl_ctx_start;
    for (int i = 0; i < 6; i++) {
        *--sp = 0;                       /* rbp, rbx, r12-r15 */
    }
    *t = (ukl_thread) {.sp = sp,
                       .stack_base = base,
                       .stack_limit = base + UKL_STACK_RESERVE,
                       .stack_top = hi,
                       .lock_self = ((uint64_t) (uint32_t) id << 32) | UKL_LOCK_ONE,
                       .next = ukl_threads,
                       .slot_bytes = size};
    ukl_threads = t;
    return (int64_t) (uintptr_t) t;
}

/*
 * A thread that ended leaves the collector's list; it runs on its stack until it switches away for
 * good, and the next thread to run frees the slot (ukl_stacks_reap).
 */
static void ukl_thread_retire(int64_t handle) {
    ukl_thread *t = (ukl_thread *) (uintptr_t) handle;
    for (ukl_thread **p = &ukl_threads; *p; p = &(*p)->next) {
        if (*p == t) {
            *p = t->next;
            break;
        }
    }
    ukl_stacks_dead = t;
}

/* The collector's view of every thread (ukl_gc_mark_roots): pending exceptions and stacks. */
static void ukl_threads_mark(uintptr_t running_sp) {
    for (ukl_thread *t = ukl_threads; t; t = t->next) {
        if (t == ukl_current) {
            ukl_gc_mark_exact(ukl_pending);
            if (running_sp < (uintptr_t) ukl_stack_base || running_sp >= (uintptr_t) t->stack_top) {
                ukl_panic("garbage collection off the running thread's stack: allocate only from translated code");
            }
            ukl_gc_scan_conservative((const void *) running_sp, t->stack_top);
        } else {
            ukl_gc_mark_exact(t->pending);
            ukl_gc_scan_conservative(t->sp, t->stack_top);
        }
    }
}

/* ---- class initialisation (JVMS §5.5) ----
 *
 * A class being initialised records which thread does it in its init_state (ukl_object.h), so that
 * the generated init function tells that thread's recursive request (step 3: proceed) from
 * another thread's (step 2: wait until it is done or has failed). The other thread waits by
 * yielding: on one CPU the initialiser runs whenever the waiter does not, and when it sleeps
 * instead the waiter spins through the scheduler until it wakes.
 */
static inline int32_t ukl_init_running(void) {
    return (int32_t) (((uint32_t) (ukl_lock_self >> 32) << 2) | UKL_INIT_RUNNING);
}

static void ukl_class_init_wait(volatile int32_t *state) {
    while ((*state & UKL_INIT_MASK) == UKL_INIT_RUNNING) {
        ukl_scheduler_yield();
    }
}

/* ---- safepoints ---- */

#define UKL_POLL_BUDGET 4096
UKL_SHARED int32_t ukl_poll_budget UKL_INITIAL(UKL_POLL_BUDGET);

/* Whether a frame of the kernel is on the shadow stack: the kernel is never preempted. */
static int ukl_in_kernel(void) {
    static const char prefix[] = "ukl.kernel.";
    for (ukl_frame *f = ukl_top; f; f = f->prev) {
        const ukl_class *cls = ukl_method_class((uint32_t) f->method);
        if (!cls) {
            continue;
        }
        const char *c = cls->name;
        int32_t i = 0;
        while (prefix[i] && c[i] == prefix[i]) {
            i++;
        }
        if (!prefix[i]) {
            return 1;
        }
    }
    return 0;
}

/*
 * A poll whose budget ran out: the generated ukl_scheduler_safepoint asks the scheduler, unless a
 * kernel frame is on the stack. Reached through ukl_safepoint_stub, which saves every register
 * the ABI lets a call clobber (rax, rcx, rdx, rsi, rdi, r8-r11, xmm0-15) on the thread's own stack
 * and restores them: to gcc a poll clobbers no register, so a method's polls do not make its
 * callers spill around every call to it (a plain call would: the scheduler can reach
 * ukl_ctx_switch, an unknown function, and -fipa-ra would count every caller-saved register as
 * lost). While the thread is parked the saved values are on its stack, where the collector scans
 * them. Called by name from the stub, hence not static.
 */
#ifdef UKL_OWNS_SHARED /* once per image: global symbols */
void ukl_safepoint_c(void);
void ukl_safepoint_c(void) {
    ukl_poll_budget = UKL_POLL_BUDGET;
    ukl_scheduler_safepoint();
}

void ukl_safepoint_stub(void);
__asm__(".text\n"
        ".globl ukl_safepoint_stub\n"
        "ukl_safepoint_stub:\n"
        "\tpush %rax\n\tpush %rcx\n\tpush %rdx\n\tpush %rsi\n\tpush %rdi\n"
        "\tpush %r8\n\tpush %r9\n\tpush %r10\n\tpush %r11\n\tpush %rbx\n"
        "\tmov %rsp, %rbx\n\tand $-16, %rsp\n\tsub $256, %rsp\n"
        "\tmovdqa %xmm0, 0(%rsp)\n\tmovdqa %xmm1, 16(%rsp)\n\tmovdqa %xmm2, 32(%rsp)\n"
        "\tmovdqa %xmm3, 48(%rsp)\n\tmovdqa %xmm4, 64(%rsp)\n\tmovdqa %xmm5, 80(%rsp)\n"
        "\tmovdqa %xmm6, 96(%rsp)\n\tmovdqa %xmm7, 112(%rsp)\n\tmovdqa %xmm8, 128(%rsp)\n"
        "\tmovdqa %xmm9, 144(%rsp)\n\tmovdqa %xmm10, 160(%rsp)\n\tmovdqa %xmm11, 176(%rsp)\n"
        "\tmovdqa %xmm12, 192(%rsp)\n\tmovdqa %xmm13, 208(%rsp)\n\tmovdqa %xmm14, 224(%rsp)\n"
        "\tmovdqa %xmm15, 240(%rsp)\n"
        "\tcall ukl_safepoint_c\n"
        "\tmovdqa 0(%rsp), %xmm0\n\tmovdqa 16(%rsp), %xmm1\n\tmovdqa 32(%rsp), %xmm2\n"
        "\tmovdqa 48(%rsp), %xmm3\n\tmovdqa 64(%rsp), %xmm4\n\tmovdqa 80(%rsp), %xmm5\n"
        "\tmovdqa 96(%rsp), %xmm6\n\tmovdqa 112(%rsp), %xmm7\n\tmovdqa 128(%rsp), %xmm8\n"
        "\tmovdqa 144(%rsp), %xmm9\n\tmovdqa 160(%rsp), %xmm10\n\tmovdqa 176(%rsp), %xmm11\n"
        "\tmovdqa 192(%rsp), %xmm12\n\tmovdqa 208(%rsp), %xmm13\n\tmovdqa 224(%rsp), %xmm14\n"
        "\tmovdqa 240(%rsp), %xmm15\n"
        "\tmov %rbx, %rsp\n"
        "\tpop %rbx\n\tpop %r11\n\tpop %r10\n\tpop %r9\n\tpop %r8\n"
        "\tpop %rdi\n\tpop %rsi\n\tpop %rdx\n\tpop %rcx\n\tpop %rax\n"
        "\tret\n");
#endif

/*
 * The poll: a decrement and a branch. The call steps over the 128-byte red zone (SysV ABI §3.2.2)
 * that the host build lets a function keep below its stack pointer; the image has none.
 */
#define UKL_POLL()                                                                                       \
    do {                                                                                                 \
        if (UKL_UNLIKELY(--ukl_poll_budget < 0))                                                         \
            __asm__ volatile("lea -128(%%rsp), %%rsp\n\tcall ukl_safepoint_stub\n\tlea 128(%%rsp), %%rsp" \
                             :                                                                           \
                             :                                                                           \
                             : "memory");                                                                \
    } while (0)

/* ---- monitors (JVMS §2.11.10, §6.5 monitorenter/monitorexit) ----
 *
 * The lock word is the header's GC word: bits 0-1 the collector's (UKL_GC_BITS), bit 2
 * UKL_LOCK_CONTENDED (a thread waits to enter), bits 3-31 the recursion count, bits 32-63 the
 * owner's thread id (0: free). Threads switch only at safepoints and no safepoint lies between a
 * lock word's read and write, so plain loads and stores are atomic here; the slow paths (another
 * owner, a contender to wake) are ukl.kernel.sched.Monitors. With SMP the word would need a
 * compare-and-swap.
 */
static inline void ukl_monitor_enter(ukl_obj *o) {
    uint64_t g = o->gc;
    if (UKL_LIKELY(g >> 32 == 0)) {
        o->gc = g | ukl_lock_self;
    } else if (UKL_LIKELY(g >> 32 == ukl_lock_self >> 32) && (g & UKL_LOCK_COUNT) != UKL_LOCK_COUNT) {
        o->gc = g + UKL_LOCK_ONE;
    } else {
        ukl_monitor_enter_slow(o);
    }
}

/*
 * Returns 0 and leaves IllegalMonitorStateException pending when this thread is not the owner.
 * The common case comes first: one comparison says "owned once by this thread, no contender"
 * (the owner check it implies is the one below), so leaving costs a load, a mask, a compare and
 * a store.
 */
static inline int ukl_monitor_exit(ukl_obj *o) {
    uint64_t g = o->gc;
    if (UKL_LIKELY((g & ~(uint64_t) UKL_GC_BITS) == ukl_lock_self)) {
        o->gc = g & UKL_GC_BITS;
        return 1;
    }
    if (UKL_UNLIKELY(g >> 32 != ukl_lock_self >> 32)) {
        ukl_throw_imse();
        return 0;
    }
    if ((g & UKL_LOCK_COUNT) != UKL_LOCK_ONE) {
        o->gc = g - UKL_LOCK_ONE;
    } else {
        ukl_monitor_exit_slow(o);
    }
    return 1;
}

#endif
