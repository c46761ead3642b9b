package corpus;

/** Static initialisation (JVMS §5.5): order, triggers, constants, failures, and interfaces with defaults. */
public final class StaticInitOrder {
    private StaticInitOrder() {}

    static final StringBuilder LOG = new StringBuilder();

    static void log(String s) {
        LOG.append(s).append(' ');
    }

    static class Base {
        static int baseValue = init("Base", 1);

        static int init(String name, int v) {
            log(name);
            return v;
        }
    }

    static class Derived extends Base {
        static int derivedValue = init("Derived", 2);
        static final int CONSTANT = 42;
        static final String NAME = "constant-string";

        static void touch() {
            log("touch");
        }
    }

    static class ViaNew {
        static {
            log("ViaNew");
        }
    }

    static class ViaPut {
        static int value;

        static {
            log("ViaPut");
        }
    }

    interface WithDefault {
        int SEED = Base.init("WithDefault", 7);

        default int seed() {
            return SEED;
        }
    }

    static class Implementor implements WithDefault {
        static {
            log("Implementor");
        }
    }

    static class Failing {
        static int value = compute();

        static int compute() {
            log("Failing");
            throw new IllegalStateException("boom");
        }
    }

    static class Cycle1 {
        static int a = Cycle2.b + 1;
    }

    static class Cycle2 {
        static int b = Cycle1.a + 10;
    }

    public static void main(String[] args) {
        log("main");
        System.out.println(Derived.CONSTANT + " " + Derived.NAME);
        log("after-constants");
        System.out.println(Derived.baseValue);
        log("after-inherited");
        Derived.touch();
        new ViaNew();
        new ViaNew();
        ViaPut.value = 3;
        Implementor i = new Implementor();
        System.out.println(i.seed());
        try {
            System.out.println(Failing.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE cause " + e.getCause().getClass().getName() + ": "
                    + e.getCause().getMessage());
        }
        try {
            System.out.println(Failing.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("NCDFE " + e.getMessage());
        }
        System.out.println(Cycle1.a + " " + Cycle2.b);
        System.out.println(LOG.toString().trim());
    }
}
