package java.lang.reflect;

/** A parameterised type such as {@code List<String>}. */
public interface ParameterizedType extends Type {
    Type[] getActualTypeArguments();

    Type getRawType();

    Type getOwnerType();
}
