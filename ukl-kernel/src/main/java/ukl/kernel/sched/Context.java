package ukl.kernel.sched;

/**
 * The runtime's side of a thread (ukl-translator's {@code ukl_thread.h}): these natives are
 * translator intrinsics (docs/contracts.md §4), so they exist only in an image. A handle is the
 * address of the runtime's per-thread record, which lives at the top of the thread's stack.
 */
final class Context {
    private Context() {}

    /**
     * A new thread with a stack of {@code stackBytes} that starts in {@link Scheduler#threadMain()};
     * 0 when the stack is too small or there is no room for it. The stack is address space whose
     * pages are committed as the thread touches them (ukl_thread.h), freed when the thread ends.
     */
    static native long create(long stackBytes, int id);

    /** Runs the thread of {@code handle}; returns when another thread switches back to this one. */
    static native void switchTo(long handle);

    /** Bytes of stack pages the platform has committed for threads (ukl_boot.h). */
    static native long stackBytesCommitted();

    /** The main thread's handle. */
    static native long mainHandle();

    /** The thread of {@code handle} has ended: the collector no longer scans its stack. */
    static native void retire(long handle);

    /** The monitor word of {@code o} (ukl_thread.h: owner id, recursion count, contended bit). */
    static native long lockWord(Object o);

    static native void setLockWord(Object o, long word);
}
