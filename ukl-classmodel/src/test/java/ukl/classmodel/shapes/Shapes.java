package ukl.classmodel.shapes;

/**
 * Class shapes whose method selection {@code SelectionTest} compares between the JVM and the
 * model. Every method returns the name of the class that declares it, so that running a call
 * tells which method the JVM selected. Some shapes only compile as Java together with a method
 * that the test then removes or changes in the bytecode, as separate compilation would.
 */
public final class Shapes {
    private Shapes() {}

    // Maximally-specific superinterface methods (JVMS §5.4.3.3): I2.m shadows I1.m.
    interface I1 {
        default String m() {
            return "I1.m";
        }
    }

    interface I2 extends I1 {
        @Override
        default String m() {
            return "I2.m";
        }
    }

    static class C implements I2 {}

    static class C2 implements I1, I2 {}

    // A diamond: Right.t shadows Top.t, which Left only inherits.
    interface Top {
        default String t() {
            return "Top.t";
        }
    }

    interface Left extends Top {}

    interface Right extends Top {
        @Override
        default String t() {
            return "Right.t";
        }
    }

    static class D implements Left, Right {}

    // Two unrelated defaults: the class must override; without its override the call conflicts.
    interface L {
        default String d() {
            return "L.d";
        }
    }

    interface R {
        default String d() {
            return "R.d";
        }
    }

    static class Both implements L, R {
        @Override
        public String d() {
            return "Both.d";
        }
    }

    // Abstract re-declaration of a default method, in a subinterface and in a class.
    interface Def {
        default String a() {
            return "Def.a";
        }
    }

    interface Reabstract extends Def {
        @Override
        String a();
    }

    static class ImplementsReabstract implements Reabstract {
        @Override
        public String a() {
            return "ImplementsReabstract.a";
        }
    }

    abstract static class AbstractDef implements Def {
        @Override
        public abstract String a();
    }

    static class ExtendsAbstractDef extends AbstractDef {
        @Override
        public String a() {
            return "ExtendsAbstractDef.a";
        }
    }

    // Private and static interface methods.
    interface Priv {
        private String p() {
            return "Priv.p";
        }

        default String callP() {
            return p();
        }

        static String s() {
            return "Priv.s";
        }
    }

    static class PrivImpl implements Priv {
        public String p() {
            return "PrivImpl.p";
        }
    }

    // A private class method is selected for itself; a private or static method never overrides.
    static class PrivateHolder {
        private String q() {
            return "PrivateHolder.q";
        }

        static String callQ(PrivateHolder h) {
            return h.q();
        }
    }

    static class PrivateHolderSub extends PrivateHolder {
        public String q() {
            return "PrivateHolderSub.q";
        }
    }

    static class Pub {
        public String r() {
            return "Pub.r";
        }
    }

    static class PubSub extends Pub {
        @Override
        public String r() {
            return "PubSub.r";
        }
    }

    interface S1 {
        default String w() {
            return "S1.w";
        }
    }

    interface S2 extends S1 {
        @Override
        default String w() {
            return "S2.w";
        }
    }

    static class ImplementsS2 implements S2 {}

    // A superclass's method implements an interface that only its subclass declares.
    interface HasH {
        String h();
    }

    static class DeclaresH {
        public String h() {
            return "DeclaresH.h";
        }
    }

    static class InheritsH extends DeclaresH implements HasH {}

    // Bridge methods: a generic override gets a bridge with the erased descriptor.
    static class Box<T> {
        String put(T value) {
            return "Box.put";
        }
    }

    static class IntBox extends Box<Integer> {
        @Override
        String put(Integer value) {
            return "IntBox.put";
        }
    }

    interface Getter<T> {
        T get();
    }

    static class StringGetter implements Getter<String> {
        @Override
        public String get() {
            return "StringGetter.get";
        }
    }

    // invokespecial: super calls from a class, and I.super.m() from a class.
    static class Base {
        public String k() {
            return "Base.k";
        }
    }

    static class Mid extends Base {
        @Override
        public String k() {
            return "Mid.k";
        }
    }

    static class Leaf extends Mid {
        @Override
        public String k() {
            return "Leaf.k";
        }

        String superK() {
            return super.k();
        }
    }

    static class Plain extends Base {}

    static class PlainLeaf extends Plain {
        @Override
        public String k() {
            return "PlainLeaf.k";
        }

        String superK() {
            return super.k();
        }
    }

    interface Greeter {
        default String g() {
            return "Greeter.g";
        }
    }

    interface Loud extends Greeter {
        @Override
        default String g() {
            return "Loud.g";
        }
    }

    interface Quiet extends Greeter {}

    static class Speaker implements Loud, Quiet {
        @Override
        public String g() {
            return "Speaker.g";
        }

        String viaLoud() {
            return Loud.super.g();
        }
    }

    static class QuietSpeaker implements Quiet {
        @Override
        public String g() {
            return "QuietSpeaker.g";
        }

        String viaQuiet() {
            return Quiet.super.g();
        }
    }

    // Field resolution (JVMS §5.4.3.2): superinterfaces before the superclass.
    interface HasX {
        String X = "HasX.X";
    }

    static class SuperX {
        static String X = "SuperX.X";
    }

    static class SubX extends SuperX implements HasX {}

    static class LowX extends SubX {}

    static class F1 {
        String f = "F1.f";
    }

    static class F2 extends F1 {
        String f = "F2.f";
    }
}
