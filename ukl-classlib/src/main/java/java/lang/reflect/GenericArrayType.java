package java.lang.reflect;

/** An array type whose component is a parameterised type or a type variable. */
public interface GenericArrayType extends Type {
    Type getGenericComponentType();
}
