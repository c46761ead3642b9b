package java.lang.reflect;

/** A type of the Java language: a class ({@code Class} implements it) or a generic form. */
public interface Type {
    default String getTypeName() {
        return toString();
    }
}
