package java.lang;

/** The uninstantiable holder of {@code void.class}. */
public final class Void {
    public static final Class<Void> TYPE = Primitives.VOID;

    private Void() {}
}
