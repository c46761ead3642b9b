package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;

/**
 * Map's default methods against the JDK's. Our Map interface is loaded renamed to
 * {@code shadow.Map} (its Map.Entry stays the JDK's), and two proxies implement the abstract
 * methods of ours and of the JDK's Map over equal HashMaps, running the interfaces' own default
 * methods for the rest; the same random calls must give the same results and contents.
 */
class MapDefaultsTest {
    private static final Class<?> OUR_MAP = loadOurMap();

    private static Class<?> loadOurMap() {
        try {
            byte[] original = Files.readAllBytes(Path.of("target/classes/java/util/Map.class"));
            ClassWriter writer = new ClassWriter(0);
            new ClassReader(original)
                    .accept(new ClassRemapper(writer, new SimpleRemapper("java/util/Map", "shadow/Map")), 0);
            byte[] renamed = writer.toByteArray();
            ClassLoader loader = new ClassLoader(MapDefaultsTest.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    if (!name.equals("shadow.Map")) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, renamed, 0, renamed.length);
                }
            };
            return loader.loadClass("shadow.Map");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Abstract methods go to the backing map, default methods run the interface's own code. */
    private static Object proxy(Class<?> mapInterface, Map<Object, Object> backing) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            try {
                return Map.class
                        .getMethod(method.getName(), method.getParameterTypes())
                        .invoke(backing, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(mapInterface.getClassLoader(), new Class<?>[] {mapInterface}, handler);
    }

    private static String call(Class<?> mapInterface, Object map, String name, Class<?>[] types, Object... args) {
        try {
            return String.valueOf(mapInterface.getMethod(name, types).invoke(map, args));
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getName();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void defaultMethodsFollowTheJdk() {
        Map<Object, Object> jdkBacking = new HashMap<>();
        Map<Object, Object> ourBacking = new HashMap<>();
        Object jdk = proxy(Map.class, jdkBacking);
        Object ours = proxy(OUR_MAP, ourBacking);
        Class<?>[] key = {Object.class};
        Class<?>[] keyValue = {Object.class, Object.class};
        Class<?>[] keyOldNew = {Object.class, Object.class, Object.class};
        Class<?>[] keyFunction = {Object.class, Function.class};
        Class<?>[] keyBiFunction = {Object.class, BiFunction.class};
        Class<?>[] keyValueBiFunction = {Object.class, Object.class, BiFunction.class};
        SplittableRandom random = new SplittableRandom(13);
        for (int step = 0; step < 3000; step++) {
            String k = random.nextInt(4) == 0 ? null : "k" + random.nextInt(30);
            Integer v = random.nextInt(6) == 0 ? null : random.nextInt(5);
            int op = random.nextInt(12);
            StringBuilder seen = new StringBuilder();
            Object[][] calls = {
                {"getOrDefault", keyValue, k, v},
                {"putIfAbsent", keyValue, k, v},
                {"remove", keyValue, k, v},
                {"replace", keyOldNew, k, v, 3},
                {"replace", keyValue, k, v},
                {"computeIfAbsent", keyFunction, k, (Function<Object, Object>) x -> v},
                {"computeIfPresent", keyBiFunction, k, (BiFunction<Object, Object, Object>) (x, o) -> v},
                {"compute", keyBiFunction, k, (BiFunction<Object, Object, Object>) (x, o) -> o == null ? v : null},
                {
                    "merge",
                    keyValueBiFunction,
                    k,
                    v,
                    (BiFunction<Object, Object, Object>) (a, b) -> (Integer) a + (Integer) b
                },
                {"merge", keyValueBiFunction, k, 1, (BiFunction<Object, Object, Object>) (a, b) -> null},
                {
                    "forEach",
                    new Class<?>[] {BiConsumer.class},
                    (BiConsumer<Object, Object>) (x, o) -> seen.append(x).append(o)
                },
                {
                    "replaceAll",
                    new Class<?>[] {BiFunction.class},
                    (BiFunction<Object, Object, Object>) (x, o) -> o == null ? 0 : (Integer) o + 1
                },
            };
            Object[] c = calls[op];
            Object[] args = java.util.Arrays.copyOfRange(c, 2, c.length);
            String expected = call(Map.class, jdk, (String) c[0], (Class<?>[]) c[1], args) + seen;
            seen.setLength(0);
            String actual = call(OUR_MAP, ours, (String) c[0], (Class<?>[]) c[1], args) + seen;
            assertEquals(expected, actual, "step " + step + " " + c[0]);
            assertEquals(jdkBacking, ourBacking, "step " + step + " " + c[0]);
            assertEquals(
                    call(Map.class, jdk, "getOrDefault", keyValue, k, -1),
                    call(OUR_MAP, ours, "getOrDefault", keyValue, k, -1));
            assertEquals(call(Map.class, jdk, "containsKey", key, k), call(OUR_MAP, ours, "containsKey", key, k));
        }
    }
}
