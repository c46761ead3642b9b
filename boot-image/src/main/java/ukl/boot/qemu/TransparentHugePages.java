package ukl.boot.qemu;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.function.Consumer;

/**
 * Keeps the QEMU processes this JVM starts off transparent huge pages. QEMU asks for them
 * (madvise) on its guest RAM and its TCG code buffer, and on this project's hosts (virtual machines
 * themselves) the first touch of a huge page sometimes stalls: 6 of 40 boots of the hello image to
 * its exit took 125–275 ms against a median of 100 ms, and without huge pages none of 40 did
 * (median 106 ms, at most 111). The switch is {@code prctl(PR_SET_THP_DISABLE)} on this process,
 * which its children inherit across exec; the JVM itself uses no huge pages unless told to. It
 * needs native access ({@code --enable-native-access=ALL-UNNAMED}: scripts/bench's JVM and
 * Maven's in this repository, {@code .mvn/jvm.config}, have it); without it nothing changes.
 */
public final class TransparentHugePages {
    private static final int PR_SET_THP_DISABLE = 41;
    private static final int PR_GET_THP_DISABLE = 42;

    private static Boolean offForChildren;

    private TransparentHugePages() {}

    /**
     * Turns transparent huge pages off for the processes this JVM starts from now on, the first
     * time it is called (logging what it did); returns whether they are off.
     */
    public static synchronized boolean offForChildren(Consumer<String> log) {
        if (offForChildren == null) {
            offForChildren = turnOff(log);
        }
        return offForChildren;
    }

    private static boolean turnOff(Consumer<String> log) {
        if (!TransparentHugePages.class.getModule().isNativeAccessEnabled()) {
            log.accept("qemu: transparent huge pages stay on for QEMU (its start sometimes stalls on them): give"
                    + " the JVM --enable-native-access=ALL-UNNAMED to turn them off");
            return false;
        }
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle prctl = linker.downcallHandle(
                    linker.defaultLookup().find("prctl").orElseThrow(),
                    FunctionDescriptor.of(
                            ValueLayout.JAVA_INT,
                            ValueLayout.JAVA_INT,
                            ValueLayout.JAVA_LONG,
                            ValueLayout.JAVA_LONG,
                            ValueLayout.JAVA_LONG,
                            ValueLayout.JAVA_LONG));
            int set = (int) prctl.invokeExact(PR_SET_THP_DISABLE, 1L, 0L, 0L, 0L);
            int now = (int) prctl.invokeExact(PR_GET_THP_DISABLE, 0L, 0L, 0L, 0L);
            boolean off = set == 0 && now == 1;
            log.accept(
                    off
                            ? "qemu: transparent huge pages off for QEMU (prctl PR_SET_THP_DISABLE, inherited)"
                            : "qemu: prctl(PR_SET_THP_DISABLE) failed; transparent huge pages stay on for QEMU");
            return off;
        } catch (Throwable e) { // not Linux, or no prctl: QEMU runs as before
            log.accept("qemu: transparent huge pages stay on for QEMU: " + e);
            return false;
        }
    }
}
