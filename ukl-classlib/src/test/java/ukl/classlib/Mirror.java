package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Drives a JDK object and its counterpart of this module (loaded through {@link Shadow}) with the
 * same calls, by reflection, and requires the same outcome: the value returned or the exception's
 * class and message, and the contents of array arguments afterwards. Calls name the JDK's method;
 * parameter types of a shadowed class are mapped to its shadow, and JDK arguments that have a
 * counterpart (a buffer made earlier, a charset) are mapped to it. A call that returns a new
 * object of a shadowed type yields a new pair for later calls. With the environment variable
 * {@code MIRROR_TRACE} set, every call and both outcomes are printed, to find what led to a failure.
 */
final class Mirror {
    /** The library classes whose JDK twins the tests drive: java.io, java.nio and java.nio.charset. */
    static final Set<String> SHADOWED = Set.of("java/nio/Buffer", "java/nio/ByteBuffer", "java/nio/CharBuffer",
            "java/nio/ShortBuffer", "java/nio/IntBuffer", "java/nio/LongBuffer", "java/nio/FloatBuffer",
            "java/nio/DoubleBuffer", "java/nio/charset/Charset", "java/nio/charset/StandardCharsets",
            "java/nio/charset/Standard", "java/nio/charset/CharsetDecoder", "java/nio/charset/CharsetEncoder",
            "java/nio/charset/CoderResult", "java/nio/charset/Utf8Decoder", "java/nio/charset/Utf8Encoder",
            "java/nio/charset/Utf16Decoder", "java/nio/charset/Utf16Encoder",
            "java/nio/charset/SingleByteDecoder", "java/nio/charset/SingleByteEncoder",
            "java/nio/charset/Surrogates", "java/io/InputStream", "java/io/OutputStream",
            "java/io/FilterInputStream", "java/io/FilterOutputStream", "java/io/BufferedInputStream",
            "java/io/BufferedOutputStream", "java/io/ByteArrayInputStream", "java/io/ByteArrayOutputStream",
            "java/io/DataInput", "java/io/DataOutput", "java/io/DataInputStream", "java/io/DataOutputStream",
            "java/io/PushbackInputStream", "java/io/SequenceInputStream", "java/io/Reader", "java/io/Writer",
            "java/io/StringReader", "java/io/StringWriter", "java/io/CharArrayReader", "java/io/CharArrayWriter",
            "java/io/FilterReader", "java/io/PushbackReader", "java/io/BufferedReader", "java/io/BufferedWriter",
            "java/io/InputStreamReader", "java/io/OutputStreamWriter", "java/io/PrintWriter");
    static final Shadow SHADOW = new Shadow(SHADOWED.toArray(String[]::new));

    /** A JDK object and ours. */
    record Pair(Object jdk, Object ours) {}

    private final List<Pair> pairs = new ArrayList<>();

