package golden;

/** Golden input: static initialisation, virtual and interface calls, a handler, a string literal, a throw path. */
public final class Calls {
    private Calls() {}

    interface Greeter {
        String greet(String who);
    }

    static class Plain implements Greeter {
        @Override
        public String greet(String who) {
            return "hello " + who;
        }
    }

    static class Loud extends Plain {
        @Override
        public String greet(String who) {
            return super.greet(who).toUpperCase();
        }
    }

    static final Greeter DEFAULT = new Plain();

    static String run(Greeter g, Object o) {
        try {
            return g.greet((String) o);
        } catch (ClassCastException e) {
            return DEFAULT.greet("stranger");
        }
    }

    static Object notNull(Object o) {
        if (o == null) throw new NullPointerException("o");
        return o;
    }
}
