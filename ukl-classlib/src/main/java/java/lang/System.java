package java.lang;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import ukl.libc.Libc;

/**
 * Standard streams, clocks and exit, all through {@code ukl.libc.Libc} (contracts §3). The three
 * streams are not final so that {@link #setIn}, {@link #setOut} and {@link #setErr} can replace
 * them; application code, compiled against the JDK, reads them with getstatic either way.
 */
public final class System {
    private static final ConsoleStream STDOUT = new ConsoleStream(1, null);

    public static PrintStream out = new PrintStream(STDOUT, true);
    public static PrintStream err = new PrintStream(new ConsoleStream(2, STDOUT), true);
    /** Descriptor 0, buffered like the JDK's; its buffer is allocated on the first read. */
    public static InputStream in = new BufferedInputStream(new ConsoleInput(STDOUT));

    private System() {}

    public static void setIn(InputStream in) {
        System.in = in;
    }

    /** The JDK's console stream flushes on every write, so nothing printed before is left behind. */
    public static void setOut(PrintStream out) {
        System.out.flush();
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err.flush();
        System.err = err;
    }

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native int identityHashCode(Object x);

    public static long nanoTime() {
        long[] ts = new long[2];
        Libc.clock_gettime(Libc.CLOCK_MONOTONIC, ts);
        return ts[0] * 1_000_000_000L + ts[1];
    }

    public static long currentTimeMillis() {
        long[] ts = new long[2];
        Libc.clock_gettime(Libc.CLOCK_REALTIME, ts);
        return ts[0] * 1000L + ts[1] / 1_000_000L;
    }

    /** Flushes both streams and ends the program with {@code status}. */
    public static void exit(int status) {
        out.flush();
        err.flush();
        Libc.exit(status);
    }

    public static String lineSeparator() {
        return "\n";
    }

    /**
     * The image's system properties: what describes the platform (an image is not a JVM on an
     * operating system: {@code os.name} is {@code ukl}, the file system is a single root), then
     * whatever {@link #setProperty} put. Made on first use, so images that never ask carry none.
     */
    private static java.util.HashMap<String, String> properties;

    private static java.util.HashMap<String, String> properties() {
        if (properties == null) {
            java.util.HashMap<String, String> p = new java.util.HashMap<>();
            p.put("java.version", "25");
            p.put("java.specification.version", "25");
            p.put("java.vendor", "ukl");
            p.put("java.vm.name", "ukl");
            p.put("os.name", "ukl");
            p.put("os.arch", "amd64");
            p.put("os.version", "0.1");
            p.put("file.separator", "/");
            p.put("path.separator", ":");
            p.put("line.separator", "\n");
            p.put("file.encoding", "UTF-8");
            p.put("native.encoding", "UTF-8");
            p.put("stdout.encoding", "UTF-8");
            p.put("user.dir", "/");
            p.put("user.home", "/");
            p.put("user.name", "ukl");
            p.put("java.io.tmpdir", "/tmp");
            properties = p;
        }
        return properties;
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    public static String getProperty(String key) {
        checkKey(key);
        return properties().get(key);
    }

    public static String getProperty(String key, String def) {
        String value = getProperty(key);
        return value == null ? def : value;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        return properties().put(key, java.util.Objects.requireNonNull(value));
    }

    public static String clearProperty(String key) {
        checkKey(key);
        return properties().remove(key);
    }

    /** The image's environment: its kernel command line's {@code ukl.*} options (kernel {@code Sys.getenv}). */
    public static String getenv(String name) {
        java.util.Objects.requireNonNull(name);
        return ukl.libc.Libc.getenv(name);
    }

    /**
     * Empty and unmodifiable: getenv(3) looks names up one at a time, so the kernel options that
     * {@link #getenv(String)} finds cannot be listed here.
     */
    public static java.util.Map<String, String> getenv() {
        return java.util.Map.of();
    }

    /** A full collection, which also clears the weak references to what it frees (java.lang.ref). */
    public static void gc() {
        Runtime.getRuntime().gc();
    }
}
