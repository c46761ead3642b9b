package java.lang;

/** The uninstantiable holder of {@code void.class}. */
public final class Void {
    /** {@code void} has no array class to take the component of: the translator gives it (contracts §4). */
    public static final Class<Void> TYPE = voidClass();

    private Void() {}

    private static native Class<Void> voidClass();
}
