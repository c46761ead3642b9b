package ukl.kernel.sys;

import ukl.kernel.arch.Cpu;
import ukl.kernel.console.Console;
import ukl.kernel.time.Clock;
import ukl.libc.Libc;

/** Kernel implementations of the libc-style system calls. */
public final class Sys {
    private Sys() {}

    /** {@code write(2)}: descriptors 1 and 2 are the serial console. */
    public static long write(int fd, byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 0 || off > buf.length - len) {
            return -Libc.EFAULT;
        }
        if (fd == 1 || fd == 2) {
            Console.write(fd, buf, off, len);
            return len;
        }
        return -Libc.EBADF;
    }

    /** {@code clock_gettime(2)}: {@code ts[0]} seconds, {@code ts[1]} nanoseconds. */
    public static int clock_gettime(int clockId, long[] ts) {
        long nanos;
        if (clockId == Libc.CLOCK_MONOTONIC) {
            nanos = Clock.monotonicNanos();
        } else if (clockId == Libc.CLOCK_REALTIME) {
            nanos = Clock.realtimeNanos();
        } else {
            return -Libc.EINVAL;
        }
        if (ts == null || ts.length < 2) {
            return -Libc.EFAULT;
        }
        ts[0] = nanos / 1_000_000_000L;
        ts[1] = nanos % 1_000_000_000L;
        return 0;
    }

    /** {@code exit(3)}: the guest ends and QEMU reports {@code status}. */
    public static void exit(int status) {
        Cpu.exit(status);
    }
}
