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

    /** Images have no system properties but the line separator; anything else is null. */
    public static String getProperty(String key) {
        return key.equals("line.separator") ? "\n" : null;
    }

    public static String getProperty(String key, String def) {
        String value = getProperty(key);
        return value == null ? def : value;
    }

    /** The image's environment: its kernel command line's {@code ukl.*} options (kernel {@code Sys.getenv}). */
    public static String getenv(String name) {
        java.util.Objects.requireNonNull(name);
        return ukl.libc.Libc.getenv(name);
    }

    public static void gc() {}
}
