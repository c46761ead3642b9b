package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The default and static combinators of java.util.function against the JDK's: our interfaces are
 * loaded through {@link Shadow}, their abstract methods implemented by proxies, and the combined
 * functions must answer what the JDK's combinations of the same functions answer.
 */
class FunctionsTest {
    private static final Shadow SHADOW = new Shadow(
            "java/util/function/Function",
            "java/util/function/BiFunction",
            "java/util/function/UnaryOperator",
            "java/util/function/BinaryOperator",
            "java/util/function/Predicate",
            "java/util/function/BiPredicate",
            "java/util/function/Consumer",
            "java/util/function/IntUnaryOperator",
            "java/util/function/IntPredicate");

    /** An instance of our interface {@code name} whose abstract method is {@code body}. */
    private static Object ours(String name, java.util.function.Function<Object[], Object> body) {
        Class<?> type = SHADOW.type("java/util/function/" + name);
        InvocationHandler h = (proxy, m, args) -> m.isDefault()
                ? InvocationHandler.invokeDefault(proxy, m, args)
                : switch (m.getName()) {
                    case "toString" -> name;
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    default -> body.apply(args);
                };
        return Proxy.newProxyInstance(SHADOW, new Class<?>[] {type}, h);
    }

    private static Object call(Object target, String name, Object... args) throws Throwable {
        for (Method m : target instanceof Class<?> c
                ? c.getMethods()
                : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                m.setAccessible(true);
                return m.invoke(target instanceof Class<?> ? null : target, args);
            }
        }
        throw new NoSuchMethodException(name);
    }

    @Test
    void functionCompositionMatchesTheJdk() throws Throwable {
        Function<Object, Object> f = x -> x + "f";
        Function<Object, Object> g = x -> "g(" + x + ")";
        Object of = ours("Function", a -> a[0] + "f");
        Object og = ours("Function", a -> "g(" + a[0] + ")");
        assertEquals(f.andThen(g).apply("x"), call(call(of, "andThen", og), "apply", "x"));
        assertEquals(f.compose(g).apply("x"), call(call(of, "compose", og), "apply", "x"));
        assertEquals(
                Function.identity().apply("x"),
                call(call(SHADOW.type("java/util/function/Function"), "identity"), "apply", "x"));
        Object bi = ours("BiFunction", a -> a[0] + "+" + a[1]);
        assertEquals("g(a+b)", call(call(bi, "andThen", og), "apply", "a", "b"));
        Object id = call(SHADOW.type("java/util/function/UnaryOperator"), "identity");
        assertEquals("same", call(id, "apply", "same"));
    }

    @Test
    void predicateAlgebraMatchesTheJdk() throws Throwable {
        Predicate<Object> p = x -> ((Integer) x) % 2 == 0;
        Predicate<Object> q = x -> ((Integer) x) > 3;
        Object op = ours("Predicate", a -> ((Integer) a[0]) % 2 == 0);
        Object oq = ours("Predicate", a -> ((Integer) a[0]) > 3);
        Class<?> type = SHADOW.type("java/util/function/Predicate");
        for (int i = -2; i < 8; i++) {
            assertEquals(p.and(q).test(i), call(call(op, "and", oq), "test", i));
            assertEquals(p.or(q).test(i), call(call(op, "or", oq), "test", i));
            assertEquals(p.negate().test(i), call(call(op, "negate"), "test", i));
            assertEquals(Predicate.not(p).test(i), call(call(type, "not", op), "test", i));
            assertEquals(Predicate.isEqual(4).test(i), call(call(type, "isEqual", 4), "test", i));
        }
        Object ip = ours("IntPredicate", a -> ((Integer) a[0]) > 0);
        Object iq = ours("IntPredicate", a -> ((Integer) a[0]) < 5);
        assertEquals(true, call(call(ip, "and", iq), "test", 3));
        assertEquals(false, call(call(ip, "and", iq), "test", 7));
    }

    @Test
    void operatorsAndConsumersMatchTheJdk() throws Throwable {
        Comparator<String> byLength = Comparator.comparingInt(String::length);
        Class<?> bin = SHADOW.type("java/util/function/BinaryOperator");
        for (String[] pair : new String[][] {{"aa", "b"}, {"a", "bb"}, {"ab", "cd"}}) {
            assertEquals(
                    BinaryOperator.minBy(byLength).apply(pair[0], pair[1]),
                    call(call(bin, "minBy", byLength), "apply", pair[0], pair[1]));
            assertEquals(
                    BinaryOperator.maxBy(byLength).apply(pair[0], pair[1]),
                    call(call(bin, "maxBy", byLength), "apply", pair[0], pair[1]));
        }
        IntUnaryOperator twice = x -> 2 * x;
        IntUnaryOperator inc = x -> x + 1;
        Object otwice = ours("IntUnaryOperator", a -> 2 * (Integer) a[0]);
        Object oinc = ours("IntUnaryOperator", a -> (Integer) a[0] + 1);
        assertEquals(twice.andThen(inc).applyAsInt(5), call(call(otwice, "andThen", oinc), "applyAsInt", 5));
        assertEquals(twice.compose(inc).applyAsInt(5), call(call(otwice, "compose", oinc), "applyAsInt", 5));
        List<Object> seen = new ArrayList<>();
        Object first = ours("Consumer", a -> seen.add("1:" + a[0]));
        Object second = ours("Consumer", a -> seen.add("2:" + a[0]));
        call(call(first, "andThen", second), "accept", "x");
        assertEquals(List.of("1:x", "2:x"), seen);
    }
}
