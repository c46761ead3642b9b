package java.lang.reflect;

/** A wildcard type argument such as {@code ? extends Number}. */
public interface WildcardType extends Type {
    Type[] getUpperBounds();

    Type[] getLowerBounds();
}
