package ukl.kernel.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import ukl.libc.Libc;

/** The kernel's errno table and the stubs' agree: the same names with the same values. */
class ErrnoTest {
    @Test
    void everyErrnoMatchesLibc() {
        TreeMap<String, Integer> kernel = errnos(Errno.class);
        TreeMap<String, Integer> libc = errnos(Libc.class);
        assertEquals(libc, kernel, "Errno and Libc's E* constants differ; add or fix the constant on the other side");
        assertEquals(11, kernel.get("EAGAIN"));
        assertEquals(115, kernel.get("EINPROGRESS"));
    }

    private static TreeMap<String, Integer> errnos(Class<?> c) {
        TreeMap<String, Integer> out = new TreeMap<>();
        for (Field f : c.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && f.getType() == int.class && f.getName().matches("E[A-Z]+")) {
                try {
                    out.put(f.getName(), f.getInt(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return out;
    }
}
