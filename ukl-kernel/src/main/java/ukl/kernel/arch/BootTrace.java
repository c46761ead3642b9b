package ukl.kernel.arch;

/**
 * Boot milestones stamped with the TSC (here, beside the natives it calls, so that drivers may mark too), for the kernel option {@code ukl.boottrace=1}: where the
 * time from QEMU's start to the first echoed byte goes. The boot code stamps its own (PVH entry,
 * memory, TSC calibration, wall clock: boot-image's {@code trace.c}); the kernel adds these, and the
 * report goes to standard error when the program first sends on a socket (the server answers its
 * first client), or at exit, so that printing it is not part of what it reports:
 *
 * <pre>
 * ukl: boottrace: 33.416 ms (+0.512) nic up
 * </pre>
 *
 * Times are since the guest's TSC started, which under QEMU is about when its vCPU first ran.
 * Without the option (and on the JVM, where the kernel's tests run) nothing is stamped.
 */
public final class BootTrace {
    /**
     * {@code Kernel.boot} began: the runtime's and {@code Start}'s class initialisers have run
     * (stamped there always, before the options are known; the image alone runs it).
     */
    public static final int JAVA_START = 6;
    /** The platform is up and the command line parsed. */
    public static final int KERNEL_OPTIONS = 7;
    /** The first socket call brings the socket layer up: the NIC probe begins. */
    public static final int FIRST_SOCKET = 8;

    public static final int PCI_SCANNED = 9;
    /** The NIC's driver has reset, negotiated and given the device its queues. */
    public static final int NIC_UP = 10;

    public static final int SOCKETS_READY = 11;
    public static final int LISTEN = 12;
    public static final int ACCEPT = 13;
    public static final int FIRST_SEND = 14;
    /**
     * The NIC's first frame received (frames the host sent while the NIC was down wait in the tap).
     * The network stack above the driver marks nothing: it runs on the JVM too, and the rest of its
     * way to the first reply is between this and {@link #ACCEPT}.
     */
    public static final int FIRST_FRAME = 15;

    private static boolean enabled;

    private BootTrace() {}

    /** From the kernel option, once the command line is parsed (in the image only). */
    public static void enable(boolean on) {
        enabled = on && Host.isProcess() == 0;
        mark(KERNEL_OPTIONS);
    }

    /** Stamps milestone {@code id} (the first time only). */
    public static void mark(int id) {
        if (enabled) {
            Cpu.bootMark(id);
        }
    }

    /** Prints the report if it has not been (at exit: a program that never sent). */
    public static void reportNow() {
        if (enabled) {
            Cpu.bootReport();
        }
    }

    /** Stamps {@code id} and prints the report (once). */
    public static void report(int id) {
        if (enabled) {
            Cpu.bootMark(id);
            Cpu.bootReport();
        }
    }
}
