package selection.p1;

import selection.p2.B;

/** Overrides A.m (same package) but not B.m (package-private in selection.p2). */
public class C extends B {
    @Override
    String m() {
        return "C.m";
    }
}
