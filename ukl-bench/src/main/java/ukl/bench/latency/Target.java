package ukl.bench.latency;

import ukl.bench.run.BenchException;

/** One way to run the echo server: as a ukl image, in a Linux guest, or on the host. */
sealed interface Target permits FloorTarget, ImageTarget, LinuxGuestTarget, LoopbackTarget, ProcessTarget {
    /** Short, for tables and file names: {@code ukl-image}, {@code linux-c}, … */
    String name();

    /** One line for people. */
    String description();

    /** Builds what {@link #start} needs (image, initramfs, jar); no timing covers it. */
    void prepare(Lab lab) throws BenchException;

    /** Boots or starts the server and returns once it has echoed a first byte. */
    Server start(Lab lab, int memoryMiB) throws BenchException;

    /** Whether {@code start} boots QEMU (and so has a boot time and a memory size). */
    boolean inQemu();

    /**
     * Whether it is a point of comparison (the floor guest, the Linux guests, the host's JVM) rather
     * than ukl's own build. A baseline's scenario that fails is measured once more, and the report
     * says so with the first failure: a stall of the Linux guest's server should not fail the run
     * the way a stall of the image does. ukl's targets get one attempt.
     */
    boolean baseline();

    /** What its server speaks: TCP echo, unless it says otherwise. */
    default Transport transport() {
        return Transport.TCP;
    }
}
