package selection;

import selection.p1.A;
import selection.p1.C;
import selection.p1.T;
import selection.p2.B;
import selection.p2.U;
import selection.p2.V;

/** Which method each call runs (JVMS §5.4.6): the translated program must print what the JVM prints. */
public final class Selection {
    interface I1 {
        default String d() {
            return "I1.d";
        }
    }

    interface I2 extends I1 {
        @Override
        default String d() {
            return "I2.d";
        }
    }

    static class OnlyDefaults implements I2 {}

    static class Overrides implements I2 {
        @Override
        public String d() {
            return "Overrides.d";
        }
    }

    static class Base {
        String k() {
            return "Base.k";
        }
    }

    static class Mid extends Base {}

    static class Leaf extends Mid {
        @Override
        String k() {
            return "Leaf.k>" + super.k();
        }
    }

    public static void main(String[] args) {
        for (A a : new A[] {new A(), new B(), new C(), new T(), new U(), new V()}) {
            System.out.println("A.m on " + a.getClass().getName() + ": " + A.callM(a));
        }
        for (B b : new B[] {new B(), new C()}) {
            System.out.println("B.m on " + b.getClass().getName() + ": " + B.callM(b));
        }
        for (I1 i : new I1[] {new OnlyDefaults(), new Overrides()}) {
            System.out.println("I1.d on " + i.getClass().getName() + ": " + i.d());
        }
        System.out.println("OnlyDefaults.d: " + new OnlyDefaults().d());
        Base leaf = new Leaf();
        System.out.println("Base.k on Leaf: " + leaf.k());
    }
}
