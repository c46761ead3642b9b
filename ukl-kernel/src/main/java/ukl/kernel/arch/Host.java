package ukl.kernel.arch;

/**
 * The Linux system calls of the process platform (docs/contracts.md §5): when an image is linked
 * as a Linux executable instead of a PVH guest, these are its only ways out of the process. The
 * process runtime (boot-image's {@code ukl/process/ukl_natives.h}) makes each one raw system call;
 * the PVH image's header answers {@link #isProcess()} with 0 and defines the others as panics that
 * gcc drops, because every call sits behind that constant ({@code ukl.kernel.platform.Platform}).
 *
 * <p>Results follow the kernel's convention: a count or a descriptor, or {@code -errno}.
 */
public final class Host {
    private Host() {}

    /** 1 in a Linux process, 0 in a PVH guest: a constant of the header, so gcc folds every test of it. */
    public static native int isProcess();

    /** {@code write(2)} of {@code buf[off, off+len)}. */
    public static native long write(int fd, byte[] buf, int off, int len);

    /** {@code read(2)} into {@code buf[off, off+len)}. */
    public static native long read(int fd, byte[] buf, int off, int len);

    /** {@code clock_gettime(2)} of {@code clock} (0 CLOCK_REALTIME, 1 CLOCK_MONOTONIC) in nanoseconds. */
    public static native long clockNanos(int clock);

    /** {@code getrandom(2)} into {@code buf[off, off+len)}, flags 0: the count filled, or -errno. */
    public static native long getrandom(byte[] buf, int off, int len);

    /**
     * {@code ppoll(2)} for input on {@code fdA} and {@code fdB} (either -1: not watched) for at most
     * {@code nanos} (negative: no limit); bit 0 set when {@code fdA} is ready, bit 1 for {@code fdB}
     * (a hang-up or an error counts as ready: the read that follows tells which), 0 on timeout.
     */
    public static native int waitInput(int fdA, int fdB, long nanos);

    /**
     * The tap device the runtime opened before {@code main} (O_NONBLOCK, IFF_TAP | IFF_NO_PI) from the
     * kernel option {@code ukl.tap=<name>}; -1 without that option. It is opened before the seccomp
     * filter is installed, so the filter need not allow {@code open} or {@code ioctl}.
     */
    public static native int tapDescriptor();
}
