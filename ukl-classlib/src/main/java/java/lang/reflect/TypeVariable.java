package java.lang.reflect;

/** A type variable such as {@code T}, declared by {@code D}. */
public interface TypeVariable<D extends GenericDeclaration> extends Type {
    Type[] getBounds();

    D getGenericDeclaration();

    String getName();
}
