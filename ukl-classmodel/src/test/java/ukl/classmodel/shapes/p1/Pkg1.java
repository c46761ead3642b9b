package ukl.classmodel.shapes.p1;

import ukl.classmodel.shapes.p2.Pkg2;

/**
 * The package-private half of the overriding shapes (JVMS §5.4.5): {@code A.m} is package-private
 * here, so only methods of this package override it directly, and methods elsewhere only through
 * a method that does ({@link Pkg2}).
 */
public final class Pkg1 {
    private Pkg1() {}

    public static class A {
        String m() {
            return "A.m";
        }
    }

    /** Extends {@code Pkg2.B}, whose {@code m} does not override {@code A.m}; this {@code m} overrides {@code A.m}. */
    public static class C extends Pkg2.B {
        @Override
        String m() {
            return "C.m";
        }
    }

    /**
     * Overrides {@code Pkg2.U.m}; once {@code U.m} is made package-private (in the bytecode: javac
     * refuses weaker access) it overrides only {@code A.m}, of this package.
     */
    public static class Z extends Pkg2.U {
        @Override
        public String m() {
            return "Z.m";
        }
    }

    /** Overrides {@code A.m} with a public method, which classes of other packages can override in turn. */
    public static class T extends A {
        @Override
        public String m() {
            return "T.m";
        }
    }
}
