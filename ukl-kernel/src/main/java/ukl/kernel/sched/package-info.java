/**
 * Threads: green threads on one CPU (DESIGN.md, "threads").
 *
 * <p><b>Threads.</b> A Java thread is a {@link ukl.kernel.sched.KThread}: a stack in the
 * platform's stack arena (256 KiB by default, {@code Thread}'s {@code stackSize} otherwise), whose
 * pages are committed as the thread touches them, as a JDK thread's are (a thread blocked in a
 * socket read costs a few pages: a thousand fit a 64 MiB guest); the runtime's per-thread record at
 * its top (ukl-translator's {@code ukl_thread.h}: saved stack pointer, stack bounds, pending
 * exception, shadow-frame chain); and the scheduler's state. The
 * class library names a thread by the opaque token {@code Libc.thread_start} returns, and the
 * kernel runs the {@code java.lang.Thread} itself as the body ({@link
 * ukl.kernel.sched.Scheduler#threadMain}), reporting an uncaught exception to the thread's handler
 * and notifying the Thread's monitor when it ends, as the JVM does.
 *
 * <p><b>Scheduling.</b> A FIFO run queue, round robin, no priorities. A thread runs until it
 * blocks (park, sleep, wait, a contended monitor, the exit rule), yields, or reaches a safepoint
 * after a 10 ms slice. Safepoints are polls the translator emits at loop back-edges and at the
 * entry of methods that call others, in application and class-library code only: the kernel is
 * not preemptible, so its data structures (the network stack, this package) need no locks, and
 * monitor operations, which are kernel code or runtime fast paths without polls, are atomic. A
 * poll counts down a budget and asks {@link ukl.kernel.sched.Scheduler#safepoint} every few
 * thousand polls, which reads the clock: no interrupt handler touches Java state.
 *
 * <p><b>Waiting.</b> park, sleep and wait block with a deadline on the kernel clock
 * ({@link ukl.kernel.sched.Timers}). The system calls' one waiting primitive ({@code sys.Waiter})
 * does not park: it must drive the network, so it polls, yielding to the other runnable threads
 * each round, and halts the machine only when every runnable thread is such a poller. When no
 * thread can run, the scheduler halts until the earliest deadline; when none has one either,
 * nothing can wake a thread and the image reports the deadlock and exits with status 1 (the JVM
 * would hang).
 *
 * <p><b>Interrupts.</b> {@link ukl.kernel.sched.Scheduler#interrupt} sets the status, wakes a
 * thread parked, sleeping or waiting, and marks it so that a wait in a system call under way
 * returns {@code -EINTR} at the Waiter's next round (a waiting thread polls, so it is runnable);
 * a wait that begins forgets older marks. What {@code -EINTR} means is the class library's affair
 * (java.net.SocketDescriptor): an interruptible channel closed, a selection that returns, a
 * java.net socket that waits on. Nothing of it runs in a call that does not wait.
 *
 * <p><b>Monitors.</b> The lock word is the object header's GC word: owner thread id, recursion
 * count, a contended bit. Entering a free monitor or re-entering one's own, and leaving without
 * contenders, are a few instructions in the runtime; {@link ukl.kernel.sched.Monitors} queues
 * contenders and waiters.
 *
 * <p><b>Collection.</b> The collector runs in the allocating thread; every other thread is parked
 * in a switch, whose frame holds its callee-saved registers, so the world is stopped by
 * construction and the collector scans each thread's stack from its saved stack pointer, and its
 * pending exception.
 *
 * <p><b>SMP</b> would change three things: the lock word would change by compare-and-swap (with
 * a brief spin before queueing), the kernel's structures would need locks or per-CPU ownership
 * instead of "no polls here", and a collection would need a handshake: the collecting CPU sets the
 * poll flag and waits until every other CPU's thread has parked at a safepoint.
 *
 * <p>Depends on {@code arch} (idle, exit), {@code time} (the clock) and {@code console} (the
 * deadlock report); {@code sys} depends on it.
 */
package ukl.kernel.sched;
