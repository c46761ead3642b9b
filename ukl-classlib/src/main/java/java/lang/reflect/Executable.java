package java.lang.reflect;

/** What methods and constructors share: parameter and exception types, and how they print. */
public abstract class Executable extends AccessibleObject implements Member {
    private static final int VARARGS = 0x0080;

    final Class<?> declaringClass;
    final Class<?>[] parameterTypes;
    final Class<?>[] exceptionTypes;
    final int modifiers;
    final MemberAccessor accessor;

    Executable(
            Class<?> declaringClass,
            Class<?>[] parameterTypes,
            Class<?>[] exceptionTypes,
            int modifiers,
            MemberAccessor accessor) {
        this.declaringClass = declaringClass;
        this.parameterTypes = parameterTypes;
        this.exceptionTypes = exceptionTypes;
        this.modifiers = modifiers;
        this.accessor = accessor;
    }

    @Override
    public Class<?> getDeclaringClass() {
        return declaringClass;
    }

    @Override
    public int getModifiers() {
        return modifiers;
    }

    @Override
    public boolean isSynthetic() {
        return (modifiers & 0x1000) != 0;
    }

    public boolean isVarArgs() {
        return (modifiers & VARARGS) != 0;
    }

    public Class<?>[] getParameterTypes() {
        return parameterTypes.clone();
    }

    public int getParameterCount() {
        return parameterTypes.length;
    }

    public Class<?>[] getExceptionTypes() {
        return exceptionTypes.clone();
    }

    /** The arguments converted to the parameter types as Method.invoke converts them, or its exception. */
    final Object[] arguments(Object[] args) {
        int n = args == null ? 0 : args.length;
        if (n != parameterTypes.length) {
            throw new IllegalArgumentException(
                    "wrong number of arguments: " + n + " expected: " + parameterTypes.length);
        }
        Object[] converted = new Object[n];
        for (int i = 0; i < n; i++) {
            converted[i] = Members.convert(args[i], parameterTypes[i]);
            if (converted[i] == Members.MISMATCH) {
                throw new IllegalArgumentException("argument type mismatch");
            }
        }
        return converted;
    }

    /** {@code (int,java.lang.String) throws java.io.IOException}: the part after the name in toString. */
    final String signature() {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < parameterTypes.length; i++) {
            s.append(i == 0 ? "" : ",").append(parameterTypes[i].getTypeName());
        }
        s.append(')');
        for (int i = 0; i < exceptionTypes.length; i++) {
            s.append(i == 0 ? " throws " : ",").append(exceptionTypes[i].getTypeName());
        }
        return s.toString();
    }

    final String modifierPrefix(int mask) {
        String m = Modifier.toString(modifiers & mask);
        return m.isEmpty() ? "" : m + " ";
    }
}
