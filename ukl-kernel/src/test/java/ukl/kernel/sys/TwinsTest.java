package ukl.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import ukl.libc.Libc;

/** docs/contracts.md §1: every public static stub in Libc has a Sys twin with the same name and descriptor. */
class TwinsTest {
    @Test
    void everyLibcStubHasAKernelTwin() {
        TreeSet<String> stubs = publicStatics(Libc.class);
        TreeSet<String> missing = new TreeSet<>(stubs);
        missing.removeAll(publicStatics(Sys.class));
        assertEquals(new TreeSet<String>(), missing, "Libc stubs without a Sys twin");
        assertEquals(41, stubs.size(), "stubs: " + stubs);
    }

    private static TreeSet<String> publicStatics(Class<?> c) {
        TreeSet<String> out = new TreeSet<>();
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                out.add(m.getName() + Arrays.toString(m.getParameterTypes()) + m.getReturnType());
            }
        }
        return out;
    }
}
