/**
 * Atomic variables. Images run green threads on one vCPU, preempted only at safepoints (loop
 * back-edges and method entries; DESIGN.md, "threads"), so a read-compare-write with no call and
 * no loop in between cannot be interleaved with another thread: every atomic here is a plain
 * field updated by straight-line code. Update functions are called outside such a sequence and
 * retried with {@code compareAndSet}, as the JDK does. More than one vCPU would need real
 * compare-and-swap instructions here (an intrinsic in the translator).
 */
package java.util.concurrent.atomic;
