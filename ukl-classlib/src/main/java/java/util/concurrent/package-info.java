/**
 * The image's {@code java.util.concurrent}: the JDK's API (checked against JDK 25 by this module's
 * tests) written for green threads on one vCPU that are preempted only at safepoints (DESIGN.md,
 * "threads"). Blocking goes through {@link java.util.concurrent.locks.AbstractQueuedSynchronizer}
 * and {@link java.util.concurrent.locks.LockSupport}; short critical sections hold a monitor, so
 * every class is also correct on the JVM's real threads, where ConcurrentTest and
 * ConcurrentCorpusOutputTest run it. Atomics are plain fields (see the atomic package).
 *
 * <p>What programs see follows the JDK: exception types and messages, {@code toString},
 * ConcurrentHashMap's iteration order (its table layout and resizing are the JDK's),
 * CompletableFuture's wrapping of failures in CompletionException, ThreadPoolExecutor's policy.
 * What they cannot see is simpler than the JDK's: ConcurrentSkipListMap is a TreeMap under a
 * monitor, the concurrent linked queues an ArrayDeque under one, ForkJoinPool a plain pool whose
 * join runs unstarted tasks inline, Phaser and Exchanger a few fields under one lock. Time:
 * ScheduledThreadPoolExecutor's workers wait in a DelayQueue for the earliest task, parking with a
 * deadline (in an image, on the kernel's timers), and CompletableFuture's timeouts and delayed
 * executors are tasks of one such pool with a daemon thread (Delayer), started on first use.
 * Not here yet: Phaser tiering (a parent Phaser), LinkedTransferQueue, Flow/SubmissionPublisher,
 * StructuredTaskScope, and the atomic field updaters (they need reflection's Field).
 *
 * <p>Rules of this layer are those of {@code java.lang}: closed over this module, no lambdas.
 */
package java.util.concurrent;
