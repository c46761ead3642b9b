package ukl.kernel.arch;

/** x86-64 port I/O, time-stamp counter and what the boot stub learned (docs/contracts.md §5). */
public final class Cpu {
    private Cpu() {}

    public static native int inb(int port);

    public static native int inw(int port);

    public static native int inl(int port);

    public static native void outb(int port, int value);

    public static native void outw(int port, int value);

    public static native void outl(int port, int value);

    /** The time-stamp counter ({@code rdtsc}). */
    public static native long rdtsc();

    /** TSC ticks per second, calibrated by the boot stub against the PIT. */
    public static native long tscHz();

    /** Nanoseconds since 1970-01-01 UTC read from the CMOS clock at boot, and the TSC at that moment. */
    public static native long bootEpochNanos();

    public static native long bootTsc();

    /** 1 when CPUID leaf 1 sets ECX bit 30: the CPU has {@code rdrand} (QEMU's {@code -cpu max} has). */
    public static native int hasRdrand();

    /**
     * 64 bits from the CPU's random number generator ({@code rdrand}, retried while it reports no
     * value, at most ten times as Intel's guidance says); 0 if it never delivered. Call only when
     * {@link #hasRdrand()}.
     */
    public static native long rdrand();

    /** Spin-wait hint ({@code pause}). */
    public static native void pause();

    /**
     * Halts ({@code sti; hlt}) until legacy PIC line {@code irqLine} (0–15; -1: none) interrupts
     * or {@code nanos} pass, whichever comes first; the timer reaches at most about 54 ms, so a
     * longer wait returns early. Interrupts are off again on return; the caller polls for what
     * woke it (the boot stub's handler only acknowledges).
     */
    public static native void idle(int irqLine, long nanos);

    /** Ends the guest: QEMU exits with {@code 2 * status + 1} (isa-debug-exit). */
    public static native void exit(int status);

    /**
     * Stamps boot milestone {@code id} with the TSC, the first time only (boot-image's
     * {@code trace.c}; ids in {@code ukl.kernel.arch.BootTrace}). A process does nothing.
     */
    public static native void bootMark(int id);

    /** Prints the milestones stamped so far on COM2, once ({@code ukl.boottrace=1}). */
    public static native void bootReport();

    public static native int cmdlineLength();

    public static native int cmdlineByte(int index);
}
