package corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a class was declared, as logging and plugin code asks it: a logger named after the
 * top-level class of whatever class asks (getNestHost, getEnclosingClass), handlers grouped by
 * the class that declares them (getDeclaringClass), and the answers for member, local, anonymous,
 * top-level, array and primitive classes. The only use of an outer class here is being one.
 */
public final class EnclosingClasses {
    private EnclosingClasses() {}

    /** Only ever an enclosing class: nothing else in the program uses it. */
    static final class Handlers {
        static final class OnStart implements Runnable {
            @Override
            public void run() {
                System.out.println("  start handled by " + owner(getClass()));
            }
        }

        static final class OnStop implements Runnable {
            @Override
            public void run() {
                System.out.println("  stop handled by " + owner(getClass()));
            }
        }

        private Handlers() {}
    }

    /** The logger name: the top-level class, as a common logging idiom computes it. */
    static String loggerName(Class<?> c) {
        Class<?> top = c;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return top.getName();
    }

    static String owner(Class<?> c) {
        Class<?> d = c.getDeclaringClass();
        return d == null ? "nobody" : d.getSimpleName();
    }

    private static String name(Class<?> c) {
        return c == null ? "null" : c.getName();
    }

    private static void describe(String what, Class<?> c) {
        System.out.println(what + ": enclosing=" + name(c.getEnclosingClass()) + " declaring="
                + name(c.getDeclaringClass()) + " host=" + name(c.getNestHost()) + " logger=" + loggerName(c)
                + " member=" + c.isMemberClass() + " local=" + c.isLocalClass() + " anonymous=" + c.isAnonymousClass());
    }

    public static void main(String[] args) {
        List<Runnable> handlers = new ArrayList<>();
        handlers.add(new Handlers.OnStart());
        handlers.add(new Handlers.OnStop());
        class Local implements Runnable {
            @Override
            public void run() {
                System.out.println("  local handled by " + owner(getClass()));
            }
        }
        handlers.add(new Local());
        handlers.add(new Runnable() {
            @Override
            public void run() {
                System.out.println("  anonymous handled by " + owner(getClass()));
            }
        });
        for (Runnable r : handlers) {
            describe(
                    r.getClass().getSimpleName().isEmpty()
                            ? "(anonymous)"
                            : r.getClass().getSimpleName(),
                    r.getClass());
            r.run();
        }
        describe("top-level", EnclosingClasses.class);
        describe("array", Handlers.OnStart[].class);
        describe("primitive", int.class);
        System.out.println("nestmates " + Handlers.OnStart.class.isNestmateOf(Local.class) + " "
                + EnclosingClasses.class.isNestmateOf(String.class));
    }
}
