package ukl.kernel.sched;

/** Threads parked with a deadline, earliest first, linked through {@link KThread#nextTimer}. */
final class Timers {
    private KThread head;

    /** Adds {@code t} at its {@link KThread#deadline}, after those with the same deadline. */
    void add(KThread t) {
        t.timed = true;
        KThread prev = null;
        KThread q = head;
        while (q != null && q.deadline <= t.deadline) {
            prev = q;
            q = q.nextTimer;
        }
        t.nextTimer = q;
        if (prev == null) {
            head = t;
        } else {
            prev.nextTimer = t;
        }
    }

    void remove(KThread t) {
        if (!t.timed) {
            return;
        }
        t.timed = false;
        KThread prev = null;
        for (KThread q = head; q != null; prev = q, q = q.nextTimer) {
            if (q == t) {
                if (prev == null) {
                    head = q.nextTimer;
                } else {
                    prev.nextTimer = q.nextTimer;
                }
                q.nextTimer = null;
                return;
            }
        }
    }

    /** The earliest deadline, or {@link Long#MAX_VALUE} when none. */
    long next() {
        return head == null ? Long.MAX_VALUE : head.deadline;
    }

    /** The first thread whose deadline is at or before {@code now}, removed, or {@code null}. */
    KThread expired(long now) {
        KThread t = head;
        if (t == null || t.deadline > now) {
            return null;
        }
        head = t.nextTimer;
        t.nextTimer = null;
        t.timed = false;
        return t;
    }
}
