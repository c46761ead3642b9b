package ukl.bench.kv;

import ukl.bench.run.BenchException;

/** One way to run a Redis-compatible server: kv-server as an image, either server in a Linux guest or on the host. */
sealed interface KvTarget permits ImageKvTarget, GuestKvTarget, HostKvTarget {
    /** Short, for tables and file names: {@code ukl-image}, {@code linux-redis}, … */
    String name();

    /** One line for people. */
    String description();

    /** Builds what {@link #start} needs (image, initramfs, jar); no timing covers it. */
    void prepare(KvLab lab) throws BenchException;

    /** Boots or starts the server and returns once it has answered PING. */
    RunningKv start(KvLab lab) throws BenchException;
}
