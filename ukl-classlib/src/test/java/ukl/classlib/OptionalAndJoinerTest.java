package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Optional, OptionalInt and StringJoiner against the JDK's. */
class OptionalAndJoinerTest {
    private static final Shadow SHADOW =
            new Shadow("java/util/Optional", "java/util/OptionalInt", "java/util/StringJoiner");

    /** Calls a public method of our object by name and parameter types; rethrows what it throws. */
    private static Object call(Object target, String name, Class<?>[] types, Object... args) throws Exception {
        Class<?> c = target instanceof Class<?> k ? k : target.getClass();
        Method m = c.getMethod(name, types);
        try {
            return m.invoke(target instanceof Class<?> ? null : target, args);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private static Object optional(String factory, Object value) throws Exception {
        Class<?> c = SHADOW.loadClass("shadow.Optional");
        return factory.equals("empty")
                ? call(c, "empty", new Class<?>[0])
                : call(c, factory, new Class<?>[] {Object.class}, value);
    }

    @Test
    void optionalMatchesTheJdk() throws Exception {
        Function<Object, Object> half = x -> x instanceof Integer i && i % 2 == 0 ? i / 2 : null;
        Predicate<Object> big = x -> x instanceof Integer i && i > 3;
        Supplier<Object> fallback = () -> "fallback";
        Object[] values = {null, 1, 4, 10, "text"};
        for (Object v : values) {
            for (String factory : new String[] {"ofNullable", "of", "empty"}) {
                Supplier<Optional<Object>> make = () -> factory.equals("of")
                        ? Optional.of(v)
                        : factory.equals("empty") ? Optional.empty() : Optional.ofNullable(v);
                assertEquals(QueuesTest.outcome(make::get), QueuesTest.outcome(() -> optional(factory, v)));
                if (factory.equals("of") && v == null) {
                    continue;
                }
                Optional<Object> jdk = make.get();
                Object ours = optional(factory, v);
                Object ourCopy = optional("ofNullable", jdk.orElse(null));
                assertEquals(jdk.toString(), ours.toString());
                assertEquals(jdk.hashCode(), ours.hashCode());
                assertEquals(true, ours.equals(ourCopy));
                assertEquals(
                        jdk.isPresent() + " " + jdk.isEmpty(),
                        call(ours, "isPresent", new Class<?>[0]) + " " + call(ours, "isEmpty", new Class<?>[0]));
                assertEquals(
                        jdk.map(half).toString(),
                        call(ours, "map", new Class<?>[] {Function.class}, half).toString());
                assertEquals(
                        jdk.filter(big).toString(),
                        call(ours, "filter", new Class<?>[] {Predicate.class}, big)
                                .toString());
                assertEquals(
                        jdk.orElseGet(fallback), call(ours, "orElseGet", new Class<?>[] {Supplier.class}, fallback));
                assertEquals(
                        QueuesTest.outcome(jdk::get), QueuesTest.outcome(() -> call(ours, "get", new Class<?>[0])));
                Object ourEmpty = optional("empty", null);
                Object ourTen = optional("of", 10);
                assertEquals(
                        jdk.or(() -> Optional.of(10)).toString(),
                        call(ours, "or", new Class<?>[] {Supplier.class}, (Supplier<?>) () -> ourTen)
                                .toString());
                assertEquals(
                        jdk.or(Optional::empty).toString(),
                        call(ours, "or", new Class<?>[] {Supplier.class}, (Supplier<?>) () -> ourEmpty)
                                .toString());
            }
        }
    }

    @Test
    void optionalIntMatchesTheJdk() throws Exception {
        Class<?> c = SHADOW.loadClass("shadow.OptionalInt");
        for (OptionalInt jdk : new OptionalInt[] {OptionalInt.empty(), OptionalInt.of(0), OptionalInt.of(-7)}) {
            Object ours = jdk.isPresent()
                    ? call(c, "of", new Class<?>[] {int.class}, jdk.getAsInt())
                    : call(c, "empty", new Class<?>[0]);
            assertEquals(jdk.toString(), ours.toString());
            assertEquals(jdk.hashCode(), ours.hashCode());
            assertEquals(jdk.orElse(42), call(ours, "orElse", new Class<?>[] {int.class}, 42));
            assertEquals(
                    QueuesTest.outcome(jdk::orElseThrow),
                    QueuesTest.outcome(() -> call(ours, "orElseThrow", new Class<?>[0])));
            assertEquals(
                    ours,
                    call(
                            c,
                            jdk.isPresent() ? "of" : "empty",
                            jdk.isPresent() ? new Class<?>[] {int.class} : new Class<?>[0],
                            jdk.isPresent() ? new Object[] {jdk.getAsInt()} : new Object[0]));
        }
        assertEquals(false, call(c, "of", new Class<?>[] {int.class}, 0).equals(call(c, "empty", new Class<?>[0])));
        assertEquals(
                QueuesTest.outcome(() -> OptionalInt.empty().getAsInt()),
                QueuesTest.outcome(() -> call(call(c, "empty", new Class<?>[0]), "getAsInt", new Class<?>[0])));
    }

    @Test
    void stringJoinerMatchesTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(13);
        Class<?> c = SHADOW.loadClass("shadow.StringJoiner");
        Class<?>[] three = {CharSequence.class, CharSequence.class, CharSequence.class};
        Class<?>[] one = {CharSequence.class};
        String[] pieces = {"", "a", "bc", ", ", "[", "]", null};
        for (int round = 0; round < 2000; round++) {
            String delimiter = pieces[random.nextInt(pieces.length - 1)];
            String prefix = random.nextBoolean() ? "<" : "";
            String suffix = random.nextBoolean() ? ">" : "";
            StringJoiner jdk = new StringJoiner(delimiter, prefix, suffix);
            Object ours = c.getConstructor(three).newInstance(delimiter, prefix, suffix);
            StringJoiner jdkOther = new StringJoiner("+", "{", "}");
            Object ourOther = c.getConstructor(one).newInstance("+");
            if (random.nextBoolean()) {
                jdk.setEmptyValue("EMPTY");
                call(ours, "setEmptyValue", one, "EMPTY");
            }
            int adds = random.nextInt(4);
            for (int i = 0; i < adds; i++) {
                String piece = pieces[random.nextInt(pieces.length)];
                if (random.nextInt(3) == 0) {
                    jdkOther.add(piece);
                    call(ourOther, "add", one, piece);
                } else {
                    jdk.add(piece);
                    call(ours, "add", one, piece);
                }
            }
            if (random.nextBoolean()) {
                jdk.merge(jdkOther);
                call(ours, "merge", new Class<?>[] {c}, ourOther);
            }
            if (random.nextInt(8) == 0) {
                jdk.merge(jdk);
                call(ours, "merge", new Class<?>[] {c}, ours);
            }
            assertEquals(jdk.toString(), ours.toString());
            assertEquals(jdk.length(), call(ours, "length", new Class<?>[0]));
        }
    }
}
