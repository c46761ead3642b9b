package java.lang;

/**
 * The primitive types' class objects ({@code int.class} compiles to {@code Integer.TYPE}). There is
 * no native for them in contracts §4, so each is taken as the component type of its array class.
 */
final class Primitives {
    static final Class<Boolean> BOOLEAN = component(boolean[].class);
    static final Class<Byte> BYTE = component(byte[].class);
    static final Class<Character> CHAR = component(char[].class);
    static final Class<Short> SHORT = component(short[].class);
    static final Class<Integer> INT = component(int[].class);
    static final Class<Long> LONG = component(long[].class);
    static final Class<Float> FLOAT = component(float[].class);
    static final Class<Double> DOUBLE = component(double[].class);

    private Primitives() {}

    @SuppressWarnings("unchecked")
    private static <T> Class<T> component(Class<?> arrayClass) {
        return (Class<T>) arrayClass.getComponentType();
    }
}
