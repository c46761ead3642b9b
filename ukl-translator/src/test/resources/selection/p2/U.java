package selection.p2;

import selection.p1.T;

/** Overrides T.m, which overrides A.m: so it overrides A.m too. */
public class U extends T {
    @Override
    public String m() {
        return "U.m";
    }
}
