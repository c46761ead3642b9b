/**
 * The bytecode → C translator: a closed world of Java class files (already linked by
 * ukl-linker: no invokedynamic, every reference resolvable) becomes C that gcc compiles
 * freestanding into the image: one translation unit, or ({@link ukl.translator.Units}, what
 * images use) the application, three platform partitions and the program's data as separate
 * units whose platform text does not change with the application (docs/contracts.md §9). {@link ukl.translator.Translator} is the whole public
 * API, with the values it returns; everything else is package-private, one pass or one concern
 * per class.
 *
 * <h2>Object model</h2>
 * Every object starts with a 16-byte header: the class descriptor pointer and a GC word (bit 0 is
 * the collector's mark). Instance fields follow, superclass fields first, each
 * class's own fields sorted by size so that they pack without holes. Arrays add {@code int length}
 * and padding, with elements at offset 24 (8-aligned). A class descriptor ({@code ukl_class} in
 * {@code ukl_object.h}) is the {@code java.lang.Class} object itself: header, name, superclass,
 * component type, the superclass display for O(1) class tests (Cohen), the transitive interface
 * list, a reference map (offsets of reference fields, for the GC), the itable, flags, and the
 * vtable inline at the end. String literals are static {@code String} objects with static
 * {@code char[]}s, one per distinct text (interned).
 *
 * <h2>Memory</h2>
 * DESIGN.md's non-moving mark-sweep collector, {@code ukl_gc.h}, its geometry in
 * {@link ukl.translator.HeapLayout} (shown by {@link ukl.translator.Translator#heapDescription()}).
 * The RAM the boot code reports ({@code ukl_heap_start..end}, docs/contracts.md §6) minus the Java
 * stack is cut into 32 KiB blocks: a small block holds cells of one size class, an object over
 * 8 KiB takes a run of whole blocks. A per-block table turns any address into the start of the
 * object around it by arithmetic, so interior pointers and words that merely look like pointers
 * are resolved safely (a free cell has class word 0; block tails and free blocks hold no object).
 * An address one past an object that fills its cell exactly is the next cell's; translated code
 * never relies on one, because after a call that can collect it reaches an object only through
 * the object's own address (array accesses re-read the header for their null, bounds and store
 * checks), so gcc keeps that address live beside a loop's derived element pointers
 * ({@code ukl_gc_object_at} says what an optimisation dropping those reads must do instead).
 * Allocation is inlined at each site, without a call: it bumps a cursor through a block of its
 * size class that was zeroed in bulk when taken, or pops a free cell that the sweep zeroed (a
 * {@code new} passes its constant size, so the size class folds). Marking counts the live objects
 * per block; blocks with none are freed at once, the others are swept lazily when their size
 * class runs out of cells. The heap is generational with sticky mark bits: an object that
 * survives two young collections keeps its mark and is old (one that survives a full collection
 * at once), a young collection traces only the young plus the old objects whose card a reference
 * store dirtied, and every reference store
 * ({@code putfield}, {@code aastore}, {@code System.arraycopy}, {@code multianewarray}) is
 * followed by the write barrier {@code ukl_gc_remember}: a test of the object's mark, and for an
 * old object a card byte (ukl_gc.h, "generations"; {@code -DUKL_GC_VERIFY} makes the collector
 * check it). A quarter of the heap allocated, or a full heap, triggers a young collection; a full
 * one follows when that leaves less than a quarter free or does not make room,
 * and if that does not make room the preallocated {@code OutOfMemoryError} is thrown (a small
 * reserve of blocks is then lent to its handler, or to the report of an uncaught one).
 * Roots: static reference fields and {@code java.lang.Class}'s reference fields in each descriptor,
 * exactly, from the generated {@code ukl_static_roots}; {@code ukl_pending}; and the Java stack from
 * the stack pointer up, conservatively, after the callee-saved registers are spilled
 * ({@code __builtin_unwind_init}). Caller-saved registers are roots by construction, not by luck:
 * the two entries to a collection, {@code ukl_gc_collect} and {@code ukl_gc_collect_young}, are
 * {@code __attribute__((noipa))}, so gcc's
 * {@code -fipa-ra} cannot learn that it leaves some register alone and let a caller keep a
 * reference there across it (an SSE vector of two reference fields, say); every function that can
 * reach it then counts as clobbering the whole ABI set, and its callers spill. Heap objects are
 * scanned precisely: each class's reference map,
 * every element of a reference array, nothing in a primitive array. String literals and class
 * descriptors are static data outside the heap, never marked and never freed.
 *
 * <p>Memory shared with devices: the kernel hands out Java arrays ({@code ukl.kernel.hw.Dma}) and
 * keeps each in a static table, an exact root, so it is never freed; objects never move, so its
 * identity-mapped address stays valid; the collector writes only the header's GC word of live
 * objects (devices use the elements) and the header of dead ones. No C code outside the runtime may
 * be the only holder of a reference: the boot code's globals are not roots.
 *
 * <h2>Dispatch</h2>
 * What a call runs is what the JVM selects (JVMS §5.4.6, §6.5), as ukl-classmodel's resolver
 * computes it over the closed world. Virtual calls index the vtable, which has a slot for each
 * method that overrides none of the slots its class inherits (JVMS §5.4.5: a package-private
 * method of another package is not overridden, so a method of the same name may need a slot of its
 * own). Interface calls index an itable by selector colour: every
 * interface method is a selector, selectors implemented together by some class get different
 * colours, so each class's itable is small and a call is two loads plus an indirect call, like a
 * virtual call. The alternatives were a search of the interface list (not O(1)) or one global
 * table per interface method (large). Calls with a single possible target in the closed world are
 * direct, which lets gcc inline across application, library and kernel.
 *
 * <h2>Exceptions and stack traces</h2>
 * As DESIGN.md decides: the thrown object sits in {@code ukl_pending}; after each call that can
 * throw ({@link ukl.translator.Effects}) the caller tests it and jumps to the dispatch block for
 * the handlers covering the call site, in exception-table order, or unwinds. Null, bounds, cast,
 * store and divide checks are explicit branches to the same blocks (a bounds check inside a loop
 * that calls nothing unbounded compares with a copy of the array's length, {@link
 * ukl.translator.ArrayLengths}, which gcc keeps in a register). There is no null check of a
 * reference that cannot be null ({@link ukl.translator.Nullness}: {@code this}, a new object, a
 * literal, a final field that every constructor fills with a new object before {@code this} can
 * escape, {@link ukl.translator.NonNullFields}), and {@code Effects} counts no exception there, so
 * a getter of such a field or of its length cannot throw. Each activation links a
 * shadow frame (method id, current line) so {@code Throwable.captureBacktrace()} can walk it:
 * two stores on entry, one on exit, and the current line only where a stack trace can read it,
 * as the JVM's line table matters only there: before a call of a method below which anything can
 * read it (a Throwable made in the callee, or the report of a CPU fault in a native, shows this
 * frame; {@link ukl.translator.Effects} names the quiet methods below which nothing can), an array
 * allocation or a monitor operation, and inside the throwing branch of each explicit check (so a
 * loop of arithmetic, field and array accesses stores no line), each time the line differs from
 * the one last stored on that straight-line path.
 * Only a stack walk reads the chain: a Throwable's backtrace, a panic's Java stack and the
 * scheduler's "is a kernel frame on the stack" test at a safepoint (the collector scans the C
 * stack and needs no frames). So a leaf, a method from whose hot path nothing can walk it (no
 * allocation, monitor, handler or athrow, and calls only of methods that cannot throw and, in the
 * kernel, cannot poll), links its frame only while one of its own checks throws or a class
 * initialiser it triggers runs: the runtime's cold {@code ukl_throw_*_at} and
 * {@code ukl_class_init_at} build it in their own C frame for that run (ukl_runtime.h), so the
 * leaf keeps no frame at all and a Throwable's trace is the JVM's. A method whose allocations,
 * throws and calls of what can throw all lie on paths that end in a throw (an argument check that
 * builds its exception, {@code Objects.requireNonNull}) is frameless on its hot path as well: it
 * links its frame on each branch into such a path, before the exception's constructor captures the
 * chain, and unlinks it on the way out ({@code ThrowPaths}). The cost of that: a panic's
 * Java stack, taken while a leaf runs (a CPU fault in an intrinsic it calls), does not show the leaf,
 * as it would not show a method gcc inlined.
 *
 * <h2>Stack</h2>
 * {@code ukl_main} runs the program on a stack it carves from RAM before the heap, so its bounds
 * are known (the collector scans it):
 * recursive methods (on a cycle of the whole call graph) check their frame against a limit on
 * entry and raise {@code StackOverflowError}, and so does one method in every chain of more than
 * eight that can throw without checking ({@code Effects}), so that between two checks lie a bounded
 * number of frames, which the reserve kept below the limit holds.
 *
 * <h2>Threads</h2>
 * DESIGN.md's green threads on one CPU; the scheduler is the kernel's ({@code ukl.kernel.sched}),
 * the mechanism is the runtime's {@code ukl_thread.h}:
 * <ul>
 *   <li><b>Per-thread state.</b> {@code ukl_pending}, {@code ukl_top}, the stack bounds and the
 *       thread's monitor word stay globals, describing the running thread, so single-threaded
 *       code pays nothing; a switch saves them in the outgoing thread's record and loads the
 *       incoming one's, then swaps stacks with the callee-saved registers pushed on the old
 *       one ({@code ukl_ctx_switch}, ten instructions). A new thread's stack is a slot of the
 *       platform's stack arena (ukl_boot.h): a guard page, then pages committed when first
 *       touched (a VM's page-fault handler maps them from a pool of heap blocks); its record sits
 *       at the top, the stack keeps the main stack's reserve below its limit, so the stack check
 *       gives each thread its own {@code StackOverflowError}. The next thread to run frees an
 *       ended thread's slot for the next thread of its size.</li>
 *   <li><b>Safepoints.</b> {@code UKL_POLL()} (decrement a budget, branch if negative) at every
 *       backward jump and at the entry of every method on a cycle of the call graph,
 *       except in
 *       {@code ukl.kernel.*} and {@code RuntimeSupport}. The kernel is not preemptible, so its
 *       data structures need no locks, and a monitor operation, which is a runtime fast path or
 *       kernel code, never has a poll in the middle. When the budget runs out the scheduler reads
 *       the clock and switches if the time slice is over and another thread can run, unless a
 *       kernel frame is on the shadow stack. The call goes through a stub that saves every
 *       caller-saved register, so to gcc a poll clobbers nothing and costs its callers no spills.
 *       A counter rather than a flag set by the timer
 *       interrupt: the boot code keeps interrupts off while Java runs (docs/contracts.md §6), and
 *       the counter behaves the same in the image and in the host tests.</li>
 *   <li><b>Monitors.</b> The header's GC word doubles as the lock word: owner thread id (high
 *       32 bits), recursion count, a contended bit, the collector's mark and age bits. monitorenter on a free monitor
 *       is a load, a test and an or-store; re-entry an add; monitorexit without contenders a
 *       compare and a store. Another owner, or contenders to wake, go to the kernel's
 *       {@code Monitors}. No atomics: a switch happens only at a poll or in a blocking call.
 *       {@code ACC_SYNCHRONIZED} methods enter on entry (held in {@code M}) and leave before every
 *       return and on unwinding (JVMS §2.11.10), keeping the pending exception.</li>
 *   <li><b>Collection.</b> In the allocating thread; every other thread is parked inside
 *       {@code ukl_thread_switch}, which is {@code noipa} like {@code ukl_gc_collect} so that
 *       callers spill, and whose frame holds its callee-saved registers: the collector scans each
 *       thread's stack from its saved stack pointer, and marks each thread's pending exception.</li>
 *   <li><b>SMP</b> would need a compare-and-swap on the lock word, a flag poll (one load) instead
 *       of a private budget so another CPU can request a safepoint, and a handshake before a
 *       collection: the collector sets every CPU's flag and waits until all are parked.</li>
 * </ul>
 *
 * <h2>Natives</h2>
 * The class library's natives are intrinsics, bodies the translator emits ({@code Intrinsics},
 * docs/contracts.md §4). A {@code static native} of {@code ukl.kernel.arch} becomes a call of the C
 * function boot-image's {@code ukl_natives.h} defines; {@link ukl.translator.KernelNative} derives
 * its name and prototype from the Java declaration, and {@code program.c} declares every one after
 * including the header, so gcc checks the definition's types against Java's (§5).
 *
 * <h2>Static initialisation</h2>
 * JVMS §5.5: a class whose supertypes or itself have {@code <clinit>} gets an
 * init function and a state in its descriptor; new, getstatic, putstatic and invokestatic test the
 * state (except inside the class and its subclasses, where it is certainly initialised). The
 * running state names the initialising thread: its own recursive request proceeds, another thread
 * yields until the initialisation is done, or has failed and gives it NoClassDefFoundError.
 */
package ukl.translator;