    static Class<?> ours(Class<?> jdkType) {
        if (jdkType.isArray()) {
            return ours(jdkType.getComponentType()).arrayType();
        }
        String internal = jdkType.getName().replace('.', '/');
        if (!SHADOWED.contains(internal)) {
            return jdkType;
        }
        try {
            return SHADOW.loadClass("shadow." + jdkType.getSimpleName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new pair made by the constructor of {@code jdkClass} with these parameter types; null if both threw. */
    Pair construct(Class<?> jdkClass, Class<?>[] types, Object... args) {
        Object[] mine = mapArgs(args);
        Object j = outcomeOf(() -> jdkClass.getConstructor(types).newInstance(copy(args)));
        Object o = outcomeOf(() -> {
            Constructor<?> c = ours(jdkClass).getConstructor(mapTypes(types));
            return c.newInstance(mine);
        });
        assertEquals(describe(j), describe(o), "new " + jdkClass.getSimpleName() + Arrays.toString(args));
        if (j instanceof Failure) {
            return null;
        }
        Pair p = new Pair(j, o);
        pairs.add(p);
        return p;
    }

    /** Calls a static method on both sides. */
    Object callStatic(Class<?> jdkClass, String name, Class<?>[] types, Object... args) {
        return invoke(null, null, jdkClass, name, types, args);
    }

    /** Calls {@code name} on both objects of {@code p}; returns the JDK side's result. */
    Object call(Pair p, String name, Class<?>[] types, Object... args) {
        return invoke(p.jdk, p.ours, p.jdk.getClass(), name, types, args);
    }

    private Object invoke(Object jdkTarget, Object ourTarget, Class<?> jdkClass, String name, Class<?>[] types,
            Object... args) {
        Object[] jdkArgs = copy(args);
        Object[] ourArgs = mapArgs(args);
        Object j = outcomeOf(() -> publicMethod(jdkClass, name, types).invoke(jdkTarget, jdkArgs));
        Object o = outcomeOf(() -> {
            Class<?> c = ourTarget != null ? ourTarget.getClass() : ours(jdkClass);
            return publicMethod(c, name, mapTypes(types)).invoke(ourTarget, ourArgs);
        });
        String what = escape(jdkClass.getSimpleName() + "." + name + Arrays.deepToString(args));
        String expected = escape(describe(j, jdkTarget) + describeAll(jdkArgs));
        String actual = escape(describe(o, ourTarget) + describeAll(ourArgs));
        if (System.getenv("MIRROR_TRACE") != null) {
            System.err.println(what + " -> " + expected + " / " + actual);
        }
        assertEquals(expected, actual, what);
        if (j != null && !(j instanceof Failure) && j != jdkTarget && isMirrored(j)) {
            pairs.add(new Pair(j, o));
        }
        return j instanceof Failure ? null : j;
    }

    /** Objects of a JDK class whose counterpart is shadowed (the JDK's concrete class is not). */
    static boolean isMirrored(Object jdk) {
        for (Class<?> c = jdk.getClass(); c != null; c = c.getSuperclass()) {
            if (SHADOWED.contains(c.getName().replace('.', '/'))) {
                return true;
            }
        }
        return false;
    }

    /** The method as seen in the nearest public, exported type (JDK concrete classes are neither). */
    private static Method publicMethod(Class<?> c, String name, Class<?>[] types) throws NoSuchMethodException {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (Modifier.isPublic(k.getModifiers()) && k.getModule().isExported(k.getPackageName())) {
                try {
                    return k.getMethod(name, types);
                } catch (NoSuchMethodException e) {
                    // try the superclass
                }
            }
        }
        Method m = c.getMethod(name, types);
        m.setAccessible(true);
        return m;
    }

    private static Class<?>[] mapTypes(Class<?>[] types) {
        Class<?>[] mapped = new Class<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            mapped[i] = ours(types[i]);
        }
        return mapped;
    }

    private Object[] mapArgs(Object[] args) {
        Object[] mapped = copy(args);
        for (int i = 0; i < mapped.length; i++) {
            Object a = mapped[i];
            if (a instanceof java.nio.charset.Charset cs) {
                mapped[i] = outcomeOf(() -> ours(java.nio.charset.Charset.class).getMethod("forName", String.class)
                        .invoke(null, cs.name()));
            } else if (a != null && isMirrored(a)) {
                mapped[i] = counterpart(a);
            }
        }
        return mapped;
    }

    Object counterpart(Object jdk) {
        for (Pair p : pairs) {
            if (p.jdk == jdk) {
                return p.ours;
            }
        }
        throw new IllegalArgumentException("no counterpart for " + jdk);
    }

    /** Arrays are copied so that each side writes into its own. */
    private static Object[] copy(Object[] args) {
        Object[] c = args.clone();
        for (int i = 0; i < c.length; i++) {
            if (c[i] != null && c[i].getClass().isArray()) {
                int n = Array.getLength(c[i]);
                Object a = Array.newInstance(c[i].getClass().getComponentType(), n);
                System.arraycopy(c[i], 0, a, 0, n);
                c[i] = a;
            }
        }
        return c;
    }

    /** A thrown exception, as an outcome. */
    record Failure(Throwable t) {}

    interface Call {
        Object call() throws Exception;
    }

    static Object outcomeOf(Call c) {
        try {
            return c.call();
        } catch (InvocationTargetException e) {
            return new Failure(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("the test's own call failed", e);
        }
    }

    /** Printable ASCII as is, anything else as a Java escape, so that failures print intact. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static String describeAll(Object[] args) {
        StringBuilder s = new StringBuilder();
        for (Object a : args) {
            if (a != null && a.getClass().isArray()) {
                s.append(' ').append(describe(a));
            }
        }
        return s.toString();
    }

    static String describe(Object o, Object target) {
        return o != null && o == target ? "this" : describe(o);
    }

    /** Values by content; floating-point by bits; exceptions by class and message. */
    static String describe(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof Failure f) {
            Throwable t = f.t;
            if (t instanceof InvocationTargetException) {
                t = t.getCause();
            }
            return t.getClass().getName() + ": " + t.getMessage();
        }
        if (o instanceof Float f) {
            return "float " + Integer.toHexString(Float.floatToRawIntBits(f));
        }
        if (o instanceof Double d) {
            return "double " + Long.toHexString(Double.doubleToRawLongBits(d));
        }
        if (o.getClass().isArray()) {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(o); i++) {
                s.append(describe(Array.get(o, i))).append(',');
            }
            return s.append(']').toString();
        }
        try {
            if (o.getClass().getMethod("toString").getDeclaringClass() == Object.class) {
                return "an object"; // an identity, which differs between the two sides
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        return o.toString();
    }

    /** A random pair whose JDK object is an instance of {@code type}, or null. */
    Pair any(java.util.SplittableRandom random, Class<?> type) {
        List<Pair> matching = pairs.stream().filter(p -> type.isInstance(p.jdk)).toList();
        return matching.isEmpty() ? null : matching.get(random.nextInt(matching.size()));
    }

    void forget(int keep) {
        while (pairs.size() > keep) {
            pairs.remove(0);
        }
    }

    List<Pair> pairs() {
        return pairs;
    }
}
