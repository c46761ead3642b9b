package selection.p2;

import selection.p1.A;

/** A public m directly below A, in another package: not an override of A.m. */
public class V extends A {
    public String m() {
        return "V.m";
    }
}
