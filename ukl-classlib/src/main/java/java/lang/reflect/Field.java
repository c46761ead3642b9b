package java.lang.reflect;

/**
 * A field found at link time ({@code getField}/{@code getDeclaredField} with constant arguments, or
 * a class of the pom's {@code <reflection>} list), with a generated accessor that reads and writes
 * it directly. Final fields cannot be set, even after {@code setAccessible(true)}.
 */
public final class Field extends AccessibleObject implements Member {
    private final Class<?> declaringClass;
    private final String name;
    private final Class<?> type;
    private final int modifiers;
    private final FieldAccessor accessor;

    Field(Class<?> declaringClass, String name, Class<?> type, int modifiers, FieldAccessor accessor) {
        this.declaringClass = declaringClass;
        this.name = name;
        this.type = type;
        this.modifiers = modifiers;
        this.accessor = accessor;
    }

    @Override
    public Class<?> getDeclaringClass() {
        return declaringClass;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getModifiers() {
        return modifiers;
    }

    @Override
    public boolean isSynthetic() {
        return (modifiers & 0x1000) != 0;
    }

    public boolean isEnumConstant() {
        return (modifiers & 0x4000) != 0;
    }

    public Class<?> getType() {
        return type;
    }

    /** The value, boxed if the field is primitive. */
    public Object get(Object obj) throws IllegalArgumentException, IllegalAccessException {
        return accessor.get(target(obj));
    }

    /** Sets the value, unboxing and widening it as the JDK does. */
    public void set(Object obj, Object value) throws IllegalArgumentException, IllegalAccessException {
        Object target = target(obj);
        if (Modifier.isFinal(modifiers)) {
            throw new IllegalAccessException("Can not set " + description() + " to " + valueDescription(value));
        }
        Object converted = Members.convert(value, type);
        if (converted == Members.MISMATCH) {
            throw new IllegalArgumentException("Can not set " + description() + " to " + valueDescription(value));
        }
        accessor.set(target, converted);
    }

    private Object target(Object obj) {
        if (Modifier.isStatic(modifiers)) {
            return null;
        }
        if (obj == null) {
            throw new NullPointerException();
        }
        if (!declaringClass.isInstance(obj)) {
            throw new IllegalArgumentException(
                    "Can not set " + description() + " to " + obj.getClass().getName());
        }
        return obj;
    }

    /** {@code static final int corpus.Config.LIMIT} as the JDK's messages name a field. */
    private String description() {
        String mods = (Modifier.isStatic(modifiers) ? "static " : "") + (Modifier.isFinal(modifiers) ? "final " : "");
        return mods + type.getName() + " field " + declaringClass.getName() + "." + name;
    }

    private static String valueDescription(Object value) {
        return value == null ? "null value" : value.getClass().getName();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Field f && declaringClass == f.declaringClass && name.equals(f.name) && type == f.type;
    }

    @Override
    public int hashCode() {
        return declaringClass.getName().hashCode() ^ name.hashCode();
    }

    @Override
    public String toString() {
        String mods = Modifier.toString(modifiers & Modifier.fieldModifiers());
        return (mods.isEmpty() ? "" : mods + " ") + type.getTypeName() + " " + declaringClass.getTypeName() + "."
                + name;
    }
}
