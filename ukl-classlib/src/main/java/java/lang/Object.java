package java.lang;

import ukl.libc.Libc;

public class Object {
    public Object() {}

    public final native Class<?> getClass();

    public native int hashCode();

    public boolean equals(Object obj) {
        return this == obj;
    }

    protected native Object clone() throws CloneNotSupportedException;

    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    /** JLS §17.2.1; the kernel's monitors (ukl.kernel.sched.Monitors) do the waiting. */
    public final void wait() throws InterruptedException {
        waitUntil(Long.MAX_VALUE);
    }

    public final void wait(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        waitUntil(timeoutMillis == 0 ? Long.MAX_VALUE : Thread.deadline(timeoutMillis, 0));
    }

    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeoutMillis value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && timeoutMillis < Long.MAX_VALUE) {
            timeoutMillis++;
        }
        wait(timeoutMillis);
    }

    /** Waits until notified, interrupted, or {@code deadline} (System.nanoTime time). */
    final void waitUntil(long deadline) throws InterruptedException {
        int r = Libc.monitor_wait(this, deadline);
        if (r == -Libc.EPERM) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
        if (r == -Libc.EINTR) {
            throw new InterruptedException();
        }
    }

    public final void notify() {
        if (Libc.monitor_notify(this, false) < 0) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
    }

    public final void notifyAll() {
        if (Libc.monitor_notify(this, true) < 0) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
    }
}
