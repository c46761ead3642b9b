package selection.p1;

/** Overrides A.m with a public method, which classes of other packages override in turn. */
public class T extends A {
    @Override
    public String m() {
        return "T.m";
    }
}
