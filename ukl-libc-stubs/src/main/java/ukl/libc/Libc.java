package ukl.libc;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * libc functions as static methods. Each returns {@code -errno} on failure (see the package
 * documentation); the constants are Linux x86-64's values.
 */
public final class Libc {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EFAULT = 14;
    public static final int EINVAL = 22;
    public static final int EPIPE = 32;
    public static final int ENOSYS = 38;
    public static final int ENOTSOCK = 88;
    public static final int EOPNOTSUPP = 95;
    public static final int EAFNOSUPPORT = 97;
    public static final int EADDRINUSE = 98;
    public static final int ECONNABORTED = 103;
    public static final int ECONNRESET = 104;
    public static final int EISCONN = 106;
    public static final int ENOTCONN = 107;
    public static final int ETIMEDOUT = 110;
    public static final int ECONNREFUSED = 111;
    public static final int EINPROGRESS = 115;

    public static final int CLOCK_REALTIME = 0;
    public static final int CLOCK_MONOTONIC = 1;

    private Libc() {}

    /** {@code write(2)} of {@code buf[off, off+len)}. */
    public static long write(int fd, byte[] buf, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment native_ = arena.allocate(Math.max(len, 1));
            MemorySegment.copy(buf, off, native_, ValueLayout.JAVA_BYTE, 0, len);
            MemorySegment state = arena.allocate(Native.CALL_STATE);
            long n = (long) Native.WRITE.invokeExact(state, fd, native_, (long) len);
            return n < 0 ? -Native.errno(state) : n;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code read(2)} into {@code buf[off, off+len)}. */
    public static long read(int fd, byte[] buf, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment native_ = arena.allocate(Math.max(len, 1));
            MemorySegment state = arena.allocate(Native.CALL_STATE);
            long n = (long) Native.READ.invokeExact(state, fd, native_, (long) len);
            if (n < 0) {
                return -Native.errno(state);
            }
            MemorySegment.copy(native_, ValueLayout.JAVA_BYTE, 0, buf, off, (int) n);
            return n;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code clock_gettime(2)}: fills {@code ts[0]} with seconds and {@code ts[1]} with nanoseconds. */
    public static int clock_gettime(int clockId, long[] ts) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment timespec = arena.allocate(16, 8);
            MemorySegment state = arena.allocate(Native.CALL_STATE);
            int r = (int) Native.CLOCK_GETTIME.invokeExact(state, clockId, timespec);
            if (r < 0) {
                return -Native.errno(state);
            }
            ts[0] = timespec.get(ValueLayout.JAVA_LONG, 0);
            ts[1] = timespec.get(ValueLayout.JAVA_LONG, 8);
            return 0;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code exit(3)}: ends the process with {@code status}. */
    public static void exit(int status) {
        try {
            Native.EXIT.invokeExact(status);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** Method handles into the host's libc, made on first use. */
    private static final class Native {
        static final Linker LINKER = Linker.nativeLinker();
        static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
        static final java.lang.foreign.StructLayout CALL_STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO_HANDLE =
                CALL_STATE.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));

        static final MethodHandle WRITE = downcall("write",
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), ERRNO);
        static final MethodHandle READ = downcall("read",
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), ERRNO);
        static final MethodHandle CLOCK_GETTIME = downcall("clock_gettime",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS), ERRNO);
        static final MethodHandle EXIT = downcall("exit", FunctionDescriptor.ofVoid(ValueLayout.JAVA_INT));

        private static MethodHandle downcall(String name, FunctionDescriptor fd, Linker.Option... options) {
            MemorySegment symbol = LINKER.defaultLookup().find(name)
                    .orElseThrow(() -> new UnsatisfiedLinkError("libc has no symbol " + name));
            return LINKER.downcallHandle(symbol, fd, options);
        }

        static int errno(MemorySegment state) {
            return (int) ERRNO_HANDLE.get(state, 0L);
        }

        static RuntimeException rethrow(Throwable t) {
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            return new IllegalStateException("libc call failed", t);
        }
    }
}
