package java.lang.reflect;

/**
 * Not JDK API: what the linker generates for each field it keeps for reflection, a class that
 * reads and writes it directly. {@code target} is null for a static field; a primitive value comes
 * as its exact wrapper.
 */
public interface FieldAccessor {
    Object get(Object target);

    void set(Object target, Object value);
}
