package ukl.classmodel.shapes.p2;

import ukl.classmodel.shapes.p1.Pkg1;

/** The other package of the package-private overriding shapes (see {@link Pkg1}). */
public final class Pkg2 {
    private Pkg2() {}

    /** Declares an {@code m} that does not override the package-private {@code A.m} of another package. */
    public static class B extends Pkg1.A {
        String m() {
            return "B.m";
        }
    }

    /** Overrides {@code T.m}, which overrides {@code A.m}: so this overrides {@code A.m} too. */
    public static class U extends Pkg1.T {
        @Override
        public String m() {
            return "U.m";
        }
    }

    /** Declares a public {@code m} directly below {@code A}: not an override of {@code A.m}. */
    public static class V extends Pkg1.A {
        public String m() {
            return "V.m";
        }
    }
}
