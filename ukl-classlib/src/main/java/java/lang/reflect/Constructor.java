package java.lang.reflect;

/**
 * A constructor found at link time ({@code getDeclaredConstructor}/{@code getConstructor} with
 * constant arguments, or a class of the pom's {@code <reflection>} list), with a generated
 * accessor that runs {@code new} directly.
 */
public final class Constructor<T> extends Executable {
    Constructor(
            Class<T> declaringClass,
            Class<?>[] parameterTypes,
            Class<?>[] exceptionTypes,
            int modifiers,
            MemberAccessor accessor) {
        super(declaringClass, parameterTypes, exceptionTypes, modifiers, accessor);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<T> getDeclaringClass() {
        return (Class<T>) declaringClass;
    }

    @Override
    public String getName() {
        return declaringClass.getName();
    }

    /** A new instance; what the constructor throws arrives wrapped in an InvocationTargetException. */
    @SuppressWarnings("unchecked")
    public T newInstance(Object... initargs)
            throws InstantiationException, IllegalAccessException, IllegalArgumentException, InvocationTargetException {
        return (T) accessor.invoke(null, arguments(initargs));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Constructor<?> c
                && declaringClass == c.declaringClass
                && java.util.Arrays.equals(parameterTypes, c.parameterTypes);
    }

    @Override
    public int hashCode() {
        return declaringClass.getName().hashCode();
    }

    @Override
    public String toString() {
        return modifierPrefix(Modifier.constructorModifiers()) + declaringClass.getTypeName() + signature();
    }
}
