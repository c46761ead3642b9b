package corpus;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * Method.invoke and Field.get/set over members the linker folds: getMethod and getField with
 * constant names and parameter classes. Arguments are unboxed and widened, results boxed, what
 * the method throws arrives in an InvocationTargetException, and the members print as the JDK's.
 */
public final class ReflectiveInvoke {
    private ReflectiveInvoke() {}

    /** The target of the reflective calls. */
    public static class Calculator {
        public static final int VERSION = 3;
        public static String label = "calc";
        public long total;
        int calls;

        public Calculator() {}

        public long add(int a, long b) {
            calls++;
            total += a + b;
            return total;
        }

        public static double half(double x) {
            return x / 2;
        }

        public String describe(String prefix, Object... values) {
            return prefix + Arrays.toString(values) + " after " + calls + " calls";
        }

        public void fail(String why) throws java.io.IOException {
            throw new java.io.IOException(why);
        }

        @Override
        public String toString() {
            return "Calculator(" + total + ")";
        }
    }

    /** A subclass: getMethod finds the inherited public methods. */
    public static final class Scientific extends Calculator {
        public Scientific() {}

        public double square(double x) {
            return x * x;
        }
    }

    public static void main(String[] args) throws Exception {
        Calculator calc = new Calculator();
        Method add = Calculator.class.getMethod("add", int.class, long.class);
        System.out.println(add);
        System.out.println(add.getName() + " returns " + add.getReturnType() + " takes "
                + Arrays.toString(add.getParameterTypes()) + " " + Modifier.toString(add.getModifiers()));
        System.out.println(add.invoke(calc, 2, 40L));
        System.out.println(add.invoke(calc, (byte) 1, 7));
        System.out.println(add.invoke(calc, 'A', (short) 1));

        Method half = Calculator.class.getMethod("half", double.class);
        System.out.println(half + " -> " + half.invoke(null, 9) + " " + half.invoke(null, 5f));
        System.out.println(Modifier.isStatic(half.getModifiers()));

        Method describe = Calculator.class.getDeclaredMethod("describe", String.class, Object[].class);
        System.out.println(describe + " varargs=" + describe.isVarArgs());
        System.out.println(describe.invoke(calc, "values ", new Object[] {1, "two", null}));

        Method fail = Calculator.class.getMethod("fail", String.class);
        System.out.println(fail + " declares " + Arrays.toString(fail.getExceptionTypes()));
        try {
            fail.invoke(calc, "disk full");
        } catch (InvocationTargetException e) {
            System.out.println("cause: " + e.getCause() + " / target: "
                    + e.getTargetException().getMessage());
        }

        Method inherited = Scientific.class.getMethod("add", int.class, long.class);
        Method square = Scientific.class.getMethod("square", double.class);
        Scientific sci = new Scientific();
        System.out.println(inherited.getDeclaringClass().getSimpleName() + " " + inherited.equals(add) + " "
                + inherited.invoke(sci, 1, 1L) + " " + square.invoke(sci, 1.5));
        Method toString = Scientific.class.getMethod("toString");
        System.out.println(toString + " -> " + toString.invoke(sci));

        try {
            add.invoke(calc, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            add.invoke(calc, 1L, 2L);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            add.invoke("not a calculator", 1, 2L);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            add.invoke(null, 1, 2L);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
        try {
            Calculator.class.getMethod("subtract", int.class, int[].class, String[][].class);
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException: " + e.getMessage());
        }

        Field total = Calculator.class.getField("total");
        Field label = Calculator.class.getField("label");
        Field version = Scientific.class.getField("VERSION");
        Field calls = Calculator.class.getDeclaredField("calls");
        System.out.println(total + " | " + label + " | " + version + " | " + calls);
        System.out.println(total.getName() + " " + total.getType() + " " + total.get(calc) + " " + label.get(null) + " "
                + version.get(null) + " " + calls.get(calc));
        total.set(calc, 5);
        label.set(null, "renamed");
        calls.set(calc, 100);
        System.out.println(calc + " " + Calculator.label + " " + calc.calls);
        try {
            version.set(null, 4);
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException: " + e.getMessage());
        }
        try {
            total.set(calc, "five");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            total.set(calc, 1.5);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            Calculator.class.getField("calls");
        } catch (NoSuchFieldException e) {
            System.out.println("NoSuchFieldException: " + e.getMessage());
        }
    }
}
