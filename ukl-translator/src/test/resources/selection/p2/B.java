package selection.p2;

import selection.p1.A;

/** Its m does not override A.m, which is package-private in another package. */
public class B extends A {
    String m() {
        return "B.m";
    }

    public static String callM(B b) {
        return b.m();
    }
}
