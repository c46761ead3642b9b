package ukl.libc;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Method handles into the host's libc, made once when the class initialises. Every call that can
 * fail captures {@code errno} into a per-thread {@link Scratch#state} segment, read only on failure.
 */
final class Native {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO_HANDLE = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final ValueLayout I = ValueLayout.JAVA_INT;
    private static final ValueLayout J = ValueLayout.JAVA_LONG;
    private static final ValueLayout P = ValueLayout.ADDRESS;

    static final MethodHandle WRITE = downcall("write", FunctionDescriptor.of(J, I, P, J), ERRNO);
    static final MethodHandle READ = downcall("read", FunctionDescriptor.of(J, I, P, J), ERRNO);
    static final MethodHandle CLOCK_GETTIME = downcall("clock_gettime", FunctionDescriptor.of(I, I, P), ERRNO);
    static final MethodHandle GETRANDOM = downcall("getrandom", FunctionDescriptor.of(J, P, J, I), ERRNO);
    static final MethodHandle EXIT = downcall("exit", FunctionDescriptor.ofVoid(I));
    static final MethodHandle SOCKET = downcall("socket", FunctionDescriptor.of(I, I, I, I), ERRNO);
    static final MethodHandle BIND = downcall("bind", FunctionDescriptor.of(I, I, P, I), ERRNO);
    static final MethodHandle LISTEN = downcall("listen", FunctionDescriptor.of(I, I, I), ERRNO);
    static final MethodHandle ACCEPT = downcall("accept", FunctionDescriptor.of(I, I, P, P), ERRNO);
    static final MethodHandle CONNECT = downcall("connect", FunctionDescriptor.of(I, I, P, I), ERRNO);
    static final MethodHandle RECV = downcall("recv", FunctionDescriptor.of(J, I, P, J, I), ERRNO);
    static final MethodHandle SEND = downcall("send", FunctionDescriptor.of(J, I, P, J, I), ERRNO);
    static final MethodHandle CLOSE = downcall("close", FunctionDescriptor.of(I, I), ERRNO);
    static final MethodHandle SHUTDOWN = downcall("shutdown", FunctionDescriptor.of(I, I, I), ERRNO);
    static final MethodHandle SENDTO = downcall("sendto", FunctionDescriptor.of(J, I, P, J, I, P, I), ERRNO);
    static final MethodHandle RECVFROM = downcall("recvfrom", FunctionDescriptor.of(J, I, P, J, I, P, P), ERRNO);
    static final MethodHandle GETSOCKOPT = downcall("getsockopt", FunctionDescriptor.of(I, I, I, I, P, P), ERRNO);
    static final MethodHandle SETSOCKOPT = downcall("setsockopt", FunctionDescriptor.of(I, I, I, I, P, I), ERRNO);
    static final MethodHandle POLL = downcall("poll", FunctionDescriptor.of(I, P, J, I), ERRNO);
    static final MethodHandle GETSOCKNAME = downcall("getsockname", FunctionDescriptor.of(I, I, P, P), ERRNO);
    static final MethodHandle GETPEERNAME = downcall("getpeername", FunctionDescriptor.of(I, I, P, P), ERRNO);
    /** {@code int fcntl(int fd, int cmd, ...)}: the third argument is variadic (System V AMD64 ABI §3.5.7). */
    static final MethodHandle FCNTL =
            downcall("fcntl", FunctionDescriptor.of(I, I, I, I), ERRNO, Linker.Option.firstVariadicArg(2));

    /** {@code int ioctl(int fd, unsigned long request, ...)}: the third argument is variadic, a pointer here. */
    static final MethodHandle IOCTL =
            downcall("ioctl", FunctionDescriptor.of(I, I, J, P), ERRNO, Linker.Option.firstVariadicArg(2));

    private Native() {}

    @SuppressWarnings("restricted") // calling libc is this class's job; run with --enable-native-access
    private static MethodHandle downcall(String name, FunctionDescriptor fd, Linker.Option... options) {
        MemorySegment symbol = LINKER.defaultLookup()
                .find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError(
                        "the host's libc has no symbol " + name + "; ukl.libc needs a Linux glibc or musl"));
        return LINKER.downcallHandle(symbol, fd, options);
    }

    static int errno(MemorySegment state) {
        return (int) ERRNO_HANDLE.get(state, 0L);
    }

    /** A downcall declares {@code throws Throwable}; libc itself throws nothing, so this is a JVM error. */
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
