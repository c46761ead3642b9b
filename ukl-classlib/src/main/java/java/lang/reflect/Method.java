package java.lang.reflect;

/**
 * A method found at link time: the linker folds {@code getMethod} with constant arguments into one
 * of these, or keeps those of the classes the pom's {@code <reflection>} list names, each with a
 * generated accessor that calls the method directly.
 */
public final class Method extends Executable {
    private final String name;
    private final Class<?> returnType;

    Method(
            Class<?> declaringClass,
            String name,
            Class<?>[] parameterTypes,
            Class<?> returnType,
            Class<?>[] exceptionTypes,
            int modifiers,
            MemberAccessor accessor) {
        super(declaringClass, parameterTypes, exceptionTypes, modifiers, accessor);
        this.name = name;
        this.returnType = returnType;
    }

    @Override
    public String getName() {
        return name;
    }

    public Class<?> getReturnType() {
        return returnType;
    }

    /** Whether this is a default method: a public instance method with a body in an interface. */
    public boolean isDefault() {
        return (modifiers & (Modifier.ABSTRACT | Modifier.PUBLIC | Modifier.STATIC)) == Modifier.PUBLIC
                && declaringClass.isInterface();
    }

    /**
     * Calls the method, converting the arguments as the JDK does (unboxing, then primitive widening)
     * and boxing the result; what the method throws arrives wrapped in an InvocationTargetException.
     */
    public Object invoke(Object obj, Object... args)
            throws IllegalAccessException, IllegalArgumentException, InvocationTargetException {
        if (!Modifier.isStatic(modifiers)) {
            Members.checkReceiver(obj, declaringClass);
        }
        return accessor.invoke(obj, arguments(args));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Method m
                && declaringClass == m.declaringClass
                && name.equals(m.name)
                && returnType == m.returnType
                && java.util.Arrays.equals(parameterTypes, m.parameterTypes);
    }

    @Override
    public int hashCode() {
        return declaringClass.getName().hashCode() ^ name.hashCode();
    }

    @Override
    public String toString() {
        return modifierPrefix(Modifier.methodModifiers()) + (isDefault() ? "default " : "") + returnType.getTypeName()
                + " " + declaringClass.getTypeName() + "." + name + signature();
    }
}
